"""Member statements: the passbook (buku simpanan) and the loan card (kartu pinjaman), for one
member or for every member in one PDF, each member starting on a new page.

    build(Request("passbook", end=date(2026, 8, 17), member_id=None), "out.pdf", progress)

A district prints 3 000 members' ten years of savings (about 440 000 passbook lines) in one
run, so these two documents are not built with platypus (a table cell costs tens of
microseconds there): the data is read in bulk (one pass over the savings postings, one load of
every loan), laid out here line by line, and written to the page as PDF text operators whose
encoded form is kept per distinct string (dates, amounts and descriptions repeat endlessly).
The look follows app.documents.report: letterhead, title and as-of date, ruled tables with a
grey header repeated on every page, footer with the printed date and "Halaman n dari N" (here
counted per member, since each member's statement is handed to her on its own).

Progress is reported once per member; a Cancel stops the run (output.write_atomically then
removes the partial file).
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app import clock, ledger, members, savings
from app.db import db
from app.documents.catalogue import paper_of
from app.documents.fonts import BOLD, FONT, register_fonts
from app.documents.letterhead import Letterhead, letterhead
from app.documents.output import Progress, step
from app.documents.text import visual
from app.documents.words import Words
from app.formatting import LOCALES
from app.documents.loan_portfolio import WORDS as PORTFOLIO_WORDS
from app.loans import arrears, lifecycle, written_off
from app.loans import state as st
from app.opening import loans as opening_loans
from app.members import MemberRow

WORDS = Words({
    "passbook": ("BUKU SIMPANAN ANGGOTA", "MEMBER'S SAVINGS PASSBOOK"),
    "loan_card": ("KARTU PINJAMAN ANGGOTA", "MEMBER'S LOAN CARD"),
    "passbook_short": ("Buku Simpanan", "Savings passbook"),
    "loan_card_short": ("Kartu Pinjaman", "Loan card"),
    "as_of": ("Per {date}", "As of {date}"),
    "continued": ("(lanjutan)", "(continued)"),
    "number": ("Nomor anggota", "Member number"),
    "name": ("Nama", "Name"),
    "address": ("Alamat", "Address"),
    "joined": ("Tanggal masuk", "Joined on"),
    "left": ("Tanggal keluar", "Left on"),
    "tanggal": ("Tanggal", "Date"),
    "uraian": ("Uraian", "Description"),
    "setor": ("Setor", "Deposit"),
    "tarik": ("Tarik", "Withdrawal"),
    "saldo": ("Saldo", "Balance"),
    "paraf": ("Paraf", "Initials"),
    "pokok": ("Simpanan Pokok", "Principal savings (pokok)"),
    "wajib": ("Simpanan Wajib", "Compulsory savings (wajib)"),
    "sukarela": ("Simpanan Sukarela", "Voluntary savings (sukarela)"),
    "closing": ("Saldo per {date}", "Balance at {date}"),
    "balances": ("Saldo per {date}", "Balances at {date}"),
    "total_savings": ("Jumlah simpanan", "Total savings"),
    "none_yet": ("Belum ada transaksi.", "No transactions yet."),
    "reversed": ("(dibatalkan)", "(reversed)"),
    "wajib_status": ("Simpanan wajib {months} bulan × {amount} = {due}; dibayar {paid}",
                     "Compulsory savings {months} months × {amount} = {due}; paid {paid}"),
    "wajib_owed": ("tunggakan {owed}", "in arrears {owed}"),
    "wajib_ahead": ("lebih bayar {ahead}", "paid ahead {ahead}"),
    "wajib_even": ("lunas sampai bulan ini", "paid up to this month"),
    "member_left": ("Anggota keluar pada {date}; simpanan telah dikembalikan.",
                    "Left the group on {date}; savings paid back."),
    "ke": ("Angsuran ke", "Instalment"),
    "due_date": ("Tanggal", "Date"),
    "loan_pokok": ("Pokok", "Principal"),
    "jasa": ("Jasa", "Interest"),
    "denda": ("Denda", "Penalty"),
    "jumlah": ("Jumlah", "Total"),
    "sisa": ("Sisa pinjaman", "Outstanding"),
    "paid_row": ("  dibayar", "  paid"),
    "written_off_row": ("  hapus buku", "  written off"),
    "recovery_row": ("  pemulihan", "  recovered"),
    "total_schedule": ("Jadwal", "Scheduled"),
    "total_paid": ("Dibayar", "Paid"),
    "loan": ("Pinjaman {number}", "Loan {number}"),
    "status": ("Status", "Status"),
    "principal": ("Pokok pinjaman", "Principal"),
    "rate": ("Jasa", "Interest"),
    "term": ("Jangka waktu", "Term"),
    "disbursed": ("Dicairkan", "Disbursed"),
    "applied": ("Diajukan", "Applied"),
    "opened": ("Pinjaman dari buku lama: pokok awal {principal}, cair {date}, {paid} angsuran dibayar sebelum {opening}",
               "Loan from the old book: original principal {principal}, disbursed {date}, {paid} instalments paid"
               " before {opening}"),
    "monthly": ("{n} bulan", "{n} months"),
    "weekly": ("{n} minggu", "{n} weeks"),
    "per_monthly": ("per bulan", "a month"),
    "per_weekly": ("per minggu", "a week"),
    "flat": ("flat", "flat"),
    "efektif": ("efektif/menurun", "declining balance"),
    "anuitas": ("anuitas", "annuity"),
    "st_applied": ("Diajukan", "Applied"),
    "st_approved": ("Disetujui, belum dicairkan", "Approved, not disbursed"),
    "st_rejected": ("Ditolak", "Rejected"),
    "st_disbursed": ("Berjalan · {class}", "Running · {class}"),
    "st_late": ("Menunggak {days} hari · {class}", "{days} days late · {class}"),
    "arrears_line": ("Tunggakan per {date}: pokok {pokok}, jasa {jasa}, denda {denda}; jumlah {total}",
                     "In arrears at {date}: principal {pokok}, interest {jasa}, penalty {denda}; total {total}"),
    "st_paid_off": ("Lunas", "Paid off"),
    "st_written_off": ("Dihapusbukukan {date}", "Written off {date}"),
    "not_disbursed": ("Belum dicairkan: jadwal angsuran dibuat saat pencairan.",
                      "Not disbursed: the schedule is made at disbursement."),
    "rejected_note": ("Ditolak: {note}", "Rejected: {note}"),
    "no_members": ("Belum ada anggota per tanggal ini.", "No members at this date."),
    "no_loans": ("Belum ada pinjaman.", "No loans yet."),
    "no_loans_at_all": ("Belum ada pinjaman anggota per tanggal ini.", "No member has a loan at this date."),
    "skipped": ("{n} anggota tanpa pinjaman tidak dicetak.", "{n} members without loans are not printed."),
    "page": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "printed": ("Dicetak {date} dengan Lumbung", "Printed {date} with Lumbung"),
})

register_fonts()

SIZE = 8  # table text
ROW = 11.5  # table row height, points
LINE = SIZE * 1.2  # each further line of a wrapped cell
HEAD_ROW = 13
GREY = "0.9 g"


# --- fast formatting ---------------------------------------------------------------------


def _rp(amount: int) -> str:
    """Rp1.250.000, negative (Rp1.250.000), as app.formatting.rupiah(parentheses=True) writes it
    (without Babel: 400 000 lines)."""
    text = "Rp" + f"{abs(amount):,}".replace(",", ".")
    return f"({text})" if amount < 0 else text


_dates: dict[date, str] = {}


def _d(value: date | None) -> str:
    if value is None:
        return ""
    text = _dates.get(value)
    if text is None:
        text = _dates[value] = value.strftime("%d/%m/%Y")
    return text


def _long(value: date, lang: str) -> str:
    """17 Agustus 2026."""
    return format_date(value, "d MMMM y", locale=LOCALES[lang])


_ZEROS = str.maketrans("123456789", "000000000")
_iso_dates: dict[str, str] = {}


def _iso_date(text: str) -> str:
    """'2026-08-17' (as stored) -> '17/08/2026'."""
    found = _iso_dates.get(text)
    if found is None:
        found = _iso_dates[text] = f"{text[8:10]}/{text[5:7]}/{text[:4]}"
    return found


# --- the page writer ---------------------------------------------------------------------


@dataclass(frozen=True)
class Col:
    title: str
    width: float  # mm; the columns are scaled to the usable width
    align: str = "left"  # left, right, centre
    money: bool = False  # every value is _rp's: ASCII, digits of one width (see _Statement.row)


class _Writer:
    """Pages of one PDF drawn with raw PDF operators; text encoded once per distinct string."""

    def __init__(self, target: str, request, lh: Letterhead, title: str) -> None:
        paper = paper_of(request)
        self.width, self.height = paper.size
        self.margin = paper.margin
        self.lang = request.lang
        self.lh = lh
        self.canvas = Canvas(target, pagesize=paper.size, pageCompression=1, initialFontName=FONT)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(lh.group_name)
        self.canvas.setCreator("Lumbung")
        self._doc = self.canvas._doc
        self._fonts = {False: pdfmetrics.getFont(FONT), True: pdfmetrics.getFont(BOLD)}
        self._encoded: dict[tuple[bool, str], tuple] = {}
        self._widths: dict[tuple[bool, float, str], float] = {}
        self.cells: dict[tuple, tuple[str, str, str]] = {}  # see _Statement.row
        self.printed = WORDS("printed", self.lang).format(date=_d(clock.today()))
        self.logo = None
        if lh.logo:
            reader = ImageReader(io.BytesIO(lh.logo))
            w, h = reader.getSize()
            self.logo = (14 * mm * w / h, 14 * mm)
            self.canvas.beginForm("logo")
            self.canvas.drawImage(reader, 0, 0, *self.logo, mask="auto")
            self.canvas.endForm()
        self.pages: list[tuple[list[str], list[str]]] = []  # the current member's pages
        self.new_page()

    # measuring
    def text_width(self, text: str, size: float = SIZE, bold: bool = False) -> float:
        key = (bold, size, text)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = pdfmetrics.stringWidth(visual(text), BOLD if bold else FONT, size)
        return width

    def shrunk(self, text: str, width: float, size: float = SIZE, bold: bool = False) -> float:
        """The size at which `text` fits in `width` on one line: `size`, or smaller (never cut)."""
        wide = self.text_width(text, size, bold)
        return size if wide <= width else size * width / wide

    def wrap(self, text: str, width: float, size: float = SIZE, bold: bool = False) -> list[str]:
        return simpleSplit(text, BOLD if bold else FONT, size, width) or [""]

    # drawing
    def new_page(self) -> None:
        self.gfx, self.txt = [], []
        self.pages.append((self.gfx, self.txt))
        self.y = self.height - self.margin
        self.font = None

    @property
    def bottom(self) -> float:
        return self.margin + 6 * mm

    @property
    def left(self) -> float:
        return self.margin

    @property
    def right(self) -> float:
        return self.width - self.margin

    def text(self, x: float, y: float, text: str, size: float = SIZE, bold: bool = False,
             align: str = "left") -> None:
        if not text:
            return
        if align != "left":
            width = self.text_width(text, size, bold)
            x -= width if align == "right" else width / 2
        out = self.txt
        out.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for name, chunk in self.encoded(visual(text), bold):
            font = f"{name} {size} Tf"
            if font != self.font:
                out.append(font)
                self.font = font
            out.append(f"({chunk}) Tj")

    def encoded(self, text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
        """The text as (font subset, escaped bytes) pieces, once per distinct string."""
        key = (bold, text)
        pieces = self._encoded.get(key)
        if pieces is None:
            font = self._fonts[bold]
            pieces = self._encoded[key] = tuple(
                (font.getSubsetInternalName(subset, self._doc), self.canvas._escape(chunk))
                for subset, chunk in font.splitString(text, self._doc))
        return pieces

    def hline(self, x1: float, x2: float, y: float, width: float = 0.4) -> None:
        self.gfx.append(f"{width} w {x1:.2f} {y:.2f} m {x2:.2f} {y:.2f} l S")

    def vline(self, x: float, y1: float, y2: float, width: float = 0.4) -> None:
        self.gfx.append(f"{width} w {x:.2f} {y1:.2f} m {x:.2f} {y2:.2f} l S")

    def fill(self, x: float, y: float, w: float, h: float) -> None:
        self.gfx.append(f"{GREY} {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f 0 g")

    def paragraph(self, text: str, size: float = SIZE + 1, bold: bool = False, align: str = "left",
                  leading: float | None = None) -> None:
        leading = leading or size * 1.3
        width = self.right - self.left
        x = {"left": self.left, "right": self.right, "centre": (self.left + self.right) / 2}[align]
        for line in self.wrap(text, width, size, bold):
            self.y -= leading
            self.text(x, self.y + leading * 0.25, line, size, bold, align)

    def finish_statement(self, label: str) -> None:
        """Footers on the member's pages ("page n of N" counted per member), then onto the canvas."""
        total = len(self.pages)
        canvas = self.canvas
        for number, (gfx, txt) in enumerate(self.pages, start=1):
            self.gfx, self.txt, self.font = gfx, txt, None
            self.text(self.left, self.margin, self.printed, 7)
            page = WORDS("page", self.lang).format(page=number, pages=total)
            footer = f"{label} · {page}" if label else page
            room = (self.right - self.left) / 2
            self.text(self.right, self.margin, footer, self.shrunk(footer, room, 7), align="right")
            if gfx and gfx[0] == "logo":
                gfx.pop(0)
                canvas.saveState()
                canvas.translate(self.left, self.height - self.margin - self.logo[1])
                canvas.doForm("logo")
                canvas.restoreState()
            canvas.addLiteral("0 G 0 g 1 J\n" + "\n".join(gfx) + "\nBT\n" + "\n".join(txt) + "\nET")
            canvas.showPage()
        self.pages = []
        self.new_page()

    def save(self) -> None:
        self.pages.pop()  # the empty page opened after the last statement
        # Page streams zlib-compressed only: reportlab's ASCII85 wrapping runs in pure Python
        # without its optional C accelerator, and took half the time of a district's passbooks.
        # A race with another document being saved only gives that one plain Flate streams too.
        a85 = rl_config.useA85
        rl_config.useA85 = 0
        try:
            self.canvas.save()
        finally:
            rl_config.useA85 = a85


