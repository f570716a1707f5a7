"""Where a disbursed loan stands: pure functions of its schedule and the allocations of its
effective payments (entries neither reversed nor reversals), plus one loader for many loans.

Nothing here is stored: reversing a payment entry removes its allocations from every figure
below, so the schedule is back exactly as it was.

Rules (DOMAIN.md "Loans", with the choices it leaves open):
- A payment pays denda (oldest instalment first), then the jasa and then the pokok of the
  instalments due by its date (oldest first), then later instalments one by one, jasa before
  pokok (paying next month's angsuran early pays it whole).
- Early payoff is all remaining pokok plus the jasa of every period that has begun (for flat
  loans that is the current period's jasa only; later periods' jasa is not charged) plus the
  denda. Paying exactly that uses those items; more is an overpayment.
- A period has begun the day after the previous instalment's due date (the first at disbursement).
- Denda starts the day after due date + grace days, on the part of the instalment (pokok + jasa)
  still unpaid at the start of each day: fixed = once per late instalment; percent_day = rate
  per day; percent_month = rate per 30 days, pro rata by day. Whole rupiah, half up, per
  instalment.
- A loan is paid off when its outstanding pokok is 0: the order above pays every jasa and
  denda that is due before the last rupiah of pokok.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from app.dates import checked
from app.db import db
from app.errors import Rejected
from app.loans.schedule import ScheduleRow
from app.rounding import Rounding, round_rupiah

COMPONENTS = ("denda", "jasa", "pokok")
DAYS_PER_MONTH = 30  # percent_month denda is charged pro rata by day over a 30-day month


@dataclass(frozen=True)
class Allocation:
    """Part of a payment: which instalment of which loan, which component, how much."""

    loan_id: int
    instalment_number: int
    component: str  # denda, jasa or pokok
    amount_rp: int


class Paid(NamedTuple):  # a tuple, not a dataclass: a district's arrears list builds 100 000s
    on: date  # the payment entry's date
    instalment_number: int
    component: str
    amount_rp: int


@dataclass(frozen=True)
class PenaltyRule:
    kind: str  # none, fixed, percent_month, percent_day
    rate: Decimal
    amount_rp: int
    grace_days: int


@dataclass(frozen=True)
class LoanState:
    loan_id: int
    member_id: int
    principal_rp: int
    disbursed_on: date
    schedule: tuple[ScheduleRow, ...]
    penalty: PenaltyRule
    paid: tuple[Paid, ...]  # effective allocations, oldest first


@dataclass(frozen=True)
class InstalmentPosition:
    """One row of the loan card (kartu pinjaman) as of a date."""

    number: int
    due_date: date
    pokok_rp: int
    jasa_rp: int
    denda_rp: int  # accrued as of the date
    pokok_paid_rp: int
    jasa_paid_rp: int
    denda_paid_rp: int

    @property
    def unpaid_rp(self) -> int:
        """Angsuran (pokok + jasa) still unpaid; denda apart."""
        return self.pokok_rp + self.jasa_rp - self.pokok_paid_rp - self.jasa_paid_rp


# --- pure figures ----------------------------------------------------------------------------


def outstanding(state: LoanState) -> int:
    """Sisa pinjaman: principal less every pokok paid."""
    return state.principal_rp - sum(p.amount_rp for p in state.paid if p.component == "pokok")


def paid_off_on(state: LoanState) -> date | None:
    """The date of the payment that paid the last rupiah of pokok, if any. From then on the
    loan owes nothing: the jasa of periods not begun is waived and no denda accrues."""
    total = 0
    for p in state.paid:
        if p.component == "pokok":
            total += p.amount_rp
            if total == state.principal_rp:
                return p.on
    return None


def _by_instalment(state: LoanState) -> dict[int, list[Paid]]:
    grouped: dict[int, list[Paid]] = defaultdict(list)
    for p in state.paid:
        grouped[p.instalment_number].append(p)
    return grouped


def penalty(rule: PenaltyRule, row: ScheduleRow, payments: list[Paid], as_of: date) -> int:
    """Denda accrued on one instalment up to and including `as_of`; `payments` are those made
    to this instalment, oldest first."""
    late_from = row.due_date + timedelta(days=rule.grace_days + 1)
    if rule.kind == "none" or as_of < late_from:
        return 0
    angsuran = [(p.on, p.amount_rp) for p in payments if p.component != "denda"]
    unpaid = row.total_rp - sum(amount for on, amount in angsuran if on < late_from)
    if unpaid == 0:  # paid within the grace days: the usual case, so answered first
        return 0
    if rule.kind == "fixed":
        return rule.amount_rp
    # Sum of the amount unpaid at the start of each late day; a payment counts from the next day.
    unpaid_days, day = 0, late_from
    for on, amount in angsuran:
        if on < late_from:
            continue
        if on >= as_of:
            break
        next_day = on + timedelta(days=1)
        unpaid_days += unpaid * (next_day - day).days
        day, unpaid = next_day, unpaid - amount
    unpaid_days += unpaid * ((as_of - day).days + 1)
    daily = Fraction(rule.rate) / (DAYS_PER_MONTH if rule.kind == "percent_month" else 1)
    return round_rupiah(daily * unpaid_days, Rounding.HALF_UP)


def positions(state: LoanState, as_of: date) -> list[InstalmentPosition]:
    """Every instalment with what it has had paid up to `as_of` and its denda then."""
    grouped = _by_instalment(state)
    paid_off = paid_off_on(state)
    until = min(as_of, paid_off) if paid_off else as_of
    result = []
    for row in state.schedule:
        payments = grouped[row.number]
        paid = dict.fromkeys(COMPONENTS, 0)
        for p in payments:
            if p.on <= as_of:
                paid[p.component] += p.amount_rp
        result.append(InstalmentPosition(
            row.number, row.due_date, row.pokok_rp, row.jasa_rp, penalty(state.penalty, row, payments, until),
            paid["pokok"], paid["jasa"], paid["denda"],
        ))
    return result


def days_past_due(state: LoanState, as_of: date) -> int:
    """Days since the due date of the oldest instalment not fully paid by `as_of` (0: none late).
    Cheap on purpose (no denda): the arrears list runs it over every loan of a district."""
    paid_off = paid_off_on(state)
    if paid_off and paid_off <= as_of:
        return 0
    paid: dict[int, int] = defaultdict(int)
    for p in state.paid:
        if p.on <= as_of and p.component != "denda":
            paid[p.instalment_number] += p.amount_rp
    for row in state.schedule:
        if row.due_date >= as_of:
            return 0
        if paid[row.number] < row.total_rp:
            return (as_of - row.due_date).days
    return 0


def _items(state: LoanState, on: date, payoff: bool) -> list[tuple[int, str, int]]:
    """What a payment on `on` would pay, in order: (instalment, component, rupiah)."""
    if outstanding(state) == 0:
        return []
    rows = positions(state, on)
    items = [(r.number, "denda", r.denda_rp - r.denda_paid_rp) for r in rows]
    if payoff:
        begun = [r for i, r in enumerate(rows) if i == 0 or rows[i - 1].due_date < on]
        items += [(r.number, "jasa", r.jasa_rp - r.jasa_paid_rp) for r in begun]
        items += [(r.number, "pokok", r.pokok_rp - r.pokok_paid_rp) for r in rows]
    else:
        due = [r for r in rows if r.due_date <= on]
        items += [(r.number, "jasa", r.jasa_rp - r.jasa_paid_rp) for r in due]
        items += [(r.number, "pokok", r.pokok_rp - r.pokok_paid_rp) for r in due]
        for r in rows[len(due):]:
            items += [(r.number, "jasa", r.jasa_rp - r.jasa_paid_rp), (r.number, "pokok", r.pokok_rp - r.pokok_paid_rp)]
    return [item for item in items if item[2] > 0]


def payoff_amount(state: LoanState, on: date) -> int:
    """Pelunasan on `on`: remaining pokok + jasa of the periods begun + denda."""
    return sum(amount for _, _, amount in _items(state, on, payoff=True))


def amount_due(state: LoanState, on: date) -> int:
    """What is due on `on` (for the Setoran screen and the collection sheet): denda and the
    unpaid jasa and pokok of every instalment due by then."""
    return sum(amount for n, component, amount in _items(state, on, payoff=False)
               if component == "denda" or state.schedule[n - 1].due_date <= on)


def allocate(state: LoanState, amount_rp: int, on: date) -> list[Allocation]:
    """Split a payment of `amount_rp` on `on` over the loan; more than the payoff is refused."""
    maximum = payoff_amount(state, on)
    if amount_rp > maximum:
        raise Rejected.one("amount_rp", "loan.overpayment", max_rp=maximum)
    allocations, left = [], amount_rp
    for number, component, amount in _items(state, on, payoff=amount_rp == maximum):
        take = min(amount, left)
        allocations.append(Allocation(state.loan_id, number, component, take))
        left -= take
        if not left:
            break
    return allocations


# --- loading ---------------------------------------------------------------------------------

_LOANS = (
    "SELECT id, member_id, principal_rp, disbursed_on, penalty_kind, penalty_rate, penalty_rp, grace_days"
    " FROM loans WHERE disbursed_on IS NOT NULL AND {where}"
)
_INSTALMENTS = (
    "SELECT i.loan_id, i.number, i.due_date, i.pokok_rp, i.jasa_rp FROM loan_instalments i"
    " WHERE i.loan_id IN (SELECT id FROM loans WHERE disbursed_on IS NOT NULL AND {where})"
    " ORDER BY i.loan_id, i.number"
)
_PAID = (
    "SELECT a.loan_id, e.entry_date, a.instalment_number, a.component, a.amount_rp"
    # CROSS JOIN keeps the allocations outermost: SQLite would otherwise walk every entry of
    # the book that is not reversed (a district's million) and probe the allocations of each.
    " FROM loan_allocations a CROSS JOIN journal_entries e ON e.id = a.entry_id"
    " WHERE e.reversed_by_id IS NULL AND e.reverses_id IS NULL"
    " AND a.loan_id IN (SELECT id FROM loans WHERE disbursed_on IS NOT NULL AND {where})"
    " ORDER BY a.loan_id, e.entry_date, a.id"
)


# The same few hundred dates recur in every row of a book; parse each once.
_day = lru_cache(maxsize=4096)(date.fromisoformat)


def load_states(where: str = "1 = 1", params: tuple = ()) -> dict[int, LoanState]:
    """The state of every disbursed loan matching `where` (an SQL condition on the loans table,
    with ? parameters), in three queries whatever the number of loans: the arrears list reads
    a district's loans at once."""
    instalments: dict[int, list[tuple]] = defaultdict(list)
    for loan_id, *row in db.execute_sql(_INSTALMENTS.format(where=where), params):
        instalments[loan_id].append(row)
    paid: dict[int, list[Paid]] = defaultdict(list)
    for loan_id, on, number, component, amount in db.execute_sql(_PAID.format(where=where), params):
        paid[loan_id].append(Paid(_day(on), number, component, amount))
    states = {}
    for loan_id, member_id, principal, disbursed_on, kind, rate, penalty_rp, grace in db.execute_sql(
        _LOANS.format(where=where), params
    ):
        schedule, left = [], principal
        for number, due, pokok, jasa in instalments[loan_id]:
            left -= pokok
            schedule.append(ScheduleRow(number, _day(due), pokok, jasa, pokok + jasa, left))
        states[loan_id] = LoanState(
            loan_id, member_id, principal, date.fromisoformat(disbursed_on), tuple(schedule),
            PenaltyRule(kind, Decimal(rate), penalty_rp, grace), tuple(paid[loan_id]),
        )
    return states


@checked
def load_state(loan_id: int) -> LoanState:
    found = load_states("id = ?", (loan_id,))
    if loan_id not in found:
        raise Rejected.one("loan", "loan.not_disbursed", loan_id=loan_id)
    return found[loan_id]
