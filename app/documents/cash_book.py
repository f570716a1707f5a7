"""Buku Kas Umum (kind "cash_book"): the PKK Buku Keuangan for a period, month by month.

Each month starts on a new page: the saldo awal, every receipt and payment of cash and bank
(No | Tanggal | Sumber dana / Dibayar kepada | Uraian | Nomor bukti | Kas/Bank | Penerimaan |
Pengeluaran | Saldo; app.cash_book says what each holds), the month's totals, then its "Sisa
Buku Kas Umum" (sisa bank, sisa kas tunai, total) signed by Ketua and Bendahara. Landscape, so that the figures keep their room.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from app.cash_book import BANK, CashBook, MonthClosing, cash_book
from app.documents import report
from app.documents.catalogue import Request, paper_of
from app.documents.financial import day_text, month_text, period_text
from app.documents.fonts import BOLD, FONT
from app.documents.letterhead import letterhead
from app.documents.output import Progress, step
from app.documents.words import Words
from app.formatting import rupiah

WORDS = Words({
    "title": ("BUKU KAS UMUM", "GENERAL CASH BOOK"),
    "no": ("No", "No"),
    "date": ("Tanggal", "Date"),
    "source": ("Sumber dana / Dibayar kepada", "Received from / Paid to"),
    "description": ("Uraian", "Description"),
    "voucher": ("Nomor bukti", "Voucher no."),
    "where": ("Kas/ Bank", "Cash/ Bank"),
    "receipts": ("Penerimaan (Rp)", "Receipts (Rp)"),
    "payments": ("Pengeluaran (Rp)", "Payments (Rp)"),
    "balance": ("Saldo (Rp)", "Balance (Rp)"),
    "cash": ("Tunai", "Cash"),
    "bank": ("Bank", "Bank"),
    "opening": ("Saldo awal", "Opening balance"),
    "total": ("Jumlah", "Total"),
    "reversed": (" (distorno)", " (reversed)"),
    "closing": ("Sisa Buku Kas Umum per {date}", "Cash book balance at {date}"),
    "sisa_bank": ("Sisa bank", "Bank balance"),
    "sisa_cash": ("Sisa kas tunai", "Cash on hand"),
    "sisa_total": ("Jumlah", "Total"),
    "none": ("Tidak ada transaksi kas atau bank pada bulan ini.", "No cash or bank transactions this month."),
    "preparing": ("Menyusun buku kas", "Preparing the cash book"),
    "month": ("Bulan", "Month"),
})


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang = request.lang
    step(progress, WORDS("preparing", lang), 0, 1)
    book = cash_book(request.start, request.end)
    paper = paper_of(request)
    width = report.usable_width(paper, landscape=True)
    lh = letterhead()
    story = report.heading(lh, WORDS("title", lang), period_text(request.start, request.end, lang))
    for index, month in enumerate(book.months):
        if index:
            story.append(PageBreak())
        story += month_section(book, month, lang, width)
        story += report.signatures(lh, month.end, lang, width=width)
        story.append(report.Mark(progress, month_text(month.start, lang), index + 1, len(book.months)))
    report.build(target, paper, story, title=WORDS("title", lang).title(), lang=lang, landscape=True,
                 author=lh.group_name)


def columns(lang: str) -> list[report.Column]:
    return [
        report.Column(WORDS("no", lang), 4, "number"),
        report.Column(WORDS("date", lang), 9, "date"),
        report.Column(WORDS("source", lang), 19),
        report.Column(WORDS("description", lang), 29),
        report.Column(WORDS("voucher", lang), 15),
        report.Column(WORDS("where", lang), 6),
        report.Column(WORDS("receipts", lang), 14, "money"),
        report.Column(WORDS("payments", lang), 14, "money"),
        report.Column(WORDS("balance", lang), 15, "money"),
    ]


def month_section(book: CashBook, month: MonthClosing, lang: str, width: float) -> list:
    parts: list = [report.text(month_text(month.start, lang), "section")]
    rows = [("", month.start, "", WORDS("opening", lang), "", "", None, None, month.opening_rp)]
    for row in month.rows:
        rows.append((
            row.number, row.entry_date, row.party,
            row.description + (WORDS("reversed", lang) if row.reversed else ""), row.voucher,
            WORDS("bank" if row.account == BANK else "cash", lang),
            row.receipt_rp or None, row.payment_rp or None, row.balance_rp,
        ))
    totals = ["", "", "", WORDS("total", lang), "", "", month.receipts_rp, month.payments_rp, month.total_rp]
    table = report.table(columns(lang), rows, totals=totals, width=width, lang=lang)
    if not month.rows:
        parts += [table, Spacer(0, 2 * mm), report.text(WORDS("none", lang)), Spacer(0, 4 * mm),
                  KeepTogether(closing_block(month, lang))]
    else:  # the month's Sisa goes over with its last rows, never onto a page of its own
        parts.append(report.with_last_rows(table, *closing_block(month, lang)))
    return parts


def closing_block(month: MonthClosing, lang: str) -> list:
    title = report.text(WORDS("closing", lang).format(date=day_text(month.end, lang)), "section")
    lines = [
        [WORDS("sisa_bank", lang), rupiah(month.bank_rp, parentheses=True)],
        [WORDS("sisa_cash", lang), rupiah(month.cash_rp, parentheses=True)],
        [WORDS("sisa_total", lang), rupiah(month.total_rp, parentheses=True)],
    ]
    block = Table(lines, colWidths=[45 * mm, 45 * mm], hAlign="LEFT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, report.BODY),
        ("FONT", (0, -1), (-1, -1), BOLD, report.BODY),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, "black"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return [title, block]
