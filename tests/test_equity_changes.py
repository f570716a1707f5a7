"""Laporan Perubahan Ekuitas: every row opens and closes where the Neraca stands, and the SHU
row changes by the LHU's result less what was shared."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app import demo, ledger
from app import financial_statements as fs
from app.errors import Rejected
from app.ledger import credit, debit
from app.reports import equity_changes as ec

ACCOUNTS = ("1-101", "1-201", "2-101", "2-301", "3-101", "3-102", "3-201", "3-301", "3-401", "4-101", "4-201",
            "5-101", "5-201")


def post(on: date, description: str, lines) -> int:
    return ledger.post_entry(on, description, lines)


def ties_to_the_neraca(changes: ec.EquityChanges) -> None:
    sheet = fs.balance_sheet(changes.end, changes.start - timedelta(days=1))
    assert changes.total("closing_rp") == sheet.equity.total_rp
    assert changes.total("opening_rp") == sheet.equity.previous_total_rp
    by_code = {row.code: row for row in changes.rows}
    for line in sheet.equity.lines:
        if line.code:
            assert (by_code[line.code].closing_rp, by_code[line.code].opening_rp) == (line.amount_rp, line.previous_rp)
    assert changes.shu.closing_rp == sum(line.amount_rp for line in sheet.equity.lines if not line.code)


def test_hand_made_year(book):
    post(date(2026, 1, 5), "Hibah", [debit("1-101", 10_000_000), credit("3-201", 10_000_000)])
    post(date(2026, 2, 5), "Simpanan pokok", [debit("1-101", 50_000), credit("3-101", 50_000)])
    post(date(2026, 3, 5), "Jasa", [debit("1-101", 400_000), credit("4-101", 400_000)])
    post(date(2026, 3, 6), "ATK", [debit("5-201", 100_000), credit("1-101", 100_000)])
    post(date(2026, 4, 1), "Bagi hasil ke cadangan", [debit("3-401", 120_000), credit("3-301", 120_000)])
    changes = ec.equity_changes(date(2026, 1, 1), date(2026, 8, 17))
    rows = {row.code: (row.opening_rp, row.additions_rp, row.reductions_rp, row.closing_rp) for row in changes.rows}
    assert rows == {"3-101": (0, 50_000, 0, 50_000), "3-201": (0, 10_000_000, 0, 10_000_000),
                    "3-301": (0, 120_000, 0, 120_000), ec.SHU_ROW: (0, 300_000, 120_000, 180_000)}
    assert changes.shu.additions_rp == fs.income_statement(date(2026, 1, 1), date(2026, 8, 17)).shu_rp
    ties_to_the_neraca(changes)


def test_a_period_that_starts_after_it_ends_is_refused(book):
    with pytest.raises(Rejected) as refused:
        ec.equity_changes(date(2026, 3, 1), date(2026, 2, 1))
    assert refused.value.codes() == ["period.reversed"]


def test_the_demo_village_ties_to_the_neraca_and_the_lhu(book):
    demo.populate()
    for start, end in ((date(2026, 1, 1), date(2026, 8, 17)), (date(2025, 1, 1), date(2025, 12, 31)),
                       (date(2024, 7, 1), date(2026, 6, 30))):
        changes = ec.equity_changes(start, end)
        ties_to_the_neraca(changes)
        result = fs.income_statement(start, end).shu_rp
        assert changes.shu.closing_rp - changes.shu.opening_rp == result - changes.shu.reductions_rp
    # the demo's 2025 SHU was shared in 2026: it is the year's distribution
    assert ec.equity_changes(date(2026, 1, 1), date(2026, 8, 17)).shu.reductions_rp == fs.income_statement(
        date(2025, 1, 1), date(2025, 12, 31)).shu_rp


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 900), st.sampled_from(ACCOUNTS), st.sampled_from(ACCOUNTS),
                          st.integers(1, 10**9)), max_size=25),
       st.integers(0, 900), st.integers(0, 900))
def test_random_books_tie_to_the_neraca(book, entries, a, b):
    first = date(2024, 1, 1)
    capital = 10**12
    post(first, "Modal", [debit("1-101", capital), credit("3-201", capital)])
    for offset, left, right, amount in sorted(entries):
        if left != right:
            post(first + timedelta(days=offset), "acak", [debit(left, amount), credit(right, amount)])
    start, end = sorted((first + timedelta(days=a), first + timedelta(days=b)))
    changes = ec.equity_changes(start, end)
    ties_to_the_neraca(changes)
    moved_3401 = ledger.account_balance("3-401", end) - ledger.account_balance("3-401", start - timedelta(days=1))
    assert changes.shu.closing_rp - changes.shu.opening_rp == fs.income_statement(start, end).shu_rp - moved_3401


def test_the_opening_shows_what_it_brought_not_its_whole_neraca_added_and_taken_away(book):
    """Selisih saldo awal (3-502) balances every opening entry: on a balanced opening it showed
    the whole Neraca (Rp47 million) as added and taken away, and the equity's total additions
    with it. Now it shows its net change only (none: no row), and a difference as that difference."""
    from opening_support import OPENING_ON, realistic_opening

    from app.opening import commit

    commit.commit(realistic_opening())
    report = ec.equity_changes(OPENING_ON.replace(day=1), OPENING_ON)
    assert "3-502" not in [row.code for row in report.rows]
    assert report.total("reductions_rp") == 0
    assert report.total("additions_rp") == report.total("closing_rp") == fs.balance_sheet(OPENING_ON).equity.total_rp


def test_an_opening_difference_shows_as_that_difference(book):
    from opening_support import OPENING_ON, realistic_opening

    from app.opening import commit

    opening = realistic_opening()
    opening.cash[0].amount_rp += 70_000
    opening.difference_note = "Kas lama"
    commit.commit(opening)
    row = next(row for row in ec.equity_changes(OPENING_ON.replace(day=1), OPENING_ON).rows if row.code == "3-502")
    assert (row.opening_rp, row.additions_rp, row.reductions_rp, row.closing_rp) == (0, 70_000, 0, 70_000)
