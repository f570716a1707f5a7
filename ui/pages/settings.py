"""Pengaturan: the interface language (this computer) and the group's settings (the book):
name and place, officers, the profile for the lomba UP2K, defaults for new members, the receipt
paper and the logo printed on every document, and the bookkeeping: account codes shown or not, a
bank overdraft allowed or not, and the group's usual income and costs (ui/pos_panel.py).

The form scrolls (it is taller than a 768-pixel screen); Simpan stays below it, always visible.
The wheel scrolls the form, never a choice the pointer passes over (ui.wheel_guard). Leaving the
page or quitting with changes not saved asks: Simpan / Buang / Batal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import settings
from app.errors import Rejected
from app.formatting import thousands
from ui import translation
from ui.allowance_dialog import RatesDialog
from ui.areas import Area
from ui.field_errors import ErrorLabel, FieldErrors
from ui.messages import issue_text
from ui.move_book_dialog import ServerPanel
from ui.pages.page import Page
from ui.pos_panel import PosPanel
from ui.preferences import Preferences
from ui.users_panel import UsersPanel
from ui.wheel_guard import guard_wheel

# Each language is named in itself, so that anyone can find their own in the list.
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))

# The boxes of the form and the keys in each, in order (every key of settings.EDITABLE once).
SECTIONS = (
    ("group", ("group_name", "group_address", "place_name", "dusun", "desa", "kecamatan", "kabupaten",
               "operator_name")),
    ("officers", ("ketua_name", "sekretaris_name", "bendahara_name")),
    ("profile", ("founded_year", "starting_capital_rp", "starting_capital_source", "partners", "up2k_level")),
    ("members", ("default_desa", "default_kecamatan", "default_kabupaten", "default_provinsi")),
    ("documents", ("receipt_paper", "collection_order")),
    ("bookkeeping", ("show_account_codes", "bank_overdraft")),
)
LOGO_PREVIEW = 64  # pixels high


def ask_unsaved(page: QWidget) -> str:
    """'save', 'discard' or 'stay' (Esc): the answer to changes in Pengaturan not saved."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("SettingsPage", "Pengaturan"),
                      translate("SettingsPage", "Perubahan pengaturan belum disimpan. Simpan sekarang?"), parent=page)
    box.setObjectName("unsavedSettings")
    buttons = {
        "save": box.addButton(translate("SettingsPage", "Simpan"), QMessageBox.ButtonRole.AcceptRole),
        "discard": box.addButton(translate("SettingsPage", "Buang"), QMessageBox.ButtonRole.DestructiveRole),
        "stay": box.addButton(translate("SettingsPage", "Batal"), QMessageBox.ButtonRole.RejectRole),
    }
    for name, button in buttons.items():
        button.setObjectName(name)
    box.setDefaultButton(buttons["save"])
    box.setEscapeButton(buttons["stay"])
    box.exec()
    return next((name for name, button in buttons.items() if box.clickedButton() is button), "stay")


