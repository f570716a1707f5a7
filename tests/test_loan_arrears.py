"""Arrears: days past due, kolektibilitas at each threshold (and settable ones), denda, and the
arrears list read in a fixed number of queries whatever the number of loans."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.db import db
from app.errors import Rejected
from app.loans import arrears
from app.loans.payments import pay

from loan_support import disbursed, member, product

ON = date(2025, 1, 10)
FIRST_DUE = date(2025, 2, 10)


@pytest.fixture
def loan(book):
    return disbursed(member(), product(), 9_000_000, 12, on=ON)


@pytest.mark.parametrize("days, expected", [
    (0, "lancar"), (1, "dalam_perhatian_khusus"), (90, "dalam_perhatian_khusus"), (91, "kurang_lancar"),
    (120, "kurang_lancar"), (121, "diragukan"), (180, "diragukan"), (181, "macet"),
])
def test_kolektibilitas_at_each_threshold(loan, days, expected):
    as_of = FIRST_DUE + timedelta(days=days)
    assert arrears.days_past_due(loan, as_of) == days
    assert arrears.classify(arrears.days_past_due(loan, as_of)) == expected


def test_days_count_from_the_oldest_unpaid_instalment(loan):
    pay(loan, 840_000, FIRST_DUE)
    assert arrears.days_past_due(loan, date(2025, 3, 10)) == 0  # due today is not late
    assert arrears.days_past_due(loan, date(2025, 4, 15)) == 36  # 10 March unpaid
    pay(loan, 929_999, date(2025, 4, 15))  # jasa of March and April, then March's pokok
    assert arrears.days_past_due(loan, date(2025, 4, 15)) == 36  # one rupiah short is still late
    pay(loan, 1, date(2025, 4, 15))
    assert arrears.days_past_due(loan, date(2025, 4, 15)) == 5


def test_thresholds_are_settings(book):
    assert arrears.thresholds() == (90, 120, 180)
    arrears.set_thresholds(30, 60, 90)
    assert [arrears.classify(d) for d in (30, 31, 61, 91)] == ["dalam_perhatian_khusus", "kurang_lancar", "diragukan", "macet"]
    for bad in ((0, 60, 90), (60, 30, 90), (30, 60, 60), (30, 60, 4000), (30.0, 60, 90)):
        with pytest.raises(Rejected) as info:
            arrears.set_thresholds(*bad)
        assert info.value.codes() == ["input.wrong_type" if float in map(type, bad) else "loan.bad_thresholds"]
    assert arrears.thresholds() == (30, 60, 90)


def test_arrears_list(book):
    late = member("Aluh")
    penalised = product(name="Denda", penalty_kind="fixed", penalty_rp=5_000)
    a = disbursed(late, penalised, 9_000_000, 12, on=ON)
    b = disbursed(member("Nor"), product(), 1_000_000, 10, on=date(2026, 6, 1))  # first due 1 Jul, unpaid
    c = disbursed(member("Rabiah"), product(name="Lancar"), 1_000_000, 10, on=date(2026, 8, 1))  # not yet due
    paid_off = disbursed(member("Husnul"), product(name="Lunas"), 1_000_000, 10, on=ON)
    pay(paid_off, 1_010_000, date(2025, 1, 20))
    as_of = date(2026, 8, 17)
    rows = arrears.arrears_list(as_of)
    assert [(r.loan_id, r.member_name, r.days_past_due, r.kolektibilitas) for r in rows] == [
        (a, "Aluh", (as_of - date(2025, 2, 10)).days, "macet"), (b, "Nor", 47, "dalam_perhatian_khusus"),
    ]
    assert (rows[0].overdue_rp, rows[0].denda_rp, rows[0].outstanding_rp) == (12 * 840_000, 12 * 5_000, 9_000_000)
    assert rows[1].overdue_rp == 110_000 * 2  # 1 Jul and 1 Aug
    assert [r.loan_id for r in arrears.arrears_list(as_of, include_current=True)] == [a, b, c]


def selects_of_arrears_list(as_of: date, **kw) -> int:
    statements = []
    db.connection().set_trace_callback(statements.append)
    try:
        arrears.arrears_list(as_of, **kw)
    finally:
        db.connection().set_trace_callback(None)
    return len([s for s in statements if s.lstrip().upper().startswith("SELECT")])


def test_arrears_list_reads_a_fixed_number_of_queries(book):
    """No query per loan: a district's 3 000 loans must list in under 200 ms."""
    flat = product()
    as_of = date(2026, 8, 17)
    disbursed(member(), flat, 1_000_000, 10, on=ON)
    few = selects_of_arrears_list(as_of), selects_of_arrears_list(as_of, include_current=True)
    for i in range(5):
        disbursed(member(f"Anggota {i}"), flat, 1_000_000, 10, on=ON)
    assert len(arrears.arrears_list(as_of)) == 6
    assert (selects_of_arrears_list(as_of), selects_of_arrears_list(as_of, include_current=True)) == few
    assert few[0] <= 6
