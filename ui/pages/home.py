"""Beranda: the group at a glance, from real figures only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from app import clock
from app.formatting import long_date, rupiah
from app.opening import store
from app.overview import Overview, overview
from app.usaha import report as usaha_report
from app.yearend import shu
from ui import translation
from ui.background import read_in_background
from ui.areas import Area
from ui.pages.backup import reminder_text
from ui.pages.page import Page


class HomePage(Page):
    fill_demo_requested = Signal()
    opening_requested = Signal()
    setoran_requested = Signal()
    collection_requested = Signal()
    backup_requested = Signal()

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self._figures: Overview | None = None
        self._usaha: list[usaha_report.DashboardRow] | None = None
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values = {key: QLabel() for key in ("group", "members", "cash", "bank", "last_entry", "usaha", "shu")}
        self.captions = {key: QLabel() for key in self.values}
        for key, value in self.values.items():
            value.setObjectName(f"home_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self.captions[key], value)
        self.content.addLayout(self.form)
        self._shu: shu.YearSoFar | None = None
        self.shu_note = QLabel(objectName="home_shu_note", wordWrap=True)
        self.shu_note.setStyleSheet("color: #b00020;")
        self.shu_note.hide()
        self.content.addWidget(self.shu_note)
        # The meeting-day work, one key away (also Ctrl+T / Ctrl+D and the Transaksi menu).
        self.setoran_button = QPushButton(objectName="home_setoran")
        self.setoran_button.clicked.connect(self.setoran_requested)
        self.collection_button = QPushButton(objectName="home_collection")
        self.collection_button.clicked.connect(self.collection_requested)
        transactions = QHBoxLayout()
        transactions.addWidget(self.setoran_button)
        transactions.addWidget(self.collection_button)
        transactions.addStretch(1)
        self.content.addSpacing(12)
        self.content.addLayout(transactions)
        self.content.addSpacing(12)
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        # A new book: start the group's own book from its paper books, or try Lumbung on the demo.
        self.start_opening = QPushButton(objectName="home_start_opening")
        self.start_opening.clicked.connect(self.opening_requested)
        self.start_opening.hide()
        self.fill_demo = QPushButton(objectName="home_fill_demo")
        self.fill_demo.clicked.connect(self.fill_demo_requested)
        starts = QHBoxLayout()
        starts.addWidget(self.start_opening)
        starts.addWidget(self.fill_demo)
        starts.addStretch(1)
        self.content.addWidget(self.empty_note)
        self.content.addLayout(starts)
        self.backup_note = QLabel()
        self.backup_note.setObjectName("home_backup_note")
        self.backup_note.setWordWrap(True)
        self.backup_note.setStyleSheet("color: #b00020;")
        self.go_backup = QPushButton()
        self.go_backup.clicked.connect(self.backup_requested)
        self.content.addSpacing(12)
        self.content.addWidget(self.backup_note)
        self.content.addWidget(self.go_backup, 0, Qt.AlignmentFlag.AlignLeft)
        self.content.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        self._show_backup_note()
        # Balances over a big book take a moment: let the window paint first.
        read_in_background(overview, self._received)
        read_in_background(lambda: usaha_report.dashboard(clock.today()), self._usaha_received)
        read_in_background(shu.year_so_far, self._shu_received)
        read_in_background(store.can_open, self._can_open_received)

    def _can_open_received(self, can_open: bool | None, error: Exception | None) -> None:
        if error is not None:
            raise error
        self.start_opening.setVisible(bool(can_open))

    def _shu_received(self, figures, error: Exception | None) -> None:
        if error is not None:
            raise error
        self._shu = figures
        self._show_shu()

    def _show_shu(self) -> None:
        """The year's SHU so far; after a year's end, a reminder while its SHU is not shared."""
        figures = self._shu
        if figures is None:
            return
        self.captions["shu"].setText(self.tr("SHU tahun {year} sampai hari ini").format(year=figures.year))
        self.values["shu"].setText(rupiah(figures.shu_rp))
        if figures.unshared_year is not None:
            self.shu_note.setText(self.tr(
                "SHU tahun {year} ({amount}) belum dibagi. Tutup buku tahun itu dan bagi SHU-nya di halaman "
                "Tutup Buku & SHU setelah Rapat Anggota Tahunan.").format(
                year=figures.unshared_year, amount=rupiah(figures.unshared_rp)))
        self.shu_note.setVisible(figures.unshared_year is not None)
        self.form.activate()  # the caption's year may widen the captions' column: lay it out now

    def _usaha_received(self, rows, error: Exception | None) -> None:
        if error is not None:
            raise error
        self._usaha = rows
        self._show_usaha()

    def _show_usaha(self) -> None:
        """This month's sales and profit of all active businesses and their stock value now."""
        if self._usaha is None:
            return
        active = [r for r in self._usaha if r.is_active]
        self.values["usaha"].setText(self.tr("penjualan {sales}, laba {profit}, nilai stok {stock}").format(
            sales=rupiah(sum(r.sales_rp for r in active)), profit=rupiah(sum(r.profit_rp for r in active)),
            stock=rupiah(sum(r.stock_value_rp for r in active))))

    def _received(self, figures: Overview | None, error: Exception | None) -> None:
        if error is not None:
            raise error
        self._figures = figures
        self._show_figures()

    def _show_figures(self) -> None:
        figures = self._figures
        if figures is None:
            return
        self.values["group"].setText(figures.group_name)
        self.values["members"].setText(str(figures.active_members))
        self.values["cash"].setText(rupiah(figures.cash_rp))
        self.values["bank"].setText(rupiah(figures.bank_rp))
        self.values["last_entry"].setText(
            long_date(figures.last_entry_date, translation.current())
            if figures.last_entry_date
            else self.tr("belum ada transaksi")
        )
        empty = figures.all_members == 0
        self.empty_note.setVisible(empty)
        self.fill_demo.setVisible(empty)

    def _show_backup_note(self) -> None:
        reminder = reminder_text()
        self.backup_note.setText(self.tr("{reminder} Sebaiknya buat cadangan sekarang.").format(reminder=reminder)
                                 if reminder else "")
        self.backup_note.setVisible(bool(reminder))
        self.go_backup.setVisible(bool(reminder))

    def retranslate(self) -> None:
        super().retranslate()
        captions = {
            "group": self.tr("Kelompok"),
            "members": self.tr("Anggota aktif"),
            "cash": self.tr("Saldo kas"),
            "bank": self.tr("Saldo bank"),
            "last_entry": self.tr("Transaksi terakhir"),
            "usaha": self.tr("Usaha kelompok bulan ini"),
            "shu": self.tr("SHU tahun ini sampai hari ini"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.empty_note.setText(
            self.tr(
                "Buku ini masih kosong: belum ada anggota. Mulai buku kelompok dari buku-buku lamanya "
                "(saldo awal), atau isi data contoh sebuah desa untuk mencoba Lumbung."
            )
        )
        self.fill_demo.setText(self.tr("Isi data contoh"))
        self.start_opening.setText(self.tr("Mulai buku kelompok (saldo awal)…"))
        self.setoran_button.setText(self.tr("Setoran anggota (Ctrl+T)"))
        self.collection_button.setText(self.tr("Daftar Tagihan (Ctrl+D)"))
        self.go_backup.setText(self.tr("Buka Cadangan Data"))
        if self.backup_note.text():
            self._show_backup_note()
        self._show_figures()
        self._show_usaha()
        self._show_shu()
