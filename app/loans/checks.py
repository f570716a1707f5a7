"""Checks of typed-in amounts, rates and dates shared by the loan services (codes, not words)."""

from __future__ import annotations

from decimal import Decimal

from app import dates
from app.errors import Issue
from app.loans.schedule import MAX_PRINCIPAL_RP


def rupiah_issues(field: str, value, minimum: int = 1) -> list[Issue]:
    """Whole rupiah from `minimum` up to the ledger's limit."""
    if type(value) is not int:  # bool, float and Decimal are refused: money is whole rupiah
        return [Issue(field, "posting.not_whole_rupiah", {"amount": str(value)})]
    if value < minimum:
        return [Issue(field, "amount.not_positive" if minimum > 0 else "amount.negative")]
    if value > MAX_PRINCIPAL_RP:
        return [Issue(field, "posting.amount_too_large", {"limit": MAX_PRINCIPAL_RP})]
    return []


def rate_issues(field: str, rate, maximum: Decimal = Decimal(1), zero_code: str | None = None) -> list[Issue]:
    """A fraction (0.015 is 1,5 %), as Decimal parsed from text, never a float; zero is
    refused with `zero_code` when one is given."""
    if type(rate) is not Decimal or not rate.is_finite():
        return [Issue(field, "loan.rate_not_a_number")]
    if rate < 0:
        return [Issue(field, "loan.rate_negative")]
    if rate > maximum:
        return [Issue(field, "loan.rate_too_high", {"max": maximum})]
    if rate == 0 and zero_code:
        return [Issue(field, zero_code)]
    return []


def rate_text(rate: Decimal) -> str:
    """The stored form: '0.015', '1', '0' (no exponent, no trailing zeros)."""
    return format(rate.normalize(), "f")


is_date = dates.is_date
