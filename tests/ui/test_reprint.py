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
