"""Stock: every movement of a product or material, its cost, stock on hand by date, counts.

Costing rule: a perpetual MOVING AVERAGE per item. Each item's stock has a quantity Q (base
units) and a value V (rupiah): the sums of its movements. What comes in adds its cost (a
purchase its price, a production the cost of the materials it used). What goes out (a sale,
a material used by production, a count short) takes V·q/Q rounded to the nearest rupiah, and
the last units out take exactly what is left of V, so a stock of zero is worth zero. The
average is the item's as recorded so far (in the order things are recorded): a record dated
back takes the average as it stands, and earlier records are never re-costed (their entries
are posted). With no stock to average from (only after an explicit allow_negative) the item's
standard cost is used. Each movement's cost is exactly what its entry moved in or out of 1-301,
so the business's 1-301 balance is the sum of its items' values.

Stock never goes negative: what leaves on a day must be on hand that day and on every later
day already recorded (a sale dated back must not empty a day that has since sold). Otherwise
the service refuses with "stock.insufficient" (on hand and asked, in the base unit), unless the
caller passes allow_negative=True with a reason; the reason is kept on the movement.

A movement whose journal entry was reversed (storno) no longer counts: stock and value return
as they were, as the storno's postings return 1-301. Before a storno of a business entry,
`reversal_issues(entry_id)` says whether it would leave a stock negative or a payment orphaned.

Stock count (stock opname): the counted quantity against the book's on that date; a shortage
is costed at the average and posted Dr 5-102 Selisih persediaan / Cr 1-301, a surplus at the
average (or the standard cost) Dr 1-301 / Cr 5-102. The reason is required when they differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from app import ledger, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.ledger import credit, debit
from app.rounding import Rounding, round_rupiah
from app.usaha import catalog, units
from app.usaha.catalog import ItemRow
from app.usaha.common import business_name, date_issues, now_text

STOCK = "1-301"
DIFFERENCE = "5-102"

# Movements that count: not part of a reversed entry.
LIVE = ("usaha_moves m LEFT JOIN journal_entries e ON e.id = m.entry_id"
        " WHERE e.reversed_by_id IS NULL")


@dataclass(frozen=True)
class StockRow:
    item_id: int
    kind: str
    name: str
    unit_name: str  # the item's unit
    base_unit_name: str
    quantity_base: int  # on hand, in the base unit
    quantity: Decimal  # on hand, in the item's unit (45 butir = 1.5 rak)
    value_rp: int


@dataclass(frozen=True)
class MoveRow:
    move_date: date
    kind: str  # purchase, produced, consumed, sold, counted
    quantity_base: int  # signed: in > 0 > out
    cost_rp: int  # signed
    balance_base: int  # on hand after this movement (in date order)
    entry_id: int | None
    negative_reason: str


@dataclass(frozen=True)
class CountResult:
    count_id: int
    item_id: int
    book_base: int
    counted_base: int
    difference_base: int  # counted - book
    value_rp: int  # signed: the value added (> 0) or written off (< 0)
    entry_id: int | None  # None when nothing differed (or the difference had no value)


class Position:
    """An item's whole stock (all dates) as recorded: the base of the moving average. A service
    moving several lines of one item in one transaction keeps one Position and lets it follow."""

    def __init__(self, item: ItemRow):
        self.item = item
        self.quantity, self.value = db.execute_sql(
            f"SELECT coalesce(sum(m.quantity_base), 0), coalesce(sum(m.cost_rp), 0) FROM {LIVE} AND m.item_id = ?",
            (item.id,),
        ).fetchone()

    def unit_cost(self) -> Fraction:
        if self.quantity > 0 and self.value >= 0:
            return Fraction(self.value, self.quantity)
        return Fraction(self.item.standard_cost_rp, self.item.unit_factor)

    def take(self, quantity_base: int) -> int:
        """The cost of `quantity_base` going out; the position follows."""
        q, v = self.quantity, self.value
        if 0 < quantity_base <= q:
            cost = v if quantity_base == q else round_rupiah(Fraction(v * quantity_base, q), Rounding.HALF_UP)
        else:
            covered = max(q, 0)
            cost = (v if covered else 0) + round_rupiah(self.unit_cost() * (quantity_base - covered), Rounding.HALF_UP)
        cost = max(cost, 0)
        self.quantity -= quantity_base
        self.value -= cost
        return cost

    def add(self, quantity_base: int, cost_rp: int) -> None:
        self.quantity += quantity_base
        self.value += cost_rp


@checked
def on_hand(item_id: int, on: date | None = None) -> int:
    """Stock on hand at the end of `on` (default: everything recorded), in the base unit."""
    sql, params = f"SELECT coalesce(sum(m.quantity_base), 0) FROM {LIVE} AND m.item_id = ?", [item_id]
    if on is not None:
        sql, params = sql + " AND m.move_date <= ?", params + [on.isoformat()]
    return db.execute_sql(sql, params).fetchone()[0]


@checked
def available(item_id: int, on: date) -> int:
    """What may leave on `on`: the lowest end-of-day stock on `on` or any later recorded day."""
    by_day = db.execute_sql(
        f"SELECT m.move_date, sum(m.quantity_base) FROM {LIVE} AND m.item_id = ? GROUP BY m.move_date"
        " ORDER BY m.move_date", (item_id,)).fetchall()
    day = on.isoformat()
    running = sum(q for d, q in by_day if d <= day)
    lowest = running
    for d, q in by_day:
        if d > day:
            running += q
            lowest = min(lowest, running)
    return lowest


@checked
def out_issues(field: str, item: ItemRow, quantity_base: int, on: date, allow_negative: bool,
               negative_reason: str, unit_id: int | None = None) -> list[Issue]:
    """`quantity_base` of `item` leaving on `on`: refused when it is not there (see module).
    The refusal names the item and the unit she typed (`unit_id`) so that it can be worded in
    her units (app.usaha.units.spoken)."""
    if allow_negative:
        found = text_rules.text_issues("negative_reason", text_rules.tidy(negative_reason), text_rules.TEXT, required=True)
        return [Issue(i.field, "stock.negative_reason_required") if i.code == "required" else i for i in found]
    have = available(item.id, on)
    if quantity_base > have:
        return [Issue(field, "stock.insufficient",
                      {"item": item.name, "on_hand": max(have, 0), "asked": quantity_base,
                       "unit": item.base_unit_name, "item_id": item.id, "unit_id": unit_id})]
    return []


@roles.needs("records")
@checked
def insert_move(item: ItemRow, on: date, kind: str, quantity_base: int, cost_rp: int, doc_id: int,
                entry_id: int | None, quantity: str = "", unit_id: int | None = None, unit_price_rp: int = 0,
                amount_rp: int = 0, negative_reason: str = "") -> None:
    db.execute_sql(
        "INSERT INTO usaha_moves (business_id, item_id, move_date, kind, quantity_base, cost_rp, quantity, unit_id,"
        " unit_price_rp, amount_rp, doc_id, entry_id, negative_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (item.business_id, item.id, on.isoformat(), kind, quantity_base, cost_rp, quantity, unit_id,
         unit_price_rp, amount_rp, doc_id, entry_id, text_rules.tidy(negative_reason)),
    )


@roles.needs("records")
@checked
def bring_in(item: ItemRow, on: date, quantity_base: int, cost_rp: int, entry_id: int | None, quantity: str,
             unit_id: int, reason: str) -> None:
    """Stock the book starts with (app.opening): recorded as a first count from nothing, its
    value `cost_rp` put into 1-301 by the caller's entry `entry_id` (shared by the items of the
    opening, so the count keeps no entry of its own and the movement carries it; None when
    the opening's stock is all of no value)."""
    count_id = current().insert(db,
        "INSERT INTO usaha_counts (business_id, item_id, count_date, counted_base, book_base, reason, entry_id,"
        " created_at) VALUES (?, ?, ?, ?, 0, ?, NULL, ?)",
        (item.business_id, item.id, on.isoformat(), quantity_base, reason, now_text()))
    insert_move(item, on, "counted", quantity_base, cost_rp, count_id, entry_id, quantity=quantity, unit_id=unit_id)


