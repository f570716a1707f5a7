"""Daftar Tagihan (Ctrl+D): the meeting-day grid of every active member with what she owes; the
treasurer types what each paid (like 50.000) and one save posts them all, or nothing. Money
above a member's dues pays her next instalments, as on Setoran — or, where "Sisa ke sukarela"
is ticked on her row (Space ticks it), goes to her simpanan sukarela.
Enter in a Dibayar cell keeps what was typed and moves to the next member's Dibayar.
After a save the receipts are listed (member order) with "Cetak semua kuitansi": one PDF on
the receipt paper of Pengaturan. Esc with typed amounts not saved asks first (KeyboardDialog's
one question); right after a save, with nothing new typed, it closes at once.

A refusal highlights every wrong row (its message as tooltip and in the line above the grid)
and puts the cursor in the first one. What was typed is passed as typed when it is not rupiah,
so the app layer refuses it with the others.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock, collection
from app.collection import SheetRow
from app.errors import Issue, Rejected
from app.formatting import parse_rupiah, rupiah, short_date, thousands
from ui import documents_ui
from ui.attempts import Attempt
from ui.date_field import DateField
from ui.field_errors import ErrorLabel
from ui.messages import issue_text
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating
from ui.table_export import KIND_ROLE, RAW_ROLE, add_export_action

FIGURES = ("pokok_rp", "jasa_rp", "denda_rp", "wajib_rp", "total_rp")
PAID = 2 + len(FIGURES)  # the editable column
SUKARELA = PAID + 1  # ticked: what is above her dues goes to sukarela
WRONG = QColor("#f8d7da")


class SheetModel(QAbstractTableModel):
    """The sheet's rows and a totals row at the bottom; only Dibayar is editable."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SheetRow] = []
        self.paid: dict[int, str] = {}  # member id -> text as typed
        self.sukarela: set[int] = set()  # member ids whose rest goes to simpanan sukarela
        self.wrong: dict[int, str] = {}  # member id -> what is wrong with the row
        self.headers: list[str] = []
        self.total_label = ""

    def load(self, rows: list[SheetRow]) -> None:
        self.beginResetModel()
        self.rows, self.paid, self.wrong, self.sukarela = rows, {}, {}, set()
        self.endResetModel()

    def has_typed(self) -> bool:
        return any(text.strip() for text in self.paid.values())

    def amounts(self) -> dict[int, int | str]:
        """What was typed in Dibayar, as rupiah where it reads as rupiah, else as typed."""
        result = {}
        for member_id, text in self.paid.items():
            if text.strip():
                value = parse_rupiah(text)
                result[member_id] = value if value is not None else text.strip()
        return result

    def mark_wrong(self, wrong: dict[int, str]) -> None:
        self.wrong = wrong
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def row_of(self, member_id: int) -> int:
        return next(i for i, row in enumerate(self.rows) if row.member_id == member_id)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else SUKARELA + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        if orientation == Qt.Orientation.Horizontal and role == KIND_ROLE:
            return "money" if 2 <= section <= PAID else "text"
        return None

    def raw(self, row: int, column: int):
        """A cell for the Excel export: rupiah as int (Dibayar as typed when it is not rupiah)."""
        if column == SUKARELA:
            return None if row == len(self.rows) else ("ya" if self.rows[row].member_id in self.sukarela else None)
        if row == len(self.rows):
            if column < 2:
                return self.total_label if column == 1 else None
            if column == PAID:
                return sum(v for v in self.amounts().values() if type(v) is int)
            return sum(getattr(r, FIGURES[column - 2]) for r in self.rows)
        item = self.rows[row]
        if column == 0:
            return item.member_number
        if column == 1:
            return item.name
        if column == PAID:
            text = self.paid.get(item.member_id, "").strip()
            amount = parse_rupiah(text) if text else None
            return amount if amount is not None else (text or None)
        return getattr(item, FIGURES[column - 2])

    def flags(self, index):
        base = super().flags(index)
        if index.column() == PAID and index.row() < len(self.rows):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == SUKARELA and index.row() < len(self.rows):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _total(self, column: int) -> str:
        if column == PAID:
            return thousands(sum(v for v in self.amounts().values() if type(v) is int))
        return thousands(sum(getattr(row, FIGURES[column - 2]) for row in self.rows))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if role == RAW_ROLE:
            return self.raw(row, column)
        totals = row == len(self.rows)
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= PAID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == SUKARELA:
            if totals or role != Qt.ItemDataRole.CheckStateRole:
                return None
            ticked = self.rows[row].member_id in self.sukarela
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if totals:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.total_label if column == 1 else (self._total(column) if column >= 2 else "")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        item = self.rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return item.member_number
            if column == 1:
                return item.name
            if column == PAID:
                return self.paid.get(item.member_id, "")
            return thousands(getattr(item, FIGURES[column - 2]))
        if item.member_id in self.wrong:
            if role == Qt.ItemDataRole.BackgroundRole:
                return WRONG
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.wrong[item.member_id]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == SUKARELA and index.row() < len(self.rows):
            member_id = self.rows[index.row()].member_id
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.sukarela.add(member_id)
            else:
                self.sukarela.discard(member_id)
            self.wrong.pop(member_id, None)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), SUKARELA))
            return True
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        text = str(value).strip()
        amount = parse_rupiah(text) if text else None
        member_id = self.rows[index.row()].member_id
        self.paid[member_id] = thousands(amount) if amount is not None and amount >= 0 else text
        self.wrong.pop(member_id, None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), PAID))
        totals = len(self.rows)
        self.dataChanged.emit(self.index(totals, PAID), self.index(totals, PAID))
        return True


