"""Tutup Buku & SHU: close a month or a year, reopen with a reason, the history of closings,
and the SHU of each year (the wizard in ui/shu_wizard.py; cancelling a distribution here)."""

from __future__ import annotations

from datetime import date, timedelta

from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app import clock, settings, text_rules
from app.errors import Issue, Rejected
from app.formatting import LOCALES, long_date, rupiah, short_date
from app.yearend import periods, shu
from app.documents.catalogue import Request
from ui import documents_ui, translation
from ui.areas import Area
from ui.date_field import DateField
from ui.form_dialog import FormDialog
from ui.loan_dialogs import confirm
from ui.pages.page import Page
from ui.shu_wizard import ShuWizard


def month_text(day: date) -> str:
    return format_date(day, "MMMM y", locale=LOCALES.get(translation.current(), "id_ID"))


def closable_months() -> list[date]:
    """The month ends that may be closed: after the book's closed date, before this month,
    December left to its year."""
    closed = settings.closed_through()
    today = clock.today()
    start = (closed + timedelta(days=1)) if closed else date(periods.first_open_year(), 1, 1)
    found = []
    day = start
    while True:
        end = periods.month_end(day.year, day.month)
        if end >= today:
            break
        if day.month != 12:
            found.append(end)
        day = end + timedelta(days=1)
    return found


def closable_years() -> list[int]:
    """From the earliest open year (years close in order) to last year."""
    return list(range(periods.first_open_year(), clock.today().year))


class CloseMonthDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = self.add_field("month", QComboBox())
        for end in closable_months():
            self.month.addItem(month_text(end), end)
        self.month.setCurrentIndex(self.month.count() - 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tutup bulan"))
        self.intro.setText(self.tr("Sesudah bulan ditutup, tidak ada transaksi yang bisa dicatat pada bulan itu "
                                   "atau sebelumnya. Membuka kembali hanya bisa dengan alasan yang dicatat."))
        self.captions["month"].setText(self.tr("Tutup buku sampai akhir"))
        self.save_button.setText(self.tr("Tutup bulan"))

    def save(self):
        end = self.month.currentData()
        if end is None:
            raise Rejected([Issue("month", "required")])
        if not confirm(self, self.tr("Tutup bulan"),
                       self.tr("Buku ditutup sampai {day}. Sesudah itu tidak ada transaksi yang bisa dicatat pada "
                               "tanggal itu atau sebelumnya. Lanjutkan?").format(day=long_date(end, translation.current())),
                       self.tr("Tutup bulan"), self.tr("Batal")):
            return None
        return periods.close_month(end.year, end.month)


class CloseYearDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = self.add_field("year", QComboBox())
        for year in closable_years():
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(0)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tutup tahun"))
        self.intro.setText(self.tr("Menutup tahun memindahkan pendapatan dan beban tahun itu ke SHU tahun berjalan "
                                   "dan membuka tahun berikutnya dari nol."))
        self.captions["year"].setText(self.tr("Tahun"))
        self.save_button.setText(self.tr("Tutup tahun"))

    def save(self):
        year = self.year.currentData()
        if year is None:
            raise Rejected([Issue("year", "required")])
        income, expense, shared = shu.year_figures(year)
        text = self.tr(
            "Tahun {year} ditutup:\n• pendapatan {income} dan beban {expense} tahun itu dipindahkan ke "
            "SHU tahun berjalan (SHU {shu}, sesudah bagi hasil usaha {shared});\n• buku ditutup sampai "
            "31 Desember {year}: tidak ada transaksi yang bisa dicatat pada tahun itu lagi;\n• tahun {next} "
            "mulai dengan pendapatan dan beban nol.\nLanjutkan?").format(
            year=year, income=rupiah(income), expense=rupiah(expense), shu=rupiah(income - expense - shared),
            shared=rupiah(shared), next=year + 1)
        if not confirm(self, self.tr("Tutup tahun"), text, self.tr("Tutup tahun"), self.tr("Batal")):
            return None
        return periods.close_year(year)


class ReopenDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        closed = settings.closed_through()
        self.day = self.add_field("day", DateField())
        if closed is not None:
            self.day.set_date(closed.replace(day=1))
        self.reason = self.add_field("reason", QLineEdit(), stretch=True)
        self.reason.setMaxLength(text_rules.TEXT)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Buka kembali buku"))
        self.intro.setText(self.tr("Membuka kembali dicatat di riwayat buku: siapa, kapan dan alasannya, dan tampil "
                                   "pada laporan periode itu. Tahun yang dibuka kembali harus ditutup lagi."))
        self.captions["day"].setText(self.tr("Buka mulai tanggal"))
        self.captions["reason"].setText(self.tr("Alasan"))
        self.save_button.setText(self.tr("Buka kembali"))

    def save(self):
        issue = self.day.issue("day")
        if issue:
            raise Rejected([issue])
        day = self.day.date()
        if day is None:
            raise Rejected([Issue("day", "required")])
        return periods.reopen(day, self.reason.text())


class CancelShuDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.distribution = self.add_field("distribution", QComboBox())
        for found in shu.distributions():
            if found.standing:
                self.distribution.addItem(str(found.year), found.id)
        self.reason = self.add_field("reason", QLineEdit(), stretch=True)
        self.reason.setMaxLength(text_rules.TEXT)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Batalkan pembagian SHU"))
        self.intro.setText(self.tr("Semua jurnal pembagian SHU tahun itu distorno sekaligus: bagian anggota, dana dan "
                                   "pembayarannya. Sesudah itu SHU tahun itu bisa dibagi lagi."))
        self.captions["distribution"].setText(self.tr("SHU tahun"))
        self.captions["reason"].setText(self.tr("Alasan"))
        self.save_button.setText(self.tr("Batalkan pembagian"))

    def save(self):
        distribution_id = self.distribution.currentData()
        if distribution_id is None:
            raise Rejected([Issue("distribution", "required")])
        return shu.reverse(distribution_id, self.reason.text())


def report_year() -> int:
    """The year whose SHU documents are printed first: the latest shared, else last year."""
    shared = [d.year for d in shu.distributions() if d.standing]
    return max(shared) if shared else clock.today().year - 1


class RatPackDialog(FormDialog):
    """Which year's report to the Rapat Anggota Tahunan to print (the RAT pack)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = self.add_field("year", QComboBox())
        last = clock.today().year - 1
        for year in range(min(periods.first_entry_year(), last), last + 1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(report_year())))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Cetak laporan RAT"))
        self.intro.setText(self.tr("Satu dokumen untuk Rapat Anggota Tahunan: neraca, laporan hasil usaha, "
                                   "pembagian SHU, portofolio pinjaman, hasil usaha kelompok dan sumber dana, "
                                   "dengan halaman sampul dan tanda tangan pengurus."))
        self.captions["year"].setText(self.tr("Tahun buku"))
        self.save_button.setText(self.tr("Cetak"))

    def save(self):
        year = self.year.currentData()
        if year is None:
            raise Rejected([Issue("year", "required")])
        return year


class YearEndPage(Page):
    ACTIONS = ("close_month", "close_year", "reopen", "shu", "cancel_shu", "shu_report", "shu_slip", "rat_pack")

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.status = QLabel(objectName="yearend_status")
        self.content.addWidget(self.status)
        self.buttons = {}
        slots = dict(zip(self.ACTIONS, (self.close_month, self.close_year, self.reopen, self.share, self.cancel_shu,
                                        lambda: self.print_shu("shu_report"), lambda: self.print_shu("shu_slip"),
                                        self.print_rat_pack)))
        for keys in (("close_month", "close_year", "reopen"), ("shu", "cancel_shu"),
                     ("shu_report", "shu_slip", "rat_pack")):
            row = QHBoxLayout()  # three short rows: the window stays narrow (a small screen)
            for key in keys:
                button = QPushButton(objectName=f"yearend_{key}")
                button.clicked.connect(slots[key])
                self.buttons[key] = button
                row.addWidget(button)
            row.addStretch(1)
            self.content.addLayout(row)
        self.history_caption = QLabel()
        self.content.addWidget(self.history_caption)
        self.history = self._table("yearend_history", 5)
        self.content.addWidget(self.history, 1)
        self.shu_caption = QLabel()
        self.content.addWidget(self.shu_caption)
        self.distributions = self._table("yearend_distributions", 5)
        self.content.addWidget(self.distributions, 1)
        self.retranslate()

    @staticmethod
    def _table(name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setMinimumSectionSize(64)  # an empty table's short headers ("SHU") stay whole
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def retranslate(self) -> None:
        super().retranslate()
        words = {"close_month": self.tr("Tutup bulan…"), "close_year": self.tr("Tutup tahun…"),
                 "reopen": self.tr("Buka kembali…"), "shu": self.tr("Bagi SHU…"),
                 "cancel_shu": self.tr("Batalkan pembagian SHU…"), "shu_report": self.tr("Cetak pembagian SHU"),
                 "shu_slip": self.tr("Cetak slip SHU"), "rat_pack": self.tr("Cetak laporan RAT…")}
        for key, text in words.items():
            self.buttons[key].setText(text)
        self.history_caption.setText(self.tr("Riwayat tutup buku"))
        self.shu_caption.setText(self.tr("Pembagian SHU"))
        self.history.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Tindakan"), self.tr("Periode"),
                                                self.tr("Oleh"), self.tr("Alasan")])
        self.distributions.setHorizontalHeaderLabels([self.tr("Tahun"), self.tr("SHU"), self.tr("Keputusan"),
                                                      self.tr("Tanggal RAT"), self.tr("Keadaan")])
        if not self._stale:
            self.refresh()

    def refresh(self) -> None:
        closed = settings.closed_through()
        self.status.setText(self.tr("Buku ditutup sampai {day}.").format(day=long_date(closed, translation.current()))
                            if closed else self.tr("Buku belum pernah ditutup."))
        actions = {"close_month": self.tr("Tutup bulan"), "close_year": self.tr("Tutup tahun"),
                   "reopen": self.tr("Dibuka kembali")}
        events = periods.history()
        self.history.setRowCount(len(events))
        for row, event in enumerate(events):
            if event.action == "close_month":
                period = month_text(event.period_end)
            elif event.action == "close_year":
                period = str(event.period_end.year)
            else:
                period = self.tr("mulai {day}").format(day=short_date(event.period_start))
            when = f"{short_date(date.fromisoformat(event.done_at[:10]))} {event.done_at[11:16]}"
            for column, text in enumerate((when, actions[event.action], period, event.done_by,
                                           event.reason)):
                self.history.setItem(row, column, QTableWidgetItem(text))
        kinds = {"shared": self.tr("Dibagi"), "loss_covered": self.tr("Rugi ditutup dana cadangan"),
                 "loss_carried": self.tr("Rugi dibawa ke tahun berikutnya")}
        found = shu.distributions()
        self.distributions.setRowCount(len(found))
        for row, item in enumerate(found):
            state = self.tr("berlaku") if item.standing else self.tr("dibatalkan")
            for column, text in enumerate((str(item.year), rupiah(item.shu_rp), kinds[item.kind],
                                           short_date(item.decided_on), state)):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.distributions.setItem(row, column, cell)
        self.history.resizeColumnsToContents()
        self.distributions.resizeColumnsToContents()

    def _run(self, dialog) -> None:
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    def close_month(self) -> None:
        self._run(CloseMonthDialog(self))

    def close_year(self) -> None:
        self._run(CloseYearDialog(self))

    def reopen(self) -> None:
        self._run(ReopenDialog(self))

    def share(self) -> None:
        self._run(ShuWizard(self))

    def cancel_shu(self) -> None:
        self._run(CancelShuDialog(self))

    def print_shu(self, kind: str) -> None:
        """The SHU report or slips of the latest year shared (else last year, as a preview)."""
        documents_ui.make_document(self, Request(kind, end=date(report_year(), 12, 31)))

    def print_rat_pack(self) -> None:
        """The RAT pack of the year chosen (the latest shared, else last year, offered first)."""
        dialog = RatPackDialog(self)
        if dialog.exec():
            documents_ui.make_document(self, Request("rat_pack", end=date(dialog.saved, 12, 31)))
