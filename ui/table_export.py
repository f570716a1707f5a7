"""Every table to Excel: a context-menu action "Ekspor ke Excel…" and Ctrl+E on the table.

    add_export_action(view, "riwayat-pembayaran")

is the one call a table needs (ui.register_widgets.register_table makes it for the registers).
Every export is recorded in the audit trail (kind "export": the table's title and the file).
The export writes what the table shows, as it shows it: the rows in the visible (sorted,
filtered) order, the visible columns in their on-screen order, the header texts. Each cell's
value comes from the model's RAW_ROLE (int rupiah, date, Decimal rate, text), falling back to
the text on screen; a column's kind comes from the header's KIND_ROLE ("money", "date", ...)
or is guessed from the values (ints shown as "Rp…" are money; texts that are all "Rp…" or all
dd/mm/yyyy are read back into rupiah and dates, so a table without RAW_ROLE still exports
numbers as numbers).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox, QWidget

from app import clock, settings
from app.documents.catalogue import documents_folder
from app.documents.output import DocumentError
from app.formatting import long_date, parse_rupiah
from ui import translation
from ui.messages import document_error_text

RAW_ROLE = int(Qt.ItemDataRole.UserRole) + 64  # a cell's value: int rupiah, date, Decimal, text
KIND_ROLE = RAW_ROLE + 1  # headerData(section, Horizontal, KIND_ROLE): one of app.xlsx_export.KINDS
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
SHORTCUT = "Ctrl+E"

# The names register_table gives its tables, as the export files are called.
OBJECT_SLUGS = {"memberTable": "anggota", "savingsTable": "simpanan", "passbook": "buku-simpanan",
                "loanTable": "pinjaman", "cashbookTable": "buku-kas-umum", "usahaItems": "produk-bahan",
                "usahaPurchases": "pembelian-usaha", "usahaPayables": "utang-pemasok",
                "usahaProductions": "produksi-usaha", "usahaSales": "penjualan-usaha",
                "usahaReceivables": "piutang-penjualan", "usahaStock": "stok-usaha", "usahaStockCard": "kartu-stok",
                "usahaWork": "catatan-kerja", "sharePreview": "pratinjau-bagi-hasil", "priceHistory": "riwayat-harga",
                "auditTable": "jejak-audit"}

_RUPIAH_TEXT = re.compile(r"^\(?-?Rp-?[0-9.]+(?:,-|,0+)?\)?$")
_DATE_TEXT = re.compile(r"^([0-9]{2})/([0-9]{2})/([0-9]{4})$")


class ExportWords(QObject):
    """The words of the export (one translation context)."""

    def action(self) -> str:
        return self.tr("Ekspor ke Excel…")

    def title(self, slug: str) -> str:
        return {
            "anggota": self.tr("Daftar anggota"),
            "simpanan": self.tr("Simpanan anggota"),
            "buku-simpanan": self.tr("Buku simpanan"),
            "pinjaman": self.tr("Daftar pinjaman"),
            "kartu-pinjaman": self.tr("Kartu pinjaman"),
            "jadwal-angsuran": self.tr("Jadwal angsuran"),
            "riwayat-pembayaran": self.tr("Riwayat pembayaran"),
            "daftar-tagihan": self.tr("Daftar tagihan"),
            "tagihan-anggota": self.tr("Tagihan anggota"),
            "cadangan": self.tr("Cadangan data"),
            "usaha-kelompok": self.tr("Kelompok usaha"),
            "jenis-pinjaman": self.tr("Jenis pinjaman"),
            "buku-kas-umum": self.tr("Buku Kas Umum"),
            "inventaris": self.tr("Buku Inventaris"),
            "produk-bahan": self.tr("Produk dan bahan"),
            "pembelian-usaha": self.tr("Pembelian usaha"),
            "utang-pemasok": self.tr("Utang ke pemasok"),
            "produksi-usaha": self.tr("Produksi usaha"),
            "penjualan-usaha": self.tr("Penjualan usaha"),
            "piutang-penjualan": self.tr("Piutang penjualan"),
            "stok-usaha": self.tr("Stok usaha"),
            "kartu-stok": self.tr("Kartu stok"),
            "catatan-kerja": self.tr("Catatan kerja anggota"),
            "pratinjau-bagi-hasil": self.tr("Pratinjau bagi hasil"),
            "riwayat-harga": self.tr("Riwayat harga"),
            "jejak-audit": self.tr("Jejak audit"),
        }.get(slug, slug.replace("-", " ").capitalize())

    def printed(self, day: date) -> str:
        return self.tr("Dicetak {date}").format(date=long_date(day, translation.current()))

    def dialog_title(self) -> str:
        return self.tr("Ekspor ke Excel")

    def file_filter(self) -> str:
        return self.tr("Buku kerja Excel (*.xlsx)")

    def saved(self, path: Path) -> str:
        return self.tr("Tabel tersimpan sebagai {name}\ndi folder {folder}.").format(name=path.name, folder=path.parent)

    def open_folder(self) -> str:
        return self.tr("Buka folder")

    def empty(self) -> str:
        return self.tr("Tabel ini kosong; tidak ada yang diekspor.")


# --- reading a view -----------------------------------------------------------------------


def _python(value):
    """Qt's date types (from a QTableWidgetItem) as Python's."""
    if isinstance(value, QDateTime):
        return value.toPython()
    if isinstance(value, QDate):
        return value.toPython()
    return value


def _guess_kind(header: str, values: list, texts: list[str]) -> str:
    """A column's kind from its (raw) values and what the screen shows."""
    present = [(v, t) for v, t in zip(values, texts) if v is not None and v != ""]
    if not present:
        return "text"
    figures = [(v, t) for v, t in present if not isinstance(v, str)]
    if figures and all(isinstance(v, (date, datetime)) for v, _ in figures):
        return "date"
    if figures and all(isinstance(v, Decimal) for v, _ in figures):
        return "percent"
    if figures and all(isinstance(v, int) and not isinstance(v, bool) for v, _ in figures):
        if "rp" in header.casefold() or any("Rp" in t for _, t in figures):
            return "money"
        return "number"
    if not figures:  # all text: read it back when every cell is rupiah, or every cell a date
        words = [v.strip() for v, _ in present]
        if all(_RUPIAH_TEXT.match(w) for w in words):
            return "money"
        if all(_DATE_TEXT.match(w) for w in words):
            return "date"
    return "text"


