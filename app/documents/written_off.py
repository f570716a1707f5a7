"""Daftar pinjaman yang dihapusbukukan ("written_off", a period): the loans written off in it,
with what the allowance bore and what came back, then the money received in it on any
written-off loan (recoveries, with their kuitansi), and what stays unrecovered at its end.
"""

from __future__ import annotations

from app.documents import report
from app.documents.catalogue import paper_of
from app.documents.financial import period_text
from app.documents.letterhead import letterhead
from app.documents.loan_portfolio import WORDS as PORTFOLIO_WORDS
from app.documents.loan_portfolio import written_off_table
from app.documents.output import Progress, step
from app.documents.words import Words
from app.formatting import rupiah
from app.loans import written_off

WORDS = Words({
    "title": ("DAFTAR PINJAMAN YANG DIHAPUSBUKUKAN", "LOANS WRITTEN OFF"),
    "period": ("Periode {period}", "Period {period}"),
    "written_off": ("Pinjaman yang dihapusbukukan dalam periode", "Loans written off in the period"),
    "recoveries": ("Pemulihan (uang diterima atas pinjaman yang dihapusbukukan)",
                   "Recoveries (money received on loans written off)"),
    "date": ("Tanggal", "Date"),
    "receipt": ("No. kuitansi", "Receipt no."),
    "amount": ("Jumlah", "Amount"),
    "none_recovered": ("Tidak ada pemulihan dalam periode ini.", "No recovery in this period."),
    "still_out": ("Semua pinjaman yang dihapusbukukan sampai {date}: {count} pinjaman, {amount}; "
                  "dipulihkan {recovered}; belum kembali {left}.",
                  "Every loan written off up to {date}: {count} loans, {amount}; recovered {recovered}; "
                  "not recovered {left}."),
})


def build(request, target: str, progress: Progress = None) -> None:
    lang, paper = request.lang, paper_of(request)
    title = WORDS("title", lang)
    step(progress, title, 0, 1)
    width = report.usable_width(paper, landscape=True)
    lh = letterhead()
    w = lambda key: WORDS(key, lang)  # noqa: E731
    p = lambda key: PORTFOLIO_WORDS(key, lang)  # noqa: E731
    story = [*report.heading(lh, title, w("period").format(period=period_text(request.start, request.end, lang))),
             report.text(w("written_off"), "section"),
             written_off_table(written_off.written_off(request.end, request.start), lang, width, reason=True),
             report.text(w("recoveries"), "section")]
    columns = [report.Column(p("no"), 0.5, "number"), report.Column(w("date"), 1.1, "date"),
               report.Column(w("receipt"), 1.6), report.Column(p("loan_no"), 1.3),
               report.Column(p("name"), 2.6), report.Column(w("amount"), 1.4, "money")]
    got = written_off.recoveries(request.end, request.start)
    rows = [(i, r.received_on, r.receipt_number or "", r.loan_number, r.member_name, r.amount_rp)
            for i, r in enumerate(got, start=1)]
    totals = ["", "", "", "", p("total"), sum(r.amount_rp for r in got)] if rows else None
    story.append(report.table(columns, rows, totals, width=width * 0.7, empty=w("none_recovered"), lang=lang))
    every = written_off.written_off(request.end)
    amount, recovered = sum(r.amount_rp for r in every), sum(r.recovered_rp for r in every)
    story.append(report.text(w("still_out").format(
        date=period_text(request.end, request.end, lang), count=len(every), amount=rupiah(amount),
        recovered=rupiah(recovered), left=rupiah(amount - recovered)), "small"))
    story += [*report.signatures(lh, request.end, lang, width=width), report.Mark(progress, title, 1, 1)]
    report.build(target, paper, story, title=title.title(), lang=lang, landscape=True, author=lh.group_name)
