"""Rates as the secretary types and reads them: "1,5" means 1,5 % per period.

The loan services take rates as Decimal fractions (Decimal("0.015")); these two functions are
the only place the UI turns one into the other, exactly (no float on the way).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_PERCENT = re.compile(r"^-?[0-9]{1,9}(?:[.,][0-9]{1,6})?$")  # ASCII digits only


def parse_percent(text: str) -> Decimal | None:
    """'1,5' / '1.5' / '1,5 %' / '2' -> Decimal('0.015') ... ; None when it is not a number.

    Out-of-range values (0, negative, 1000) are returned as typed: the service says what is
    wrong with them in the user's words."""
    cleaned = re.sub(r"\s|%", "", text or "")
    if not _PERCENT.match(cleaned):
        return None
    try:
        return Decimal(cleaned.replace(",", ".")) / 100
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


def percent_text(rate: Decimal, sign: bool = True) -> str:
    """Decimal('0.015') -> '1,5%' (the form field shows it without the sign: '1,5')."""
    number = format((Decimal(rate) * 100).normalize(), "f")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    number = number.replace(".", ",")
    return f"{number}%" if sign else number
