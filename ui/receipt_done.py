"""After a save that issued a kuitansi (a withdrawal, a loan paid out, a leaving pay-out), the
dialog stays open: "Tersimpan, kuitansi KW/2026/000123", Ctrl+P opens the receipt in the preview
on the paper chosen in Pengaturan (ui.documents_ui.print_receipt), Enter or Esc closes (the save
stands either way).

    class WithdrawDialog(ReceiptAfterSave, SavingsDialog): ...

The dialog's service result must have `receipt_number` (None: no receipt, close at once).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from ui import documents_ui

class ReceiptAfterSave:
    """Mixin for a FormDialog (put it first among the bases)."""

    receipt_number: str | None = None
    receipt_note: QLabel | None = None

    def accept(self) -> None:
        if self.receipt_number is not None:  # Tutup: saved already, never save twice
            QDialog.accept(self)
            return
        super().accept()

    def done(self, result: int) -> None:  # QDialog.done: accept(), reject() and Esc all come here
        saved = getattr(self, "saved", None)
        number = getattr(saved, "receipt_number", None) if saved is not None else None
        if self.receipt_number is None and number and result == QDialog.DialogCode.Accepted:
            self._show_receipt(number)
            return
        if self.receipt_number is not None:
            result = QDialog.DialogCode.Accepted  # saved: the page refreshes however she closes
        super().done(result)

    def _show_receipt(self, number: str) -> None:
        self.receipt_number = number
        for editor in (*self.findChildren(QLineEdit), *self.findChildren(QComboBox),
                       *self.findChildren(QCheckBox), *self.findChildren(QAbstractSpinBox)):
            editor.setEnabled(False)
        self.receipt_note = QLabel(objectName="receiptNote")
        self.receipt_note.setWordWrap(True)
        self.layout().insertWidget(self.layout().count() - 1, self.receipt_note)
        self.save_button.hide()
        self.cancel_button.hide()
        self.print_button = QPushButton(objectName="printReceipt")
        self.close_button = QPushButton(objectName="closeDialog")
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_receipt)
        self.close_button.setDefault(True)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_receipt)
        self._word_receipt()
        self.close_button.setFocus()
        grow = getattr(self, "grow_to_fit", None)  # ui.dialog_keys: room for the note, never squeezing the form
        if grow is not None:
            QTimer.singleShot(0, grow)  # once the layout has taken the note in

    def _word_receipt(self) -> None:
        translate = QCoreApplication.translate  # a literal context: the mixin is no QObject of its own
        if self.receipt_number.startswith("BKK/"):  # money paid out: a bukti kas keluar, not a kuitansi
            note = translate("ReceiptAfterSave", "Tersimpan, bukti kas keluar {number}. Ctrl+P mencetaknya; Enter menutup.")
            button = translate("ReceiptAfterSave", "Cetak bukti kas keluar (Ctrl+P)")
        else:
            note = translate("ReceiptAfterSave", "Tersimpan, kuitansi {number}. Ctrl+P mencetak kuitansi; Enter menutup.")
            button = translate("ReceiptAfterSave", "Cetak kuitansi (Ctrl+P)")
        self.receipt_note.setText(note.format(number=self.receipt_number))
        self.print_button.setText(button)
        self.close_button.setText(translate("ReceiptAfterSave", "Tutup"))

    def retranslate(self) -> None:
        super().retranslate()
        if self.receipt_number is not None:
            self._word_receipt()

    def print_receipt(self):
        """The receipt in the preview, Print focused (the run, for whoever waits on it)."""
        if self.receipt_number is None:
            return None
        return documents_ui.print_receipt(self, self.receipt_number)
