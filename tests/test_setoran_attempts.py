"""A Setoran (and a collection sheet) saved once however often she presses Simpan (issue 16):
the dialog's attempt token, kept with the receipt under a UNIQUE index, makes the same attempt
again return what was saved instead of posting it twice. On both engines."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from app import collection, ledger
from app.db import db
from app.errors import Rejected
from collection_support import DUE_RP, ON, member_with_dues
from loan_support import member

AHEAD_RP = 150_000  # above the day's dues: her next instalments


def counts() -> tuple[int, int, int, int]:
    return tuple(db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("journal_entries", "postings", "receipts", "loan_allocations"))


def test_the_same_attempt_twice_posts_one_setoran_and_returns_its_receipt(any_book):
    siti, loan_a, loan_b = member_with_dues()
    kas, receivable = ledger.account_balance("1-101"), ledger.account_balance("1-201")
    before = counts()
    first = collection.take_payment(siti, ON, DUE_RP + AHEAD_RP, attempt="0f6c4a52-attempt-1")
    after = counts()
    assert after[0] == before[0] + 1 and after[2] == before[2] + 1
    assert sum(part.ahead_rp for part in first.split.loans) == AHEAD_RP  # the split has every kind of part

    again = collection.take_payment(siti, ON, DUE_RP + AHEAD_RP, attempt="0f6c4a52-attempt-1")
    assert again == first  # the same entry, receipt and split, read back from the book
    assert counts() == after  # nothing posted twice
    assert ledger.account_balance("1-101") == kas + DUE_RP + AHEAD_RP
    assert ledger.account_balance("1-201") == receivable - sum(p.pokok_rp for p in first.split.loans)

    other = collection.take_payment(siti, ON, 20_000, to_sukarela=True, attempt="0f6c4a52-attempt-2")
    assert other.entry_id != first.entry_id
    assert int(other.receipt_number.rsplit("/", 1)[1]) == int(first.receipt_number.rsplit("/", 1)[1]) + 1
    assert ledger.account_balance("1-101") == kas + DUE_RP + AHEAD_RP + 20_000


def test_a_setoran_without_an_attempt_posts_each_time(any_book):
    siti = member("Siti Aminah")
    collection.take_payment(siti, ON, 20_000, to_sukarela=True)
    collection.take_payment(siti, ON, 20_000, to_sukarela=True)
    assert ledger.account_balance("1-101") == 40_000
    assert db.execute_sql("SELECT count(*) FROM receipts WHERE attempt IS NULL").fetchone()[0] == 2


def test_the_same_sheet_attempt_twice_posts_it_once(any_book):
    siti, _, _ = member_with_dues()
    rows = {siti: DUE_RP, member("Ani"): 10_000, member("Wati"): 15_000}
    kas, before = ledger.account_balance("1-101"), counts()
    first = collection.post_sheet(ON, rows, to_sukarela=True, attempt="sheet-3c1e")
    after = counts()
    assert after[0] == before[0] + 3 and after[2] == before[2] + 3
    again = collection.post_sheet(ON, rows, to_sukarela=True, attempt="sheet-3c1e")
    assert again == first and again.total_rp == DUE_RP + 25_000
    assert counts() == after
    assert ledger.account_balance("1-101") == kas + DUE_RP + 25_000


def test_a_receipt_keeps_its_attempt(any_book):
    siti = member("Siti Aminah")
    paid = collection.take_payment(siti, ON, 20_000, to_sukarela=True, attempt="kept")
    with pytest.raises((Rejected, IntegrityError), match="receipts cannot be changed"):
        db.execute_sql("UPDATE receipts SET attempt = 'other', print_count = print_count + 1 WHERE number = ?",
                       (paid.receipt_number,))
    assert db.execute_sql("SELECT attempt FROM receipts").fetchall() == [("kept",)]
