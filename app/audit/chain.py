"""The chain's rule: a record's hash covers the hash before it and everything it says."""

from __future__ import annotations

import hashlib
import json


def record_hash(prev_hash: str, at: str, user: str, kind: str, subject: str, detail: str,
                entry_id: int | None, member_id: int | None) -> str:
    text = json.dumps([prev_hash, at, user, kind, subject, detail, entry_id, member_id], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
