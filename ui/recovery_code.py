"""The recovery code: shown once, to be printed (QPrintDialog: nothing is written to disk unless
she prints to a file) and kept with the group's papers. Shown when sign-in is turned on, and
again with a new code each time one has been used: a used code opens nothing any more."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import clock
from app.formatting import short_date
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating


def recovery_sheet(code: str, group: str) -> str:
    """The page printed with the recovery code (HTML for a QTextDocument)."""
    translate = QCoreApplication.translate
    title = translate("UsersPanel", "Kode pemulihan Lumbung")
    lines = [
        translate("UsersPanel", "Kelompok: {group}").format(group=html.escape(group) or "–"),
        translate("UsersPanel", "Dibuat: {date}").format(date=short_date(clock.today())),
        translate("UsersPanel", "Bila Ketua lupa kata sandinya, buka Lumbung, pilih \"Lupa kata sandi Ketua?\" dan "
                                "tulis kode ini. Simpan kertas ini di tempat aman bersama surat-surat kelompok; siapa "
                                "pun yang memegangnya bisa mengganti kata sandi Ketua."),
    ]
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<h2>{title}</h2>{body}<p style='font-size:20pt; font-family:monospace; letter-spacing:2px'>"
            f"<b>{code}</b></p>")


class RecoveryCodeDialog(Retranslating, KeyboardDialog, QDialog):
    """The recovery code, shown once after sign-in is turned on, with Cetak."""

    asks_before_discarding = False

    def __init__(self, code: str, group: str = "", parent: QWidget | None = None, renewed: bool = False) -> None:
        super().__init__(parent)
        self.renewed = renewed
        self.setObjectName("recoveryCodeDialog")
        self.group = group
        self._code = code
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.8)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printRecoveryCode")
        self.print_button.clicked.connect(self.print_code)
        self.done_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setObjectName("recoveryCodeKept")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.print_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kode pemulihan"))
        if self.renewed:
            self.intro.setText(self.tr(
                "Kata sandi Ketua sudah diganti. Kode pemulihan yang tadi dipakai tidak berlaku lagi; ini kode "
                "yang baru. Kode ini hanya ditampilkan sekarang. Cetak atau salin ke kertas, lalu simpan di tempat "
                "aman dan buang kertas yang lama."))
        else:
            self.intro.setText(self.tr(
                "Masuk dengan kata sandi sudah aktif. Ini kode pemulihan: bila Ketua lupa kata sandinya, kode ini "
                "membukanya kembali. Kode ini hanya ditampilkan sekarang. Cetak atau salin ke kertas, lalu simpan "
                "di tempat aman."))
        self.print_button.setText(self.tr("Cetak…"))
        self.done_button.setText(self.tr("Sudah saya simpan"))

    def sheet(self) -> str:
        return recovery_sheet(self._code, self.group)

    def print_code(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak kode pemulihan"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(self.sheet())
        document.print_(printer)

    def done(self, result: int) -> None:
        self.code_label.clear()
        self._code = ""
        super().done(result)