def _from_text(kind: str, value):
    """A text cell read back as its column's kind (tables without RAW_ROLE)."""
    if not isinstance(value, str) or not value.strip():
        return value if value != "" else None
    text = value.strip()
    if kind == "money" and _RUPIAH_TEXT.match(text):
        negative = text.startswith("(") or "-" in text
        amount = parse_rupiah(text.strip("()").replace("-", ""))
        if amount is not None:
            return -amount if negative else amount
    if kind == "date":
        found = _DATE_TEXT.match(text)
        if found:
            day, month, year = (int(part) for part in found.groups())
            try:
                return date(year, month, day)
            except ValueError:
                return value
    return value


def table_contents(view: QAbstractItemView) -> tuple[list[str], list[list], list[str]]:
    """(headers, rows, kinds) of what `view` shows: visible rows in their order, visible
    columns in their on-screen order."""
    model = view.model()
    if model is None:
        return [], [], []
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else None
    count = model.columnCount()
    order = [header.logicalIndex(v) for v in range(count)] if header is not None else list(range(count))
    columns = [c for c in order if not (hasattr(view, "isColumnHidden") and view.isColumnHidden(c))]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) or "") for c in columns]
    rows = [r for r in range(model.rowCount()) if not (hasattr(view, "isRowHidden") and view.isRowHidden(r))]

    values: list[list] = []
    texts: list[list[str]] = []
    for r in rows:
        raw_row, text_row = [], []
        for c in columns:
            index = model.index(r, c)
            text = index.data(DISPLAY)
            text = "" if text is None else str(text)
            raw = _python(index.data(RAW_ROLE))
            raw_row.append(raw if raw is not None else (text or None))
            text_row.append(text)
        values.append(raw_row)
        texts.append(text_row)

    from app.xlsx_export import KINDS  # openpyxl loads on the first export, not at start

    kinds = []
    for position, c in enumerate(columns):
        given = model.headerData(c, Qt.Orientation.Horizontal, KIND_ROLE)
        column_values = [row[position] for row in values]
        guessed = _guess_kind(headers[position], column_values, [row[position] for row in texts])
        kinds.append(given if given in KINDS else guessed)
    for row in values:
        for position, kind in enumerate(kinds):
            row[position] = _from_text(kind, row[position])
    return headers, values, kinds


