"""A member leaves (anggota keluar): pokok + wajib + sukarela back, less what she still owes on
loans (DOMAIN.md "Savings").

`settle` posts ONE entry in ONE transaction: it debits her three savings, pays off each of her
open loans (denda, jasa and pokok credited as app.loans.payments allocates the payoff, and the
allocations kept, so the loans read paid off and 1-201 stays the sum of all outstanding), and
credits cash with the net pay-out; she is marked left in the same transaction, with a receipt for
the cash she is handed (or, when none, for the loans her savings paid off). If her savings
do not cover the payoffs, nothing is written (savings.debt_exceeds_savings).

Refusal fields: member, entry_date, cash_account, owed_rp.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import ledger, members, receipts, savings
from app.access import roles
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.ledger import Line, credit
from app.loans import lifecycle
from app.loans.payments import payment_lines, payoff_amount, record_allocations
from app.loans.state import Allocation

CASH = "1-101"


@dataclass(frozen=True)
class LoanPayoff:
    loan_id: int
    number: str
    denda_rp: int
    jasa_rp: int
    pokok_rp: int
    total_rp: int  # the payoff (pelunasan) on the day


@dataclass(frozen=True)
class Settlement:
    pokok_rp: int
    wajib_rp: int
    sukarela_rp: int
    loans: tuple[LoanPayoff, ...]  # oldest first
    owed_rp: int  # the loans' payoffs together
    payout_rp: int  # what she is handed: savings less owed, never below 0

    @property
    def savings_rp(self) -> int:
        return self.pokok_rp + self.wajib_rp + self.sukarela_rp


@dataclass(frozen=True)
class SettlementResult:
    entry_id: int | None  # None when she held nothing and owed nothing
    receipt_number: str | None  # the pay-out she signs for, or (no cash) the loans paid off from her savings
    payout_rp: int


def _payoffs(member_id: int, on: date) -> tuple[list[LoanPayoff], list[Line], list[Allocation]]:
    """Each open loan's payoff on `on` with its credit lines and allocations; writes nothing."""
    loans, lines, allocations = [], [], []
    open_loans = [loan for loan in lifecycle.list_loans(member_id) if loan.status == "disbursed"]
    for loan in sorted(open_loans, key=lambda l: (l.disbursed_on, l.id)):
        try:
            loan_lines, loan_allocations = payment_lines(loan.id, payoff_amount(loan.id, on), on)
        except Rejected as refused:  # e.g. a date before her last payment: the dialog's date field
            raise Rejected([Issue("entry_date" if i.field == "on" else i.field, i.code, i.params)
                            for i in refused.issues]) from None
        paid = {c: sum(a.amount_rp for a in loan_allocations if a.component == c) for c in ("denda", "jasa", "pokok")}
        loans.append(LoanPayoff(loan.id, loan.number, paid["denda"], paid["jasa"], paid["pokok"], sum(paid.values())))
        lines += loan_lines
        allocations += loan_allocations
    return loans, lines, allocations


def _plan(member_id: int, on: date, cash_account: str):
    member = savings.leaving_member(member_id, on, cash_account)
    held = savings.balances(member_id)
    loans, loan_lines, allocations = _payoffs(member_id, on)
    owed = sum(loan.total_rp for loan in loans)
    settlement = Settlement(held.pokok_rp, held.wajib_rp, held.sukarela_rp, tuple(loans), owed,
                            max(held.total_rp - owed, 0))
    return member, held, settlement, loan_lines, allocations


@checked
def preview(member_id: int, on: date) -> Settlement:
    """What leaving on `on` would do; refuses what settle() would, except a debt above her
    savings (the dialog shows that figure and settle() refuses it)."""
    return _plan(member_id, on, CASH)[2]


@roles.needs("money")
@checked
def settle(member_id: int, on: date, cash_account: str = CASH) -> SettlementResult:
    """She leaves on `on`: one entry pays her loans off from her savings and hands her the rest
    from `cash_account`; she is marked left. All in one transaction, or nothing."""
    with db.atomic():
        members.hold([member_id])
        member, held, settlement, loan_lines, allocations = _plan(member_id, on, cash_account)
        if settlement.owed_rp > held.total_rp:
            raise Rejected.one("owed_rp", "savings.debt_exceeds_savings",
                               owed_rp=settlement.owed_rp, savings_rp=held.total_rp)
        lines = [*savings.payout_lines(member_id, held), *loan_lines]
        if settlement.payout_rp:
            lines.append(credit(cash_account, settlement.payout_rp, member_id=member_id))
        entry_id = receipt = None
        if lines:
            entry_id = ledger.post_entry(on, f"Pengembalian simpanan, anggota keluar – {savings.label(member)}", lines)
        if allocations:
            record_allocations(entry_id, allocations)
        if settlement.payout_rp:  # cash out: she signs for it, less the loans paid off
            receipt = receipts.issue(entry_id, member_id, settlement.payout_rp)
        elif allocations:  # no cash: a receipt for the loans her savings paid off
            receipt = receipts.issue(entry_id, member_id, settlement.owed_rp)
        members.mark_left(member_id, on, entry_id)
    return SettlementResult(entry_id, receipt, settlement.payout_rp)
