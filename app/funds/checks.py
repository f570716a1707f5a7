"""Checks the fund services share: an amount, a date, a cash account (app.accounts), a short text (app.text_rules)."""

from __future__ import annotations

from datetime import date

from app import clock, dates, ledger
from app.accounts import cash_account_issues as cash_issues  # noqa: F401 (the fund services import it from here)
from app.errors import Issue
from app.text_rules import text_issues, tidy as clean  # noqa: F401 (the fund services import them from here)


def amount_issues(field: str, value) -> list[Issue]:
    if value is None:
        return [Issue(field, "required")]
    if type(value) is not int:  # bool, float and Decimal are refused, as in the ledger
        return [Issue(field, "posting.not_whole_rupiah", {"amount": str(value)})]
    if value <= 0:
        return [Issue(field, "amount.not_positive")]
    if value > ledger.MAX_AMOUNT_RP:
        return [Issue(field, "posting.amount_too_large", {"limit": ledger.MAX_AMOUNT_RP})]
    return []


def date_issues(field: str, on, earliest: date | None = None) -> list[Issue]:
    if on is None:
        return [Issue(field, "required")]
    if wrong := dates.date_issues(field, on):
        return wrong
    if on > clock.today():
        return [Issue(field, "date.in_future")]
    if earliest is not None and on < earliest:
        return [Issue(field, "date.too_early", {"earliest": earliest})]
    return []
