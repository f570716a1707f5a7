"""A worked month of the Telur itik Alabio business, to the rupiah: feed bought in kg (cash and
on credit), eggs produced in butir with some broken, sold in butir and rak, cash and credit, a
price change, a credit sale paid later (in part), an expense, a supplier paid, a stock count
with two eggs missing, and the profit shared. Profit, stock and ledger must agree.

Moving average (app.usaha.stock): feed 150 kg for Rp925.000; 37,5 kg -> Rp231.250 into 290 good
eggs; 40 kg of the 112,5 kg left (Rp693.750) -> Rp246.667 into 325 good eggs; 615 eggs worth
Rp477.917. Sales take 60 + 15 (Rp46.626 + Rp11.657), 90 (Rp69.939), 100 (Rp77.710); the count
finds 348 of 350 (Rp271.985): 2 eggs Rp1.554 short.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app import ledger, receipts
from app.usaha import catalog, report, sharing, stock, trade
from app.usaha.trade import MaterialUse, SaleLine

from usaha_support import ALABIO, BUTIR, GRAM, KG, RAK, capital, member, trial_balance_total

JULY = (date(2026, 7, 1), date(2026, 7, 31))


@pytest.fixture
def month(book):
    siti, wati = member("Siti Aisyah", business_ids=[ALABIO]), member("Wati", business_ids=[ALABIO])
    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 7, 1))
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    capital(ALABIO, date(2026, 7, 1), 600_000)
    trade.purchase(ALABIO, date(2026, 7, 1), feed.id, 100, 600_000, supplier="Toko Pakan Amuntai")
    credit_buy = trade.purchase(ALABIO, date(2026, 7, 2), feed.id, "50", 325_000, supplier="UD Sumber Rezeki",
                                on_credit=True)
    first = trade.produce(ALABIO, date(2026, 7, 5), egg.id, 300, rejects=10, materials=[MaterialUse(feed.id, "37.5")])
    second = trade.produce(ALABIO, date(2026, 7, 10), egg.id, 330, rejects=5,
                           materials=[MaterialUse(feed.id, 40_000, GRAM)])
    walk_in = trade.sell(ALABIO, date(2026, 7, 12), [SaleLine(egg.id, 2, RAK), SaleLine(egg.id, 15)],
                         seller_member_id=wati)
    catalog.set_price(egg.id, 2_600, date(2026, 7, 15))
    to_siti = trade.sell(ALABIO, date(2026, 7, 16), [SaleLine(egg.id, 3, RAK)], buyer_member_id=siti, on_credit=True,
                         seller_member_id=siti)
    to_ani = trade.sell(ALABIO, date(2026, 7, 18), [SaleLine(egg.id, 100, unit_price_rp=2_400)],
                        buyer_name="Warung Bu Ani", on_credit=True, seller_member_id=wati)
    trade.expense(ALABIO, date(2026, 7, 20), 50_000, "Transport ke pasar Amuntai")
    paid_siti = trade.collect(to_siti.sale_id, date(2026, 7, 25), 234_000)
    trade.pay_supplier(credit_buy.purchase_id, date(2026, 7, 26), 325_000)
    paid_ani = trade.collect(to_ani.sale_id, date(2026, 7, 28), 100_000)
    count = stock.count_stock(egg.id, date(2026, 7, 31), 348, reason="Pecah saat diangkut")
    return dict(siti=siti, wati=wati, egg=egg, feed=feed, first=first, second=second, walk_in=walk_in,
                to_siti=to_siti, to_ani=to_ani, paid_siti=paid_siti, paid_ani=paid_ani, count=count)


def test_production_costs_and_rejects(month):
    assert (month["first"].good_base, month["first"].rejects_base, month["first"].cost_rp) == (290, 10, 231_250)
    assert (month["second"].good_base, month["second"].cost_rp) == (325, 246_667)


def test_sales_in_butir_and_rak_at_the_price_of_the_day(month):
    walk_in, to_siti, to_ani = month["walk_in"], month["to_siti"], month["to_ani"]
    assert [(s.quantity_base, s.unit_price_rp, s.amount_rp, s.cost_rp) for s in walk_in.lines] == [
        (60, 75_000, 150_000, 46_626), (15, 2_500, 37_500, 11_657)]
    assert (walk_in.amount_rp, walk_in.cost_rp) == (187_500, 58_283)
    assert (to_siti.amount_rp, to_siti.cost_rp, to_siti.lines[0].unit_price_rp) == (234_000, 69_939, 78_000)
    assert (to_ani.amount_rp, to_ani.cost_rp) == (240_000, 77_710)
    assert catalog.price_on(month["egg"].id, date(2026, 7, 14)) == 2_500
    assert catalog.price_on(month["egg"].id, date(2026, 7, 15)) == 2_600
    assert [p.price_rp for p in catalog.price_history(month["egg"].id)] == [2_500, 2_600]


def test_receipts_for_cash_sales_and_payments_only(month):
    assert month["walk_in"].receipt_number == "KW/2026/000001"
    assert month["to_siti"].receipt_number is None and month["to_ani"].receipt_number is None
    assert month["paid_siti"].receipt_number == "KW/2026/000002"
    assert month["paid_ani"].receipt_number == "KW/2026/000003"
    assert receipts.for_entry(month["walk_in"].entry_id) == "KW/2026/000001"


def test_receivables_until_paid(month):
    open_ = trade.open_receivables(ALABIO)
    assert [(r.buyer_name, r.amount_rp, r.paid_rp, r.open_rp) for r in open_] == [
        ("Warung Bu Ani", 240_000, 100_000, 140_000)]
    assert trade.receivables_by_buyer(ALABIO) == {(None, "Warung Bu Ani"): 140_000}
    at_20th = trade.open_receivables(ALABIO, as_of=date(2026, 7, 20))
    assert [(r.buyer_name, r.open_rp) for r in at_20th] == [("Siti Aisyah", 234_000), ("Warung Bu Ani", 240_000)]
    assert ledger.business_balance(ALABIO, "1-202") == 140_000
    assert trade.open_payables(ALABIO) == [] and ledger.business_balance(ALABIO, "2-102") == 0


def test_stock_by_date_and_count(month):
    egg, feed = month["egg"], month["feed"]
    assert (month["count"].book_base, month["count"].difference_base, month["count"].value_rp) == (350, -2, -1_554)
    assert stock.on_hand(egg.id, date(2026, 7, 9)) == 290
    assert stock.on_hand(egg.id, date(2026, 7, 12)) == 540
    assert stock.on_hand(egg.id, date(2026, 7, 30)) == 350
    assert stock.on_hand(egg.id) == 348
    assert stock.on_hand(feed.id) == 72_500  # gram: 72,5 kg
    rows = {r.name: r for r in stock.stock_list(ALABIO)}
    assert (rows["Telur itik"].quantity, rows["Telur itik"].value_rp) == (Decimal(348), 270_431)
    assert (rows["Pakan itik"].quantity, rows["Pakan itik"].value_rp) == (Decimal("72.5"), 447_083)
    assert [m.balance_base for m in stock.movements(egg.id)] == [290, 615, 555, 540, 450, 350, 348]


def test_profit_stock_and_ledger_agree(month):
    r = report.business_report(ALABIO, *JULY)
    assert (r.sales_rp, r.cost_of_sales_rp, r.stock_difference_rp, r.expenses_rp) == (661_500, 205_932, 1_554, 50_000)
    assert r.profit_rp == 661_500 - 205_932 - 1_554 - 50_000 == 404_014
    assert r.stock_value_rp == 270_431 + 447_083 == ledger.business_balance(ALABIO, "1-301")
    assert (r.receivables_rp, r.payables_rp) == (140_000, 0)
    assert report.profit(ALABIO, *JULY) == 404_014
    cash = 600_000 - 600_000 + 187_500 - 50_000 + 234_000 - 325_000 + 100_000
    assert ledger.business_balance(ALABIO, "1-101") == cash == ledger.account_balance("1-101")
    assert ledger.business_balance(ALABIO) == 0  # every line of a business's entry carries it
    assert trial_balance_total() == 0
    assert sum(row.debit_rp - row.credit_rp for row in ledger.trial_balance()) == 0
    assert ledger.account_balance("4-201") == -661_500


def test_monthly_series_and_dashboard(month):
    series = report.monthly(ALABIO, date(2026, 8, 17))
    assert len(series) == 12 and series[0].month == date(2025, 9, 1) and series[-1].month == date(2026, 8, 1)
    assert [(m.month, m.sales_rp, m.profit_rp) for m in series if m.sales_rp] == [(date(2026, 7, 1), 661_500, 404_014)]
    rows = {d.business_id: d for d in report.dashboard(date(2026, 7, 31))}
    assert (rows[ALABIO].sales_rp, rows[ALABIO].profit_rp, rows[ALABIO].stock_value_rp) == (661_500, 404_014, 717_514)
    assert len(rows) == 5 and rows[1].sales_rp == rows[1].stock_value_rp == 0
    assert report.dashboard(date(2026, 8, 17))[1].sales_rp == 0  # August: nothing sold yet


def test_sales_by_product_and_buyer(month):
    [eggs] = report.sales_by_product(ALABIO, *JULY)
    assert (eggs.name, eggs.quantity_base, eggs.base_unit_name, eggs.amount_rp, eggs.cost_rp) == (
        "Telur itik", 265, "butir", 661_500, 205_932)
    buyers = [(b.buyer_name, b.sales, b.amount_rp, b.on_credit_rp) for b in report.sales_by_buyer(ALABIO, *JULY)]
    assert buyers == [("Warung Bu Ani", 1, 240_000, 240_000), ("Siti Aisyah", 1, 234_000, 234_000),
                      ("", 1, 187_500, 0)]


def test_share_by_hours_hands_out_exactly_the_profit(month):
    siti, wati = month["siti"], month["wati"]
    sharing.set_rule(ALABIO, "hours", {"members": 60, "3-301": 40})
    sharing.record_work(ALABIO, siti, date(2026, 7, 3), hours="2.5")
    sharing.record_work(ALABIO, wati, date(2026, 7, 4), hours=4)
    result = sharing.post_share(ALABIO, *JULY, on=date(2026, 8, 1))
    plan = result.plan
    # 60 % of 404.014 = 242.408,4 and 40 % = 161.605,6: the fund's larger remainder takes the rupiah.
    assert [(p.target, p.amount_rp) for p in plan.parts] == [("members", 242_408), ("3-301", 161_606)]
    # 242.408 × 2,5/6,5 = 93.233,85 and × 4/6,5 = 149.174,15: Siti takes the leftover rupiah.
    assert [(m.member_id, m.amount_rp) for m in plan.members] == [(siti, 93_234), (wati, 149_174)]
    assert ledger.member_balance(siti, "2-101") == -93_234
    assert ledger.business_balance(ALABIO, "3-401") == 404_014
    assert ledger.business_balance(ALABIO, "3-301") == -161_606
    assert report.profit(ALABIO, *JULY) == 404_014  # sharing does not change the period's profit
    assert trial_balance_total() == 0


def test_share_by_sales(month):
    sharing.set_rule(ALABIO, "sales", {"members": "70", "3-301": "20", "2-303": "10"})
    plan = sharing.preview(ALABIO, *JULY)
    # Wati sold 187.500 + 240.000, Siti 234.000 of 661.500.
    assert [(m.member_id, m.weight) for m in plan.members] == [(month["siti"], 234_000), (month["wati"], 427_500)]
    assert sum(m.amount_rp for m in plan.members) == plan.parts[0].amount_rp
    assert sum(p.amount_rp for p in plan.parts) == 404_014
