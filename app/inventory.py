"""Buku Inventaris: the group's equipment and goods (DOMAIN.md "PKK reporting").

Columns of the PKK book: No | Nama barang | Asal barang | Tanggal penerimaan/pembelian | Jumlah |
Tempat penyimpanan | Kondisi | Keterangan. An item is never deleted (the table's trigger refuses
it): one given away, sold or broken beyond repair is disposed (dihapuskan) with a date and a
reason and stays in the book.

An item of value is in the ledger's 1-401 from its entry (`entry_id`: bought, given or owned
before the book started, app.assets.register) until its disposal's entry (`disposal_entry_id`)
or the storno of its entry (then it is `cancelled`). Items recorded before the register was
tied to the ledger have no entry: the reconciliation names them. Its `kind` gives its
depreciation life unless it has one of its own (`life_years`), app.assets.depreciation.

Refusals name these fields: name, origin, acquired_on, quantity, unit, value_rp, location,
condition, note, kind, life_years, disposed_on, reason, item.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app import clock, dates, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.models import InventoryItem

CONDITIONS = ("baik", "rusak_ringan", "rusak_berat")
ITEM_KINDS = ("furniture", "tools", "machine")  # mebel, peralatan, mesin (DOMAIN.md: their lives)
MAX_LIFE_YEARS = 50
MAX_VALUE_RP = 10**15 - 1  # below 10^15, like every amount in the book
MAX_QUANTITY = 10**9
LIMITS = {"name": text_rules.NAME, "origin": text_rules.NAME, "unit": text_rules.UNIT, "location": text_rules.NAME,
          "note": text_rules.TEXT, "reason": text_rules.TEXT}


@dataclass
class InventoryInput:
    """What the add form collects."""

    name: str = ""
    origin: str = ""  # asal barang: "Hibah CSR", "Beli sendiri", "Bantuan Dinas Koperasi"
    acquired_on: date | None = None
    quantity: int | None = 1
    unit: str = "buah"
    value_rp: int | None = 0
    location: str = ""  # tempat penyimpanan
    condition: str = "baik"
    note: str = ""
    kind: str = "tools"
    life_years: int | None = None  # None: the policy's life for its kind


@dataclass(frozen=True)
class InventoryRow:
    id: int
    name: str
    origin: str
    acquired_on: date
    quantity: int
    unit: str
    value_rp: int
    location: str
    condition: str
    note: str
    disposed_on: date | None
    disposed_reason: str
    kind: str = "tools"
    life_years: int | None = None
    entry_id: int | None = None  # what brought it into 1-401 (None: recorded before, or no value)
    disposal_entry_id: int | None = None
    cancelled: bool = False  # its entry was reversed (storno): disposed_on is the storno's date

    @property
    def disposed(self) -> bool:
        return self.disposed_on is not None


clean = text_rules.tidy  # the register and the funds compose descriptions of the same tidied names


def _text_issues(values: dict[str, str]) -> list[Issue]:
    return [issue for key, value in values.items() for issue in text_rules.text_issues(key, value, LIMITS[key])]


def _quantity_issues(quantity) -> list[Issue]:
    if quantity is None:
        return [Issue("quantity", "required")]
    if type(quantity) is not int:
        return [Issue("quantity", "number.unreadable")]
    if quantity <= 0:
        return [Issue("quantity", "amount.not_positive")]
    if quantity > MAX_QUANTITY:
        return [Issue("quantity", "inventory.quantity_too_large", {"limit": MAX_QUANTITY})]
    return []


def _condition_issues(condition: str) -> list[Issue]:
    return [] if condition in CONDITIONS else [Issue("condition", "inventory.bad_condition")]


def life_issues(life_years, field: str = "life_years") -> list[Issue]:
    """A depreciation life in whole years: above zero, at most MAX_LIFE_YEARS."""
    if type(life_years) is not int:
        return [Issue(field, "number.unreadable")]
    if life_years <= 0:
        return [Issue(field, "asset.life_not_positive")]
    if life_years > MAX_LIFE_YEARS:
        return [Issue(field, "asset.life_too_long", {"limit": MAX_LIFE_YEARS})]
    return []


def validate(data: InventoryInput) -> list[Issue]:
    issues = []
    name = clean(data.name)
    if not name:
        issues.append(Issue("name", "required"))
    texts = {key: clean(getattr(data, key)) for key in ("name", "origin", "unit", "location", "note")}
    issues += _text_issues(texts)
    if data.acquired_on is None:
        issues.append(Issue("acquired_on", "required"))
    elif wrong := dates.date_issues("acquired_on", data.acquired_on):
        issues += wrong
    elif data.acquired_on > clock.today():
        issues.append(Issue("acquired_on", "date.in_future"))
    issues += _quantity_issues(data.quantity)
    if not texts["unit"]:
        issues.append(Issue("unit", "required"))
    value = data.value_rp
    if value is None:
        issues.append(Issue("value_rp", "required"))
    elif type(value) is not int:
        issues.append(Issue("value_rp", "amount.unreadable"))
    elif value < 0:
        issues.append(Issue("value_rp", "amount.negative"))
    elif value > MAX_VALUE_RP:
        issues.append(Issue("value_rp", "posting.amount_too_large", {"limit": MAX_VALUE_RP}))
    issues += _condition_issues(data.condition)
    if data.kind not in ITEM_KINDS:
        issues.append(Issue("kind", "inventory.bad_kind"))
    if data.life_years is not None:
        issues += life_issues(data.life_years)
    return issues


def _row(item: InventoryItem) -> InventoryRow:
    cancelled = item.entry_id is not None and item.disposal_entry_id is None and item.disposed_on is not None
    return InventoryRow(item.id, item.name, item.origin, item.acquired_on, item.quantity, item.unit,
                        item.value_rp, item.location, item.condition, item.note, item.disposed_on,
                        item.disposed_reason, item.kind, item.life_years, item.entry_id, item.disposal_entry_id,
                        cancelled)


def _get(item_id: int) -> InventoryItem:
    item = InventoryItem.get_or_none(InventoryItem.id == item_id)
    if item is None:
        raise Rejected.one("item", "inventory.not_found")
    return item


@checked
def get_item(item_id: int) -> InventoryRow:
    return _row(_get(item_id))


@roles.needs("records")
@checked
def add_item(data: InventoryInput, entry_id: int | None = None) -> InventoryRow:
    """The register's row, written with the entry that put its value into 1-401 (posted by the
    caller in the same transaction: app.assets.register, the cash box, a funder's gift). An
    item of value needs its entry: without one the register and 1-401 would part."""
    issues = validate(data)
    if entry_id is None and type(data.value_rp) is int and data.value_rp > 0:
        issues.append(Issue("value_rp", "inventory.value_without_entry"))
    if issues:
        raise Rejected(issues)
    with db.atomic():
        item = InventoryItem.create(
            name=clean(data.name), origin=clean(data.origin), acquired_on=data.acquired_on,
            quantity=data.quantity, unit=clean(data.unit), value_rp=data.value_rp,
            location=clean(data.location), condition=data.condition, note=clean(data.note),
            created_at=clock.now(), kind=data.kind, life_years=data.life_years, entry=entry_id,
        )
    return _row(item)


@roles.needs("records")
@checked
def update_item(item_id: int, condition: str, location: str, note: str, quantity: int | None) -> InventoryRow:
    """What may change over an item's life: its condition, where it is kept, the note and the
    quantity (a set of plates loses some). Name, origin, date and value are history."""
    with db.atomic():
        item = _get(item_id)
        texts = {"location": clean(location), "note": clean(note)}
        issues = _condition_issues(condition) + _text_issues(texts) + _quantity_issues(quantity)
        if item.disposed_on is not None:
            issues.append(Issue("item", "inventory.disposed", {"on": item.disposed_on}))
        if issues:
            raise Rejected(issues)
        InventoryItem.update(condition=condition, quantity=quantity, **texts).where(
            InventoryItem.id == item_id).execute()
    return get_item(item_id)


@checked
def disposal_issues(item_id: int, on: date | None, reason: str) -> list[Issue]:
    """What a disposal of the item on `on` for `reason` would be refused for."""
    reason = clean(reason)
    item = _get(item_id)
    issues = []
    if item.disposed_on is not None:
        issues.append(Issue("item", "inventory.disposed", {"on": item.disposed_on}))
    if on is None:
        issues.append(Issue("disposed_on", "required"))
    elif on > clock.today():
        issues.append(Issue("disposed_on", "date.in_future"))
    elif on < item.acquired_on:
        issues.append(Issue("disposed_on", "date.too_early", {"earliest": item.acquired_on}))
    if not reason:
        issues.append(Issue("reason", "required"))
    return issues + _text_issues({"reason": reason})


@roles.needs("records")
@checked
def dispose_item(item_id: int, on: date | None, reason: str, entry_id: int | None = None) -> InventoryRow:
    """Hapuskan: the item leaves the group's hands on `on` for `reason`; it stays in the book.
    `entry_id`: the disposal's entry (app.assets.register posts it first, in one transaction)."""
    with db.atomic():
        issues = disposal_issues(item_id, on, reason)
        if entry_id is None and _get(item_id).entry_id is not None:  # in 1-401: it leaves with its entry
            issues.append(Issue("item", "inventory.disposal_without_entry"))
        if issues:
            raise Rejected(issues)
        InventoryItem.update(disposed_on=on, disposed_reason=clean(reason), disposal_entry=entry_id).where(
            InventoryItem.id == item_id).execute()
    return get_item(item_id)


