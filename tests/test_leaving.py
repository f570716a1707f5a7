"""A member leaves: her savings back less the payoff of her loans, in one entry that the loans
module and the ledger agree on; refusals write nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app import leaving, ledger, receipts, savings
from app.db import db
from app.errors import Rejected
from app.leaving import LoanPayoff, Settlement, SettlementResult
from app.loans import lifecycle
from app.members import get_member
from app.savings import SavingsBalances
from loan_support import disbursed, fund, member, product

TODAY = date(2026, 8, 17)
TABLES = ("journal_entries", "postings", "members", "loan_allocations", "receipts", "sequences")


def dump() -> dict[str, list]:
    return {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def refused(*args, **kwargs) -> list[tuple]:
    """settle() refused, and not a row changed; the issues as tuples."""
    before = dump()
    with pytest.raises(Rejected) as info:
        leaving.settle(*args, **kwargs)
    assert dump() == before
    return [(i.field, i.code, i.params) for i in info.value.issues]


def lines(entry_id: int) -> list[tuple]:
    return [(l.account, l.amount_rp, l.member_id, l.memo) for l in ledger.get_entry(entry_id).lines]


def receivable_matches_loans() -> bool:
    return ledger.account_balance("1-201") == sum(loan.outstanding_rp for loan in lifecycle.list_loans())


@pytest.fixture
def siti(book) -> int:
    siti = member("Siti Aminah")
    savings.deposit(siti, "pokok", 10_000, date(2025, 1, 2))
    savings.deposit(siti, "wajib", 90_000, date(2026, 7, 1))
    savings.deposit(siti, "sukarela", 200_000, date(2026, 7, 1))
    return siti


@pytest.fixture
def free_loan(siti) -> int:
    """Interest free, no denda, first due after today: its payoff is the Rp200.000 principal."""
    return disbursed(siti, product(interest_free=True, rate=Decimal(0)), 200_000, 4, on=date(2026, 8, 1))


def test_her_loan_is_paid_off_from_her_savings_in_one_entry(siti, free_loan):
    other = disbursed(member("Ani"), product(name="Lain"), 1_000_000, 10, on=date(2026, 8, 1))
    fund(TODAY, 100_000)  # the box was emptied by Ani's loan
    number = lifecycle.get_loan(free_loan).number
    assert leaving.preview(siti, TODAY) == Settlement(
        10_000, 90_000, 200_000, (LoanPayoff(free_loan, number, 0, 0, 200_000, 200_000),), 200_000, 100_000)
    cash, entries = ledger.account_balance("1-101"), db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()

    result = leaving.settle(siti, TODAY)

    assert db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0] == entries[0] + 1
    assert lines(result.entry_id) == [
        ("3-101", 10_000, siti, ""), ("3-102", 90_000, siti, ""), ("2-101", 200_000, siti, ""),
        ("1-201", -200_000, siti, number), ("1-101", -100_000, siti, ""),
    ]
    assert result == SettlementResult(result.entry_id, result.receipt_number, 100_000)
    assert ledger.account_balance("1-101") - cash == -100_000
    assert lifecycle.get_loan(free_loan).status == "paid_off" and lifecycle.outstanding(free_loan) == 0
    assert lifecycle.outstanding(other) == 1_000_000
    assert receivable_matches_loans()
    assert get_member(siti).left_on == TODAY
    assert savings.balances(siti) == SavingsBalances(0, 0, 0, 0)
    receipt = receipts.get(result.receipt_number)  # the cash she is handed, less her loan
    assert (receipt.entry_id, receipt.amount_rp, receipt.direction) == (result.entry_id, 100_000, receipts.OUT)
    assert [(line.purpose, line.amount_rp) for line in receipt.lines] == [
        ("Pengembalian simpanan pokok", 10_000), ("Pengembalian simpanan wajib", 90_000),
        ("Pengembalian simpanan sukarela", 200_000), (f"Dipotong: Angsuran pokok {number}", -200_000)]


def test_payoff_with_jasa_and_denda_lines(siti):
    late = product(name="Denda", penalty_kind="fixed", penalty_rp=5_000)
    loan = disbursed(siti, late, 200_000, 2, on=date(2026, 6, 10))  # 10 July and 10 August unpaid
    number = lifecycle.get_loan(loan).number
    settlement = leaving.preview(siti, TODAY)
    (payoff,) = settlement.loans
    assert (payoff.denda_rp, payoff.jasa_rp, payoff.pokok_rp) == (10_000, 4_000, 200_000)
    assert settlement.payout_rp == 300_000 - payoff.total_rp
    fund(TODAY, 86_000, "1-102")
    result = leaving.settle(siti, TODAY, cash_account="1-102")
    assert lines(result.entry_id)[3:] == [
        ("4-102", -10_000, siti, number), ("4-101", -4_000, siti, number), ("1-201", -200_000, siti, number),
        ("1-102", -86_000, siti, ""),
    ]
    assert lifecycle.outstanding(loan) == 0 and receivable_matches_loans()


def test_debt_above_her_savings_is_refused_writing_nothing(siti):
    loan = disbursed(siti, product(interest_free=True, rate=Decimal(0)), 400_000, 4, on=date(2026, 8, 1))
    assert leaving.preview(siti, TODAY).payout_rp == 0  # shown, so the officer sees why
    assert refused(siti, TODAY) == [
        ("owed_rp", "savings.debt_exceeds_savings", {"owed_rp": 400_000, "savings_rp": 300_000})
    ]
    assert get_member(siti).active and lifecycle.outstanding(loan) == 400_000


def test_debt_equal_to_her_savings_pays_nothing_out(siti):
    disbursed(siti, product(interest_free=True, rate=Decimal(0)), 300_000, 4, on=date(2026, 8, 1))
    result = leaving.settle(siti, TODAY)
    assert result.payout_rp == 0
    receipt = receipts.get(result.receipt_number)  # no cash: a receipt for the loan her savings paid
    assert (receipt.amount_rp, receipt.direction) == (300_000, receipts.IN)
    assert [line[0] for line in lines(result.entry_id)] == ["3-101", "3-102", "2-101", "1-201"]


def test_without_loans_her_savings_come_back(book):
    siti, budi = member("Siti"), member("Budi")
    savings.deposit(siti, "sukarela", 30_000, date(2026, 3, 1), cash_account="1-102")
    result = leaving.settle(siti, TODAY, cash_account="1-102")
    assert lines(result.entry_id) == [("2-101", 30_000, siti, ""), ("1-102", -30_000, siti, "")]
    assert result.payout_rp == 30_000
    receipt = receipts.get(result.receipt_number)
    assert (receipt.amount_rp, receipt.direction, receipt.member_id) == (30_000, receipts.OUT, siti)
    # Nothing held, nothing owed: no entry, but she has left.
    before = dump()
    assert leaving.settle(budi, date(2026, 8, 1)) == SettlementResult(None, None, 0)
    assert {t: rows for t, rows in dump().items() if t != "members"} == {
        t: rows for t, rows in before.items() if t != "members"}
    assert get_member(budi).left_on == date(2026, 8, 1)


def test_refusals_write_nothing(siti, free_loan):
    assert refused(siti, date(2026, 6, 1)) == [
        ("entry_date", "savings.entries_after_leaving", {"last_date": date(2026, 7, 1)})
    ]
    assert refused(siti, date(2026, 8, 18)) == [("entry_date", "date.in_future", {})]
    assert refused(siti, date(2024, 12, 1)) == [
        ("entry_date", "savings.before_joining", {"joined_on": date(2025, 1, 2)})
    ]
    assert refused(siti, date(2026, 7, 20)) == [  # her loan was paid out later than that
        ("entry_date", "loan.before_disbursement", {"disbursed_on": date(2026, 8, 1)})
    ]
    assert refused(siti, TODAY, cash_account="1-201") == [
        ("cash_account", "savings.not_cash_account", {"account": "1-201"})
    ]
    assert refused(999, TODAY) == [("member", "member.not_found", {"member_id": 999})]
    assert get_member(siti).active
    leaving.settle(siti, date(2026, 8, 1))
    assert refused(siti, date(2026, 8, 2)) == [("member", "member.already_left", {"left_on": date(2026, 8, 1)})]
