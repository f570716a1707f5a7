"""A disk that fails under a raw write inside nested transactions (a storno: reversals.reverse,
then the ledger's own atomic() and executemany): SQLite has rolled everything back already, so
the refusal that reaches the caller is the disk's, in Rejected terms, and the book is as it was."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app import ledger, reversals
from app.db import BookCursor, db, refusing
from app.errors import Rejected
from app.ledger import credit, debit


class FullMidway(BookCursor):
    """The disk fills while the storno's postings are written (the ledger's raw executemany):
    SQLite rolls the transaction back and says "database or disk is full"."""

    def executemany(self, sql, rows):
        self.connection.execute("ROLLBACK")
        with refusing(self.folder):
            raise sqlite3.OperationalError("database or disk is full")


def test_a_full_disk_inside_nested_transactions_is_a_refusal(book, monkeypatch):
    entry = ledger.post_entry(date(2026, 8, 3), "Hibah CSR", [debit("1-101", 5_000), credit("3-201", 5_000)])
    monkeypatch.setattr(db.obj, "cursor_class", FullMidway)
    with pytest.raises(Rejected) as refused:
        reversals.reverse(entry, "Salah catat")
    monkeypatch.undo()
    [issue] = refused.value.issues
    assert (issue.code, issue.params["folder"]) == ("book.disk_full", str(book.parent))
    assert db.execute_sql("SELECT count(*), max(reversed_by_id) FROM journal_entries").fetchone() == (1, None)
