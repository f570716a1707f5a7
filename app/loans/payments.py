"""Loan payments (angsuran): one journal entry per payment, its split kept as allocations.

`pay` posts a payment of one loan and numbers its kuitansi in the same transaction. A combined Setoran (one entry, one receipt for a member's
savings and several loans) uses `payment_lines` for each loan — at most once per loan per
entry, all inside the caller's transaction — adds its own cash debit and savings lines, posts,
then calls `record_allocations` with the entry id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import clock, ledger, receipts
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.ledger import Line, credit, debit
from app.loans import lifecycle
from app.loans import state as st
from app.loans.checks import is_date, rupiah_issues
from app.loans.lifecycle import RECEIVABLE
from app.loans.state import Allocation
from app.models import Member

ACCOUNTS = {"denda": "4-102", "jasa": "4-101", "pokok": RECEIVABLE}
SUKARELA = "2-101"


@dataclass(frozen=True)
class Payment:
    entry_id: int
    allocations: tuple[Allocation, ...]
    to_sukarela_rp: int  # the excess put into simpanan sukarela, if the officer chose so
    paid_off: bool
    receipt_number: str  # the kuitansi she takes home (KW/2026/000123)


@dataclass(frozen=True)
class OpenLoan:
    """A disbursed loan as read by a caller that loaded many at once (st.load_states with
    status = 'disbursed', inside the transaction that pays them): what payment_lines would
    otherwise read again."""

    number: str
    state: st.LoanState


def _checked(loan_id: int, amount_rp: int, on: date, known: OpenLoan | None = None) -> tuple[OpenLoan, st.LoanState]:
    """The loan and its state, once everything but an overpayment is known to be right."""
    if known is None:
        row = db.execute_sql("SELECT status, number FROM loans WHERE id = ?", (loan_id,)).fetchone()
        if row is None:
            raise Rejected.one("loan", "loan.not_found", loan_id=loan_id)
        if row[0] != "disbursed":
            raise Rejected.one("loan", "loan.wrong_status", status=row[0])
        known = OpenLoan(row[1], st.load_state(loan_id))
    elif known.state.loan_id != loan_id:
        raise ValueError(f"loan {loan_id} given the state of loan {known.state.loan_id}")
    state = known.state
    issues = rupiah_issues("amount_rp", amount_rp)
    if st.outstanding(state) == 0:
        issues.append(Issue("loan", "loan.paid_off"))
    if not is_date(on):
        issues.append(Issue("on", "date.unreadable"))
    elif on > clock.today():
        issues.append(Issue("on", "date.in_future"))
    elif on < state.disbursed_on:
        issues.append(Issue("on", "loan.before_disbursement", {"disbursed_on": state.disbursed_on}))
    elif state.paid and on < state.paid[-1].on:
        # Denda is worked out from the order of payments: one dated before a later one would
        # change what that later payment was split into.
        issues.append(Issue("on", "loan.payment_before_last", {"last_on": state.paid[-1].on}))
    if issues:
        raise Rejected(issues)
    return known, state


def _lines(loan: OpenLoan, allocations: list[Allocation]) -> list[Line]:
    lines = []
    for component, account in ACCOUNTS.items():
        amount = sum(a.amount_rp for a in allocations if a.component == component)
        if amount:
            lines.append(credit(account, amount, member_id=loan.state.member_id, memo=loan.number))
    return lines


@checked
def payment_lines(loan_id: int, amount_rp: int, on: date,
                  known: OpenLoan | None = None) -> tuple[list[Line], list[Allocation]]:
    """The credit lines (4-102 denda, 4-101 jasa, 1-201 pokok, tagged with the member) and the
    allocations of paying `amount_rp` on `on`; writes nothing. The caller debits the cash.
    `known`: the loan already loaded in this transaction (a collection sheet loads them all at
    once); it is checked as a loan read here would be."""
    loan, state = _checked(loan_id, amount_rp, on, known)
    allocations = st.allocate(state, amount_rp, on)
    return _lines(loan, allocations), allocations


@roles.needs("money")
@checked
def record_allocations(entry_id: int, allocations: list[Allocation]) -> None:
    """Keep the split of a posted entry. The entry's denda, jasa and pokok postings must match
    the allocations (a mismatch is a programming error: it would make the schedule lie)."""
    posted = dict.fromkeys(ACCOUNTS.values(), 0)
    posted.update(db.execute_sql(
        "SELECT a.code, -SUM(p.amount_rp) FROM postings p JOIN accounts a ON a.id = p.account_id"
        f" WHERE p.entry_id = ? AND a.code IN ({','.join('?' * len(ACCOUNTS))}) GROUP BY a.code",
        (entry_id, *ACCOUNTS.values()),
    ).fetchall())
    allocated = {account: sum(a.amount_rp for a in allocations if ACCOUNTS[a.component] == account)
                 for account in ACCOUNTS.values()}
    if posted != allocated:
        raise ValueError(f"entry {entry_id} posts {posted} but the allocations say {allocated}")
    current().insert_many(  # plain SQL: a collection sheet records 200 payments' allocations
        db, "INSERT INTO loan_allocations (entry_id, loan_id, instalment_number, component, amount_rp)"
        " VALUES (?, ?, ?, ?, ?)",
        [(entry_id, a.loan_id, a.instalment_number, a.component, a.amount_rp) for a in allocations],
    )


@roles.needs("money")
@checked
def pay(loan_id: int, amount_rp: int, on: date, cash_account: str = "1-101",
        overpay_to_sukarela: bool = False) -> Payment:
    """Post a payment: debit cash, credit denda, jasa and pokok as allocated, and number its
    kuitansi, in one transaction. More than the payoff amount is refused (loan.overpayment, with
    the maximum) unless the officer chose to put the excess into the member's simpanan sukarela
    (2-101)."""
    with db.atomic():
        lifecycle.hold(loan_id)
        loan, state = _checked(loan_id, amount_rp, on)
        to_loan = min(amount_rp, st.payoff_amount(state, on)) if overpay_to_sukarela else amount_rp
        allocations = st.allocate(state, to_loan, on)
        lines = [debit(cash_account, amount_rp, memo=loan.number), *_lines(loan, allocations)]
        if amount_rp > to_loan:
            lines.append(credit(SUKARELA, amount_rp - to_loan, member_id=state.member_id, memo=loan.number))
        name = Member.get_by_id(state.member_id).name
        entry_id = ledger.post_entry(on, f"Angsuran pinjaman {loan.number} – {name}", lines, loan.number)
        record_allocations(entry_id, allocations)
        number = receipts.issue(entry_id, state.member_id, amount_rp)
        pokok = sum(a.amount_rp for a in allocations if a.component == "pokok")
    return Payment(entry_id, tuple(allocations), amount_rp - to_loan, pokok == st.outstanding(state), number)


@checked
def payoff_amount(loan_id: int, on: date) -> int:
    """Pelunasan: what pays the loan off on `on` (remaining pokok, jasa of the periods begun, denda)."""
    return st.payoff_amount(st.load_state(loan_id), on)


@checked
def amount_due(loan_id: int, on: date) -> int:
    """What is due on `on`: denda and the unpaid angsuran of every instalment due by then."""
    return st.amount_due(st.load_state(loan_id), on)


@checked
def card(loan_id: int, as_of: date) -> list[st.InstalmentPosition]:
    """The loan card (kartu pinjaman): each instalment with what it has had paid and its denda."""
    return st.positions(st.load_state(loan_id), as_of)
