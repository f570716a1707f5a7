"""Usaha Kelompok through the screens: a purchase, a production and a sale typed into their
dialogs move the stock and the profit the secretary sees; a sale of more than in stock is held
with the service's words beside the quantity; bad input is refused under its field, writing
nothing; the profit share previews to the rupiah and posting it fills the members' sukarela."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import receipts, savings
from app.formatting import rupiah
from app.usaha import catalog, report, sharing, trade
from app.usaha.trade import MaterialUse
from ui import translation
from ui.field_errors import ErrorLabel
from ui.usaha.common import quantity_input, short_rupiah
from ui.usaha.detail import TABS
from ui.usaha.dialogs import PurchaseDialog, RuleDialog, SaleDialog

from usaha_support import ALABIO, KG, capital, counts, member

TODAY = date(2026, 8, 17)


def with_dialog(qtbot, act, press) -> None:
    """Open a dialog by pressing a key (or clicking) and let `act(dialog)` work in it."""
    seen, tries = [], [0]

    def inside():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, inside)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException as error:  # never leave a modal dialog open: the run would hang
            failed.append(error)
        if dialog.isVisible():
            failed.append(AssertionError(f"{dialog.objectName()} stayed open: "
                                         f"{[label.text() for label in dialog.findChildren(ErrorLabel) if label.text()]}"))
            dialog.reject()

    failed = []
    QTimer.singleShot(0, inside)
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    if failed:
        raise failed[0]


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    edit.clear()
    qtbot.keyClicks(edit, text)


@pytest.fixture
def catalogue(book):
    capital(ALABIO, date(2026, 8, 1), 1_000_000)  # the business's cash to buy with
    egg = catalog.add_product(ALABIO, "Telur itik", 1, 2_500, date(2026, 8, 1))
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    return egg, feed


@pytest.fixture
def page(window, catalogue):
    window.go_to(4)
    return window.page("businesses")


def card(page, business_id: int):
    return next(c for c in page.cards if c.business_id == business_id)


def open_alabio(page, qtbot):
    alabio = card(page, ALABIO)
    alabio.setFocus()
    qtbot.keyClick(alabio, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.detail
    assert page.detail.heading.text() == "Telur itik Alabio"
    return page.detail


def stock_text(detail, name: str) -> str:
    detail.tabs.setCurrentIndex(TABS.index("stock"))
    model = detail.stock_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, 2).data()


def test_purchase_production_and_sale_through_the_screens(page, qtbot):
    assert card(page, ALABIO).values["sales"].text() == "Rp0"
    detail = open_alabio(page, qtbot)

    detail.tabs.setCurrentIndex(TABS.index("purchases"))

    voucher = []

    def buy_feed(dialog):
        assert dialog.objectName() == "purchaseDialog"
        assert dialog.item.currentText() == "Pakan itik" and dialog.unit.currentText() == "kg"
        type_into(qtbot, dialog.quantity, "100")
        type_into(qtbot, dialog.amount, "600.000")
        type_into(qtbot, dialog.supplier, "Toko Pakan Amuntai")
        qtbot.keyClick(dialog.supplier, Qt.Key.Key_Return)
        voucher.append(dialog.receipt_note.text())  # paid in cash: its bukti kas keluar
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)

    with_dialog(qtbot, buy_feed, detail.buy_button.click)
    assert voucher[0].startswith("Tersimpan, bukti kas keluar BKK/2026/000001.")
    assert receipts.get("BKK/2026/000001").member_name == "Toko Pakan Amuntai"
    assert detail.purchases_model.index(0, 1).data() == "Pakan itik"
    assert detail.purchases_model.index(0, 2).data() == "100 kg"
    assert detail.purchases_model.index(0, 3).data() == "Rp600.000"
    assert stock_text(detail, "Pakan itik") == "100 kg"

    detail.tabs.setCurrentIndex(TABS.index("production"))

    def lay_eggs(dialog):
        assert dialog.objectName() == "productionDialog"
        material, used, unit = dialog.material_rows[0]
        assert material.currentText() == "Pakan itik" and unit.currentText() == "kg"  # the one material
        type_into(qtbot, dialog.quantity, "300")
        type_into(qtbot, dialog.rejects, "10")
        type_into(qtbot, used, "37,5")
        qtbot.keyClick(used, Qt.Key.Key_Return)

    with_dialog(qtbot, lay_eggs, detail.produce_button.click)
    assert detail.production_model.index(0, 2).data() == "300 butir"
    assert detail.production_model.index(0, 4).data() == "Rp225.000"  # 37,5 of 100 kg for Rp600.000
    assert detail.production_model.index(0, 5).data() == "Pakan itik 37,5 kg"
    assert stock_text(detail, "Telur itik") == "290 butir"
    assert stock_text(detail, "Pakan itik") == "62,5 kg"

    detail.tabs.setCurrentIndex(TABS.index("sales"))
    receipt = []

    def sell_two_rak(dialog):
        assert dialog.objectName() == "saleDialog"
        line = dialog.lines[0]
        assert line["product"].currentText() == "Telur itik"
        assert line["stock"].text() == "Stok Telur itik: 290 butir"
        line["unit"].setCurrentIndex(line["unit"].findText("rak"))
        assert line["price"].text() == "75.000"  # Rp2.500 a butir × 30
        type_into(qtbot, line["quantity"], "2")
        assert dialog.values["total"].text() == "Rp150.000"
        qtbot.keyClick(line["quantity"], Qt.Key.Key_Return)
        receipt.append(dialog.receipt_note.text())
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)

    with_dialog(qtbot, sell_two_rak, detail.sell_button.click)
    qtbot.waitUntil(lambda: bool(receipt))
    assert receipt[0].startswith("Tersimpan, kuitansi KW/2026/000001.")
    assert detail.sales_model.index(0, 2).data() == "Telur itik 2 rak"
    assert detail.sales_model.index(0, 5).data() == "KW/2026/000001"
    assert stock_text(detail, "Telur itik") == "230 butir"

    # 60 of 290 eggs carrying Rp225.000 of feed: Rp46.552; the profit is what is left of Rp150.000.
    detail.tabs.setCurrentIndex(TABS.index("profit"))
    assert detail.report_values["sales"].text() == "Rp150.000"
    assert detail.report_values["cost"].text() == "Rp46.552"
    assert detail.report_values["profit"].text() == "Rp103.448"
    qtbot.keyClick(detail.tabs, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0
    assert card(page, ALABIO).values["sales"].text() == "Rp150.000"
    assert card(page, ALABIO).values["profit"].text() == "Rp103.448"
    assert card(page, ALABIO).values["stock"].text() == rupiah(600_000 - 46_552)
    assert page.chart.months[-1] == (150_000, 103_448)


def test_a_sale_of_more_than_in_stock_is_held_beside_the_quantity(page, catalogue, qtbot):
    egg, feed = catalogue
    trade.purchase(ALABIO, TODAY, feed.id, 100, 600_000, supplier="Toko Pakan")
    trade.produce(ALABIO, TODAY, egg.id, 300, rejects=10, materials=[MaterialUse(feed.id, "37.5")])
    before = counts()
    dialog = SaleDialog(ALABIO, page)
    qtbot.addWidget(dialog)
    line = dialog.lines[0]
    line["unit"].setCurrentIndex(line["unit"].findText("rak"))
    line["quantity"].setText("10")
    dialog.accept()
    assert dialog.errors.label("lines.0.quantity").text() == "Stok Telur itik hanya 9 rak 20 butir, diminta 10 rak."
    assert dialog.result() == 0 and counts() == before
    # Nothing silent: going below zero needs the tick and a reason.
    assert dialog.negative.allow.isVisibleTo(dialog) and not dialog.negative.allow.isChecked()
    dialog.negative.allow.setChecked(True)
    dialog.accept()
    assert dialog.errors.label("negative_reason").text() == "Tulis alasan mengapa stok boleh menjadi minus."
    assert counts() == before
    dialog.close()


@pytest.mark.parametrize("field, typed, shown", [
    ("quantity", "0", "Jumlah harus lebih dari nol."),
    ("quantity", "-3", "Jumlah harus lebih dari nol."),
    ("amount_rp", "10.000.000.000.000", "Harga atau jumlah harus kurang dari Rp10.000.000.000.000."),
    ("amount_rp", "0", "Harga harus lebih dari Rp0."),
])
def test_bad_purchase_input_is_refused_under_its_field(page, qtbot, field, typed, shown):
    before = counts()
    dialog = PurchaseDialog(ALABIO, page)
    qtbot.addWidget(dialog)
    dialog.quantity.setText("10")
    dialog.amount.setText("60.000")
    {"quantity": dialog.quantity, "amount_rp": dialog.amount}[field].setText(typed)
    dialog.accept()
    assert dialog.errors.label(field).text() == shown
    assert counts() == before
    dialog.close()


def test_half_an_egg_and_a_zero_price_are_refused(page, catalogue, qtbot):
    egg, feed = catalogue
    trade.purchase(ALABIO, TODAY, feed.id, 100, 600_000, supplier="Toko Pakan")
    trade.produce(ALABIO, TODAY, egg.id, 300, materials=[MaterialUse(feed.id, 30)])
    before = counts()
    dialog = SaleDialog(ALABIO, page)
    qtbot.addWidget(dialog)
    first, second = dialog.lines[0], dialog.lines[1]
    first["quantity"].setText("1,5")
    second["product"].setCurrentIndex(1)
    second["quantity"].setText("5")
    second["price"].setText("0")
    dialog.accept()
    assert dialog.errors.label("lines.0.quantity").text() == \
        "Jumlah ini bukan bilangan bulat dalam butir (misalnya setengah butir)."
    assert dialog.errors.label("lines.1.unit_price_rp").text() == "Harga harus lebih dari Rp0."
    assert counts() == before
    dialog.close()


def test_a_product_of_another_business_is_refused(book, catalogue, qtbot):
    egg, _ = catalogue
    from app.errors import Rejected
    from ui.messages import issue_text

    with pytest.raises(Rejected) as refused:
        trade.sell(3, TODAY, [trade.SaleLine(egg.id, 1)])
    assert issue_text(refused.value.issues[0]) == "Telur itik milik usaha Telur itik Alabio, bukan usaha ini."


def test_share_rule_preview_and_posting_to_sukarela(page, catalogue, qtbot, monkeypatch):
    egg, feed = catalogue
    siti, wati = member("Siti Aisyah", business_ids=[ALABIO]), member("Wati", business_ids=[ALABIO])
    trade.purchase(ALABIO, TODAY, feed.id, 100, 600_000, supplier="Toko Pakan")
    trade.produce(ALABIO, TODAY, egg.id, 300, rejects=10, materials=[MaterialUse(feed.id, "37.5")])
    trade.sell(ALABIO, TODAY, [trade.SaleLine(egg.id, 200)])
    sharing.record_work(ALABIO, siti, TODAY, hours="2.5")
    sharing.record_work(ALABIO, wati, TODAY, hours=4)
    profit = report.profit(ALABIO, date(2026, 8, 1), TODAY)

    before = counts()
    rule = RuleDialog(ALABIO, page)
    qtbot.addWidget(rule)
    rule.parts["members"].setText("60")
    rule.parts["3-301"].setText("30")
    rule.accept()
    assert rule.errors.label("parts").text() == "Bagian-bagian harus berjumlah tepat 100% (sekarang 90%)."
    assert rule.values["total"].text() == "90%" and counts() == before
    rule.parts["2-302"].setText("10")
    rule.accept()
    assert rule.result() == 1 and sharing.get_rule(ALABIO).basis == "hours"

    detail = open_alabio(page, qtbot)
    detail.tabs.setCurrentIndex(TABS.index("profit"))
    detail.reload()
    assert detail.report_values["profit"].text() == rupiah(profit)
    model = detail.share_model
    rows = {model.index(r, 0).data().strip(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert set(rows) == {"Anggota yang bekerja", "Siti Aisyah", "Wati", "Dana insentif PAUD", "Dana cadangan"}
    plan = sharing.preview(ALABIO, date(2026, 8, 1), TODAY)
    amounts = {m.name: m.amount_rp for m in plan.members}
    assert rows["Siti Aisyah"] == rupiah(amounts["Siti Aisyah"]) and rows["Wati"] == rupiah(amounts["Wati"])
    parts = [p.amount_rp for p in plan.parts]
    assert sum(parts) == profit and sum(amounts.values()) == plan.parts[0].amount_rp
    assert detail.share_total.text() == f"Laba {rupiah(profit)} dibagi habis: {rupiah(profit)}"

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(detail.share_button, Qt.MouseButton.LeftButton)
    assert asked and "Bagikan laba Telur itik Alabio 01/08/2026 – 17/08/2026" in asked[0]
    assert savings.balances(siti).sukarela_rp == amounts["Siti Aisyah"]
    assert savings.balances(wati).sukarela_rp == amounts["Wati"]
    assert "sudah dibagi" in detail.share_error.text() and not detail.share_button.isEnabled()


def test_beranda_shows_the_businesses_month(window, catalogue, qtbot):
    egg, feed = catalogue
    trade.purchase(ALABIO, TODAY, feed.id, 100, 600_000, supplier="Toko Pakan")
    trade.produce(ALABIO, TODAY, egg.id, 300, materials=[MaterialUse(feed.id, 30)])
    trade.sell(ALABIO, TODAY, [trade.SaleLine(egg.id, 100)])
    home = window.page("home")
    home.refresh()
    qtbot.waitUntil(lambda: "penjualan Rp250.000" in home.values["usaha"].text(), timeout=3000)
    assert home.values["usaha"].text() == "penjualan Rp250.000, laba Rp190.000, nilai stok Rp540.000"


def test_the_page_follows_the_language(page, qtbot):
    detail = open_alabio(page, qtbot)
    translation.apply("en")
    qtbot.waitUntil(lambda: detail.tabs.tabText(0) == "Products && materials", timeout=2000)
    assert detail.tabs.tabText(TABS.index("profit")) == "Profit && profit share"
    assert detail.back_button.text() == "← All businesses (Esc)"
    qtbot.keyClick(detail.tabs, Qt.Key.Key_Escape)
    assert card(page, ALABIO).captions["sales"].text() == "Sales this month"
    assert page.chart_box.title() == "Sales and profit over the last 12 months"
    translation.apply("id")
    qtbot.waitUntil(lambda: card(page, ALABIO).captions["sales"].text() == "Penjualan bulan ini", timeout=2000)


def test_short_rupiah_and_typed_quantities():
    assert [short_rupiah(v) for v in (0, 950, 250_000, 1_234_567, 12_000_000, 3_400_000_000, -1_500_000)] == [
        "0", "950", "250 rb", "1,2 jt", "12 jt", "3,4 M", "-1,5 jt"]
    assert [quantity_input(t) for t in ("12,5", "1.500", "1.500,5", "12.5", " 3 ")] == [
        "12.5", "1500", "1500.5", "12.5", "3"]


def test_the_business_documents_are_asked_for_from_their_tabs(page, qtbot, monkeypatch):
    from app.documents.catalogue import Request

    asked = []
    monkeypatch.setattr("ui.usaha.detail.make_document", lambda parent, request: asked.append(request))
    detail = open_alabio(page, qtbot)
    detail.tabs.setCurrentIndex(TABS.index("profit"))
    detail.period_start.set_date(date(2026, 7, 1))
    detail.period_end.set_date(date(2026, 7, 31))
    for button in (detail.print_book_button, detail.print_sales_button, detail.print_share_button):
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [Request(kind, business_id=ALABIO, start=date(2026, 7, 1), end=date(2026, 7, 31))
                     for kind in ("usaha_book", "usaha_sales", "usaha_share")]
    assert [b.text() for b in (detail.print_book_button, detail.print_sales_button, detail.print_share_button)] == [
        "Cetak buku usaha", "Cetak penjualan", "Cetak slip bagi hasil"]

    detail.period_end.clear()
    qtbot.mouseClick(detail.print_book_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 3 and detail.profit_errors.label("end").text()  # nothing asked without a period

    detail.tabs.setCurrentIndex(TABS.index("stock"))
    detail.stock_date.set_date(date(2026, 8, 10))
    qtbot.mouseClick(detail.print_stock_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == Request("usaha_stock", business_id=ALABIO, end=date(2026, 8, 10))
    assert detail.print_stock_button.text() == "Cetak daftar persediaan"


def test_an_expense_is_refused_beside_its_field_then_lowers_the_profit(page, catalogue, qtbot):
    egg, feed = catalogue
    trade.purchase(ALABIO, TODAY, feed.id, 100, 600_000, supplier="Toko Pakan")
    trade.produce(ALABIO, TODAY, egg.id, 300, materials=[MaterialUse(feed.id, 30)])
    trade.sell(ALABIO, TODAY, [trade.SaleLine(egg.id, 100)])
    detail = open_alabio(page, qtbot)
    detail.tabs.setCurrentIndex(TABS.index("profit"))
    profit = report.profit(ALABIO, date(2026, 8, 1), TODAY)
    assert detail.report_values["expenses"].text() == "Rp0"
    assert detail.report_values["profit"].text() == rupiah(profit)
    from app import ledger
    ledger.post_entry(TODAY, "Modal usaha di bank", [ledger.debit("1-102", 25_000, business_id=ALABIO),
                                                      ledger.credit("3-201", 25_000, business_id=ALABIO)])
    before = counts()

    def refused(dialog):
        assert dialog.objectName() == "expenseDialog"
        type_into(qtbot, dialog.amount, "dua ribu")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.errors.label("description").text() == "Wajib diisi."
        assert dialog.errors.label("amount_rp").text()
        assert counts() == before
        type_into(qtbot, dialog.description, "Ongkos angkut ke pasar Amuntai")
        type_into(qtbot, dialog.amount, "0")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.errors.label("amount_rp").text()
        assert not dialog.errors.label("description").text()
        assert counts() == before
        dialog.account.setCurrentIndex(dialog.account.findData("1-102"))
        type_into(qtbot, dialog.amount, "25.000")
        type_into(qtbot, dialog.paid_to, "Ojek Pak Rahman")
        qtbot.keyClick(dialog.paid_to, Qt.Key.Key_Return)
        assert dialog.receipt_note.text().startswith("Tersimpan, bukti kas keluar BKK/2026/000002.")
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)

    with_dialog(qtbot, refused, detail.expense_button.click)
    assert receipts.get("BKK/2026/000002").member_name == "Ojek Pak Rahman"
    assert detail.report_values["expenses"].text() == "Rp25.000"
    assert detail.report_values["profit"].text() == rupiah(profit - 25_000)
    assert report.profit(ALABIO, date(2026, 8, 1), TODAY) == profit - 25_000
    assert ledger.account_balance("1-102", TODAY) == 0  # paid out of the bank


def test_an_item_is_set_aside_and_back_and_its_standard_cost_changed(page, catalogue, qtbot):
    egg, feed = catalogue
    detail = open_alabio(page, qtbot)
    detail.tabs.setCurrentIndex(TABS.index("items"))
    keys = detail.items_model.keys
    detail.items_table.selectRow(keys.index(feed.id))
    assert detail.active_button.text() == "Nonaktifkan" and not detail.cost_button.isEnabled()
    qtbot.mouseClick(detail.active_button, Qt.MouseButton.LeftButton)
    assert not catalog.get_item(feed.id).is_active
    row = detail.items_model.keys.index(feed.id)
    assert detail.items_model.index(row, 1).data() == "Pakan itik (tidak aktif)"
    assert detail.active_button.text() == "Aktifkan lagi"
    assert [i.id for i in catalog.list_items(ALABIO, "material", active_only=True)] == []
    qtbot.mouseClick(detail.active_button, Qt.MouseButton.LeftButton)
    assert catalog.get_item(feed.id).is_active and detail.active_button.text() == "Nonaktifkan"

    detail.items_table.selectRow(detail.items_model.keys.index(egg.id))
    assert detail.cost_button.isEnabled()

    def new_cost(dialog):
        assert dialog.objectName() == "standardCostDialog"
        type_into(qtbot, dialog.standard_cost, "-5")
        qtbot.keyClick(dialog.standard_cost, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.errors.label("standard_cost_rp").text()
        type_into(qtbot, dialog.standard_cost, "1.800")
        qtbot.keyClick(dialog.standard_cost, Qt.Key.Key_Return)

    with_dialog(qtbot, new_cost, detail.cost_button.click)
    assert catalog.get_item(egg.id).standard_cost_rp == 1_800
    row = detail.items_model.keys.index(egg.id)
    assert detail.items_model.index(row, 4).data() == "Rp1.800"


def test_a_supplier_is_paid_and_a_credit_sale_collected_in_part(page, catalogue, qtbot):
    from ui.usaha.dialogs import CollectDialog, PaySupplierDialog

    egg, feed = catalogue
    trade.purchase(ALABIO, TODAY, feed.id, 100, 600_000, supplier="Toko Pakan", on_credit=True)
    trade.produce(ALABIO, TODAY, egg.id, 300, materials=[MaterialUse(feed.id, 40)])
    trade.sell(ALABIO, TODAY, [trade.SaleLine(egg.id, 200)], buyer_name="Warung Bu Ida", on_credit=True)

    pay = PaySupplierDialog(trade.open_payables(ALABIO)[0], page)
    qtbot.addWidget(pay)
    assert pay.values["open"].text() == "Rp600.000" and pay.amount.text() == "600.000"
    type_into(qtbot, pay.amount, "250.000")
    pay.accept()
    assert [p.open_rp for p in trade.open_payables(ALABIO)] == [350_000]

    collect = CollectDialog(trade.open_receivables(ALABIO)[0], page)
    qtbot.addWidget(collect)
    assert collect.values["open"].text() == "Rp500.000"
    type_into(qtbot, collect.amount, "0")
    collect.accept()
    assert collect.errors.label("amount_rp").text() and [r.open_rp for r in trade.open_receivables(ALABIO)] == [500_000]
    type_into(qtbot, collect.amount, "200.000")
    collect.accept()
    assert [r.open_rp for r in trade.open_receivables(ALABIO)] == [300_000]
    assert collect.receipt_number.startswith("KW/2026/") and collect.receipt_number in collect.receipt_note.text()
    collect.close()
