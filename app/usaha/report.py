"""Per-business figures, read from the postings (queries, never stored totals).

profit = sales + other income − cost of goods sold − stock differences − other expenses, i.e.
minus the sum of the business's postings on income and expense accounts in the period. A
profit share moves 3-401 to members and funds and touches neither, so sharing never changes
the profit of the period it shares. Each query is one SQL statement over the covering index
postings_business (business_id, account_id, entry_date, amount_rp).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.dates import checked
from app.db import db
from app.errors import Rejected
from app.usaha.common import business_name

SALES, COST, DIFFERENCE, STOCK, RECEIVABLE, PAYABLE = "4-201", "5-101", "5-102", "1-301", "1-202", "2-102"


@dataclass(frozen=True)
class BusinessReport:
    business_id: int
    business_name: str
    start: date
    end: date
    sales_rp: int
    other_income_rp: int
    cost_of_sales_rp: int  # 5-101
    stock_difference_rp: int  # 5-102 (a count short > 0)
    expenses_rp: int  # every other expense account (5-201 ...)
    profit_rp: int  # laba: may be negative (rugi)
    stock_value_rp: int  # 1-301 at the end of `end`
    receivables_rp: int  # 1-202 at the end of `end`
    payables_rp: int  # 2-102 at the end of `end`


@dataclass(frozen=True)
class MonthFigures:
    business_id: int
    month: date  # the first of the month
    sales_rp: int
    profit_rp: int


@dataclass(frozen=True)
class DashboardRow:
    business_id: int
    business_name: str
    is_active: bool
    sales_rp: int  # this month
    profit_rp: int  # this month
    stock_value_rp: int  # now


def _period(start, end) -> None:
    if not isinstance(start, date) or not isinstance(end, date):
        raise Rejected.one("start", "date.unreadable")
    if end < start:
        raise Rejected.one("end", "usaha.period_reversed")


@checked
def business_report(business_id: int, start: date, end: date) -> BusinessReport:
    """Sales, cost, expenses and profit of one business from `start` to `end` (both included),
    and its stock, receivables and payables at the end of `end`."""
    _period(start, end)
    s, e = start.isoformat(), end.isoformat()
    row = db.execute_sql(
        "SELECT"
        " coalesce(sum(CASE WHEN p.entry_date >= ? AND a.code = ? THEN -p.amount_rp END), 0),"
        " coalesce(sum(CASE WHEN p.entry_date >= ? AND a.kind = 'income' AND a.code <> ? THEN -p.amount_rp END), 0),"
        " coalesce(sum(CASE WHEN p.entry_date >= ? AND a.code = ? THEN p.amount_rp END), 0),"
        " coalesce(sum(CASE WHEN p.entry_date >= ? AND a.code = ? THEN p.amount_rp END), 0),"
        " coalesce(sum(CASE WHEN p.entry_date >= ? AND a.kind = 'expense' AND a.code NOT IN (?, ?)"
        "  THEN p.amount_rp END), 0),"
        " coalesce(sum(CASE WHEN a.code = ? THEN p.amount_rp END), 0),"
        " coalesce(sum(CASE WHEN a.code = ? THEN p.amount_rp END), 0),"
        " coalesce(sum(CASE WHEN a.code = ? THEN -p.amount_rp END), 0)"
        " FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE p.business_id = ? AND p.entry_date <= ?"
        "  AND (a.kind IN ('income', 'expense') AND p.entry_date >= ? OR a.code IN (?, ?, ?))",
        (s, SALES, s, SALES, s, COST, s, DIFFERENCE, s, COST, DIFFERENCE, STOCK, RECEIVABLE, PAYABLE,
         business_id, e, s, STOCK, RECEIVABLE, PAYABLE),
    ).fetchone()
    sales, other, cost, difference, expenses, stock_value, receivables, payables = row
    profit = sales + other - cost - difference - expenses
    return BusinessReport(business_id, business_name(business_id), start, end, sales, other, cost, difference,
                          expenses, profit, stock_value, receivables, payables)


@checked
def profit(business_id: int, start: date, end: date) -> int:
    """The business's profit (laba) for the period: minus its income and expense postings."""
    _period(start, end)
    return db.execute_sql(
        "SELECT coalesce(-sum(p.amount_rp), 0) FROM postings p WHERE p.business_id = ? AND p.account_id IN"
        " (SELECT id FROM accounts WHERE kind IN ('income', 'expense')) AND p.entry_date BETWEEN ? AND ?",
        (business_id, start.isoformat(), end.isoformat())).fetchone()[0]