class _Statement:
    """One member's statement on the writer: letterhead, title, member block, tables."""

    def __init__(self, w: _Writer, kind: str, as_of: date, member: MemberRow) -> None:
        self.w, self.kind, self.as_of, self.member = w, kind, as_of, member
        self.label = f"{members.format_number(member.number)} {member.name}"
        self.table: tuple[list[Col], list[float]] | None = None
        self.heading = ""  # the section's title, repeated "(lanjutan)" over its table's rest

    def _words(self, key: str, **params) -> str:
        text = WORDS(key, self.w.lang)
        return text.format(**params) if params else text

    def first_page(self) -> None:
        w, lh, lang = self.w, self.w.lh, self.w.lang
        x = w.left
        if w.logo:
            w.gfx.append("logo")
            x += w.logo[0] + 4 * mm
        room = w.right - x
        y = w.height - w.margin - 12
        for line in w.wrap(lh.group_name, room, 12, True)[:2]:
            w.text(x, y, line, 12, True)
            y -= 14
        for line in w.wrap(lh.address, room, 7.5)[:2] if lh.address else []:
            w.text(x, y, line, 7.5)
            y -= 9.5
        if w.logo:
            y = min(y, w.height - w.margin - w.logo[1] - 4)
        w.hline(w.left, w.right, y, 1)
        w.y = y - 3
        w.paragraph(self._words(self.kind), 12, True, "centre", 15)
        w.paragraph(self._words("as_of", date=_long(self.as_of, lang)), SIZE + 1, align="centre")
        w.y -= 6
        m = self.member
        address = ", ".join(part for part in (
            m.street, f"RT {m.rt}" + (f"/RW {m.rw}" if m.rw else "") if m.rt else (f"RW {m.rw}" if m.rw else ""),
            m.desa, m.kecamatan and f"Kec. {m.kecamatan}", m.kabupaten) if part)
        fields = [("number", members.format_number(m.number)), ("name", m.name), ("address", address or "-"),
                  ("joined", _d(m.joined_on))]
        if m.left_on is not None and m.left_on <= self.as_of:
            fields.append(("left", _d(m.left_on)))
        label_width = max(w.text_width(self._words(k), SIZE + 1) for k, _ in fields) + 4
        for key, value in fields:
            lines = w.wrap(value, w.right - w.left - label_width - 8, SIZE + 1, key == "name")
            w.y -= 12
            w.text(w.left, w.y, self._words(key), SIZE + 1)
            w.text(w.left + label_width, w.y, ":", SIZE + 1)
            for i, line in enumerate(lines):
                if i:
                    w.y -= 11
                w.text(w.left + label_width + 8, w.y, line, SIZE + 1, key == "name")
        w.y -= 6

    def continuation(self) -> None:
        """A later page: one line naming the group, the document and the member, then a rule."""
        w = self.w
        w.new_page()
        w.y -= 9
        title = f"{self._words(self.kind + '_short')} · {self.label} {self._words('continued')}"
        group = self.w.lh.group_name
        w.text(w.left, w.y, title, w.shrunk(title, (w.right - w.left) * 0.68, SIZE))
        w.text(w.right, w.y, group, w.shrunk(group, (w.right - w.left) * 0.3, SIZE), align="right")
        w.y -= 4
        w.hline(w.left, w.right, w.y, 0.8)
        w.y -= 6

    def room(self, height: float) -> None:
        """Start a new page unless `height` more points fit on this one."""
        if self.w.y - height < self.w.bottom:
            self.end_table_part()
            self.continuation()
            if self.table is not None:
                if self.heading:
                    self._heading(f"{self.heading} {self._words('continued')}")
                self._table_head()

    def section(self, title: str, needs: float = 4 * ROW) -> None:
        self.room(needs + 16)
        self.heading = title
        self._heading(title)

    def _heading(self, title: str) -> None:
        w = self.w
        for part in w.wrap(title, w.right - w.left, SIZE + 1.5, True):
            w.y -= 14
            w.text(w.left, w.y + 3, part, SIZE + 1.5, True)

    def line(self, text: str, size: float = SIZE + 1, bold: bool = False) -> None:
        for part in self.w.wrap(text, self.w.right - self.w.left, size, bold):
            self.room(size * 1.4)
            self.w.y -= size * 1.4
            self.w.text(self.w.left, self.w.y + 2.5, part, size, bold)

    # tables
    def start_table(self, columns: list[Col]) -> None:
        w = self.w
        scale = (w.right - w.left) / sum(c.width for c in columns)
        edges = [w.left]
        for c in columns:
            edges.append(edges[-1] + c.width * scale)
        self.room(HEAD_ROW + 3 * ROW)
        self.table = (columns, edges)
        self.table_key = tuple((c.width, c.align) for c in columns)
        self.money = {i for i, c in enumerate(columns) if c.money}
        self._table_head()

    def _table_head(self) -> None:
        w = self.w
        columns, edges = self.table
        self._top = w.y
        w.fill(edges[0], w.y - HEAD_ROW, edges[-1] - edges[0], HEAD_ROW)
        w.hline(edges[0], edges[-1], w.y)
        w.y -= HEAD_ROW
        for c, x0, x1 in zip(columns, edges, edges[1:]):
            w.text((x0 + x1) / 2, w.y + 4, c.title, w.shrunk(c.title, x1 - x0 - 3, SIZE, True), True, "centre")
        w.hline(edges[0], edges[-1], w.y)

    def row(self, cells, bold: bool = False, rule: float = 0.25) -> None:
        """A row of the open table; a text too wide for its column wraps onto more lines."""
        w = self.w
        lines = self._wrapped(cells, bold)
        height = ROW + (len(lines) - 1) * LINE
        if w.y - height < w.bottom:
            self.room(height)
        w.y -= ROW
        self._line(lines[0], bold)
        for more in lines[1:]:
            w.y -= LINE
            self._line(more, bold)
        w.hline(self.table[1][0], self.table[1][-1], w.y, rule)

    def _wrapped(self, cells, bold: bool) -> list:
        """The row as lines of cells: one line unless a text is wider than its column."""
        w = self.w
        columns, edges = self.table
        split = {}
        for index, value in enumerate(cells):
            if value and index not in self.money and columns[index].align != "centre":
                room = edges[index + 1] - edges[index] - 4
                if w.text_width(value, SIZE, bold) > room:
                    split[index] = w.wrap(value, room, SIZE, bold)
        if not split:
            return [cells]
        count = max(len(parts) for parts in split.values())
        return [tuple(split[i][k] if k < len(split.get(i, ())) else (value if k == 0 and i not in split else "")
                      for i, value in enumerate(cells)) for k in range(count)]

    def _line(self, cells, bold: bool) -> None:
        w = self.w
        y = f" {w.y + 3.3:.2f} Tm\n"
        out = w.txt
        cache = w.cells
        money = self.money
        for index, value in enumerate(cells):
            if value:
                if index in money:
                    # A running balance is new on every line: place it by its shape (DejaVu's
                    # digits are all one width) and show it as it is (ASCII is its own code in
                    # the font's first subset).
                    key = (self.table_key, index, bold, value.translate(_ZEROS))
                    found = cache.get(key)
                    if found is None:
                        found = cache[key] = self._cell(index, key[3], bold)
                    x, font = found[0], found[1]
                    shown = f"({value}) Tj" if value[0] != "(" else f"(\\({value[1:-1]}\\)) Tj"
                else:
                    key = (self.table_key, index, bold, value)
                    found = cache.get(key)
                    if found is None:
                        found = cache[key] = self._cell(index, value, bold)
                    x, font, shown = found
                if font != w.font:
                    out.append(font)
                    w.font = font
                out.append(x + y + shown)

    def _cell(self, index: int, value: str, bold: bool) -> tuple[str, str, str]:
        """A cell's text as PDF operators: its x, the font it starts in, the text shown (a
        string outside the first 256 characters DejaVu has met switches subsets inside)."""
        w = self.w
        columns, edges = self.table
        c, x0, x1 = columns[index], edges[index], edges[index + 1]
        if c.align == "centre":
            x = (x0 + x1 - w.text_width(value, SIZE, bold)) / 2
        else:
            x = x1 - 2 - w.text_width(value, SIZE, bold) if c.align == "right" else x0 + 2
        pieces = w.encoded(value, bold)
        shown = " ".join(f"{name} {SIZE} Tf ({chunk}) Tj" if i else f"({chunk}) Tj"
                         for i, (name, chunk) in enumerate(pieces))
        # After the cell the font is its last piece's.
        last = f"{pieces[-1][0]} {SIZE} Tf"
        return f"1 0 0 1 {x:.2f}", f"{pieces[0][0]} {SIZE} Tf", shown + ("" if len(pieces) == 1 else f"\n{last}")

    def end_table_part(self) -> None:
        if self.table is None:
            return
        _, edges = self.table
        for x in edges:
            self.w.vline(x, self._top, self.w.y)

    def end_table(self) -> None:
        self.end_table_part()
        self.table = None
        self.w.y -= 4


