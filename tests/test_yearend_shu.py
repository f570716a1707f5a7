"""The year's SHU and its distribution: DOMAIN.md's formula by a worked example to the rupiah,
the split rule, loss years, twice refused, reversal in one act."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from app import financial_statements, ledger, savings
from app.db import db
from app.errors import Rejected
from app.yearend import periods, rule, shu
from tests import yearend_support
from tests.yearend_support import expense, income, member
from tests.yearend_support import savings as deposit

RAT = date(2026, 3, 14)

TABLES = ("journal_entries", "postings", "receipts", "period_events", "shu_rules", "shu_rule_lines",
          "shu_distributions", "shu_distribution_lines", "shu_member_shares", "shu_distribution_entries")


def counts() -> dict[str, int]:
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture
def village(book):
    return yearend_support.village()


def test_worked_example_to_the_rupiah(village):
    a, b, c = village
    plan = shu.compute(2025)
    assert (plan.income_rp, plan.expense_rp, plan.shared_rp, plan.shu_rp) == (207_000, 40_000, 0, 167_000)
    assert [(line.name, line.amount_rp) for line in plan.lines] == [
        ("Dana cadangan", 50_100), ("Jasa modal", 33_400), ("Jasa pinjaman", 33_400), ("Insentif guru PAUD", 16_700),
        ("Dana sosial", 16_700), ("Pengurus", 8_350), ("Dana pendidikan", 8_350)]
    # JM = 33.400 by savings 1:2:4 -> 4.771,43 / 9.542,86 / 19.085,71: the two leftover rupiah
    # go to the largest remainders (B and C). JP = 33.400 by jasa 1:0:3 -> 8.350 / 0 / 25.050.
    shares = {m.member_id: (m.capital_rp, m.loans_rp, m.total_rp) for m in plan.members}
    assert shares == {a: (4_771, 8_350, 13_121), b: (9_543, 0, 9_543), c: (19_086, 25_050, 44_136)}


def test_monthly_average_savings_setting(village):
    a, b, c = village
    shu.set_options("monthly_average", "exclude")
    plan = shu.compute(2025)
    held = {m.member_id: m.savings for m in plan.members}
    # A from February: 11 month-ends of 100.000; C only at 30 November and 31 December.
    assert held == {a: Fraction(1_100_000, 12), b: Fraction(2_000_000, 12), c: Fraction(800_000, 12)}
    assert sum(m.capital_rp for m in plan.members) == 33_400


def test_close_share_into_sukarela_and_funds(village):
    a, b, c = village
    before = financial_statements.balance_sheet(date(2025, 12, 31))
    periods.close_year(2025)
    after = financial_statements.balance_sheet(date(2025, 12, 31))
    assert after.assets.total_rp == before.assets.total_rp
    assert after.liabilities_and_equity_rp == before.liabilities_and_equity_rp == before.assets.total_rp
    lhu = financial_statements.income_statement(date(2025, 1, 1), date(2025, 12, 31))
    assert lhu.shu_rp == 167_000  # the closed year's LHU keeps its figures
    assert financial_statements.income_statement(date(2026, 1, 1), date(2026, 1, 31)).shu_rp == 0
    assert -ledger.account_balance("3-401") == 167_000

    done = shu.post(2025, RAT)
    assert ledger.account_balance("3-401") == 0
    assert ledger.account_balance("2-301") == -16_700  # pengurus + pendidikan, declared and unpaid
    assert -ledger.account_balance("2-302") == 16_700
    assert -ledger.account_balance("2-303") == 16_700
    assert -ledger.account_balance("3-301") == 50_100
    assert [savings.balances(m).sukarela_rp for m in village] == [13_121, 9_543, 44_136]
    assert sum(r.debit_rp - r.credit_rp for r in ledger.trial_balance()) == 0
    lines, members = shu.shares_of(done.id)
    assert sum(m.total_rp for m in members) == 66_800 and len(lines) == 7

    nothing = counts()
    with pytest.raises(Rejected) as twice:
        shu.post(2025, date(2026, 3, 20))
    assert twice.value.codes() == ["shu.already_shared"]
    assert counts() == nothing


def test_cash_payment_gives_a_kuitansi_each(village):
    periods.close_year(2025)
    income(500_000, date(2026, 1, 5), account="4-103")  # the cash box holds enough
    done = shu.post(2025, RAT, payment="cash")
    numbers = [n for (n,) in db.execute_sql("SELECT number FROM receipts ORDER BY number")]
    assert numbers == ["BKK/2026/000001", "BKK/2026/000002", "BKK/2026/000003"]  # money out
    assert len(done.entry_ids) == 4
    assert ledger.account_balance("2-301") == -16_700


def test_reverse_distribution_is_one_act_and_frees_the_year(village):
    periods.close_year(2025)
    done = shu.post(2025, RAT)
    stornos = shu.reverse(done.id, "Salah hitung", date(2026, 3, 20))
    assert len(stornos) == 2
    assert -ledger.account_balance("3-401") == 167_000
    assert [savings.balances(m).sukarela_rp for m in village] == [0, 0, 0]
    again = shu.post(2025, date(2026, 3, 21))
    assert again.standing and not shu.get(done.id).standing


def test_not_closed_year_and_date_in_year_refused(village):
    nothing = counts()
    with pytest.raises(Rejected) as refused:
        shu.post(2025, date(2025, 12, 31))
    assert refused.value.codes() == ["shu.decided_in_year", "shu.year_not_closed"]
    assert counts() == nothing


@pytest.mark.parametrize("percent, code", [("29", "shu.lines_not_100"), ("31", "shu.lines_not_100"),
                                           ("-1", "shu.percent_negative"), ("30,005", "shu.percent_unreadable"),
                                           (0.3, "shu.percent_unreadable")])
def test_bad_split_refused_beside_the_field(book, percent, code):
    lines = [(line.name, line.destination, line.percent) for line in rule.DEFAULT_RULE.lines]
    lines[0] = ("Dana cadangan", "3-301", percent)
    nothing = counts()
    with pytest.raises(Rejected) as refused:
        rule.set_rule(date(2025, 1, 1), lines)
    assert refused.value.codes() == [code]
    assert refused.value.issues[0].field == ("lines" if code == "shu.lines_not_100" else "lines.0.percent")
    assert counts() == nothing


def test_rule_is_dated(village):
    lines = [("Dana cadangan", "3-301", "50"), ("Jasa modal", "members_capital", "25,5"),
             ("Jasa pinjaman", "members_loans", "24.5")]
    rule.set_rule(date(2026, 1, 1), lines)
    assert rule.rule_for(2025) == rule.DEFAULT_RULE
    assert [line.percent_bp for line in rule.rule_for(2026).lines] == [5000, 2550, 2450]


def test_loss_year_split_nothing_and_covered_by_decision(book):
    a = member("Aminah")
    deposit(a, 100_000, date(2025, 2, 1))
    ledger.post_entry(date(2025, 1, 3), "Hibah", [ledger.debit("1-101", 80_000), ledger.credit("3-301", 80_000)])
    expense(30_000, date(2025, 4, 4))
    periods.close_year(2025)
    plan = shu.compute(2025)
    assert plan.shu_rp == -30_000 and plan.is_loss
    assert all(line.amount_rp == 0 for line in plan.lines) and all(m.total_rp == 0 for m in plan.members)
    nothing = counts()
    with pytest.raises(Rejected) as refused:
        shu.post(2025, RAT)
    assert refused.value.codes() == ["shu.loss_year"]
    assert counts() == nothing
    shu.decide_loss(2025, RAT, "reserve")
    assert ledger.account_balance("3-401") == 0
    assert -ledger.account_balance("3-301") == 50_000


def test_the_neraca_shows_last_years_shu_as_not_yet_shared_until_the_meeting(village):
    periods.close_year(2025)
    income(12_000, date(2026, 2, 2))

    def shu_lines(day):
        sheet = financial_statements.balance_sheet(day, day)
        assert "3-401" not in [line.code for line in sheet.equity.lines]
        assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp
        return {line.name: line.amount_rp for line in sheet.equity.lines if not line.code}

    assert shu_lines(date(2025, 12, 31)) == {financial_statements.SHU_CURRENT: 167_000}
    assert shu_lines(date(2026, 3, 1)) == {financial_statements.SHU_EARLIER: 167_000,
                                           financial_statements.SHU_CURRENT: 12_000}
    shu.post(2025, RAT)
    assert shu_lines(date(2026, 3, 31)) == {financial_statements.SHU_CURRENT: 12_000}
