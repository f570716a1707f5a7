"""The RAT pack (kind "rat_pack"): the pengurus' accountability report to the Rapat Anggota
Tahunan of the year of `request.end`, one PDF.

A cover page (group name, title, place and date, table of contents with page numbers, the
officers), then one section a page onwards each: the Neraca with last year beside it, the LHU,
the Arus Kas, the Perubahan Ekuitas, the Catatan atas Laporan Keuangan, the SHU and its
distribution (PRATINJAU while not shared), the loan portfolio and arrears, each business's
results, the capital sources report. The sections' bodies are the single documents' own
(financial.statement_story, cash_flow.story, equity_changes.story, notes.story,
shu.report_story, loan_portfolio.portfolio_story, usaha_book.results_story, funds.funders_story).
Every section ends with the Ketua, Sekretaris and Bendahara signatures, kept with the section's
last rows; every page after the cover carries the group's name and the section's title at its
top; every page says "Halaman n dari N".
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import landscape as turned
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer)
from reportlab.platypus.tableofcontents import TableOfContents
from xml.sax.saxutils import escape

from app import clock
from app.db import db
from app.documents import cash_flow, equity_changes, financial, funds, loan_portfolio, notes, report, shu, usaha_book
from app.documents.catalogue import Request, paper_of
from app.documents.financial import day_text
from app.documents.fonts import FONT
from app.documents.letterhead import Letterhead, letterhead
from app.documents.output import Progress, step
from app.documents.words import Words
from app.formatting import long_date, place_date
from app.usaha.common import business_name

WORDS = Words({
    "title": ("Laporan Pertanggungjawaban Pengurus — Rapat Anggota Tahunan {year}",
              "The Board's Accountability Report — Annual Members' Meeting {year}"),
    "book_year": ("Tahun buku {year}", "Financial year {year}"),
    "contents": ("Daftar isi", "Contents"),
    "officers": ("Pengurus", "Board"),
    "businesses": ("HASIL USAHA KELOMPOK", "THE GROUP'S BUSINESSES"),
    "no_business": ("Kelompok belum mempunyai usaha.", "The group has no business."),
    "preparing": ("Menyusun laporan RAT", "Preparing the meeting's report"),
})

_TITLE = ParagraphStyle("pack_title", parent=report.STYLES["title"], fontSize=16, leading=21, spaceAfter=4 * mm)
_GROUP = ParagraphStyle("pack_group", parent=report.STYLES["title"], fontSize=14, leading=18)
_BUSINESS = ParagraphStyle("section_business", parent=report.STYLES["section"], fontSize=11, leading=14, spaceBefore=8)
_TOC = ParagraphStyle("pack_toc", fontName=FONT, fontSize=11, leading=16, leftIndent=0, firstLineIndent=0)


class _Heading(Paragraph):
    """A section's title: starts the section in the table of contents and the running header."""

    def __init__(self, title: str) -> None:
        super().__init__(escape(title), report.STYLES["title"])
        self.title = title
        self.keepWithNext = 1


