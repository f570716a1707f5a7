"""The chain's rule: a record's hash covers the hash before it and everything it says.

Journal entries and members join the chain: each entry inserted by app.ledger gets a record
(kind "entry") whose detail carries the hash of the entry's content (ENTRY_CONTENT), and each
change of a member's row a record (kind "member") with the changed fields and the hash of her
row as it now is (MEMBER_ROW). Both contents are read by one SQL text, the same when recording
and when verifying (app.audit.verify), so the two can never disagree on what is hashed.

A book that had entries and members before the chain existed (version 17 and older) is sealed
once, at the first open that finds it so (seal(), called by app.db.open_book): one record, kind
"seal", holding a short digest of each entry (to name the one changed), a hash over them all,
and each member's row hash.
"""

from __future__ import annotations

import hashlib
import json

from app.audit import personal
from app.engine import current
from app.engine.sqlite import SQLITE

SEALED_KEY = "audit_chain_started"  # settings: set with the first record ever appended


def record_hash(prev_hash: str, at: str, user: str, kind: str, subject: str, detail: str,
                entry_id: int | None, member_id: int | None) -> str:
    text = json.dumps([prev_hash, at, user, kind, subject, detail, entry_id, member_id], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# An entry's content: its own columns (not reversed_by_id, set once when it is reversed and
# covered by the storno's own record) and its postings, every column but ids and the date they
# repeat, sorted. One row (id, text) per entry; {where} narrows it ("WHERE e.id = ?"). The text
# is SQLite's json_array on either engine (app.engine), so a hash is the same on both.
def entry_content(engine) -> str:
    order = ("a.code", "p.amount_rp", "p.member_id", "p.business_id", "p.memo", "p.entry_date")
    lines = engine.concat_ordered(engine.json_array(*order), order,
                                  "postings p JOIN accounts a ON a.id = p.account_id WHERE p.entry_id = e.id")
    head = engine.json_array("e.entry_date", "e.description", "e.reference", "e.entered_at", "e.entered_by",
                             "e.reverses_id", "e.reversal_reason")
    return f"SELECT e.id, {head} || {lines} FROM journal_entries e {{where}}"


MEMBER_COLUMNS = ("id", "number", "name", "nik", "sex", "birth_place", "birth_date", "phone", "street", "rt",
                  "rw", "desa", "kecamatan", "kabupaten", "provinsi", "postal_code", "welfare_stage", "joined_on",
                  "left_on", "created_at", "updated_at")


# A member's row as it is: every column.
def member_row(engine) -> str:
    return f"SELECT id, number, {engine.json_array(*MEMBER_COLUMNS)} FROM members {{where}}"


# The SQLite texts, for the readers of a plain sqlite3 connection (seal, app.audit.verify).
ENTRY_CONTENT = entry_content(SQLITE)
MEMBER_ROW = member_row(SQLITE)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _rows(conn, sql: str, params: tuple) -> list:
    """A plain sqlite3 connection's rows, or the book's (app.db.db)."""
    run = conn.execute_sql if hasattr(conn, "execute_sql") else conn.execute
    return run(sql, params).fetchall()


def entry_hash(conn, entry_id: int, content: str = ENTRY_CONTENT) -> str:
    (_, text), = _rows(conn, content.format(where="WHERE e.id = ?"), (entry_id,))
    return content_hash(text)


def member_state(conn, member_id: int, row: str = MEMBER_ROW) -> tuple[int, str, dict]:
    """(number, hash of the row, the row by column) of one member as she is now."""
    (_, number, text), = _rows(conn, row.format(where="WHERE id = ?"), (member_id,))
    return number, content_hash(text), dict(zip(MEMBER_COLUMNS, json.loads(text)))


def entry_detail(digest: str) -> dict:
    return {"entry_hash": digest}


def record_entry(entry_id: int, user: str | None = None) -> int:
    """Chain an entry just inserted (in the caller's transaction): app.ledger calls this, with
    who the record names when it has read that already (log.who)."""
    from app.audit import log
    from app.db import db

    digest = entry_hash(db, entry_id, entry_content(current()))
    return log.record("entry", f"JU-{entry_id}", entry_detail(digest), entry_id=entry_id, user=user)


# What a member record leaves out of its changes: bookkeeping of the row itself.
_NOT_CHANGES = ("id", "created_at", "updated_at")


def member_before(member_id: int) -> dict | None:
    """Her row before a change (None when she is new); pass it to member_changed after."""
    from app.db import db

    rows = _rows(db, member_row(current()).format(where="WHERE id = ?"), (member_id,))
    return dict(zip(MEMBER_COLUMNS, json.loads(rows[0][2]))) if rows else None


def member_changed(member_id: int, before: dict | None, what: str = "", groups: list | None = None) -> int | None:
    """Chain a member's row after a change (in the caller's transaction): the fields changed as
    {"field": [old, new]}, her personal ones sealed with her key (app.audit.personal), and the
    hash of the row now; the subject names her by number only. Every writer of the members table calls it (app.members; an erasure too).
    `what`: "added", "edited", "left", "returned", "erased"... `groups`: [before, after], the names of
    her business groups when they changed (a row of business_members, not of members). None when
    nothing changed."""
    from app import members
    from app.audit import log
    from app.db import db

    number, digest, now = member_state(db, member_id, member_row(current()))
    changes = {name: [None if before is None else before.get(name), value] for name, value in now.items()
               if name not in _NOT_CHANGES and (before is None or before.get(name) != value)}
    if groups is not None:
        changes["business_groups"] = groups
    if before is not None and not changes and not what:
        return None
    plain = {name: pair for name, pair in changes.items() if name not in personal.PERSONAL_FIELDS}
    detail = {"what": what or ("added" if before is None else "edited"), "changes": plain, "member_hash": digest}
    if len(plain) < len(changes):  # her personal values sealed with her key, so that erasure can forget them
        detail[personal.SEALED] = personal.seal(member_id, {n: p for n, p in changes.items() if n not in plain})
    return log.record("member", f"Anggota {members.format_number(number)}", detail, member_id=member_id)


SEAL_DIGEST = 8  # hex characters kept per sealed entry: names the entry; the whole hash proves all


def seal(conn) -> tuple[int, int]:
    """Chain the entries and members a book had before the chain (version 17 and older, or a
    book written outside Lumbung before its first record): once, at the first open that finds
    the log never started (no record, and the settings key SEALED_KEY never set). `conn`: a
    plain sqlite3 connection in autocommit. (entries, members) sealed.

    ONE record, kind "seal", whose detail holds: the entries' ids (as runs [first, last]), the
    first SEAL_DIGEST hex characters of each entry's content hash in id order (so that verify
    names the entry changed), the sha256 over all their full hashes (so that nothing slips
    between two short digests), and each member's full row hash. Measured on the district book
    (tests/bench_verify.py, NOTES.md): a million entries sealed in a few seconds and ~8 MB, where
    one record per entry took 25 s and 434 MiB."""
    from app import clock, settings as _settings
    from app.audit.log import GENESIS

    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "audit_log" not in tables:
        return 0, 0
    if conn.execute("SELECT 1 FROM settings WHERE key = ?", (SEALED_KEY,)).fetchone():
        return 0, 0
    if conn.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone():
        return 0, 0
    has_entries = conn.execute("SELECT 1 FROM journal_entries LIMIT 1").fetchone()
    has_members = conn.execute("SELECT 1 FROM members LIMIT 1").fetchone()
    if not has_entries and not has_members:
        return 0, 0  # a new book: its first record starts the chain
    row = conn.execute("SELECT value FROM settings WHERE key = 'operator_name'").fetchone()
    user = (row[0] if row and row[0] else None) or _settings.PLACEHOLDER_OPERATOR
    at = clock.now().isoformat(sep=" ", timespec="seconds")
    runs: list[list[int]] = []
    digests: list[str] = []
    whole = hashlib.sha256()
    sha = hashlib.sha256
    for entry_id, text in conn.execute(ENTRY_CONTENT.format(where="ORDER BY e.id")):
        digest = sha(text.encode("utf-8")).hexdigest()
        whole.update(digest.encode("ascii"))
        digests.append(digest[:SEAL_DIGEST])
        if runs and runs[-1][1] == entry_id - 1:
            runs[-1][1] = entry_id
        else:
            runs.append([entry_id, entry_id])
    member_hashes = {str(member_id): content_hash(text)
                     for member_id, _, text in conn.execute(MEMBER_ROW.format(where="ORDER BY id"))}
    detail = json.dumps({"entries": len(digests), "entry_runs": runs, "entry_digests": "".join(digests),
                         "entries_hash": whole.hexdigest(), "member_hashes": member_hashes}, sort_keys=True)
    subject = f"Buku disegel: {len(digests)} transaksi, {len(member_hashes)} anggota"
    digest = record_hash(GENESIS, at, user, "seal", subject, detail, None, None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone() is None:
            conn.execute(
                "INSERT INTO audit_log (at, user, kind, subject, detail, entry_id, member_id, prev_hash, hash)"
                " VALUES (?, ?, 'seal', ?, ?, NULL, NULL, ?, ?)", (at, user, subject, detail, GENESIS, digest))
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (SEALED_KEY, at))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return len(digests), len(member_hashes)


class Sealed:
    """What a seal record says, as verify reads it: the short digest of each sealed entry by id."""

    def __init__(self, record_id: int, detail: dict) -> None:
        self.record_id = record_id
        self.digests = detail.get("entry_digests", "")
        self.whole = detail.get("entries_hash", "")
        self.index: dict[int, int] = {}
        for first, last in detail.get("entry_runs", []):
            start = len(self.index)
            self.index.update(zip(range(first, last + 1), range(start, start + last - first + 1)))
        self.member_hashes = {int(k): v for k, v in detail.get("member_hashes", {}).items()}

    def digest(self, entry_id: int) -> str | None:
        at = self.index.get(entry_id)
        return None if at is None else self.digests[at * SEAL_DIGEST:(at + 1) * SEAL_DIGEST]
