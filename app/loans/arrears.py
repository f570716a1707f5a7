"""Arrears (tunggakan): days past due, kolektibilitas class, denda as of a date, the list.

Kolektibilitas thresholds are days past due, kept in the book's settings so they travel with
backups (*default* from DOMAIN.md): Lancar 0; Dalam Perhatian Khusus 1–90; Kurang Lancar
91–120; Diragukan 121–180; Macet above 180.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from app import settings
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Rejected
from app.loans import state as st

CLASSES = ("lancar", "dalam_perhatian_khusus", "kurang_lancar", "diragukan", "macet")
THRESHOLDS_KEY = "kolektibilitas_days"
DEFAULT_THRESHOLDS = (90, 120, 180)  # the last day of DPK, Kurang Lancar and Diragukan
MAX_THRESHOLD_DAYS = 3650


@dataclass(frozen=True)
class ArrearsRow:
    loan_id: int
    loan_number: str
    member_id: int
    member_number: int
    member_name: str
    days_past_due: int
    kolektibilitas: str
    overdue_rp: int  # angsuran (pokok + jasa) due and unpaid
    denda_rp: int  # denda accrued and unpaid
    outstanding_rp: int


def thresholds() -> tuple[int, int, int]:
    value = settings.get(THRESHOLDS_KEY)
    return tuple(int(part) for part in value.split(",")) if value else DEFAULT_THRESHOLDS


@roles.needs("close")
@checked
def set_thresholds(dpk_max: int, kurang_lancar_max: int, diragukan_max: int) -> None:
    values = (dpk_max, kurang_lancar_max, diragukan_max)
    if not all(type(v) is int for v in values) or not 1 <= dpk_max < kurang_lancar_max < diragukan_max <= MAX_THRESHOLD_DAYS:
        raise Rejected.one("kolektibilitas", "loan.bad_thresholds", max=MAX_THRESHOLD_DAYS)
    with db.atomic():
        settings._put(THRESHOLDS_KEY, ",".join(map(str, values)))


@checked
def classify(days_past_due: int, limits: tuple[int, int, int] | None = None) -> str:
    if days_past_due <= 0:
        return CLASSES[0]
    for name, last_day in zip(CLASSES[1:], limits or thresholds()):
        if days_past_due <= last_day:
            return name
    return CLASSES[-1]


@checked
def days_past_due(loan_id: int, as_of: date) -> int:
    return st.days_past_due(st.load_state(loan_id), as_of)


@checked
def denda_due(loan_id: int, as_of: date) -> int:
    """Denda accrued on the loan up to `as_of` and not yet paid."""
    return sum(r.denda_rp - r.denda_paid_rp for r in st.positions(st.load_state(loan_id), as_of))


@dataclass(frozen=True)
class Standing:
    """Where one loan stands on a date: what the loan card, the portfolio and the allowance read."""

    days_past_due: int
    kolektibilitas: str
    pokok_overdue_rp: int  # pokok of instalments due before the date and unpaid on it
    jasa_overdue_rp: int
    denda_rp: int  # accrued and unpaid
    outstanding_rp: int

    @property
    def overdue_rp(self) -> int:
        return self.pokok_overdue_rp + self.jasa_overdue_rp


def standing(state: st.LoanState, as_of: date, limits: tuple[int, int, int] | None = None) -> Standing:
    """The one computation of a loan's arrears and class on `as_of` (payments in `state` only)."""
    rows = st.positions(state, as_of)
    late = [r for r in rows if r.due_date < as_of]
    days = st.days_past_due(state, as_of)
    return Standing(days, classify(days, limits), sum(r.pokok_rp - r.pokok_paid_rp for r in late),
                    sum(r.jasa_rp - r.jasa_paid_rp for r in late), sum(r.denda_rp - r.denda_paid_rp for r in rows),
                    st.outstanding(state))


# Allocations of the payments made on or before the date, as the ledger saw them then: entries
# reversed later still count, reversals (and the entries they cancelled by then) do not.
_PAID_AS_OF = """
    SELECT a.loan_id, e.entry_date, a.instalment_number, a.component, a.amount_rp
    FROM loan_allocations a CROSS JOIN journal_entries e ON e.id = a.entry_id
    LEFT JOIN journal_entries r ON r.id = e.reversed_by_id
    WHERE e.reverses_id IS NULL AND e.entry_date <= ?1
      AND (e.reversed_by_id IS NULL OR r.entry_date > ?1)
    ORDER BY a.loan_id, e.entry_date, a.id"""