class _PackDoc(BaseDocTemplate):
    """Portrait pages, and turned ones ("landscape") for the wide loan portfolio."""

    def __init__(self, target: str, size, margin: float, group: str, **kwargs) -> None:
        super().__init__(target, pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=margin + 5 * mm,
                         bottomMargin=margin + 5 * mm, **kwargs)
        self._group, self._margin = group, margin
        templates = []
        for name, (width, height) in (("portrait", size), ("landscape", turned(size))):
            frame = Frame(margin, self.bottomMargin, width - 2 * margin, height - self.topMargin - self.bottomMargin,
                          id=name)
            templates.append(PageTemplate(name, [frame], onPageEnd=self._running_header, pagesize=(width, height)))
        self.addPageTemplates(templates)

    def handle_documentBegin(self):
        self._section = None
        super().handle_documentBegin()

    def afterFlowable(self, flowable):
        if isinstance(flowable, _Heading):
            self._section = flowable.title
            self.notify("TOCEntry", (0, flowable.title, self.page))

    def _running_header(self, canvas, doc):
        if self._section is not None:  # every page after the cover
            report.running_header(self._group, self._section, self._margin)(canvas)


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang, paper = request.lang, paper_of(request)
    w = lambda key: WORDS(key, lang)  # noqa: E731
    end = request.end
    year, start = end.year, date(end.year, 1, 1)
    step(progress, w("preparing"), 0, 9)
    lh = letterhead()
    width = report.usable_width(paper)
    figures = shu.year_shu(year)
    on = figures.decision.decided_on if figures.decision else clock.today()
    title = w("title").format(year=year)

    wide = report.usable_width(paper, landscape=True)
    sections: list[tuple[str, str, list[Flowable], bool]] = []  # title, subtitle, body, on turned pages
    for kind in ("balance_sheet", "income_statement"):
        subtitle, body = financial.statement_story(kind, start, end, lang, width)
        sections.append((financial.WORDS(kind, lang), subtitle, body, False))
    for module, story in ((cash_flow, cash_flow.story), (equity_changes, equity_changes.story)):
        sections.append((module.WORDS("title", lang), *story(start, end, lang, width), False))
    sections.append((notes.WORDS("title", lang), *notes.story(end, lang, width), False))
    sections.append((shu.WORDS("shu_report", lang), shu.WORDS("subtitle", lang).format(year=year),
                     shu.report_story(figures, lang, width), False))
    sections.append((loan_portfolio.WORDS("title", lang),
                     loan_portfolio.WORDS("as_of", lang).format(date=day_text(end, lang)),
                     loan_portfolio.portfolio_story(end, lang, wide), True))
    sections.append((w("businesses"), w("book_year").format(year=year), _businesses(start, end, lang, width),
                     False))
    sections.append((funds.WORDS("funder_report", lang), funds.WORDS("period", lang).format(period=str(year)),
                     funds.funders_story(start, end, lang, width), False))

    story = _cover(lh, title, on, lang)
    for done, (heading, subtitle, body, landscape) in enumerate(sections, start=1):
        story += [NextPageTemplate("landscape" if landscape else "portrait"), PageBreak(), _Heading(heading),
                  report.text(subtitle, "subtitle"), Spacer(0, 4 * mm)]
        signatures = report.signatures(lh, on, lang, width=wide if landscape else width, secretary=True)
        story += report.arrange([*body, *signatures], lang)
        story.append(report.Mark(progress, heading, done, len(sections)))
    doc = _PackDoc(target, paper.size, paper.margin, lh.group_name, title=title, author=lh.group_name,
                   creator="Lumbung")
    doc.multiBuild(story, canvasmaker=report.numbered_canvas(paper, paper.size, lang))


def _cover(lh: Letterhead, title: str, on: date, lang: str) -> list[Flowable]:
    w = lambda key: WORDS(key, lang)  # noqa: E731
    story: list[Flowable] = [Spacer(0, 15 * mm), Paragraph(escape(lh.group_name), _GROUP)]
    if lh.address:
        story.append(report.text(lh.address, "subtitle"))
    story += [Spacer(0, 12 * mm), Paragraph(escape(title), _TITLE),
              report.text(place_date(lh.place, on, lang) if lh.place else long_date(on, lang), "subtitle"),
              Spacer(0, 12 * mm), report.text(w("contents"), "section")]
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [_TOC]
    story += [toc, Spacer(0, 12 * mm), report.text(w("officers"), "section")]
    for role, name in (("ketua", lh.ketua), ("sekretaris", lh.sekretaris), ("bendahara", lh.bendahara)):
        story.append(report.text(f"{report.WORDS(role, lang)}: {name or '.' * 30}"))
    return story


# the businesses that have moved money by the year's end (not those only named in the list)
_BUSINESSES = """
    SELECT id FROM businesses WHERE id IN (
        SELECT p.business_id FROM postings p JOIN journal_entries e ON e.id = p.entry_id WHERE e.entry_date <= ?)
    ORDER BY name"""


def _businesses(start: date, end: date, lang: str, width: float) -> list[Flowable]:
    ids = [b for (b,) in db.execute_sql(_BUSINESSES, (end.isoformat(),))]
    if not ids:
        return [report.text(WORDS("no_business", lang))]
    story: list[Flowable] = []
    for business_id in ids:
        story += [Paragraph(escape(business_name(business_id)), _BUSINESS), *usaha_book.results_story(business_id, start, end, lang, width)]
    return story
