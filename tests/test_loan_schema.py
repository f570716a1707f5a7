"""The loan tables (migration 3) refuse what no code path may write: floats for money or
rates, edited terms, a status going back, changed or deleted schedules and allocations."""

from __future__ import annotations

import sqlite3

import pytest

from app.db import db
from app.errors import Rejected

PRODUCT = (
    "INSERT INTO loan_products (name, method, rate, period, min_periods, max_periods,"
    " min_principal_rp, max_principal_rp, created_at, updated_at)"
    " VALUES ('Pinjaman biasa', 'flat', ?, 'monthly', 1, 12, 100000, 10000000, '2026-08-17', '2026-08-17')"
)
LOAN = (
    "INSERT INTO loans (number, member_id, product_id, principal_rp, periods, first_due, method, rate,"
    " period, applied_on, applied_at, applied_by) VALUES ('PJ/2026/0001', 1, 1, ?, 12, '2026-09-17', 'flat',"
    " '0.01', 'monthly', '2026-08-17', '2026-08-17 09:30:00', 'Sekretaris')"
)

Refused = (sqlite3.IntegrityError, Rejected)  # Rejected: through the app's connection (app.db)


def sql(statement: str, *params):
    return db.execute_sql(statement, params)


@pytest.fixture
def loan(book):
    sql("INSERT INTO members (number, name, sex, joined_on, created_at, updated_at)"
        " VALUES (1, 'Siti', 'P', '2026-01-01', '2026-01-01', '2026-01-01')")
    sql(PRODUCT, "0.01")
    sql(LOAN, 9_000_000)
    sql("INSERT INTO loan_instalments VALUES (1, 1, '2026-09-17', 750000, 90000)")
    return 1


def test_write_off_account_is_seeded(book):
    assert sql("SELECT name, kind FROM accounts WHERE code = '5-301'").fetchone() == (
        "Beban penghapusan piutang", "expense"
    )


@pytest.mark.parametrize("rate", ["1.5%", "0,01", ".5", "1.", "-0.01", "1.0.1", "", "1e-2"])
def test_rates_are_decimal_text(book, rate):
    with pytest.raises(Refused):
        sql(PRODUCT, rate)


def test_zero_rate_only_on_an_interest_free_product(book):
    with pytest.raises(Refused):
        sql(PRODUCT, "0")
    interest_free = PRODUCT.replace("min_periods,", "min_periods, interest_free,").replace("1, 12,", "1, 1, 12,")
    with pytest.raises(Refused):
        sql(interest_free, "0.01")
    sql(interest_free, "0")


@pytest.mark.parametrize("principal", [0, -5, 1.5, "9 juta"])
def test_money_is_positive_integer_rupiah(loan, principal):
    with pytest.raises(Refused):
        sql(LOAN.replace("0001", "0002"), principal)


def test_terms_of_a_loan_are_fixed(loan):
    for change in ("principal_rp = 1", "rate = '0.02'", "periods = 6", "member_id = member_id + 0, number = 'X'"):
        with pytest.raises(Refused):
            sql(f"UPDATE loans SET {change} WHERE id = 1")


def test_status_only_moves_forward(loan):
    sql("UPDATE loans SET status = 'approved', decided_at = '2026-08-17' WHERE id = 1")
    with pytest.raises(Refused):
        sql("UPDATE loans SET status = 'applied', decided_at = NULL WHERE id = 1")
    with pytest.raises(Refused):  # disbursed needs its entry
        sql("UPDATE loans SET status = 'disbursed', disbursed_on = '2026-08-17' WHERE id = 1")


def test_schedule_and_allocations_are_immutable(loan):
    sql("INSERT INTO journal_entries (id, entry_date, description, entered_at, entered_by)"
        " VALUES (1, '2026-09-17', 'Angsuran', '2026-09-17', 'x')")
    sql("INSERT INTO loan_allocations (entry_id, loan_id, instalment_number, component, amount_rp)"
        " VALUES (1, 1, 1, 'jasa', 90000)")
    for statement in (
        "UPDATE loan_instalments SET pokok_rp = 1", "DELETE FROM loan_instalments",
        "UPDATE loan_allocations SET amount_rp = 1", "DELETE FROM loan_allocations", "DELETE FROM loans",
    ):
        with pytest.raises(Refused, match="lumbung"):
            sql(statement)
    with pytest.raises(Refused):  # an allocation must name an instalment of the schedule
        sql("INSERT INTO loan_allocations (entry_id, loan_id, instalment_number, component, amount_rp)"
            " VALUES (1, 1, 2, 'jasa', 1)")
