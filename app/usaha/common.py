"""Checks shared by the business services: quantities, money, dates, the business itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from app import clock, dates
from app.accounts import cash_account_issues as cash_issues  # noqa: F401 (the trade services import it from here)
from app.dates import checked
from app.db import db
from app.errors import Issue

MAX_PRICE_RP = 10**13 - 1  # a price or amount of 10^13 rupiah or more is refused
MAX_QUANTITY_BASE = 10**12


def money_issues(name: str, value) -> list[Issue]:
    """A price or amount: whole rupiah, more than zero, less than 10^13."""
    if type(value) is not int:
        return [Issue(name, "posting.not_whole_rupiah", {"amount": str(value)})]
    if value <= 0:
        return [Issue(name, "usaha.price_not_positive")]
    if value > MAX_PRICE_RP:
        return [Issue(name, "usaha.price_too_large", {"limit": MAX_PRICE_RP})]
    return []


def read_quantity(name: str, value, issues: list[Issue]) -> Decimal | None:
    """An int, a Decimal or decimal text ("12.5"): exact. A float is refused (it is not exact)."""
    if isinstance(value, bool) or isinstance(value, float):
        issues.append(Issue(name, "quantity.unreadable", {"quantity": str(value)}))
        return None
    try:
        quantity = Decimal(value.strip().replace(",", ".")) if isinstance(value, str) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        issues.append(Issue(name, "quantity.unreadable", {"quantity": str(value)}))
        return None
    if not quantity.is_finite():
        issues.append(Issue(name, "quantity.unreadable", {"quantity": str(value)}))
        return None
    return quantity


def quantity_text(quantity: Decimal) -> str:
    """What was asked, without trailing zeros: Decimal('12.50') -> '12.5'."""
    text = format(quantity.normalize(), "f")
    return text


def date_issues(name: str, on, closed_through: date | None = None) -> list[Issue]:
    """A record's date: a real date, not in the future, not in a closed period."""
    if wrong := dates.date_issues(name, on):
        return wrong
    if on > clock.today():
        return [Issue(name, "date.in_future")]
    closed = closed_through if closed_through is not None else _closed()
    if closed is not None and on <= closed:
        return [Issue(name, "entry.period_closed", {"closed_through": closed})]
    return []


def _closed() -> date | None:
    from app import settings

    return settings.closed_through()


def business_issues(business_id, active: bool = True) -> list[Issue]:
    row = db.execute_sql("SELECT is_active FROM businesses WHERE id = ?", (business_id,)).fetchone()
    if row is None:
        return [Issue("business", "posting.unknown_business", {"business_id": business_id})]
    if active and not row[0]:
        return [Issue("business", "usaha.business_inactive")]
    return []


def member_issues(name: str, member_id) -> list[Issue]:
    if member_id is None:
        return []
    if db.execute_sql("SELECT 1 FROM members WHERE id = ?", (member_id,)).fetchone() is None:
        return [Issue(name, "member.not_found", {"member_id": member_id})]
    return []


@checked
def business_name(business_id: int) -> str:
    row = db.execute_sql("SELECT name FROM businesses WHERE id = ?", (business_id,)).fetchone()
    return row[0] if row else ""


def now_text() -> str:
    return clock.now().isoformat(sep=" ")
