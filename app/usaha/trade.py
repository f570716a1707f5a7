"""Purchases, production, sales, payments and expenses of a business: one entry each.

Postings (every line carries the business; member lines also the member):
- purchase: Dr 1-301 Persediaan / Cr Kas (cash) or Cr 2-102 Utang usaha (on credit, memo the
  supplier); paying the supplier later: Dr 2-102 / Cr Kas;
- production: Cr 1-301 each material used (at its average cost), Dr 1-301 the product (the
  sum). Rejects (broken, failed) are recorded and reduce the good quantity; their cost stays in
  the good units (so a good egg carries the feed of the broken ones). When nothing good came
  out, the cost is expensed to 5-101. A production using no materials adds stock at no cost
  and posts no entry;
- sale: Dr Kas (cash, with a receipt) or Dr 1-202 Piutang penjualan (on credit, memo the
  buyer), Cr 4-201 Penjualan per line; Dr 5-101 HPP / Cr 1-301 at average cost. A payment of a
  credit sale: Dr Kas / Cr 1-202, with a receipt;
- expense: Dr 5-201 (or another expense account) / Cr Kas.

Money paid out in cash (a cash purchase, a supplier paid, an expense) gets a bukti kas keluar
(BKK) signed by whoever received it: the supplier, or `paid_to`; UNNAMED_PAYEE when nobody was
named (she writes her name under the signature).

A sale line's price is per the unit it is sold in: by default the product's price on the sale's
date (per the product's unit) converted, e.g. Rp2.500 a butir is Rp75.000 a rak; the caller may
give another. A line's amount is price × quantity rounded to the nearest rupiah.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from app import ledger, receipts, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.ledger import credit, debit
from app.rounding import Rounding, round_rupiah
from app.usaha import catalog, stock, units
from app.usaha.common import (
    business_issues,
    business_name,
    cash_issues,
    date_issues,
    member_issues,
    money_issues,
    now_text,
    quantity_text,
    read_quantity,
)

PAYABLE = "2-102"
RECEIVABLE = "1-202"
SALES = "4-201"
COST_OF_SALES = "5-101"
EXPENSE = "5-201"
WALK_IN = "Pembeli umum"  # the party named on a walk-in buyer's receipt
UNNAMED_PAYEE = "Penerima umum"  # the party of a bukti kas keluar when nobody was named
MAX_NAME = text_rules.TEXT


@dataclass(frozen=True)
class SaleLine:
    product_id: int
    quantity: int | Decimal | str
    unit_id: int | None = None  # default: the product's unit
    unit_price_rp: int | None = None  # per unit_id; default: the price list on the sale's date


@dataclass(frozen=True)
class MaterialUse:
    material_id: int
    quantity: int | Decimal | str
    unit_id: int | None = None  # default: the material's unit


@dataclass(frozen=True)
class SoldLine:
    product_id: int
    quantity_base: int
    unit_price_rp: int
    amount_rp: int
    cost_rp: int


@dataclass(frozen=True)
class SaleResult:
    sale_id: int
    entry_id: int
    amount_rp: int
    cost_rp: int
    receipt_number: str | None  # cash sales get a receipt
    lines: tuple[SoldLine, ...]


@dataclass(frozen=True)
class PurchaseResult:
    purchase_id: int
    entry_id: int
    quantity_base: int
    receipt_number: str | None = None  # a cash purchase's bukti kas keluar


@dataclass(frozen=True)
class ProductionResult:
    production_id: int
    entry_id: int | None
    made_base: int
    rejects_base: int
    good_base: int
    cost_rp: int


@dataclass(frozen=True)
class PaymentResult:
    entry_id: int
    receipt_number: str | None
    remaining_rp: int


@dataclass(frozen=True)
class ExpenseResult:
    entry_id: int
    receipt_number: str  # its bukti kas keluar


@dataclass(frozen=True)
class Receivable:
    sale_id: int
    business_id: int
    sale_date: date
    buyer_member_id: int | None
    buyer_name: str
    amount_rp: int
    paid_rp: int
    open_rp: int


@dataclass(frozen=True)
class Payable:
    purchase_id: int
    business_id: int
    purchase_date: date
    supplier: str
    item_name: str
    amount_rp: int
    paid_rp: int
    open_rp: int


# --- helpers ----------------------------------------------------------------------------------


def _item(field: str, item_id, business_id, kind: str | None, issues: list[Issue]) -> catalog.ItemRow | None:
    item = catalog.get_item(item_id) if type(item_id) is int else None
    code = {"product": "usaha.unknown_product", "material": "usaha.unknown_material"}.get(kind, "usaha.unknown_item")
    if item is None or (kind is not None and item.kind != kind):
        issues.append(Issue(field, code, {"item_id": item_id}))
        return None
    if item.business_id != business_id:
        issues.append(Issue(field, "usaha.item_other_business",
                            {"item": item.name, "business": business_name(item.business_id)}))
        return None
    return item


def _unit(field: str, unit_id, item: catalog.ItemRow, issues: list[Issue]) -> units.UnitRow | None:
    if unit_id is None:
        return catalog.item_unit(item)
    unit = units.get_unit(unit_id) if type(unit_id) is int else None
    if unit is None:
        issues.append(Issue(field, "unit.unknown", {"unit": unit_id}))
        return None
    if not units.usable_for(unit, catalog.item_unit(item), item.business_id):
        issues.append(Issue(field, "unit.not_for_item", {"item": item.name, "unit": unit.name}))
        return None
    return unit


def _text(field: str, value, issues: list[Issue]) -> str:
    return text_rules.clean_text(value, field, MAX_NAME, issues)


def _member_name(member_id: int | None) -> str:
    if member_id is None:
        return ""
    row = db.execute_sql("SELECT name FROM members WHERE id = ?", (member_id,)).fetchone()
    return row[0] if row else ""


def _receipt(entry_id: int, member_id: int | None, party_name: str, amount_rp: int) -> str:
    """A receipt for money received, named for the member or else the party (a buyer who is no
    member, or WALK_IN)."""
    if member_id is not None:
        return receipts.issue(entry_id, member_id=member_id, amount_rp=amount_rp)
    return receipts.issue(entry_id, member_id=None, amount_rp=amount_rp, party_name=party_name or WALK_IN)


def _cash_out(entry_id: int, paid_to: str) -> str:
    """The bukti kas keluar of money paid, signed by whoever received it."""
    return receipts.issue(entry_id, member_id=None, party_name=paid_to or UNNAMED_PAYEE)


def _live(table: str, record_id: int) -> tuple | None:
    """The record with its entry not reversed."""
    return db.execute_sql(
        f"SELECT t.* FROM {table} t JOIN journal_entries e ON e.id = t.entry_id"
        " WHERE t.id = ? AND e.reversed_by_id IS NULL", (record_id,)).fetchone()


def _paid(table: str, key: str, record_id: int) -> int:
    return db.execute_sql(
        f"SELECT coalesce(sum(c.amount_rp), 0) FROM {table} c JOIN journal_entries e ON e.id = c.entry_id"
        f" WHERE c.{key} = ? AND e.reversed_by_id IS NULL", (record_id,)).fetchone()[0]


def _check_payment(on: date, recorded_on: str, amount_rp: int, open_rp: int, cash_account: str) -> None:
    """Refuse a payment of a credit purchase or sale (recorded on `recorded_on`, ISO) dated before
    it, of more than the `open_rp` still open, or with a bad date, amount or cash account."""
    issues = date_issues("entry_date", on) + money_issues("amount_rp", amount_rp) + cash_issues(cash_account)
    if ledger._is_date(on) and on.isoformat() < recorded_on:
        issues.append(Issue("entry_date", "usaha.payment_before_record", {"date": date.fromisoformat(recorded_on)}))
    if type(amount_rp) is int and amount_rp > open_rp:
        issues.append(Issue("amount_rp", "usaha.overpayment", {"open_rp": open_rp}))
    if issues:
        raise Rejected(issues)


# --- purchases --------------------------------------------------------------------------------


@roles.needs("money")
def purchase(business_id: int, on: date, item_id: int, quantity, amount_rp: int, unit_id: int | None = None,
             supplier: str = "", on_credit: bool = False, cash_account: str = "1-101") -> PurchaseResult:
    """Buy `quantity` (in `unit_id`, default the item's unit) of a material (or a product bought
    to sell on) for `amount_rp` in total, in cash or on credit (utang usaha, supplier named)."""
    with db.atomic():
        issues = business_issues(business_id) + date_issues("entry_date", on)
        item = _item("item", item_id, business_id, None, issues)
        unit = _unit("unit", unit_id, item, issues) if item else None
        quantity_base = units.to_base("quantity", quantity, unit, issues) if unit else None
        issues += money_issues("amount_rp", amount_rp)
        supplier = _text("supplier", supplier, issues)
        if on_credit and not supplier:
            issues.append(Issue("supplier", "usaha.supplier_required"))
        if not on_credit:
            issues += cash_issues(cash_account)
        if issues:
            raise Rejected(issues)
        q = read_quantity("quantity", quantity, [])
        memo = f"{item.name} {quantity_text(q)} {unit.name}" + (f" – {supplier}" if supplier else "")
        lines = [debit(stock.STOCK, amount_rp, business_id=business_id, memo=memo),
                 credit(PAYABLE if on_credit else cash_account, amount_rp, business_id=business_id, memo=memo)]
        entry_id = ledger.post_entry(on, f"Pembelian {business_name(business_id)}: {memo}", lines)
        purchase_id = current().insert(db,
            "INSERT INTO usaha_purchases (business_id, purchase_date, item_id, quantity, unit_id, amount_rp, supplier,"
            " on_credit, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (business_id, on.isoformat(), item.id, quantity_text(q), unit.id, amount_rp, supplier, int(on_credit),
             entry_id))
        stock.insert_move(item, on, "purchase", quantity_base, amount_rp, purchase_id, entry_id,
                          quantity=quantity_text(q), unit_id=unit.id, amount_rp=amount_rp)
        number = None if on_credit else _cash_out(entry_id, supplier)
        return PurchaseResult(purchase_id, entry_id, quantity_base, number)


@roles.needs("money")
@checked
def pay_supplier(purchase_id: int, on: date, amount_rp: int, cash_account: str = "1-101") -> PaymentResult:
    """Pay (part of) a credit purchase: Dr 2-102 / Cr Kas. No more than is still owed."""
    with db.atomic():
        row = db.execute_sql(
            "SELECT p.business_id, p.purchase_date, p.supplier, p.amount_rp, p.on_credit FROM usaha_purchases p"
            " JOIN journal_entries e ON e.id = p.entry_id WHERE p.id = ? AND e.reversed_by_id IS NULL",
            (purchase_id,)).fetchone()
        if row is None or not row[4]:
            raise Rejected.one("purchase", "usaha.unknown_payable", purchase_id=purchase_id)
        business_id, bought_on, supplier, total, _ = row
        open_rp = total - _paid("usaha_supplier_payments", "purchase_id", purchase_id)
        _check_payment(on, bought_on, amount_rp, open_rp, cash_account)
        memo = f"Bayar utang – {supplier}"
        entry_id = ledger.post_entry(on, f"{memo} ({business_name(business_id)})", [
            debit(PAYABLE, amount_rp, business_id=business_id, memo=memo),
            credit(cash_account, amount_rp, business_id=business_id, memo=memo)])
        db.execute_sql("INSERT INTO usaha_supplier_payments (purchase_id, pay_date, amount_rp, entry_id)"
                       " VALUES (?, ?, ?, ?)", (purchase_id, on.isoformat(), amount_rp, entry_id))
        return PaymentResult(entry_id, _cash_out(entry_id, supplier), open_rp - amount_rp)


@checked
def open_payables(business_id: int | None = None, as_of: date | None = None) -> list[Payable]:
    """Credit purchases not yet paid in full (utang usaha), oldest first; at the end of `as_of`
    when given (purchases and payments dated after it do not count)."""
    day = (as_of or date.max).isoformat()
    sql = (
        "SELECT p.id, p.business_id, p.purchase_date, p.supplier, i.name, p.amount_rp,"
        " (SELECT coalesce(sum(c.amount_rp), 0) FROM usaha_supplier_payments c JOIN journal_entries ce"
        "  ON ce.id = c.entry_id WHERE c.purchase_id = p.id AND ce.reversed_by_id IS NULL AND c.pay_date <= ?)"
        " FROM usaha_purchases p JOIN journal_entries e ON e.id = p.entry_id JOIN usaha_items i ON i.id = p.item_id"
        " WHERE p.on_credit = 1 AND e.reversed_by_id IS NULL AND p.purchase_date <= ?"
    )
    params = [day, day]
    if business_id is not None:
        sql, params = sql + " AND p.business_id = ?", params + [business_id]
    rows = db.execute_sql(sql + " ORDER BY p.purchase_date, p.id", params)
    return [Payable(i, b, date.fromisoformat(d), s, n, a, paid, a - paid) for i, b, d, s, n, a, paid in rows
            if a > paid]


# --- production -------------------------------------------------------------------------------


@roles.needs("records")
def produce(business_id: int, on: date, product_id: int, quantity, rejects=0, unit_id: int | None = None,
            materials: list[MaterialUse] | tuple = (), note: str = "", allow_negative: bool = False,
            negative_reason: str = "") -> ProductionResult:
    """Record a production: `quantity` made (in `unit_id`), of which `rejects` broken or failed,
    using `materials` (each taken out of stock at its average cost). See the module docstring."""
    with db.atomic():
        issues = business_issues(business_id) + date_issues("entry_date", on)
        product = _item("product", product_id, business_id, "product", issues)
        unit = _unit("unit", unit_id, product, issues) if product else None
        made = units.to_base("quantity", quantity, unit, issues) if unit else None
        rejected = units.to_base("rejects", rejects, unit, issues, allow_zero=True) if unit else None
        if made is not None and rejected is not None and rejected > made:
            issues.append(Issue("rejects", "usaha.rejects_exceed_made"))
        note = _text("note", note, issues)
        used: list[tuple[catalog.ItemRow, int, str, units.UnitRow]] = []
        asked: dict[int, int] = {}
        for index, use in enumerate(materials):
            field = f"materials.{index}"
            material = _item(f"{field}.material", use.material_id, business_id, "material", issues)
            m_unit = _unit(f"{field}.unit", use.unit_id, material, issues) if material else None
            m_base = units.to_base(f"{field}.quantity", use.quantity, m_unit, issues) if m_unit else None
            if m_base is not None:
                asked[material.id] = asked.get(material.id, 0) + m_base
                used.append((material, m_base, quantity_text(read_quantity("", use.quantity, [])), m_unit))
                if ledger._is_date(on):
                    issues += stock.out_issues(f"{field}.quantity", material, asked[material.id], on,
                                               allow_negative, negative_reason, m_unit.id)
        if issues:
            raise Rejected(issues)
        positions: dict[int, stock.Position] = {}
        costs = []
        for material, m_base, _, _ in used:
            position = positions.setdefault(material.id, stock.Position(material))
            costs.append(position.take(m_base))
        total = sum(costs)
        good = made - rejected
        entry_id = None
        b = business_id
        q_text = quantity_text(read_quantity("", quantity, []))
        if total:
            lines = [credit(stock.STOCK, cost, business_id=b, memo=f"{m.name} {text} {mu.name}")
                     for (m, _, text, mu), cost in zip(used, costs) if cost]
            memo = f"{product.name} {q_text} {unit.name}"
            lines.append(debit(stock.STOCK if good else COST_OF_SALES, total, business_id=b,
                               memo=memo if good else f"{memo} (gagal semua)"))
            entry_id = ledger.post_entry(on, f"Produksi {business_name(b)}: {memo}", lines)
        production_id = current().insert(db,
            "INSERT INTO usaha_productions (business_id, production_date, item_id, quantity, rejects, unit_id,"
            " made_base, rejects_base, cost_rp, note, entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (b, on.isoformat(), product.id, q_text, quantity_text(read_quantity("", rejects, [])), unit.id, made,
             rejected, total, note, entry_id, now_text()))
        reason = negative_reason if allow_negative else ""
        for (material, m_base, text, m_unit), cost in zip(used, costs):
            stock.insert_move(material, on, "consumed", -m_base, -cost, production_id, entry_id, quantity=text,
                              unit_id=m_unit.id, negative_reason=reason)
        if good:
            stock.insert_move(product, on, "produced", good, total, production_id, entry_id, quantity=q_text,
                              unit_id=unit.id)
        return ProductionResult(production_id, entry_id, made, rejected, good, total)


# --- sales ------------------------------------------------------------------------------------


@roles.needs("money")
def sell(business_id: int, on: date, lines: list[SaleLine] | tuple, *, buyer_member_id: int | None = None,
         buyer_name: str = "", on_credit: bool = False, seller_member_id: int | None = None,
         cash_account: str = "1-101", allow_negative: bool = False, negative_reason: str = "") -> SaleResult:
    """One sale of one or more products of the business, to a member, a named buyer or a
    walk-in (neither), in cash (with a receipt) or on credit (buyer required)."""
    with db.atomic():
        issues = business_issues(business_id) + date_issues("entry_date", on)
        issues += member_issues("buyer_member", buyer_member_id) + member_issues("seller_member", seller_member_id)
        buyer_name = _text("buyer_name", buyer_name, issues)
        if on_credit and buyer_member_id is None and not buyer_name:
            issues.append(Issue("buyer_name", "usaha.buyer_required"))
        if not on_credit:
            issues += cash_issues(cash_account)
        if not lines:
            issues.append(Issue("lines", "usaha.no_lines"))
        planned = []
        asked: dict[int, int] = {}
        for index, line in enumerate(lines):
            field = f"lines.{index}"
            product = _item(f"{field}.product", line.product_id, business_id, "product", issues)
            unit = _unit(f"{field}.unit", line.unit_id, product, issues) if product else None
            base = units.to_base(f"{field}.quantity", line.quantity, unit, issues) if unit else None
            price = line.unit_price_rp
            if product is not None and unit is not None and price is None and ledger._is_date(on):
                listed = catalog.price_on(product.id, on)
                if listed is None:
                    issues.append(Issue(f"{field}.unit_price_rp", "usaha.no_price", {"item": product.name}))
                else:
                    price = round_rupiah(Fraction(listed * unit.factor, product.unit_factor), Rounding.HALF_UP)
            if price is not None:
                price_issues = money_issues(f"{field}.unit_price_rp", price)
                issues += price_issues
                if price_issues:
                    price = None
            if base is None or price is None:
                continue
            q = read_quantity("", line.quantity, [])
            amount = round_rupiah(Fraction(price) * Fraction(q), Rounding.HALF_UP)
            line_issues = money_issues(f"{field}.amount_rp", amount)
            issues += line_issues
            asked[product.id] = asked.get(product.id, 0) + base
            if ledger._is_date(on):
                issues += stock.out_issues(f"{field}.quantity", product, asked[product.id], on, allow_negative,
                                           negative_reason, unit.id)
            planned.append((product, unit, base, quantity_text(q), price, amount))
        total = sum(p[5] for p in planned)
        if not issues:
            issues += money_issues("amount_rp", total)
        if issues:
            raise Rejected(issues)
        b = business_id
        buyer = _member_name(buyer_member_id) or buyer_name or WALK_IN
        positions: dict[int, stock.Position] = {}
        sold = []
        postings = [debit(RECEIVABLE if on_credit else cash_account, total, business_id=b,
                          member_id=buyer_member_id, memo=buyer)]
        for product, unit, base, text, price, amount in planned:
            cost = positions.setdefault(product.id, stock.Position(product)).take(base)
            sold.append(SoldLine(product.id, base, price, amount, cost))
            postings.append(credit(SALES, amount, business_id=b, memo=f"{product.name} {text} {unit.name}"))
        cost_total = sum(s.cost_rp for s in sold)
        if cost_total:
            postings += [debit(COST_OF_SALES, cost_total, business_id=b, memo="HPP"),
                         credit(stock.STOCK, cost_total, business_id=b, memo="HPP")]
        kind = "kredit" if on_credit else "tunai"
        entry_id = ledger.post_entry(on, f"Penjualan {business_name(b)} ({kind}) – {buyer}", postings)
        sale_id = current().insert(db,
            "INSERT INTO usaha_sales (business_id, sale_date, buyer_member_id, buyer_name, seller_member_id, on_credit,"
            " amount_rp, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (b, on.isoformat(), buyer_member_id, buyer_name, seller_member_id, int(on_credit), total, entry_id),
        )
        reason = negative_reason if allow_negative else ""
        for (product, unit, base, text, price, amount), s in zip(planned, sold):
            stock.insert_move(product, on, "sold", -base, -s.cost_rp, sale_id, entry_id, quantity=text,
                              unit_id=unit.id, unit_price_rp=price, amount_rp=amount, negative_reason=reason)
        number = None if on_credit else _receipt(entry_id, buyer_member_id, buyer_name, total)
        return SaleResult(sale_id, entry_id, total, cost_total, number, tuple(sold))


@roles.needs("money")
@checked
def collect(sale_id: int, on: date, amount_rp: int, cash_account: str = "1-101") -> PaymentResult:
    """A payment of a credit sale (whole or part): Dr Kas / Cr 1-202, with a receipt."""
    with db.atomic():
        row = db.execute_sql(
            "SELECT s.business_id, s.sale_date, s.buyer_member_id, s.buyer_name, s.amount_rp, s.on_credit"
            " FROM usaha_sales s JOIN journal_entries e ON e.id = s.entry_id"
            " WHERE s.id = ? AND e.reversed_by_id IS NULL", (sale_id,)).fetchone()
        if row is None or not row[5]:
            raise Rejected.one("sale", "usaha.unknown_receivable", sale_id=sale_id)
        business_id, sold_on, member_id, buyer_name, total, _ = row
        open_rp = total - _paid("usaha_collections", "sale_id", sale_id)
        _check_payment(on, sold_on, amount_rp, open_rp, cash_account)
        buyer = _member_name(member_id) or buyer_name
        memo = f"Pelunasan penjualan – {buyer}"
        entry_id = ledger.post_entry(on, f"{memo} ({business_name(business_id)})", [
            debit(cash_account, amount_rp, business_id=business_id, member_id=member_id, memo=memo),
            credit(RECEIVABLE, amount_rp, business_id=business_id, member_id=member_id, memo=memo)])
        db.execute_sql("INSERT INTO usaha_collections (sale_id, pay_date, amount_rp, entry_id) VALUES (?, ?, ?, ?)",
                       (sale_id, on.isoformat(), amount_rp, entry_id))
        number = _receipt(entry_id, member_id, buyer_name, amount_rp)
        return PaymentResult(entry_id, number, open_rp - amount_rp)


@checked
def open_receivables(business_id: int | None = None, as_of: date | None = None) -> list[Receivable]:
    """Credit sales not yet paid in full (piutang penjualan), oldest first; at the end of `as_of`
    when given (sales and payments dated after it do not count)."""
    day = (as_of or date.max).isoformat()
    sql = (
        "SELECT s.id, s.business_id, s.sale_date, s.buyer_member_id, coalesce(mb.name, s.buyer_name), s.amount_rp,"
        " (SELECT coalesce(sum(c.amount_rp), 0) FROM usaha_collections c JOIN journal_entries ce"
        "  ON ce.id = c.entry_id WHERE c.sale_id = s.id AND ce.reversed_by_id IS NULL AND c.pay_date <= ?)"
        " FROM usaha_sales s JOIN journal_entries e ON e.id = s.entry_id LEFT JOIN members mb ON mb.id = s.buyer_member_id"
        " WHERE s.on_credit = 1 AND e.reversed_by_id IS NULL AND s.sale_date <= ?"
    )
    params = [day, day]
    if business_id is not None:
        sql, params = sql + " AND s.business_id = ?", params + [business_id]
    rows = db.execute_sql(sql + " ORDER BY s.sale_date, s.id", params)
    return [Receivable(i, b, date.fromisoformat(d), m, n, a, paid, a - paid) for i, b, d, m, n, a, paid in rows
            if a > paid]


@checked
def receivables_by_buyer(business_id: int | None = None, as_of: date | None = None) -> dict[tuple, int]:
    """What each buyer still owes: {(member_id or None, name): open rupiah}."""
    owed: dict[tuple, int] = {}
    for r in open_receivables(business_id, as_of):
        key = (r.buyer_member_id, r.buyer_name)
        owed[key] = owed.get(key, 0) + r.open_rp
    return owed


# --- expenses ---------------------------------------------------------------------------------


@roles.needs("money")
def expense(business_id: int, on: date, amount_rp: int, description: str, account: str = EXPENSE,
            cash_account: str = "1-101", paid_to: str = "") -> ExpenseResult:
    """An expense of the business paid from cash (transport, packaging): Dr 5-201 / Cr Kas, with
    a bukti kas keluar for `paid_to`."""
    with db.atomic():
        issues = business_issues(business_id) + date_issues("entry_date", on) + money_issues("amount_rp", amount_rp)
        issues += cash_issues(cash_account)
        description = text_rules.clean_text(description, "description", MAX_NAME, issues, required=True)
        paid_to = _text("paid_to", paid_to, issues)
        kind = db.execute_sql("SELECT kind FROM accounts WHERE code = ?", (account,)).fetchone()
        if kind is None or kind[0] != "expense" or account in (COST_OF_SALES, stock.DIFFERENCE):
            issues.append(Issue("account", "usaha.not_expense_account", {"account": account}))
        if issues:
            raise Rejected(issues)
        entry_id = ledger.post_entry(on, f"Biaya {business_name(business_id)}: {description}", [
            debit(account, amount_rp, business_id=business_id, memo=description),
            credit(cash_account, amount_rp, business_id=business_id, memo=description)])
        return ExpenseResult(entry_id, _cash_out(entry_id, paid_to))
