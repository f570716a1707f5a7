"""Benchmark of the group businesses at district size (a script, not collected by pytest):

    .venv/bin/python tests/bench_usaha.py [--out DIR] [--lines 200000]

Builds a book (open_book, so the real schema) holding 20 villages' worth of businesses (100:
the 5 seeded plus 95) with a year of their books: 200 000 sales lines (one entry each: Kas or
Piutang, Penjualan, HPP, Persediaan; the usaha_sales and usaha_moves rows beside them), a
purchase of material every week per business and an expense a month. The volume is written
with executemany in large transactions (through the services it would take many minutes); one
example sale through app.usaha.trade.sell is timed on top. Then the timed reads, with their
targets: the per-business report for a year and for a month, the 12-month series of one
business and of all, and the dashboard of every business.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import clock  # noqa: E402
from app.db import close_book, db, open_book  # noqa: E402
from app.usaha import catalog, report, trade  # noqa: E402
from app.usaha.trade import SaleLine  # noqa: E402

BUSINESSES = 100
YEAR_START = date(2025, 9, 1)
TODAY = date(2026, 8, 17)
TARGET_MS = 300


def build(path: Path, lines: int, seed: int = 2026) -> dict:
    rng = random.Random(seed)
    open_book(path, create=True)
    clock.fix(None)
    with db.atomic():
        for n in range(6, BUSINESSES + 1):
            db.execute_sql("INSERT INTO businesses (name, created_at) VALUES (?, '2025-01-01 08:00:00')",
                           (f"Usaha {n:03d}",))
    products, materials = {}, {}
    for b in range(1, BUSINESSES + 1):
        products[b] = catalog.add_product(b, f"Produk {b}", 1, 2_500, date(2025, 1, 1)).id
        materials[b] = catalog.add_material(b, f"Bahan {b}", 5).id
    ids = dict(db.execute_sql("SELECT code, id FROM accounts"))
    days = (TODAY - YEAR_START).days + 1
    entry_id = db.execute_sql("SELECT coalesce(max(id), 0) FROM journal_entries").fetchone()[0]
    entries, postings, sales, moves, purchases = [], [], [], [], []

    def entry(day: date, text: str, lines_):
        nonlocal entry_id
        entry_id += 1
        d = day.isoformat()
        entries.append((entry_id, d, text, "", f"{d} 10:00:00", "Bench"))
        for code, amount, b in lines_:
            postings.append((entry_id, ids[code], d, amount, "", None, b))
        return entry_id

    # Stock comes in weekly (material bought and made into product at cost), goes out by sales.
    for b in range(1, BUSINESSES + 1):
        for week in range(0, days, 7):
            day = YEAR_START + timedelta(days=week)
            cost = 30 * 1_500 * (lines // BUSINESSES // 52 + 1)
            e = entry(day, "Pembelian", [("1-301", cost, b), ("1-101", -cost, b)])
            purchases.append((b, day.isoformat(), materials[b], "1", 5, cost, "", 0, e))
            moves.append((b, products[b], day.isoformat(), "produced", 30 * (lines // BUSINESSES // 52 + 1) * 10,
                          cost, "", None, 0, 0, 0, e))
        for month in range(12):
            day = date(YEAR_START.year + (YEAR_START.month + month - 1) // 12, (YEAR_START.month + month - 1) % 12 + 1, 5)
            entry(day, "Biaya transport", [("5-201", 50_000, b), ("1-101", -50_000, b)])
    for n in range(lines):
        b = rng.randint(1, BUSINESSES)
        day = YEAR_START + timedelta(days=rng.randrange(days))
        quantity = rng.randint(1, 60)
        amount, cost = quantity * 2_500, quantity * 1_500
        credit = rng.random() < 0.2
        e = entry(day, "Penjualan", [("1-202" if credit else "1-101", amount, b), ("4-201", -amount, b),
                                      ("5-101", cost, b), ("1-301", -cost, b)])
        sales.append((b, day.isoformat(), None, "Pembeli", None, int(credit), amount, e))
        moves.append((b, products[b], day.isoformat(), "sold", -quantity, -cost, str(quantity), 1, 2_500, amount, n, e))
    started = time.perf_counter()
    conn = db.connection()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO journal_entries (id, entry_date, description, reference, entered_at, entered_by)"
                     " VALUES (?, ?, ?, ?, ?, ?)", entries)
    conn.executemany("INSERT INTO postings (entry_id, account_id, entry_date, amount_rp, memo, member_id, business_id)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", postings)
    conn.executemany("INSERT INTO usaha_purchases (business_id, purchase_date, item_id, quantity, unit_id, amount_rp,"
                     " supplier, on_credit, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", purchases)
    conn.executemany("INSERT INTO usaha_sales (business_id, sale_date, buyer_member_id, buyer_name, seller_member_id,"
                     " on_credit, amount_rp, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sales)
    conn.executemany("INSERT INTO usaha_moves (business_id, item_id, move_date, kind, quantity_base, cost_rp, quantity,"
                     " unit_id, unit_price_rp, amount_rp, doc_id, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     moves)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    print(f"built: {len(entries):,} entries, {len(postings):,} postings, {len(sales):,} sales lines"
          f" in {time.perf_counter() - started:.1f} s")
    return products


def timed(label: str, target_ms: float | None, call, repeat: int = 5):
    call()  # warm the page cache once, as an open book is
    best = min(_once(call) for _ in range(repeat))
    verdict = "" if target_ms is None else f"  (target < {target_ms:.0f} ms: {'ok' if best < target_ms else 'SLOW'})"
    print(f"{label:<52} {best:8.1f} ms{verdict}")
    return best


def _once(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--lines", type=int, default=200_000)
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="bench-usaha-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"usaha-{args.lines}.sqlite"
    if path.exists():
        path.unlink()
    products = build(path, args.lines)
    clock.fix(None)
    busiest = db.execute_sql("SELECT business_id FROM usaha_sales GROUP BY business_id ORDER BY count(*) DESC"
                             " LIMIT 1").fetchone()[0]
    print(f"businesses: {BUSINESSES}; the busiest (id {busiest}) has "
          f"{db.execute_sql('SELECT count(*) FROM usaha_sales WHERE business_id = ?', (busiest,)).fetchone()[0]:,}"
          " sales lines")
    month_start = TODAY.replace(day=1)
    timed("per-business report, a year", TARGET_MS, lambda: report.business_report(busiest, YEAR_START, TODAY))
    timed("per-business report, this month", TARGET_MS, lambda: report.business_report(busiest, month_start, TODAY))
    timed("dashboard: every business this month + stock", TARGET_MS, lambda: report.dashboard(TODAY))
    timed("monthly series, one business, 12 months", TARGET_MS, lambda: report.monthly(busiest, TODAY))
    timed("monthly series, all businesses, 12 months", None, lambda: report.monthly(None, TODAY))
    timed("sales by product, a year", TARGET_MS, lambda: report.sales_by_product(busiest, YEAR_START, TODAY))
    timed("sales by buyer, a year", TARGET_MS, lambda: report.sales_by_buyer(busiest, YEAR_START, TODAY))
    timed("one cash sale with receipt (trade.sell)", None,
          lambda: trade.sell(busiest, TODAY, [SaleLine(products[busiest], 1)]), repeat=3)
    close_book()


if __name__ == "__main__":
    main()
