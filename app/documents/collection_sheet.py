"""Daftar tagihan: the meeting-day collection sheet, printed before the meeting (DOMAIN.md
"Loans"): one row per active member with what she owes that day (angsuran pokok, jasa, denda,
simpanan wajib), totals, and blank Dibayar and Paraf columns filled in by hand at the meeting,
then entered in one grid (Daftar Tagihan). The figures are app.collection.collection_sheet's,
the same the grid shows. The day may be a coming meeting day."""

from __future__ import annotations

from babel.dates import format_date
from reportlab.platypus import TableStyle

from app.collection import collection_sheet
from app.documents import report
from app.documents.letterhead import letterhead
from app.documents.output import Progress, step
from app.documents.paper import PAPERS
from app.documents.words import Words
from app.formatting import LOCALES

WORDS = Words({
    "title": ("DAFTAR TAGIHAN PERTEMUAN", "MEETING COLLECTION SHEET"),
    "day": ("Pertemuan {date}", "Meeting of {date}"),
    "short": ("Daftar Tagihan", "Collection sheet"),
    "no": ("No", "No"),
    "number": ("No. anggota", "Member no."),
    "name": ("Nama anggota", "Member name"),
    "pokok": ("Angsuran pokok", "Principal due"),
    "jasa": ("Jasa", "Interest"),
    "denda": ("Denda", "Penalty"),
    "wajib": ("Simpanan wajib", "Compulsory savings"),
    "total": ("Jumlah tagihan", "Total due"),
    "paid": ("Dibayar", "Paid"),
    "paraf": ("Paraf", "Initials"),
    "sum": ("Jumlah", "Total"),
    "members": ("{n} anggota", "{n} members"),
    "none": ("Tidak ada anggota aktif pada tanggal ini.", "No active member on this date."),
})


def build(request, target: str, progress: Progress = None) -> None:
    lang, on = request.lang, request.end
    paper = PAPERS[request.paper]
    width = report.usable_width(paper, landscape=True)
    step(progress, WORDS("short", lang), 0, 2)
    rows = collection_sheet(on)
    lh = letterhead()
    columns = [
        report.Column(WORDS("no", lang), 0.9, "number"),
        report.Column(WORDS("number", lang), 2),
        report.Column(WORDS("name", lang), 6),
        report.Column(WORDS("pokok", lang), 2.6, "money"),
        report.Column(WORDS("jasa", lang), 2.2, "money"),
        report.Column(WORDS("denda", lang), 2.2, "money"),
        report.Column(WORDS("wajib", lang), 2.4, "money"),
        report.Column(WORDS("total", lang), 2.8, "money"),
        report.Column(WORDS("paid", lang), 3.2, "blank"),
        report.Column(WORDS("paraf", lang), 2, "blank"),
    ]
    data = [(i, row.member_number, row.name, row.pokok_rp or None, row.jasa_rp or None, row.denda_rp or None,
             row.wajib_rp or None, row.total_rp or None, "", "") for i, row in enumerate(rows, start=1)]
    totals = None
    if rows:
        totals = ["", "", WORDS("sum", lang) + " (" + WORDS("members", lang).format(n=len(rows)) + ")",
                  *(sum(getattr(r, f"{part}_rp") for r in rows) for part in ("pokok", "jasa", "denda", "wajib", "total")),
                  "", ""]
    table = report.table(columns, data, totals, width=width, empty=WORDS("none", lang), lang=lang)
    if rows:  # room to write an amount and initials by hand
        table.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -2), 4), ("BOTTOMPADDING", (0, 1), (-1, -2), 5),
                                   ("VALIGN", (0, 1), (-1, -2), "MIDDLE")]))
    day = format_date(on, "EEEE, d MMMM y", locale=LOCALES[lang])
    story = [*report.heading(lh, WORDS("title", lang), WORDS("day", lang).format(date=day)), table,
             report.Mark(progress, WORDS("short", lang), 1, 2),
             *report.signatures(lh, on, lang, width=width)]
    report.build(target, paper, story, title=WORDS("short", lang), lang=lang, landscape=True, author=lh.group_name)
    step(progress, WORDS("short", lang), 2, 2)
