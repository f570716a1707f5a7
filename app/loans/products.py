"""Loan products (jenis pinjaman): the terms a group offers, copied onto each loan at application.

Rates are Decimal fractions per period (Decimal('0.015') is 1,5 % a month), as the schedule
engine takes them. A rate of 0 is refused (loan.rate_zero: most often a field left empty)
unless the product is marked interest-free (e.g. a social-fund loan), and then it must be 0.
Products are never deleted (loans point at them); a deactivated one takes no new loans.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal
from fractions import Fraction

from peewee import fn

from app import clock, text_rules
from app.access import roles
from app.audit import log
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.loans.checks import rate_issues, rate_text, rupiah_issues
from app.loans.schedule import MAX_PERIODS, METHODS, PERIODS, ROUNDING_UNITS_RP
from app.models import LoanProduct
from app.rounding import Rounding, round_rupiah

AMOUNT_KINDS = ("none", "percent", "fixed")
PENALTY_KINDS = ("none", "fixed", "percent_month", "percent_day")
MAX_GRACE_DAYS = 365
NAME_LIMIT = text_rules.SHORT_NAME
RATE_FIELDS = ("rate", "fee_rate", "withhold_rate", "penalty_rate")


@dataclass(frozen=True)
class ProductInput:
    """What the product form collects. Rates are Decimal fractions; only the value of the
    chosen kind counts (the other is stored as 0)."""

    name: str = ""
    method: str = "flat"
    rate: Decimal = Decimal(0)
    interest_free: bool = False
    period: str = "monthly"
    min_periods: int = 1
    max_periods: int = 12
    min_principal_rp: int = 100_000
    max_principal_rp: int = 10_000_000
    rounding_unit_rp: int = 500
    fee_kind: str = "none"  # provisi / administrasi
    fee_rate: Decimal = Decimal(0)
    fee_rp: int = 0
    fee_deducted: bool = True  # taken from the cash paid out, else paid separately
    withhold_kind: str = "none"  # compulsory savings withheld at disbursement (simpanan wajib)
    withhold_rate: Decimal = Decimal(0)
    withhold_rp: int = 0
    penalty_kind: str = "none"  # denda
    penalty_rate: Decimal = Decimal(0)
    penalty_rp: int = 0
    grace_days: int = 0
    tanggung_renteng: bool = False


@dataclass(frozen=True)
class ProductRow(ProductInput):
    id: int = 0
    is_active: bool = True


def _clean(data: ProductInput) -> ProductInput:
    """Trim the name; zero the value of a kind not chosen, so the row says one thing only."""
    return replace(
        data,
        name=text_rules.tidy(data.name),
        fee_rate=data.fee_rate if data.fee_kind == "percent" else Decimal(0),
        fee_rp=data.fee_rp if data.fee_kind == "fixed" else 0,
        withhold_rate=data.withhold_rate if data.withhold_kind == "percent" else Decimal(0),
        withhold_rp=data.withhold_rp if data.withhold_kind == "fixed" else 0,
        penalty_rate=data.penalty_rate if data.penalty_kind in ("percent_month", "percent_day") else Decimal(0),
        penalty_rp=data.penalty_rp if data.penalty_kind == "fixed" else 0,
    )


@checked
def deductions(terms: ProductInput, principal_rp: int) -> tuple[int, int]:
    """(fee, withheld savings) in whole rupiah for a loan of `principal_rp` (percent half up)."""

    def amount(kind: str, rate: Decimal, fixed_rp: int) -> int:
        if kind == "percent":
            return round_rupiah(Fraction(rate) * principal_rp, Rounding.HALF_UP)
        return fixed_rp if kind == "fixed" else 0

    return amount(terms.fee_kind, terms.fee_rate, terms.fee_rp), amount(
        terms.withhold_kind, terms.withhold_rate, terms.withhold_rp
    )


def _kind_issues(field: str, kind: str, allowed: tuple, rate, rp) -> list[Issue]:
    if kind not in allowed:
        return [Issue(f"{field}_kind", "loan_product.bad_kind", {"allowed": allowed})]
    if kind == "fixed":
        return rupiah_issues(f"{field}_rp", rp)
    if kind != "none":
        return rate_issues(f"{field}_rate", rate, zero_code="loan_product.percent_zero")
    return []


@checked
def validate(data: ProductInput, product_id: int | None = None) -> list[Issue]:
    """Every problem with a product, field by field; empty when it may be saved."""
    data = _clean(data)
    issues = text_rules.text_issues("name", data.name, NAME_LIMIT, required=True)
    if not issues and (
        LoanProduct.select()
        .where((fn.LOWER(LoanProduct.name) == data.name.lower()) & (LoanProduct.id != (product_id or 0)))
        .exists()
    ):
        issues.append(Issue("name", "loan_product.name_taken", {"name": data.name}))
    if data.method not in METHODS:
        issues.append(Issue("method", "loan.bad_method", {"allowed": METHODS}))
    if data.period not in PERIODS:
        issues.append(Issue("period", "loan.bad_period", {"allowed": PERIODS}))
    if data.rounding_unit_rp not in ROUNDING_UNITS_RP:
        issues.append(Issue("rounding_unit_rp", "loan.bad_rounding_unit", {"allowed": ROUNDING_UNITS_RP}))
    rate = rate_issues("rate", data.rate, zero_code=None if data.interest_free else "loan.rate_zero")
    if not rate and data.interest_free and data.rate != 0:
        rate = [Issue("rate", "loan_product.interest_free_rate")]
    issues += rate
    for name in ("min_periods", "max_periods"):
        value = getattr(data, name)
        if type(value) is not int or not 1 <= value <= MAX_PERIODS:
            issues.append(Issue(name, "loan.periods_out_of_range", {"min": 1, "max": MAX_PERIODS}))
    if not _has(issues, "min_periods", "max_periods") and data.min_periods > data.max_periods:
        issues.append(Issue("max_periods", "loan_product.max_below_min"))
    for name in ("min_principal_rp", "max_principal_rp"):
        issues += rupiah_issues(name, getattr(data, name))
    amounts_ok = not _has(issues, "min_principal_rp", "max_principal_rp")
    if amounts_ok and data.min_principal_rp > data.max_principal_rp:
        issues.append(Issue("max_principal_rp", "loan_product.max_below_min"))
    issues += _kind_issues("fee", data.fee_kind, AMOUNT_KINDS, data.fee_rate, data.fee_rp)
    issues += _kind_issues("withhold", data.withhold_kind, AMOUNT_KINDS, data.withhold_rate, data.withhold_rp)
    issues += _kind_issues("penalty", data.penalty_kind, PENALTY_KINDS, data.penalty_rate, data.penalty_rp)
    if type(data.grace_days) is not int or not 0 <= data.grace_days <= MAX_GRACE_DAYS:
        issues.append(Issue("grace_days", "loan_product.grace_out_of_range", {"max": MAX_GRACE_DAYS}))
    if amounts_ok and not _has(issues, "fee_rate", "fee_rp", "withhold_rate", "withhold_rp"):
        # Cash paid out is principal minus what is deducted: it must stay positive over the
        # whole range (it is linear in the principal, so checking both ends is enough).
        for principal in (data.min_principal_rp, data.max_principal_rp):
            fee, withheld = deductions(data, principal)
            if fee * data.fee_deducted + withheld >= principal:
                issues.append(Issue("fee_kind", "loan_product.deductions_too_large", {"principal_rp": principal}))
                break
    return issues


def _has(issues: list[Issue], *names: str) -> bool:
    return any(i.field in names for i in issues)


def _values(data: ProductInput) -> dict:
    values = {f.name: getattr(data, f.name) for f in fields(ProductInput)}
    for name in RATE_FIELDS:
        values[name] = rate_text(values[name])
    return values


@roles.needs("records")
@checked
def add_product(data: ProductInput) -> ProductRow:
    data = _clean(data)
    with db.atomic():
        issues = validate(data)
        if issues:
            raise Rejected(issues)
        now = clock.now()
        product = LoanProduct.create(created_at=now, updated_at=now, **_values(data))
        _audit(product.id, "added", {}, _audit_values(_values(data)))
    return get_product(product.id)


@roles.needs("records")
@checked
def update_product(product_id: int, data: ProductInput) -> ProductRow:
    """Change a product's terms; loans already applied for keep the terms they copied."""
    data = _clean(data)
    with db.atomic():
        before = get_product(product_id)
        issues = validate(data, product_id)
        if issues:
            raise Rejected(issues)
        values = _values(data)
        LoanProduct.update(updated_at=clock.now(), **values).where(LoanProduct.id == product_id).execute()
        _audit(product_id, "changed", _audit_values(_values(before)), _audit_values(values))
    return get_product(product_id)


