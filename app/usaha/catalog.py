"""Products and raw materials (bahan baku) of a business, and the price history of products.

A product has a unit (its price and standard cost are per that unit), a standard cost (used
only when stock must be valued with no average at hand) and sale prices with their effective
date: the price on a date is the latest one effective on or before it. Items are never deleted;
an item no longer made is marked inactive.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import settings, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.usaha import units
from app.usaha.common import business_issues, money_issues, now_text

KINDS = ("product", "material")


@dataclass(frozen=True)
class ItemRow:
    id: int
    business_id: int
    kind: str  # product or material
    name: str
    unit_id: int
    unit_name: str
    base_unit_id: int
    base_unit_name: str
    unit_factor: int  # base units in one `unit`
    standard_cost_rp: int  # per `unit`
    is_active: bool


@dataclass(frozen=True)
class PriceRow:
    effective_on: date
    price_rp: int  # per the product's unit
    created_at: str
    created_by: str


_SELECT = (
    "SELECT i.id, i.business_id, i.kind, i.name, i.unit_id, u.name, coalesce(u.base_unit_id, u.id),"
    " coalesce(b.name, u.name), u.factor, i.standard_cost_rp, i.is_active"
    " FROM usaha_items i JOIN usaha_units u ON u.id = i.unit_id LEFT JOIN usaha_units b ON b.id = u.base_unit_id"
)


def _row(row) -> ItemRow:
    return ItemRow(*row[:10], bool(row[10]))


@checked
def get_item(item_id: int) -> ItemRow | None:
    row = db.execute_sql(_SELECT + " WHERE i.id = ?", (item_id,)).fetchone()
    return _row(row) if row else None


@checked
def list_items(business_id: int, kind: str | None = None, active_only: bool = False) -> list[ItemRow]:
    sql, params = _SELECT + " WHERE i.business_id = ?", [business_id]
    if kind is not None:
        sql, params = sql + " AND i.kind = ?", params + [kind]
    if active_only:
        sql += " AND i.is_active = 1"
    return [_row(r) for r in db.execute_sql(sql + " ORDER BY i.kind DESC, i.name", params)]


@checked
def item_unit(item: ItemRow) -> units.UnitRow:
    return units.UnitRow(item.unit_id, item.unit_name, None, item.base_unit_id, item.base_unit_name, item.unit_factor)


def _add(business_id: int, kind: str, name: str, unit_id: int, standard_cost_rp: int) -> int:
    issues = business_issues(business_id)
    name = text_rules.clean_text(name, "name", text_rules.ITEM_NAME, issues, required=True)
    unit = units.get_unit(unit_id)
    if unit is None or unit.business_id not in (None, business_id):
        issues.append(Issue("unit", "unit.unknown", {"unit": unit_id}))
    if type(standard_cost_rp) is not int:
        issues.append(Issue("standard_cost_rp", "posting.not_whole_rupiah", {"amount": str(standard_cost_rp)}))
    elif standard_cost_rp < 0:
        issues.append(Issue("standard_cost_rp", "usaha.cost_negative"))
    elif standard_cost_rp > 10**13 - 1:
        issues.append(Issue("standard_cost_rp", "usaha.price_too_large", {"limit": 10**13 - 1}))
    if name and not issues and db.execute_sql(
        "SELECT 1 FROM usaha_items WHERE business_id = ? AND kind = ? AND name = ? COLLATE NOCASE",
        (business_id, kind, name),
    ).fetchone():
        issues.append(Issue("name", "usaha.item_name_taken", {"name": name}))
    if issues:
        raise Rejected(issues)
    return current().insert(db,
        "INSERT INTO usaha_items (business_id, kind, name, unit_id, standard_cost_rp, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (business_id, kind, name, unit_id, standard_cost_rp, now_text()),
    )


@roles.needs("records")
@checked
def add_product(business_id: int, name: str, unit_id: int, price_rp: int, effective_on: date,
                standard_cost_rp: int = 0) -> ItemRow:
    """A product with its first sale price (per `unit_id`), effective from `effective_on`."""
    with db.atomic():
        issues = money_issues("price_rp", price_rp) + _price_date_issues(effective_on)
        try:
            item_id = _add(business_id, "product", name, unit_id, standard_cost_rp)
        except Rejected as refused:
            raise Rejected(refused.issues + issues) from None
        if issues:
            raise Rejected(issues)
        _insert_price(item_id, effective_on, price_rp)
    return get_item(item_id)


@roles.needs("records")
@checked
def add_material(business_id: int, name: str, unit_id: int) -> ItemRow:
    """A raw material (bahan baku) bought and used by production, e.g. pakan itik in kg."""
    with db.atomic():
        item_id = _add(business_id, "material", name, unit_id, 0)
    return get_item(item_id)


@roles.needs("records")
@checked
def set_active(item_id: int, active: bool) -> None:
    with db.atomic():
        if not db.execute_sql("UPDATE usaha_items SET is_active = ? WHERE id = ?", (int(active), item_id)).rowcount:
            raise Rejected.one("item", "usaha.unknown_item", item_id=item_id)


def _price_date_issues(on) -> list[Issue]:
    from app import ledger

    if not ledger._is_date(on):
        return [Issue("effective_on", "date.unreadable")]
    return []


def _insert_price(item_id: int, effective_on: date, price_rp: int) -> None:
    db.execute_sql(
        "INSERT INTO usaha_prices (item_id, effective_on, price_rp, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
        (item_id, effective_on.isoformat(), price_rp, now_text(), settings.operator_name()),
    )


@roles.needs("records")
def set_price(item_id: int, price_rp: int, effective_on: date) -> None:
    """A new sale price from `effective_on` (a future date is allowed: a price announced ahead).
    Earlier prices stay in the history; a second price for the same date takes over from it."""
    with db.atomic():
        item = get_item(item_id)
        issues = money_issues("price_rp", price_rp) + _price_date_issues(effective_on)
        if item is None or item.kind != "product":
            issues.insert(0, Issue("product", "usaha.unknown_product", {"item_id": item_id}))
        if issues:
            raise Rejected(issues)
        _insert_price(item_id, effective_on, price_rp)


@roles.needs("records")
@checked
def set_standard_cost(item_id: int, standard_cost_rp: int) -> None:
    with db.atomic():
        item = get_item(item_id)
        if item is None:
            raise Rejected.one("item", "usaha.unknown_item", item_id=item_id)
        if type(standard_cost_rp) is not int or standard_cost_rp < 0:
            raise Rejected.one("standard_cost_rp", "usaha.cost_negative")
        db.execute_sql("UPDATE usaha_items SET standard_cost_rp = ? WHERE id = ?", (standard_cost_rp, item_id))


@checked
def price_on(item_id: int, on: date) -> int | None:
    """The product's price per its unit on `on`: the latest effective on or before it."""
    row = db.execute_sql(
        "SELECT price_rp FROM usaha_prices WHERE item_id = ? AND effective_on <= ?"
        " ORDER BY effective_on DESC, id DESC LIMIT 1",
        (item_id, on.isoformat()),
    ).fetchone()
    return row[0] if row else None


@checked
def price_history(item_id: int) -> list[PriceRow]:
    rows = db.execute_sql(
        "SELECT effective_on, price_rp, created_at, created_by FROM usaha_prices WHERE item_id = ?"
        " ORDER BY effective_on, id", (item_id,))
    return [PriceRow(date.fromisoformat(d), p, c, b) for d, p, c, b in rows]