class SettingsPage(Page):
    open_book_requested = Signal(str)  # a book just moved to the server (or from it), to open here

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

        self.errors = FieldErrors(ErrorLabel())
        self.edits: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.captions: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        column = QVBoxLayout()
        column.addWidget(self.language_box)
        column.addWidget(self.errors.general)
        for section, keys in SECTIONS:
            box = self.boxes[section] = QGroupBox()
            form = QFormLayout(box)
            for key in keys:
                widget = self._field(key)
                caption = QLabel()
                caption.setBuddy(widget)
                self.captions[key] = caption
                form.addRow(caption, widget)
                form.addRow("", self.errors.add(key, widget))
            if section == "documents":
                self._logo_rows(form)
            if section == "bookkeeping":
                self.ppap_button = QPushButton(objectName="ppapRates")
                self.ppap_button.clicked.connect(self.edit_ppap_rates)
                form.addRow("", self.ppap_button)
                self.pos_panel = PosPanel()
                form.addRow(self.pos_panel)
            column.addWidget(box)
        self.users_panel = UsersPanel()  # officers and sign-in (issue 15)
        self.users_panel.changed.connect(self.changed)
        column.addWidget(self.users_panel)
        # Personal data (UU 27/2022): where it lives, who sees what, export and erasure
        self.privacy_box = QGroupBox()
        self.privacy_box.setObjectName("privacyBox")
        self.privacy_text = QLabel()
        self.privacy_text.setObjectName("privacyText")
        self.privacy_text.setWordWrap(True)
        self.privacy_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.privacy_box).addWidget(self.privacy_text)
        column.addWidget(self.privacy_box)
        self.server_panel = ServerPanel()  # a book shared by the office's desktops (issue 16)
        self.server_panel.open_requested.connect(self.open_book_requested)
        column.addWidget(self.server_panel)
        column.addStretch(1)
        holder = QWidget()
        holder.setObjectName("settingsForm")
        holder.setLayout(column)
        holder.setMaximumWidth(760)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("settingsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(holder)
        self.scroll.setMaximumWidth(800)  # the scroll bar beside the form, not at the far edge
        self.content.addWidget(self.scroll, 1)

        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.saved_note, 1)
        self.content.addLayout(bottom)
        self.retranslate()
        guard_wheel(self)

    def _field(self, key: str) -> QWidget:
        if key in settings.CHOICES:
            combo = QComboBox()
            combo.setObjectName(key)
            for value in settings.CHOICES[key]:
                combo.addItem("", value)
            self.choices[key] = combo
            return combo
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setMaxLength(settings.EDITABLE[key])
        edit.returnPressed.connect(self.save)
        if key == "founded_year":
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00000") + 24)
        self.edits[key] = edit
        return edit

    def _logo_rows(self, form: QFormLayout) -> None:
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(LOGO_PREVIEW * 2, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.logo_button = QPushButton()
        self.logo_button.setObjectName("chooseLogo")
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton()
        self.logo_remove.setObjectName("removeLogo")
        self.logo_remove.clicked.connect(self.remove_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo_preview)
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_remove)
        row.addStretch(1)
        self.logo_caption = QLabel()
        form.addRow(self.logo_caption, row)
        self.logo_error = ErrorLabel()
        self.logo_error.setObjectName("error_logo")
        form.addRow("", self.logo_error)

    def retranslate(self) -> None:
        super().retranslate()
        self.language_box.setTitle(self.tr("Tampilan di komputer ini"))
        self.language_caption.setText(self.tr("Bahasa"))
        for section, title in {
            "group": self.tr("Kelompok (disimpan di dalam buku)"),
            "officers": self.tr("Pengurus (menandatangani laporan)"),
            "profile": self.tr("Profil kelompok untuk lomba UP2K"),
            "members": self.tr("Alamat bawaan anggota baru"),
            "documents": self.tr("Dokumen"),
            "bookkeeping": self.tr("Pembukuan"),
        }.items():
            self.boxes[section].setTitle(title)
        self.server_panel.retranslate()
        self.privacy_box.setTitle(self.tr("Data pribadi anggota"))
        self.privacy_text.setText(self.tr(
            "Data anggota (nama, NIK, tempat dan tanggal lahir, telepon, alamat) disimpan hanya di dalam buku "
            "di komputer ini dan di cadangannya; simpan cadangan di flashdisk dengan kata sandi. "
            "NIK dan alamat lengkap hanya terlihat oleh Ketua dan Sekretaris; Bendahara dan Pemeriksa melihat "
            "NIK yang disamarkan (6308••••••••0001) dan desanya saja. Setiap ekspor "
            "ke Excel dan setiap cetakan Buku Daftar Anggota dicatat di Jejak Audit.\n"
            "Bila anggota meminta datanya: buka anggota itu (Anggota → Ubah) lalu “Ekspor data pribadi”. "
            "Bila ia meminta datanya dihapus (UU 27/2022): setelah ia keluar dan simpanan serta pinjamannya "
            "selesai, Ketua memilih “Hapus data pribadi”. Catatan uangnya tetap; namanya menjadi "
            "“Anggota 0012 (data dihapus)”, dan penghapusan dicatat di Jejak Audit."))
        for key, text in {
            "operator_name": self.tr("Nama petugas"),
            "group_name": self.tr("Nama kelompok"),
            "group_address": self.tr("Alamat kelompok"),
            "place_name": self.tr("Nama tempat (untuk kuitansi)"),
            "dusun": self.tr("Dusun"),
            "desa": self.tr("Desa/kelurahan kelompok"),
            "kecamatan": self.tr("Kecamatan kelompok"),
            "kabupaten": self.tr("Kabupaten kelompok"),
            "ketua_name": self.tr("Ketua"),
            "sekretaris_name": self.tr("Sekretaris"),
            "bendahara_name": self.tr("Bendahara"),
            "founded_year": self.tr("Tahun berdiri"),
            "starting_capital_rp": self.tr("Modal awal (Rp)"),
            "starting_capital_source": self.tr("Sumber modal awal"),
            "partners": self.tr("Mitra (bank, CSR, dinas)"),
            "up2k_level": self.tr("Tingkat UP2K"),
            "default_desa": self.tr("Desa anggota baru"),
            "default_kecamatan": self.tr("Kecamatan anggota baru"),
            "default_kabupaten": self.tr("Kabupaten anggota baru"),
            "default_provinsi": self.tr("Provinsi anggota baru"),
            "receipt_paper": self.tr("Kertas kuitansi"),
            "show_account_codes": self.tr("Tampilkan kode akun"),
            "bank_overdraft": self.tr("Saldo bank boleh minus"),
            "collection_order": self.tr("Setoran dibagi"),
        }.items():
            self.captions[key].setText(text)
        self.edits["founded_year"].setPlaceholderText(self.tr("misalnya 2009"))
        self.edits["starting_capital_rp"].setPlaceholderText(self.tr("misalnya 800.000"))
        self.edits["partners"].setPlaceholderText(self.tr("misalnya Bank Kalsel; CSR PT Adaro"))
        level = self.choices["up2k_level"]
        level.setItemText(0, self.tr("(belum ditentukan)"))
        for i, name in enumerate(settings.UP2K_LEVELS, start=1):
            level.setItemText(i, name)
        paper = self.choices["receipt_paper"]
        for i, value in enumerate(settings.CHOICES["receipt_paper"]):
            paper.setItemText(i, {
                "": self.tr("Bawaan (setengah F4)"),
                "HALF_F4": self.tr("Setengah F4 (215 × 165 mm)"),
                "A4": self.tr("A4 (210 × 297 mm)"),
                "ROLL_58": self.tr("Kertas gulung 58 mm (printer termal)"),
            }[value])
        for key in ("show_account_codes", "bank_overdraft"):
            self.choices[key].setItemText(0, self.tr("Tidak"))
            self.choices[key].setItemText(1, self.tr("Ya"))
        self.choices["bank_overdraft"].setToolTip(self.tr(
            "Hanya bila bank memberi kelompok cerukan (overdraft). Kas tunai tidak pernah boleh minus."))
        order = self.choices["collection_order"]
        for i, value in enumerate(settings.CHOICES["collection_order"]):
            order.setItemText(i, {
                "": self.tr("Bawaan (angsuran pinjaman dulu)"),
                "loans_first": self.tr("Angsuran pinjaman dulu, lalu simpanan wajib"),
                "wajib_first": self.tr("Simpanan wajib dulu, lalu angsuran pinjaman"),
            }[value])
        self.ppap_button.setText(self.tr("Tarif penyisihan piutang (PPAP)…"))
        self.logo_caption.setText(self.tr("Logo (PNG atau JPEG)"))
        self.logo_button.setText(self.tr("Pilih logo…"))
        self.logo_remove.setText(self.tr("Hapus logo"))
        self._show_logo_preview()
        self.save_button.setText(self.tr("Simpan pengaturan"))
        if self.saved_note.text():
            self.saved_note.setText(self.tr("Pengaturan tersimpan."))

    def refresh(self) -> None:
        values = settings.get_all()
        for key, edit in self.edits.items():
            value = values.get(key, "")
            if key == "starting_capital_rp" and value.isdigit():
                value = thousands(int(value))
            edit.setText(value)
        for key, combo in self.choices.items():
            combo.setCurrentIndex(max(combo.findData(values.get(key, "")), 0))
        self.errors.clear()
        self.logo_error.show_text("")
        self.saved_note.clear()
        self._show_logo_preview()
        self.pos_panel.refresh()
        self.users_panel.refresh()
        self.server_panel.retranslate()  # this book's offer: to the server, or from it

    def _typed(self) -> dict[str, str]:
        values = {key: edit.text() for key, edit in self.edits.items()}
        values.update({key: combo.currentData() for key, combo in self.choices.items()})
        return values

    def has_unsaved_changes(self) -> bool:
        """Something typed or chosen that differs from the book (as refresh() shows it)."""
        if self._stale:
            return False  # never shown since the last load: nothing of hers in the fields
        book = settings.get_all()
        for key, value in self._typed().items():
            saved = book.get(key, "") or ""
            if key == "starting_capital_rp" and saved.isdigit():
                saved = thousands(int(saved))
            if (value or "") != saved:
                return True
        return False

    def holds_input(self) -> bool:
        return self.has_unsaved_changes()

    def may_leave(self) -> bool:
        """Before another page or quitting: with changes not saved, ask Simpan / Buang / Batal."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_unsaved(self)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.refresh()
            return True
        return False

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        Preferences().language = code
        translation.apply(code)

    def save(self) -> bool:
        self.saved_note.clear()
        try:
            settings.update(self._typed())
        except Rejected as rejected:
            self.errors.show(rejected.issues)
            first = next((i.field for i in rejected.issues if i.field in self.captions), None)
            if first is not None:
                self.scroll.ensureWidgetVisible(self.captions[first])
            return False
        self.errors.clear()
        self.refresh()
        self.saved_note.setText(self.tr("Pengaturan tersimpan."))
        self.changed.emit()
        return True

    def edit_ppap_rates(self) -> None:
        """The allowance rates by kolektibilitas, saved by their own small form."""
        dialog = RatesDialog(self)
        try:
            if dialog.exec():
                self.changed.emit()
        finally:
            dialog.deleteLater()

    # --- logo -----------------------------------------------------------------------------

    def _show_logo_preview(self) -> None:
        data = settings.logo() if hasattr(self, "logo_preview") else None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(LOGO_PREVIEW * 2, LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
            self.logo_remove.setEnabled(True)
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(tanpa logo)"))
            self.logo_remove.setEnabled(False)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo kelompok"), str(Path.home()),
                                              self.tr("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_from(Path(path))

    def set_logo_from(self, path: Path) -> bool:
        """Keep the picture at `path` as the logo; a refusal shows beside the buttons."""
        self.logo_error.show_text("")
        try:
            data = path.read_bytes()
        except OSError as error:
            self.logo_error.show_text(self.tr("Berkas tidak bisa dibaca: {reason}").format(
                reason=error.strerror or str(error)))
            return False
        try:
            if data and not QPixmap().loadFromData(data):  # a PNG/JPEG header over a broken picture
                raise Rejected.one("logo", "logo.not_an_image")
            settings.set_logo(data)
        except Rejected as rejected:
            self.logo_error.show_text("\n".join(issue_text(i) for i in rejected.issues))
            self.scroll.ensureWidgetVisible(self.logo_error)
            return False
        self._show_logo_preview()
        self.changed.emit()
        return True

    def remove_logo(self) -> None:
        settings.set_logo(None)
        self.logo_error.show_text("")
        self._show_logo_preview()
        self.changed.emit()

