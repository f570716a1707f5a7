"""The Kas & Buku page: a demo month's Buku Kas Umum on screen, its Sisa Buku Kas Umum equal to
the ledger, a typed period, and the print buttons asking for the right documents."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from app import demo, ledger
from app.cash_book import cash_book
from app.formatting import rupiah, short_date
from ui.areas import AREAS
from ui.main import open_and_show
from ui.pages.cashbook import COLUMNS

CASHBOOK = [area.key for area in AREAS].index("cashbook")


@pytest.fixture
def page(book, qtbot, monkeypatch):
    demo.populate()
    asked = []
    monkeypatch.setattr("ui.pages.cashbook.make_document", lambda parent, request: asked.append(request))
    window = open_and_show(book)
    qtbot.addWidget(window)
    page = window.page("cashbook")
    page.asked = asked
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.go_to(CASHBOOK)
    yield page
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    gc.collect()


def column(page, name: str) -> list[str]:
    col = COLUMNS.index(name)
    return [page.model.index(row, col).data() for row in range(page.model.rowCount())]


def test_a_demo_month_on_screen_closes_at_the_ledger(page, qtbot):
    assert page.period() == (date(2026, 8, 1), date(2026, 8, 17))  # this month, up to today
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.month.setCurrentIndex(1)  # July 2026
    assert page.month.currentText() == "Juli 2026"
    expected = cash_book(date(2026, 7, 1), date(2026, 7, 31))
    assert page.model.rowCount() == len(expected.rows) > 10
    assert column(page, "date") == [short_date(r.entry_date) for r in expected.rows]
    assert column(page, "voucher") == [r.voucher for r in expected.rows]
    assert column(page, "source") == [r.party for r in expected.rows]
    assert "Toko Amuntai Jaya" in column(page, "source")  # paid to, by its bukti kas keluar
    assert any(v.startswith("KW/2026/") for v in column(page, "voucher"))
    assert any(v.startswith("BKK/2026/") for v in column(page, "voucher"))
    bank, cash = ledger.account_balance("1-102", date(2026, 7, 31)), ledger.account_balance("1-101", date(2026, 7, 31))
    assert page.figures["bank"].text() == rupiah(bank)
    assert page.figures["cash"].text() == rupiah(cash)
    assert page.figures["total"].text() == rupiah(bank + cash)
    assert column(page, "balance")[-1] == rupiah(bank + cash)
    assert page.closing_box.title() == "Sisa Buku Kas Umum per 31/07/2026"


def test_a_typed_period_and_the_print_buttons(page, qtbot):
    page.start_field.setText("01/01/2026")
    page.end_field.setText("30/06/2026")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show_button.click()
    expected = cash_book(date(2026, 1, 1), date(2026, 6, 30))
    assert page.model.rowCount() == len(expected.rows)
    assert page.figures["receipts"].text() == rupiah(expected.receipts_rp)
    for button in (page.print_cash_book, page.print_balance_sheet, page.print_income, page.print_trial):
        button.click()
    assert [(r.kind, r.start, r.end) for r in page.asked] == [
        ("cash_book", date(2026, 1, 1), date(2026, 6, 30)),
        ("balance_sheet", date(2026, 1, 1), date(2026, 6, 30)),
        ("income_statement", date(2026, 1, 1), date(2026, 6, 30)),
        ("trial_balance", None, date(2026, 6, 30)),
    ]


def test_a_reversed_period_is_refused(page, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr("ui.pages.cashbook.QMessageBox.warning", lambda parent, title, text: said.append(text))
    page.start_field.setText("10/08/2026")
    page.end_field.setText("01/08/2026")
    page.show_button.click()
    assert said == ["Tanggal awal sesudah tanggal akhir."]
    assert page.period() == (date(2026, 8, 1), date(2026, 8, 17))


def test_fits_a_small_screen(page, qtbot, tmp_path):
    window = page.window()
    window.resize(1366, 740)  # 768 less the title bar
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 740
    assert window.width() <= 1366 and window.height() <= 768
    assert page.print_trial.isVisible() and page.closing_box.isVisible()
    assert page.table.viewport().height() > 10 * page.table.verticalHeader().defaultSectionSize()
    window.grab().save(str(tmp_path / "cashbook.png"))



def test_the_inventaris_register_is_the_second_book_on_the_page(page, qtbot):
    from app import inventory

    from app import demo

    inventory.add_item(inventory.InventoryInput(name="Tenda rapat", origin="Hibah CSR",
                                                acquired_on=date(2026, 3, 2), quantity=2))
    page.refresh()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Buku Kas Umum", "Inventaris"]
    page.tabs.setCurrentIndex(1)
    table = page.inventory.table
    names = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert sorted(names) == sorted([row[4] for row in demo.PURCHASES] + ["Tenda rapat"])  # the demo bought three
