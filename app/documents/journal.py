"""Jurnal Umum (kind "journal"): every entry of the period in date order, Tanggal | No. jurnal |
Uraian / akun | Debit | Kredit, the debited accounts first and the credited ones indented under
them. A storno says which entry it reverses, and the reversed entry names its storno.

An entry is never split over two pages, unless it is taller than a page (the opening's
savings, three lines a member): it then starts where it stands and its first row (date,
number, description) is repeated over the rest. Each page that continues on the next ends with the
totals so far ("Jumlah dipindahkan"); the next page repeats the column heads and starts with
them ("Jumlah pindahan"). The grand total closes the list: debit = credit.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import SetPageTopFlowables

from app import general_journal
from app.documents import report
from app.documents.catalogue import Request, paper_of
from app.documents.financial import day_text, period_text
from app.documents.fonts import BOLD, FONT
from app.documents.general_ledger import entry_number
from app.documents.letterhead import letterhead
from app.documents.output import Progress, step
from app.documents.text import visual
from app.documents.words import Words
from app.formatting import rupiah, short_date

WORDS = Words({
    "title": ("JURNAL UMUM", "GENERAL JOURNAL"),
    "date": ("Tanggal", "Date"),
    "entry": ("No. jurnal", "Entry no."),
    "description": ("Uraian / akun", "Description / account"),
    "voucher": ("bukti", "voucher"),
    "debit": ("Debit (Rp)", "Debit (Rp)"),
    "credit": ("Kredit (Rp)", "Credit (Rp)"),
    "reverses": ("Storno atas {number} tanggal {date}", "Reversal of {number} of {date}"),
    "reversed_by": ("Distorno dengan {number} tanggal {date}", "Reversed by {number} of {date}"),
    "carried": ("Jumlah dipindahkan ke halaman berikut", "Carried to the next page"),
    "brought": ("Jumlah pindahan dari halaman sebelumnya", "Brought forward from the previous page"),
    "total": ("JUMLAH", "TOTAL"),
    "none": ("Tidak ada jurnal pada periode ini.", "No entries in this period."),
    "preparing": ("Menyusun jurnal umum", "Preparing the general journal"),
})

WEIGHTS = (11, 10, 45, 17, 17)
ROW = 4.6 * mm  # the height of a totals row (brought forward, carried)


class _Running:
    """The totals of the entries laid out so far, as the pages are drawn."""

    def __init__(self) -> None:
        self.drawn, self.debit_rp, self.credit_rp, self.finished = 0, 0, 0, False


class _Counted(Flowable):
    """Zero-size, after an entry (on its page): adds it to the running totals; after the grand
    total (entry None): the list is finished, nothing is carried any more."""

    def __init__(self, running: _Running, entry: general_journal.JournalEntry | None) -> None:
        super().__init__()
        self.running, self.entry = running, entry

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        if self.entry is None:
            self.running.finished = True
            return
        self.running.drawn += 1
        self.running.debit_rp += self.entry.debit_rp
        self.running.credit_rp += self.entry.credit_rp


def _draw_totals(canv, x: float, y: float, widths: list[float], label: str, running: _Running) -> None:
    """One bold line: the label across the first three columns, the two totals right-aligned."""
    canv.saveState()
    canv.setFont(BOLD, report.SMALL + 0.5)
    canv.drawString(x + 2, y + 1.5 * mm, visual(label))
    right = x + sum(widths[:4])
    canv.drawRightString(right - 2, y + 1.5 * mm, rupiah(running.debit_rp))
    canv.drawRightString(right + widths[4] - 2, y + 1.5 * mm, rupiah(running.credit_rp))
    canv.setLineWidth(0.4)
    canv.rect(x, y, sum(widths), ROW)
    canv.restoreState()


class _Brought(Flowable):
    """At the top of a continuation page: the totals carried from the pages before."""

    def __init__(self, running: _Running, widths: list[float], label: str) -> None:
        super().__init__()
        self.running, self.widths, self.label = running, widths, label
        self.hAlign = "CENTER"  # in line with the tables, which the frame centres over its padding

    def wrap(self, available_width, available_height):
        return sum(self.widths), ROW

    def draw(self):
        _draw_totals(self.canv, 0, 0, self.widths, self.label, self.running)


class _Closing(Flowable):
    """The last entry and the grand total as one block that goes to the next page whole (a block
    taller than `most` is let break between its parts, so that a huge last entry still fits)."""

    def __init__(self, parts: list[Flowable], most: float) -> None:
        super().__init__()
        self.parts, self.most = parts, most

    def wrap(self, available_width, available_height):
        self._sizes = [part.wrapOn(self.canv, available_width, available_height) for part in self.parts]
        self.width, self.height = available_width, sum(h for _, h in self._sizes)
        return self.width, self.height

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        return list(self.parts) if self.height > self.most else []

    def draw(self):
        y = self.height
        for part, (w, h) in zip(self.parts, self._sizes):
            y -= h
            part.drawOn(self.canv, 0, y, _sW=self.width - w)


class _JournalDoc(SimpleDocTemplate):
    """Ends each page that the list goes on from with the totals so far."""

    def __init__(self, *args, running: _Running, widths: list[float], label: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.running, self.widths, self.label = running, widths, label
        self._drawn_before = 0

    def afterPage(self):
        running = self.running
        if running.drawn > self._drawn_before and not running.finished:
            _draw_totals(self.canv, self.leftMargin, self.bottomMargin - ROW - 1 * mm, self.widths, self.label,
                         running)
        self._drawn_before = running.drawn


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang = request.lang
    step(progress, WORDS("preparing", lang), 0, 1)
    found = general_journal.journal(request.start, request.end)
    paper = paper_of(request)
    width = report.usable_width(paper)
    widths = [w / sum(WEIGHTS) * width for w in WEIGHTS]
    lh = letterhead()
    running = _Running()
    head = _head(widths, lang)
    story = [*report.heading(lh, WORDS("title", lang), period_text(request.start, request.end, lang)), head,
             SetPageTopFlowables([_head(widths, lang), _Brought(running, widths, WORDS("brought", lang))])]
    if not found.entries:
        story.append(report.text(WORDS("none", lang)))
    title = WORDS("title", lang).title()
    doc = _JournalDoc(target, pagesize=paper.size, leftMargin=paper.margin, rightMargin=paper.margin,
                      topMargin=paper.margin, bottomMargin=paper.margin + 6 * mm + ROW,
                      title=title, author=lh.group_name, creator="Lumbung",
                      running=running, widths=widths, label=WORDS("carried", lang))
    *before, last = found.entries or [None]
    page_room = doc.height - _head(widths, lang).wrap(width, doc.height)[1] - ROW  # under the heads and the brought line
    for index, entry in enumerate(before):
        table = _entry_table(entry, widths, lang)
        if table.wrap(width, doc.height)[1] > page_room:  # taller than any page: the opening's savings
            table.repeatRows = 1  # where it stands, its date and number again over the rest (no blank page)
            story += [table, _Counted(running, entry)]
        else:
            story.append(KeepTogether([table, _Counted(running, entry)]))
        if index % 50 == 49:
            story.append(report.Mark(progress, WORDS("title", lang), index + 1, len(found.entries)))
    # The last entry goes over with the grand total and the signatures: never a total alone on a page.
    closing = [_entry_table(last, widths, lang), _Counted(running, last)] if last else []
    story.append(_Closing([*closing, _Counted(running, None), _grand_total(found, widths, lang)], doc.height / 2))
    story += report.signatures(lh, request.end, lang, width=width)
    story.append(report.Mark(progress, WORDS("title", lang), 1, 1))
    doc.build(report.arrange(story, lang), onLaterPages=report.running_header(lh.group_name, title, paper.margin),
              canvasmaker=report.numbered_canvas(paper, paper.size, lang))


def _head(widths: list[float], lang: str) -> Table:
    style = ParagraphStyle("head", parent=report.STYLES["cell"], fontName=BOLD, alignment=TA_CENTER)
    cells = [[Paragraph(escape(WORDS(key, lang)), style) for key in ("date", "entry", "description", "debit",
                                                                       "credit")]]
    return Table(cells, colWidths=widths, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))


def _entry_table(entry: general_journal.JournalEntry, widths: list[float], lang: str) -> Table:
    cell = report.STYLES["cell"]
    title = entry.description
    if entry.voucher:
        title += f" ({WORDS('voucher', lang)} {entry.voucher})"
    if entry.reverses:
        title += " – " + _link("reverses", entry.reverses, lang)
    if entry.reversed_by:
        title += " – " + _link("reversed_by", entry.reversed_by, lang)
    rows = [[short_date(entry.entry_date), entry_number(entry.id),
             Paragraph(escape(visual(title)), ParagraphStyle("entry", parent=cell, fontName=BOLD)), "", ""]]
    for line in entry.lines:
        name = f"{line.code} {line.name}" + (f" – {line.memo}" if line.memo and line.memo not in entry.description
                                             else "")
        indent = 8 * mm if line.credit_rp else 3 * mm  # credited accounts set in under the debited ones
        rows.append(["", "", Paragraph(escape(visual(name)), ParagraphStyle("line", parent=cell, leftIndent=indent)),
                     rupiah(line.debit_rp) if line.debit_rp else "", rupiah(line.credit_rp) if line.credit_rp else ""])
    return Table(rows, colWidths=widths, style=TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, report.SMALL + 0.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (1, 0), "CENTER"),
        ("BOX", (0, 0), (-1, -1), 0.4, colors.black), ("LINEBEFORE", (1, 0), (-1, -1), 0.4, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))


def _link(key: str, link: tuple[int, date], lang: str) -> str:
    return WORDS(key, lang).format(number=entry_number(link[0]), date=day_text(link[1], lang))


def _grand_total(found: general_journal.Journal, widths: list[float], lang: str) -> Table:
    cells = [[WORDS("total", lang), "", "", rupiah(found.debit_rp), rupiah(found.credit_rp)]]
    return Table(cells, colWidths=widths, style=TableStyle([
        ("FONT", (0, 0), (-1, -1), BOLD, report.SMALL + 0.5), ("SPAN", (0, 0), (2, 0)),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"), ("BOX", (0, 0), (-1, -1), 0.4, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black), ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black)]))
