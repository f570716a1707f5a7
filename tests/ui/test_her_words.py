"""Messages in her words and units: a date that does not exist says why; stock in rak and butir
for eggs, in kg where she typed kg; amounts with thousands dots."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.errors import Rejected
from app.usaha import catalog, trade
from app.usaha.trade import MaterialUse, SaleLine
from ui.date_field import DateField
from ui.messages import issue_text

from usaha_support import ALABIO, KG, RAK, capital

TODAY = date(2026, 8, 17)


@pytest.mark.parametrize(("typed", "words"), [
    ("31/02/1980", "Februari 1980 tidak punya tanggal 31."),
    ("29/02/2025", "Februari 2025 tidak punya tanggal 29."),
    ("31/04/2026", "April 2026 tidak punya tanggal 31."),
    ("12/13/2026", "Bulan 13 tidak ada: bulan ditulis 1 sampai 12 (hh/bb/tttt)."),
    ("kemarin", "Tanggal tidak dikenali. Tulis hh/bb/tttt, misalnya 17/08/1985."),
])
def test_a_date_that_does_not_exist_says_why(qtbot, typed, words):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, typed)
    assert issue_text(field.issue("birth_date")) == words
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "29/02/2024")
    assert field.issue("birth_date") is None and field.date() == date(2024, 2, 29)


def refusal(act) -> str:
    with pytest.raises(Rejected) as refused:
        act()
    return issue_text(next(i for i in refused.value.issues if i.code == "stock.insufficient"))


def test_stock_is_told_in_rak_and_butir_and_in_kg_where_she_typed_kg(book):
    egg = catalog.add_product(ALABIO, "Telur itik", 1, 2_500, date(2026, 8, 1))
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    capital(ALABIO, TODAY, 600_000)
    trade.purchase(ALABIO, TODAY, feed.id, 40, 600_000, supplier="Toko Pakan")
    trade.produce(ALABIO, TODAY, egg.id, 673, materials=[MaterialUse(feed.id, "2.5")])
    assert refusal(lambda: trade.sell(ALABIO, TODAY, [SaleLine(egg.id, 700)])) == \
        "Stok Telur itik hanya 22 rak 13 butir, diminta 23 rak 10 butir."
    assert refusal(lambda: trade.sell(ALABIO, TODAY, [SaleLine(egg.id, 25, RAK)])) == \
        "Stok Telur itik hanya 22 rak 13 butir, diminta 25 rak."
    assert refusal(lambda: trade.produce(ALABIO, TODAY, egg.id, 10, materials=[MaterialUse(feed.id, "40")])) == \
        "Stok Pakan itik hanya 37,5 kg, diminta 40 kg."


def test_large_numbers_in_messages_have_thousands_dots_and_years_do_not():
    from app.errors import Issue
    assert issue_text(Issue("quantity", "inventory.quantity_too_large", {"limit": 10**9})) == \
        "Jumlah terlalu besar: paling banyak 1.000.000.000."
    assert issue_text(Issue("value_rp", "posting.amount_too_large", {"limit": 10**12})).endswith("Rp1.000.000.000.000.")
    assert "2026" in issue_text(Issue("founded_year", "settings.bad_year", {"max": 2026}))
