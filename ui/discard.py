"""One question before typed, unsaved money is thrown away (Esc on Setoran or Daftar Tagihan)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def may_discard(parent: QWidget) -> bool:
    """Ask "Buang angka yang belum disimpan?"; Kembali (the default, and Esc) keeps them."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("discard", "Belum disimpan"),
                      translate("discard", "Buang angka yang belum disimpan?"), parent=parent)
    box.setObjectName("discardUnsaved")
    discard = box.addButton(translate("discard", "Buang"), QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(translate("discard", "Kembali"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is discard
