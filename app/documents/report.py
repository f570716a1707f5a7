"""A report: the letterhead, a title and period, tables, signatures, page numbers "1 / 3".

Every list and book Lumbung prints is built from these pieces with reportlab's platypus:

    story = [*heading(lh, "BUKU KAS UMUM", "1 Agustus 2026 – 31 Agustus 2026", lang),
             table(columns, rows, totals), *signatures(lh, date, lang)]
    build(target, A4, story, title="Buku Kas Umum", lang=lang, progress=progress)

`build` lays the story out by the page rules of `arrange` (signatures kept with the last rows,
headings with their tables, "(lanjutan)" over a table's rest) and, from page 2, a running
header with the group's name and the title: a document only puts its pieces in order.

Long documents put a `Mark` between parts (one per member, one per month): when reportlab lays
it out it reports progress, and a Cancel stops the run (output.write_atomically then removes
the partial file).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape as turned
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import NullDraw

from app import clock
from app.documents.fonts import BOLD, FONT, register_fonts
from app.documents.letterhead import Letterhead, letterhead
from app.documents.output import Progress, step
from app.documents.paper import PAPERS, Paper
from app.documents.text import visual
from app.documents.words import Words
from app.formatting import long_date, place_date, rupiah, short_date, thousands

WORDS = Words({
    "page": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "printed": ("Dicetak {date} dengan Lumbung", "Printed {date} with Lumbung"),
    "known_by": ("Mengetahui,", "Acknowledged by,"),
    "ketua": ("Ketua", "Chair"),
    "bendahara": ("Bendahara", "Treasurer"),
    "sekretaris": ("Sekretaris", "Secretary"),
    "total": ("Jumlah", "Total"),
    "nothing": ("Tidak ada data pada periode ini.", "Nothing recorded in this period."),
    "continued": ("(lanjutan)", "(continued)"),
})

register_fonts()  # paragraph styles below resolve their fonts when a paragraph is made

BODY = 9
SMALL = 7.5
STYLES = {
    "body": ParagraphStyle("body", fontName=FONT, fontSize=BODY, leading=BODY * 1.25),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=SMALL + 0.5, leading=(SMALL + 0.5) * 1.2),
    "small": ParagraphStyle("small", fontName=FONT, fontSize=SMALL, leading=SMALL * 1.25),
    "group": ParagraphStyle("group", fontName=BOLD, fontSize=12, leading=14),
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER),
    "subtitle": ParagraphStyle("subtitle", fontName=FONT, fontSize=BODY, leading=BODY * 1.3, alignment=TA_CENTER),
    "section": ParagraphStyle("section", fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
    "centre": ParagraphStyle("centre", fontName=FONT, fontSize=BODY, leading=BODY * 1.25, alignment=TA_CENTER),
}


def text(value: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (names may hold '&' or '<': escaped, never read as markup)."""
    return Paragraph(escape(visual(value)), STYLES[style])


def heading(lh: Letterhead, title: str, subtitle: str = "", width: float | None = None) -> list[Flowable]:
    """The letterhead (logo, group name, address), a rule, the document's title and period."""
    group = [text(lh.group_name, "group")]
    if lh.address:
        group.append(text(lh.address, "small"))
    if lh.logo:
        logo = _logo(lh.logo, 16 * mm)
        head = Table([[logo, group]], colWidths=[20 * mm, None], style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("FONT", (0, 0), (-1, -1), FONT, BODY)]))
        parts: list[Flowable] = [head]
    else:
        parts = list(group)
    parts.append(_Rule())
    parts.append(text(title, "title"))
    if subtitle:
        parts.append(text(subtitle, "subtitle"))
    parts.append(Spacer(0, 4 * mm))
    return parts


def _logo(data: bytes, height: float) -> Image:
    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    return Image(io.BytesIO(data), width=height * w / h, height=height)


class _Rule(Flowable):
    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, 3 * mm

    def draw(self):
        self.canv.setLineWidth(1)
        self.canv.line(0, 1.5 * mm, self.width, 1.5 * mm)


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # share of the table's width (the widths are scaled to fit the page)
    kind: str = "text"  # text (wraps), money (Rp, right), number (1.234, right), date, blank (to fill by hand)


