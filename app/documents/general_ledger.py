"""Buku Besar (kind "general_ledger"): one account, or every account with postings in the
period, each with its saldo awal, its postings (Tanggal | No. jurnal | Uraian | Debit | Kredit |
Saldo, in the account's natural sign) and its saldo akhir. Income and expense accounts start
each year at 0 (app.financial_statements.general_ledger).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app import financial_statements as fs
from app.documents import report
from app.documents.catalogue import Request, paper_of
from app.documents.financial import day_text, period_text
from app.documents.letterhead import letterhead
from app.documents.output import Progress, step
from app.documents.words import Words
from app.formatting import rupiah

WORDS = Words({
    "title": ("BUKU BESAR", "GENERAL LEDGER"),
    "date": ("Tanggal", "Date"),
    "entry": ("No. jurnal", "Entry no."),
    "description": ("Uraian", "Description"),
    "debit": ("Debit (Rp)", "Debit (Rp)"),
    "credit": ("Kredit (Rp)", "Credit (Rp)"),
    "balance": ("Saldo (Rp)", "Balance (Rp)"),
    "opening": ("Saldo awal", "Opening balance"),
    "closing": ("Saldo akhir per {date}", "Closing balance at {date}"),
    "none": ("Tidak ada transaksi pada periode ini.", "No transactions in this period."),
    "preparing": ("Menyusun buku besar", "Preparing the general ledger"),
    "asset": ("aset", "asset"),
    "liability": ("kewajiban", "liability"),
    "equity": ("ekuitas", "equity"),
    "income": ("pendapatan", "income"),
    "expense": ("beban", "expense"),
    fs.YEAR_CARRIED: ("Saldo tahun {year} dipindahkan ke SHU tahun lalu",
                      "Balance of {year} carried to earlier years' surplus"),
})


def entry_number(entry_id: int) -> str:
    return f"JU-{entry_id}"


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang = request.lang
    step(progress, WORDS("preparing", lang), 0, 1)
    books = fs.general_ledger(request.start, request.end, request.account)
    paper = paper_of(request)
    width = report.usable_width(paper)
    lh = letterhead()
    story = report.heading(lh, WORDS("title", lang), period_text(request.start, request.end, lang))
    columns = [report.Column(WORDS("date", lang), 11, "date"), report.Column(WORDS("entry", lang), 11),
               report.Column(WORDS("description", lang), 38), report.Column(WORDS("debit", lang), 16, "money"),
               report.Column(WORDS("credit", lang), 16, "money"), report.Column(WORDS("balance", lang), 17, "money")]
    if not books:
        story.append(report.text(WORDS("none", lang)))
    for index, book in enumerate(books):
        story.append(report.text(f"{book.code}  {book.name} ({WORDS(book.kind, lang)})", "section"))
        rows = [(request.start, "", WORDS("opening", lang), None, None, book.opening_rp)]
        rows += [(line.entry_date, entry_number(line.entry_id) if line.entry_id else "", _description(line, lang),
                  line.debit_rp or None, line.credit_rp or None, line.balance_rp) for line in book.lines]
        totals = ["", "", report.WORDS("total", lang), book.debit_rp, book.credit_rp, book.closing_rp]
        story.append(report.table(columns, rows, totals=totals, width=width, lang=lang))
        if not book.lines:
            story += [Spacer(0, 1 * mm), report.text(WORDS("none", lang))]
        story.append(report.text(WORDS("closing", lang).format(date=day_text(request.end, lang))
                                 + f": {_money(book.closing_rp)}", "body"))
        story.append(Spacer(0, 4 * mm))
        story.append(report.Mark(progress, f"{book.code} {book.name}", index + 1, len(books)))
    story += report.signatures(lh, request.end, lang, width=width)
    report.build(target, paper, story, title=WORDS("title", lang).title(), lang=lang, author=lh.group_name)


def _description(line: fs.LedgerLine, lang: str) -> str:
    if line.entry_id == 0 and line.description == fs.YEAR_CARRIED:
        return WORDS(fs.YEAR_CARRIED, lang).format(year=line.entry_date.year)
    return line.description


def _money(amount_rp: int) -> str:
    return rupiah(amount_rp, parentheses=True)
