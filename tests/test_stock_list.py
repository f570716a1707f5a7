"""Daftar persediaan: quantity × the average shown gives the value shown (to the rupiah), and the
total is this business's part of 1-301, beside what the ledger has for it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, strategies as st

from app.documents.catalogue import Request, generate
from app.documents.usaha_book import average_cost
from app.formatting import rupiah
from app.usaha import catalog, trade
from app.usaha.stock import StockRow
from pdf_support import pdf_text
from usaha_support import ALABIO, BORDIR, KG, capital


def _row(quantity: Decimal, value_rp: int) -> StockRow:
    return StockRow(1, "material", "Pakan", "kg", "gram", int(quantity * 1000), quantity, value_rp)


@given(thousandths=st.integers(1, 999_999), value=st.integers(0, 10**10))
def test_quantity_times_the_average_shown_is_the_value(thousandths, value):
    quantity = Decimal(thousandths) / 1000
    average = average_cost(_row(quantity, value))
    assert average == average.quantize(Decimal("0.001"))  # at most three decimals
    assert int((quantity * average).quantize(Decimal(1), rounding="ROUND_HALF_UP")) == value


def test_the_average_takes_no_more_decimals_than_it_needs():
    assert average_cost(_row(Decimal(348), 270_431)) == Decimal("777.1")
    assert average_cost(_row(Decimal("72.5"), 447_083)) == Decimal("6166.66")
    assert average_cost(_row(Decimal(4), 10_000)) == Decimal(2500)
    assert average_cost(_row(Decimal(0), 0)) is None


def test_the_total_is_the_business_part_of_1_301(book, tmp_path):
    capital(ALABIO, date(2026, 7, 1), 500_000)
    capital(BORDIR, date(2026, 7, 1), 500_000)
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    thread = catalog.add_material(BORDIR, "Benang", KG)
    trade.purchase(ALABIO, date(2026, 7, 2), feed.id, 3, 10_000, supplier="Toko Pakan")
    trade.purchase(BORDIR, date(2026, 7, 2), thread.id, 1, 90_000, supplier="Toko Benang")
    text = pdf_text(generate(Request("usaha_stock", business_id=ALABIO, end=date(2026, 7, 31)),
                             target=tmp_path / "s.pdf"))
    money = rupiah(10_000, parentheses=True)
    assert f"Pakan itik 3 kg 3.333,3 {money}" in text  # 3 × 3.333,3 = 9.999,9
    assert f"Jumlah persediaan usaha ini (bagian akun 1-301) {money}" in text
    assert f"Menurut Neraca (bagian usaha ini) {money}" in text and f"Selisih {rupiah(0, parentheses=True)}" in text
    assert "(akun 1-301)" not in text.replace("(bagian akun 1-301)", "")  # never called the account's balance
    english = pdf_text(generate(Request("usaha_stock", business_id=ALABIO, end=date(2026, 7, 31), lang="en"),
                                target=tmp_path / "e.pdf"))
    assert f"This business's stock (its part of account 1-301) {money}" in english
    assert f"Per the balance sheet (this business's part) {money}" in english
