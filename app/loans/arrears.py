"""Arrears (tunggakan): days past due, kolektibilitas class, denda as of a date, the list.

Kolektibilitas thresholds are days past due, kept in the book's settings so they travel with
backups (*default* from DOMAIN.md): Lancar 0; Dalam Perhatian Khusus 1–90; Kurang Lancar
91–120; Diragukan 121–180; Macet above 180.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import settings
from app.db import db
from app.errors import Rejected
from app.loans import state as st
from app.models import Setting

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


def set_thresholds(dpk_max: int, kurang_lancar_max: int, diragukan_max: int) -> None:
    values = (dpk_max, kurang_lancar_max, diragukan_max)
    if not all(type(v) is int for v in values) or not 1 <= dpk_max < kurang_lancar_max < diragukan_max <= MAX_THRESHOLD_DAYS:
        raise Rejected.one("kolektibilitas", "loan.bad_thresholds", max=MAX_THRESHOLD_DAYS)
    with db.atomic():
        Setting.insert(key=THRESHOLDS_KEY, value=",".join(map(str, values))).on_conflict_replace().execute()


def classify(days_past_due: int, limits: tuple[int, int, int] | None = None) -> str:
    if days_past_due <= 0:
        return CLASSES[0]
    for name, last_day in zip(CLASSES[1:], limits or thresholds()):
        if days_past_due <= last_day:
            return name
    return CLASSES[-1]


def days_past_due(loan_id: int, as_of: date) -> int:
    return st.days_past_due(st.load_state(loan_id), as_of)


def denda_due(loan_id: int, as_of: date) -> int:
    """Denda accrued on the loan up to `as_of` and not yet paid."""
    return sum(r.denda_rp - r.denda_paid_rp for r in st.positions(st.load_state(loan_id), as_of))


def _row(state: st.LoanState, loan, as_of: date, days: int, limits) -> ArrearsRow:
    rows = st.positions(state, as_of)
    overdue = sum(r.unpaid_rp for r in rows if r.due_date < as_of)
    denda = sum(r.denda_rp - r.denda_paid_rp for r in rows)
    return ArrearsRow(state.loan_id, loan[0], state.member_id, loan[1], loan[2], days, classify(days, limits),
                      overdue, denda, st.outstanding(state))


def arrears_list(as_of: date, include_current: bool = False) -> list[ArrearsRow]:
    """Every disbursed loan past due on `as_of` (with include_current, every disbursed loan not
    paid off), most days first. Four queries in all, whatever the number of loans."""
    states = st.load_states("status = 'disbursed'")
    loans = {
        loan_id: (number, member_number, name)
        for loan_id, number, member_number, name in db.execute_sql(
            "SELECT l.id, l.number, m.number, m.name FROM loans l JOIN members m ON m.id = l.member_id"
            " WHERE l.status = 'disbursed'"
        )
    }
    limits = thresholds()
    result = []
    for state in states.values():
        days = st.days_past_due(state, as_of)
        if days > 0 or (include_current and st.outstanding(state) > 0):
            result.append(_row(state, loans[state.loan_id], as_of, days, limits))
    result.sort(key=lambda r: (-r.days_past_due, r.member_number, r.loan_number))
    return result


def members_in_arrears(member_ids: list[int], as_of: date) -> set[int]:
    """Which of these members have a loan past due on `as_of`."""
    marks = ",".join("?" * len(member_ids))
    states = st.load_states(f"status = 'disbursed' AND member_id IN ({marks})", tuple(member_ids))
    return {s.member_id for s in states.values() if st.days_past_due(s, as_of) > 0}
