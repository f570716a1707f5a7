"""Daftar Tagihan: the grid of active members with what each owes and totals; typed amounts
posted all at once; one bad row saves nothing, is highlighted with its message and gets the
cursor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import collection, savings
from app.db import db
from ui.collection_page import PAID, SUKARELA, WRONG, CollectionDialog

import collection_support
from collection_support import member_with_dues
from loan_support import member


@pytest.fixture
def sheet(book, qtbot):
    siti, *_ = member_with_dues()
    rina, wati = member("Rina"), member("Wati")
    dialog = CollectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, [siti, rina, wati]


def cell(dialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.index(row, column).data(role)


def entries() -> int:
    return db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]


def type_paid(dialog, qtbot, row: int, text: str) -> None:
    dialog.view.setCurrentIndex(dialog.model.index(row, PAID))
    qtbot.keyClicks(dialog.view, text[0])  # typing starts the editor, which takes the rest
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on Return through a queued call


def test_the_grid_shows_what_each_owes_with_totals(sheet):
    dialog, _ = sheet
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "No.", "Nama", "Angsuran pokok", "Jasa", "Denda", "Simpanan wajib", "Jumlah tagihan", "Dibayar",
        "Sisa ke sukarela"]
    assert [cell(dialog, 0, c) for c in range(PAID)] == [
        "0001", "Siti Aisyah", "300.000", "30.000", "20.000", "15.000", "365.000"]
    totals = model.rowCount() - 1
    assert cell(dialog, totals, 1) == "Jumlah" and cell(dialog, totals, 6) == "565.000"  # 365.000 + 2 × 100.000
    assert dialog.view.currentIndex().column() == PAID and dialog.view.hasFocus()


def test_typed_amounts_post_in_one_save(sheet, qtbot):
    dialog, _ = sheet
    type_paid(dialog, qtbot, 0, "365.000")
    type_paid(dialog, qtbot, 1, "50000")
    assert cell(dialog, 1, PAID) == "50.000" and cell(dialog, dialog.model.rowCount() - 1, PAID) == "415.000"
    before = entries()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert entries() == before + 2
    assert dialog.result.text() == "Tersimpan: 2 setoran, jumlah Rp415.000."
    assert [cell(dialog, r, 6) for r in range(3)] == ["0", "50.000", "100.000"]  # reloaded


def test_one_bad_row_saves_nothing_and_is_pointed_at(sheet, qtbot):
    dialog, (siti, rina, wati) = sheet
    type_paid(dialog, qtbot, 0, "365.000")
    type_paid(dialog, qtbot, 1, "abc")
    type_paid(dialog, qtbot, 2, "150.000")  # more than Wati owes, no sukarela
    before = entries()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert entries() == before
    assert cell(dialog, 0, 1, Qt.ItemDataRole.BackgroundRole) is None
    for row in (1, 2):
        assert cell(dialog, row, 1, Qt.ItemDataRole.BackgroundRole) == WRONG
    assert "tertulis abc" in cell(dialog, 1, PAID, Qt.ItemDataRole.ToolTipRole)
    assert "paling banyak Rp100.000" in cell(dialog, 2, PAID, Qt.ItemDataRole.ToolTipRole)
    lines = dialog.message.text().splitlines()
    assert lines[0].startswith("Tidak ada yang disimpan") and lines[1].startswith("0002 Rina:")
    assert lines[2].startswith("0003 Wati:")
    assert (dialog.view.currentIndex().row(), dialog.view.currentIndex().column()) == (1, PAID)
    assert cell(dialog, 0, PAID) == "365.000"  # what was typed stays to be corrected


def test_saved_receipts_are_listed_in_member_order_and_print_in_one_go(sheet, qtbot, monkeypatch):
    dialog, (siti, rina, wati) = sheet
    printed = []
    monkeypatch.setattr("ui.collection_page.documents_ui.print_receipts",
                        lambda parent, numbers: printed.append(list(numbers)))
    assert not dialog.print_all_button.isVisible()
    type_paid(dialog, qtbot, 2, "100.000")  # typed out of order: Wati first
    type_paid(dialog, qtbot, 0, "365.000")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    listed = [[dialog.receipts.item(r, c).text() for c in range(4)] for r in range(dialog.receipts.rowCount())]
    assert [row[:3] for row in listed] == [["0001", "Siti Aisyah", "Rp365.000"], ["0003", "Wati", "Rp100.000"]]
    assert all(row[3].startswith("KW/2026/") for row in listed)
    assert dialog.print_all_button.isVisible() and dialog.print_all_button.text() == "Cetak semua kuitansi (Ctrl+P)"
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [[row[3] for row in listed]]


def test_next_instalments_and_sukarela_ticked_per_row(sheet, qtbot):
    dialog, (siti, rina, wati) = sheet
    type_paid(dialog, qtbot, 0, "477.000")  # 112.000 above her dues: loan A's next instalment
    type_paid(dialog, qtbot, 1, "150.000")  # 50.000 above Rina's wajib: refused unless ticked
    dialog.view.setCurrentIndex(dialog.model.index(1, SUKARELA))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    assert cell(dialog, 1, SUKARELA, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    before = entries()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert entries() == before + 2, dialog.message.text()
    assert savings.balances(rina).sukarela_rp == 50_000 and savings.balances(siti).sukarela_rp == 0
    assert collection.dues(siti, collection_support.ON).loans[0].outstanding_rp == 600_000


def answer_discard(discard: bool) -> list[str]:
    seen, tries = [], [0]

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "discardQuestion":
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, look)
            return
        seen.append(box.text())
        if discard:
            button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
            button.setFocus()
            QTest.keyClick(button, Qt.Key.Key_Space)
        else:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        QTimer.singleShot(10, look)  # a second question would be seen (and answered) too

    QTimer.singleShot(0, look)
    return seen


def test_esc_in_the_middle_of_a_sheet_asks_once(sheet, qtbot, real_discard_question):
    dialog, _ = sheet
    type_paid(dialog, qtbot, 1, "50.000")
    before = entries()
    seen = answer_discard(discard=False)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert seen == ["Buang isian yang belum disimpan?"] and dialog.isVisible()
    assert cell(dialog, 1, PAID) == "50.000"
    seen = answer_discard(discard=True)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert seen == ["Buang isian yang belum disimpan?"] and not dialog.isVisible() and entries() == before


def test_esc_with_nothing_typed_closes_at_once(sheet, qtbot):
    dialog, _ = sheet
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_in_an_amount_goes_down_to_the_next_members_amount(sheet, qtbot):
    dialog, (siti, rina, wati) = sheet
    dialog.view.setCurrentIndex(dialog.model.index(0, PAID))
    for text in ("365.000", "100.000", "20.000"):  # as she types them: amount, Enter, amount, Enter...
        qtbot.keyClicks(dialog.view, text[0])
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert [cell(dialog, row, PAID) for row in range(3)] == ["365.000", "100.000", "20.000"]
    assert dialog.view.currentIndex().row() == 2 and dialog.view.currentIndex().column() == PAID


def test_ticked_row_takes_what_is_above_her_dues_as_sukarela(sheet, qtbot):
    dialog, (siti, rina, wati) = sheet
    type_paid(dialog, qtbot, 0, "385.000")  # 365.000 due + 20.000
    dialog.view.setCurrentIndex(dialog.model.index(0, SUKARELA))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert savings.balances(siti).sukarela_rp == 20_000, dialog.message.text()
    assert collection.dues(siti, collection_support.ON).loans[0].outstanding_rp == 700_000  # no next instalment


def test_esc_right_after_a_save_closes_at_once(sheet, qtbot, real_discard_question):
    dialog, _ = sheet
    type_paid(dialog, qtbot, 1, "15.000")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result.text().startswith("Tersimpan"), dialog.message.text()
    seen = answer_discard(discard=False)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert seen == [] and not dialog.isVisible()
