"""Simpanan: every member's pokok, wajib and sukarela with the wajib still owed, searchable as
you type; the selected member's balances and passbook below; Setor, Tarik, Storno, Anggota
keluar and Atur besaran from the keyboard (F4 to F8); Cetak buku simpanan (Ctrl+P) prints the
selected member's passbook as of today.

The register is read off the GUI thread (app.savings_register: three grouped queries, about a
quarter of a second on a district's 3 000 members); the one member's detail is read directly
(a few milliseconds).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock, members, savings
from app.documents.catalogue import Request
from app.errors import Rejected
from app.formatting import rupiah, short_date
from app.members import MemberRow
from app.savings import PassbookRow
from app.savings_register import register
from ui import roles_ui
from ui.areas import Area
from ui.background import read_in_background
from ui.documents_ui import make_document
from ui.pages.page import Page
from ui.savings_dialogs import (
    AmountsDialog,
    DepositDialog,
    SettleDialog,
    WithdrawDialog,
    member_label,
    wajib_text,
)
from ui.storno_dialog import open_storno
from ui.savings_table import COLUMNS, STATUSES, PassbookModel, SavingsFilterProxy, SavingsTableModel
from ui.register_widgets import choice_filter, list_over_detail, register_table, search_field

KINDS = ("pokok", "wajib", "sukarela")
COLUMN_PADDING = 16  # pixels beside each figure's widest text


class SavingsPage(Page):
    loaded = Signal()  # the register arrived from the background read and is on screen

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self._generation = 0
        self._current_id: int | None = None
        self._member: MemberRow | None = None
        self._held = None
        self._wajib = None
        self.model = SavingsTableModel(self)
        self.proxy = SavingsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        row_height = self.fontMetrics().height() + 10
        bold = QFont(self.font())
        bold.setBold(True)

        # search and filter
        self.search, self.search_caption = search_field("savingsSearch", self._search_changed, self._focus_table)
        self.status, self.status_caption = choice_filter("savingsStatus", STATUSES, self._status_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search_caption)
        filters.addWidget(self.search, 1)
        filters.addSpacing(12)
        filters.addWidget(self.status_caption)
        filters.addWidget(self.status)
        self.content.addLayout(filters)

        # the register and its totals
        self.table = register_table("savingsTable", row_height)
        self.table.setModel(self.proxy)
        # The name takes the room left; the figures keep their width.
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("number"), Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda index: roles_ui.when_allowed(self.deposit_button, self.deposit)())
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.totals_caption = QLabel()
        self.total_captions = {key: QLabel() for key in (*KINDS, "total")}
        self.totals = {key: QLabel() for key in self.total_captions}
        totals = QHBoxLayout()
        totals.addWidget(self.totals_caption)
        for key, value in self.totals.items():
            value.setObjectName(f"total_{key}")
            value.setFont(bold)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            totals.addSpacing(12)
            totals.addWidget(self.total_captions[key])
            totals.addWidget(value)
        totals.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("savingsCount")
        totals.addWidget(self.count)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(totals)

        # the selected member: balances, wajib status and passbook
        self.balance_box = QGroupBox()
        self.balance_box.setObjectName("balanceBox")
        form = QFormLayout(self.balance_box)
        self.balance_captions = {key: QLabel() for key in (*KINDS, "total")}
        self.balances = {key: QLabel() for key in self.balance_captions}
        for key, value in self.balances.items():
            value.setObjectName(f"balance_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.balance_captions[key], value)
        self.balances["total"].setFont(bold)
        self.wajib_status = QLabel()
        self.wajib_status.setObjectName("wajibStatus")
        self.wajib_status.setWordWrap(True)
        form.addRow(self.wajib_status)
        self.balance_box.setFixedWidth(self.fontMetrics().horizontalAdvance("Sukarela  Rp000.000.000.000") + 60)

        self.passbook_box = QGroupBox()
        self.passbook_kind = QComboBox()
        self.passbook_kind.setObjectName("passbookKind")
        for kind in (None, *KINDS):
            self.passbook_kind.addItem("", kind)
        self.passbook_kind.currentIndexChanged.connect(lambda index: self._show_passbook())
        self.passbook_kind_caption = QLabel()
        self.passbook_kind_caption.setBuddy(self.passbook_kind)
        self.passbook_model = PassbookModel(self)
        self.passbook = register_table("passbook", row_height)
        self.passbook.setModel(self.passbook_model)
        self.passbook.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.passbook.selectionModel().currentChanged.connect(self._update_buttons)
        self.passbook.activated.connect(lambda index: roles_ui.when_allowed(self.reverse_button, self.reverse)())
        passbook_top = QHBoxLayout()
        passbook_top.addWidget(self.passbook_kind_caption)
        passbook_top.addWidget(self.passbook_kind)
        passbook_top.addStretch(1)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printPassbook")
        self.print_button.clicked.connect(self.print_passbook)
        passbook_top.addWidget(self.print_button)
        passbook_layout = QVBoxLayout(self.passbook_box)
        passbook_layout.addLayout(passbook_top)
        passbook_layout.addWidget(self.passbook, 1)

        detail = QWidget()
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.balance_box, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addWidget(self.passbook_box, 1)

        self.splitter = list_over_detail(top, detail)
        self.content.addWidget(self.splitter, 1)

        # actions
        self.deposit_button = QPushButton()
        self.deposit_button.clicked.connect(self.deposit)
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.withdraw)
        self.reverse_button = QPushButton()
        self.reverse_button.clicked.connect(self.reverse)
        self.settle_button = QPushButton()
        self.settle_button.clicked.connect(self.settle)
        self.amounts_button = QPushButton()
        self.amounts_button.clicked.connect(self.set_amounts)
        buttons = QHBoxLayout()
        for button in (self.deposit_button, self.withdraw_button, self.reverse_button, self.settle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.amounts_button)
        self.content.addLayout(buttons)
        # Full words at 1366 pixels, yet the window may still be made narrower (the rows of
        # buttons and totals would otherwise set its minimum width): squeezed, never forced.
        for widget in (self.deposit_button, self.withdraw_button, self.reverse_button, self.settle_button,
                       self.amounts_button, self.totals_caption, self.count, *self.totals.values(),
                       *self.total_captions.values()):
            widget.setMinimumWidth(1)
        self.retranslate()
        self._show_member(None)

    # texts

    def retranslate(self) -> None:
        super().retranslate()
        self.search_caption.setText(self.tr("Cari"))
        self.search.setPlaceholderText(self.tr("nomor atau nama anggota"))
        self.status_caption.setText(self.tr("Tampilkan"))
        for index, text in enumerate((self.tr("Semua"), self.tr("Aktif"), self.tr("Keluar"),
                                      self.tr("Menunggak wajib"))):
            self.status.setItemText(index, text)
        self.totals_caption.setText(self.tr("Jumlah semua anggota:"))
        words = {"pokok": self.tr("Pokok"), "wajib": self.tr("Wajib"), "sukarela": self.tr("Sukarela"),
                 "total": self.tr("Jumlah")}
        for key, text in words.items():
            self.total_captions[key].setText(text)
            self.balance_captions[key].setText(text)
        self.passbook_kind_caption.setText(self.tr("Jenis"))
        for index, text in enumerate((self.tr("Semua jenis"), self.tr("Pokok"), self.tr("Wajib"),
                                      self.tr("Sukarela"))):
            self.passbook_kind.setItemText(index, text)
        self.deposit_button.setText(self.tr("Setor (F4)"))
        self.withdraw_button.setText(self.tr("Tarik sukarela (F5)"))
        self.reverse_button.setText(self.tr("Batalkan transaksi… (F6)"))
        self.settle_button.setText(self.tr("Anggota keluar && pengembalian (F7)"))
        self.amounts_button.setText(self.tr("Atur besaran simpanan (F8)"))
        self.reverse_button.setToolTip(self.tr("Batalkan seluruh transaksi baris buku simpanan yang dipilih, dengan melihat dulu semua barisnya"))
        self.print_button.setText(self.tr("Cetak buku simpanan (Ctrl+P)"))
        self.print_button.setToolTip(self.tr("Buku simpanan anggota yang dipilih sampai hari ini, untuk dicetak"))
        # After setText: a button's setText replaces its shortcut with the text's mnemonic.
        for button, key in ((self.deposit_button, Qt.Key.Key_F4), (self.withdraw_button, Qt.Key.Key_F5),
                            (self.reverse_button, Qt.Key.Key_F6), (self.settle_button, Qt.Key.Key_F7),
                            (self.amounts_button, Qt.Key.Key_F8)):
            button.setShortcut(QKeySequence(key))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.model.retranslate()
        self.passbook_model.retranslate()
        self._show_detail_texts()
        self._update_count()

    # loading

    def refresh(self) -> None:
        """Read the register off the GUI thread; an older read still running is ignored."""
        self._generation += 1
        generation = self._generation
        read_in_background(
            lambda: (register(), savings.wajib_amount()),
            lambda result, error: self._received(generation, result, error), self,
        )

    def _received(self, generation: int, result, error: Exception | None) -> None:
        if generation != self._generation:
            return
        if error is not None:
            raise error
        rows, monthly = result
        keep = self._current_id
        self.model.set_rows(rows, monthly)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fit_columns()
        self._show_totals()
        if keep is not None:
            self.select_member(keep)
        self._update_count()
        self.loaded.emit()

    def _fit_columns(self) -> None:
        # Sized once per load from the rows on screen, never ResizeToContents on every change;
        # a little air between the figures, which are read across the row.
        self.table.resizeColumnsToContents()
        for column, name in enumerate(COLUMNS):
            if name != "name":
                self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_PADDING)

    def _show_totals(self) -> None:
        """The group's totals over every member (active and left): the ledger's three accounts."""
        rows = self.model.rows
        sums = {
            "pokok": sum(r.balances.pokok_rp for r in rows),
            "wajib": sum(r.balances.wajib_rp for r in rows),
            "sukarela": sum(r.balances.sukarela_rp for r in rows),
        }
        sums["total"] = sum(sums.values())
        for key, value in sums.items():
            self.totals[key].setText(rupiah(value))

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n anggota ditampilkan", "", self.proxy.rowCount()))

    # filtering and selection

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _status_changed(self) -> None:
        self.proxy.set_status(self.status.currentData())
        self._update_count()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        if self._current_id != member_id or not index.isValid():
            self._show_member(member_id if index.isValid() else None)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = self.proxy.row_at(current)
        if row is None:
            if self.proxy.rowCount() == 0:
                self._show_member(None)
            return  # a reset while reloading: select_member() puts her back
        if row.member.id != self._current_id:
            self._show_member(row.member.id)

    # the member's detail

    def _show_member(self, member_id: int | None) -> None:
        """Her balances, wajib status and passbook, read now (a few milliseconds)."""
        self._current_id = member_id
        self._member = self._held = self._wajib = None
        if member_id is not None:
            try:
                self._member = members.get_member(member_id)
                self._held = savings.balances(member_id)
                self._wajib = savings.wajib_status(member_id)
            except Rejected:  # another book was opened under us: the reload follows
                self._current_id = self._member = None
        self._show_detail_texts()
        self._show_passbook()

    def _show_detail_texts(self) -> None:
        member = self._member
        if member is None:
            self.balance_box.setTitle(self.tr("Pilih anggota di tabel"))
            for value in self.balances.values():
                value.setText("")
            self.wajib_status.setText("")
            self.passbook_box.setTitle(self.tr("Buku simpanan"))
        else:
            self.balance_box.setTitle(member_label(member))
            held = self._held
            for key, amount in (("pokok", held.pokok_rp), ("wajib", held.wajib_rp),
                                ("sukarela", held.sukarela_rp), ("total", held.total_rp)):
                self.balances[key].setText(rupiah(amount))
            if member.active:
                self.wajib_status.setText(wajib_text(self._wajib))
                self.wajib_status.setStyleSheet("color: #b00020;" if self._wajib.owed_rp else "")
            else:
                self.wajib_status.setText(self.tr("Keluar pada {date}.").format(date=short_date(member.left_on)))
                self.wajib_status.setStyleSheet("")
            self.passbook_box.setTitle(self.tr("Buku simpanan – {member}").format(member=member_label(member)))
        self._update_buttons()

    def _show_passbook(self) -> None:
        member = self._member
        rows = savings.passbook(member.id, self.passbook_kind.currentData()) if member is not None else []
        label = f"{members.format_number(member.number)} {member.name}" if member is not None else ""
        self.passbook_model.set_rows(rows, label)
        self.passbook.resizeColumnsToContents()
        for column in range(self.passbook_model.columnCount()):
            if column != 1:  # Uraian stretches
                self.passbook.setColumnWidth(column, self.passbook.columnWidth(column) + COLUMN_PADDING)
        self.passbook.scrollToBottom()
        self._update_buttons()

    def passbook_line(self) -> PassbookRow | None:
        index = self.passbook.currentIndex()
        return self.passbook_model.rows[index.row()] if index.isValid() else None

    def _update_buttons(self, *args) -> None:
        member = self._member
        active = member is not None and member.active
        self.deposit_button.setEnabled(active)
        self.withdraw_button.setEnabled(active)
        self.settle_button.setEnabled(active)
        self.print_button.setEnabled(member is not None)  # a member who left still has her passbook
        line = self.passbook_line()
        self.reverse_button.setEnabled(line is not None and not line.reversed and not line.is_reversal)

    # actions

    def _after_save(self) -> None:
        self._show_member(self._current_id)
        self.refresh()
        self.changed.emit()

    def deposit(self) -> None:
        if self._member is None or not self._member.active:
            return
        dialog = DepositDialog(self._member, self._held, self._wajib, self)
        if dialog.exec():
            self._after_save()

    def withdraw(self) -> None:
        if self._member is None or not self._member.active:
            return
        dialog = WithdrawDialog(self._member, self._held, self)
        if dialog.exec():
            self._after_save()

    def reverse(self) -> None:
        line = self.passbook_line()
        if self._member is None or line is None or line.reversed or line.is_reversal:
            return
        if open_storno(self, line.entry_id):
            self._after_save()

    def settle(self) -> None:
        if self._member is None or not self._member.active:
            return
        dialog = SettleDialog(self._member, self)
        if dialog.exec():
            self._after_save()

    def print_passbook(self) -> None:
        """Her passbook as of today, made in the background and shown in the preview."""
        if self._member is None:
            return
        make_document(self, Request("passbook", member_id=self._member.id, end=clock.today()))

    def set_amounts(self) -> None:
        dialog = AmountsDialog(self)
        if dialog.exec():
            self._after_save()
