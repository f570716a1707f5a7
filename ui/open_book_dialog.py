"""Berkas → Buka buku lain…: a book file on this computer, or the office's shared book on its
PostgreSQL server, by its address and a password used for this opening only (never stored).

What opens the book is the window's (`open_book(location)`: None when it opened, else the
reason in her words); a refusal is shown under the address and the dialog stays to try again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.engine import is_url
from ui.dialog_keys import KeyboardDialog
from ui.field_errors import ErrorLabel
from ui.retranslating import Retranslating

EXAMPLE = "postgresql://pengurus@192.168.1.10/lumbung_desa"


class OpenBookDialog(Retranslating, KeyboardDialog, QDialog):
    asks_before_discarding = False  # an address typed again costs nothing

    def __init__(self, file_folder: Path, open_book: Callable[[Path | str], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openBookDialog")
        self.file_folder = file_folder
        self.open_book = open_book
        self.intro = QLabel(wordWrap=True)
        self.address = QLineEdit(objectName="serverAddress")
        self.address.setMinimumWidth(self.address.fontMetrics().averageCharWidth() * 52)
        self.address.setPlaceholderText(EXAMPLE)
        self.password = QLineEdit(objectName="serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.address_caption, self.password_caption = QLabel(), QLabel()
        self.address_caption.setBuddy(self.address)
        self.password_caption.setBuddy(self.password)
        self.password_note = QLabel(wordWrap=True)
        self.error = ErrorLabel()
        self.error.setObjectName("openBookError")
        self.file_button = QPushButton(objectName="openBookFile")
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.choose_file)
        form = QFormLayout()
        form.addRow(self.address_caption, self.address)
        form.addRow("", self.error)
        form.addRow(self.password_caption, self.password)
        form.addRow("", self.password_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.file_button)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.address, self.password)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Buka buku lain"))
        self.intro.setText(self.tr(
            "Buku bersama di server kantor: tulis alamat server PostgreSQL-nya (tanyakan kepada pengelola "
            "server), misalnya {example}. Buku di komputer ini: pilih berkasnya.").format(example=EXAMPLE))
        self.address_caption.setText(self.tr("Alamat server &PostgreSQL"))
        self.password_caption.setText(self.tr("&Kata sandi"))
        self.password_note.setText(self.tr("Kata sandi hanya dipakai untuk membuka buku ini; Lumbung tidak menyimpannya."))
        self.file_button.setText(self.tr("Pilih &berkas buku di komputer ini…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buka"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))

    def accept(self) -> None:
        address = self.address.text().strip()
        if not is_url(address):
            self._refuse(self.tr("Tulis alamat yang diawali postgresql://, misalnya {example}.").format(example=EXAMPLE))
            return
        if self.password.text():
            from app.engine.postgres import with_password  # psycopg loads only for a server book

            address = with_password(address, self.password.text())
        self._open(address)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Buka buku lain"), str(self.file_folder), self.tr("Buku Lumbung (*.sqlite);;Semua berkas (*)"))
        if path:
            self._open(Path(path))

    def _open(self, location: Path | str) -> None:
        refused = self.open_book(location)
        if refused is not None:
            self._refuse(refused)
            return
        self.password.clear()
        super().accept()

    def _refuse(self, text: str) -> None:
        self.error.show_text(text)
        self.address.setFocus()
        self.adjustSize()
