"""What the business screens list: purchases, productions, sales and work records of one
business, newest first, with what a person reads in a row (names, quantities as typed, units).

Read-only: every figure comes from the records the services wrote; a record whose journal entry
was reversed (storno) is listed with `reversed` set, never hidden, so the list matches the book.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.dates import checked
from app.db import db

LIMIT = 500  # the screens show the latest records; a year of a busy business fits


@dataclass(frozen=True)
class PurchaseRow:
    purchase_id: int
    purchase_date: date
    item_name: str
    quantity: str  # as typed, e.g. "12.5"
    unit_name: str
    amount_rp: int
    supplier: str
    on_credit: bool
    paid_rp: int  # of a credit purchase; a cash purchase is paid in full
    reversed: bool


@dataclass(frozen=True)
class ProductionRow:
    production_id: int
    production_date: date
    product_name: str
    quantity: str
    rejects: str
    unit_name: str
    cost_rp: int
    materials: str  # "Pakan itik 37.5 kg, ..."
    note: str
    reversed: bool


@dataclass(frozen=True)
class SaleRow:
    sale_id: int
    sale_date: date
    buyer: str  # the member's name, the buyer's, or "" for a walk-in buyer
    buyer_member_id: int | None
    lines: str  # "Telur itik 2 rak, Telur itik 15 butir"
    amount_rp: int
    on_credit: bool
    paid_rp: int  # of a credit sale
    receipt_number: str | None
    reversed: bool


@dataclass(frozen=True)
class WorkRow:
    work_id: int
    work_date: date
    member_id: int
    member_name: str
    hours: str
    pieces: int
    note: str


@checked
def purchases(business_id: int, limit: int = LIMIT) -> list[PurchaseRow]:
    rows = db.execute_sql(
        "SELECT p.id, p.purchase_date, i.name, p.quantity, u.name, p.amount_rp, p.supplier, p.on_credit,"
        " (SELECT coalesce(sum(c.amount_rp), 0) FROM usaha_supplier_payments c JOIN journal_entries ce"
        "  ON ce.id = c.entry_id WHERE c.purchase_id = p.id AND ce.reversed_by_id IS NULL),"
        " e.reversed_by_id IS NOT NULL"
        " FROM usaha_purchases p JOIN usaha_items i ON i.id = p.item_id JOIN usaha_units u ON u.id = p.unit_id"
        " JOIN journal_entries e ON e.id = p.entry_id WHERE p.business_id = ?"
        " ORDER BY p.purchase_date DESC, p.id DESC LIMIT ?", (business_id, limit))
    return [PurchaseRow(i, date.fromisoformat(d), n, q, u, a, s, bool(c), a if not c else paid, bool(r))
            for i, d, n, q, u, a, s, c, paid, r in rows]


def _moved_items(business_id: int, kind: str, doc_ids: list[int]) -> dict[int, str]:
    """The items each document moved (`kind` "consumed" or "sold"), as "name quantity unit, …"."""
    moved: dict[int, list[str]] = {}
    if doc_ids:
        marks = ",".join("?" * len(doc_ids))
        for doc_id, name, quantity, unit in db.execute_sql(
                "SELECT m.doc_id, i.name, m.quantity, u.name FROM usaha_moves m JOIN usaha_items i ON i.id = m.item_id"
                " LEFT JOIN usaha_units u ON u.id = m.unit_id"
                f" WHERE m.kind = ? AND m.business_id = ? AND m.doc_id IN ({marks}) ORDER BY m.id",
                [kind, business_id, *doc_ids]):
            moved.setdefault(doc_id, []).append(f"{name} {quantity} {unit or ''}".strip())
    return {doc_id: ", ".join(names) for doc_id, names in moved.items()}


@checked
def productions(business_id: int, limit: int = LIMIT) -> list[ProductionRow]:
    rows = db.execute_sql(
        "SELECT p.id, p.production_date, i.name, p.quantity, p.rejects, u.name, p.cost_rp, p.note,"
        " coalesce(e.reversed_by_id IS NOT NULL, 0)"
        " FROM usaha_productions p JOIN usaha_items i ON i.id = p.item_id JOIN usaha_units u ON u.id = p.unit_id"
        " LEFT JOIN journal_entries e ON e.id = p.entry_id WHERE p.business_id = ?"
        " ORDER BY p.production_date DESC, p.id DESC LIMIT ?", (business_id, limit)).fetchall()
    used = _moved_items(business_id, "consumed", [r[0] for r in rows])
    return [ProductionRow(i, date.fromisoformat(d), n, q, rj, u, c, used.get(i, ""), note, bool(r))
            for i, d, n, q, rj, u, c, note, r in rows]


@checked
def sales(business_id: int, limit: int = LIMIT) -> list[SaleRow]:
    rows = db.execute_sql(
        "SELECT s.id, s.sale_date, coalesce(mb.name, s.buyer_name), s.buyer_member_id, s.amount_rp, s.on_credit,"
        " (SELECT coalesce(sum(c.amount_rp), 0) FROM usaha_collections c JOIN journal_entries ce"
        "  ON ce.id = c.entry_id WHERE c.sale_id = s.id AND ce.reversed_by_id IS NULL),"
        " (SELECT r.number FROM receipts r WHERE r.entry_id = s.entry_id),"
        " e.reversed_by_id IS NOT NULL"
        " FROM usaha_sales s JOIN journal_entries e ON e.id = s.entry_id LEFT JOIN members mb ON mb.id = s.buyer_member_id"
        " WHERE s.business_id = ? ORDER BY s.sale_date DESC, s.id DESC LIMIT ?", (business_id, limit)).fetchall()
    lines = _moved_items(business_id, "sold", [r[0] for r in rows])
    return [SaleRow(i, date.fromisoformat(d), b or "", m, lines.get(i, ""), a, bool(c),
                    a if not c else paid, number, bool(r))
            for i, d, b, m, a, c, paid, number, r in rows]


@checked
def work(business_id: int, start: date | None = None, end: date | None = None, limit: int = LIMIT) -> list[WorkRow]:
    sql, params = ("SELECT w.id, w.work_date, w.member_id, m.name, w.hours, w.pieces, w.note FROM usaha_work w"
                   " JOIN members m ON m.id = w.member_id WHERE w.business_id = ?"), [business_id]
    if start is not None:
        sql, params = sql + " AND w.work_date >= ?", params + [start.isoformat()]
    if end is not None:
        sql, params = sql + " AND w.work_date <= ?", params + [end.isoformat()]
    rows = db.execute_sql(sql + " ORDER BY w.work_date DESC, w.id DESC LIMIT ?", params + [limit])
    return [WorkRow(i, date.fromisoformat(d), m, n, h, p, note) for i, d, m, n, h, p, note in rows]
