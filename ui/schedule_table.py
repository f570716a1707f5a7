"""A read-only schedule / loan card (kartu pinjaman) table, for the Pinjaman page, the loan
dialogs' previews and (later) the Setoran screen.

Columns: Angsuran ke | Jatuh tempo | Pokok | Jasa | Denda | Jumlah | Sisa pinjaman | Status.
A preview (app.loans.schedule.ScheduleRow) has no denda and no status; a card
(app.loans.state.InstalmentPosition, from app.loans.payments.card) says per instalment what was
paid: Lunas, Sebagian (with what is still unpaid) or Belum dibayar, in red once it is late.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.formatting import rupiah, short_date
from ui.table_export import KIND_ROLE, RAW_ROLE, add_export_action
from ui.register_widgets import fit_columns_to_width

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
LATE_RED = QColor("#b00020")
PAID_GREEN = QColor("#1b6e20")

COLUMNS = ("number", "due_date", "pokok", "jasa", "denda", "total", "outstanding", "status")
MONEY_COLUMNS = frozenset({"pokok", "jasa", "denda", "total", "outstanding"})
STATES = ("paid", "partly", "unpaid")


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts: list[list[str]] = []
        self.raws: list[list] = []  # the same cells as int rupiah and dates (Excel export)
        self.states: list[str | None] = []  # paid / partly / unpaid, None in a preview
        self.late: list[bool] = []
        self._rows: list = []
        self._is_card = False
        self._principal_rp = 0
        self._as_of: date | None = None
        self._headers: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [self.tr("Angsuran\nke"), self.tr("Jatuh tempo"), self.tr("Pokok"), self.tr("Jasa"),
                         self.tr("Denda"), self.tr("Jumlah"), self.tr("Sisa\npinjaman"), self.tr("Status")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self._build()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.texts) - 1, len(COLUMNS) - 1))

    def state_text(self, state: str | None, unpaid_rp: int = 0) -> str:
        if state == "paid":
            return self.tr("Lunas")
        if state == "partly":
            return self.tr("Sebagian (kurang {amount})").format(amount=rupiah(unpaid_rp))
        if state == "unpaid":
            return self.tr("Belum dibayar")
        return ""

    def set_schedule(self, rows) -> None:
        """A schedule not yet paid on (preview before application or disbursement)."""
        self.beginResetModel()
        self._rows, self._is_card = list(rows), False
        self._build()
        self.endResetModel()

    def set_card(self, positions, principal_rp: int, as_of: date) -> None:
        """The loan card: instalments with what each has had paid and its denda on `as_of`."""
        self.beginResetModel()
        self._rows, self._is_card, self._principal_rp, self._as_of = list(positions), True, principal_rp, as_of
        self._build()
        self.endResetModel()

    def clear(self) -> None:
        self.set_schedule([])

    def _build(self) -> None:
        self.texts, self.raws, self.states, self.late = [], [], [], []
        left = self._principal_rp
        for r in self._rows:
            if not self._is_card:
                self.texts.append([str(r.number), short_date(r.due_date), rupiah(r.pokok_rp), rupiah(r.jasa_rp), "",
                                   rupiah(r.total_rp), rupiah(r.outstanding_after_rp), ""])
                self.raws.append([r.number, r.due_date, r.pokok_rp, r.jasa_rp, None, r.total_rp,
                                  r.outstanding_after_rp, None])
                self.states.append(None)
                self.late.append(False)
                continue
            left -= r.pokok_rp
            unpaid = r.unpaid_rp + r.denda_rp - r.denda_paid_rp
            paid = r.pokok_paid_rp + r.jasa_paid_rp + r.denda_paid_rp
            state = "paid" if unpaid == 0 else ("partly" if paid else "unpaid")
            self.states.append(state)
            self.late.append(state != "paid" and r.due_date < self._as_of)
            self.texts.append([
                str(r.number), short_date(r.due_date), rupiah(r.pokok_rp), rupiah(r.jasa_rp),
                rupiah(r.denda_rp) if r.denda_rp else "", rupiah(r.pokok_rp + r.jasa_rp + r.denda_rp), rupiah(left),
                self.state_text(state, unpaid),
            ])
            self.raws.append([r.number, r.due_date, r.pokok_rp, r.jasa_rp, r.denda_rp or None,
                              r.pokok_rp + r.jasa_rp + r.denda_rp, left, self.texts[-1][-1]])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == DISPLAY or role == TOOLTIP:
            return self.texts[index.row()][index.column()]
        if role == RAW_ROLE:
            return self.raws[index.row()][index.column()]
        name = COLUMNS[index.column()]
        if role == ALIGN:
            return RIGHT if name in MONEY_COLUMNS else (CENTER if name == "number" else None)
        if role == FOREGROUND and name == "status":
            if self.late[index.row()]:
                return QBrush(LATE_RED)
            if self.states[index.row()] == "paid":
                return QBrush(PAID_GREEN)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in MONEY_COLUMNS:
            return RIGHT
        if role == KIND_ROLE:
            name = COLUMNS[section]
            return "money" if name in MONEY_COLUMNS else {"number": "number", "due_date": "date"}.get(name, "text")
        return None


class ScheduleTable(QTableView):
    """The table itself: read-only, fixed row height, figures right-aligned, columns fitted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleTable")
        self.schedule_model = ScheduleModel(self)
        self.setModel(self.schedule_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(True)
        add_export_action(self, "kartu-pinjaman")

    def set_schedule(self, rows) -> None:
        """A preview: no denda and no paid state yet, so those two columns are hidden."""
        self.schedule_model.set_schedule(rows)
        self._show_card_columns(False)
        self._fit()

    def set_card(self, positions, principal_rp: int, as_of: date) -> None:
        self.schedule_model.set_card(positions, principal_rp, as_of)
        self._show_card_columns(True)
        self._fit()

    def _show_card_columns(self, shown: bool) -> None:
        self.horizontalHeader().setStretchLastSection(shown)  # the status column takes the room left
        for name in ("denda", "status"):
            self.setColumnHidden(COLUMNS.index(name), not shown)

    def clear(self) -> None:
        self.schedule_model.clear()

    def _fit(self) -> None:
        self.resizeColumnsToContents()
        for column, name in enumerate(COLUMNS):
            if name in MONEY_COLUMNS:
                self.setColumnWidth(column, self.columnWidth(column) + 8)
        fit_columns_to_width(self, [COLUMNS.index(name) for name in ("status", "due_date") if name in COLUMNS])

    def column_texts(self, column: str) -> list[str]:
        """What a column shows, top to bottom (for tests and the Setoran screen)."""
        col = COLUMNS.index(column)
        return [row[col] for row in self.schedule_model.texts]
