"""PPAP: the allowance is Σ outstanding × rate by kolektibilitas (hand-made and random books),
posted once per change, rates refused beside their field; write-offs draw on it first; money
received on a written-off loan is income 4-304 with a kuitansi."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as hs

from app import financial_statements, ledger, receipts, reversals
from app.db import db
from app.errors import Rejected
from app.loans import allowance, arrears, lifecycle, written_off
from app.loans.payments import pay
from app.rounding import Rounding, round_rupiah

from loan_support import disbursed, fund, member, product

ON = date(2025, 1, 10)
FIRST_DUE = date(2025, 2, 10)
AS_OF = FIRST_DUE + timedelta(days=105)  # one loan 105 days late: Kurang Lancar


def _count(table: str) -> int:
    return db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def loans(book):
    """Two loans of Rp9.000.000 and Rp3.000.000; the first is paid on time up to AS_OF."""
    flat = product()
    good = disbursed(member("Siti"), flat, 9_000_000, 12, on=ON)
    late = disbursed(member("Aluh"), flat, 3_000_000, 12, on=ON)
    for month in range(2, 6):
        pay(good, 840_000, date(2025, month, 10))
    return good, late


def test_default_rates_and_the_chart(book):
    assert allowance.rates() == {"lancar": 50, "dalam_perhatian_khusus": 500, "kurang_lancar": 1000,
                                 "diragukan": 5000, "macet": 10_000}
    codes = {code: kind for code, kind in db.execute_sql("SELECT code, kind FROM accounts")}
    assert (codes["1-203"], codes["5-303"], codes["4-304"]) == ("asset", "expense", "income")


def test_required_is_outstanding_times_rate_by_class(loans):
    figures = allowance.allowance(AS_OF)
    by_class = {c.kolektibilitas: c for c in figures.classes}
    assert by_class["lancar"].outstanding_rp == 9_000_000 - 4 * 750_000
    assert by_class["kurang_lancar"].outstanding_rp == 3_000_000 and by_class["kurang_lancar"].loans == 1
    assert by_class["lancar"].required_rp == 30_000  # 0,5 % of 6.000.000
    assert by_class["kurang_lancar"].required_rp == 300_000
    assert figures.required_rp == 330_000 and figures.booked_rp == 0 and figures.difference_rp == 330_000


def test_post_twice_posts_once_and_releases_on_a_decrease(loans):
    good, late = loans
    entry_id, figures = allowance.post(AS_OF)
    assert figures.difference_rp == 330_000
    assert ledger.account_balance("1-203", AS_OF) == -330_000 and ledger.account_balance("5-303", AS_OF) == 330_000
    entries = _count("journal_entries")
    with pytest.raises(Rejected) as refused:
        allowance.post(AS_OF)
    assert refused.value.codes() == ["ppap.nothing_to_post"] and _count("journal_entries") == entries
    pay(late, 1_000_000, AS_OF)  # arrears partly paid
    later = allowance.allowance(AS_OF)
    assert later.difference_rp < 0
    allowance.post(AS_OF)
    assert allowance.booked(AS_OF) == later.required_rp


def test_rates_are_kept_exactly_and_bad_ones_refused_beside_their_field(book):
    assert allowance.set_rates({"lancar": "1", "dalam_perhatian_khusus": "2,25", "kurang_lancar": "12.5",
                                "diragukan": "0", "macet": "100"})["dalam_perhatian_khusus"] == 225
    assert allowance.rates()["kurang_lancar"] == 1250
    with pytest.raises(Rejected) as refused:
        allowance.set_rates({"lancar": "100,01", "dalam_perhatian_khusus": "-1", "kurang_lancar": "abc",
                             "diragukan": "0,125", "macet": "150"})
    assert [(i.field, i.code) for i in refused.value.issues] == [
        ("ppap.lancar", "ppap.percent_over_100"), ("ppap.dalam_perhatian_khusus", "shu.percent_negative"),
        ("ppap.kurang_lancar", "shu.percent_unreadable"), ("ppap.diragukan", "shu.percent_unreadable"),
        ("ppap.macet", "ppap.percent_over_100")]
    assert allowance.rates()["kurang_lancar"] == 1250  # nothing written


def test_post_refuses_a_future_date(loans):
    with pytest.raises(Rejected) as refused:
        allowance.post(date(2030, 1, 1))
    assert refused.value.codes() == ["date.in_future"]


def test_write_off_uses_the_allowance_first(loans):
    good, late = loans
    allowance.post(AS_OF)  # 330.000 set aside
    lifecycle.write_off(late, AS_OF, "Pindah ke luar daerah")
    assert ledger.account_balance("1-203", AS_OF) == 0  # all of it used
    assert ledger.account_balance("5-301", AS_OF) == 3_000_000 - 330_000
    assert ledger.account_balance("1-201", AS_OF) == 6_000_000
    [row] = written_off.written_off(AS_OF)
    assert (row.amount_rp, row.from_allowance_rp, row.expense_rp) == (3_000_000, 330_000, 2_670_000)


def test_write_off_within_the_allowance_charges_no_expense(loans):
    good, late = loans
    allowance.set_rates({"lancar": "50", "dalam_perhatian_khusus": "5", "kurang_lancar": "100",
                         "diragukan": "50", "macet": "100"})
    allowance.post(AS_OF)  # 3.000.000 + 3.000.000
    lifecycle.write_off(late, AS_OF, "Meninggal dunia")
    assert ledger.account_balance("1-203", AS_OF) == -3_000_000
    assert ledger.account_balance("5-301", AS_OF) == 0


def test_recovery_is_income_with_a_receipt(loans):
    good, late = loans
    lifecycle.write_off(late, AS_OF, "Pindah")
    on = AS_OF + timedelta(days=10)
    got = written_off.recover(late, on, 500_000)
    assert ledger.account_balance("4-304", on) == -500_000
    receipt = receipts.get(got.receipt_number)
    assert receipt.amount_rp == 500_000 and receipt.lines[0].purpose.startswith("Pemulihan piutang dihapus PJ/")
    [row] = written_off.written_off(on)
    assert (row.recovered_rp, row.unrecovered_rp) == (500_000, 2_500_000)
    assert [r.amount_rp for r in written_off.recoveries(on, loan_id=late)] == [500_000]
    rows = _count("loan_recoveries"), _count("journal_entries")
    for bad, code in ((2_500_001, "loan.recovery_too_much"), (0, "amount.not_positive")):
        with pytest.raises(Rejected) as refused:
            written_off.recover(late, on, bad)
        assert refused.value.codes() == [code]
    with pytest.raises(Rejected) as refused:
        written_off.recover(late, AS_OF - timedelta(days=1), 1_000)
    assert refused.value.codes() == ["loan.recovery_before_write_off"]
    with pytest.raises(Rejected) as refused:
        written_off.recover(good, on, 1_000)
    assert refused.value.codes() == ["loan.not_written_off"]
    assert (_count("loan_recoveries"), _count("journal_entries")) == rows


def test_allowance_is_a_deduction_on_the_neraca(loans):
    allowance.post(AS_OF)
    sheet = financial_statements.balance_sheet(AS_OF)
    lines = {line.code: line.amount_rp for line in sheet.assets.lines}
    assert lines["1-203"] == -330_000 and lines["1-201"] == 9_000_000
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp


@hsettings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(loans=hs.lists(hs.tuples(hs.integers(1, 40).map(lambda n: n * 250_000), hs.integers(0, 11)),
                      min_size=1, max_size=6),
       rates=hs.lists(hs.integers(0, 10_000), min_size=5, max_size=5),
       days=hs.integers(0, 400))
def test_allowance_is_sum_of_outstanding_times_rate(book, loans, rates, days):
    db.execute_sql("DELETE FROM settings WHERE key = ?", (allowance.RATES_KEY,))
    with db.atomic() as tx:
        flat = product(name="Acak")
        for i, (principal, paid) in enumerate(loans):
            loan = disbursed(member(f"Anggota {i}"), flat, principal, 12, on=ON)
            for month in range(paid):
                due = date(2025 + (month + 1) // 12, (month + 1) % 12 + 1, 10)
                pay(loan, lifecycle.schedule(loan)[month].total_rp, due)
        allowance.set_rates({name: f"{bp // 100},{bp % 100:02d}" for name, bp in zip(arrears.CLASSES, rates)})
        as_of = min(FIRST_DUE + timedelta(days=days), date(2026, 8, 17))
        expected = dict.fromkeys(arrears.CLASSES, 0)
        for loan_id, principal, paid in db.execute_sql(
                "SELECT l.id, l.principal_rp, (SELECT COALESCE(SUM(a.amount_rp), 0) FROM loan_allocations a"
                " JOIN journal_entries e ON e.id = a.entry_id WHERE a.loan_id = l.id AND a.component = 'pokok'"
                " AND e.entry_date <= ?) FROM loans l", (as_of.isoformat(),)):
            expected[arrears.classify(arrears.days_past_due(loan_id, as_of))] += principal - paid
        figures = allowance.allowance(as_of)
        assert sum(c.outstanding_rp for c in figures.classes) == ledger.account_balance("1-201", as_of)
        assert figures.required_rp == sum(
            round_rupiah(Fraction(expected[name] * bp, 10_000), Rounding.HALF_UP)
            for name, bp in zip(arrears.CLASSES, rates))
        if figures.difference_rp:
            allowance.post(as_of)
            assert allowance.booked(as_of) == figures.required_rp
        tx.rollback()


def test_a_reversed_recovery_no_longer_counts(loans):
    good, late = loans
    lifecycle.write_off(late, AS_OF, "Pindah")
    on = AS_OF + timedelta(days=3)
    got = written_off.recover(late, on, 400_000)
    reversals.reverse(got.entry_id, "salah catat", on)
    assert written_off.recoveries(on) == [] and ledger.account_balance("4-304", on) == 0
    assert written_off.written_off(on)[0].recovered_rp == 0
    assert receipts.get(got.receipt_number).cancelled
    assert written_off.recover(late, on, 3_000_000).amount_rp == 3_000_000  # all of it may come back again


def test_on_the_demo_book_the_allowance_ties_to_the_portfolio_and_the_ledger(book):
    from app import demo
    from app.documents.loan_portfolio import portfolio

    demo.populate()
    today = date(2026, 8, 17)
    classes = portfolio(today).classes
    figures = allowance.allowance(today)
    assert [(c.loans, c.outstanding_rp) for c in figures.classes] == [(c.loans, c.outstanding_rp) for c in classes]
    assert sum(c.outstanding_rp for c in figures.classes) == ledger.account_balance("1-201", today)
    assert figures.required_rp == sum(
        round_rupiah(Fraction(c.outstanding_rp * rate, 10_000), Rounding.HALF_UP)
        for c, rate in zip(classes, allowance.DEFAULT_RATES_BP.values()))
    allowance.post(today)
    assert -ledger.account_balance("1-203", today) == figures.required_rp
    sheet = financial_statements.balance_sheet(today)
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp
