"""The check after start (app.db.check_book) on books changed behind Lumbung's back: SQLite's
foreign-key check finds what points at nothing, and an unbalanced entry is put right by its
storno (the pair sums to zero), not by anything else."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app import ledger, members, reversals
from app.db import check_book, db
from app.ledger import credit, debit


def behind_lumbungs_back(book, *statements: str) -> None:
    """Another program writes to the file: no foreign keys (SQLite's default), no triggers."""
    conn = sqlite3.connect(book)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def entry(amount_rp: int = 5_000) -> int:
    return ledger.post_entry(date(2026, 8, 3), "Hibah CSR", [debit("1-101", amount_rp), credit("3-201", amount_rp)])


def test_a_receipt_whose_entry_was_deleted_is_reported(book):
    member = members.add_member(members.MemberInput(name="Siti Aminah", joined_on=date(2026, 1, 5)))
    gone = entry()
    db.execute_sql("INSERT INTO receipts (number, entry_id, member_id, amount_rp, issued_at, issued_by)"
                   " VALUES ('KW/2026/000001', ?, ?, 5000, '2026-08-03 10:00:00', 'Sekretaris')", (gone, member.id))
    assert check_book(book) == []
    behind_lumbungs_back(
        book, "DROP TRIGGER postings_no_delete", "DROP TRIGGER journal_entries_no_delete",
        f"DELETE FROM postings WHERE entry_id = {gone}", f"DELETE FROM journal_entries WHERE id = {gone}",
    )
    assert check_book(book) == ["references_broken"]


def test_an_entry_marked_reversed_by_one_that_does_not_exist_is_reported(book):
    marked = entry()
    behind_lumbungs_back(book, f"UPDATE journal_entries SET reversed_by_id = 999 WHERE id = {marked}")
    assert check_book(book) == ["references_broken"]


@pytest.fixture
def unbalanced(book) -> int:
    entry()
    wrong = entry()
    behind_lumbungs_back(book, "DROP TRIGGER postings_no_update",
                         f"UPDATE postings SET amount_rp = 4000 WHERE entry_id = {wrong} AND amount_rp = 5000")
    assert check_book(book) == ["entries_unbalanced", "trial_balance_not_zero"]
    return wrong


def test_a_storno_of_the_unbalanced_entry_puts_the_book_right(book, unbalanced):
    reversals.reverse(unbalanced, "Diubah di luar Lumbung")
    assert check_book(book) == []


def test_a_balanced_correction_beside_it_does_not(book, unbalanced):
    ledger.post_entry(date(2026, 8, 4), "Koreksi", [debit("3-201", 1_000), credit("1-101", 1_000)])
    assert check_book(book) == ["entries_unbalanced", "trial_balance_not_zero"]