class SheetView(QTableView):
    """The grid: Enter in a Dibayar cell keeps the amount and goes down to the next member's."""

    def closeEditor(self, editor, hint) -> None:
        super().closeEditor(editor, hint)
        current = self.currentIndex()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and current.column() == PAID:
            below = self.model().index(min(current.row() + 1, len(self.model().rows) - 1), PAID)
            self.setCurrentIndex(below)
            self.scrollTo(below)


class CollectionDialog(Retranslating, KeyboardDialog, QDialog):
    changed = Signal()  # the sheet was posted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collection")
        self.on = DateField()
        self.on.setObjectName("on")
        self.on.set_date(clock.today())
        self.on.editingFinished.connect(self.load)
        self.on_caption = QLabel()
        self.on_caption.setBuddy(self.on)
        self.model = SheetModel(self)
        self.view = SheetView(objectName="sheet")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setEditTriggers(QTableView.EditTrigger.AnyKeyPressed | QTableView.EditTrigger.DoubleClicked
                                  | QTableView.EditTrigger.EditKeyPressed)
        add_export_action(self.view, "daftar-tagihan", lambda: f"{self.windowTitle()} {short_date(self.on.date())}")
        self.message = ErrorLabel()
        self.message.setObjectName("message")
        self.result = QLabel(objectName="result")
        self.result.setStyleSheet("color: #1b5e20;")
        self.receipts = QTableWidget(0, 4, objectName="receipts")  # what the last save issued
        self.receipts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.receipts.verticalHeader().hide()
        self.receipts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.receipts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.receipts.setMaximumHeight(160)
        self.receipts.hide()
        self._receipt_numbers: list[str] = []
        self.save_button = QPushButton(objectName="save")
        self.save_button.clicked.connect(self.save)
        self.print_all_button = QPushButton(objectName="print_all")
        self.print_all_button.clicked.connect(self.print_all)
        self.print_all_button.hide()
        self.close_button = QPushButton(objectName="close")
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.print_all_button, self.close_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_all)
        self._closing = False
        self._attempt = Attempt()

        top = QHBoxLayout()
        top.addWidget(self.on_caption)
        top.addWidget(self.on)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.receipts)
        layout.addLayout(buttons)
        self.resize(1100, 640)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Daftar Tagihan"))
        self.on_caption.setText(self.tr("&Tanggal pertemuan"))
        self.model.headers = [
            self.tr("No."), self.tr("Nama"), self.tr("Angsuran pokok"), self.tr("Jasa"), self.tr("Denda"),
            self.tr("Simpanan wajib"), self.tr("Jumlah tagihan"), self.tr("Dibayar"), self.tr("Sisa ke sukarela"),
        ]
        self.model.total_label = self.tr("Jumlah")
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SUKARELA)
        self.receipts.setHorizontalHeaderLabels([self.tr("No."), self.tr("Nama"), self.tr("Jumlah"),
                                                 self.tr("Kuitansi")])
        self.save_button.setText(self.tr("Simpan semua (Ctrl+S)"))
        self.print_all_button.setText(self.tr("Cetak semua kuitansi (Ctrl+P)"))
        self.close_button.setText(self.tr("Tutup"))

    def load(self) -> None:
        on = self.on.date()
        self.message.show_text("")
        if on is None:
            self.message.show_text(issue_text(self.on.issue("on") or Issue("on", "required")))
            return
        self.model.load(collection.collection_sheet(on))
        self.view.setCurrentIndex(self.model.index(0, PAID))
        self.view.setFocus()

    def save(self) -> None:
        editor = QApplication.focusWidget()
        if editor is not None and editor.parent() is self.view.viewport():  # keep what is being typed
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        amounts = self.model.amounts()
        self.result.clear()
        on, sukarela = self.on.date(), set(self.model.sukarela)
        try:
            posted = collection.post_sheet(on, amounts, sukarela_rows=sukarela,
                                           attempt=self._attempt.token((on, amounts, sukarela)))
        except Rejected as refused:
            self._show_refusal(refused.issues)
            return
        self._attempt.saved()
        self.result.setText(self.tr("Tersimpan: {count} setoran, jumlah {total}.").format(
            count=len(posted.payments), total=rupiah(posted.total_rp)))
        self._show_receipts(posted.payments)
        if posted.payments:
            self.changed.emit()
        self.load()

    def _show_receipts(self, payments) -> None:
        """The receipts of the save just made, in member order, and the button that prints them all."""
        rows = {row.member_id: row for row in self.model.rows}
        ordered = sorted(payments, key=lambda p: (rows[p.member_id].member_number, p.member_id))
        self._receipt_numbers = [p.receipt_number for p in ordered]
        self.receipts.setRowCount(len(ordered))
        for i, payment in enumerate(ordered):
            row = rows[payment.member_id]
            cells = [row.member_number, row.name, rupiah(payment.split.total_rp), payment.receipt_number]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.receipts.setItem(i, column, item)
        self.receipts.setVisible(bool(ordered))
        self.print_all_button.setVisible(bool(ordered))

    def print_all(self) -> None:
        """Every receipt of the last save in ONE PDF, member order, on the receipt paper."""
        if self._receipt_numbers:
            documents_ui.print_receipts(self, self._receipt_numbers)

    def has_unsaved_input(self) -> bool:
        """What Esc, Tutup and the window's close box ask about (KeyboardDialog asks, once):
        amounts typed and not saved; nothing when the program closes the window."""
        return not self._closing and self._typed()

    def closeEvent(self, event) -> None:
        if not event.spontaneous():
            self._closing = True
        super().closeEvent(event)

    def _typed(self) -> bool:
        editor = QApplication.focusWidget()
        if editor is not None and editor.parent() is self.view.viewport() and getattr(editor, "text", None):
            if editor.text().strip():
                return True
        return self.model.has_typed()

    def _show_refusal(self, issues: list[Issue]) -> None:
        wrong: dict[int, list[str]] = {}
        general = []
        for issue in issues:
            parts = issue.field.split(".")
            if parts[0] == "rows" and len(parts) == 3 and int(parts[1]) in {r.member_id for r in self.model.rows}:
                wrong.setdefault(int(parts[1]), []).append(issue_text(issue))
            else:
                general.append(issue_text(issue))
        self.model.mark_wrong({member_id: " ".join(texts) for member_id, texts in wrong.items()})
        named = [f"{self.model.rows[self.model.row_of(m)].member_number} {self.model.rows[self.model.row_of(m)].name}: "
                 f"{text}" for m, text in self.model.wrong.items()]
        self.message.show_text("\n".join([self.tr("Tidak ada yang disimpan. Periksa baris yang ditandai:"), *general,
                                          *named]))
        if wrong:
            first = self.model.index(min(self.model.row_of(m) for m in wrong), PAID)
            self.view.setCurrentIndex(first)
            self.view.scrollTo(first)
            self.view.setFocus()