@checked
def stock_list(business_id: int, on: date | None = None, kind: str | None = None) -> list[StockRow]:
    """Every item of the business with its stock and value at the end of `on` (one query)."""
    where, params = "", [business_id]
    if on is not None:
        where, params = " AND m.move_date <= ?", params + [on.isoformat()]
    sums = {
        item_id: (q, v) for item_id, q, v in db.execute_sql(
            f"SELECT m.item_id, sum(m.quantity_base), sum(m.cost_rp) FROM {LIVE} AND m.business_id = ?{where}"
            " GROUP BY m.item_id", params)
    }
    rows = []
    for item in catalog.list_items(business_id, kind):
        q, v = sums.get(item.id, (0, 0))
        rows.append(StockRow(item.id, item.kind, item.name, item.unit_name, item.base_unit_name, q,
                             units.from_base(q, catalog.item_unit(item)), v))
    return rows


@checked
def stock_value(business_id: int, on: date | None = None) -> int:
    return sum(row.value_rp for row in stock_list(business_id, on))


@checked
def movements(item_id: int, start: date | None = None, end: date | None = None) -> list[MoveRow]:
    """The item's stock card: movements in date order with the balance after each."""
    rows = db.execute_sql(
        f"SELECT m.move_date, m.kind, m.quantity_base, m.cost_rp, m.entry_id, m.negative_reason FROM {LIVE}"
        " AND m.item_id = ? ORDER BY m.move_date, m.id", (item_id,)).fetchall()
    result, balance = [], 0
    for d, kind, q, cost, entry_id, reason in rows:
        balance += q
        day = date.fromisoformat(d)
        if (start is None or day >= start) and (end is None or day <= end):
            result.append(MoveRow(day, kind, q, cost, balance, entry_id, reason))
    return result


