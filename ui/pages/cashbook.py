"""Kas & Buku: the Buku Kas Umum of a month (or any period) on screen, its Sisa Buku Kas Umum
under it, and the books and statements of that period to print; money in, money out and moves
between Kas and Bank are recorded from here (ui/cash_dialogs.py).

The cash book is read off the GUI thread (app.cash_book: a district month of 8 500 entries in
about a quarter of a second); every row's texts are prepared once when it arrives.
"""

from __future__ import annotations

from datetime import date, timedelta

from babel.dates import format_date
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import accounts, clock
from app.cash_book import BANK, CashBook, cash_book
from app.documents.catalogue import Request
from app.errors import Issue, Rejected
from app.formatting import LOCALES, rupiah, short_date
from ui import translation
from ui.areas import Area
from ui.background import read_in_background
from ui.cash_dialogs import CashOutDialog, ReceiveDialog, TransferDialog
from ui.date_field import DateField
from ui.documents_ui import make_document
from ui.field_errors import ErrorLabel
from ui.inventory_panel import InventoryPanel
from ui.messages import issue_text
from ui.pages.page import Page
from ui.register_widgets import register_table
from ui.storno_dialog import add_storno_action, entry_of_receipt, open_storno
from ui.table_export import KIND_ROLE, RAW_ROLE

COLUMNS = ("number", "date", "source", "description", "voucher", "where", "receipts", "payments", "balance")
MONEY = frozenset({"receipts", "payments", "balance"})
MONTHS_OFFERED = 36
COLUMN_PADDING = 16
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CANCELLED_GREY = QColor("#6b6b6b")


def month_end(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)


class CashBookModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book: CashBook | None = None
        self.texts: list[list[str]] = []
        self.greyed: list[bool] = []
        self._headers: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [self.tr("No"), self.tr("Tanggal"), self.tr("Sumber dana / Dibayar kepada"), self.tr("Uraian"),
                         self.tr("Nomor bukti"), self.tr("Kas/Bank"), self.tr("Penerimaan"), self.tr("Pengeluaran"),
                         self.tr("Saldo")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.book is not None:
            self.set_book(self.book)

    def set_book(self, book: CashBook) -> None:
        self.beginResetModel()
        self.book = book
        cash, bank, reversed_ = self.tr("Tunai"), self.tr("Bank"), self.tr(" (distorno)")
        self.texts, self.greyed = [], []
        for row in book.rows:
            self.texts.append([
                str(row.number), short_date(row.entry_date), row.party,
                row.description + (reversed_ if row.reversed else ""), row.voucher,
                bank if row.account == BANK else cash,
                rupiah(row.receipt_rp) if row.receipt_rp else "", rupiah(row.payment_rp) if row.payment_rp else "",
                rupiah(row.balance_rp),
            ])
            self.greyed.append(row.reversed or row.is_reversal)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = DISPLAY):
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.texts[index.row()][index.column()]
        if role == ALIGN and (COLUMNS[index.column()] in MONEY or index.column() == 0):
            return RIGHT
        if role == FOREGROUND and self.greyed[index.row()]:
            return CANCELLED_GREY
        if role == RAW_ROLE:
            return self.raw(index.row(), COLUMNS[index.column()])
        return None

    def raw(self, row_number: int, column: str):
        """The cell's value for the Excel export: int rupiah (None where the screen is blank), the date."""
        row = self.book.rows[row_number]
        if column == "number":
            return row.number
        if column == "date":
            return row.entry_date
        if column == "receipts":
            return row.receipt_rp or None
        if column == "payments":
            return row.payment_rp or None
        if column == "balance":
            return row.balance_rp
        return self.texts[row_number][COLUMNS.index(column)]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == KIND_ROLE:
            name = COLUMNS[section]
            return "money" if name in MONEY else "date" if name == "date" else "number" if name == "number" else "text"
        return None