# --- passbook ----------------------------------------------------------------------------

_SAVINGS_LINES = (
    "SELECT p.member_id, p.account_id, p.amount_rp, p.entry_date, e.description,"
    " r.entry_date IS NOT NULL AND r.entry_date <= ?"
    " FROM postings p JOIN journal_entries e ON e.id = p.entry_id"
    " LEFT JOIN journal_entries r ON r.id = e.reversed_by_id"
    " WHERE p.account_id IN ({accounts}) AND p.member_id {member} AND p.entry_date <= ?"
    " ORDER BY p.member_id, p.entry_date, p.entry_id, p.id"
)


def _passbook_lines(as_of: date, member_id: int | None) -> dict[int, list[tuple]]:
    """Every member's savings postings up to `as_of` in one query, by member, in the order of
    savings.passbook (date, entry, posting): (member, account id, amount as posted, ISO date,
    description, reversed by a storno dated by `as_of`)."""
    accounts = [a.id for a in savings.kind_accounts().values()]
    sql = _SAVINGS_LINES.format(accounts=",".join("?" * len(accounts)),
                                member="IS NOT NULL" if member_id is None else "= ?")
    iso = as_of.isoformat()
    params = (iso, *accounts, *(() if member_id is None else (member_id,)), iso)
    return {mid: list(lines) for mid, lines in groupby(db.execute_sql(sql, params), itemgetter(0))}


