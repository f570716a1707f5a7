"""The Pinjaman page's loan list as a Qt table: a model over LoanListRow and a fast filter.

`load_loan_list` reads everything the list shows in a fixed number of queries (the loans, the
products, the arrears list over every running loan) and is meant to run off the GUI thread.
As in ui/member_table.py, each row's texts and a lowercase search haystack are computed once
when the rows arrive, and the model sorts its own lists with Python keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.formatting import rupiah
from app.loans import arrears
from app.loans.lifecycle import LoanRow, list_loans
from app.loans.products import list_products
from app.loans.schedule import generate
from app.errors import Rejected
from ui.prepared_rows import SearchProxy, reorder
from ui.table_export import KIND_ROLE, RAW_ROLE

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LATE_RED = QColor("#b00020")
GREY = QColor("#6b6b6b")

COLUMNS = ("number", "member", "product", "principal", "outstanding", "instalment", "status", "days", "class")
MONEY_COLUMNS = frozenset({"principal", "outstanding", "instalment"})
LOAN_STATUSES = ("applied", "approved", "rejected", "disbursed", "paid_off", "written_off")
STATUS_FILTERS = ("all", "disbursed", "applied", "approved", "paid_off", "rejected", "written_off")
CLASS_FILTERS = ("all", *arrears.CLASSES)
_RAW = frozenset({"principal", "outstanding", "instalment", "days"})  # columns exported as int


@dataclass(frozen=True)
class LoanListRow:
    loan: LoanRow
    product_name: str
    instalment_rp: int  # the regular angsuran (the first row of its schedule)
    days_past_due: int  # 0 for loans not running
    kolektibilitas: str | None  # None for loans not running (or paid off)
    denda_rp: int = 0


def _instalment(loan: LoanRow, cache: dict) -> int:
    key = (loan.principal_rp, loan.rate, loan.periods, loan.method, loan.rounding_unit_rp, loan.period)
    if key not in cache:
        try:
            cache[key] = generate(loan.principal_rp, loan.rate, loan.periods, loan.method, loan.rounding_unit_rp,
                                  loan.first_due, loan.period)[0].total_rp
        except Rejected:
            cache[key] = 0
    return cache[key]


def load_loan_list(as_of: date) -> list[LoanListRow]:
    """Every loan, newest first, with its product, regular angsuran and arrears on `as_of`."""
    loans = list_loans()
    products = {p.id: p.name for p in list_products()}
    late = {r.loan_id: r for r in arrears.arrears_list(as_of, include_current=True)}
    cache: dict = {}
    rows = []
    for loan in loans:
        a = late.get(loan.id) if loan.status == "disbursed" else None
        rows.append(LoanListRow(
            loan, products.get(loan.product_id, "?"), _instalment(loan, cache),
            a.days_past_due if a else 0,
            a.kolektibilitas if a else (arrears.CLASSES[0] if loan.status == "disbursed" else None),
            a.denda_rp if a else 0,
        ))
    return rows


class LoanWords(QObject):
    """The words for loan statuses, methods, periods and kolektibilitas classes (one context)."""

    def status(self, status: str) -> str:
        return {
            "applied": self.tr("Diajukan"), "approved": self.tr("Disetujui"), "rejected": self.tr("Ditolak"),
            "disbursed": self.tr("Berjalan"), "paid_off": self.tr("Lunas"),
            "written_off": self.tr("Dihapusbukukan"),
        }.get(status, status)

    def kolektibilitas(self, name: str | None) -> str:
        return {
            "lancar": self.tr("Lancar"), "dalam_perhatian_khusus": self.tr("Dalam Perhatian Khusus"),
            "kurang_lancar": self.tr("Kurang Lancar"), "diragukan": self.tr("Diragukan"), "macet": self.tr("Macet"),
        }.get(name or "", name or "")

    def method(self, method: str) -> str:
        return {"flat": self.tr("Flat"), "efektif": self.tr("Efektif (menurun)"),
                "anuitas": self.tr("Anuitas")}.get(method, method)

    def period(self, period: str) -> str:
        return {"monthly": self.tr("Bulanan"), "weekly": self.tr("Mingguan")}.get(period, period)

    def per_period(self, period: str) -> str:
        return {"monthly": self.tr("per bulan"), "weekly": self.tr("per minggu")}.get(period, period)

    def periods(self, count: int, period: str) -> str:
        if period == "weekly":
            return self.tr("%n minggu", "", count)
        return self.tr("%n bulan", "", count)


_SORT_KEYS = {
    "number": lambda r: r.loan.id,
    "member": lambda r: r.loan.member_name.casefold(),
    "product": lambda r: r.product_name.casefold(),
    "principal": lambda r: r.loan.principal_rp,
    "outstanding": lambda r: r.loan.outstanding_rp,
    "instalment": lambda r: r.instalment_rp,
    "status": lambda r: LOAN_STATUSES.index(r.loan.status) if r.loan.status in LOAN_STATUSES else 99,
    "days": lambda r: r.days_past_due,
    "class": lambda r: arrears.CLASSES.index(r.kolektibilitas) if r.kolektibilitas in arrears.CLASSES else -1,
}


class LoanTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LoanListRow] = []
        self.texts: list[list[str]] = []
        self.haystacks: list[str] = []
        self.words = LoanWords(self)
        self._headers: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [
            self.tr("No. pinjaman"), self.tr("Anggota"), self.tr("Produk"), self.tr("Pokok\npinjaman"),
            self.tr("Sisa\npinjaman"), self.tr("Angsuran"), self.tr("Status"), self.tr("Hari\nterlambat"),
            self.tr("Kolektibilitas"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.texts = [self._row_texts(r) for r in self.rows]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def _row_texts(self, r: LoanListRow) -> list[str]:
        loan = r.loan
        running = loan.status == "disbursed"
        return [
            loan.number, loan.member_name, r.product_name, rupiah(loan.principal_rp),
            rupiah(loan.outstanding_rp) if running else "", rupiah(r.instalment_rp) if r.instalment_rp else "",
            self.words.status(loan.status), str(r.days_past_due) if r.days_past_due else "",
            self.words.kolektibilitas(r.kolektibilitas),
        ]

    def set_rows(self, rows: list[LoanListRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.texts = [self._row_texts(r) for r in self.rows]
        self.haystacks = [f"{r.loan.number}\n{r.loan.member_name}".casefold() for r in self.rows]
        self.endResetModel()

    def row_of(self, loan_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.loan.id == loan_id), -1)

    def total_outstanding(self) -> int:
        """Sisa pinjaman of every loan: the balance of 1-201 Piutang pinjaman anggota."""
        return sum(r.loan.outstanding_rp for r in self.rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == DISPLAY or role == TOOLTIP:
            return self.texts[index.row()][index.column()]
        name = COLUMNS[index.column()]
        if role == ALIGN and (name in MONEY_COLUMNS or name == "days"):
            return RIGHT
        if role == RAW_ROLE:  # Excel export: rupiah and days as int, blank where the screen is
            return self._raw(self.rows[index.row()], name) if name in _RAW else self.texts[index.row()][index.column()]
        if role == FOREGROUND:
            row = self.rows[index.row()]
            if row.days_past_due and name in ("days", "class", "outstanding"):
                return QBrush(LATE_RED)
            if row.loan.status in ("rejected", "paid_off", "written_off"):
                return QBrush(GREY)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and (COLUMNS[section] in MONEY_COLUMNS or COLUMNS[section] == "days"):
            return RIGHT
        if role == KIND_ROLE:
            return "money" if COLUMNS[section] in MONEY_COLUMNS else ("number" if COLUMNS[section] == "days" else "text")
        return None

    @staticmethod
    def _raw(row: LoanListRow, name: str) -> int | None:
        if name == "principal":
            return row.loan.principal_rp
        if name == "outstanding":
            return row.loan.outstanding_rp if row.loan.status == "disbursed" else None
        if name == "instalment":
            return row.instalment_rp or None
        return row.days_past_due or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _SORT_KEYS[COLUMNS[column]]
        order_of = sorted(range(len(self.rows)), key=lambda i: (key(self.rows[i]), self.rows[i].loan.id),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        reorder(self, order_of, "rows", "texts", "haystacks")


class LoanFilterProxy(SearchProxy):
    """Search over loan number and member name; status, kolektibilitas and "Menunggak saja"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = "all"
        self._class = "all"
        self._late_only = False

    def set_status(self, status: str) -> None:
        if status not in STATUS_FILTERS:
            raise ValueError(status)
        self.refilter(_status=status)

    def set_class(self, name: str) -> None:
        if name not in CLASS_FILTERS:
            raise ValueError(name)
        self.refilter(_class=name)

    def set_late_only(self, late_only: bool) -> None:
        self.refilter(_late_only=bool(late_only))

    def accepts(self, source_row: int) -> bool:
        row = self.sourceModel().rows[source_row]
        return ((self._status == "all" or row.loan.status == self._status)
                and (self._class == "all" or row.kolektibilitas == self._class)
                and (not self._late_only or bool(row.days_past_due)))

    def row_at(self, index: QModelIndex) -> LoanListRow | None:
        row = self.source_row(index)
        return None if row is None else self.sourceModel().rows[row]
