"""The members register as a Qt table: a model over MemberRow and a fast search filter.

Search must keep up with typing on a district's 3 000 members, so every row's display texts
and a lowercase search haystack are computed once when the rows are loaded; filtering is then
one substring test per row. Sorting reorders the model's own lists with Python keys (a few ms)
rather than asking data() thousands of times through the proxy.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)

from app.formatting import short_date
from app.members import MemberRow, format_number
from ui.prepared_rows import SearchProxy, reorder
from ui.table_export import RAW_ROLE

# data() runs for every cell painted, once per role: compare plain ints.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
COLUMNS = ("number", "name", "nik", "sex", "desa", "phone", "groups", "joined", "status")
STATUSES = ("all", "active", "left")

# Sort keys per column; dates sort as dates, the number as a number, text without case.
_SORT_KEYS = {
    "number": lambda m: m.number,
    "name": lambda m: m.name.casefold(),
    "nik": lambda m: m.nik,
    "sex": lambda m: m.sex,
    "desa": lambda m: m.desa.casefold(),
    "phone": lambda m: m.phone,
    "joined": lambda m: m.joined_on,
    "status": lambda m: (m.left_on is not None, m.left_on or date.min),
}


class MemberTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.members: list[MemberRow] = []
        self.texts: list[list[str]] = []
        self.haystacks: list[str] = []
        self._group_names: dict[int, str] = {}
        self._headers: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [
            # two-line headers where the words are wider than the column's contents
            self.tr("No.\nAnggota"), self.tr("Nama"), self.tr("NIK"), self.tr("L/P"), self.tr("Desa"),
            self.tr("Telepon"), self.tr("Kelompok usaha"), self.tr("Tanggal\nmasuk"), self.tr("Status"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        status = COLUMNS.index("status")
        for texts, member in zip(self.texts, self.members):
            texts[status] = self._status_text(member)
        if self.members:
            self.dataChanged.emit(self.index(0, status), self.index(len(self.members) - 1, status))

    def _status_text(self, member: MemberRow) -> str:
        if member.active:
            return self.tr("Aktif")
        return self.tr("Keluar {date}").format(date=short_date(member.left_on))

    def _row_texts(self, m: MemberRow) -> list[str]:
        groups = ", ".join(self._group_names.get(i, "?") for i in m.business_ids)
        return [
            format_number(m.number), m.name, m.nik, m.sex, m.desa, m.phone, groups,
            short_date(m.joined_on), self._status_text(m),
        ]

    def set_members(self, members: list[MemberRow], group_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._group_names = group_names
        self.members = list(members)
        self.texts = [self._row_texts(m) for m in self.members]
        self.haystacks = [
            "\n".join((format_number(m.number), m.name, m.nik, m.desa)).casefold() for m in self.members
        ]
        self.endResetModel()

    def row_of(self, member_id: int) -> int:
        return next((i for i, m in enumerate(self.members) if m.id == member_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == DISPLAY or role == TOOLTIP:  # the tooltip shows text a narrow column cuts off
            return self.texts[index.row()][index.column()]
        if role == RAW_ROLE:  # Excel export: the joined date as a date, the rest as shown
            if COLUMNS[index.column()] == "joined":
                return self.members[index.row()].joined_on
            return self.texts[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = COLUMNS[column]
        key = _SORT_KEYS.get(name)
        column_texts = [t[column].casefold() for t in self.texts]
        order_of = sorted(
            range(len(self.members)),
            key=(lambda i: (key(self.members[i]), self.members[i].number)) if key else (lambda i: column_texts[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        reorder(self, order_of, "members", "texts", "haystacks")


class MemberFilterProxy(SearchProxy):
    """Search-as-you-type over number, name, NIK and desa, plus the active/left filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = "all"

    def set_status(self, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(status)
        self.refilter(_status=status)

    def accepts(self, source_row: int) -> bool:
        return self._status == "all" or self.sourceModel().members[source_row].active == (self._status == "active")

    def member_at(self, index: QModelIndex) -> MemberRow | None:
        row = self.source_row(index)
        return None if row is None else self.sourceModel().members[row]
