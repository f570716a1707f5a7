"""After a withdrawal, a loan paid out or a leaving pay-out, the dialog shows the kuitansi
number; Ctrl+P opens the receipt in the preview (written in `kuitansi` beside the book); Enter
or Esc closes, accepted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog

from app import members, receipts, savings
from ui.pdf_preview import PreviewDialog
from ui.savings_dialogs import WithdrawDialog

from loan_support import member
from pdf_support import pdf_text


def test_withdrawal_shows_its_receipt_and_prints_it(book, qtbot, monkeypatch):
    siti = member("Siti Aminah")
    savings.deposit(siti, "sukarela", 100_000, date(2026, 3, 1))
    dialog = WithdrawDialog(members.get_member(siti), savings.balances(siti))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "60.000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    number = dialog.saved.receipt_number
    assert dialog.isVisible() and dialog.receipt_number == number
    assert number.startswith("BKK/")  # money paid out: a bukti kas keluar
    assert dialog.receipt_note.text() == f"Tersimpan, bukti kas keluar {number}. Ctrl+P mencetaknya; Enter menutup."
    assert not dialog.amount.isEnabled() and not dialog.save_button.isVisible()
    shortcuts = [s.key().toString() for s in dialog.findChildren(QShortcut) if s.isEnabled()]
    assert "Ctrl+P" in shortcuts and dialog.print_button.text() == "Cetak bukti kas keluar (Ctrl+P)"
    dialog.print_button.click()  # what Ctrl+P does (the offscreen test window is never active)
    qtbot.waitUntil(lambda: dialog.findChild(PreviewDialog) is not None, timeout=10_000)
    path = book.parent / "kuitansi" / f"kuitansi_{number.replace('/', '-')}_halff4.pdf"
    assert "Penarikan simpanan sukarela Rp60.000" in pdf_text(path)
    assert receipts.get(number).print_count == 1
    preview = dialog.findChild(PreviewDialog)
    assert preview.print_button.hasFocus()
    preview.close()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the save stands: accepted however she closes
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert savings.balances(siti).sukarela_rp == 40_000