@roles.needs("records")
def count_stock(item_id: int, on: date, counted, unit_id: int | None = None, reason: str = "") -> CountResult:
    """Stock opname: post the difference between the counted quantity and the book's on `on`."""
    with db.atomic():
        issues: list[Issue] = []
        item = catalog.get_item(item_id)
        if item is None:
            raise Rejected.one("item", "usaha.unknown_item", item_id=item_id)
        issues += date_issues("entry_date", on)
        unit = units.get_unit(unit_id) if unit_id is not None else catalog.item_unit(item)
        if not units.usable_for(unit, catalog.item_unit(item), item.business_id):
            issues.append(Issue("unit", "unit.not_for_item", {"item": item.name}))
            unit = None
        counted_base = units.to_base("counted", counted, unit, issues, allow_zero=True) if unit else None
        if issues:
            raise Rejected(issues)
        book = on_hand(item.id, on)
        difference = counted_base - book
        reason = text_rules.tidy(reason)
        if difference and not reason:
            issues.append(Issue("reason", "stock.count_reason_required"))
        issues += text_rules.text_issues("reason", reason, text_rules.TEXT)
        if difference < 0:
            issues += out_issues("counted", item, -difference, on, False, "")
        if issues:
            raise Rejected(issues)
        position = Position(item)
        value = -position.take(-difference) if difference < 0 else round_rupiah(
            position.unit_cost() * difference, Rounding.HALF_UP)
        entry_id = None
        if value:
            b = item.business_id
            memo = f"{item.name}: {book} → {counted_base} {item.base_unit_name}"
            lines = [debit(STOCK, value, business_id=b, memo=memo), credit(DIFFERENCE, value, business_id=b, memo=memo)]
            entry_id = ledger.post_entry(on, f"Stok opname {business_name(b)} – {item.name}: {reason}", lines)
        count_id = current().insert(db,
            "INSERT INTO usaha_counts (business_id, item_id, count_date, counted_base, book_base, reason, entry_id,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item.business_id, item.id, on.isoformat(), counted_base, book, reason, entry_id, now_text()),
        )
        if difference:
            insert_move(item, on, "counted", difference, value, count_id, entry_id,
                        quantity=str(counted), unit_id=unit.id)
        return CountResult(count_id, item.id, book, counted_base, difference, value, entry_id)


@checked
def reversal_issues(entry_id: int) -> list[Issue]:
    """What a storno of `entry_id` would break in a business's book: stock that came in and has
    since gone out (a day would go below zero), or a sale or purchase with payments still
    standing (reverse the payments first). Empty when the storno may go ahead."""
    issues = []
    rows = db.execute_sql(
        "SELECT item_id, min(move_date), sum(quantity_base) FROM usaha_moves WHERE entry_id = ? GROUP BY item_id",
        (entry_id,)).fetchall()
    for item_id, day, quantity in rows:
        if quantity > 0 and available(item_id, date.fromisoformat(day)) < quantity:
            item = catalog.get_item(item_id)
            issues.append(Issue("entry", "stock.insufficient",
                                {"item": item.name, "on_hand": max(available(item_id, date.fromisoformat(day)), 0),
                                 "asked": quantity, "unit": item.base_unit_name, "item_id": item.id,
                                 "unit_id": None}))
    for table, key, parent in (("usaha_collections", "sale_id", "usaha_sales"),
                               ("usaha_supplier_payments", "purchase_id", "usaha_purchases")):
        paid = db.execute_sql(
            f"SELECT count(*) FROM {table} c JOIN {parent} s ON s.id = c.{key}"
            " JOIN journal_entries e ON e.id = c.entry_id WHERE s.entry_id = ? AND e.reversed_by_id IS NULL",
            (entry_id,)).fetchone()[0]
        if paid:
            issues.append(Issue("entry", "usaha.has_payments", {"count": paid}))
    return issues
