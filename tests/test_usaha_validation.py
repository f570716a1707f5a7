"""Every bad input gets its issue and writes nothing (rows counted before and after)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app import reversals, settings
from app.errors import Rejected
from app.usaha import catalog, sharing, stock, trade, units
from app.usaha.trade import MaterialUse, SaleLine

from usaha_support import ALABIO, BORDIR, BUTIR, KERUPUK, KG, LEMBAR, RAK, capital, counts, member

ON = date(2026, 8, 10)


@pytest.fixture
def shop(book):
    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 7, 1))
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    capital(ALABIO, date(2026, 8, 1), 60_000)
    trade.purchase(ALABIO, date(2026, 8, 1), feed.id, 10, 60_000)
    trade.produce(ALABIO, date(2026, 8, 2), egg.id, 100, materials=[MaterialUse(feed.id, 5)])
    kain = catalog.add_product(BORDIR, "Taplak bordir", LEMBAR, 150_000, date(2026, 7, 1))
    return dict(egg=egg, feed=feed, kain=kain)


def refused(call, *codes):
    before = counts()
    with pytest.raises(Rejected) as caught:
        call()
    assert counts() == before
    for code in codes:
        assert code in caught.value.codes(), caught.value.issues
    return caught.value


def test_sale_of_more_than_in_stock(shop):
    error = refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 4, RAK)]), "stock.insufficient")
    [issue] = error.issues
    assert issue.params == {"item": "Telur itik", "on_hand": 100, "asked": 120, "unit": "butir",
                            "item_id": shop["egg"].id, "unit_id": RAK}
    # Two lines of one product count together.
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 3, RAK), SaleLine(shop["egg"].id, 20)]),
            "stock.insufficient")
    # Before the production day there is nothing.
    refused(lambda: trade.sell(ALABIO, date(2026, 8, 1), [SaleLine(shop["egg"].id, 1)]), "stock.insufficient")


def test_sale_dated_back_may_not_empty_a_later_day(shop):
    trade.sell(ALABIO, date(2026, 8, 5), [SaleLine(shop["egg"].id, 90)])
    trade.produce(ALABIO, date(2026, 8, 3), shop["egg"].id, 50, materials=[MaterialUse(shop["feed"].id, 1)])
    # On the 4th there are 150, but the 5th has sold 90 of them: 60 may still leave on the 4th.
    refused(lambda: trade.sell(ALABIO, date(2026, 8, 4), [SaleLine(shop["egg"].id, 61)]), "stock.insufficient")
    trade.sell(ALABIO, date(2026, 8, 4), [SaleLine(shop["egg"].id, 60)])


def test_negative_stock_only_with_a_recorded_reason(shop):
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 101)], allow_negative=True),
            "stock.negative_reason_required")
    sale = trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 101)], allow_negative=True,
                      negative_reason="Telur sore belum dicatat")
    assert stock.on_hand(shop["egg"].id) == -1
    assert [m.negative_reason for m in stock.movements(shop["egg"].id) if m.kind == "sold"] == [
        "Telur sore belum dicatat"]
    assert sale.cost_rp > 0


@pytest.mark.parametrize("quantity, code", [
    (0, "quantity.not_positive"), (-3, "quantity.not_positive"), (Decimal("1.5"), "quantity.not_whole"),
    ("2,5", "quantity.not_whole"), (1.0, "quantity.unreadable"), ("dua", "quantity.unreadable"),
    (10**13, "quantity.too_large"),
])
def test_bad_quantities(shop, quantity, code):
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, quantity)]), code)
    refused(lambda: trade.produce(ALABIO, ON, shop["egg"].id, quantity), code)


def test_half_a_rak_is_whole_eggs(shop):
    sale = trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, "0.5", RAK)])
    assert (sale.lines[0].quantity_base, sale.amount_rp) == (15, 37_500)
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, "0.25", RAK)]), "quantity.not_whole")


@pytest.mark.parametrize("price, code", [
    (0, "usaha.price_not_positive"), (-1, "usaha.price_not_positive"), (10**13, "usaha.price_too_large"),
    (Decimal("2500.5"), "posting.not_whole_rupiah"),
])
def test_bad_prices(shop, price, code):
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 1, unit_price_rp=price)]), code)
    refused(lambda: catalog.set_price(shop["egg"].id, price, ON), code)
    refused(lambda: catalog.add_product(ALABIO, "Telur asin", BUTIR, price, ON), code)
    refused(lambda: trade.purchase(ALABIO, ON, shop["feed"].id, 1, price), code)


def test_line_amount_of_10_to_the_13_is_refused(shop):
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 2, unit_price_rp=5 * 10**12)]),
            "usaha.price_too_large")


def test_product_of_another_business(shop):
    error = refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["kain"].id, 1)]), "usaha.item_other_business")
    assert error.issues[0].params == {"item": "Taplak bordir", "business": "Bordir"}
    refused(lambda: trade.produce(KERUPUK, ON, shop["egg"].id, 1), "usaha.item_other_business")
    refused(lambda: trade.purchase(BORDIR, ON, shop["feed"].id, 1, 5_000), "usaha.item_other_business")


def test_unknown_product_unit_and_business(shop):
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(9_999, 1)]), "usaha.unknown_product")
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["feed"].id, 1)]), "usaha.unknown_product")  # a material
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 1, 9_999)]), "unit.unknown")
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 1, KG)]), "unit.not_for_item")
    refused(lambda: trade.sell(99, ON, [SaleLine(shop["egg"].id, 1)]), "posting.unknown_business")
    refused(lambda: trade.sell(ALABIO, ON, []), "usaha.no_lines")
    refused(lambda: catalog.add_product(ALABIO, "Telur asin", 9_999, 3_000, ON), "unit.unknown")
    refused(lambda: catalog.add_product(ALABIO, "telur ITIK", BUTIR, 3_000, ON), "usaha.item_name_taken")


def test_unit_conversion_must_be_whole(book):
    refused(lambda: units.add_unit("rak besar", BUTIR, "30.5"), "unit.factor_not_whole")
    refused(lambda: units.add_unit("rak besar", BUTIR, Decimal("30.5")), "unit.factor_not_whole")
    refused(lambda: units.add_unit("rak besar", BUTIR, 0), "unit.factor_out_of_range")
    refused(lambda: units.add_unit("rak", BUTIR, 30), "unit.name_taken")
    refused(lambda: units.add_unit("peti", RAK, 10), "unit.base_not_base")
    refused(lambda: units.add_unit("biji", None, 2), "unit.base_factor_not_one")
    peti = units.add_unit("peti", BUTIR, "300", business_id=ALABIO)
    assert (peti.factor, peti.base_name, peti.business_id) == (300, "butir", ALABIO)
    assert "peti" in [u.name for u in units.list_units(ALABIO)]
    assert "peti" not in [u.name for u in units.list_units(KERUPUK)]


def test_share_parts_must_add_up_to_100(book):
    error = refused(lambda: sharing.set_rule(ALABIO, "hours", {"members": 60, "3-301": 30}), "share.parts_not_100")
    assert error.issues[0].params == {"total": Decimal(90)}
    refused(lambda: sharing.set_rule(ALABIO, "hours", {"members": "60.5", "3-301": 40}), "share.parts_not_100")
    refused(lambda: sharing.set_rule(ALABIO, "hours", {"members": "60.125", "3-301": "39.875"}),
            "share.percent_unreadable")
    refused(lambda: sharing.set_rule(ALABIO, "hours", {"members": 100, "1-101": 0}), "share.bad_target")
    refused(lambda: sharing.set_rule(ALABIO, "luck", {"members": 100}), "share.bad_basis")
    refused(lambda: sharing.set_rule(ALABIO, "hours", {}), "share.parts_not_100")
    assert sharing.set_rule(ALABIO, "pieces", {"members": "62.5", "3-301": "37.5"}).parts[0].percent == Decimal("62.5")


def test_share_only_of_a_profit_once(shop):
    siti = member("Siti", business_ids=[ALABIO])
    outsider = member("Rina")
    refused(lambda: sharing.record_work(ALABIO, outsider, date(2026, 8, 2), pieces=10), "share.not_in_group")
    start, end = date(2026, 8, 1), date(2026, 8, 10)
    refused(lambda: sharing.post_share(ALABIO, start, end, ON), "share.no_rule")
    sharing.set_rule(ALABIO, "pieces", {"members": 50, "3-301": 50})
    refused(lambda: sharing.post_share(ALABIO, start, end, ON), "share.no_profit", "share.no_work")
    trade.sell(ALABIO, date(2026, 8, 5), [SaleLine(shop["egg"].id, 50)])
    sharing.record_work(ALABIO, siti, date(2026, 8, 2), pieces=100)
    refused(lambda: sharing.post_share(ALABIO, start, end, date(2026, 8, 9)), "share.before_period_end")
    sharing.post_share(ALABIO, start, end, ON)
    refused(lambda: sharing.post_share(ALABIO, date(2026, 8, 5), date(2026, 8, 12), date(2026, 8, 12)),
            "share.already_shared")


def test_shared_period_locked_until_the_share_is_reversed(shop):
    siti = member("Siti", business_ids=[ALABIO])
    capital(ALABIO, date(2026, 8, 1), 100_000)  # Kas holds the sale's money back when it is reversed
    start, end = date(2026, 8, 1), date(2026, 8, 10)
    sharing.set_rule(ALABIO, "pieces", {"members": 50, "3-301": 50})
    sale = trade.sell(ALABIO, date(2026, 8, 5), [SaleLine(shop["egg"].id, 50)])
    sharing.record_work(ALABIO, siti, date(2026, 8, 2), pieces=100)
    share = sharing.post_share(ALABIO, start, end, ON)
    refused(lambda: reversals.reverse(sale.entry_id, "Salah catat", ON), "lock.business_shared")
    refused(lambda: trade.expense(ALABIO, date(2026, 8, 6), 10_000, "Plastik"), "lock.business_shared")
    trade.expense(ALABIO, date(2026, 8, 11), 10_000, "Plastik")  # after the period: free
    reversals.reverse(share.entry_id, "Bagi hasil salah", ON)
    reversals.reverse(sale.entry_id, "Salah catat", ON)
    trade.expense(ALABIO, date(2026, 8, 6), 10_000, "Plastik")


def test_credit_needs_a_name_and_payments_no_more_than_owed(shop):
    refused(lambda: trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 1)], on_credit=True), "usaha.buyer_required")
    refused(lambda: trade.purchase(ALABIO, ON, shop["feed"].id, 1, 6_000, on_credit=True), "usaha.supplier_required")
    sale = trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 10)], buyer_name="Bu Ani", on_credit=True)
    refused(lambda: trade.collect(sale.sale_id, ON, 25_001), "usaha.overpayment")
    refused(lambda: trade.collect(sale.sale_id, date(2026, 8, 9), 1_000), "usaha.payment_before_record")
    cash = trade.sell(ALABIO, ON, [SaleLine(shop["egg"].id, 1)])
    refused(lambda: trade.collect(cash.sale_id, ON, 1_000), "usaha.unknown_receivable")
    refused(lambda: trade.pay_supplier(1, ON, 1_000), "usaha.unknown_payable")  # the purchase was cash


def test_dates_future_and_closed_period(shop):
    refused(lambda: trade.sell(ALABIO, date(2026, 8, 18), [SaleLine(shop["egg"].id, 1)]), "date.in_future")
    settings.close_period(date(2026, 7, 31))
    refused(lambda: trade.sell(ALABIO, date(2026, 7, 31), [SaleLine(shop["egg"].id, 1)]), "entry.period_closed")
    refused(lambda: trade.expense(ALABIO, date(2026, 7, 20), 5_000, "Transport"), "entry.period_closed")
    refused(lambda: stock.count_stock(shop["egg"].id, date(2026, 7, 30), 0, reason="x"), "entry.period_closed")


def test_count_needs_a_reason_and_expense_an_expense_account(shop):
    refused(lambda: stock.count_stock(shop["egg"].id, ON, 98), "stock.count_reason_required")
    refused(lambda: stock.count_stock(shop["egg"].id, ON, "1.01", RAK, reason="x"), "quantity.not_whole")
    same = stock.count_stock(shop["egg"].id, ON, 100)  # nothing differs: no reason, no entry
    assert (same.difference_base, same.entry_id) == (0, None)
    refused(lambda: trade.expense(ALABIO, ON, 5_000, "Transport", account="4-201"), "usaha.not_expense_account")
    refused(lambda: trade.expense(ALABIO, ON, 5_000, "Transport", cash_account="1-301"), "savings.not_cash_account")
    refused(lambda: trade.expense(ALABIO, ON, 5_000, " "), "required")


def test_production_rejects_and_material_stock(shop):
    refused(lambda: trade.produce(ALABIO, ON, shop["egg"].id, 10, rejects=11), "usaha.rejects_exceed_made")
    refused(lambda: trade.produce(ALABIO, ON, shop["egg"].id, 10, materials=[MaterialUse(shop["feed"].id, 6)]),
            "stock.insufficient")
    refused(lambda: trade.produce(ALABIO, ON, shop["egg"].id, 10, materials=[MaterialUse(shop["egg"].id, 1)]),
            "usaha.unknown_material")