@roles.needs("records")
@checked
def mark_cancelled(item_id: int, on: date, reason: str) -> None:
    """Its entry was reversed on `on`: the item leaves the register that day (the storno's)."""
    InventoryItem.update(disposed_on=on, disposed_reason=clean(reason)).where(InventoryItem.id == item_id).execute()


@roles.needs("records")
@checked
def restore(item_id: int) -> None:
    """Its disposal's entry was reversed: the item is held again, as if never disposed."""
    InventoryItem.update(disposed_on=None, disposed_reason="", disposal_entry=None).where(
        InventoryItem.id == item_id).execute()


@checked
def list_items(as_of: date | None = None, include_disposed: bool = True) -> list[InventoryRow]:
    """Items acquired by `as_of` (all when None), oldest first. An item disposed after `as_of`
    was still held then and is listed as held; without include_disposed, items disposed by
    `as_of` are left out."""
    query = InventoryItem.select().order_by(InventoryItem.acquired_on, InventoryItem.id)
    if as_of is not None:
        query = query.where(InventoryItem.acquired_on <= as_of)
    rows = []
    for item in query:
        row = _row(item)
        if as_of is not None and row.disposed_on is not None and row.disposed_on > as_of:
            row = replace(row, disposed_on=None, disposed_reason="")
        if row.disposed and not include_disposed:
            continue
        rows.append(row)
    return rows
