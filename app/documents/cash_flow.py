"""Laporan Arus Kas (kind "cash_flow"): the period's cash movements by activity (operating,
investing, financing) in readable lines, the net change, and the opening and closing kas + bank,
the closing split into its accounts so a reader can tick it against the Neraca."""

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
from app.reports import cash_flow as cf

WORDS = Words({
    "title": ("LAPORAN ARUS KAS", "CASH FLOW STATEMENT"),
    "subtitle": ("Periode {period} (metode langsung)", "Period {period} (direct method)"),
    "item": ("Uraian", "Item"),
    "amount": ("Jumlah (Rp)", "Amount (Rp)"),
    cf.OPERATING: ("ARUS KAS DARI AKTIVITAS OPERASI", "CASH FLOWS FROM OPERATING ACTIVITIES"),
    cf.INVESTING: ("ARUS KAS DARI AKTIVITAS INVESTASI", "CASH FLOWS FROM INVESTING ACTIVITIES"),
    cf.FINANCING: ("ARUS KAS DARI AKTIVITAS PENDANAAN", "CASH FLOWS FROM FINANCING ACTIVITIES"),
    f"{cf.OPERATING}.net": ("Arus kas bersih dari aktivitas operasi", "Net cash from operating activities"),
    f"{cf.INVESTING}.net": ("Arus kas bersih dari aktivitas investasi", "Net cash from investing activities"),
    f"{cf.FINANCING}.net": ("Arus kas bersih dari aktivitas pendanaan", "Net cash from financing activities"),
    "none": ("(tidak ada)", "(none)"),
    "change": ("Kenaikan (penurunan) kas dan bank", "Increase (decrease) in cash and bank"),
    "opening": ("Kas dan bank awal periode ({date})", "Cash and bank at the start ({date})"),
    "closing": ("Kas dan bank akhir periode ({date})", "Cash and bank at the end ({date})"),
    "summary": ("RINGKASAN", "SUMMARY"),
    "held_in": ("Saldo akhir terdiri dari:", "The closing balance is held in:"),
    "preparing": ("Menyusun laporan arus kas", "Preparing the cash flow statement"),
    "sales.in": ("Penerimaan dari penjualan usaha", "Cash received from business sales"),
    "sales.out": ("Pengembalian uang penjualan", "Sales refunded"),
    "loan_income.in": ("Penerimaan jasa, denda dan provisi pinjaman", "Loan interest, fines and fees received"),
    "loan_income.out": ("Pengembalian jasa pinjaman", "Loan interest refunded"),
    "loans.in": ("Penerimaan angsuran pokok pinjaman", "Loan principal repaid by members"),
    "loans.out": ("Penyaluran pinjaman kepada anggota", "Loans paid out to members"),
    "recoveries.in": ("Penerimaan kembali pinjaman yang sudah dihapus", "Recovered on loans written off"),
    "recoveries.out": ("Pengembalian penerimaan pinjaman yang sudah dihapus", "Recoveries refunded"),
    "savings.in": ("Penerimaan simpanan anggota", "Members' savings deposited"),
    "savings.out": ("Penarikan simpanan anggota", "Members' savings withdrawn"),
    "purchases.in": ("Pengembalian pembelian bahan dan barang", "Purchases refunded"),
    "purchases.out": ("Pembayaran bahan baku, barang dagangan dan utang usaha",
                      "Paid for materials, goods and trade debts"),
    "funds.in": ("Penerimaan dana titipan (PAUD, sosial)", "Earmarked funds received (PAUD, social)"),
    "funds.out": ("Penyaluran dana titipan (PAUD, sosial)", "Earmarked funds paid out (PAUD, social)"),
    "other_income.in": ("Penerimaan pendapatan lain (bunga bank, bantuan, lain-lain)",
                        "Other income received (bank interest, donations, other)"),
    "other_income.out": ("Pengembalian pendapatan lain", "Other income refunded"),
    "bank_interest.in": ("Pengembalian jasa pinjaman bank", "Bank loan interest refunded"),
    "bank_interest.out": ("Pembayaran jasa pinjaman bank", "Bank loan interest paid"),
    "expenses.in": ("Pengembalian beban", "Expenses refunded"),
    "expenses.out": ("Pembayaran beban", "Expenses paid"),
    "other_operating.in": ("Penerimaan operasi lainnya", "Other operating receipts"),
    "other_operating.out": ("Pembayaran operasi lainnya", "Other operating payments"),
    "equipment.in": ("Penjualan inventaris", "Equipment sold"),
    "equipment.out": ("Pembelian inventaris / peralatan", "Equipment bought"),
    "bank_loans.in": ("Penerimaan pinjaman bank / pinjaman modal", "Bank loans received"),
    "bank_loans.out": ("Pembayaran pokok pinjaman bank", "Bank loan principal repaid"),
    "grants.in": ("Penerimaan modal hibah", "Grant capital received"),
    "grants.out": ("Pengembalian modal hibah", "Grant capital returned"),
    "shu_paid.in": ("Pengembalian SHU yang dibagikan", "Surplus shares returned"),
    "shu_paid.out": ("Pembayaran SHU dan bagi hasil", "Surplus and profit shares paid"),
    "other_financing.in": ("Penerimaan pendanaan lainnya", "Other financing received"),
    "other_financing.out": ("Pembayaran pendanaan lainnya", "Other financing paid"),
})


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang = request.lang
    report.signed_statement(request, target, progress, WORDS("title", lang), WORDS("preparing", lang),
                            lambda width: story(request.start, request.end, lang, width))


def story(start: date, end: date, lang: str, width: float) -> tuple[str, list]:
    """The subtitle and the body (no letterhead, no signatures); also the RAT pack's."""
    w = lambda key: WORDS(key, lang)  # noqa: E731
    flow = cf.cash_flow(start, end)
    columns = [report.Column(w("item"), 70), report.Column(w("amount"), 25, "money")]
    body: list = []
    for activity in cf.ACTIVITIES:
        rows = [(w(line.key), line.amount_rp) for line in flow.lines if line.activity == activity]
        body += [report.text(w(activity), "section"),
                 report.table(columns, rows or [(w("none"), None)], totals=[w(f"{activity}.net"),
                                                                            flow.activity_rp(activity)],
                              width=width, lang=lang)]
    before = start - timedelta(days=1)
    summary = [(w("change"), flow.net_rp), (w("opening").format(date=day_text(before, lang)), flow.opening_rp)]
    body += [report.text(w("summary"), "section"),
             report.table(columns, summary, totals=[w("closing").format(date=day_text(end, lang)), flow.closing_rp],
                          width=width, lang=lang),
             Spacer(0, 2 * mm), report.text(w("held_in"), "small")]
    body += [report.text(f"{code} {name}: {rupiah(balance, parentheses=True)}", "small")
             for code, name, balance in cf.cash_accounts(end)]
    return w("subtitle").format(period=period_text(start, end, lang)), body

