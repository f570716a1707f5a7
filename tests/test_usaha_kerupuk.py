"""A second business, Kerupuk, to the rupiah: tapioka in kg and minyak goreng in liter made into
bungkus, a unit of its own (bal = 20 bungkus), a credit sale in bal to a member, packaging.

200 bungkus made, 4 broken, from 8 kg tapioka (Rp96.000 of 10 kg for Rp120.000) and 2,5 liter
minyak (Rp45.000 of 5 liter for Rp90.000): Rp141.000 in 196 good bungkus. 5 bal = 100 bungkus
sold at Rp3.000 (Rp60.000 a bal) cost Rp141.000 × 100/196 = Rp71.938,78 -> Rp71.939.
"""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger
from app.errors import Rejected
from app.usaha import catalog, report, stock, trade, units
from app.usaha.trade import MaterialUse, SaleLine

from usaha_support import ALABIO, BUNGKUS, BUTIR, KERUPUK, KG, LITER, capital, member


def test_a_week_of_kerupuk(book):
    ani = member("Ani")
    kerupuk = catalog.add_product(KERUPUK, "Kerupuk ikan haruan", BUNGKUS, 3_000, date(2026, 8, 1), standard_cost_rp=700)
    tapioka = catalog.add_material(KERUPUK, "Tepung tapioka", KG)
    minyak = catalog.add_material(KERUPUK, "Minyak goreng", LITER)
    bal = units.add_unit("bal", BUNGKUS, 20, business_id=KERUPUK)
    capital(KERUPUK, date(2026, 8, 1), 235_000)  # the two purchases and the plastic
    trade.purchase(KERUPUK, date(2026, 8, 1), tapioka.id, 10, 120_000, supplier="Toko Haji Amat")
    trade.purchase(KERUPUK, date(2026, 8, 1), minyak.id, 5, 90_000)
    made = trade.produce(KERUPUK, date(2026, 8, 3), kerupuk.id, 200, rejects=4,
                         materials=[MaterialUse(tapioka.id, 8), MaterialUse(minyak.id, "2.5")])
    assert (made.good_base, made.cost_rp) == (196, 141_000)
    sale = trade.sell(KERUPUK, date(2026, 8, 5), [SaleLine(kerupuk.id, 5, bal.id)], buyer_member_id=ani,
                      on_credit=True)
    assert (sale.amount_rp, sale.cost_rp, sale.lines[0].unit_price_rp, sale.receipt_number) == (
        300_000, 71_939, 60_000, None)
    trade.expense(KERUPUK, date(2026, 8, 6), 25_000, "Plastik kemasan")
    r = report.business_report(KERUPUK, date(2026, 8, 1), date(2026, 8, 17))
    assert (r.sales_rp, r.cost_of_sales_rp, r.expenses_rp, r.profit_rp) == (300_000, 71_939, 25_000, 203_061)
    values = {row.name: (row.quantity_base, row.value_rp) for row in stock.stock_list(KERUPUK)}
    assert values == {"Kerupuk ikan haruan": (96, 69_061), "Tepung tapioka": (2_000, 24_000),
                      "Minyak goreng": (2_500, 45_000)}
    assert r.stock_value_rp == ledger.business_balance(KERUPUK, "1-301") == 138_061
    assert ledger.member_balance(ani, "1-202") == 300_000 == r.receivables_rp
    assert report.business_report(ALABIO, date(2026, 8, 1), date(2026, 8, 17)).profit_rp == 0  # its own book
    # The bal is Kerupuk's: eggs are not sold in it.
    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 8, 1))
    with pytest.raises(Rejected) as refused:
        trade.sell(ALABIO, date(2026, 8, 5), [SaleLine(egg.id, 1, bal.id)])
    assert refused.value.codes() == ["unit.not_for_item"]


def test_reversed_sale_returns_its_stock_and_a_paid_one_is_held(book):
    from app import reversals

    kerupuk = catalog.add_product(KERUPUK, "Kerupuk", BUNGKUS, 3_000, date(2026, 8, 1))
    tapioka = catalog.add_material(KERUPUK, "Tepung tapioka", KG)
    capital(KERUPUK, date(2026, 8, 1), 120_000)
    trade.purchase(KERUPUK, date(2026, 8, 1), tapioka.id, 10, 120_000)
    trade.produce(KERUPUK, date(2026, 8, 2), kerupuk.id, 100, materials=[MaterialUse(tapioka.id, 5)])
    sale = trade.sell(KERUPUK, date(2026, 8, 3), [SaleLine(kerupuk.id, 40)], buyer_name="Bu Ani", on_credit=True)
    trade.collect(sale.sale_id, date(2026, 8, 4), 20_000)
    assert [i.code for i in stock.reversal_issues(sale.entry_id)] == ["usaha.has_payments"]
    other = trade.sell(KERUPUK, date(2026, 8, 3), [SaleLine(kerupuk.id, 10)])
    assert stock.reversal_issues(other.entry_id) == []
    reversals.reverse(other.entry_id, "Salah catat")
    assert stock.on_hand(kerupuk.id) == 60  # 100 made, 40 sold; the reversed 10 are back
    assert sum(r.value_rp for r in stock.stock_list(KERUPUK)) == ledger.business_balance(KERUPUK, "1-301")
