"""A member's personal values in the audit log, sealed with her own key (crypto-shredding).

The log is append-only and hash-chained, yet the law (UU 27/2022) lets a member ask for her
personal data to be erased. So a member record keeps its personal changes (name, NIK, birth,
phone, address) encrypted with AES-GCM under a key of hers (table member_keys, m0019), and the
other changes (sex, joining and leaving dates) in the clear. Erasing her deletes the key: the
old values can no longer be read, and the chain, which hashes the sealed text, stays whole.

    sealed = seal(member_id, {"nik": ["6308…", "6308…"]})   # in the member record's detail
    open_sealed(member_id, sealed)  -> {"nik": [...]}, or None once her key is shredded
    shown_detail(record)            -> its detail as the one working now may read it
"""

from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# What the law calls her personal data in the members row; erasure replaces the name and
# blanks the rest (app.privacy). Sex, number and dates stay: they identify no one alone.
PERSONAL_FIELDS = ("name", "nik", "birth_place", "birth_date", "phone", "street", "rt", "rw", "desa", "kecamatan",
                   "kabupaten", "provinsi", "postal_code", "welfare_stage")
SEALED = "personal"  # the detail's key holding {"fields": [...], "sealed": "<base64>"}
HIDDEN = "\u2022\u2022\u2022"  # •••: changed, value not shown to her role
GONE = "(data dihapus)"
NONCE = 12


def _key(member_id: int) -> bytes | None:
    from app.db import db

    row = db.execute_sql("SELECT key FROM member_keys WHERE member_id = ?", (member_id,)).fetchone()
    return None if row is None else bytes(row[0])


def _new_key(member_id: int) -> bytes:
    from app.db import db

    key = AESGCM.generate_key(bit_length=256)
    db.execute_sql("INSERT INTO member_keys (member_id, key) VALUES (?, ?)", (member_id, key))
    return key


def seal(member_id: int, changes: dict) -> dict:
    """{"fields": the names, "sealed": the changes encrypted under her key} (in the caller's
    transaction; her key is made on her first record). The member id is bound in, so a sealed
    text copied to another member's record does not open."""
    nonce = os.urandom(NONCE)
    plain = json.dumps(changes, ensure_ascii=False, sort_keys=True).encode()
    sealed = AESGCM(_key(member_id) or _new_key(member_id)).encrypt(nonce, plain, str(member_id).encode())
    return {"fields": sorted(changes), "sealed": base64.b64encode(nonce + sealed).decode("ascii")}


def open_sealed(member_id: int, personal: dict) -> dict | None:
    """The changes {field: [old, new]}; None when her key is gone (erased) or the text is not hers."""
    key = _key(member_id)
    if key is None:
        return None
    try:
        raw = base64.b64decode(personal["sealed"])
        return json.loads(AESGCM(key).decrypt(raw[:NONCE], raw[NONCE:], str(member_id).encode()))
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None


def shred(member_id: int) -> None:
    """Forget her key (an erasure, in its transaction): her sealed values are unreadable after."""
    from app.db import db

    db.execute_sql("DELETE FROM member_keys WHERE member_id = ?", (member_id,))


def shown_detail(record) -> dict:
    """An audit record's detail with her personal changes put back among the others, as the one
    working now may read them: the values themselves for a role that keeps the register,
    otherwise masked as the member table masks them (NIK, street, RT, RW, postal code); "(data
    dihapus)" once she was erased."""
    detail, member_id = record.detail, record.member_id
    personal = detail.get(SEALED)
    if not isinstance(personal, dict) or member_id is None:
        return detail
    from app.privacy import ADDRESS_HIDDEN, can_see_personal, mask_nik

    full = can_see_personal()
    opened = open_sealed(member_id, personal)
    changes = dict(detail.get("changes") or {})
    for name in personal.get("fields", []):
        if opened is None:
            changes[name] = [GONE, GONE]
        elif name == "nik" and not full:
            changes[name] = [mask_nik(value or "") for value in opened[name]]
        elif name in ADDRESS_HIDDEN and not full:
            changes[name] = [HIDDEN if value not in ("", None) else value for value in opened[name]]
        else:
            changes[name] = opened[name]
    shown = {key: value for key, value in detail.items() if key != SEALED}
    shown["changes"] = changes
    return shown
