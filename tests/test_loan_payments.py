"""Loan payments against DOMAIN.md: the flat example end to end, allocation denda → jasa →
pokok oldest first, partial payments, early payoff, overpayment, storno, refusals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from app import ledger, reversals
from app.db import db
from app.errors import Rejected
from app.ledger import debit
from app.loans import arrears, lifecycle, payments, state as st
from app.loans.payments import pay, payment_lines, record_allocations
from app.loans.schedule import generate

from loan_support import counts, disbursed, member, product

ON = date(2025, 1, 10)
DUE = [date(2025, m, 10) for m in range(2, 13)] + [date(2026, 1, 10)]


@pytest.fixture
def siti(book):
    return member()


@pytest.fixture
def loan(siti):
    return disbursed(siti, product(), 9_000_000, 12, on=ON)


def split(payment) -> list[tuple[int, str, int]]:
    return [(a.instalment_number, a.component, a.amount_rp) for a in payment.allocations]


def refused(*args, **kw) -> list:
    before = counts()
    with pytest.raises(Rejected) as info:
        pay(*args, **kw)
    assert counts() == before
    return [(i.code, i.params) for i in info.value.issues]


def test_domain_flat_example_end_to_end(siti, loan):
    assert ledger.account_balance("1-201") == 9_000_000
    for number, due in enumerate(DUE, start=1):
        payment = pay(loan, 840_000, due)
        assert split(payment) == [(number, "jasa", 90_000), (number, "pokok", 750_000)]
        assert payment.paid_off == (number == 12)
    assert lifecycle.get_loan(loan).status == "paid_off"
    assert ledger.account_balance("1-201") == 0
    assert ledger.account_balance("4-101") == -1_080_000
    assert ledger.member_balance(siti, "4-101") == -1_080_000  # jasa paid per member, for SHU
    assert ledger.account_balance("1-101") == 12 * 840_000  # the grant that paid her loan out is spent
    entry = ledger.get_entry(payment.entry_id)
    assert [(l.account, l.amount_rp) for l in entry.lines] == [("1-101", 840_000), ("4-101", -90_000), ("1-201", -750_000)]
    assert refused(loan, 1, date(2026, 2, 1)) == [("loan.paid_off", {})]


def test_payment_refusals_write_nothing(loan):
    assert refused(loan, 0, DUE[0]) == [("amount.not_positive", {})]
    assert refused(loan, -840_000, DUE[0]) == [("amount.not_positive", {})]
    assert refused(loan, 840_000.0, DUE[0]) == [("posting.not_whole_rupiah", {"amount": "840000.0"})]
    assert refused(loan, 840_000, date(2025, 1, 9)) == [("loan.before_disbursement", {"disbursed_on": ON})]
    assert refused(loan, 840_000, date(2026, 8, 18)) == [("date.in_future", {})]
    assert refused(loan, 9_090_001, DUE[0]) == [("loan.overpayment", {"max_rp": 9_090_000})]
    pay(loan, 840_000, DUE[1])
    assert refused(loan, 840_000, DUE[0]) == [("loan.payment_before_last", {"last_on": DUE[1]})]
    assert refused(99, 1, DUE[0]) == [("loan.not_found", {"loan_id": 99})]


def test_partial_payments_fill_the_oldest_instalment(loan):
    assert split(pay(loan, 500_000, DUE[0])) == [(1, "jasa", 90_000), (1, "pokok", 410_000)]
    assert split(pay(loan, 340_000, DUE[0])) == [(1, "pokok", 340_000)]
    # paid ahead: the next angsuran is paid whole, jasa first
    assert split(pay(loan, 100_000, DUE[0] + timedelta(days=3))) == [(2, "jasa", 90_000), (2, "pokok", 10_000)]
    assert lifecycle.outstanding(loan) == 9_000_000 - 760_000


def test_allocation_order_with_penalties(siti):
    late = disbursed(siti, product(penalty_kind="fixed", penalty_rp=5_000, grace_days=3), 9_000_000, 12, on=ON)
    assert arrears.denda_due(late, DUE[1] + timedelta(days=3)) == 5_000  # the second is still in grace
    on = DUE[1] + timedelta(days=4)
    assert split(pay(late, 1_000_000, on)) == [
        (1, "denda", 5_000), (2, "denda", 5_000), (1, "jasa", 90_000), (2, "jasa", 90_000),
        (1, "pokok", 750_000), (2, "pokok", 60_000),
    ]
    assert arrears.denda_due(late, on) == 0
    assert ledger.account_balance("4-102") == -10_000


def test_percent_penalties_accrue_by_day_on_the_unpaid_part(siti):
    for kind, rate in (("percent_day", D("0.001")), ("percent_month", D("0.03"))):  # 3 % a month = 0,1 % a day
        loan = disbursed(siti, product(name=kind, penalty_kind=kind, penalty_rate=rate), 9_000_000, 12, on=ON)
        assert arrears.denda_due(loan, DUE[0]) == 0
        # 10 late days (11..20 Feb) on Rp840.000
        assert split(pay(loan, 400_000, date(2025, 2, 20))) == [(1, "denda", 8_400), (1, "jasa", 90_000), (1, "pokok", 301_600)]
        # then 5 days (21..25 Feb) on the Rp448.400 left
        assert arrears.denda_due(loan, date(2025, 2, 25)) == 2_242


def test_reversing_a_payment_restores_the_schedule_exactly(siti):
    loan = disbursed(siti, product(penalty_kind="percent_day", penalty_rate=D("0.002")), 9_000_000, 12, on=ON)
    pay(loan, 840_000, DUE[0])
    late_day = DUE[2] + timedelta(days=9)
    card = payments.card(loan, late_day)
    balances = {code: ledger.account_balance(code) for code in ("1-101", "1-201", "4-101", "4-102")}
    payment = pay(loan, 1_000_000, late_day)
    assert payments.card(loan, late_day) != card
    reversals.reverse(payment.entry_id, "salah ketik", late_day)
    assert payments.card(loan, late_day) == card
    assert {code: ledger.account_balance(code) for code in balances} == balances
    assert lifecycle.outstanding(loan) == 8_250_000
    # and the corrected payment is split as the first would have been
    assert pay(loan, 1_000_000, late_day).allocations == payment.allocations


def test_reversing_the_payoff_reopens_the_loan(loan):
    payoff = pay(loan, payments.payoff_amount(loan, DUE[0]), DUE[0])
    assert lifecycle.get_loan(loan).status == "paid_off"
    reversals.reverse(payoff.entry_id, "uang palsu", DUE[0])
    assert (lifecycle.get_loan(loan).status, lifecycle.outstanding(loan)) == ("disbursed", 9_000_000)


def test_early_payoff_charges_the_current_period_only(loan):
    for due in DUE[:3]:
        pay(loan, 840_000, due)
    mid_period = date(2025, 4, 25)  # in period 4 (11 Apr - 10 May)
    assert payments.payoff_amount(loan, mid_period) == 6_750_000 + 90_000
    assert payments.payoff_amount(loan, DUE[2]) == 6_750_000  # on a due date the next period has not begun
    assert payments.amount_due(loan, mid_period) == 0
    payoff = pay(loan, 6_840_000, mid_period)
    assert split(payoff) == [(4, "jasa", 90_000), *[(n, "pokok", 750_000) for n in range(4, 13)]]
    assert payoff.paid_off and lifecycle.get_loan(loan).status == "paid_off"
    later = date(2026, 8, 17)  # the waived jasa of later periods is never due and earns no denda
    assert (payments.amount_due(loan, later), payments.payoff_amount(loan, later), arrears.days_past_due(loan, later)) == (0, 0, 0)
    assert ledger.account_balance("1-201") == 0
    assert ledger.account_balance("4-101") == -4 * 90_000


def test_overpayment_refused_or_put_into_sukarela(siti, loan):
    maximum = payments.payoff_amount(loan, DUE[0])
    assert refused(loan, maximum + 10_000, DUE[0]) == [("loan.overpayment", {"max_rp": maximum})]
    payment = pay(loan, maximum + 10_000, DUE[0], overpay_to_sukarela=True)
    assert (payment.to_sukarela_rp, payment.paid_off) == (10_000, True)
    assert ledger.member_balance(siti, "2-101") == -10_000
    assert ledger.account_balance("1-101") == maximum + 10_000  # the loan was paid out of a grant


def test_lines_for_a_combined_setoran(siti):
    flat = product()
    first = disbursed(siti, flat, 9_000_000, 12, on=ON)
    second = disbursed(siti, flat, 1_000_000, 10, on=ON)
    with db.atomic():
        before = counts()
        lines_a, alloc_a = payment_lines(first, 840_000, DUE[0])
        lines_b, alloc_b = payment_lines(second, 110_000, DUE[0])
        assert counts() == before  # building lines writes nothing
        wajib = [ledger.credit("3-102", 50_000, member_id=siti)]
        entry = ledger.post_entry(DUE[0], "Setoran", [debit("1-101", 1_000_000), *lines_a, *lines_b, *wajib])
        record_allocations(entry, alloc_a + alloc_b)
    assert lifecycle.outstanding(first) == 8_250_000
    assert lifecycle.outstanding(second) == 900_000
    with pytest.raises(ValueError):  # allocations that do not match the entry are a programming error
        record_allocations(entry, alloc_a)


def test_allocate_is_pure():
    rows = generate(1_000_000, D("0.02"), 4, "efektif", 100, date(2025, 2, 1), "monthly")
    state = st.LoanState(1, 1, 1_000_000, date(2025, 1, 1), rows, st.PenaltyRule("none", D(0), 0, 0), ())
    assert st.payoff_amount(state, date(2025, 1, 1)) == 1_000_000 + 20_000
    assert [(a.instalment_number, a.component, a.amount_rp) for a in st.allocate(state, 300_000, date(2025, 2, 1))] == [
        (1, "jasa", 20_000), (1, "pokok", rows[0].pokok_rp), (2, "jasa", rows[1].jasa_rp),
        (2, "pokok", 300_000 - 20_000 - rows[0].pokok_rp - rows[1].jasa_rp),
    ]
