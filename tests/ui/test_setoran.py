"""The Setoran screen: pick a member by typing, see what is due, type the cash, see the split,
Enter saves one entry with its receipt, the loan's Sisa and her wajib change; Ctrl+P opens the
receipt PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import collection
from app.db import db
from ui.setoran_page import SetoranDialog

from collection_support import ON, member_with_dues

import pytest


@pytest.fixture
def setoran(book, qtbot, monkeypatch, fixed_clock):
    member_id, loan_a, loan_b = member_with_dues()
    dialog = SetoranDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, member_id


def dues_column(dialog, column: int) -> list[str]:
    return [dialog.dues.item(row, column).text() for row in range(dialog.dues.rowCount())]


def entries() -> int:
    return db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]


def test_take_a_payment_by_keyboard(setoran, qtbot, monkeypatch):
    dialog, member_id = setoran
    opened = []
    monkeypatch.setattr("ui.setoran_page.documents_ui.print_receipt", lambda parent, number: opened.append(number))
    assert dialog.focusWidget() is dialog.member.lineEdit() or dialog.member.hasFocus()
    qtbot.keyClicks(dialog.member.lineEdit(), "aisyah")
    dialog.member.completer().setCurrentRow(0)
    dialog.choose_member(member_id)  # what picking the completion does
    assert dialog.amount.hasFocus()
    assert dues_column(dialog, 0) == ["PJ/2026/0001", "PJ/2026/0002"]
    assert dues_column(dialog, 3) == ["Rp20.000", "Rp0"]  # denda
    assert dues_column(dialog, 5) == ["Rp900.000", "Rp600.000"]  # sisa pinjaman
    assert dialog.wajib.text() == "Simpanan wajib terutang: Rp15.000 (bulan ini Rp5.000)"
    assert dialog.total_due.text() == "Jumlah tagihan hari ini: Rp365.000"

    qtbot.keyClicks(dialog.amount, "365.000")
    assert dialog.split.text().splitlines() == [
        "Denda PJ/2026/0001: Rp20.000", "Jasa PJ/2026/0001: Rp24.000", "Angsuran pokok PJ/2026/0001: Rp200.000",
        "Jasa PJ/2026/0002: Rp6.000", "Angsuran pokok PJ/2026/0002: Rp100.000", "Simpanan wajib: Rp15.000",
    ]
    before = entries()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert entries() == before + 1
    # her wajib deposit took KW/2026/000001; her two loans were paid out on BKK/2026/000001 and 000002
    assert "KW/2026/000002" in dialog.result.text()
    assert dues_column(dialog, 5) == ["Rp700.000", "Rp500.000"]
    assert dialog.wajib.text() == "Simpanan wajib terutang: Rp0 (bulan ini Rp0)"
    assert dialog.amount.text() == "" and dialog.amount.hasFocus()

    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == [dialog._receipt] and dialog._receipt in dialog.result.text()  # previewed by ui.documents_ui


def test_an_overpayment_is_shown_before_saving_and_nothing_is_written(setoran, qtbot):
    dialog, member_id = setoran
    dialog.choose_member(member_id)
    qtbot.keyClicks(dialog.amount, "400.000")
    assert dialog.error.isVisible() and "paling banyak Rp365.000" in dialog.error.text()
    before = entries()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert entries() == before and dialog.result.text() == ""
    dialog.to_sukarela.setChecked(True)
    assert not dialog.error.isVisible(), dialog.error.text()
    assert dialog.split.text().splitlines()[-1] == "Simpanan sukarela: Rp35.000"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert entries() == before + 1


def test_unreadable_amount_is_said_in_words(setoran, qtbot):
    dialog, member_id = setoran
    dialog.choose_member(member_id)
    qtbot.keyClicks(dialog.amount, "abc")
    assert "Jumlah tidak dikenali" in dialog.error.text()
    assert collection.dues(member_id, ON).total_rp == 365_000


def test_reachable_from_the_main_window(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # F-keys belong to the pages
    assert isinstance(window.dialog, SetoranDialog) and window.dialog.isVisible()
    window.dialog.close()
    from ui.collection_page import CollectionDialog

    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.dialog, CollectionDialog) and window.dialog.isVisible()
    window.dialog.close()
    home = window.page("home")
    qtbot.mouseClick(home.setoran_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.dialog, SetoranDialog)
    window.dialog.close()
    assert [a.text() for a in window.transactions_menu.actions()] == ["&Setoran anggota…", "&Daftar Tagihan…"]
