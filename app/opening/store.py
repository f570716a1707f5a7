"""The draft of an opening kept in the book (opening_draft), so the wizard can be left and resumed."""

from __future__ import annotations

from app import clock, ledger
from app.access import roles
from app.dates import checked
from app.db import db
from app.opening.draft import Opening, from_json, to_json


@roles.needs("close")
@checked
def save(opening: Opening) -> None:
    """Keep the draft (the one row), replacing the one saved before."""
    with db.atomic():
        db.execute_sql("INSERT INTO opening_draft (id, payload, saved_at) VALUES (1, ?, ?) ON CONFLICT (id)"
                       " DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at",
                       (to_json(opening), clock.now().isoformat(sep=" ")))


def load() -> Opening | None:
    """The saved draft, or None when there is none."""
    row = db.execute_sql("SELECT payload FROM opening_draft WHERE id = 1").fetchone()
    return from_json(row[0]) if row else None


@roles.needs("close")
def discard() -> None:
    """Forget the draft (the commit does, in its transaction)."""
    db.execute_sql("DELETE FROM opening_draft")


def can_open() -> bool:
    """Whether the book may still take an opening: no entries and no members yet, and not
    opened already (an opening of group data only writes neither)."""
    return db.execute_sql("SELECT NOT EXISTS (SELECT 1 FROM journal_entries)"
                          " AND NOT EXISTS (SELECT 1 FROM members)"
                          " AND NOT EXISTS (SELECT 1 FROM settings WHERE key = ?)", (ledger.OPENING_DATE,)
                          ).fetchone()[0] == 1