_ON_BOOK = "disbursed_on IS NOT NULL AND disbursed_on <= ?1 AND (written_off_on IS NULL OR written_off_on > ?1)"


@checked
def states_on(as_of: date) -> dict[int, st.LoanState]:
    """The loans on the book at the end of `as_of` (disbursed by then, not yet written off), with
    their payments as the ledger held them that day, so their outstanding sums to 1-201 then."""
    states = st.load_states(_ON_BOOK, (as_of.isoformat(),))
    paid: dict[int, list[st.Paid]] = {}
    for loan_id, on, number, component, amount in db.execute_sql(_PAID_AS_OF, (as_of.isoformat(),)):
        paid.setdefault(loan_id, []).append(st.Paid(date.fromisoformat(on), number, component, amount))
    return {loan_id: replace(state, paid=tuple(paid.get(loan_id, ()))) for loan_id, state in states.items()}


def _row(state: st.LoanState, loan, as_of: date, limits) -> ArrearsRow:
    now = standing(state, as_of, limits)
    return ArrearsRow(state.loan_id, loan[0], state.member_id, loan[1], loan[2], now.days_past_due,
                      now.kolektibilitas, now.overdue_rp, now.denda_rp, now.outstanding_rp)


# A necessary condition for being past due on a date, in one query: the instalments due before
# it are owed more (pokok + jasa) than was paid to them by then. It only narrows which loans
# are loaded; st.days_past_due decides (e.g. a paid-off loan's waived jasa is not arrears).
_MAYBE_LATE = """
    SELECT i.loan_id FROM loans l CROSS JOIN loan_instalments i ON i.loan_id = l.id
    WHERE l.status = 'disbursed' AND i.due_date < ?1 {members}
    GROUP BY i.loan_id
    HAVING SUM(i.pokok_rp + i.jasa_rp) > (
        SELECT COALESCE(SUM(a.amount_rp), 0) FROM loan_allocations a
        CROSS JOIN journal_entries e ON e.id = a.entry_id
        CROSS JOIN loan_instalments j ON j.loan_id = a.loan_id AND j.number = a.instalment_number
        WHERE a.loan_id = i.loan_id AND a.component <> 'denda' AND j.due_date < ?1
            AND e.entry_date <= ?1 AND e.reversed_by_id IS NULL AND e.reverses_id IS NULL)"""


def _late_states(as_of: date, member_ids: list[int] | None = None) -> list[st.LoanState]:
    engine = current()
    members = "" if member_ids is None else f"AND l.member_id IN ({engine.json_ids('?2')})"
    params = (as_of.isoformat(),) if member_ids is None else (as_of.isoformat(), json.dumps(member_ids))
    ids = [row[0] for row in db.execute_sql(_MAYBE_LATE.format(members=members), params)]
    states = st.load_states(f"id IN ({engine.json_ids('?')})", (json.dumps(ids),))
    return [s for s in states.values() if st.days_past_due(s, as_of) > 0]


@checked
def arrears_list(as_of: date, include_current: bool = False) -> list[ArrearsRow]:
    """Every disbursed loan past due on `as_of` (with include_current, every disbursed loan not
    paid off), most days first. Five queries in all, whatever the number of loans."""
    if include_current:
        states = [s for s in st.load_states("status = 'disbursed'").values() if st.outstanding(s) > 0]
    else:
        states = _late_states(as_of)
    loans = {
        loan_id: (number, member_number, name)
        for loan_id, number, member_number, name in db.execute_sql(
            "SELECT l.id, l.number, m.number, m.name FROM loans l JOIN members m ON m.id = l.member_id"
            " WHERE l.status = 'disbursed'"
        )
    }
    limits = thresholds()
    result = [_row(s, loans[s.loan_id], as_of, limits) for s in states]
    result.sort(key=lambda r: (-r.days_past_due, r.member_number, r.loan_number))
    return result


@checked
def members_in_arrears(member_ids: list[int], as_of: date) -> set[int]:
    """Which of these members have a loan past due on `as_of`."""
    return {s.member_id for s in _late_states(as_of, member_ids)}
