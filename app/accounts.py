"""The chart of accounts: seeded from DOMAIN.md in every new book; the group may add more."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app import clock, text_rules
from app.access import roles
from app.db import db
from app.errors import Issue, Rejected
from app.ledger import KINDS
from app.models import Account

# The first digit of a code names its kind, as in the seeded chart (1-101 Kas ... 5-201 Beban).
KIND_DIGIT = {"asset": "1", "liability": "2", "equity": "3", "income": "4", "expense": "5"}
CODE_PATTERN = re.compile(r"^[1-5]-\d{3}$")


@dataclass(frozen=True)
class AccountRow:
    id: int
    code: str
    name: str
    kind: str
    is_active: bool


def _row(a: Account) -> AccountRow:
    return AccountRow(a.id, a.code, a.name, a.kind, bool(a.is_active))


def list_accounts(active_only: bool = False) -> list[AccountRow]:
    query = Account.select().order_by(Account.code)
    if active_only:
        query = query.where(Account.is_active == True)  # noqa: E712 (peewee expression)
    return [_row(a) for a in query]


@roles.needs("close")
def add_account(code: str, name: str, kind: str) -> AccountRow:
    issues: list[Issue] = []
    code = code.strip() if isinstance(code, str) else ""
    name = text_rules.clean_text(name, "name", text_rules.ITEM_NAME, issues, required=True)
    if kind not in KINDS:
        issues.append(Issue("kind", "account.bad_kind", {"kind": kind}))
    if not CODE_PATTERN.match(code):
        issues.append(Issue("code", "account.bad_code", {"code": code}))
    elif kind in KIND_DIGIT and code[0] != KIND_DIGIT[kind]:
        issues.append(Issue("code", "account.code_kind_mismatch", {"code": code, "digit": KIND_DIGIT[kind]}))
    with db.atomic():
        if code and Account.select().where(Account.code == code).exists():
            issues.append(Issue("code", "account.code_taken", {"code": code}))
        if issues:
            raise Rejected(issues)
        account = Account.create(code=code, name=name, kind=kind, created_at=clock.now())
    return _row(account)


def cash_account_issues(code: str, field: str = "cash_account") -> list[Issue]:
    """Money comes and goes through a cash or bank account: an active asset in the 1-1xx range."""
    row = db.execute_sql("SELECT kind, is_active FROM accounts WHERE code = ?", (code,)).fetchone()
    if row is None:
        return [Issue(field, "posting.unknown_account", {"account": code})]
    if not row[1]:
        return [Issue(field, "posting.inactive_account", {"account": code})]
    if row[0] != "asset" or not code.startswith("1-1"):
        return [Issue(field, "savings.not_cash_account", {"account": code})]
    return []


@roles.needs("close")
def set_active(code: str, active: bool) -> None:
    """Accounts are never deleted (postings point at them); an inactive one takes no postings."""
    with db.atomic():
        if not Account.update(is_active=active).where(Account.code == code).execute():
            raise Rejected.one("code", "posting.unknown_account", account=code)
