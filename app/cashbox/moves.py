"""Catat penerimaan, Catat pengeluaran and Pindah Kas ↔ Bank.

    done = receive(CashMove(on, "Bunga Maret", 12_500, "4-301", BANK, "Bank BRI"))   # KW/2026/…
    done = pay(CashMove(on, "Snack rapat", 150_000, "5-203", KAS, "Warung Bu Ida"))   # BKK/2026/…
    done = pay(CashMove(on, "Beli tenda", 2_000_000, INVENTORY, KAS, "Toko Sinar"),
               item=InventoryInput(name="Tenda", quantity=1, unit="buah", location="Rumah Ketua"))
    done = transfer(CashMove(on, "Setor ke bank", 500_000, BANK, KAS, "Bu Bendahara"))

Each is one entry and its receipt in one transaction: money in gets a kuitansi (KW), money out
and a move between Kas and Bank a bukti kas keluar (BKK) signed by whoever took the money.
Equipment bought is written into the Buku Inventaris by the same transaction as its payment
(Dr 1-401 Inventaris, Cr Kas/Bank), so the register and 1-401 agree; goods given to the group
(hibah barang) come from a funder: app.funds.funders.receive_in_kind. The ledger refuses money
out that the cash box (or the bank) does not hold on that day or a later one (cash.insufficient).

Refusals name these fields: entry_date, description, amount, account, cash_account, party_name,
and for the item item_name, item_quantity, item_unit, item_location (and item_* for the rest).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app import clock, inventory, ledger, receipts, text_rules
from app.access import roles
from app.cashbox import pos
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.inventory import InventoryInput
from app.ledger import KAS

DESCRIPTION_LIMIT = text_rules.TEXT
BOUGHT = "Beli sendiri"  # asal barang of equipment the group paid for


@dataclass
class CashMove:
    """What the forms collect. `account`: the pos (income or cost) by code; for a transfer, the
    account the money goes to. `cash_account`: Kas or Bank, where the money comes or goes (for
    a transfer: where it leaves)."""

    on: date | None
    description: str
    amount_rp: int | None
    account: str
    cash_account: str = KAS
    party_name: str = ""
    business_id: int | None = None  # the group business it was for (equipment a business uses)


@dataclass(frozen=True)
class Recorded:
    entry_id: int
    receipt_number: str  # KW/2026/000123 or BKK/2026/000001
    item_id: int | None = None  # the Buku Inventaris row written with it


@roles.needs("money")
def receive(move: CashMove) -> Recorded:
    """Money in from outside the members into Kas or Bank, with its kuitansi."""
    issues = _common_issues(move) + _pos_issues(move.account, {p.code for p in pos.income()})
    if issues:
        raise Rejected(issues)
    lines = [ledger.debit(move.cash_account, move.amount_rp),
             ledger.credit(move.account, move.amount_rp, memo=_text(move.description))]
    return _post(move, lines)


@roles.needs("money")
@checked
def pay(move: CashMove, item: InventoryInput | None = None) -> Recorded:
    """Money out of Kas or Bank for a group cost, with its bukti kas keluar. With `item`, the
    money bought equipment: the account is Inventaris (1-401) and the item joins the Buku
    Inventaris, dated and valued as paid."""
    allowed = {p.code for p in pos.costs()}
    if item is not None:
        move = replace(move, account=pos.INVENTORY)
        allowed = {pos.INVENTORY}
    issues = _common_issues(move) + _pos_issues(move.account, allowed)
    if item is not None:
        item = replace(item, acquired_on=move.on, value_rp=move.amount_rp, origin=_text(item.origin) or BOUGHT)
        issues += _item_issues(item, issues)
    if issues:
        raise Rejected(issues)
    lines = [ledger.debit(move.account, move.amount_rp, memo=_text(move.description), business_id=move.business_id),
             ledger.credit(move.cash_account, move.amount_rp)]
    return _post(move, lines, item)


@roles.needs("money")
def transfer(move: CashMove) -> Recorded:
    """Money moved between Kas and Bank (`cash_account` → `account`), with a bukti kas keluar
    signed by whoever carried it. Kas to Kas or Bank to Bank is refused: it moves nothing."""
    issues = _common_issues(move)
    if move.account not in cash_accounts():
        issues.append(Issue("account", "cashbox.not_cash_account"))
    elif move.account == move.cash_account:
        issues.append(Issue("account", "cashbox.same_account", {"account_name": _name(move.account)}))
    if issues:
        raise Rejected(issues)
    lines = [ledger.debit(move.account, move.amount_rp, memo=_text(move.description)),
             ledger.credit(move.cash_account, move.amount_rp)]
    return _post(move, lines)


# --- the checks ---------------------------------------------------------------------------


_text = text_rules.tidy


def cash_accounts() -> dict[str, str]:
    """Kas, Bank and any cash account the group added: code -> name."""
    return {code: name for code, name in db.execute_sql(
        "SELECT code, name FROM accounts WHERE code LIKE '1-1%' AND is_active = 1")}


def _name(code: str) -> str:
    row = db.execute_sql("SELECT name FROM accounts WHERE code = ?", (code,)).fetchone()
    return row[0] if row else code


def _closed_issues(on: date, field: str) -> list[Issue]:
    closed = ledger.Lookups().closed_through
    if closed is not None and on <= closed:
        return [Issue(field, "entry.period_closed", {"closed_through": closed})]
    return []


def _common_issues(move: CashMove) -> list[Issue]:
    """Date, description, amount, Kas or Bank and the party: what every move needs."""
    issues = []
    if move.on is None:
        issues.append(Issue("entry_date", "required"))
    elif not ledger._is_date(move.on):
        issues.append(Issue("entry_date", "date.unreadable"))
    elif move.on > clock.today():
        issues.append(Issue("entry_date", "date.in_future"))
    else:
        issues += _closed_issues(move.on, "entry_date")
    text_rules.clean_text(move.description, "description", DESCRIPTION_LIMIT, issues, required=True)
    amount = move.amount_rp
    if amount is None:
        issues.append(Issue("amount", "required"))
    elif type(amount) is not int:
        issues.append(Issue("amount", "amount.unreadable"))
    elif amount <= 0:
        issues.append(Issue("amount", "amount.not_positive"))
    elif amount > ledger.MAX_AMOUNT_RP:
        issues.append(Issue("amount", "posting.amount_too_large", {"limit": ledger.MAX_AMOUNT_RP}))
    if move.cash_account not in cash_accounts():
        issues.append(Issue("cash_account", "cashbox.not_cash_account"))
    text_rules.clean_text(move.party_name, "party_name", receipts.PARTY_LIMIT, issues, required=True)
    return issues


def _pos_issues(account: str, allowed: set[str]) -> list[Issue]:
    return [] if account in allowed else [Issue("account", "cashbox.bad_pos")]


def _item_issues(item: InventoryInput, found: list[Issue]) -> list[Issue]:
    """The Buku Inventaris's own checks, named item_*; the date and value are the payment's
    (already checked as entry_date and amount when they come from it)."""
    taken = {issue.field for issue in found}
    issues = []
    for issue in inventory.validate(item):
        if issue.field == "acquired_on" and "entry_date" in taken or issue.field == "value_rp" and "amount" in taken:
            continue
        issues.append(Issue(f"item_{issue.field}", issue.code, issue.params))
    return issues


def _post(move: CashMove, lines: list[ledger.Line], item: InventoryInput | None = None) -> Recorded:
    """The entry, its receipt and the inventory item: all in one transaction, or nothing."""
    with db.atomic():
        entry_id = ledger.post_entry(move.on, _text(move.description), lines)
        number = receipts.issue(entry_id, party_name=_text(move.party_name))
        item_id = inventory.add_item(item, entry_id).id if item is not None else None
    return Recorded(entry_id, number, item_id)