def _month_start(day: date, back: int = 0) -> date:
    months = day.year * 12 + day.month - 1 - back
    return date(months // 12, months % 12 + 1, 1)


@checked
def monthly(business_id: int | None, through: date, months: int = 12) -> list[MonthFigures]:
    """Sales and profit per month for the `months` months ending with the month of `through`
    (every month listed, zeros included); one business, or every business (None)."""
    first = _month_start(through, months - 1)
    last = _month_start(through, -1) - timedelta(days=1)
    where, params = "p.business_id IS NOT NULL", []
    if business_id is not None:
        where, params = "p.business_id = ?", [business_id]
    rows = db.execute_sql(
        "SELECT p.business_id, substr(p.entry_date, 1, 7),"
        " coalesce(-sum(CASE WHEN p.account_id = (SELECT id FROM accounts WHERE code = ?) THEN p.amount_rp END), 0),"
        " -sum(p.amount_rp)"
        f" FROM postings p WHERE {where} AND p.account_id IN"
        " (SELECT id FROM accounts WHERE kind IN ('income', 'expense')) AND p.entry_date BETWEEN ? AND ?"
        " GROUP BY p.business_id, substr(p.entry_date, 1, 7)",
        [SALES, *params, first.isoformat(), last.isoformat()],
    ).fetchall()
    found = {(b, m): (s, p) for b, m, s, p in rows}
    businesses = [business_id] if business_id is not None else sorted({b for b, _ in found} or
                                                                        [r[0] for r in db.execute_sql(
                                                                            "SELECT id FROM businesses")])
    result = []
    for b in businesses:
        for back in range(months - 1, -1, -1):
            month = _month_start(through, back)
            s, p = found.get((b, month.isoformat()[:7]), (0, 0))
            result.append(MonthFigures(b, month, s, p))
    return result


@checked
def dashboard(today: date) -> list[DashboardRow]:
    """Every business with this month's sales and profit and its stock value now, in one
    statement: per business, range reads of the covering index (this month's income and
    expense postings, and 1-301)."""
    first = _month_start(today).isoformat()
    end = today.isoformat()
    rows = db.execute_sql(
        "WITH pl AS (SELECT id, code FROM accounts WHERE kind IN ('income', 'expense')),"
        " st AS (SELECT id FROM accounts WHERE code = ?)"
        " SELECT b.id, b.name, b.is_active,"
        " (SELECT coalesce(-sum(p.amount_rp), 0) FROM postings p WHERE p.business_id = b.id"
        "   AND p.account_id = (SELECT id FROM pl WHERE code = ?) AND p.entry_date BETWEEN ? AND ?),"
        " (SELECT coalesce(-sum(p.amount_rp), 0) FROM postings p WHERE p.business_id = b.id"
        "   AND p.account_id IN (SELECT id FROM pl) AND p.entry_date BETWEEN ? AND ?),"
        " (SELECT coalesce(sum(p.amount_rp), 0) FROM postings p WHERE p.business_id = b.id"
        "   AND p.account_id = (SELECT id FROM st) AND p.entry_date <= ?)"
        " FROM businesses b ORDER BY b.id",
        (STOCK, SALES, first, end, first, end, end),
    ).fetchall()
    return [DashboardRow(i, n, bool(a), s, p, v) for i, n, a, s, p, v in rows]


@dataclass(frozen=True)
class ProductSales:
    item_id: int
    name: str
    quantity_base: int
    base_unit_name: str
    amount_rp: int
    cost_rp: int


@dataclass(frozen=True)
class BuyerSales:
    buyer_member_id: int | None
    buyer_name: str  # the member's name, the buyer's, or "" for walk-in buyers
    sales: int
    amount_rp: int
    on_credit_rp: int


@checked
def sales_by_product(business_id: int, start: date, end: date) -> list[ProductSales]:
    _period(start, end)
    rows = db.execute_sql(
        "SELECT m.item_id, i.name, -sum(m.quantity_base), coalesce(bu.name, u.name), sum(m.amount_rp), -sum(m.cost_rp)"
        " FROM usaha_moves m JOIN journal_entries e ON e.id = m.entry_id JOIN usaha_items i ON i.id = m.item_id"
        " JOIN usaha_units u ON u.id = i.unit_id LEFT JOIN usaha_units bu ON bu.id = u.base_unit_id"
        " WHERE m.business_id = ? AND m.kind = 'sold' AND m.move_date BETWEEN ? AND ? AND e.reversed_by_id IS NULL"
        " GROUP BY m.item_id, i.name, u.name, bu.name ORDER BY i.name",
        (business_id, start.isoformat(), end.isoformat()))
    return [ProductSales(*row) for row in rows]


@checked
def sales_by_buyer(business_id: int, start: date, end: date) -> list[BuyerSales]:
    _period(start, end)
    rows = db.execute_sql(
        "SELECT s.buyer_member_id, coalesce(mb.name, s.buyer_name), count(*), sum(s.amount_rp),"
        " sum(CASE WHEN s.on_credit = 1 THEN s.amount_rp ELSE 0 END)"
        " FROM usaha_sales s JOIN journal_entries e ON e.id = s.entry_id LEFT JOIN members mb ON mb.id = s.buyer_member_id"
        " WHERE s.business_id = ? AND s.sale_date BETWEEN ? AND ? AND e.reversed_by_id IS NULL"
        " GROUP BY s.buyer_member_id, coalesce(mb.name, s.buyer_name) ORDER BY 4 DESC, 2, 1",
        (business_id, start.isoformat(), end.isoformat()))
    return [BuyerSales(*row) for row in rows]
