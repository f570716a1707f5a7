"""What a book holds, in a few figures: shown before a restore and compared to prove a copy.

Plain SQL on a sqlite3 connection, so it reads a backup's temporary copy as well as the live
book; every query is an index count or a per-account sum, quick on a district book.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from app.db import connect_read_only


@dataclass(frozen=True)
class BookSummary:
    group_name: str
    schema_version: int
    members: int
    active_members: int
    entries: int
    postings: int
    last_entry_date: date | None
    last_entry_id: int | None
    balances: dict[str, int] = field(default_factory=dict)  # account code -> sum of postings
    trial_balance_zero: bool = True

    def to_json(self) -> dict:
        data = asdict(self)
        data["last_entry_date"] = self.last_entry_date.isoformat() if self.last_entry_date else None
        return data

    @classmethod
    def from_json(cls, data: dict) -> "BookSummary":
        day = data["last_entry_date"]
        return cls(**{**data, "last_entry_date": date.fromisoformat(day) if day else None})


def summarize(source: str | Path | sqlite3.Connection) -> BookSummary:
    """The summary of a book file (read-only) or of an open connection (in its transaction)."""
    if isinstance(source, sqlite3.Connection):
        return _summarize(source)
    conn = connect_read_only(Path(source))
    try:
        return _summarize(conn)
    finally:
        conn.close()


def _one(conn: sqlite3.Connection, sql: str, params=()):
    return conn.execute(sql, params).fetchone()


def _summarize(conn: sqlite3.Connection) -> BookSummary:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    group = _one(conn, "SELECT value FROM settings WHERE key = 'group_name'")
    members, active = (0, 0)
    if "members" in tables:  # schema 1 had no register
        members, active = _one(conn, "SELECT count(*), coalesce(sum(left_on IS NULL), 0) FROM members")
    # One aggregate per query: SQLite answers a lone max() from the index end, not a scan.
    last_id = _one(conn, "SELECT max(id) FROM journal_entries")[0]
    last_date = _one(conn, "SELECT max(entry_date) FROM journal_entries")[0]
    balances = {
        code: total
        for code, total in conn.execute(
            "SELECT a.code, (SELECT sum(p.amount_rp) FROM postings p WHERE p.account_id = a.id)"
            " FROM accounts a ORDER BY a.code"
        )
        if total is not None
    }
    return BookSummary(
        group_name=group[0] if group else "",
        schema_version=_one(conn, "PRAGMA user_version")[0],
        members=members,
        active_members=active,
        entries=_one(conn, "SELECT count(*) FROM journal_entries")[0],
        postings=_one(conn, "SELECT count(*) FROM postings")[0],
        last_entry_date=date.fromisoformat(last_date) if last_date else None,
        last_entry_id=last_id,
        balances=balances,
        trial_balance_zero=sum(balances.values()) == 0,
    )
