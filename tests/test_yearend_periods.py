"""Closing a month or a year, reopening as a recorded act, the SHU lock."""

from __future__ import annotations

from datetime import date

import pytest

from app import financial_statements, ledger, reversals, settings
from app.errors import Rejected
from app.yearend import periods, shu
from tests.yearend_support import expense, income, jasa, member
from tests.yearend_support import savings as deposit


def test_close_month_then_nothing_posted_into_it(book):
    periods.close_month(2026, 3)
    assert settings.closed_through() == date(2026, 3, 31)
    with pytest.raises(Rejected) as refused:
        income(1_000, date(2026, 3, 31))
    assert refused.value.codes() == ["entry.period_closed"]
    income(1_000, date(2026, 4, 1))
    with pytest.raises(Rejected) as again:
        periods.close_month(2026, 2)
    assert again.value.codes() == ["period.already_closed"]


@pytest.mark.parametrize("call, code", [
    (lambda: periods.close_month(2026, 8), "period.not_over"),  # the clock says 17 August 2026
    (lambda: periods.close_month(2025, 12), "period.december_is_year"),
    (lambda: periods.close_year(2026), "period.not_over"),
    (lambda: periods.reopen(date(2026, 1, 1), "  "), "required"),
    (lambda: periods.reopen(date(2026, 1, 1), "Salah catat"), "period.not_closed"),
])
def test_refusals_write_nothing(book, call, code):
    with pytest.raises(Rejected) as refused:
        call()
    assert code in refused.value.codes()
    assert periods.history() == [] and settings.closed_through() is None


def test_year_needs_the_year_before_closed(book):
    income(5_000, date(2024, 6, 1))
    income(5_000, date(2025, 6, 1))
    with pytest.raises(Rejected) as refused:
        periods.close_year(2025)
    assert refused.value.codes() == ["period.earlier_year_open"]
    periods.close_year(2024)
    periods.close_year(2025)
    assert [e.action for e in periods.history()] == ["close_year", "close_year"]


def test_reopen_a_closed_year_reverses_its_closing_and_is_recorded(book):
    income(9_000, date(2025, 6, 1))
    expense(2_000, date(2025, 7, 1))
    periods.close_year(2025)
    assert -ledger.account_balance("3-401") == 7_000
    periods.reopen(date(2025, 12, 1), "Kuitansi Desember belum dicatat")
    assert settings.closed_through() == date(2025, 11, 30)
    assert ledger.account_balance("3-401") == 0 and not periods.is_year_closed(2025)
    event = periods.history()[0]
    assert (event.action, event.reason, event.done_by, event.closed_before) == (
        "reopen", "Kuitansi Desember belum dicatat", "Sekretaris", date(2025, 12, 31))
    assert periods.reopenings_within(date(2025, 1, 1), date(2025, 12, 31)) == [event]
    income(1_000, date(2025, 12, 15))
    lhu = financial_statements.income_statement(date(2025, 1, 1), date(2025, 12, 31))
    assert lhu.shu_rp == 8_000  # the closing and its storno are both left out
    periods.close_year(2025)
    assert -ledger.account_balance("3-401") == 8_000
    sheet = financial_statements.balance_sheet(date(2025, 12, 31))
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp == 8_000


def test_trial_balance_of_the_closed_year_before_its_closing_and_after_it_later(book):
    income(9_000, date(2025, 6, 1))
    expense(2_000, date(2025, 7, 1))
    periods.close_year(2025)
    year_end = {r.code: (r.debit_rp, r.credit_rp) for r in financial_statements.trial_balance(date(2025, 12, 31)).rows}
    assert year_end["4-102"] == (0, 9_000) and year_end["5-201"] == (2_000, 0) and "3-401" not in year_end
    later = {(r.code or r.name): (r.debit_rp, r.credit_rp)
             for r in financial_statements.trial_balance(date(2026, 1, 31)).rows}
    # the new year starts at zero; the closed year's result is one equity line
    assert "4-102" not in later and "3-401" not in later
    assert later[financial_statements.SHU_EARLIER] == (0, 7_000)
    assert financial_statements.trial_balance(date(2025, 12, 31)).debit_rp == 9_000


def test_shared_year_is_locked_until_its_distribution_is_reversed(book):
    a = member("Aminah")
    deposit(a, 100_000, date(2025, 2, 1))
    paid = jasa(a, 30_000, date(2025, 5, 5))
    periods.close_year(2025)
    done = shu.post(2025, date(2026, 2, 1))
    with pytest.raises(Rejected) as reopen:
        periods.reopen(date(2025, 12, 1), "Ada yang lupa")
    assert reopen.value.codes() == ["period.shu_shared"]
    with pytest.raises(Rejected) as storno:
        reversals.reverse(paid, "Salah catat", date(2026, 2, 2))
    assert storno.value.codes() == ["lock.shu_shared"]
    assert storno.value.issues[0].params == {"year": 2025}
    shu.reverse(done.id, "Keputusan RAT diulang", date(2026, 2, 2))
    reversals.reverse(paid, "Salah catat", date(2026, 2, 2))
    periods.reopen(date(2025, 12, 1), "Ada yang lupa")


def test_the_first_year_to_close_is_the_first_with_entries_then_the_one_after_the_closed(book):
    assert periods.first_open_year() == 2026  # an empty book
    income(5_000, date(2024, 6, 1))
    assert periods.first_open_year() == 2024
    periods.close_month(2024, 5)
    assert periods.first_open_year() == 2024
    periods.close_year(2024)
    assert periods.first_open_year() == 2025
