"""The Buku Inventaris and the ledger's 1-401 as one: every item of value comes in with its
entry and goes out with one, so the register's total at a date is 1-401 at that date.

    row = register.acquire(InventoryInput(...), BOUGHT, cash_account=KAS, party_name="Toko Sinar")
    row = register.acquire(InventoryInput(...), GIFT)    # Dr 1-401 / Cr 3-201 Modal hibah
    row = register.acquire(InventoryInput(...), OWNED)   # Dr 1-401 / Cr 3-501 Modal awal
    row = register.dispose(item_id, on, "Dijual", proceeds_rp=500_000, buyer="Bu Ani")

Bought: the cash box's payment (app.cashbox.moves.pay with the item: Dr 1-401 / Cr Kas or Bank,
its bukti kas keluar). A gift with its funder goes through app.funds.funders.receive_in_kind,
which posts through enter() too. An item of no value posts nothing.

Disposal (hapuskan): Cr 1-401 its cost, Dr 1-402 its accumulated depreciation, Dr Kas/Bank
what it was sold for (with a kuitansi for the buyer), and the rest of its book value Dr 5-206
(written off) or, sold above it, Cr 4-303 Pendapatan lain-lain.

A storno of an item's entry takes it out of the register on the storno's date (refused while
it is disposed of or depreciated: reverse those first); a storno of a disposal brings it back.

reconcile(on): the register's total, 1-401's balance, and what explains a difference (items
recorded before the register was tied to the ledger; entries on 1-401 with no item, such as a
disposal reversed later: the item is back in the register from its start, the ledger had it
out until the storno).

Refusals name InventoryInput's fields (name, acquired_on, value_rp …), how, cash_account,
party_name; for a disposal: disposed_on, reason, proceeds_rp, cash_account, buyer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app import accounts, inventory, ledger, receipts, text_rules
from app.access import roles
from app.assets import depreciation
from app.cashbox import moves
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.inventory import InventoryInput, InventoryRow
from app.ledger import KAS

EQUIPMENT, ACCUMULATED, GRANT, OPENING = "1-401", "1-402", "3-201", "3-501"
WRITTEN_OFF, GAIN = depreciation.EXPENSE, "4-303"  # Beban penyusutan; Pendapatan lain-lain
BOUGHT, GIFT, OWNED = "bought", "gift", "owned"
HOW = (BOUGHT, GIFT, OWNED)
ORIGIN = {GIFT: "Hibah", OWNED: "Milik kelompok sebelum buku dimulai"}  # asal barang when left empty
# The payment's and the ledger's field names, as the register's form names them.
_FIELDS = {"entry_date": "acquired_on", "amount": "value_rp", "description": "name"}


@dataclass(frozen=True)
class Reconciliation:
    on: date
    register_rp: int  # Jumlah menurut buku inventaris: items held at `on`, at cost
    ledger_rp: int  # Saldo akun Peralatan (1-401) at `on`
    unposted: tuple[InventoryRow, ...]  # held, of value, with no entry (recorded before)
    unlinked: tuple[tuple[date, str, int], ...]  # entries on 1-401 with no item: date, description, amount

    @property
    def difference_rp(self) -> int:
        return self.register_rp - self.ledger_rp

    @property
    def explained(self) -> bool:
        """The difference is what the unposted items and the unlinked entries account for."""
        return self.difference_rp == sum(r.value_rp for r in self.unposted) - sum(a for _, _, a in self.unlinked)


def _renamed(issues: list[Issue]) -> list[Issue]:
    return [Issue(_FIELDS.get(i.field, i.field.removeprefix("item_")), i.code, i.params) for i in issues]


@roles.needs("records", by=("how", {"bought": "money"}))  # bought with cash: money; a gift or owned: records
@checked
def acquire(data: InventoryInput, how: str, cash_account: str = KAS, party_name: str = "") -> InventoryRow:
    """Write the item into the register with its entry; refused whole, writing nothing."""
    if how not in HOW:
        raise Rejected.one("how", "inventory.bad_acquisition")
    if how == BOUGHT:
        move = moves.CashMove(data.acquired_on, f"Beli {inventory.clean(data.name)}", data.value_rp, EQUIPMENT,
                              cash_account, party_name)
        try:
            done = moves.pay(move, item=data)
        except Rejected as rejected:
            raise Rejected(_renamed(rejected.issues)) from None
        return inventory.get_item(done.item_id)
    data = replace(data, origin=inventory.clean(data.origin) or ORIGIN[how])
    label = "Hibah barang" if how == GIFT else "Saldo awal inventaris"
    return enter(data, GRANT if how == GIFT else OPENING, f"{label}: {inventory.clean(data.name)}")[0]


@roles.needs("money")
def enter(data: InventoryInput, credit_account: str, description: str, reference: str = "",
          credit_memo: str = "") -> tuple[InventoryRow, int | None]:
    """The item and its entry Dr 1-401 / Cr `credit_account` (none for an item of no value), in
    one transaction; returns the row and the entry's id."""
    issues = inventory.validate(data)
    if issues:
        raise Rejected(issues)
    with db.atomic():
        entry_id = None
        if data.value_rp:
            name = inventory.clean(data.name)
            try:
                entry_id = ledger.post_entry(data.acquired_on, description, [
                    ledger.debit(EQUIPMENT, data.value_rp, memo=name),
                    ledger.credit(credit_account, data.value_rp, memo=credit_memo or name)], reference)
            except Rejected as rejected:
                raise Rejected(_renamed(rejected.issues)) from None
        return inventory.add_item(data, entry_id), entry_id