def _cell(value, kind: str):
    if value is None or value == "":
        return ""
    if kind == "money":
        return rupiah(value, parentheses=True)
    if kind == "number":
        return thousands(value) if isinstance(value, int) else str(value)
    if kind == "date":
        return short_date(value) if isinstance(value, date) else str(value)
    return Paragraph(escape(visual(str(value))), STYLES["cell"])


_PADDING = 6  # a table cell's padding each side (reportlab's default)


def _header(title: str, width: float | None) -> Paragraph:
    """A column's title, wrapped at spaces only: when its longest word is wider than the column,
    the title's font shrinks until that word fits ("Pengeluaran", never "Pengeluara/n")."""
    style = STYLES["cell"]
    size = style.fontSize
    if width:
        longest = max(stringWidth(word, BOLD, size) for word in title.split() or [""])
        size = min(size, size * (width - 2 * _PADDING) / longest) if longest else size
    return Paragraph(escape(title), ParagraphStyle("head", parent=style, fontName=BOLD, alignment=TA_CENTER,
                                                   fontSize=size, leading=size * 1.2, splitLongWords=0))


def table(columns: Sequence[Column], rows: Sequence[Sequence], totals: Sequence | None = None,
          width: float | None = None, empty: str | None = None, lang: str = "id") -> Table | Paragraph:
    """A ruled table whose header repeats on every page. Money is an int of rupiah, printed
    Rp1.250.000 (negative in parentheses); `totals` is a last row in bold, kept on the page of
    the row above it; with no rows the table says so (`empty`, or "nothing in this period")."""
    if not rows and totals is None:
        return text(empty or WORDS("nothing", lang))
    weights = sum(c.width for c in columns)
    widths = [c.width / weights * width for c in columns] if width else None
    header = [_header(c.title, w) for c, w in zip(columns, widths or [None] * len(columns))]
    data = [header] + [[_cell(v, c.kind) for v, c in zip(row, columns)] for row in rows]
    if totals is not None:
        data.append([_cell(v, c.kind) if c.kind != "text" else v for v, c in zip(totals, columns)])
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, SMALL + 0.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i, column in enumerate(columns):
        if column.kind in ("money", "number"):
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
        elif column.kind == "date":
            style.append(("ALIGN", (i, 1), (i, -1), "CENTER"))
    if totals is not None:
        style += [("FONT", (0, -1), (-1, -1), BOLD, SMALL + 0.5), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]
        if rows:  # the last row goes over with the total: never a total alone under a repeated header
            style.append(("NOSPLIT", (0, -2), (-1, -1)))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style))


def signatures(lh: Letterhead, on: date, lang: str = "id", width: float | None = None,
               secretary: bool = False, keeper: str = "bendahara") -> list[Flowable]:
    """'Mengetahui, Ketua' beside the officer who keeps the book (`keeper`: the Bendahara keeps
    the money's books, the Sekretaris the registers); with `secretary`, 'Sekretaris' between
    them. Place and date above, names in brackets."""
    signers = [("known_by", "ketua", lh.ketua)]
    if secretary and keeper != "sekretaris":
        signers.append(("", "sekretaris", lh.sekretaris))
    signers.append(("", keeper, getattr(lh, keeper)))
    place = place_date(lh.place, on, lang) if lh.place else long_date(on, lang)
    rows = [[text(WORDS(above, lang) if above else "", "centre") for above, _, _ in signers],
            [text(WORDS(role, lang), "centre") for _, role, _ in signers],
            [""] * len(signers),
            [text(f"( {name or '.' * 30} )", "centre") for _, _, name in signers]]
    rows[0][-1] = text(place, "centre")
    block = Signatures(rows, colWidths=[width / len(signers)] * len(signers) if width else None,
                       rowHeights=[None, None, 16 * mm, None], style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, BODY)]))
    return [Spacer(0, _GAP), block]


class Signatures(Table):
    """A signature block: `arrange` keeps it on the page of the last rows above it."""


_GAP = 6 * mm  # between the last rows and the signatures


