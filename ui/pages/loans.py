"""Pinjaman: every loan with its status, sisa pinjaman and arrears, searchable as you type and
filtered by status, kolektibilitas and "Menunggak saja"; the selected loan's terms, people,
figures of today, loan card and payments below; the loan's life from the keyboard:
Ajukan (Ins), Setujui (F6), Tolak (F7), Cairkan (F5), Bayar angsuran (F4), Hapus buku (F8),
Terima pemulihan (Enter on a written-off loan), Penyisihan piutang (PPAP), Jenis pinjaman (F9); Cetak kartu pinjaman (Ctrl+P) prints the selected loan's member's loan card
as of today.

The list is read off the GUI thread (ui.loan_table.load_loan_list: the loans, the products and
the arrears list in a fixed number of queries); the one loan's detail is read directly.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock, reversals
from app.documents.catalogue import Request
from app.errors import Rejected
from app.formatting import rupiah, short_date
from app.loans import arrears, lifecycle
from app.loans import state as loan_state
from app.loans.lifecycle import LoanRow
from app.opening import loans as opening_loans
from ui import roles_ui
from ui.areas import Area
from ui.background import read_in_background
from ui.documents_ui import make_document
from ui.allowance_dialog import AllowanceDialog
from ui.loan_dialogs import ApplyDialog, DecisionDialog, DisburseDialog, PayDialog, RecoveryDialog, WriteOffDialog
from ui.loan_products_dialog import ProductsDialog
from ui.loan_table import (
    CLASS_FILTERS,
    COLUMNS,
    STATUS_FILTERS,
    LoanFilterProxy,
    LoanTableModel,
    LoanWords,
    load_loan_list,
)
from ui.pages.page import Page
from ui.percent import percent_text
from ui.schedule_table import ScheduleTable
from ui.register_widgets import choice_filter, fit_columns_to_width, list_over_detail, register_table, search_field
from ui.storno_dialog import add_storno_action
from ui.table_export import add_export_action

COLUMN_PADDING = 10
PRODUCT_COLUMN_MAX = 200  # pixels
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DETAIL_KEYS = ("product", "terms", "applied", "decided", "disbursed", "outstanding", "arrears", "due", "payoff", "denda")


class LoansPage(Page):
    loaded = Signal()  # the list arrived from the background read and is on screen

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self._generation = 0
        self._current_id: int | None = None
        self._loan: LoanRow | None = None
        self._figures: dict[str, int] = {}
        self._history: list[tuple] = []
        self.words = LoanWords(self)
        self.model = LoanTableModel(self)
        self.proxy = LoanFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        row_height = self.fontMetrics().height() + 10
        bold = QFont(self.font())
        bold.setBold(True)

        # search and filters
        self.search, self.search_caption = search_field("loanSearch", self._search_changed, self._focus_table)
        self.status, self.status_caption = choice_filter(
            "loanStatus", STATUS_FILTERS, lambda: self._filter(self.proxy.set_status, self.status.currentData()))
        self.klass, self.klass_caption = choice_filter(
            "loanClass", CLASS_FILTERS, lambda: self._filter(self.proxy.set_class, self.klass.currentData()))
        self.late_only = QCheckBox()
        self.late_only.setObjectName("lateOnly")
        self.late_only.toggled.connect(lambda on: self._filter(self.proxy.set_late_only, on))
        filters = QHBoxLayout()
        filters.addWidget(self.search_caption)
        filters.addWidget(self.search, 1)
        for widget in (self.status_caption, self.status, self.klass_caption, self.klass, self.late_only):
            if isinstance(widget, QLabel) or widget is self.late_only:
                filters.addSpacing(10)
            filters.addWidget(widget)
        self.content.addLayout(filters)

        # the list and its total
        self.table = register_table("loanTable", row_height)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("number"), Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.activated.connect(lambda index: self.default_action())
        # right-click: the storno of the chosen loan's disbursement (while nothing was paid on it)
        self.disbursement_storno = add_storno_action(self.table, self._disbursement_entry,
                                                     lambda: self._after_save(self._current_id))
        self.total_caption = QLabel()
        self.total = QLabel()
        self.total.setObjectName("totalOutstanding")
        self.total.setFont(bold)
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.late_total = QLabel()
        self.late_total.setObjectName("lateSummary")
        self.count = QLabel()
        self.count.setObjectName("loanCount")
        totals = QHBoxLayout()
        totals.addWidget(self.total_caption)
        totals.addWidget(self.total)
        totals.addSpacing(16)
        totals.addWidget(self.late_total)
        totals.addStretch(1)
        totals.addWidget(self.count)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(totals)

        # the selected loan
        self.detail_box = QGroupBox()
        self.detail_box.setObjectName("loanDetail")
        form = QFormLayout(self.detail_box)
        form.setVerticalSpacing(2)
        self.detail_captions = {key: QLabel() for key in DETAIL_KEYS}
        self.details = {key: QLabel() for key in DETAIL_KEYS}
        for key, value in self.details.items():
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(key in ("terms", "applied", "decided", "disbursed", "product"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.detail_captions[key], value)
        for key in ("outstanding", "payoff"):
            self.details[key].setFont(bold)
        chars = self.fontMetrics().averageCharWidth()
        self.detail_box.setMaximumWidth(chars * 52)
        self.detail_box.setMinimumWidth(chars * 30)

        self.card = ScheduleTable()
        self.card.setObjectName("loanCard")
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("paymentHistory")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.history.verticalHeader().setDefaultSectionSize(row_height - 2)
        self.history.setAlternatingRowColors(True)
        self.history.horizontalHeader().setStretchLastSection(True)
        add_export_action(self.history, "riwayat-pembayaran")
        self.storno_action = add_storno_action(self.history, self._payment_entry,
                                               lambda: self._after_save(self._current_id))
        self.history.activated.connect(lambda index: self.storno_action.run())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("loanTabs")
        self.tabs.addTab(self.card, "")
        self.tabs.addTab(self.history, "")

        self.print_button = QPushButton()
        self.print_button.setObjectName("printLoanCard")
        self.print_button.clicked.connect(self.print_loan_card)
        print_row = QHBoxLayout()
        print_row.addStretch(1)
        print_row.addWidget(self.print_button)
        card_side = QWidget()
        card_layout = QVBoxLayout(card_side)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.tabs, 1)
        card_layout.addLayout(print_row)

        detail = QWidget()
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_box, 2)
        detail_layout.addWidget(card_side, 3)

        self.splitter = list_over_detail(top, detail)
        self.content.addWidget(self.splitter, 1)

        # actions
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply_for_loan)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.disburse_button = QPushButton()
        self.disburse_button.clicked.connect(self.disburse)
        self.pay_button = QPushButton()
        self.pay_button.clicked.connect(self.pay)
        self.write_off_button = QPushButton()
        self.write_off_button.clicked.connect(self.write_off)
        self.recover_button = QPushButton()
        self.recover_button.setObjectName("recoverLoan")
        self.recover_button.clicked.connect(self.recover)
        self.products_button = QPushButton()
        self.products_button.clicked.connect(self.manage_products)
        self.allowance_button = QPushButton()
        self.allowance_button.setObjectName("allowanceButton")
        self.allowance_button.clicked.connect(self.post_allowance)
        self.action_buttons = (self.apply_button, self.approve_button, self.reject_button, self.disburse_button,
                               self.pay_button, self.write_off_button, self.recover_button)
        buttons = QHBoxLayout()
        for button in self.action_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.allowance_button)
        buttons.addWidget(self.products_button)
        self.content.addLayout(buttons)
        # Full words at 1366 pixels, yet the window may still be made narrower (the rows of
        # filters, buttons and totals would otherwise set its minimum width): squeezed, never forced.
        for widget in (*self.action_buttons, self.products_button, self.allowance_button, self.print_button, self.total_caption, self.total, self.count,
                       self.late_total, self.status, self.klass, self.late_only, self.search):
            widget.setMinimumWidth(1)
        self.tabs.setMinimumWidth(chars * 30)
        self.retranslate()
        self._show_loan(None)

    # texts

    def retranslate(self) -> None:
        super().retranslate()
        self.search_caption.setText(self.tr("Cari"))
        self.search.setPlaceholderText(self.tr("nomor pinjaman atau nama anggota"))
        self.status_caption.setText(self.tr("Status"))
        for index, status in enumerate(STATUS_FILTERS):
            self.status.setItemText(index, self.tr("Semua") if status == "all" else self.words.status(status))
        self.klass_caption.setText(self.tr("Kolektibilitas"))
        for index, name in enumerate(CLASS_FILTERS):
            self.klass.setItemText(index, self.tr("Semua") if name == "all" else self.words.kolektibilitas(name))
        self.late_only.setText(self.tr("Menunggak saja"))
        self.total_caption.setText(self.tr("Jumlah sisa pinjaman:"))
        words = {
            "product": self.tr("Jenis"), "terms": self.tr("Syarat"), "applied": self.tr("Diajukan"),
            "decided": self.tr("Keputusan"), "disbursed": self.tr("Dicairkan"), "outstanding": self.tr("Sisa pinjaman"),
            "arrears": self.tr("Tunggakan"),
            "due": self.tr("Harus dibayar hari ini"), "payoff": self.tr("Pelunasan hari ini"),
            "denda": self.tr("Denda hari ini"),
        }
        for key, text in words.items():
            self.detail_captions[key].setText(text)
        self.tabs.setTabText(0, self.tr("Kartu pinjaman"))
        self.tabs.setTabText(1, self.tr("Riwayat pembayaran"))
        self.history.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Denda"), self.tr("Jasa"),
                                                self.tr("Pokok"), self.tr("Jumlah")])
        self.apply_button.setText(self.tr("Ajukan pinjaman (Ins)"))
        self.approve_button.setText(self.tr("Setujui (F6)"))
        self.reject_button.setText(self.tr("Tolak (F7)"))
        self.disburse_button.setText(self.tr("Cairkan (F5)"))
        self.pay_button.setText(self.tr("Bayar angsuran (F4)"))
        self.write_off_button.setText(self.tr("Hapus buku (F8)"))
        self.products_button.setText(self.tr("Jenis pinjaman (F9)"))
        self.recover_button.setText(self.tr("Terima pemulihan"))
        self.recover_button.setToolTip(self.tr("Uang yang diterima atas pinjaman yang sudah dihapusbukukan"))
        self.allowance_button.setText(self.tr("Penyisihan piutang"))
        self.allowance_button.setToolTip(self.tr("Penyisihan piutang tak tertagih (PPAP) menurut kolektibilitas"))
        # After setText: a button's setText replaces its shortcut with the text's mnemonic.
        for button, key in ((self.apply_button, Qt.Key.Key_Insert), (self.approve_button, Qt.Key.Key_F6),
                            (self.reject_button, Qt.Key.Key_F7), (self.disburse_button, Qt.Key.Key_F5),
                            (self.pay_button, Qt.Key.Key_F4), (self.write_off_button, Qt.Key.Key_F8),
                            (self.products_button, Qt.Key.Key_F9)):
            button.setShortcut(QKeySequence(key))
        self.print_button.setText(self.tr("Cetak kartu pinjaman (Ctrl+P)"))
        self.print_button.setToolTip(self.tr("Kartu pinjaman anggota pemilik pinjaman yang dipilih, sampai hari ini"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.model.retranslate()
        self.card.schedule_model.retranslate()
        self._show_detail_texts()
        self._update_count()

    # loading

    def refresh(self) -> None:
        """Read the list off the GUI thread; an older read still running is ignored."""
        self._generation += 1
        generation = self._generation
        today = clock.today()
        read_in_background(lambda: load_loan_list(today),
                           lambda result, error: self._received(generation, result, error))

    def _received(self, generation: int, rows, error: Exception | None) -> None:
        if generation != self._generation:
            return
        if error is not None:
            raise error
        keep = self._current_id
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        # Sized once per load from the rows on screen; a little air between the figures; long
        # product names are capped (the cell's tooltip shows them whole).
        for column, name in enumerate(COLUMNS):
            width = self.table.columnWidth(column) + COLUMN_PADDING
            cap = {"product": PRODUCT_COLUMN_MAX, "days": self.fontMetrics().horizontalAdvance("terlambat") + 40}
            self.table.setColumnWidth(column, min(width, cap[name]) if name in cap else width)
        fit_columns_to_width(self.table, [COLUMNS.index(name) for name in ("product", "member", "class")
                                          if name in COLUMNS])
        self.total.setText(rupiah(self.model.total_outstanding()))
        late = [r for r in rows if r.days_past_due]
        self.late_total.setText(self.tr("%n pinjaman menunggak", "", len(late)) if late else "")
        self.late_total.setStyleSheet("color: #b00020;" if late else "")
        if keep is not None:
            self.select_loan(keep)
        elif self._loan is None and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_count()
        self.loaded.emit()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n pinjaman ditampilkan", "", self.proxy.rowCount()))

    # filtering and selection

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _filter(self, setter, value) -> None:
        setter(value)
        self._update_count()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def select_loan(self, loan_id: int) -> None:
        row = self.model.row_of(loan_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        self._show_loan(loan_id if row >= 0 else None)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = self.proxy.row_at(current)
        if row is None:
            if self.proxy.rowCount() == 0:
                self._show_loan(None)
            return
        if row.loan.id != self._current_id:
            self._show_loan(row.loan.id)

    # the loan's detail

    def _show_loan(self, loan_id: int | None) -> None:
        """Its terms, people, today's figures, card and payments, read now (a few milliseconds)."""
        self._current_id, self._loan, self._figures, self._history = loan_id, None, {}, []
        self._opened: opening_loans.Opened | None = None
        self._standing: arrears.Standing | None = None
        today = clock.today()
        if loan_id is not None:
            try:
                loan = lifecycle.get_loan(loan_id)
                self._loan = loan
                self._opened = opening_loans.opened(loan_id)
                if loan.disbursed_on is not None:
                    state = loan_state.load_state(loan_id)
                    self.card.set_card(loan_state.positions(state, today), loan.principal_rp, today)
                    self._history = _history(state.paid)
                    if loan.status == "disbursed":
                        self._standing = arrears.standing(state, today)
                        self._figures = {"due": loan_state.amount_due(state, today),
                                         "payoff": loan_state.payoff_amount(state, today),
                                         "denda": arrears.denda_due(loan_id, today)}
                else:
                    self.card.set_schedule(lifecycle.schedule(loan_id) if loan.status != "rejected" else [])
            except Rejected:  # another book was opened under us: the reload follows
                self._current_id = self._loan = None
        if self._loan is None:
            self.card.clear()
        self._fill_history()
        self._show_detail_texts()
        self._update_buttons()

    def _disbursement_entry(self) -> int | None:
        loan = self._loan
        return loan.disbursement_entry_id if loan is not None and loan.status in ("disbursed", "paid_off") else None

    def _payment_entry(self) -> int | None:
        row = self.history.currentRow()
        if self._current_id is None or not 0 <= row < len(self._history):
            return None
        return reversals.loan_payment_entry(self._current_id, self._history[row][0])

    def _fill_history(self) -> None:
        self.history.setRowCount(len(self._history))
        for row, (on, denda, jasa, pokok) in enumerate(self._history):
            cells = [short_date(on), rupiah(denda) if denda else "", rupiah(jasa) if jasa else "",
                     rupiah(pokok) if pokok else "", rupiah(denda + jasa + pokok)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(RIGHT)
                self.history.setItem(row, column, item)
        self.history.resizeColumnsToContents()

    def _show_detail_texts(self) -> None:
        loan = self._loan
        for value in self.details.values():
            value.setText("")
        if loan is None:
            self.detail_box.setTitle(self.tr("Pilih pinjaman di tabel"))
            return
        w = self.words
        self.detail_box.setTitle(f"{loan.number} – {loan.member_name} ({w.status(loan.status)})")
        row = self.model.rows[self.model.row_of(loan.id)] if self.model.row_of(loan.id) >= 0 else None
        self.details["product"].setText(row.product_name if row else "")
        self.details["terms"].setText(self.tr("{principal}, {periods}, jasa {rate} {per_period}, {method}").format(
            principal=rupiah(loan.principal_rp), periods=w.periods(loan.periods, loan.period),
            rate=percent_text(loan.rate), per_period=w.per_period(loan.period), method=w.method(loan.method)))
        self.details["applied"].setText(self.tr("{date} oleh {who}").format(
            date=short_date(loan.applied_on), who=loan.applied_by or "–"))
        if loan.decided_at:
            verdict = self.tr("Ditolak") if loan.status == "rejected" else self.tr("Disetujui")
            text = self.tr("{verdict} {date} oleh {who}").format(
                verdict=verdict, date=short_date(_day(loan.decided_at)), who=loan.decided_by or "–")
            if loan.decision_note:
                text += f": {loan.decision_note}"
            self.details["decided"].setText(text)
        if loan.disbursed_on:
            before = self._opened
            if before is None:
                text = self.tr("{date}, diserahkan {amount}").format(date=short_date(loan.disbursed_on),
                                                                     amount=rupiah(loan.cash_out_rp))
            else:  # brought in at the opening: nothing was handed over in this book
                text = self.tr("Pinjaman dari buku lama: pokok awal {principal}, cair {date}, "
                               "{paid} angsuran dibayar sebelum {opening}").format(
                    principal=rupiah(before.original_principal_rp), date=short_date(before.original_given_on),
                    paid=before.instalments_paid, opening=short_date(before.opening_on))
            if loan.written_off_on:
                text += "\n" + self.tr("Dihapusbukukan {date}: {reason}").format(
                    date=short_date(loan.written_off_on), reason=loan.write_off_reason)
            self.details["disbursed"].setText(text)
        if loan.status in ("disbursed", "paid_off"):
            self.details["outstanding"].setText(rupiah(loan.outstanding_rp))
        now = self._standing
        if now is not None and now.days_past_due:
            self.details["arrears"].setText(self.tr("{days} hari, {amount} · {klass}").format(
                days=now.days_past_due, amount=rupiah(now.overdue_rp + now.denda_rp),
                klass=w.kolektibilitas(now.kolektibilitas)))
        elif now is not None:
            self.details["arrears"].setText(w.kolektibilitas(now.kolektibilitas))
        for key in ("due", "payoff", "denda"):
            if key in self._figures:
                self.details[key].setText(rupiah(self._figures[key]))

    def _update_buttons(self) -> None:
        status = self._loan.status if self._loan is not None else None
        self.approve_button.setEnabled(status == "applied")
        self.reject_button.setEnabled(status == "applied")
        self.disburse_button.setEnabled(status == "approved")
        self.pay_button.setEnabled(status == "disbursed")
        self.write_off_button.setEnabled(status == "disbursed")
        self.recover_button.setEnabled(status == "written_off")
        self.print_button.setEnabled(self._loan is not None)

    def card_texts(self, column: str) -> list[str]:
        return self.card.column_texts(column)

    # actions

    def default_action(self) -> None:
        """Enter on a loan: the next step of its life."""
        status = self._loan.status if self._loan is not None else None
        button, step = {"applied": (self.approve_button, lambda: self.decide(True)),
                        "approved": (self.disburse_button, self.disburse), "disbursed": (self.pay_button, self.pay),
                        "written_off": (self.recover_button, self.recover)}.get(status, (None, None))
        if step is not None:
            roles_ui.when_allowed(button, step)()

    @staticmethod
    def _run(dialog) -> bool:
        """exec() the dialog, then let it go (its completer popup and all)."""
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()

    def _after_save(self, loan_id: int | None) -> None:
        self._current_id = loan_id
        if loan_id is not None:
            self._show_loan(loan_id)
        self.refresh()
        self.changed.emit()

    def apply_for_loan(self) -> None:
        member_id = self._loan.member_id if self._loan is not None else None
        dialog = ApplyDialog(self, member_id=None if member_id is None else member_id)
        if self._run(dialog) and dialog.saved is not None:
            self.search.clear()
            self._after_save(dialog.saved.id)

    def decide(self, approve: bool) -> None:
        if self._loan is None or self._loan.status != "applied":
            return
        dialog = DecisionDialog(self._loan, approve, self)
        if self._run(dialog):
            self._after_save(self._loan.id)

    def disburse(self) -> None:
        if self._loan is None or self._loan.status != "approved":
            return
        dialog = DisburseDialog(self._loan, self)
        if self._run(dialog):
            self._after_save(self._loan.id)

    def pay(self) -> None:
        if self._loan is None or self._loan.status != "disbursed":
            return
        dialog = PayDialog(self._loan, self)
        if self._run(dialog):
            self._after_save(self._loan.id)

    def write_off(self) -> None:
        if self._loan is None or self._loan.status != "disbursed":
            return
        dialog = WriteOffDialog(self._loan, self)
        if self._run(dialog):
            self._after_save(self._loan.id)

    def recover(self) -> None:
        if self._loan is None or self._loan.status != "written_off":
            return
        dialog = RecoveryDialog(self._loan, self)
        if self._run(dialog):
            self._after_save(self._loan.id)

    def post_allowance(self) -> None:
        dialog = AllowanceDialog(self)
        if self._run(dialog):
            self.changed.emit()

    def print_loan_card(self) -> None:
        """The loan card of the selected loan's member as of today, in the preview."""
        if self._loan is None:
            return
        make_document(self, Request("loan_card", member_id=self._loan.member_id, end=clock.today()))

    def manage_products(self) -> None:
        dialog = ProductsDialog(self)
        self._run(dialog)
        if dialog.changed:
            self.refresh()
            self.changed.emit()


def _day(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text).date()


def _history(paid) -> list[tuple]:
    """Effective payments (reversed ones drop out), one line per date: denda, jasa, pokok."""
    by_date: dict = defaultdict(lambda: [0, 0, 0])
    for p in paid:
        by_date[p.on][("denda", "jasa", "pokok").index(p.component)] += p.amount_rp
    return [(on, *amounts) for on, amounts in sorted(by_date.items())]
