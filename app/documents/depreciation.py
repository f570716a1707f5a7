"""Jadwal penyusutan (kind "depreciation", a date): every inventaris item held in the ledger with
its cost, life ("–": below the threshold, not depreciated), a period's depreciation, the
accumulated depreciation and the book value at the date (app.assets.depreciation.schedule); the
accumulated total beside 1-402 of the Neraca.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from app import ledger
from app.assets import depreciation, policy
from app.documents import report
from app.documents.letterhead import letterhead
from app.documents.loan_portfolio import day_month_year
from app.documents.paper import PAPERS
from app.documents.words import Words
from app.formatting import rupiah

WORDS = Words({
    "title": ("JADWAL PENYUSUTAN INVENTARIS", "DEPRECIATION SCHEDULE"),
    "as_of": ("Keadaan per {date}", "As of {date}"),
    "no": ("No", "No"),
    "name": ("Nama barang", "Item"),
    "acquired": ("Tanggal perolehan", "Acquired"),
    "cost": ("Harga perolehan (Rp)", "Cost (Rp)"),
    "life": ("Umur (tahun)", "Life (years)"),
    "month": ("Penyusutan per bulan (Rp)", "Depreciation a month (Rp)"),
    "year": ("Penyusutan per tahun (Rp)", "Depreciation a year (Rp)"),
    "accumulated": ("Akumulasi penyusutan (Rp)", "Accumulated depreciation (Rp)"),
    "book_value": ("Nilai buku (Rp)", "Book value (Rp)"),
    "total": ("Jumlah", "Total"),
    "none": ("Belum ada barang inventaris yang tercatat di jurnal.", "No item is in the ledger yet."),
    "policy": ("Metode garis lurus sejak bulan perolehan; dibukukan setiap {period}; barang di bawah {threshold} "
               "sebuah tidak disusutkan. Angka per periode dibulatkan ke bawah; periode terakhir mengambil sisanya.",
               "Straight line from the month acquired; posted every {period}; items below {threshold} a piece are "
               "not depreciated. A period's figure is rounded down; the last period takes the rest."),
    "every_month": ("bulan", "month"),
    "every_year": ("tahun", "year"),
    "reconciliation": ("Rekonsiliasi dengan Neraca", "Reconciliation with the balance sheet"),
    "schedule_total": ("Jumlah akumulasi penyusutan menurut jadwal", "Accumulated depreciation per the schedule"),
    "ledger_total": ("Saldo akun Akumulasi penyusutan di Neraca (1-402)",
                     "Balance of Accumulated depreciation in the balance sheet (1-402)"),
    "difference": ("Selisih", "Difference"),
})


def build(request, target: str, progress=None) -> None:
    lang, paper, on = request.lang, PAPERS[request.paper], request.end
    w = lambda key: WORDS(key, lang)  # noqa: E731
    rule = policy.current()
    monthly = rule.period == policy.MONTHLY
    rows = depreciation.schedule(on)
    lh = letterhead()
    width = report.usable_width(paper, landscape=True)
    columns = [report.Column(w("no"), 0.45, "number"), report.Column(w("name"), 2.4),
               report.Column(w("acquired"), 1.1, "date"), report.Column(w("cost"), 1.4, "money"),
               report.Column(w("life"), 0.8, "number"), report.Column(w("month" if monthly else "year"), 1.4, "money"),
               report.Column(w("accumulated"), 1.5, "money"), report.Column(w("book_value"), 1.4, "money")]
    data = [(i, r.item.name, r.item.acquired_on, r.item.value_rp, r.life_years or "–",
             r.per_period_rp or None, r.accumulated_rp, r.book_value_rp) for i, r in enumerate(rows, start=1)]
    accumulated = sum(r.accumulated_rp for r in rows)
    totals = ["", w("total"), "", sum(r.item.value_rp for r in rows), "", None, accumulated,
              sum(r.book_value_rp for r in rows)] if rows else None
    in_ledger = -ledger.account_balance(depreciation.ACCUMULATED, on)
    threshold = rupiah(rule.threshold_rp)
    story = [*report.heading(lh, w("title"), w("as_of").format(date=day_month_year(on, lang))),
             report.Mark(progress, w("title"), 0, 1),
             report.table(columns, data, totals, width=width, empty=w("none"), lang=lang),
             report.text(w("policy").format(period=w("every_month" if monthly else "every_year"),
                                            threshold=threshold), "small"),
             Spacer(0, 3 * mm),
             KeepTogether([report.text(w("reconciliation"), "section"), report.figures([
                 (w("schedule_total"), accumulated), (w("ledger_total"), in_ledger),
                 (w("difference"), accumulated - in_ledger)], width)])]
    story += report.signatures(lh, on, lang, width=width)
    story.append(report.Mark(progress, w("title"), 1, 1))
    report.build(target, paper, story, title=w("title").title(), lang=lang, landscape=True, author=lh.group_name)
