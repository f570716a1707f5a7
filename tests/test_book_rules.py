"""The book's own rules against a clumsy caller and raw SQL (issue 13): one date range for
every date kept (1990 to ten years after today), a loan schedule checked before its dates are
made, counters that only go forward, account kinds that never change, and whatever SQLite
still refuses under a service arriving as a Rejected, never as a raw IntegrityError."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

import pytest

from app import dates, ledger, savings
from app.db import current_path, db
from app.documents.catalogue import Request, generate
from app.errors import Rejected
from app.inventory import InventoryInput, add_item
from app.ledger import credit, debit
from app.loans import lifecycle
from app.members import MemberInput, add_member

from loan_support import member, product

LATEST = date(2036, 8, 17)  # ten years after the tests' fixed clock (conftest)


def dump() -> list:
    return [db.execute_sql(f"SELECT * FROM {table}").fetchall()
            for table in ("journal_entries", "postings", "members", "receipts", "sequences", "loans")]


def refused(call, *args, **kwargs) -> list[tuple[str, str]]:
    before = dump()
    with pytest.raises(Rejected) as info:
        call(*args, **kwargs)
    assert dump() == before
    return [(i.field, i.code) for i in info.value.issues]


def test_the_range_is_1990_to_ten_years_after_today(book):
    assert (dates.FIRST_DAY, dates.last_day()) == (date(1990, 1, 1), LATEST)
    assert dates.last_day(date(2028, 2, 29)) == date(2038, 2, 28)
    assert dates.date_issues("on", date(1989, 12, 31))[0].params == {"earliest": date(1990, 1, 1), "latest": LATEST}
    assert dates.date_issues("on", date(1990, 1, 1)) == dates.date_issues("on", LATEST) == []


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1900, 1, 1), date(1989, 12, 31), date(2036, 8, 18)])
def test_ledger_refuses_entries_outside_the_range(book, day):
    lines = [debit("1-101", 1_000), credit("3-201", 1_000)]
    assert refused(ledger.post_entry, day, "Hibah", lines) == [("entry_date", "date.out_of_range")]


def test_ledger_takes_the_first_day(book):
    ledger.post_entry(date(1990, 1, 1), "Hibah", [debit("1-101", 1_000), credit("3-201", 1_000)])


def test_members_dates_in_the_range_and_birth_dates_before_it(book):
    data = MemberInput(name="Siti", joined_on=date(1985, 3, 1))
    assert refused(add_member, data) == [("joined_on", "date.out_of_range")]
    assert ("left_on", "date.out_of_range") in refused(add_member, replace(data, joined_on=date(2020, 1, 1),
                                                                              left_on=date(9999, 1, 1)))
    add_member(replace(data, joined_on=date(2020, 1, 1), birth_date=date(1950, 5, 5)))


def test_inventory_and_savings_and_documents_in_the_range(book):
    item = InventoryInput(name="Kursi", acquired_on=date(1900, 1, 1), value_rp=10_000)
    assert ("acquired_on", "date.out_of_range") in refused(add_item, item)
    siti = member()
    assert refused(savings.deposit, siti, "sukarela", 5_000, date(1980, 1, 1)) == [
        ("entry_date", "date.out_of_range")]
    assert refused(generate, Request("cash_book", start=date(2026, 1, 1), end=date(9999, 12, 31))) == [
        ("end", "date.out_of_range")]


def test_a_schedule_reaching_past_the_range_is_refused_before_it_is_computed(book):
    """It used to crash with ValueError making a due date in year 10000."""
    siti, flat = member(), product(max_periods=360)
    assert refused(lifecycle.preview_schedule, flat, 1_000_000, 360, date(9999, 1, 1)) == [
        ("periods", "loan.schedule_beyond_range")]
    assert refused(lifecycle.apply, siti, flat, 1_000_000, 360, date(2027, 1, 1)) == [
        ("periods", "loan.schedule_beyond_range")]
    rows = lifecycle.preview_schedule(flat, 12_000_000, 120, date(2026, 9, 17))  # the last one on the last day
    assert rows[-1].due_date == LATEST


def test_wrong_types_of_a_date_are_refused_at_the_boundary(book):
    for wrong in ("2026-08-01", datetime(2026, 8, 1, 10, 0)):
        assert refused(ledger.account_balance, "1-101", wrong) == [("as_of", "date.unreadable")]


# Raw SQL, as another program would run it on the book's file.

def raw(sql: str) -> None:
    conn = sqlite3.connect(current_path(), isolation_level=None)
    try:
        conn.execute(sql)
    finally:
        conn.close()


@pytest.fixture
def deposited(book):
    siti = member()
    savings.deposit(siti, "sukarela", 5_000, date(2026, 8, 1))
    savings.deposit(siti, "sukarela", 5_000, date(2026, 8, 2))
    return siti


@pytest.mark.parametrize("sql", [
    "UPDATE sequences SET last_value = 0",
    "UPDATE sequences SET last_value = last_value - 1",
    "UPDATE sequences SET name = 'x' || name",
    "DELETE FROM sequences",
    "UPDATE accounts SET kind = 'expense' WHERE code = '1-101'",
    "UPDATE accounts SET kind = 'income' WHERE code = '2-101'",
])
def test_counters_and_account_kinds_are_refused_by_the_database(deposited, sql):
    before = dump(), db.execute_sql("SELECT code, kind FROM accounts").fetchall()
    with pytest.raises(sqlite3.IntegrityError, match="lumbung:"):
        raw(sql)
    assert (dump(), db.execute_sql("SELECT code, kind FROM accounts").fetchall()) == before
    assert savings.deposit(deposited, "sukarela", 5_000, date(2026, 8, 3)).receipt_number.endswith("000003")


def test_counters_go_forward(deposited):
    raw("UPDATE sequences SET last_value = last_value + 10")  # what taking a number does
    assert savings.deposit(deposited, "sukarela", 5_000, date(2026, 8, 3)).receipt_number.endswith("000013")


def test_a_counter_replaced_behind_the_book_is_a_refusal_not_a_crash(deposited):
    """INSERT OR REPLACE gets past the triggers (see m0014): the next deposit's receipt number is
    taken already, and the service says so as a Rejected, writing nothing."""
    (name,) = db.execute_sql("SELECT name FROM sequences WHERE name LIKE 'receipt%'").fetchone()
    raw(f"INSERT OR REPLACE INTO sequences (name, last_value) VALUES ('{name}', 0)")
    [(field, code)] = refused(savings.deposit, deposited, "sukarela", 5_000, date(2026, 8, 3))
    assert (field, code) == ("", "book.refused")


def test_raw_sql_through_the_app_is_a_rejected_with_the_reason(deposited):
    with pytest.raises(Rejected) as info:
        with db.atomic():
            db.execute_sql("DELETE FROM postings")
    assert info.value.codes() == ["book.refused"]
    assert "lumbung: posted postings cannot be deleted" in info.value.issues[0].params["reason"]