def _proceeds_issues(proceeds_rp, cash_account: str, buyer: str) -> list[Issue]:
    if type(proceeds_rp) is not int:
        return [Issue("proceeds_rp", "amount.unreadable")]
    if proceeds_rp < 0:
        return [Issue("proceeds_rp", "amount.negative")]
    if proceeds_rp > ledger.MAX_AMOUNT_RP:
        return [Issue("proceeds_rp", "posting.amount_too_large", {"limit": ledger.MAX_AMOUNT_RP})]
    if not proceeds_rp:
        return []
    return accounts.cash_account_issues(cash_account) + text_rules.text_issues("buyer", buyer, receipts.PARTY_LIMIT, required=True)


@checked
def disposal_lines(item: InventoryRow, proceeds_rp: int, cash_account: str = KAS) -> list[ledger.Line]:
    """The disposal's postings (see the module's words); no line of zero."""
    cost = item.value_rp if item.entry_id is not None else 0
    acc = depreciation.accumulated(item.id) if cost else 0
    rest = cost - acc - proceeds_rp  # > 0: book value written off; < 0: sold above it
    lines = [ledger.credit(EQUIPMENT, cost, memo=item.name), ledger.debit(ACCUMULATED, acc, memo=item.name),
             ledger.debit(cash_account, proceeds_rp, memo=item.name),
             ledger.debit(WRITTEN_OFF, rest, memo=f"Nilai buku {item.name} dihapuskan") if rest > 0
             else ledger.credit(GAIN, -rest, memo=f"Laba penjualan {item.name}")]
    return [line for line in lines if line.amount_rp]


@roles.needs("money")
@checked
def dispose(item_id: int, on: date | None, reason: str, proceeds_rp: int = 0, cash_account: str = KAS,
            buyer: str = "") -> InventoryRow:
    """Hapuskan: the item leaves on `on` for `reason` with its entry (none for an item outside
    the ledger sold for nothing). Refused whole, writing nothing."""
    buyer = inventory.clean(buyer)
    with db.atomic():
        issues = inventory.disposal_issues(item_id, on, reason) + _proceeds_issues(proceeds_rp, cash_account, buyer)
        item = inventory.get_item(item_id)
        last = depreciation.last_depreciated(item_id)
        if isinstance(on, date) and last is not None and on < last:
            issues.append(Issue("disposed_on", "asset.depreciated_until", {"date": last}))
        if issues:
            raise Rejected(issues)
        lines = disposal_lines(item, proceeds_rp, cash_account)
        entry_id = None
        if lines:
            try:
                entry_id = ledger.post_entry(on, f"Penghapusan inventaris: {item.name} ({inventory.clean(reason)})",
                                             lines)
            except Rejected as rejected:
                raise Rejected([Issue("disposed_on" if i.field == "entry_date" else "proceeds_rp", i.code, i.params)
                                for i in rejected.issues]) from None
            if proceeds_rp:
                receipts.issue(entry_id, party_name=buyer)
        return inventory.dispose_item(item_id, on, reason, entry_id)


# --- stornos (app.reversals) ------------------------------------------------------------------


@checked
def reversal_issues(entry_id: int) -> list[Issue]:
    """An item's entry is reversed only while it is neither disposed of nor depreciated."""
    issues = depreciation.reversal_issues(entry_id)
    for item_id, name, disposal in db.execute_sql(
            "SELECT id, name, disposal_entry_id FROM inventory_items WHERE entry_id = ?", (entry_id,)).fetchall():
        if disposal is not None:
            issues.append(Issue("entry", "inventory.disposal_first", {"item": name}))
        if depreciation.accumulated(item_id):
            issues.append(Issue("entry", "asset.depreciated", {"item": name}))
    return issues


@roles.needs("storno")
@checked
def after_storno(entry_id: int, on: date, reason: str) -> None:
    """The storno of `entry_id` is posted: its item leaves the register, or comes back."""
    for (item_id,) in db.execute_sql("SELECT id FROM inventory_items WHERE entry_id = ? AND disposed_on IS NULL",
                                     (entry_id,)).fetchall():
        inventory.mark_cancelled(item_id, on, reason)
    for (item_id,) in db.execute_sql("SELECT id FROM inventory_items WHERE disposal_entry_id = ?",
                                     (entry_id,)).fetchall():
        inventory.restore(item_id)


# --- the reconciliation -----------------------------------------------------------------------


@checked
def reconcile(on: date) -> Reconciliation:
    held = [row for row in inventory.list_items(on, include_disposed=False)]
    unposted = tuple(row for row in held if row.entry_id is None and row.value_rp > 0)
    linked = "SELECT entry_id FROM inventory_items WHERE entry_id IS NOT NULL UNION" \
             " SELECT disposal_entry_id FROM inventory_items WHERE disposal_entry_id IS NOT NULL"
    unlinked = tuple(
        (date.fromisoformat(day), text, amount) for day, text, amount in db.execute_sql(
            "SELECT e.entry_date, e.description, sum(p.amount_rp) FROM postings p"
            " JOIN accounts a ON a.id = p.account_id JOIN journal_entries e ON e.id = p.entry_id"
            f" WHERE a.code = ? AND p.entry_date <= ? AND e.id NOT IN ({linked})"
            f" AND (e.reverses_id IS NULL OR e.reverses_id NOT IN ({linked}))"
            " GROUP BY e.id ORDER BY e.entry_date, e.id", (EQUIPMENT, on.isoformat())).fetchall())
    return Reconciliation(on, sum(row.value_rp for row in held), ledger.account_balance(EQUIPMENT, on),
                          unposted, unlinked)