@roles.needs("records")
@checked
def set_active(product_id: int, active: bool) -> ProductRow:
    with db.atomic():
        before = get_product(product_id)
        LoanProduct.update(is_active=active, updated_at=clock.now()).where(LoanProduct.id == product_id).execute()
        _audit(product_id, "changed", {"is_active": before.is_active}, {"is_active": bool(active)})
    return get_product(product_id)


def _audit_values(values: dict) -> dict:
    """Values as the audit log keeps them: texts, numbers and booleans (rates as text)."""
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in values.items()}


def _audit(product_id: int, action: str, old: dict, new: dict) -> None:
    """The audit trail: a product added (its terms) or changed (each term, old and new)."""
    name = new.get("name") or old.get("name") or get_product(product_id).name
    if action == "added":
        detail = {"action": action, "values": new}
    else:
        changes = {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v}
        if not changes:
            return
        detail = {"action": action, "changes": changes}
    log.record("product", f"Jenis pinjaman {name}", detail)


def _row(p: LoanProduct) -> ProductRow:
    values = {f.name: getattr(p, f.name) for f in fields(ProductRow)}
    for name in RATE_FIELDS:
        values[name] = Decimal(values[name])
    for name in ("interest_free", "fee_deducted", "tanggung_renteng", "is_active"):
        values[name] = bool(values[name])
    return ProductRow(**values)


@checked
def get_product(product_id: int) -> ProductRow:
    product = LoanProduct.get_or_none(LoanProduct.id == product_id)
    if product is None:
        raise Rejected.one("product", "loan_product.not_found", product_id=product_id)
    return _row(product)


def list_products(active_only: bool = False) -> list[ProductRow]:
    query = LoanProduct.select().order_by(LoanProduct.name)
    if active_only:
        query = query.where(LoanProduct.is_active == True)  # noqa: E712 (peewee expression)
    return [_row(p) for p in query]
