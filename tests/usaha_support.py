"""Helpers for the usaha kelompok tests (not a test module): the seeded businesses and units,
members, and a count of what a refused call must not have written."""

from __future__ import annotations

from datetime import date

from app import ledger
from app.db import db
from app.members import MemberInput, add_member
from app.usaha import catalog, stock, trade
from app.usaha.trade import MaterialUse, SaleLine

BORDIR, ALABIO, KERUPUK, KUE, WARUNG = 1, 2, 3, 4, 5  # seeded by m0002
BUTIR, RAK, GRAM, ONS, KG, ML, LITER, BUAH, LUSIN, BUNGKUS, TOPLES, LEMBAR, KODI, POTONG, PORSI, METER = range(1, 17)

TABLES = ("journal_entries", "postings", "receipts", "usaha_units", "usaha_items", "usaha_prices", "usaha_purchases",
          "usaha_supplier_payments", "usaha_productions", "usaha_sales", "usaha_collections", "usaha_counts",
          "usaha_moves", "usaha_work", "usaha_share_rules", "usaha_share_parts", "usaha_shares", "sequences")


def member(name: str, joined_on: date = date(2025, 1, 2), business_ids=()) -> int:
    return add_member(MemberInput(name=name, joined_on=joined_on, business_ids=list(business_ids))).id


def capital(business_id: int, on: date, amount_rp: int) -> int:
    """The group gives a business its cash to start with (a capital grant into Kas, in the
    business's book): the ledger refuses to pay out more than the cash box holds."""
    tag = {"business_id": business_id}
    return ledger.post_entry(on, "Modal usaha", [ledger.debit("1-101", amount_rp, **tag),
                                                 ledger.credit("3-201", amount_rp, **tag)])


def counts() -> dict[str, int]:
    """Rows in every table a business service writes: equal before and after a refusal."""
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def trial_balance_total() -> int:
    return db.execute_sql("SELECT coalesce(sum(amount_rp), 0) FROM postings").fetchone()[0]


def alabio_july() -> dict:
    """The worked Alabio month of tests/test_usaha_alabio.py (profit Rp404.014): feed bought in
    cash and on credit, eggs made with rejects, sold in butir and rak, cash and credit, paid in
    part, an expense, a supplier paid, a count two eggs short. Its members and items."""
    siti, wati = member("Siti Aisyah", business_ids=[ALABIO]), member("Wati", business_ids=[ALABIO])
    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 7, 1))
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    capital(ALABIO, date(2026, 7, 1), 600_000)
    trade.purchase(ALABIO, date(2026, 7, 1), feed.id, 100, 600_000, supplier="Toko Pakan Amuntai")
    credit_buy = trade.purchase(ALABIO, date(2026, 7, 2), feed.id, "50", 325_000, supplier="UD Sumber Rezeki",
                                on_credit=True)
    trade.produce(ALABIO, date(2026, 7, 5), egg.id, 300, rejects=10, materials=[MaterialUse(feed.id, "37.5")])
    trade.produce(ALABIO, date(2026, 7, 10), egg.id, 330, rejects=5, materials=[MaterialUse(feed.id, 40_000, GRAM)])
    trade.sell(ALABIO, date(2026, 7, 12), [SaleLine(egg.id, 2, RAK), SaleLine(egg.id, 15)], seller_member_id=wati)
    catalog.set_price(egg.id, 2_600, date(2026, 7, 15))
    to_siti = trade.sell(ALABIO, date(2026, 7, 16), [SaleLine(egg.id, 3, RAK)], buyer_member_id=siti, on_credit=True,
                         seller_member_id=siti)
    to_ani = trade.sell(ALABIO, date(2026, 7, 18), [SaleLine(egg.id, 100, unit_price_rp=2_400)],
                        buyer_name="Warung Bu Ani", on_credit=True, seller_member_id=wati)
    trade.expense(ALABIO, date(2026, 7, 20), 50_000, "Transport ke pasar Amuntai")
    trade.collect(to_siti.sale_id, date(2026, 7, 25), 234_000)
    trade.pay_supplier(credit_buy.purchase_id, date(2026, 7, 26), 125_000)
    trade.collect(to_ani.sale_id, date(2026, 7, 28), 100_000)
    stock.count_stock(egg.id, date(2026, 7, 31), 348, reason="Pecah saat diangkut")
    return dict(siti=siti, wati=wati, egg=egg, feed=feed)
