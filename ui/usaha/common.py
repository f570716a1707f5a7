"""What the business screens share: short rupiah for cards and charts, quantities as people
read them, a plain table model that exports to Excel, and the pickers (items, units, members)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView

from app import members
from app.errors import Issue
from app.formatting import rupiah, short_date
from app.usaha import catalog, units
from ui.date_field import DateField
from ui.register_widgets import register_table
from ui.table_export import RAW_ROLE


def short_rupiah(amount_rp: int) -> str:
    """For cards and chart labels: Rp1.234.567 -> '1,2 jt', Rp250.000 -> '250 rb',
    Rp3.400.000.000 -> '3,4 M'; negative with a minus."""
    sign, value = ("-" if amount_rp < 0 else ""), abs(amount_rp)
    for size, word in ((10**9, "M"), (10**6, "jt"), (10**3, "rb")):
        if value >= size:
            tenths = (value * 10 + size // 2) // size
            whole, rest = divmod(tenths, 10)
            text = f"{whole:,}".replace(",", ".") + (f",{rest}" if rest and whole < 100 else "")
            return f"{sign}{text} {word}"
    return f"{sign}{value}"


def quantity_text(quantity: Decimal | int) -> str:
    """12.500 -> '12,5'; 348 -> '348' (a comma for decimals, a dot for thousands)."""
    value = Decimal(quantity).normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}".replace(",", ".")
    whole, _, fraction = format(value, "f").partition(".")
    return f"{int(whole):,}".replace(",", ".") + "," + fraction


def read_date(edit: DateField, field: str) -> tuple[date | None, Issue | None]:
    value = edit.date()
    if value is None:
        return None, edit.issue(field) or Issue(field, "required")
    return value, None


class RowsModel(QAbstractTableModel):
    """Rows of cells, each a (text, raw value) pair; figures right-aligned. Headers are set by
    the owner (its retranslate)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[tuple[str, object]]] = []
        self.keys: list[object] = []
        self.right: set[int] = set()
        self.grey: set[int] = set()  # rows shown greyed (reversed records)

    def set_rows(self, rows: list[list[tuple[str, object]]], keys: list | None = None,
                 grey: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.keys = keys if keys is not None else [None] * len(rows)
        self.grey = grey or set()
        self.endResetModel()

    def set_headers(self, headers: list[str], right: set[int] = frozenset()) -> None:
        self.headers = headers
        self.right = set(right)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(headers) - 1, 0))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.rows[index.row()]):
            return None
        text, raw = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == RAW_ROLE:
            return raw
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.grey:
            return Qt.GlobalColor.gray
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and section < len(self.headers):
            return self.headers[section]
        return None

    def key(self, row: int):
        return self.keys[row] if 0 <= row < len(self.keys) else None


def rows_table(name: str, model: RowsModel, stretch: int | None = None) -> QTableView:
    table = register_table(name, table_row_height())
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        model.modelReset.connect(lambda: header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch))
        model.headerDataChanged.connect(lambda *a: header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch))
    return table


def table_row_height() -> int:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    return QFontMetrics(QApplication.font()).height() + 10


def money_cell(amount_rp: int) -> tuple[str, int]:
    return rupiah(amount_rp), amount_rp


def date_cell(day: date) -> tuple[str, date]:
    return short_date(day), day


def text_cell(text: str) -> tuple[str, str]:
    return text, text


def item_combo(business_id: int, kind: str | None, active_only: bool = True) -> QComboBox:
    combo = QComboBox()
    for item in catalog.list_items(business_id, kind, active_only=active_only):
        combo.addItem(item.name, item.id)
    return combo


def fill_units(combo: QComboBox, item: catalog.ItemRow | None, business_id: int) -> None:
    """The units that can measure `item` (its own first), e.g. butir and rak for eggs."""
    combo.clear()
    if item is None:
        return
    own = catalog.item_unit(item)
    combo.addItem(item.unit_name, item.unit_id)
    for unit in units.list_units(business_id):
        if unit.id != item.unit_id and units.usable_for(unit, own, business_id):
            combo.addItem(unit.name, unit.id)


def member_combo(first_text: str = "") -> QComboBox:
    """Active members by number; the first entry (data None) is `first_text` (e.g. "—")."""
    combo = QComboBox()
    combo.addItem(first_text, None)
    for member in members.list_members():
        if member.active:
            combo.addItem(f"{members.format_number(member.number)} – {member.name}", member.id)
    combo.setEditable(False)
    return combo


def quantity_input(text: str) -> str:
    """A quantity as typed, for the services' exact reading: '12,5' -> '12.5', '1.500' (a
    thousands dot, as prices are written) -> '1500', '1.500,5' -> '1500.5'; '12.5' stays."""
    import re

    text = text.strip().replace(" ", "")
    if "," in text:
        return text.replace(".", "").replace(",", ".")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
        return text.replace(".", "")
    return text
