"""Append and read the audit log (table audit_log, append-only by trigger).

Each record carries prev_hash (the hash of the record before it, GENESIS for the first) and
hash = sha256 over prev_hash and its own content (app.audit.chain.record_hash), so a record
deleted, changed or moved with a SQLite tool breaks the chain where it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from app import clock, settings
from app.access import roles, session
from app.dates import checked
from app.db import atomic_once, db
from app.engine import current

GENESIS = "0" * 64

# What is recorded (the Audit view filters by these; ui/messages.py words each).
KINDS = ("entry", "member", "product", "settings", "period", "shu", "user", "sign_in_failed", "backup",
         "restore", "export", "erasure", "opening",
         "seal")  # app.audit.chain.seal: the entries and members from before the chain, in one record


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    user: str
    kind: str
    subject: str  # what it is about, in words ("Anggota 0012 Siti Aminah", "Periode Juli 2026")
    detail: dict  # e.g. {"changes": {"phone": ["0812…", "0813…"]}} or {"entry_hash": "…"}
    entry_id: int | None
    member_id: int | None
    prev_hash: str
    hash: str


NO_ONE = "(belum masuk)"  # a record made with sign-in on and no one signed in (a failed sign-in)


def who() -> str:
    """The one signed in, or the operator's name while sign-in is off."""
    current = session.current()
    if current is not None:
        return current.name
    return NO_ONE if roles.sign_in_on() else settings.operator_name()


@checked
def record(kind: str, subject: str = "", detail: dict | None = None, entry_id: int | None = None,
           member_id: int | None = None, user: str | None = None) -> int:
    """Append one record, inside the caller's transaction; its id. `user`: who() when the
    caller has read it already."""
    from app.audit.chain import SEALED_KEY, record_hash  # the chain's rule, in one place

    if kind not in KINDS:
        raise ValueError(kind)
    engine = current()
    with atomic_once():  # the caller's transaction: a savepoint would undo nothing its rollback does not
        engine.serialize(db, "audit_log")  # one head of the chain, whatever other desktops append
        last = db.execute_sql("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        prev = last[1] if last else GENESIS
        if last is None:  # the chain starts: a log found empty later was emptied (app.audit.chain.seal)
            db.execute_sql(engine.insert_ignore("settings", ("key", "value")),
                           (SEALED_KEY, clock.now().isoformat(sep=" ", timespec="seconds")))
        at = clock.now().isoformat(sep=" ", timespec="seconds")
        text = json.dumps(detail or {}, sort_keys=True, ensure_ascii=False, default=str)
        user = who() if user is None else user
        digest = record_hash(prev, at, user, kind, subject, text, entry_id, member_id)
        # The id given, the one after the head's (SQLite's own choice): a PostgreSQL sequence
        # would leave a gap for a transaction rolled back, and verify reads a gap as a deletion.
        record_id = last[0] + 1 if last else 1
        db.execute_sql(
            'INSERT INTO audit_log (id, at, "user", kind, subject, detail, entry_id, member_id, prev_hash, hash)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record_id, at, user, kind, subject, text, entry_id, member_id, prev, digest))
        return record_id


def head() -> int:
    """The chain's head: the highest record's id (0 before the first). Every posting and every
    change of a member appends a record, so the head is the book's "changed" counter another
    desktop polls (ui.main_window): one look-up in the primary key, whatever the book's size."""
    return db.execute_sql("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


@checked
def records(kind: str | None = None, user: str | None = None, start: date | None = None, end: date | None = None,
            member_id: int | None = None, without: tuple[str, ...] = ()) -> list[AuditRecord]:
    """The records, oldest first, filtered by what is given; `without`: kinds left out."""
    where, params = [], []
    if without:
        where.append(f"kind NOT IN ({', '.join('?' * len(without))})")
        params.extend(without)
    for column, value in (("kind", kind), ('"user"', user), ("member_id", member_id)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if start is not None:
        where.append("at >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append(f"at < {current().next_day('?')}")
        params.append(end.isoformat())
    sql = ('SELECT id, at, "user", kind, subject, detail, entry_id, member_id, prev_hash, hash FROM audit_log'
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id")
    return [AuditRecord(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], json.loads(r[5]), r[6], r[7], r[8], r[9])
            for r in db.execute_sql(sql, params)]
