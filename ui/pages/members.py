"""Anggota: the register, searchable as you type, with add / edit / mark-left (or, for a member
who has left, undo it); Cetak Buku Daftar Anggota (Ctrl+P) prints the register as of today."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app import clock, privacy
from app.businesses import list_businesses
from app.documents.catalogue import Request
from app.members import MemberRow, get_member, list_members
from ui.areas import Area
from ui.documents_ui import make_document
from ui.leave_dialog import LeaveDialog, UndoLeaveDialog
from ui.member_dialog import MemberDialog
from ui.member_table import COLUMNS, STATUSES, MemberFilterProxy, MemberTableModel
from ui.pages.page import Page
from ui.register_widgets import choice_filter, register_table, search_field


GROUPS_COLUMN_MAX = 180  # pixels; keeps all nine columns on a 1366-pixel screen


class MembersPage(Page):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search, self.search_caption = search_field("memberSearch", self._search_changed, self._focus_table)
        self.status, self.status_caption = choice_filter("memberStatus", STATUSES, self._status_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search_caption)
        filters.addWidget(self.search, 1)
        filters.addSpacing(12)
        filters.addWidget(self.status_caption)
        filters.addWidget(self.status)
        self.content.addLayout(filters)

        self.table = register_table("memberTable", self.fontMetrics().height() + 10)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("number"), Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self.edit_member)  # her detail: read-only for a role that may not edit
        self.table.selectionModel().currentChanged.connect(self._update_status_line)
        self.content.addWidget(self.table, 1)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit_member(self.table.currentIndex()))
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self.mark_left)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printMemberRegister")
        self.print_button.clicked.connect(self.print_register)
        self.count = QLabel()
        self.count.setObjectName("memberCount")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.leave_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        self.content.addLayout(buttons)
        # Full words at 1366 pixels, yet the window may still be made narrower (the row of buttons
        # would otherwise set its minimum width): squeezed, never forced.
        for widget in (self.add_button, self.edit_button, self.leave_button, self.print_button, self.count):
            widget.setMinimumWidth(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.search_caption.setText(self.tr("Cari"))
        self.search.setPlaceholderText(self.tr("nomor, nama, NIK atau desa"))
        self.status_caption.setText(self.tr("Status"))
        for index, text in enumerate((self.tr("Semua"), self.tr("Aktif"), self.tr("Keluar"))):
            self.status.setItemText(index, text)
        self.add_button.setText(self.tr("Tambah (Ins)"))
        # After setText: a button's setText replaces its shortcut with the text's mnemonic.
        self.add_button.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.edit_button.setText(self.tr("Ubah (Enter)"))
        self.print_button.setText(self.tr("Cetak Buku Daftar Anggota (Ctrl+P)"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.model.retranslate()
        self._update_status_line()

    def refresh(self) -> None:
        current = self.proxy.member_at(self.table.currentIndex())
        names = {b.id: b.name for b in list_businesses()}
        # NIK and address masked for those who do not keep the register (app.privacy)
        self.model.set_members(privacy.shown_all(list_members()), names)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fit_columns()
        if current is not None:
            self.select_member(current.id)
        self._update_status_line()

    def _fit_columns(self) -> None:
        # Sized once per load from the rows on screen, never ResizeToContents on every change.
        # Business group lists can be long: capped (the cell's tooltip shows them all).
        self.table.resizeColumnsToContents()
        groups = COLUMNS.index("groups")
        self.table.setColumnWidth(groups, min(self.table.columnWidth(groups), GROUPS_COLUMN_MAX))

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_status_line()

    def _status_changed(self) -> None:
        self.proxy.set_status(self.status.currentData())
        self._update_status_line()

    def _update_status_line(self) -> None:
        shown = self.proxy.rowCount()
        self.count.setText(self.tr("%n anggota ditampilkan", "", shown))
        has_row = self.table.currentIndex().isValid()
        self.edit_button.setEnabled(has_row)
        self.leave_button.setEnabled(has_row)
        member = self.proxy.member_at(self.table.currentIndex())
        left = member is not None and not member.active
        self.leave_button.setText(self.tr("Batalkan keluar…") if left else self.tr("Tandai keluar"))

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        self._update_status_line()

    def print_register(self) -> None:
        """The Buku Daftar Anggota as of today, made in the background and shown in the preview."""
        make_document(self, Request("member_register", end=clock.today()))

    def _after_save(self, member: MemberRow) -> None:
        self.refresh()
        self.select_member(member.id)
        self.changed.emit()

    def add_member(self) -> None:
        dialog = MemberDialog(None, self)
        if dialog.exec() and dialog.saved is not None:
            self.search.clear()
            self._after_save(dialog.saved)

    def edit_member(self, index: QModelIndex) -> None:
        member = self.proxy.member_at(index)
        if member is None:
            return
        dialog = MemberDialog(get_member(member.id), self)  # her row as kept (the table's may be masked)
        if dialog.exec() and dialog.saved is not None:
            self._after_save(dialog.saved)

    def mark_left(self) -> None:
        """Tandai keluar for an active member; Batalkan keluar… for one who has left."""
        member = self.proxy.member_at(self.table.currentIndex())
        if member is None:
            return
        dialog = LeaveDialog(member, self) if member.active else UndoLeaveDialog(member, self)
        if dialog.exec() and dialog.saved is not None:
            self._after_save(dialog.saved)
