"""Every table exports to Excel: what the screen shows (filtered, sorted, visible columns), with
numbers as numbers, rupiah formatted, dates as dates; a folder that cannot be written is said
so and leaves no file. Each workbook is opened again with openpyxl and checked cell by cell."""

from __future__ import annotations

import errno
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView, QTableWidget, QTableWidgetItem

from app import demo
from app.formatting import rupiah
from app.xlsx_export import DATE_FORMAT, MONEY_FORMAT
from ui import translation
from ui.main import open_and_show
from ui.member_table import COLUMNS as MEMBER_COLUMNS
from ui.savings_table import COLUMNS as SAVINGS_COLUMNS
from ui.loan_table import COLUMNS as LOAN_COLUMNS
from ui.table_export import RAW_ROLE, add_export_action, default_path, export_table, table_contents

TITLE_LINES = 3  # group, table, printed date; then one empty row
HEADER_ROW = TITLE_LINES + 2


@pytest.fixture
def demo_window(book, qtbot):
    demo.populate()
    window = open_and_show(book)
    qtbot.addWidget(window)
    yield window
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def messages(monkeypatch):
    """Every message box the export shows, as (icon, text, button texts); none waits."""
    shown = []

    def exec_(box):
        shown.append((box.icon(), box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with a chosen path; what it was offered is kept."""
    offered = {}

    def choose(target):
        def answer(parent, caption, suggested, file_filter):
            offered.update(caption=caption, suggested=suggested, filter=file_filter)
            return str(target), file_filter
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
        return offered

    return choose


def export_action(view: QTableView) -> QAction:
    action = view.findChild(QAction, "exportToExcel")
    assert action is not None, view.objectName()
    return action


def table_rows(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]


def screen(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_anggota_exports_the_filtered_rows_with_text_numbers_and_real_dates(demo_window, save_as, messages, tmp_path):
    demo_window.go_to(1)
    page = demo_window.page("members")
    page.search.setText("pandulangan")
    shown = page.proxy.rowCount()
    assert 0 < shown < page.model.rowCount()
    target = tmp_path / "out" / "anggota.xlsx"
    offered = save_as(target)

    export_action(page.table).trigger()

    assert offered["suggested"].endswith("dokumen/anggota-2026-08-17.xlsx")
    assert "*.xlsx" in offered["filter"]
    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "Daftar anggota"
    assert sheet["A1"].value == "UP2K PKK As Syifa" and sheet["A1"].font.bold
    assert sheet["A2"].value == "Daftar anggota"
    assert sheet["A3"].value == "Dicetak Senin, 17 Agustus 2026"
    headers = [c.value for c in sheet[HEADER_ROW]]
    assert headers == ["No. Anggota", "Nama", "NIK", "L/P", "Desa", "Telepon", "Kelompok usaha", "Tanggal masuk", "Status"]
    assert all(c.font.bold for c in sheet[HEADER_ROW])
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:I{HEADER_ROW + shown}"

    rows = table_rows(sheet)
    assert len(rows) == shown
    numbers = [row[0] for row in rows]
    assert [c.value for c in numbers] == screen(page.table, MEMBER_COLUMNS.index("number"))
    assert all(c.data_type == "s" and len(c.value) == 4 for c in numbers)  # 0007 keeps its zeros
    assert [c.value for c in (row[1] for row in rows)] == screen(page.table, MEMBER_COLUMNS.index("name"))
    joined = [row[MEMBER_COLUMNS.index("joined")] for row in rows]
    assert all(c.is_date and c.number_format == DATE_FORMAT for c in joined)
    assert [c.value.strftime("%d/%m/%Y") for c in joined] == screen(page.table, MEMBER_COLUMNS.index("joined"))
    nik = [row[2] for row in rows if row[2].value]
    assert nik and all(c.data_type == "s" and len(c.value) == 16 for c in nik)  # never 6.3E+15

    icon, text, buttons = messages[-1]
    assert icon == QMessageBox.Icon.Information
    assert "anggota.xlsx" in text and str(target.parent) in text
    assert "Buka folder" in buttons


def test_simpanan_sums_in_excel_equal_the_screen(demo_window, save_as, messages, tmp_path, qtbot):
    page = demo_window.page("savings")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        demo_window.go_to(2)
    target = tmp_path / "simpanan.xlsx"
    save_as(target)
    export_action(page.table).trigger()

    sheet = openpyxl.load_workbook(target).active
    rows = table_rows(sheet)
    assert len(rows) == page.proxy.rowCount() == page.model.rowCount()
    for key in ("pokok", "wajib", "sukarela", "total"):
        cells = [row[SAVINGS_COLUMNS.index(key)] for row in rows]
        assert all(type(c.value) is int and c.number_format == MONEY_FORMAT for c in cells)
        assert rupiah(sum(c.value for c in cells)) == page.totals[key].text()
    owed = [row[SAVINGS_COLUMNS.index("owed")].value for row in rows]
    assert sum(owed) > 0 and all(type(v) is int for v in owed)


def test_pinjaman_outstanding_sum_equals_the_page_total_and_the_card_exports(demo_window, save_as, messages,
                                                                             tmp_path, qtbot):
    page = demo_window.page("loans")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        demo_window.go_to(3)
    target = tmp_path / "pinjaman.xlsx"
    save_as(target)
    export_action(page.table).trigger()

    sheet = openpyxl.load_workbook(target).active
    rows = table_rows(sheet)
    assert len(rows) == page.proxy.rowCount()
    outstanding = [row[LOAN_COLUMNS.index("outstanding")] for row in rows]
    assert sum(c.value or 0 for c in outstanding) == page.model.total_outstanding() > 0
    assert all(c.value is None or (type(c.value) is int and c.number_format == MONEY_FORMAT) for c in outstanding)
    principal = [row[LOAN_COLUMNS.index("principal")].value for row in rows]
    assert [rupiah(v) for v in principal] == screen(page.table, LOAN_COLUMNS.index("principal"))

    # the loan card of the selected running loan
    running = next(r for r in range(page.proxy.rowCount())
                   if page.proxy.index(r, LOAN_COLUMNS.index("status")).data() == "Berjalan")
    page.table.setCurrentIndex(page.proxy.index(running, 0))
    qtbot.waitUntil(lambda: page.card.model().rowCount() > 0, timeout=5000)
    card_target = tmp_path / "kartu.xlsx"
    save_as(card_target)
    export_action(page.card).trigger()
    card = openpyxl.load_workbook(card_target).active
    headers = [c.value for c in card[HEADER_ROW]]
    assert headers[:3] == ["Angsuran ke", "Jatuh tempo", "Pokok"]
    card_rows = table_rows(card)
    assert len(card_rows) == page.card.model().rowCount()
    assert [row[0].value for row in card_rows] == list(range(1, len(card_rows) + 1))
    assert all(row[1].is_date for row in card_rows)
    assert sum(row[2].value for row in card_rows) == page._loan.principal_rp


def test_a_read_only_folder_is_said_and_leaves_no_file(demo_window, save_as, messages, tmp_path, monkeypatch):
    demo_window.go_to(1)
    page = demo_window.page("members")
    folder = tmp_path / "readonly"
    folder.mkdir()
    save_as(folder / "anggota.xlsx")

    def refused(*args, **kwargs):  # the tests run as root, where chmod would not stop a write
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("app.documents.output.os.replace", refused)
    assert export_action(page.table).trigger() is None
    assert list(folder.iterdir()) == []
    icon, text, buttons = messages[-1]
    assert icon == QMessageBox.Icon.Warning
    assert "hanya bisa dibaca" in text and str(folder) in text
    assert "Buka folder" not in buttons


def test_open_folder_button_opens_the_folder(book, qtbot, save_as, monkeypatch, tmp_path):
    view = QTableWidget(1, 1)
    qtbot.addWidget(view)
    view.setItem(0, 0, QTableWidgetItem("x"))
    opened = []
    monkeypatch.setattr("ui.table_export.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))

    def exec_(box):
        next(b for b in box.buttons() if b.text() == "Buka folder").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    save_as(tmp_path / "x")  # no suffix typed: .xlsx is added
    assert export_table(view, None, "x") == tmp_path / "x.xlsx"
    assert opened == [str(tmp_path)]


def test_cancelled_dialog_writes_nothing(book, qtbot, monkeypatch, messages, tmp_path):
    view = QTableWidget(1, 1)
    qtbot.addWidget(view)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert export_table(view, None, "x") is None
    assert messages == []


def test_every_register_and_detail_table_has_the_action_and_ctrl_e(window, qtbot):
    names = {}
    for key in ("members", "savings", "loans", "businesses", "backup"):
        for view in window.page(key).findChildren(QTableView):
            action = view.findChild(QAction, "exportToExcel")
            names[view.objectName()] = action
    for name in ("memberTable", "savingsTable", "passbook", "loanTable", "loanCard", "paymentHistory",
                 "businessTable", "existingBackups"):
        action = names.get(name)
        assert action is not None, name
        assert action.text() == "Ekspor ke Excel…"
        assert action.shortcut().toString() == "Ctrl+E"
        assert action.parent().contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    translation.apply("en")
    qtbot.waitUntil(lambda: names["memberTable"].text() == "Export to Excel…", timeout=2000)
    assert names["loanCard"].text() == "Export to Excel…"


def test_ctrl_e_on_the_table_exports(demo_window, qtbot, save_as, messages, tmp_path):
    demo_window.go_to(1)
    page = demo_window.page("members")
    target = tmp_path / "ctrl-e.xlsx"
    save_as(target)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=2000)
    assert len(table_rows(openpyxl.load_workbook(target).active)) == page.proxy.rowCount()


def test_collection_sheet_exports_figures_and_the_typed_payments(demo_window, qtbot, save_as, messages, tmp_path):
    from ui.collection_page import PAID, CollectionDialog

    dialog = CollectionDialog(demo_window)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rows
    model.setData(model.index(0, PAID), "50.000")
    model.setData(model.index(1, PAID), "lima puluh")
    target = tmp_path / "tagihan.xlsx"
    save_as(target)
    export_action(dialog.view).trigger()
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A2"].value == "Daftar Tagihan 17/08/2026"
    rows = table_rows(sheet)
    assert len(rows) == len(model.rows) + 1  # and the totals row
    total_due = [row[6].value for row in rows]
    assert all(type(v) is int for v in total_due)
    assert total_due[-1] == sum(total_due[:-1]) == sum(r.total_rp for r in model.rows)
    assert rows[-1][1].value == "Jumlah"
    assert rows[0][PAID].value == 50_000 and rows[0][PAID].number_format == MONEY_FORMAT
    assert rows[1][PAID].value == "lima puluh"  # what was typed, as typed
    assert rows[-1][PAID].value == 50_000
    assert all(row[0].data_type == "s" for row in rows[:-1])


def test_a_table_without_raw_values_still_exports_numbers_and_dates(book):
    view = QTableWidget(2, 4)
    view.setHorizontalHeaderLabels(["Tanggal", "Jumlah", "Keterangan", "Anggota"])
    for row, cells in enumerate([["17/08/2026", "Rp1.250.000", "angsuran", "12"],
                                 ["01/08/2026", "-Rp50.000", "storno", "3"]]):
        for column, text in enumerate(cells):
            view.setItem(row, column, QTableWidgetItem(text))
    view.item(0, 3).setData(RAW_ROLE, 12)
    view.item(1, 3).setData(RAW_ROLE, 3)
    headers, rows, kinds = table_contents(view)
    assert kinds == ["date", "money", "text", "number"]
    assert rows == [[date(2026, 8, 17), 1_250_000, "angsuran", 12], [date(2026, 8, 1), -50_000, "storno", 3]]


def test_hidden_columns_and_moved_columns_follow_the_screen(book, qtbot):
    view = QTableWidget(1, 3)
    qtbot.addWidget(view)
    view.setHorizontalHeaderLabels(["A", "B", "C"])
    for column, value in enumerate([Decimal("0.015"), datetime(2026, 8, 17, 9, 30), "c"]):
        item = QTableWidgetItem(str(value))
        item.setData(RAW_ROLE, value)
        view.setItem(0, column, item)
    view.horizontalHeader().moveSection(2, 0)
    view.setColumnHidden(1, True)
    headers, rows, kinds = table_contents(view)
    assert headers == ["C", "A"]
    assert kinds == ["text", "percent"]
    assert rows == [["c", Decimal("0.015")]]


def test_default_name_is_in_the_books_documents_folder(book):
    assert default_path("anggota") == book.parent / "dokumen" / "anggota-2026-08-17.xlsx"


def test_add_export_action_twice_gives_one_action(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    first = add_export_action(view, "x")
    assert add_export_action(view, "x") is first
    assert view.actions() == [first]


def test_the_cash_book_exports_rupiah_as_ints_and_real_dates(demo_window, qtbot, save_as, messages, tmp_path):
    from ui.areas import AREAS
    from ui.pages.cashbook import COLUMNS as CASH_COLUMNS

    page = demo_window.page("cashbook")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        demo_window.go_to([area.key for area in AREAS].index("cashbook"))
    assert page.model.rowCount() > 10
    target = tmp_path / "kas.xlsx"
    offered = save_as(target)
    export_action(page.table).trigger()

    assert offered["suggested"].endswith("dokumen/buku-kas-umum-2026-08-17.xlsx")
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A2"].value == "Buku Kas Umum"
    rows = table_rows(sheet)
    assert len(rows) == page.model.rowCount()
    book = page.model.book
    receipts = [row[CASH_COLUMNS.index("receipts")] for row in rows]
    payments = [row[CASH_COLUMNS.index("payments")] for row in rows]
    balance = [row[CASH_COLUMNS.index("balance")] for row in rows]
    for cells in (receipts, payments, balance):
        figures = [c for c in cells if c.value is not None]
        assert figures and all(type(c.value) is int and c.number_format == MONEY_FORMAT for c in figures)
    assert sum(c.value or 0 for c in receipts) == book.receipts_rp
    assert sum(c.value or 0 for c in payments) == book.payments_rp
    assert balance[-1].value == book.closing.total_rp
    assert [rupiah(c.value) for c in balance] == screen(page.table, CASH_COLUMNS.index("balance"))
    dates = [row[CASH_COLUMNS.index("date")] for row in rows]
    assert all(c.is_date and c.number_format == DATE_FORMAT for c in dates)
    assert [c.value.date() for c in dates] == [r.entry_date for r in book.rows]
    assert [row[0].value for row in rows] == [r.number for r in book.rows]


def test_the_inventaris_and_business_tables_have_the_export(window, qtbot):
    views = window.page("cashbook").findChildren(QTableView) + window.page("businesses").findChildren(QTableView)
    missing = [v.objectName() for v in views if v.findChild(QAction, "exportToExcel") is None]
    assert missing == []
    names = {v.objectName() for v in views}
    assert {"cashbookTable", "inventoryTable", "usahaItems", "usahaStock", "sharePreview", "businessTable"} <= names
