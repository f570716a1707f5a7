"""Penyisihan piutang tak tertagih (PPAP, allowance for loan losses) by kolektibilitas.

Each class sets aside a share of its outstanding pokok; the rates are the group's (settings,
in basis points: 10 000 = 100 %), *default* from DOMAIN.md. The required allowance of a class is
its outstanding × rate, rounded half up to the rupiah per class (the books show one figure per
class, so the total is the sum of what is printed).

What stands booked is the credit balance of 1-203. `post(as_of)` brings it to what is required
that day with one entry: an increase Dr 5-303 Beban penyisihan piutang / Cr 1-203, a decrease the
other way round. A write-off draws on 1-203 first (app.loans.lifecycle.write_off).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from app import ledger, settings
from app.access import roles
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.ledger import credit, debit
from app.loans import arrears
from app.rounding import Rounding, round_rupiah
from app.usaha.common import date_issues, read_quantity

ALLOWANCE = "1-203"  # Penyisihan piutang tak tertagih (contra asset, credit balance)
EXPENSE = "5-303"  # Beban penyisihan piutang
RATES_KEY = "ppap_rates_bp"
WHOLE_BP = 10_000
DEFAULT_RATES_BP = dict(zip(arrears.CLASSES, (50, 500, 1000, 5000, 10_000)))


@dataclass(frozen=True)
class ClassAllowance:
    kolektibilitas: str  # one of arrears.CLASSES
    loans: int
    outstanding_rp: int
    rate_bp: int
    required_rp: int


@dataclass(frozen=True)
class Allowance:
    as_of: date
    classes: tuple[ClassAllowance, ...]  # every class, in arrears.CLASSES order
    booked_rp: int  # credit balance of 1-203 at the end of as_of

    @property
    def required_rp(self) -> int:
        return sum(c.required_rp for c in self.classes)

    @property
    def difference_rp(self) -> int:
        """What post() would add (positive) or release (negative)."""
        return self.required_rp - self.booked_rp


def rates() -> dict[str, int]:
    """Rate of each class in basis points."""
    value = settings.get(RATES_KEY)
    return dict(zip(arrears.CLASSES, map(int, value.split(",")))) if value else dict(DEFAULT_RATES_BP)


def read_rates(values: dict[str, object]) -> dict[str, int]:
    """Percentages by class as typed ("0,5", "100") or Decimal, in basis points; each refused
    beside its field (`ppap.<class>`) when unreadable, negative or above 100 %."""
    issues: list[Issue] = []
    read = {}
    for name in arrears.CLASSES:
        field = f"ppap.{name}"
        found: list[Issue] = []
        percent = read_quantity(field, values.get(name, ""), found)
        if found or percent is None or percent * 100 != (percent * 100).to_integral_value():
            issues.append(Issue(field, "shu.percent_unreadable", {"percent": str(values.get(name, ""))}))
        elif percent < 0:
            issues.append(Issue(field, "shu.percent_negative"))
        elif percent > 100:
            issues.append(Issue(field, "ppap.percent_over_100"))
        else:
            read[name] = int(percent * 100)
    if issues:
        raise Rejected(issues)
    return read


@roles.needs("close")
def set_rates(values: dict[str, object]) -> dict[str, int]:
    """Keep the group's rates (see read_rates); nothing is written if any is refused."""
    read = read_rates(values)
    settings.record({RATES_KEY: ",".join(str(read[name]) for name in arrears.CLASSES)})
    return read


def by_class(loans: dict[str, int], outstanding: dict[str, int]) -> tuple[ClassAllowance, ...]:
    """The allowance of each class from its number of loans and outstanding pokok."""
    by_rate = rates()
    return tuple(
        ClassAllowance(name, loans.get(name, 0), outstanding.get(name, 0), by_rate[name],
                       round_rupiah(Fraction(outstanding.get(name, 0) * by_rate[name], WHOLE_BP), Rounding.HALF_UP))
        for name in arrears.CLASSES)


@checked
def required(as_of: date) -> tuple[ClassAllowance, ...]:
    """Outstanding pokok and the allowance it needs, per class, at the end of `as_of`."""
    limits = arrears.thresholds()
    loans: dict[str, int] = {}
    outstanding: dict[str, int] = {}
    for state in arrears.states_on(as_of).values():
        now = arrears.standing(state, as_of, limits)
        if now.outstanding_rp > 0:
            loans[now.kolektibilitas] = loans.get(now.kolektibilitas, 0) + 1
            outstanding[now.kolektibilitas] = outstanding.get(now.kolektibilitas, 0) + now.outstanding_rp
    return by_class(loans, outstanding)


@checked
def booked(as_of: date) -> int:
    """The allowance standing in 1-203 at the end of `as_of` (its credit balance)."""
    return -ledger.account_balance(ALLOWANCE, as_of)


@checked
def allowance(as_of: date) -> Allowance:
    return Allowance(as_of, required(as_of), booked(as_of))


@roles.needs("close")
def post(as_of: date) -> tuple[int, Allowance]:
    """Book the difference between required and booked on `as_of`; returns the entry and the
    figures it was posted from. Refused (nothing written) when there is no difference."""
    issues = date_issues("as_of", as_of)
    if issues:
        raise Rejected(issues)
    with db.atomic():
        figures = allowance(as_of)
        difference = figures.difference_rp
        if difference == 0:
            raise Rejected.one("as_of", "ppap.nothing_to_post", amount_rp=figures.booked_rp)
        amount = abs(difference)
        lines = ([debit(EXPENSE, amount), credit(ALLOWANCE, amount)] if difference > 0
                 else [debit(ALLOWANCE, amount), credit(EXPENSE, amount)])
        entry_id = ledger.post_entry(as_of, f"Penyisihan piutang per {as_of:%d/%m/%Y}", lines, "PPAP")
    return entry_id, figures