def _uraian(description: str, number: str) -> str:
    """The entry's description without the member's own number and name at its end
    ("Setoran simpanan wajib – 0001 Siti Aisyah": her name as it was when it was entered)."""
    cut = description.rfind(f" – {number} ")
    return description[:cut] if cut > 0 else description


def _passbook(w: _Writer, as_of: date, member: MemberRow, lines: list[tuple], wajib_rp: int,
              accounts: dict[int, tuple[str, int]]) -> None:
    """`accounts`: account id -> (savings kind, +1 or -1: how a posting moves the saldo)."""
    s = _Statement(w, "passbook", as_of, member)
    s.first_page()
    lang = w.lang
    by_kind: dict[str, list[tuple]] = {kind: [] for kind in savings.KINDS}
    for line in lines:
        by_kind[accounts[line[1]][0]].append(line)
    sign = {kind: sign for kind, sign in accounts.values()}
    closing = {kind: sign[kind] * sum(line[2] for line in kind_lines) for kind, kind_lines in by_kind.items()}
    # The balances first: what the member wants to know.
    s.line(WORDS("balances", lang).format(date=_d(as_of)) + ": " + " · ".join(
        f"{WORDS(kind, lang)} {_rp(closing[kind])}" for kind in savings.KINDS), SIZE + 1)
    s.line(f"{WORDS('total_savings', lang)}: {_rp(sum(closing.values()))}", SIZE + 1, True)
    if member.left_on is not None and member.left_on <= as_of:
        s.line(WORDS("member_left", lang).format(date=_d(member.left_on)))
    elif member.joined_on <= as_of:
        status = savings.wajib_of(member, as_of, closing["wajib"], wajib_rp)
        text = WORDS("wajib_status", lang).format(months=status.months_due, amount=_rp(wajib_rp),
                                                 due=_rp(status.due_rp), paid=_rp(status.paid_rp))
        if status.owed_rp:
            text += "; " + WORDS("wajib_owed", lang).format(owed=_rp(status.owed_rp))
        elif status.paid_ahead_rp:
            text += "; " + WORDS("wajib_ahead", lang).format(ahead=_rp(status.paid_ahead_rp))
        else:
            text += "; " + WORDS("wajib_even", lang)
        s.line(text)
    columns = [Col(WORDS("tanggal", lang), 20, "centre"), Col(WORDS("uraian", lang), 66),
               Col(WORDS("setor", lang), 25, "right", True), Col(WORDS("tarik", lang), 25, "right", True),
               Col(WORDS("saldo", lang), 28, "right", True), Col(WORDS("paraf", lang), 14)]
    reversed_mark = WORDS("reversed", lang)
    closing_text = WORDS("closing", lang).format(date=_d(as_of))
    label, number = s.label, members.format_number(member.number)
    for kind in savings.KINDS:
        kind_lines = by_kind[kind]
        s.section(WORDS(kind, lang), (len(kind_lines) + 1) * ROW + HEAD_ROW if len(kind_lines) < 4 else 4 * ROW)
        s.start_table(columns)
        saldo, moves, row = 0, sign[kind], s.row
        for _, _, posted, on, description, reversed_ in kind_lines:
            amount = posted * moves
            saldo += amount
            text = _uraian(description, number)
            if reversed_:
                text = f"{text} {reversed_mark}"
            row((_iso_date(on), text, _rp(amount) if amount > 0 else "", _rp(-amount) if amount < 0 else "",
                 _rp(saldo), ""))
        if not kind_lines:
            row(("", WORDS("none_yet", lang), "", "", "", ""))
        row(("", closing_text, "", "", _rp(saldo), ""), bold=True, rule=0.8)
        s.end_table()
    w.finish_statement(label)


