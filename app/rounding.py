"""The one place where money is rounded: every other module names the mode it wants.

Modes mean what the decimal module's ROUND_* of the same name mean: they are measured from
zero, so a negated amount (a storno) always rounds to the negated result.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction


class Rounding(enum.Enum):
    HALF_UP = "half_up"  # nearest rupiah, a half away from zero (jasa of a schedule row)
    UP = "up"  # away from zero (instalments, so rounding never leaves a debt unpaid)
    DOWN = "down"  # toward zero (shares whose leftover rupiah are handed out afterwards)


def round_rupiah(value: Decimal | Fraction | int, mode: Rounding) -> int:
    """`value` rounded to whole rupiah. A float is refused: it has already lost the exact amount."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, Fraction)):
        raise TypeError(f"money is rounded from Decimal, Fraction or int, not {type(value).__name__}")
    if not isinstance(mode, Rounding):
        raise TypeError(f"rounding mode must be a Rounding, not {mode!r}")
    exact = Fraction(value)
    whole, rest = divmod(abs(exact.numerator), exact.denominator)
    if mode is Rounding.UP:
        whole += rest > 0
    elif mode is Rounding.HALF_UP:
        whole += 2 * rest >= exact.denominator
    return -whole if exact < 0 else whole


def ceil_to_unit(amount_rp: int, unit: int) -> int:
    """Whole rupiah rounded up (away from zero, as Rounding.UP) to a multiple of `unit`."""
    if type(amount_rp) is not int or type(unit) is not int:
        raise TypeError("amount and unit must be whole rupiah (int)")
    if unit <= 0:
        raise ValueError(f"rounding unit must be positive, not {unit}")
    return round_rupiah(Fraction(amount_rp, unit), Rounding.UP) * unit