# --- the export ---------------------------------------------------------------------------


def default_path(slug: str) -> Path:
    """<the book's dokumen folder>/<slug>-2026-08-17.xlsx (the home folder without a book)."""
    try:
        folder = documents_folder()
    except (AttributeError, TypeError):  # no book open
        folder = Path.home()
    return folder / f"{slug}-{clock.today().isoformat()}.xlsx"


def _title_lines(title: str) -> list[str]:
    words = ExportWords()
    try:
        group = settings.get("group_name")
    except Exception:  # noqa: BLE001 - no book open: the title lines go without the group
        group = ""
    return [line for line in (group, title, words.printed(clock.today())) if line]


def _message(parent: QWidget | None, icon: QMessageBox.Icon, text: str, folder: Path | None = None) -> None:
    words = ExportWords()
    box = QMessageBox(icon, words.dialog_title(), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("exportMessage")
    open_button = box.addButton(words.open_folder(), QMessageBox.ButtonRole.ActionRole) if folder else None
    box.exec()
    if open_button is not None and box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def export_table(view: QAbstractItemView, parent: QWidget | None, suggested_name: str,
                 title: str | None = None) -> Path | None:
    """Ask where, write the table there as .xlsx and say where it went (or what went wrong).
    Returns the written path, or None when nothing was written."""
    words = ExportWords()
    parent = parent or view.window()
    headers, rows, kinds = table_contents(view)
    if not headers:
        _message(parent, QMessageBox.Icon.Information, words.empty())
        return None
    title = title or words.title(suggested_name)
    chosen, _ = QFileDialog.getSaveFileName(parent, words.dialog_title(), str(default_path(suggested_name)),
                                            words.file_filter())
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    from app.xlsx_export import write_xlsx

    try:
        written = write_xlsx(path, title, headers, rows, kinds, title_lines=_title_lines(title))
    except DocumentError as error:
        _message(parent, QMessageBox.Icon.Warning, document_error_text(error))
        return None
    _record(title, written, len(rows))
    _message(parent, QMessageBox.Icon.Information, words.saved(written), folder=written.parent)
    return written


def _record(title: str, written: Path, rows: int) -> None:
    """The audit trail: what left the book, where to (a table may carry names and NIKs)."""
    from app import privacy

    try:
        privacy.record_export(title, str(written), rows)
    except Exception:  # noqa: BLE001 - no book open (a table shown without one): nothing to record in
        pass


class _ExportAction(QAction):
    """The action on one table; its words follow the interface language."""

    def __init__(self, view: QAbstractItemView, slug: str, title: Callable[[], str] | str | None) -> None:
        super().__init__(view)
        self.setObjectName("exportToExcel")
        self._view, self._slug, self._title = view, slug, title
        self.setShortcut(QKeySequence(SHORTCUT))
        self.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.triggered.connect(self.export)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(ExportWords().action())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def export(self) -> Path | None:
        title = self._title() if callable(self._title) else self._title
        return export_table(self._view, self._view.window(), self._slug, title)


def add_export_action(view: QAbstractItemView, name: str, title: Callable[[], str] | str | None = None) -> QAction:
    """Give `view` the context-menu action "Ekspor ke Excel…" and Ctrl+E. `name` is the file
    name's first part (e.g. "riwayat-pembayaran"; a register's object name is mapped to one);
    `title` (text or a function giving it) names the table in the file, else one from the name."""
    existing = view.findChild(QAction, "exportToExcel")
    if existing is not None:
        return existing
    action = _ExportAction(view, OBJECT_SLUGS.get(name, name), title)
    view.addAction(action)
    if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
