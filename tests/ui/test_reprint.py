"""Cetak ulang kuitansi (Ctrl+R): "490" finds KW/2026/000490, a number that does not exist is
said beside the field, and the list narrows by member and dates; Enter prints."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import collection
from app.db import db
from ui.reprint_dialog import ReprintDialog

from collection_support import ON
from loan_support import member


def test_reprint_by_short_number_and_from_the_list(window, qtbot, monkeypatch):
    siti, rina = member("Siti Aisyah"), member("Rina")
    db.execute_sql("INSERT INTO sequences (name, last_value) VALUES ('receipt_2026', 488)")
    collection.take_payment(rina, ON, 5_000)  # KW/2026/000489
    assert collection.take_payment(siti, ON, 10_000).receipt_number == "KW/2026/000490"
    printed = []
    monkeypatch.setattr("ui.reprint_dialog.documents_ui.print_receipt", lambda parent, number: printed.append(number))

    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, ReprintDialog) and dialog.focusWidget() is dialog.number
    qtbot.keyClicks(dialog.number, "490")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert printed == ["KW/2026/000490"] and "KW/2026/000490" in dialog.note.text()

    dialog.number.selectAll()
    qtbot.keyClicks(dialog.number, "491")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.number_error.isVisible() and dialog.number_error.text() == "Kuitansi KW/2026/000491 tidak ditemukan."
    assert printed == ["KW/2026/000490"]
    qtbot.keyClicks(dialog.number, "x")
    assert not dialog.number_error.isVisible()  # the message goes when she types again

    assert [dialog.list.item(r, 0).text() for r in range(dialog.list.rowCount())] == [
        "KW/2026/000490", "KW/2026/000489"]
    dialog.member.setCurrentIndex(dialog.member.findData(rina))
    assert [dialog.list.item(r, 2).text() for r in range(dialog.list.rowCount())] == ["Rina"]
    dialog.list.setFocus()
    dialog.list.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert printed == ["KW/2026/000490", "KW/2026/000489"]
    dialog.start.set_date(ON.replace(day=18))
    dialog.refresh()
    assert dialog.list.rowCount() == 0
    dialog.close()


def test_a_bukti_kas_keluar_is_found_by_its_number_and_not_found_clears_the_note(window, qtbot, monkeypatch):
    from app.cashbox.moves import CashMove, pay
    from loan_support import fund

    fund(ON, 1_000_000)
    db.execute_sql("INSERT INTO sequences (name, last_value) VALUES ('cash_out_2026', 16)")
    assert pay(CashMove(ON, "Snack rapat", 150_000, "5-203", party_name="Warung Bu Ida")).receipt_number == \
        "BKK/2026/000017"
    printed = []
    monkeypatch.setattr("ui.reprint_dialog.documents_ui.print_receipt", lambda parent, number: printed.append(number))
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert "BKK 17" in dialog.captions["number"].text()  # the hint says how
    for typed in ("BKK 17", "BKK17", "BKK/2026/000017", "bkk/2026/17"):
        dialog.number.selectAll()
        qtbot.keyClicks(dialog.number, typed)
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        assert printed[-1] == "BKK/2026/000017" and dialog.number_error.text() == "", typed
    assert len(printed) == 4 and "BKK/2026/000017" in dialog.note.text()

    dialog.number.selectAll()
    qtbot.keyClicks(dialog.number, "17")  # alone: still a kuitansi, KW/2026/000017
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.number_error.text() == "Kuitansi KW/2026/000017 tidak ditemukan."
    assert dialog.note.text() == "" and len(printed) == 4  # never both messages at once
    dialog.close()
