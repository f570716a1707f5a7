"""The Simpanan page's tables: every member's savings (with a fast search filter) and one
member's passbook (buku simpanan).

As in ui/member_table.py, every row's texts and a lowercase search haystack are computed once
when rows are loaded, so that search keeps up with typing over a district's 3 000 members, and
the model sorts its own lists with Python keys.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.formatting import rupiah, short_date
from app.members import format_number
from app.savings import PassbookRow
from app.savings_register import RegisterRow
from ui.prepared_rows import SearchProxy, reorder
from ui.table_export import KIND_ROLE, RAW_ROLE

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ARREARS_RED = QColor("#b00020")
CANCELLED_GREY = QColor("#6b6b6b")

COLUMNS = ("number", "name", "pokok", "wajib", "sukarela", "total", "owed", "status")
MONEY_COLUMNS = frozenset({"pokok", "wajib", "sukarela", "total", "owed"})
STATUSES = ("all", "active", "left", "arrears")

_SORT_KEYS = {
    "number": lambda r: r.member.number,
    "name": lambda r: r.member.name.casefold(),
    "pokok": lambda r: r.balances.pokok_rp,
    "wajib": lambda r: r.balances.wajib_rp,
    "sukarela": lambda r: r.balances.sukarela_rp,
    "total": lambda r: r.balances.total_rp,
    "owed": lambda r: owed_now(r),
    "status": lambda r: (r.member.left_on is not None, r.member.left_on or date.min),
}


def owed_now(row: RegisterRow) -> int:
    """Wajib still to collect: only from members who are still in the group."""
    return row.wajib.owed_rp if row.member.active else 0


def months_owed(owed_rp: int, monthly_rp: int) -> int:
    """Months behind, a month partly paid counted as one."""
    return -(-owed_rp // monthly_rp) if monthly_rp > 0 else 0


class SavingsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RegisterRow] = []
        self.texts: list[list[str]] = []
        self.haystacks: list[str] = []
        self.monthly_wajib_rp = 0
        self._headers: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [
            self.tr("No.\nAnggota"), self.tr("Nama"), self.tr("Pokok"), self.tr("Wajib"), self.tr("Sukarela"),
            self.tr("Jumlah"), self.tr("Tunggakan\nwajib"), self.tr("Status"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:  # status and arrears texts hold words
            self.texts = [self._row_texts(r) for r in self.rows]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def _owed_text(self, row: RegisterRow) -> str:
        owed = owed_now(row)
        if not owed:
            return ""
        months = months_owed(owed, self.monthly_wajib_rp)
        return self.tr("{amount} (%n bln)", "", months).format(amount=rupiah(owed))

    def _status_text(self, row: RegisterRow) -> str:
        if row.member.active:
            return self.tr("Aktif")
        return self.tr("Keluar {date}").format(date=short_date(row.member.left_on))

    def _row_texts(self, r: RegisterRow) -> list[str]:
        b = r.balances
        return [
            format_number(r.member.number), r.member.name, rupiah(b.pokok_rp), rupiah(b.wajib_rp),
            rupiah(b.sukarela_rp), rupiah(b.total_rp), self._owed_text(r), self._status_text(r),
        ]

    def set_rows(self, rows: list[RegisterRow], monthly_wajib_rp: int) -> None:
        self.beginResetModel()
        self.monthly_wajib_rp = monthly_wajib_rp
        self.rows = list(rows)
        self.texts = [self._row_texts(r) for r in self.rows]
        self.haystacks = [f"{format_number(r.member.number)}\n{r.member.name}".casefold() for r in self.rows]
        self.endResetModel()

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.member.id == member_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == DISPLAY or role == TOOLTIP:
            return self.texts[index.row()][index.column()]
        if role == ALIGN and COLUMNS[index.column()] in MONEY_COLUMNS:
            return RIGHT
        if role == FOREGROUND and COLUMNS[index.column()] == "owed":
            return QBrush(ARREARS_RED)
        if role == RAW_ROLE:  # Excel export: rupiah as int
            r, name = self.rows[index.row()], COLUMNS[index.column()]
            if name in MONEY_COLUMNS:
                return owed_now(r) if name == "owed" else getattr(r.balances, f"{name}_rp")
            return self.texts[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in MONEY_COLUMNS:
            return RIGHT
        if role == KIND_ROLE:
            return "money" if COLUMNS[section] in MONEY_COLUMNS else "text"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS[COLUMNS[column]]
        order_of = sorted(
            range(len(self.rows)),
            key=lambda i: (key(self.rows[i]), self.rows[i].member.number),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        reorder(self, order_of, "rows", "texts", "haystacks")


class SavingsFilterProxy(SearchProxy):
    """Search-as-you-type over number and name, and Semua / Aktif / Keluar / Menunggak wajib."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = "all"

    def set_status(self, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(status)
        self.refilter(_status=status)

    def accepts(self, source_row: int) -> bool:
        row = self.sourceModel().rows[source_row]
        if self._status == "arrears":
            return bool(owed_now(row))
        return self._status == "all" or row.member.active == (self._status == "active")

    def row_at(self, index: QModelIndex) -> RegisterRow | None:
        row = self.source_row(index)
        return None if row is None else self.sourceModel().rows[row]


PASSBOOK_COLUMNS = ("date", "description", "kind", "setor", "tarik", "saldo")
PASSBOOK_MONEY = frozenset({"setor", "tarik", "saldo"})


class PassbookModel(QAbstractTableModel):
    """Tanggal, Uraian, Jenis, Setor, Tarik, Saldo. A line cancelled by a storno stays (grey,
    marked "dibatalkan"); the storno line (italic) takes it out again, so the saldo runs right."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PassbookRow] = []
        self.texts: list[list[str]] = []
        self._suffix = ""
        self._headers: list[str] = []
        self._italic = QFont()
        self._italic.setItalic(True)
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [self.tr("Tanggal"), self.tr("Uraian"), self.tr("Jenis"), self.tr("Setor"),
                         self.tr("Tarik"), self.tr("Saldo")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(PASSBOOK_COLUMNS) - 1)
        if self.rows:
            self.texts = [self._row_texts(r) for r in self.rows]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(PASSBOOK_COLUMNS) - 1))

    def kind_text(self, kind: str) -> str:
        return {"pokok": self.tr("Pokok"), "wajib": self.tr("Wajib"), "sukarela": self.tr("Sukarela")}.get(kind, kind)

    def _description(self, row: PassbookRow) -> str:
        # The member's own number and name end most descriptions; in her passbook they are noise.
        text = row.description
        if self._suffix and text.endswith(self._suffix):
            text = text[: -len(self._suffix)]
        if row.reversed:
            text = self.tr("{description} (dibatalkan)").format(description=text)
        return text

    def _row_texts(self, r: PassbookRow) -> list[str]:
        return [
            short_date(r.entry_date), self._description(r), self.kind_text(r.kind),
            rupiah(r.setor_rp) if r.setor_rp else "", rupiah(r.tarik_rp) if r.tarik_rp else "", rupiah(r.saldo_rp),
        ]

    def set_rows(self, rows: list[PassbookRow], member_label: str = "") -> None:
        self.beginResetModel()
        self._suffix = f" – {member_label}" if member_label else ""
        self.rows = list(rows)
        self.texts = [self._row_texts(r) for r in self.rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PASSBOOK_COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if role == DISPLAY:
            return self.texts[row][index.column()]
        if role == TOOLTIP:
            r = self.rows[row]
            if r.reversed:
                return self.tr("Baris ini dibatalkan oleh storno di bawahnya.")
            if r.is_reversal:
                return self.tr("Storno: membatalkan baris di atasnya.")
            return self.texts[row][index.column()]
        if role == ALIGN and PASSBOOK_COLUMNS[index.column()] in PASSBOOK_MONEY:
            return RIGHT
        if role == FOREGROUND and (self.rows[row].reversed or self.rows[row].is_reversal):
            return QBrush(CANCELLED_GREY)
        if role == FONT and self.rows[row].is_reversal:
            return self._italic
        if role == RAW_ROLE:  # Excel export: the date as a date, rupiah as int
            r, name = self.rows[row], PASSBOOK_COLUMNS[index.column()]
            if name == "date":
                return r.entry_date
            if name in PASSBOOK_MONEY:
                value = getattr(r, f"{name}_rp")
                return value if value or name == "saldo" else None
            return self.texts[row][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and PASSBOOK_COLUMNS[section] in PASSBOOK_MONEY:
            return RIGHT
        if role == KIND_ROLE:
            name = PASSBOOK_COLUMNS[section]
            return "date" if name == "date" else ("money" if name in PASSBOOK_MONEY else "text")
        return None
