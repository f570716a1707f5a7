"""Laporan Perubahan Ekuitas (kind "equity_changes"): each equity account and the surplus (SHU)
with its opening, additions, reductions and closing over the period; the closing column is the
Neraca's equity, and the SHU row's movement is said in words under the table."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.documents import report
from app.documents.catalogue import Request
from app.documents.financial import day_text, period_text
from app.documents.output import Progress
from app.documents.words import Words
from app.formatting import rupiah
from app.reports import equity_changes as ec

WORDS = Words({
    "title": ("LAPORAN PERUBAHAN EKUITAS", "STATEMENT OF CHANGES IN EQUITY"),
    "subtitle": ("Periode {period}", "Period {period}"),
    "item": ("Uraian", "Item"),
    "balance": ("Saldo {date} (Rp)", "Balance {date} (Rp)"),
    "additions": ("Penambahan (Rp)", "Additions (Rp)"),
    "reductions": ("Pengurangan (Rp)", "Reductions (Rp)"),
    "total": ("JUMLAH EKUITAS", "TOTAL EQUITY"),
    "shu": ("Sisa hasil usaha (SHU)", "Surplus (SHU)"),
    "shu_words": ("SHU bertambah dengan hasil usaha periode ini menurut Laporan Hasil Usaha ({result}) dan "
                  "berkurang dengan SHU yang dibagikan: bagi hasil usaha dan keputusan rapat anggota ({shared}).",
                  "The surplus grows by the period's result as the Income Statement shows it ({result}) and "
                  "shrinks by the surplus shared: business profit shares and the members' meeting's decisions "
                  "({shared})."),
    "others_words": ("Penambahan simpanan pokok dan wajib adalah setoran anggota, pengurangannya penarikan; "
                     "penambahan modal hibah adalah hibah yang diterima; dana cadangan bertambah dari "
                     "pembagian SHU.",
                     "Additions to the members' savings are deposits, reductions withdrawals; additions to grant "
                     "capital are grants received; the reserve grows from the surplus shared."),
    "preparing": ("Menyusun laporan perubahan ekuitas", "Preparing the statement of changes in equity"),
})


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang = request.lang
    report.signed_statement(request, target, progress, WORDS("title", lang), WORDS("preparing", lang),
                            lambda width: story(request.start, request.end, lang, width))


def story(start: date, end: date, lang: str, width: float) -> tuple[str, list]:
    """The subtitle and the body (no letterhead, no signatures); also the RAT pack's."""
    w = lambda key: WORDS(key, lang)  # noqa: E731
    changes = ec.equity_changes(start, end)
    balance = lambda day: report.Column(w("balance").format(date=day_text(day, lang)), 17, "money")  # noqa: E731
    columns = [report.Column(w("item"), 34), balance(start - timedelta(days=1)),
               report.Column(w("additions"), 16, "money"), report.Column(w("reductions"), 16, "money"), balance(end)]
    rows = [(f"{row.code} {row.name}" if row.code != ec.SHU_ROW else w("shu"), row.opening_rp, row.additions_rp,
             row.reductions_rp, row.closing_rp) for row in changes.rows]
    totals = [w("total"), *(changes.total(part) for part in ("opening_rp", "additions_rp", "reductions_rp",
                                                             "closing_rp"))]
    shu = changes.shu
    body = [report.table(columns, rows, totals=totals, width=width, lang=lang), Spacer(0, 3 * mm),
            report.text(w("shu_words").format(result=rupiah(shu.additions_rp, parentheses=True),
                                              shared=rupiah(shu.reductions_rp, parentheses=True)), "small"),
            report.text(w("others_words"), "small")]
    return w("subtitle").format(period=period_text(start, end, lang)), body
