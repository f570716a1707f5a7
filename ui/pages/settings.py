"""Pengaturan: the interface language (this computer) and the group's settings (the book)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.errors import Rejected
from ui import translation
from ui.areas import Area
from ui.field_errors import ErrorLabel, FieldErrors
from ui.pages.page import Page
from ui.preferences import Preferences

# Each language is named in itself, so that anyone can find their own in the list.
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


class SettingsPage(Page):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.language_box = QGroupBox()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(translation.current()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_caption = QLabel()
        self.language_caption.setBuddy(self.language)
        language_form = QFormLayout(self.language_box)
        language_form.addRow(self.language_caption, self.language)

        self.group_box = QGroupBox()
        self.errors = FieldErrors(ErrorLabel())
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout(self.group_box)
        form.addRow(self.errors.general)
        for key, limit in settings.EDITABLE.items():
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setMaxLength(limit)
            edit.returnPressed.connect(self.save)
            caption = QLabel()
            caption.setBuddy(edit)
            self.edits[key], self.captions[key] = edit, caption
            form.addRow(caption, edit)
            form.addRow("", self.errors.add(key, edit))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")
        form.addRow(self.save_button, self.saved_note)

        column = QVBoxLayout()
        column.addWidget(self.language_box)
        column.addWidget(self.group_box)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        self.content.addWidget(holder, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.language_box.setTitle(self.tr("Tampilan di komputer ini"))
        self.language_caption.setText(self.tr("Bahasa"))
        self.group_box.setTitle(self.tr("Kelompok (disimpan di dalam buku)"))
        for key, text in {
            "operator_name": self.tr("Nama petugas"),
            "group_name": self.tr("Nama kelompok"),
            "group_address": self.tr("Alamat kelompok"),
            "place_name": self.tr("Nama tempat (untuk kuitansi)"),
            "default_desa": self.tr("Desa anggota baru"),
            "default_kecamatan": self.tr("Kecamatan anggota baru"),
            "default_kabupaten": self.tr("Kabupaten anggota baru"),
            "default_provinsi": self.tr("Provinsi anggota baru"),
        }.items():
            self.captions[key].setText(text)
        self.save_button.setText(self.tr("Simpan pengaturan"))
        if self.saved_note.text():
            self.saved_note.setText(self.tr("Pengaturan tersimpan."))

    def refresh(self) -> None:
        values = settings.get_all()
        for key, edit in self.edits.items():
            edit.setText(values.get(key, ""))
        self.errors.clear()
        self.saved_note.clear()

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        Preferences().language = code
        translation.apply(code)

    def save(self) -> None:
        self.saved_note.clear()
        try:
            settings.update({key: edit.text() for key, edit in self.edits.items()})
        except Rejected as rejected:
            self.errors.show(rejected.issues)
            return
        self.errors.clear()
        self.saved_note.setText(self.tr("Pengaturan tersimpan."))
        self.changed.emit()