def _passbooks(request, target: str, progress: Progress) -> None:
    as_of = request.end
    people = _people(request)
    lines = _passbook_lines(as_of, request.member_id)
    w = _Writer(target, request, letterhead(), WORDS("passbook_short", request.lang))
    wajib_rp = savings.wajib_amount()
    accounts = {a.id: (kind, ledger.natural_balance(a.kind, 1)) for kind, a in savings.kind_accounts().items()}
    if not people:
        _nobody(w, "passbook", as_of, WORDS("no_members", request.lang))
    for done, member in enumerate(people):
        step(progress, f"{members.format_number(member.number)} {member.name}", done, len(people))
        _passbook(w, as_of, member, lines.get(member.id, []), wajib_rp, accounts)
    step(progress, "", len(people), len(people))
    w.save()


def _people(request) -> list[MemberRow]:
    """One member, or every member who had joined by the day."""
    if request.member_id is not None:
        return [members.get_member(request.member_id)]
    return [m for m in members.list_members() if m.joined_on <= request.end]


# --- loan card ---------------------------------------------------------------------------


def _status(loan: lifecycle.LoanRow, state: st.LoanState | None, as_of: date) -> tuple[str, int]:
    """The loan's status as of the day and its outstanding pokok then (0 if not disbursed)."""
    if loan.status == "rejected":
        return "rejected", 0
    if loan.disbursed_on is None or loan.disbursed_on > as_of:
        return ("applied" if loan.status == "applied" else "approved"), 0
    if loan.written_off_on is not None and loan.written_off_on <= as_of:
        return "written_off", 0
    remaining = st.outstanding(_until(state, as_of))
    return ("paid_off" if remaining == 0 else "disbursed"), remaining


