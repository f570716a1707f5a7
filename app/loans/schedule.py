"""Instalment schedules (angsuran) for a loan, as DOMAIN.md "Loans (pinjaman)" defines them.

Pure functions over whole rupiah. The rate is a Decimal per period, every intermediate amount
is an exact Fraction, and amounts become rupiah only through app.rounding:

- jasa of a row is rounded half up to whole rupiah;
- every instalment but the last is the method's exact instalment rounded up to a multiple of
  the rounding unit, and its pokok is that instalment minus the row's jasa;
- the last instalment takes the remainder: its pokok is what is still outstanding, its total
  is not rounded. So the pokok parts add up to exactly the principal.

Refusal codes (all collected, raised once as app.errors.Rejected): loan.principal_not_positive,
loan.principal_too_large, loan.rate_not_a_number, loan.rate_negative, loan.rate_too_high,
loan.periods_out_of_range, loan.bad_method, loan.bad_rounding_unit, loan.bad_period,
loan.schedule_beyond_range (the last due date after the book's range, app.dates; checked before
any date is computed: year 10000 has none), and loan.rounding_exceeds_instalment (checked last,
on otherwise valid input).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from app import dates
from app.errors import Issue, Rejected
from app.rounding import Rounding, ceil_to_unit, round_rupiah

Method = Literal["flat", "efektif", "anuitas"]
Period = Literal["monthly", "weekly"]

METHODS: tuple[Method, ...] = ("flat", "efektif", "anuitas")
PERIODS: tuple[Period, ...] = ("monthly", "weekly")
ROUNDING_UNITS_RP = (1, 100, 500, 1000)
MAX_PRINCIPAL_RP = 10**15 - 1  # as every amount in the ledger (app.ledger.MAX_AMOUNT_RP)
MAX_PERIODS = 360
MAX_RATE = Decimal(1)  # 100 % per period: anything above is a typing slip, not a loan


@dataclass(frozen=True)
class ScheduleRow:
    number: int  # angsuran ke, from 1
    due_date: date
    pokok_rp: int
    jasa_rp: int
    total_rp: int
    outstanding_after_rp: int  # sisa pinjaman once this instalment is paid


def generate(
    principal_rp: int,
    rate: Decimal,
    periods: int,
    method: Method,
    rounding_unit_rp: int,
    first_due: date,
    period: Period,
) -> tuple[ScheduleRow, ...]:
    """The loan's schedule, or Rejected listing everything wrong with the input."""
    for name, value in ("principal_rp", principal_rp), ("periods", periods), ("rounding_unit_rp", rounding_unit_rp):
        if type(value) is not int:  # bool and float are programming errors, not user input
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
    if type(rate) is not Decimal:
        raise TypeError(f"rate must be Decimal (parsed from text), not {type(rate).__name__}")
    if not isinstance(first_due, date) or isinstance(first_due, datetime):
        raise TypeError("first_due must be a date")
    issues = _issues(principal_rp, rate, periods, method, rounding_unit_rp, period)
    if not issues and _beyond_range(first_due, periods, period):
        issues.append(Issue("periods", "loan.schedule_beyond_range", {"latest": dates.last_day()}))
    if issues:
        raise Rejected(issues)

    r = Fraction(rate)
    annuity = _annuity(principal_rp, r, periods) if method == "anuitas" else None
    rows = []
    outstanding = principal_rp
    for number, due in enumerate(_due_dates(first_due, periods, period), start=1):
        interest = r * (principal_rp if method == "flat" else outstanding)
        jasa = round_rupiah(interest, Rounding.HALF_UP)
        if number == periods:
            pokok = outstanding  # the last instalment takes the remainder, unrounded
        else:
            # flat and efektif: pokok P/n plus this period's jasa; anuitas: the constant A.
            exact = annuity if annuity is not None else Fraction(principal_rp, periods) + interest
            pokok = ceil_to_unit(round_rupiah(exact, Rounding.UP), rounding_unit_rp) - jasa
            # Rounding must not pay the loan off (or leave nothing to pay) before the last row.
            if not 0 < pokok < outstanding:
                raise Rejected.one(
                    "rounding_unit_rp", "loan.rounding_exceeds_instalment", row=number, unit_rp=rounding_unit_rp
                )
        outstanding -= pokok
        rows.append(ScheduleRow(number, due, pokok, jasa, pokok + jasa, outstanding))
    return tuple(rows)


def summary(rows: Iterable[ScheduleRow]) -> tuple[int, int, int]:
    """(total pokok, total jasa, total to pay) of a schedule."""
    rows = tuple(rows)
    pokok = sum(row.pokok_rp for row in rows)
    jasa = sum(row.jasa_rp for row in rows)
    return pokok, jasa, pokok + jasa


def _issues(
    principal_rp: int, rate: Decimal, periods: int, method: str, rounding_unit_rp: int, period: str
) -> list[Issue]:
    issues = []
    if principal_rp <= 0:
        issues.append(Issue("principal_rp", "loan.principal_not_positive"))
    elif principal_rp > MAX_PRINCIPAL_RP:
        issues.append(Issue("principal_rp", "loan.principal_too_large", {"max_rp": MAX_PRINCIPAL_RP}))
    if not rate.is_finite():  # Decimal("NaN") parses from text but cannot be compared
        issues.append(Issue("rate", "loan.rate_not_a_number"))
    elif rate < 0:
        issues.append(Issue("rate", "loan.rate_negative"))
    elif rate > MAX_RATE:
        issues.append(Issue("rate", "loan.rate_too_high", {"max": MAX_RATE}))
    if not 1 <= periods <= MAX_PERIODS:
        issues.append(Issue("periods", "loan.periods_out_of_range", {"min": 1, "max": MAX_PERIODS}))
    if method not in METHODS:
        issues.append(Issue("method", "loan.bad_method", {"allowed": METHODS}))
    if rounding_unit_rp not in ROUNDING_UNITS_RP:
        issues.append(Issue("rounding_unit_rp", "loan.bad_rounding_unit", {"allowed": ROUNDING_UNITS_RP}))
    if period not in PERIODS:
        issues.append(Issue("period", "loan.bad_period", {"allowed": PERIODS}))
    return issues


def _annuity(principal_rp: int, r: Fraction, periods: int) -> Fraction:
    """A = P·r / (1 − (1+r)^−n), exact; with r = 0 the limit P/n."""
    if r == 0:
        return Fraction(principal_rp, periods)
    growth = (1 + r) ** periods
    return principal_rp * r * growth / (growth - 1)  # the same A, without a negative power


def _beyond_range(first_due: date, periods: int, period: str) -> bool:
    """Whether the last due date would fall after the book's last day, found by counting days
    or months (as _due_dates does) without making the date itself."""
    latest = dates.last_day()
    if period == "weekly":
        return first_due.toordinal() + 7 * (periods - 1) > latest.toordinal()
    last_month = first_due.year * 12 + first_due.month - 1 + periods - 1
    latest_month = latest.year * 12 + latest.month - 1
    # In the last allowed month the due day is min(anchor day, month length): after the last
    # day exactly when the anchor day is.
    return last_month > latest_month or (last_month == latest_month and first_due.day > latest.day)


def _due_dates(first_due: date, periods: int, period: str) -> list[date]:
    if period == "weekly":
        return [first_due + timedelta(weeks=k) for k in range(periods)]
    return [_months_after(first_due, k) for k in range(periods)]


def _months_after(anchor: date, months: int) -> date:
    # Counted from the anchor, never from the previous due date, so a loan due on the 31st
    # falls on 29 Feb and then on 31 Mar again.
    year, month0 = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(anchor.day, last_day))
