"""Asking for a backup's passphrase: twice for a new backup, once to open an encrypted one.

The passphrase lives only in this dialog and in the caller's hands for the one backup or
restore it is for; Lumbung never stores it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import backup
from ui.field_errors import ErrorLabel
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating


class PassphraseDialog(Retranslating, KeyboardDialog, QDialog):
    """`confirm` True asks twice (a new backup). `check(passphrase)` may refuse it with a sentence
    (opening a backup with a wrong passphrase): the dialog stays open to try again."""

    def __init__(
        self,
        confirm: bool,
        parent: QWidget | None = None,
        file_name: str = "",
        check: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.confirm = confirm
        self.file_name = file_name
        self.check = check
        self.passphrase: str | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(200)
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 32)
        self.first_caption = QLabel()
        self.first_caption.setBuddy(self.first)
        self.second_caption = QLabel()
        self.second_caption.setBuddy(self.second)
        self.show_text = QCheckBox()
        self.show_text.toggled.connect(self._show_typed)
        self.error = ErrorLabel()
        self.error.setObjectName("passphraseError")
        form = QFormLayout()
        form.addRow(self.first_caption, self.first)
        if confirm:
            form.addRow(self.second_caption, self.second)
        else:
            self.second.hide()
            self.second_caption.hide()
        form.addRow("", self.show_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(480)
        self.first.setFocus()

    def retranslate(self) -> None:
        if self.confirm:
            self.setWindowTitle(self.tr("Kata sandi cadangan"))
            self.intro.setText(self.tr(
                "Cadangan ini dikunci dengan kata sandi, supaya NIK dan alamat anggota aman bila "
                "flashdisk hilang. Lumbung tidak menyimpan kata sandi ini: catat dan simpan di tempat "
                "aman. Tanpa kata sandi ini cadangan tidak bisa dipulihkan."
            ))
            self.first_caption.setText(self.tr("Kata sandi"))
            self.second_caption.setText(self.tr("Ulangi kata sandi"))
        else:
            self.setWindowTitle(self.tr("Buka cadangan terenkripsi"))
            self.intro.setText(self.tr("Cadangan {name} dikunci dengan kata sandi. Tulis kata sandinya.").format(
                name=self.file_name))
            self.first_caption.setText(self.tr("Kata sandi"))
        self.show_text.setText(self.tr("Tampilkan huruf yang diketik"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lanjut"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _refuse(self, text: str, edit: QLineEdit) -> None:
        self.error.show_text(text)
        edit.setFocus()
        edit.selectAll()
        self.adjustSize()

    def accept(self) -> None:
        typed = self.first.text()
        if not typed.strip():
            self._refuse(self.tr("Tulis kata sandi (tidak boleh kosong)."), self.first)
            return
        if self.confirm and len(typed) < backup.PASSPHRASE_MIN:  # new backups only: restores take any
            self._refuse(self.tr(
                "Kata sandi terlalu pendek: paling sedikit {minimum} huruf, supaya orang lain tidak mudah "
                "menebaknya. Pakai beberapa kata, misalnya nama tempat dan tahun."
            ).format(minimum=backup.PASSPHRASE_MIN), self.first)
            return
        if self.confirm and self.second.text() != typed:
            self.second.clear()
            self._refuse(self.tr("Kedua kata sandi tidak sama. Ketik ulang di kolom kedua."), self.second)
            return
        if self.check is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                refusal = self.check(typed)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if refusal:
                self._refuse(refusal, self.first)
                return
        self.passphrase = typed
        super().accept()

    def done(self, result: int) -> None:
        # Leave nothing typed behind in the widgets once the dialog is closed.
        self.first.clear()
        self.second.clear()
        super().done(result)