def _until(state: st.LoanState, as_of: date) -> st.LoanState:
    paid = tuple(p for p in state.paid if p.on <= as_of)
    if len(paid) == len(state.paid):
        return state
    return st.LoanState(state.loan_id, state.member_id, state.principal_rp, state.disbursed_on, state.schedule,
                        state.penalty, paid)


def _rate(rate: Decimal, lang: str) -> str:
    percent = format(rate * 100, "f")
    if "." in percent:
        percent = percent.rstrip("0").rstrip(".")
    return (percent.replace(".", ",") if lang == "id" else percent) + "%"


def _loan(s: _Statement, loan: lifecycle.LoanRow, state: st.LoanState | None, as_of: date) -> None:
    lang = s.w.lang
    status, remaining = _status(loan, state, as_of)
    now = arrears.standing(_until(state, as_of), as_of) if status == "disbursed" else None
    late = now is not None and now.days_past_due > 0
    status_text = WORDS("st_late" if late else f"st_{status}", lang).format(
        date=_d(loan.written_off_on), days=now.days_past_due if now else 0,
        **{"class": PORTFOLIO_WORDS(now.kolektibilitas, lang) if now else ""})
    s.section(WORDS("loan", lang).format(number=loan.number) + f" · {WORDS('status', lang)}: {status_text}",
              7 * ROW + HEAD_ROW)
    period_word = WORDS(loan.period, lang).format(n=loan.periods)
    terms = [
        f"{WORDS('principal', lang)} {_rp(loan.principal_rp)}",
        f"{WORDS('rate', lang)} {_rate(loan.rate, lang)} {WORDS('per_' + loan.period, lang)}"
        f" ({WORDS(loan.method, lang)})",
        f"{WORDS('term', lang)} {period_word}",
    ]
    before = opening_loans.opened(loan.id)
    if before is None:
        terms.append(f"{WORDS('disbursed', lang)} {_d(loan.disbursed_on)}"
                     if status not in ("applied", "approved", "rejected")
                     else f"{WORDS('applied', lang)} {_d(loan.applied_on)}")
    s.line(" · ".join(terms), SIZE + 0.5)
    if before is not None:  # brought in: the principal and term above are what was left at the opening
        s.line(WORDS("opened", lang).format(
            principal=_rp(before.original_principal_rp), date=_d(before.original_given_on),
            paid=before.instalments_paid, opening=_d(before.opening_on)), SIZE + 0.5)
    if late:
        s.line(WORDS("arrears_line", lang).format(
            date=_d(as_of), pokok=_rp(now.pokok_overdue_rp), jasa=_rp(now.jasa_overdue_rp), denda=_rp(now.denda_rp),
            total=_rp(now.overdue_rp + now.denda_rp)), SIZE + 0.5, bold=True)
    if status == "rejected":
        s.line(WORDS("rejected_note", lang).format(note=loan.decision_note), SIZE + 0.5)
        return
    if status in ("applied", "approved"):
        s.line(WORDS("not_disbursed", lang), SIZE + 0.5)
        return
    state = _until(state, as_of)
    positions = st.positions(state, as_of)
    # Sisa pinjaman after each payment: principal less the pokok paid up to it, in payment order.
    groups: dict[int, list[list]] = defaultdict(list)  # instalment -> [on, pokok, jasa, denda, sisa]
    paid_pokok = 0
    for p in state.paid:
        found = groups[p.instalment_number]
        if not found or found[-1][0] != p.on:
            found.append([p.on, 0, 0, 0, 0])
        entry = found[-1]
        entry[{"pokok": 1, "jasa": 2, "denda": 3}[p.component]] += p.amount_rp
        if p.component == "pokok":
            paid_pokok += p.amount_rp
        entry[4] = loan.principal_rp - paid_pokok
    columns = [Col(WORDS("ke", lang), 20), Col(WORDS("due_date", lang), 20, "centre"),
               Col(WORDS("loan_pokok", lang), 23, "right", True), Col(WORDS("jasa", lang), 21, "right", True),
               Col(WORDS("denda", lang), 19, "right", True), Col(WORDS("jumlah", lang), 24, "right", True),
               Col(WORDS("sisa", lang), 25, "right", True), Col(WORDS("paraf", lang), 12)]
    s.start_table(columns)
    paid_word = WORDS("paid_row", lang)
    totals = [0, 0, 0]
    paid_totals = [0, 0, 0]
    for pos in positions:
        totals[0] += pos.pokok_rp
        totals[1] += pos.jasa_rp
        totals[2] += pos.denda_rp
        s.row((str(pos.number), _d(pos.due_date), _rp(pos.pokok_rp), _rp(pos.jasa_rp),
               _rp(pos.denda_rp) if pos.denda_rp else "", _rp(pos.pokok_rp + pos.jasa_rp + pos.denda_rp), "", ""))
        for on, pokok, jasa, denda, sisa in groups.get(pos.number, ()):
            paid_totals[0] += pokok
            paid_totals[1] += jasa
            paid_totals[2] += denda
            s.row((paid_word, _d(on), _rp(pokok) if pokok else "", _rp(jasa) if jasa else "",
                   _rp(denda) if denda else "", _rp(pokok + jasa + denda), _rp(sisa), ""))
    if status == "written_off":
        s.row((WORDS("written_off_row", lang), _d(loan.written_off_on), _rp(loan.principal_rp - paid_totals[0]),
               "", "", "", _rp(0), ""))
        for back in written_off.recoveries(as_of, loan_id=loan.id):  # money received after it: income, not pokok
            s.row((WORDS("recovery_row", lang), _d(back.received_on), "", "", "", _rp(back.amount_rp), "", ""))
    s.row((WORDS("total_schedule", lang), "", _rp(totals[0]), _rp(totals[1]), _rp(totals[2]) if totals[2] else "",
           _rp(sum(totals)), "", ""), bold=True, rule=0.8)
    s.row((WORDS("total_paid", lang), "", _rp(paid_totals[0]), _rp(paid_totals[1]),
           _rp(paid_totals[2]) if paid_totals[2] else "", _rp(sum(paid_totals)), _rp(remaining), ""), bold=True)
    s.end_table()


