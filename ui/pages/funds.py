"""Dana & Sumber Modal: where the capital came from, and the PAUD and social funds.

Tabs: Sumber dana (the funders, money received from each, bank loans with their schedule and
repayments, the funder report), Modal kelompok (the group's capital over the years, table and
chart), Guru PAUD (the teachers, incentives paid, the fund's balance) and Dana sosial (help to
members). Every write is a dialog of ui.funds_dialogs; the page reloads after each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.documents.catalogue import Request
from app.errors import Rejected
from app.formatting import rupiah, short_date
from app.funds import bank, earmarked, funders, paud
from app.funds import report as funds_report
from app.opening import loans as opening_loans
from ui import roles_ui
from ui.areas import Area
from ui.capital_chart import CapitalChart
from ui.documents_ui import make_document
from ui.funds_dialogs import (
    BankLoanDialog, BankPaymentDialog, FunderDialog, FundInDialog, FunderGrantDialog, HelpDialog, IncentiveDialog,
    TeacherDialog, kind_text,
)
from ui.messages import issue_text
from ui.pages.page import Page
from ui.schedule_table import COLUMNS as SCHEDULE_COLUMNS
from ui.schedule_table import ScheduleTable
from ui.table_export import RAW_ROLE, add_export_action

ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class _Position:
    """A bank instalment as the loan card table reads one (no denda on the group's loans)."""

    number: int
    due_date: date
    pokok_rp: int
    jasa_rp: int
    pokok_paid_rp: int
    jasa_paid_rp: int
    unpaid_rp: int
    denda_rp: int = 0
    denda_paid_rp: int = 0


def positions(loan: bank.BankLoan) -> list[_Position]:
    rows = []
    for i in loan.instalments:
        jasa_paid = min(i.paid_rp, i.jasa_rp)
        rows.append(_Position(i.number, i.due_date, i.pokok_rp, i.jasa_rp, i.paid_rp - jasa_paid, jasa_paid,
                              i.total_rp - i.paid_rp))
    return rows


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    add_export_action(table, name)
    return table


def _fill(table: QTableWidget, rows: list[tuple], ids: list | None = None) -> None:
    """Rows of cells; an int is rupiah (shown Rp…, right-aligned, exported as a number)."""
    wanted = _selected_id(table)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = QTableWidgetItem(rupiah(value) if isinstance(value, int) else str(value))
            if isinstance(value, int):
                cell.setTextAlignment(RIGHT)
                cell.setData(RAW_ROLE, value)
            if ids is not None:
                cell.setData(ID_ROLE, ids[r])
            table.setItem(r, c, cell)
    if ids:
        table.selectRow(ids.index(wanted) if wanted in ids else 0)


def _selected_id(table: QTableWidget):
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(ID_ROLE) if item else None


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    line = QHBoxLayout()
    for button in buttons:
        line.addWidget(button)
    line.addStretch(1)
    return line


def _scrolled(tab: QWidget) -> QScrollArea:
    """A tab in a scroll area: a narrow window scrolls it instead of growing for it."""
    scroll = QScrollArea()
    scroll.setWidget(tab)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class FundsPage(Page):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.tabs = QTabWidget(objectName="fundsTabs")
        self.content.addWidget(self.tabs, 1)
        self.funder_rows: list[funders.FunderRow] = []
        self.loan_rows: list[bank.BankLoan] = []
        self.teacher_rows: list[paud.Teacher] = []
        self._build_sources()
        self._build_capital()
        self._build_paud()
        self._build_social()
        self.retranslate()

    # building

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(objectName=name)
        button.clicked.connect(slot)
        return button

    def _build_sources(self) -> None:
        tab = QWidget(objectName="sourcesTab")
        self.funder_table = _table("funderTable", 6)
        self.funder_table.itemSelectionChanged.connect(self._funder_chosen)
        self.funder_table.doubleClicked.connect(lambda: roles_ui.when_allowed(self.edit_funder_button, self.edit_funder)())
        self.add_funder_button = self._button("addFunder", self.add_funder)
        self.edit_funder_button = self._button("editFunder", self.edit_funder)
        self.remove_funder_button = self._button("removeFunder", self.remove_funder)
        self.active_button = self._button("toggleFunder", self.toggle_funder)
        self.grant_button = self._button("receiveGrant", self.receive_grant)
        self.loan_button = self._button("receiveLoan", self.receive_loan)
        self.pay_bank_button = self._button("payBank", self.pay_bank)
        self.funder_report_button = self._button("funderReport", self.funder_report)
        self.loan_table = _table("bankLoanTable", 6)
        self.loan_table.itemSelectionChanged.connect(self._loan_chosen)
        self.schedule = ScheduleTable()
        self.schedule.setObjectName("bankSchedule")
        self.loans_caption = QLabel(objectName="loansCaption")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.loans_caption)
        lower_layout.addLayout(_buttons(self.loan_button, self.pay_bank_button))
        # One above the other: side by side, neither had the width of its columns at 1366×768.
        lower_layout.addWidget(self.loan_table, 1)
        lower_layout.addWidget(self.schedule, 2)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(_buttons(self.add_funder_button, self.edit_funder_button, self.remove_funder_button,
                                        self.active_button, self.grant_button, self.funder_report_button))
        upper_layout.addWidget(self.funder_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        self.tabs.addTab(_scrolled(tab), "")

    def _build_capital(self) -> None:
        tab = QWidget(objectName="capitalTab")
        self.capital_table = _table("capitalTable", 6)
        self.capital_chart = CapitalChart()
        layout = QHBoxLayout(tab)
        layout.addWidget(self.capital_table, 1)
        layout.addWidget(self.capital_chart, 1)
        self.tabs.addTab(_scrolled(tab), "")

    def _build_paud(self) -> None:
        tab = QWidget(objectName="paudTab")
        self.paud_balance = _bold(QLabel(objectName="paudBalance"))
        self.teacher_table = _table("teacherTable", 4)
        self.teacher_table.itemSelectionChanged.connect(self._teacher_chosen)
        self.teacher_table.doubleClicked.connect(lambda: roles_ui.when_allowed(self.edit_teacher_button, self.edit_teacher)())
        self.add_teacher_button = self._button("addTeacher", self.add_teacher)
        self.edit_teacher_button = self._button("editTeacher", self.edit_teacher)
        self.pay_teacher_button = self._button("payTeacher", self.pay_teacher)
        self.paud_in_button = self._button("paudIn", lambda: self.fund_in("paud"))
        self.paud_report_button = self._button("paudReport", lambda: self.fund_report("paud_fund"))
        self.paud_paid_caption = QLabel()
        self.paud_paid = _table("paudPayments", 5)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.paud_balance)
        layout.addLayout(_buttons(self.add_teacher_button, self.edit_teacher_button, self.pay_teacher_button,
                                  self.paud_in_button, self.paud_report_button))
        layout.addWidget(self.teacher_table, 1)
        layout.addWidget(self.paud_paid_caption)
        layout.addWidget(self.paud_paid, 1)
        self.tabs.addTab(_scrolled(tab), "")

    def _build_social(self) -> None:
        tab = QWidget(objectName="socialTab")
        self.social_balance = _bold(QLabel(objectName="socialBalance"))
        self.help_button = self._button("giveHelp", self.give_help)
        self.social_in_button = self._button("socialIn", lambda: self.fund_in("sosial"))
        self.social_report_button = self._button("socialReport", lambda: self.fund_report("social_fund"))
        self.social_paid_caption = QLabel()
        self.social_paid = _table("socialPayments", 5)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.social_balance)
        layout.addLayout(_buttons(self.help_button, self.social_in_button, self.social_report_button))
        layout.addWidget(self.social_paid_caption)
        layout.addWidget(self.social_paid, 1)
        self.tabs.addTab(_scrolled(tab), "")

    # texts

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Dana & Sumber Modal"))  # the navigation list has room for "Dana & Modal"
        for index, text in enumerate((self.tr("Sumber dana"), self.tr("Modal kelompok"), self.tr("Guru PAUD"),
                                      self.tr("Dana sosial"))):
            self.tabs.setTabText(index, text)
        self.funder_table.setHorizontalHeaderLabels([
            self.tr("Nama"), self.tr("Jenis"), self.tr("Program"), self.tr("Nomor perjanjian"), self.tr("Kontak"),
            self.tr("Status")])
        self.loan_table.setHorizontalHeaderLabels([
            self.tr("Tanggal"), self.tr("Pokok"), self.tr("Kali angsuran"), self.tr("Sudah dibayar"),
            self.tr("Sisa utang"), self.tr("Nomor perjanjian")])
        self.capital_table.setHorizontalHeaderLabels([
            self.tr("Tahun"), self.tr("Simpanan anggota"), self.tr("Hibah"), self.tr("Pinjaman bank"),
            self.tr("Dana cadangan"), self.tr("Jumlah")])
        self.teacher_table.setHorizontalHeaderLabels([self.tr("Nama guru"), self.tr("PAUD"), self.tr("Sejak"),
                                                      self.tr("Status")])
        payments = [self.tr("Tanggal"), self.tr("Kepada"), self.tr("Jumlah"), self.tr("Kuitansi"),
                    self.tr("Keperluan")]
        self.paud_paid.setHorizontalHeaderLabels(payments)
        self.social_paid.setHorizontalHeaderLabels(payments)
        for button, text in (
                (self.add_funder_button, self.tr("Tambah sumber…")), (self.edit_funder_button, self.tr("Ubah…")),
                (self.remove_funder_button, self.tr("Hapus")), (self.grant_button, self.tr("Terima dana…")),
                (self.funder_report_button, self.tr("Laporan sumber dana")),
                (self.loan_button, self.tr("Pinjaman diterima…")),
                (self.pay_bank_button, self.tr("Bayar angsuran bank…")),
                (self.add_teacher_button, self.tr("Tambah guru…")), (self.edit_teacher_button, self.tr("Ubah…")),
                (self.pay_teacher_button, self.tr("Bayar insentif…")), (self.paud_in_button, self.tr("Dana masuk…")),
                (self.paud_report_button, self.tr("Laporan dana PAUD")), (self.help_button, self.tr("Beri bantuan…")),
                (self.social_in_button, self.tr("Dana masuk…")),
                (self.social_report_button, self.tr("Laporan dana sosial"))):
            button.setText(text)
        self.loans_caption.setText(self.tr("Pinjaman dari sumber ini dan jadwal angsurannya"))
        self.paud_paid_caption.setText(self.tr("Insentif yang dibayar tahun ini"))
        self.social_paid_caption.setText(self.tr("Bantuan yang diberikan tahun ini"))
        self.capital_chart.set_words((self.tr("Simpanan anggota"), self.tr("Hibah"), self.tr("Pinjaman bank"),
                                      self.tr("Dana cadangan")), self.tr("Belum ada modal yang tercatat."))
        if not self._stale:
            self.refresh()

    # reading

    def refresh(self) -> None:
        today = clock.today()
        self.funder_rows = funders.list_funders()
        _fill(self.funder_table, [
            (f.name, kind_text(f.kind), f.programme, f.agreement_number, f.contact,
             self.tr("Aktif") if f.is_active else self.tr("Nonaktif")) for f in self.funder_rows],
            [f.id for f in self.funder_rows])
        self._funder_chosen()
        years = funds_report.capital_over_years(today)
        _fill(self.capital_table, [(str(r.year), r.savings_rp, r.grants_rp, r.bank_rp, r.reserves_rp, r.total_rp)
                                   for r in years])
        self.capital_chart.set_years(years)
        self.teacher_rows = paud.list_teachers()
        _fill(self.teacher_table, [(t.name, t.paud_name, short_date(t.since),
                                    self.tr("Aktif") if t.is_active else self.tr("Tidak aktif"))
                                   for t in self.teacher_rows], [t.id for t in self.teacher_rows])
        self._teacher_chosen()
        start = date(today.year, 1, 1)
        for fund, label, table in (("paud", self.paud_balance, self.paud_paid),
                                   ("sosial", self.social_balance, self.social_paid)):
            text = self.tr("Saldo dana insentif PAUD: {amount}") if fund == "paud" else \
                self.tr("Saldo dana sosial: {amount}")
            label.setText(text.format(amount=rupiah(earmarked.balance(fund))))
            got = earmarked.period_report(fund, start, today)
            _fill(table, [(short_date(m.entry_date), m.to_whom, m.amount_rp, m.receipt_number, m.reason)
                          for m in reversed(got.paid)])

    def selected_funder(self) -> funders.FunderRow | None:
        wanted = _selected_id(self.funder_table)
        return next((f for f in self.funder_rows if f.id == wanted), None)

    def selected_loan(self) -> bank.BankLoan | None:
        wanted = _selected_id(self.loan_table)
        return next((loan for loan in self.loan_rows if loan.id == wanted), None)

    def selected_teacher(self) -> paud.Teacher | None:
        wanted = _selected_id(self.teacher_table)
        return next((t for t in self.teacher_rows if t.id == wanted), None)

    def _funder_chosen(self) -> None:
        funder = self.selected_funder()
        for button in (self.edit_funder_button, self.active_button, self.funder_report_button, self.loan_button):
            button.setEnabled(funder is not None)
        self.grant_button.setEnabled(funder is not None and funder.is_active)
        self.loan_button.setEnabled(funder is not None and funder.is_active)
        self.remove_funder_button.setEnabled(funder is not None and not funder.has_money)
        self.remove_funder_button.setToolTip(
            self.tr("Sumber yang sudah memberi dana tidak bisa dihapus; nonaktifkan saja.")
            if funder is not None and funder.has_money else "")
        self.active_button.setText(self.tr("Aktifkan") if funder is not None and not funder.is_active
                                   else self.tr("Nonaktifkan"))
        self.loan_rows = bank.list_loans(funder.id) if funder is not None else []
        _fill(self.loan_table, [(short_date(loan.received_on), loan.principal_rp, str(loan.periods),
                                 loan.paid_pokok_rp + loan.paid_jasa_rp, loan.owed_rp, loan.agreement_number)
                                for loan in self.loan_rows], [loan.id for loan in self.loan_rows])
        for row, loan in enumerate(self.loan_rows):
            before = opening_loans.opened_bank_loan(loan.id)
            if before is not None:  # brought in at the opening: its principal is what was owed then
                tip = self.tr("Pinjaman dari buku lama: pokok awal {principal}, diterima {date}, "
                              "{paid} angsuran dibayar sebelum {opening}").format(
                    principal=rupiah(before.original_principal_rp), date=short_date(before.original_given_on),
                    paid=before.instalments_paid, opening=short_date(before.opening_on))
                for column in range(self.loan_table.columnCount()):
                    self.loan_table.item(row, column).setToolTip(tip)
        self._loan_chosen()

    def _loan_chosen(self) -> None:
        loan = self.selected_loan()
        self.pay_bank_button.setEnabled(loan is not None and loan.owed_rp > 0)
        if loan is None:
            self.schedule.clear()
        else:
            self.schedule.set_card(positions(loan), loan.principal_rp, clock.today())
            self.schedule.setColumnHidden(SCHEDULE_COLUMNS.index("denda"), True)  # the bank's loans have none

    def _teacher_chosen(self) -> None:
        teacher = self.selected_teacher()
        self.edit_teacher_button.setEnabled(teacher is not None)
        self.pay_teacher_button.setEnabled(teacher is not None and teacher.is_active)

    # acting

    def _run(self, dialog) -> bool:
        if dialog.exec():
            self.refresh()
            self.changed.emit()
            return True
        return False

    def add_funder(self) -> None:
        dialog = FunderDialog(parent=self)
        if self._run(dialog):
            self._select(self.funder_table, dialog.saved.id)

    def edit_funder(self) -> None:
        funder = self.selected_funder()
        if funder is not None:
            self._run(FunderDialog(funder, self))

    def remove_funder(self) -> None:
        funder = self.selected_funder()
        if funder is None:
            return
        asked = QMessageBox.question(self, self.tr("Hapus sumber dana"),
                                     self.tr("Hapus {name} dari daftar sumber dana?").format(name=funder.name))
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            funders.remove_funder(funder.id)
        except Rejected as refused:
            QMessageBox.warning(self, self.tr("Hapus sumber dana"), issue_text(refused.issues[0]))
            return
        self.refresh()
        self.changed.emit()

    def toggle_funder(self) -> None:
        funder = self.selected_funder()
        if funder is not None:
            funders.set_active(funder.id, not funder.is_active)
            self.refresh()
            self.changed.emit()

    def receive_grant(self) -> None:
        funder = self.selected_funder()
        if funder is not None and funder.is_active:
            self._run(FunderGrantDialog(funder, self))

    def receive_loan(self) -> None:
        funder = self.selected_funder()
        if funder is not None and funder.is_active:
            dialog = BankLoanDialog(funder, self)
            if self._run(dialog):
                self._select(self.loan_table, dialog.saved.id)

    def pay_bank(self) -> None:
        loan = self.selected_loan()
        if loan is not None and loan.owed_rp > 0:
            self._run(BankPaymentDialog(loan, self))
            self._select(self.loan_table, loan.id)

    def funder_report(self):
        funder = self.selected_funder()
        if funder is None:
            return None
        today = clock.today()
        return make_document(self, Request("funder_report", start=date(today.year, 1, 1), end=today,
                                           funder_id=funder.id))

    def add_teacher(self) -> None:
        dialog = TeacherDialog(parent=self)
        if self._run(dialog):
            self._select(self.teacher_table, dialog.saved.id)

    def edit_teacher(self) -> None:
        teacher = self.selected_teacher()
        if teacher is not None:
            self._run(TeacherDialog(teacher, self))

    def pay_teacher(self) -> None:
        teacher = self.selected_teacher()
        if teacher is not None and teacher.is_active:
            self._run(IncentiveDialog(teacher, self))
            self._select(self.teacher_table, teacher.id)

    def give_help(self) -> None:
        self._run(HelpDialog(self))

    def fund_in(self, fund: str) -> None:
        self._run(FundInDialog(fund, self))

    def fund_report(self, kind: str):
        today = clock.today()
        return make_document(self, Request(kind, start=date(today.year, 1, 1), end=today))

    @staticmethod
    def _select(table: QTableWidget, wanted) -> None:
        for r in range(table.rowCount()):
            if table.item(r, 0).data(ID_ROLE) == wanted:
                table.selectRow(r)
