"""The group's usual income and costs ("pos"), named in words, that Catat penerimaan and Catat
pengeluaran offer; Pengaturan adds more by name and kind, the code found for her.

Money in may come from any income account the group keeps for outside money (bunga bank,
bantuan desa, donations...) or be a capital grant (3-201 Modal hibah). What the other screens
record (jasa, denda and provisi of loans, the businesses' sales) is not offered: those come in
through their own screens. Money out may pay any expense account but those the loans and the
businesses record (a write-off, the cost of goods, a stock count's difference).
"""

from __future__ import annotations

from dataclasses import dataclass

from app import accounts, settings, text_rules
from app.access import roles
from app.db import db
from app.errors import Issue, Rejected

GRANT = "3-201"  # Modal hibah: a grant of money, or of goods (an in-kind grant)
INVENTORY = "1-401"  # Inventaris / peralatan
# The bank's own income and costs: its interest, its administration fee. Chosen in Catat
# penerimaan or Catat pengeluaran, they come or go through the Bank, not the cash box.
BANKS_OWN = frozenset({"4-301", "5-205"})
# Income and costs that other screens record: the loans' jasa, denda, provisi, write-offs,
# allowance (PPAP) and recoveries, the businesses' sales, cost of goods and stock count
# differences, depreciation (app.assets).
OWN_SCREENS = frozenset({"4-101", "4-102", "4-103", "4-201", "4-304", "5-101", "5-102", "5-206", "5-301",
                         "5-303"})
IN, OUT = "income", "expense"
# Where a new pos's code is looked for: income from 4-301, costs from 5-201, the next free one.
FIRST_CODE = {IN: 301, OUT: 201}
NAME_LIMIT = text_rules.ITEM_NAME
SHOW_CODES = "show_account_codes"  # Pengaturan: "Tampilkan kode akun" (off unless "1")


@dataclass(frozen=True)
class Pos:
    code: str
    name: str
    kind: str  # "income", "expense", or "equity" (Modal hibah)


def show_codes() -> bool:
    return settings.get(SHOW_CODES) == "1"


def label(code: str, name: str, codes: bool | None = None) -> str:
    """An account as a person reads it: its name, with its code first only where Pengaturan
    turned codes on."""
    return f"{code} {name}" if (show_codes() if codes is None else codes) else name


def income() -> list[Pos]:
    """What money in may be for, by name: the income accounts from outside the members, then
    the capital grant."""
    rows = [Pos(a.code, a.name, a.kind) for a in accounts.list_accounts(active_only=True)
            if a.kind == "income" and a.code not in OWN_SCREENS]
    grant = [Pos(a.code, a.name, a.kind) for a in accounts.list_accounts(active_only=True) if a.code == GRANT]
    return rows + grant


def costs() -> list[Pos]:
    """What money out may pay, by name: the group's cost accounts."""
    return [Pos(a.code, a.name, a.kind) for a in accounts.list_accounts(active_only=True)
            if a.kind == "expense" and a.code not in OWN_SCREENS]


def inventory() -> Pos:
    """What equipment bought is posted to (Inventaris / peralatan), by name."""
    (name,) = db.execute_sql("SELECT name FROM accounts WHERE code = ?", (INVENTORY,)).fetchone()
    return Pos(INVENTORY, name, "asset")


def banks_own(code: str | None) -> bool:
    """True for a pos the bank itself pays or charges (bunga bank, biaya administrasi bank)."""
    return code in BANKS_OWN


@roles.needs("money")
def add(name: str, kind: str) -> Pos:
    """A new pos by name ("Sewa tenda", expense): its code is the next free one of its kind
    (5-207 after 5-206). Refused, writing nothing, without a name, with a name the chart has
    already, or with another kind."""
    issues = []
    if kind not in FIRST_CODE:
        issues.append(Issue("kind", "account.bad_kind", {"kind": kind}))
    name = text_rules.clean_text(name, "name", NAME_LIMIT, issues, required=True)
    with db.atomic():
        if name and db.execute_sql("SELECT 1 FROM accounts WHERE name = ? COLLATE NOCASE", (name,)).fetchone():
            issues.append(Issue("name", "pos.name_taken", {"name": name}))
        if issues:
            raise Rejected(issues)
        digit = accounts.KIND_DIGIT[kind]
        taken = {code for (code,) in db.execute_sql("SELECT code FROM accounts WHERE code LIKE ?", (f"{digit}-%",))}
        number = FIRST_CODE[kind]
        while f"{digit}-{number:03d}" in taken:
            number += 1
        if number > 999:
            raise Rejected.one("name", "pos.no_code_left")
        row = accounts.add_account(f"{digit}-{number:03d}", name, kind)
    return Pos(row.code, row.name, row.kind)
