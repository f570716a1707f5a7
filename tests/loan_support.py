"""Helpers for the loan tests (not a test module): members, products, disbursed loans, and a
count of every row the loan services may write."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from app import clock, ledger
from app.db import db
from app.loans import lifecycle
from app.loans.products import ProductInput, add_product
from app.members import MemberInput, add_member

JOINED = date(2025, 1, 2)
# DOMAIN.md: Rp9.000.000 at 1 %/month over 12 months -> Rp840.000 a month.
FLAT = ProductInput(name="Pinjaman flat", rate=Decimal("0.01"), max_periods=24, max_principal_rp=20_000_000)
TABLES = ("journal_entries", "postings", "loans", "loan_instalments", "loan_allocations", "sequences")


def member(name: str = "Siti Aisyah", business_ids=()) -> int:
    return add_member(MemberInput(name=name, joined_on=JOINED, business_ids=list(business_ids))).id


def product(**changes) -> int:
    return add_product(replace(FLAT, name=changes.pop("name", FLAT.name), **changes)).id


def fund(on: date, amount_rp: int, account: str = "1-101") -> int:
    """Give the book money before it pays out (a capital grant into Kas or Bank): the ledger
    refuses to take more out of the cash box than it holds."""
    return ledger.post_entry(on, "Hibah modal", [ledger.debit(account, amount_rp), ledger.credit("3-201", amount_rp)])


def disbursed(member_id: int, product_id: int, principal_rp: int = 9_000_000, periods: int = 12,
              on: date = date(2025, 1, 10), first_due: date | None = None, **kw) -> int:
    """A loan applied for, approved and disbursed on `on` (applied with the clock set back), out
    of the cash box, with a capital grant that day for what it lacks; first due a month later
    unless given."""
    first_due = first_due or date(on.year + on.month // 12, on.month % 12 + 1, on.day)
    now = clock.now()
    clock.fix(datetime.combine(on, now.time()))
    try:
        loan = lifecycle.apply(member_id, product_id, principal_rp, periods, first_due, **kw)
        lifecycle.approve(loan.id)
        short = principal_rp - ledger.cash_available("1-101", on)[0]
        if short > 0:
            fund(on, short)
        lifecycle.disburse(loan.id, on)
    finally:
        clock.fix(now)
    return loan.id


def counts() -> dict[str, int]:
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
