"""Tentang Lumbung (Bantuan menu) and `lumbung --version`: the version, the book schema it writes,
its licence, and the libraries it runs on with theirs (app.identity reads them)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import identity, resource_path
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating

# Not Python packages, so not in the metadata: Qt itself, Python, and the fonts in every PDF.
RUNTIME = (("Qt", qVersion(), "LGPL-3.0-only"), ("Python", platform.python_version(), "PSF-2.0"),
           ("DejaVu Sans", "2.37", "Bitstream Vera / DejaVu (bebas)"))


def version_text() -> str:
    """What `lumbung --version` prints (Indonesian: the command line has no translator)."""
    return (f"Lumbung {identity.version()} (menulis buku skema {identity.schema()})\n"
            f"Qt {qVersion()} (PySide6 {PySide6.__version__})\n"
            f"Python {platform.python_version()}")


def app_icon() -> QIcon:
    """The rice barn at every size drawn for it (resources/icons, made by packaging/make_icons.py)."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("lumbung-*.png")):
        icon.addFile(str(png))
    return icon


class AboutDialog(Retranslating, KeyboardDialog, QDialog):
    asks_before_discarding = False  # nothing of hers to lose here
    least_width = 560

    def __init__(self, book: Path | str | None = None, parent: QWidget | None = None,
                 documents: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.book = book  # a file, or a server's address without its password
        self.documents = documents
        self.picture = QLabel()
        self.picture.setPixmap(app_icon().pixmap(64, 64))
        self.heading = QLabel(objectName="aboutHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(objectName="aboutText", wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows = [(lib.name, lib.version, lib.licence) for lib in identity.libraries()] + list(RUNTIME)
        self.table = QTableWidget(len(rows), 3, objectName="aboutLibraries")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, cells in enumerate(rows):
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(self.least_width, 600)
        self.close_button.setFocus()  # nothing to type: Enter or Esc closes

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tentang Lumbung"))
        self.heading.setText(f"<h2>Lumbung {identity.version()}</h2>")
        lines = [
            self.tr("Pembukuan untuk kelompok UP2K-PKK: anggota, simpan pinjam, usaha kelompok dan kas, dalam "
                    "rupiah yang tidak pernah hilang atau bertambah sendiri."),
            self.tr("Menulis buku skema {schema}. Qt {qt}, Python {python}.").format(
                schema=identity.schema(), qt=qVersion(), python=platform.python_version()),
            self.tr("Lisensi: {licence}. Lumbung boleh dipakai, dipelajari, dibagikan dan diubah; versi yang "
                    "diubah dan dibagikan juga harus memakai lisensi ini.").format(licence=identity.LICENCE),
        ]
        if self.book is not None:
            lines.append(self.tr("Buku yang terbuka: {path}").format(path=self.book))
        if self.documents is not None:
            lines.append(self.tr("Kuitansi dan laporan disimpan di folder {folder}").format(folder=self.documents))
        lines.append(self.tr("Lumbung memakai pustaka berikut, masing-masing dengan lisensinya:"))
        self.text.setText("\n\n".join(lines))
        self.table.setHorizontalHeaderLabels([self.tr("Pustaka"), self.tr("Versi"), self.tr("Lisensi")])
        self.close_button.setText(self.tr("Tutup"))