def arrange(story: Sequence[Flowable], lang: str = "id") -> list[Flowable]:
    """The page rules every document follows: a section heading never ends a page (it goes over
    with what follows); a table under a heading that runs onto the next page is headed there
    "<heading> (lanjutan)" above its repeated header row; a signature block goes over with the
    last rows (or lines) above it, never alone and never split."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Signatures):
            marks = []  # zero-size flowables (progress, page-top settings) stay, before the kept pair
            while out and isinstance(out[-1], (Spacer, Mark, NullDraw)):
                item = out.pop()  # a spacer before the signatures: the pair has its own gap
                if not isinstance(item, Spacer):
                    marks.insert(0, item)
            body = out.pop() if out else None
            out += marks
            if isinstance(body, KeepTogether) and _is_heading(body._content[0]):
                *lead, body = body._content  # a titled block: its heading goes over with the rest
                out += lead
            flowable = _KeepTail(body, flowable) if body is not None else flowable
        out.append(flowable)
        if len(out) >= 2 and _is_heading(out[-2]) and isinstance(_table_of(out[-1]), Table):
            body = out.pop()
            out.append(_Titled(out.pop(), body, lang))
    for flowable in out:
        if _is_heading(flowable):
            flowable.keepWithNext = 1
    return out


def _table_of(flowable: Flowable) -> Flowable:
    while isinstance(flowable, _KeepTail):
        flowable = flowable.body
    return flowable


def with_last_rows(table: Flowable, *tail: Flowable) -> Flowable:
    """`table` followed by `tail` (a closing block under it): when they do not fit on one page,
    the table's last rows go over with the block, never the block alone."""
    block = Table([[part] for part in tail], hAlign="LEFT", style=TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return _KeepTail(table, block)


def _is_heading(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name.startswith("section")


class _KeepTail(Flowable):
    """`body` followed by `tail` (the signatures); when they do not fit on one page, `body` is
    split so that its last rows go over with `tail`, never `tail` alone."""

    def __init__(self, body: Flowable, tail: Flowable) -> None:
        super().__init__()
        self.body, self.tail = body, tail

    def wrap(self, available_width, available_height):
        self._bw, self._bh = self.body.wrapOn(self.canv, available_width, available_height)
        self._tw, self._th = self.tail.wrapOn(self.canv, available_width, available_height)
        self.width = available_width
        return available_width, self._bh + _GAP + self._th

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        room = available_height if self._bh > available_height else available_height - _GAP - self._th
        parts = self.body.splitOn(self.canv, available_width, room) if room > 0 else []
        if len(parts) < 2:
            return []  # not even one row here: all of it on the next page
        return [*parts[:-1], _KeepTail(parts[-1], self.tail)]

    def draw(self):
        self.body.drawOn(self.canv, 0, self._th + _GAP, _sW=self.width - self._bw)
        self.tail.drawOn(self.canv, 0, 0, _sW=self.width - self._tw)


class _Titled(Flowable):
    """A section heading and the table under it; where the table breaks, its rest is headed
    "<heading> (lanjutan)" on the next page."""

    def __init__(self, heading: Paragraph, body: Flowable, lang: str, first: Paragraph | None = None) -> None:
        super().__init__()
        self.heading, self.body, self.lang = heading, body, lang
        self.first = first or heading  # the heading as it opened the section

    def _space(self) -> float:
        return self.heading.getSpaceBefore() + self.heading.getSpaceAfter()

    def wrap(self, available_width, available_height):
        self._hw, self._hh = self.heading.wrapOn(self.canv, available_width, available_height)
        self._bw, self._bh = self.body.wrapOn(self.canv, available_width, available_height)
        self.width = available_width
        return available_width, self._hh + self._space() + self._bh

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        room = available_height - self._hh - self._space()
        parts = self.body.splitOn(self.canv, available_width, room) if room > 0 else []
        if len(parts) < 2:
            return []  # the heading goes over with its table
        more = Paragraph(f"{self.first.text} {WORDS('continued', self.lang)}", self.first.style)
        return [self.heading, *parts[:-1], _Titled(more, parts[-1], self.lang, self.first)]

    def draw(self):
        self.heading.drawOn(self.canv, 0, self._bh + self.heading.getSpaceAfter())
        self.body.drawOn(self.canv, 0, 0, _sW=self.width - self._bw)


class Mark(Flowable):
    """Zero-size: reports progress (and honours Cancel) when the layout reaches it."""

    def __init__(self, progress: Progress, label: str, done: int, total: int) -> None:
        super().__init__()
        self.progress, self.label, self.done, self.total = progress, label, done, total

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        step(self.progress, self.label, self.done, self.total)


def build(target: str, paper: Paper, story: list[Flowable], title: str, lang: str = "id",
          landscape: bool = False, author: str = "") -> None:
    """Lay out `story` (`arrange`d) on `paper` with the footer (printed date, "page n of N") on
    every page and, from the second page on, the group's name and `title` as a running header."""
    size = turned(paper.size) if landscape else paper.size
    doc = SimpleDocTemplate(target, pagesize=size, leftMargin=paper.margin, rightMargin=paper.margin,
                            topMargin=paper.margin, bottomMargin=paper.margin + 5 * mm,
                            title=title, author=author, creator="Lumbung")
    header = running_header(letterhead().group_name, title, paper.margin)
    doc.build(arrange(story, lang), onLaterPages=header, canvasmaker=numbered_canvas(paper, size, lang))


def signed_statement(request, target: str, progress: Progress, title: str, preparing: str,
                     story: Callable[[float], tuple[str, list[Flowable]]]) -> None:
    """A statement as the group signs it: the letterhead with `title` and the subtitle that
    `story(width)` gives with its body, the officers' signatures dated on the request's end,
    in portrait on the request's paper."""
    step(progress, preparing, 0, 1)
    paper = PAPERS[request.paper]
    subtitle, body = story(usable_width(paper))
    lh = letterhead()
    build(target, paper, [*heading(lh, title, subtitle), *body,
                          *signatures(lh, request.end, request.lang, width=usable_width(paper)),
                          Mark(progress, title, 1, 1)],
          title=title.title(), lang=request.lang, author=lh.group_name)


def running_header(group: str, title: str, margin: float):
    """What a continuation page carries above its frame: the group's name, the document's title."""

    def draw(canvas, _doc=None):
        width, height = canvas._pagesize
        top = height - margin + 3 * mm
        canvas.saveState()
        canvas.setFont(FONT, SMALL)
        canvas.drawString(margin, top, visual(group))
        canvas.drawRightString(width - margin, top, visual(title))
        canvas.setLineWidth(0.5)
        canvas.line(margin, top - 1.5 * mm, width - margin, top - 1.5 * mm)
        canvas.restoreState()

    return draw


def numbered_canvas(paper: Paper, size: tuple[float, float], lang: str):
    """A canvas maker whose pages get the footer: printed date, "Halaman n dari N"."""
    printed = WORDS("printed", lang).format(date=short_date(clock.today()))

    def canvas_maker(*args, **kwargs):
        return _NumberedCanvas(*args, footer=(printed, lang, paper.margin, size), **kwargs)

    return canvas_maker


def usable_width(paper: Paper, landscape: bool = False) -> float:
    width = paper.size[1] if landscape else paper.size[0]
    return width - 2 * paper.margin


class _NumberedCanvas(Canvas):
    """Keeps each page until the end, so that every footer can say how many pages there are."""

    def __init__(self, *args, footer, **kwargs) -> None:
        kwargs["initialFontName"] = FONT  # no Helvetica: every font is embedded
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        printed, lang, margin, _size = self._footer
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            width = self._pagesize[0]  # the page's own: a pack may turn some pages
            self.setFont(FONT, SMALL)
            self.drawString(margin, margin, printed)
            self.drawRightString(width - margin, margin,
                                 WORDS("page", lang).format(page=number, pages=len(self._pages)))
            super().showPage()
        super().save()


def figures(lines: Sequence[tuple[str, int | None]], width: float, bold_last: bool = True) -> Table:
    """Labelled rupiah one under the other (a report's sums, a reconciliation), the last one
    the total in bold under a rule; None leaves the figure empty (a heading line)."""
    data = [[label, rupiah(amount, parentheses=True) if amount is not None else ""] for label, amount in lines]
    style = [("FONT", (0, 0), (-1, -1), FONT, BODY), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
             ("LEFTPADDING", (0, 0), (0, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    if bold_last:
        style += [("FONT", (0, -1), (-1, -1), BOLD, BODY), ("LINEABOVE", (0, -1), (-1, -1), 0.8, "black")]
    return Table(data, colWidths=[width * 0.45, width * 0.2], hAlign="LEFT", style=TableStyle(style))
