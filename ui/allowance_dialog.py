"""Penyisihan piutang (PPAP): the allowance each kolektibilitas class needs on a date beside what
stands booked, and Enter posts the difference (app.loans.allowance.post); and the small form
where the group sets its rates (Pengaturan, and a button here)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from app import clock
from app.errors import Rejected
from app.formatting import rupiah
from app.loans import allowance, arrears
from ui.date_field import DateField
from ui.form_dialog import FormDialog
from ui.loan_dialogs import read_date
from ui.loan_table import LoanWords
from ui.shu_wizard import percent_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMNS = 5  # class, loans, outstanding, rate, required


class AllowanceDialog(FormDialog):
    """Per class: loans, outstanding pokok, rate, required; then booked, required, difference.
    `saved` is the entry posted."""

    figures_right = True
    least_width = 640

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allowanceDialog")
        self.words = LoanWords(self)
        self.on = DateField()
        self.on.set_date(clock.today())
        self.add_field("as_of", self.on)
        self.table = QTableWidget(len(arrears.CLASSES) + 1, COLUMNS)
        self.table.setObjectName("allowanceTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Every class shown whole, never behind a scroll bar.
        self.table.setMinimumHeight(self.table.rowCount() * rows.defaultSectionSize()
                                    + self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth())
        self.grid.addWidget(self.table, self._rows, 0, 1, 2)
        self._rows += 1
        for key in ("booked", "required", "difference"):
            self.add_value(key, bold=key == "difference")
        self.rates_button = QPushButton(objectName="ppapRates")
        self.rates_button.setAutoDefault(False)
        self.rates_button.clicked.connect(self.edit_rates)
        self.grid.addWidget(self.rates_button, self._rows, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self._rows += 1
        self.figures: allowance.Allowance | None = None
        self.on.textChanged.connect(self.show_figures)
        self.retranslate()
        self.show_figures()
        self.on.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Penyisihan piutang"))
        self.intro.setText(self.tr(
            "Penyisihan piutang tak tertagih (PPAP) menurut kolektibilitas: sisa pinjaman × tarif. "
            "Bukukan membukukan selisihnya dengan penyisihan yang sudah tercatat pada tanggal ini."))
        self.captions["as_of"].setText(self.tr("Per tanggal"))
        self.captions["booked"].setText(self.tr("Sudah dibukukan"))
        self.captions["required"].setText(self.tr("Dibutuhkan"))
        self.captions["difference"].setText(self.tr("Selisih yang dibukukan"))
        self.table.setHorizontalHeaderLabels([self.tr("Kolektibilitas"), self.tr("Pinjaman"), self.tr("Sisa pinjaman"),
                                              self.tr("Tarif"), self.tr("Dibutuhkan")])
        self.rates_button.setText(self.tr("Ubah tarif…"))
        self.save_button.setText(self.tr("Bukukan"))
        if self.figures is not None:
            self._fill(self.figures)

    def show_figures(self) -> None:
        on = self.on.date()
        self.figures = allowance.allowance(on) if on is not None and on <= clock.today() else None
        self._fill(self.figures)

    def _fill(self, figures: allowance.Allowance | None) -> None:
        classes = figures.classes if figures else ()
        for row, name in enumerate(arrears.CLASSES):
            found = next((c for c in classes if c.kolektibilitas == name), None)
            self._row(row, [self.words.kolektibilitas(name), str(found.loans) if found else "",
                            rupiah(found.outstanding_rp) if found else "",
                            percent_text(found.rate_bp) + "%" if found else "",
                            rupiah(found.required_rp) if found else ""])
        total = [self.tr("Jumlah"), str(sum(c.loans for c in classes)), rupiah(sum(c.outstanding_rp for c in classes)),
                 "", rupiah(figures.required_rp)] if figures else [self.tr("Jumlah"), "", "", "", ""]
        self._row(len(arrears.CLASSES), total)
        for key, value in (("booked", figures.booked_rp if figures else None),
                           ("required", figures.required_rp if figures else None),
                           ("difference", figures.difference_rp if figures else None)):
            self.values[key].setText("–" if value is None else rupiah(value, parentheses=True))

    def _row(self, row: int, cells: list[str]) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(RIGHT)
            self.table.setItem(row, column, item)

    def edit_rates(self) -> None:
        dialog = RatesDialog(self)
        try:
            if dialog.exec():
                self.show_figures()
        finally:
            dialog.deleteLater()

    def save(self) -> int:
        on, bad = read_date(self.on, "as_of")
        if bad:
            raise Rejected([bad])
        entry_id, _ = allowance.post(on)
        return entry_id


class RatesDialog(FormDialog):
    """Tarif penyisihan piutang per kolektibilitas, typed as percentages ("0,5"); each refused
    beside its own field (over 100 %, negative, unreadable), nothing saved then."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ppapRatesDialog")
        self.words = LoanWords(self)
        self.edits: dict[str, QLineEdit] = {}
        rates = allowance.rates()
        for name in arrears.CLASSES:
            edit = QLineEdit(percent_text(rates[name]))
            edit.setMaxLength(8)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("000,00") + 24)
            self.edits[name] = edit
            self.add_field(f"ppap.{name}", edit)
        self.retranslate()
        self.edits[arrears.CLASSES[0]].setFocus()
        self.edits[arrears.CLASSES[0]].selectAll()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tarif penyisihan piutang"))
        self.intro.setText(self.tr("Persen dari sisa pinjaman yang disisihkan untuk setiap kolektibilitas (0 sampai 100)."))
        for name in arrears.CLASSES:
            self.captions[f"ppap.{name}"].setText(self.tr("{name} (%)").format(name=self.words.kolektibilitas(name)))

    def save(self) -> dict[str, int]:
        return allowance.set_rates({name: edit.text() for name, edit in self.edits.items()})