def _loan_cards(request, target: str, progress: Progress) -> None:
    as_of, lang = request.end, request.lang
    people = _people(request)
    loans_by_member: dict[int, list[lifecycle.LoanRow]] = defaultdict(list)
    for loan in lifecycle.list_loans(request.member_id):
        if loan.applied_on <= as_of:
            loans_by_member[loan.member_id].append(loan)
    where, params = ("1 = 1", ()) if request.member_id is None else ("member_id = ?", (request.member_id,))
    states = st.load_states(where, params)
    w = _Writer(target, request, letterhead(), WORDS("loan_card_short", lang))
    printed = [m for m in people if loans_by_member.get(m.id)] if request.member_id is None else people
    skipped = len(people) - len(printed)
    if not printed:
        _nobody(w, "loan_card", as_of, WORDS("no_loans_at_all", lang))
    for done, member in enumerate(printed):
        step(progress, f"{members.format_number(member.number)} {member.name}", done, len(printed))
        s = _Statement(w, "loan_card", as_of, member)
        s.first_page()
        if skipped and done == 0:
            s.line(WORDS("skipped", lang).format(n=skipped), SIZE)
        loans = sorted(loans_by_member.get(member.id, []), key=lambda loan: (loan.applied_on, loan.id))
        if not loans:
            s.line(WORDS("no_loans", lang))
        for loan in loans:
            _loan(s, loan, states.get(loan.id), as_of)
        w.finish_statement(s.label)
    step(progress, "", len(printed), len(printed))
    w.save()


def _nobody(w: _Writer, kind: str, as_of: date, message: str) -> None:
    """A one-page document: the group, the title and date, and why there is nothing more."""
    w.text(w.left, w.height - w.margin - 12, w.lh.group_name, 12, True)
    w.hline(w.left, w.right, w.height - w.margin - 20, 1)
    w.y = w.height - w.margin - 23
    w.paragraph(WORDS(kind, w.lang), 12, True, "centre", 15)
    w.paragraph(WORDS("as_of", w.lang).format(date=_long(as_of, w.lang)), SIZE + 1, align="centre")
    w.y -= 12
    w.paragraph(message)
    w.finish_statement("")


def build(request, target: str, progress: Progress = None) -> None:
    if request.kind == "passbook":
        _passbooks(request, target, progress)
    elif request.kind == "loan_card":
        _loan_cards(request, target, progress)
    else:
        raise ValueError(request.kind)
