"""The group businesses on both engines (issue 16): the worked Alabio month (feed bought, eggs
made and sold, a count, payments), its profit shared, a sale reversed, units of its own and the
business book's PDF, each on a SQLite book and on a PostgreSQL book (any_book)."""

from __future__ import annotations

from datetime import date

from app import ledger, reversals, settings
from app.documents import usaha_book
from app.documents.catalogue import Request, generate
from app.formatting import rupiah
from app.usaha import catalog, report, sharing, stock, trade, units
from app.usaha.trade import MaterialUse, SaleLine
from pdf_support import pdf_text
from usaha_support import ALABIO, BUNGKUS, KERUPUK, KG, alabio_july, capital, trial_balance_total

JULY = (date(2026, 7, 1), date(2026, 7, 31))


def test_a_month_of_eggs_its_stock_profit_and_sales(any_book):
    month = alabio_july()
    r = report.business_report(ALABIO, *JULY)
    assert (r.sales_rp, r.cost_of_sales_rp, r.stock_difference_rp, r.expenses_rp, r.profit_rp) == (
        661_500, 205_932, 1_554, 50_000, 404_014)
    assert (r.receivables_rp, r.payables_rp) == (140_000, 200_000)
    rows = {row.name: (row.quantity_base, row.value_rp) for row in stock.stock_list(ALABIO)}
    assert rows["Telur itik"] == (348, 271_985 - 1_554)  # 350 worth Rp271.985 before the count, 2 short
    assert sum(v for _, v in rows.values()) == r.stock_value_rp == ledger.business_balance(ALABIO, "1-301")
    assert stock.on_hand(month["egg"].id) == 348
    by_product = report.sales_by_product(ALABIO, *JULY)
    assert [(p.name, p.quantity_base, p.amount_rp, p.cost_rp) for p in by_product] == [
        ("Telur itik", 265, 661_500, 205_932)]
    by_buyer = {b.buyer_name: (b.sales, b.amount_rp, b.on_credit_rp) for b in report.sales_by_buyer(ALABIO, *JULY)}
    assert by_buyer["Warung Bu Ani"] == (1, 240_000, 240_000) and by_buyer["Siti Aisyah"] == (1, 234_000, 234_000)
    assert len(usaha_book.journal(ALABIO, *JULY)) == 13
    assert trial_balance_total() == 0


def test_the_profit_shared_by_sales_to_the_rupiah(any_book):
    month = alabio_july()
    sharing.set_rule(ALABIO, "sales", {"members": "70", "3-301": "20", "2-303": "10"})
    result = sharing.post_share(ALABIO, *JULY, on=date(2026, 8, 1))
    plan = result.plan
    assert [(m.member_id, m.weight) for m in plan.members] == [(month["siti"], 234_000), (month["wati"], 427_500)]
    assert sum(p.amount_rp for p in plan.parts) == 404_014
    assert sum(m.amount_rp for m in plan.members) == plan.parts[0].amount_rp
    for m in plan.members:
        assert ledger.member_balance(m.member_id, "2-101") == -m.amount_rp
    assert ledger.business_balance(ALABIO, "3-401") == 404_014
    assert trial_balance_total() == 0


def test_a_unit_of_its_own_and_a_reversed_sale_gives_its_stock_back(any_book):
    kerupuk = catalog.add_product(KERUPUK, "Kerupuk", BUNGKUS, 3_000, date(2026, 8, 1))
    tapioka = catalog.add_material(KERUPUK, "Tepung tapioka", KG)
    bal = units.add_unit("bal", BUNGKUS, 20, business_id=KERUPUK)
    capital(KERUPUK, date(2026, 8, 1), 120_000)
    trade.purchase(KERUPUK, date(2026, 8, 1), tapioka.id, 10, 120_000)
    made = trade.produce(KERUPUK, date(2026, 8, 2), kerupuk.id, 100, materials=[MaterialUse(tapioka.id, 5)])
    assert (made.good_base, made.cost_rp) == (100, 60_000)
    sale = trade.sell(KERUPUK, date(2026, 8, 3), [SaleLine(kerupuk.id, 2, bal.id)])
    assert (sale.amount_rp, sale.cost_rp, sale.receipt_number) == (120_000, 24_000, "KW/2026/000001")
    assert stock.on_hand(kerupuk.id) == 60
    reversals.reverse(sale.entry_id, "Salah catat")
    assert stock.on_hand(kerupuk.id) == 100
    assert sum(r.value_rp for r in stock.stock_list(KERUPUK)) == ledger.business_balance(KERUPUK, "1-301") == 120_000
    assert report.profit(KERUPUK, date(2026, 8, 1), date(2026, 8, 17)) == 0
    assert trial_balance_total() == 0


def test_the_business_book_pdf(any_book, tmp_path):
    settings.update({"group_name": "UP2K As Syifa", "place_name": "Amuntai"})
    alabio_july()
    path = generate(Request("usaha_book", business_id=ALABIO, start=JULY[0], end=JULY[1]), target=tmp_path / "u.pdf")
    text = pdf_text(path)
    assert "UP2K As Syifa" in text and "Usaha Telur itik Alabio – Juli 2026" in text
    assert f"Laba (rugi) periode ini {rupiah(404_014, parentheses=True)}" in text
    assert "KW/2026/000001" in text and "Transport ke pasar Amuntai" in text