class CashBookPage(Page):
    loaded = Signal()  # the cash book of the chosen period is on screen

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self._generation = 0
        self._period: tuple[date, date] | None = None
        bold = QFont(self.font())
        bold.setBold(True)
        # Two PKK books on one page: the Buku Kas Umum, and the Buku Inventaris register.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cashbookTabs")
        cash_tab = QWidget()
        cash = QVBoxLayout(cash_tab)
        cash.setContentsMargins(0, 6, 0, 0)

        # the period: a month, or any two dates
        self.month = QComboBox()
        self.month.setObjectName("cashbookMonth")
        self.month_caption = QLabel()
        self.month_caption.setBuddy(self.month)
        self.start_field, self.end_field = DateField(), DateField()
        self.start_field.setObjectName("cashbookStart")
        self.end_field.setObjectName("cashbookEnd")
        self.start_caption, self.end_caption = QLabel(), QLabel()
        self.start_caption.setBuddy(self.start_field)
        self.end_caption.setBuddy(self.end_field)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.show_typed_period)
        for field in (self.start_field, self.end_field):
            field.returnPressed.connect(self.show_typed_period)
        self._fill_months()
        self.month.currentIndexChanged.connect(self._month_chosen)
        period = QHBoxLayout()
        period.addWidget(self.month_caption)
        period.addWidget(self.month)
        period.addSpacing(20)
        period.addWidget(self.start_caption)
        period.addWidget(self.start_field)
        period.addWidget(self.end_caption)
        period.addWidget(self.end_field)
        period.addWidget(self.show_button)
        period.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("cashbookCount")
        period.addWidget(self.count)
        cash.addLayout(period)

        # money in, money out, and between Kas and Bank
        self.receive_button = QPushButton()
        self.receive_button.setObjectName("receiveMoney")
        self.receive_button.clicked.connect(lambda: self._record(ReceiveDialog(self)))
        self.pay_button = QPushButton()
        self.pay_button.setObjectName("payMoney")
        self.pay_button.clicked.connect(lambda: self._record(CashOutDialog(self)))
        self.transfer_button = QPushButton()
        self.transfer_button.setObjectName("transferMoney")
        self.transfer_button.clicked.connect(lambda: self._record(TransferDialog(self)))
        moves = QHBoxLayout()
        for button in (self.receive_button, self.pay_button, self.transfer_button):
            button.setMinimumWidth(1)  # squeezes rather than widen the window
            moves.addWidget(button)
        moves.addStretch(1)
        cash.addLayout(moves)

        # the book
        self.model = CashBookModel(self)
        self.table = register_table("cashbookTable", self.fontMetrics().height() + 10)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS.index("description"),
                                                           QHeaderView.ResizeMode.Stretch)
        cash.addWidget(self.table, 1)

        # corrections: the chosen row's transaction, or the one a kuitansi number names
        self.storno_action = add_storno_action(self.table, self._row_entry, self._after_storno)
        self.storno_button = QPushButton(objectName="stornoButton")
        self.storno_button.clicked.connect(self.storno_action.run)
        self.storno_receipt = QLineEdit(objectName="stornoReceipt")
        self.storno_receipt.setMaximumWidth(self.fontMetrics().horizontalAdvance("KW/0000/0000000") + 24)
        self.storno_receipt.returnPressed.connect(self.storno_by_receipt)
        self.storno_receipt_caption = QLabel()
        self.storno_receipt_caption.setBuddy(self.storno_receipt)
        self.storno_error = ErrorLabel()
        self.storno_error.setObjectName("stornoReceiptError")
        self.storno_receipt.textChanged.connect(lambda: self.storno_error.show_text(""))
        corrections = QHBoxLayout()
        corrections.addWidget(self.storno_button)
        corrections.addSpacing(20)
        corrections.addWidget(self.storno_receipt_caption)
        corrections.addWidget(self.storno_receipt)
        corrections.addWidget(self.storno_error)
        corrections.addStretch(1)
        cash.addLayout(corrections)

        # the totals and the Sisa Buku Kas Umum
        self.closing_box = QGroupBox()
        self.closing_box.setObjectName("cashbookClosing")
        grid = QGridLayout(self.closing_box)
        self.captions = {key: QLabel() for key in ("opening", "receipts", "payments", "bank", "cash", "total")}
        self.figures = {key: QLabel() for key in self.captions}
        placing = {"opening": (0, 0), "receipts": (1, 0), "payments": (2, 0),
                   "bank": (0, 1), "cash": (1, 1), "total": (2, 1)}
        for key, (row, pair) in placing.items():
            figure = self.figures[key]
            figure.setObjectName(f"cashbook_{key}")
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(self.captions[key], row, pair * 3)
            grid.addWidget(figure, row, pair * 3 + 1)
        grid.setColumnMinimumWidth(2, 40)
        grid.setColumnStretch(5, 1)
        for key in ("total",):
            self.figures[key].setFont(bold)
            self.captions[key].setFont(bold)
        cash.addWidget(self.closing_box)

        # printing
        self.print_cash_book = QPushButton()
        self.print_cash_book.clicked.connect(lambda: self._make("cash_book"))
        self.print_ledger = QPushButton()
        self.print_ledger.clicked.connect(self.make_general_ledger)
        self.print_balance_sheet = QPushButton()
        self.print_balance_sheet.clicked.connect(lambda: self._make("balance_sheet"))
        self.print_income = QPushButton()
        self.print_income.clicked.connect(lambda: self._make("income_statement"))
        self.print_trial = QPushButton()
        self.print_trial.clicked.connect(lambda: self._make("trial_balance"))
        buttons = QHBoxLayout()
        for button in (self.print_cash_book, self.print_ledger, self.print_balance_sheet, self.print_income,
                       self.print_trial):
            button.setMinimumWidth(1)
            buttons.addWidget(button)
        buttons.addStretch(1)
        cash.addLayout(buttons)
        self.inventory = InventoryPanel()
        self.inventory.changed.connect(self.changed)
        self.tabs.addTab(cash_tab, "")
        self.tabs.addTab(self.inventory, "")
        self.content.addWidget(self.tabs, 1)
        self.retranslate()
        self._month_chosen()

    # texts

    def retranslate(self) -> None:
        super().retranslate()
        self.month_caption.setText(self.tr("Bulan"))
        self.start_caption.setText(self.tr("Dari"))
        self.end_caption.setText(self.tr("Sampai"))
        self.show_button.setText(self.tr("Tampilkan"))
        self.receive_button.setText(self.tr("Catat penerimaan…"))
        self.pay_button.setText(self.tr("Catat pengeluaran…"))
        self.transfer_button.setText(self.tr("Pindah Kas ↔ Bank…"))
        words = {"opening": self.tr("Saldo awal"), "receipts": self.tr("Jumlah penerimaan"),
                 "payments": self.tr("Jumlah pengeluaran"), "bank": self.tr("Sisa bank"),
                 "cash": self.tr("Sisa kas tunai"), "total": self.tr("Jumlah")}
        for key, text in words.items():
            self.captions[key].setText(text)
        self.storno_button.setText(self.tr("Batalkan transaksi…"))
        self.storno_button.setToolTip(self.tr("Batalkan seluruh transaksi baris yang dipilih, dengan melihat dulu "
                                              "semua barisnya"))
        self.storno_receipt_caption.setText(self.tr("Batalkan kuitansi no."))
        self.storno_receipt.setPlaceholderText(self.tr("misalnya 490"))
        self.print_cash_book.setText(self.tr("Cetak Buku Kas Umum"))
        self.print_ledger.setText(self.tr("Cetak Buku Besar…"))
        self.print_balance_sheet.setText(self.tr("Neraca"))
        self.print_income.setText(self.tr("Laporan Hasil Usaha"))
        self.print_trial.setText(self.tr("Neraca Saldo"))
        self.tabs.setTabText(0, self.tr("Buku Kas Umum"))
        self.tabs.setTabText(1, self.tr("Inventaris"))
        self.print_balance_sheet.setToolTip(self.tr("Neraca pada akhir periode, dibandingkan dengan sehari sebelum "
                                                    "periode"))
        self.print_income.setToolTip(self.tr("Pendapatan dan beban periode ini, dibandingkan dengan periode "
                                             "yang sama tahun lalu"))
        self.print_trial.setToolTip(self.tr("Saldo setiap akun pada akhir periode"))
        self._name_months()
        self.model.retranslate()
        self._show_summary()

    def _name_months(self) -> None:
        for index in range(self.month.count()):
            first = self.month.itemData(index)
            self.month.setItemText(index, format_date(first, "MMMM y", locale=LOCALES.get(translation.current(),
                                                                                          "id_ID")))

    def _fill_months(self) -> None:
        today = clock.today()
        first = today.replace(day=1)
        self.month.blockSignals(True)
        self.month.clear()
        for _ in range(MONTHS_OFFERED):
            self.month.addItem("", first)
            first = (first - timedelta(days=1)).replace(day=1)
        self.month.blockSignals(False)

    # the period

    def period(self) -> tuple[date, date]:
        return self._period

    def _month_chosen(self) -> None:
        first = self.month.currentData()
        if first is None:
            return
        self.start_field.set_date(first)
        self.end_field.set_date(min(month_end(first), clock.today()))
        self.show_period(first, min(month_end(first), clock.today()))

    def show_typed_period(self) -> None:
        issues = [issue for issue in (self.start_field.issue("start"), self.end_field.issue("end")) if issue]
        start, end = self.start_field.date(), self.end_field.date()
        if not issues and (start is None or end is None):
            issues.append(Issue("start" if start is None else "end", "required"))
        if not issues and start > end:
            issues.append(Issue("start", "period.reversed"))
        if issues:
            QMessageBox.warning(self, self.tr("Periode"), "\n".join(issue_text(i) for i in issues))
            return
        self.show_period(start, end)

    def show_period(self, start: date, end: date) -> None:
        self._period = (start, end)
        self.refresh()

    # loading

    def refresh(self) -> None:
        self.inventory.refresh()
        if self._period is None:
            return
        self._generation += 1
        generation = self._generation
        start, end = self._period
        read_in_background(lambda: cash_book(start, end),
                           lambda result, error: self._received(generation, result, error), self)

    def _received(self, generation: int, result, error: Exception | None) -> None:
        if generation != self._generation:
            return
        if error is not None:
            raise error
        self.model.set_book(result)
        self.table.resizeColumnsToContents()
        for column, name in enumerate(COLUMNS):
            if name != "description":
                self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_PADDING)
        self.table.scrollToBottom()
        self._show_summary()
        self.loaded.emit()

    def _show_summary(self) -> None:
        book = self.model.book
        if book is None:
            self.closing_box.setTitle(self.tr("Sisa Buku Kas Umum"))
            for figure in self.figures.values():
                figure.setText("")
            self.count.setText("")
            return
        closing = book.closing
        self.closing_box.setTitle(self.tr("Sisa Buku Kas Umum per {date}").format(date=short_date(book.end)))
        values = {"opening": book.opening_rp, "receipts": book.receipts_rp, "payments": book.payments_rp,
                  "bank": closing.bank_rp, "cash": closing.cash_rp, "total": closing.total_rp}
        for key, value in values.items():
            self.figures[key].setText(rupiah(value))
        self.count.setText(self.tr("%n baris", "", len(self.model.texts)))

    # recording

    def _record(self, dialog) -> None:
        """Open a Kas & Buku dialog; after a save, show the book again (with the new row)."""
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    # corrections

    def _row_entry(self) -> int | None:
        book, row = self.model.book, self.table.currentIndex().row()
        if book is None or not 0 <= row < len(self.model.texts):
            return None
        return book.rows[row].entry_id

    def _after_storno(self) -> None:
        self.refresh()
        self.changed.emit()

    def storno_by_receipt(self) -> None:
        """The storno dialog for the transaction of the kuitansi typed ("490" or "KW/2026/000490")."""
        if not self.storno_receipt.text().strip():
            return
        try:
            entry_id = entry_of_receipt(self.storno_receipt.text())
        except Rejected as rejected:
            self.storno_error.show_text("\n".join(issue_text(i) for i in rejected.issues))
            return
        if open_storno(self.window(), entry_id):
            self.storno_receipt.clear()
            self._after_storno()

    # printing

    def _make(self, kind: str, account: str | None = None) -> None:
        if self._period is None:
            return
        start, end = self._period
        if kind == "trial_balance":
            request = Request(kind, end=end)
        else:
            request = Request(kind, start=start, end=end, account=account)
        make_document(self, request)

    def make_general_ledger(self) -> None:
        rows = accounts.list_accounts()
        everything = self.tr("Semua akun yang bergerak")
        choices = [everything] + [f"{a.code}  {a.name}" for a in rows]
        choice, chosen = QInputDialog.getItem(self, self.tr("Buku Besar"), self.tr("Akun"), choices, 0, False)
        if not chosen:
            return
        index = choices.index(choice)
        self._make("general_ledger", None if index == 0 else rows[index - 1].code)
