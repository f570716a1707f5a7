"""Laporan portofolio pinjaman: every loan outstanding on a date, per member, with its arrears
and kolektibilitas class, then a summary by class (DOMAIN.md "Loans").

The figures are the book as it stood at the end of the day `as_of`: a payment entered on or
before it counts even if it was reversed (storno) later, because the ledger's 1-201 on that day
still holds it; a loan written off after `as_of` is still outstanding on it. So the total
outstanding equals ledger.account_balance("1-201", as_of).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel.dates import format_date

from app.db import db
from app.documents import report
from app.documents.letterhead import letterhead
from app.documents.paper import PAPERS
from app.documents.words import Words
from app.formatting import LOCALES, rupiah
from app.loans import allowance, arrears, written_off
from app.members import format_number

WORDS = Words({
    "title": ("LAPORAN PORTOFOLIO PINJAMAN", "LOAN PORTFOLIO REPORT"),
    "as_of": ("Keadaan per {date}", "As of {date}"),
    "no": ("No", "No"),
    "member_no": ("No. anggota", "Member no."),
    "name": ("Nama anggota", "Member name"),
    "loan_no": ("No. pinjaman", "Loan no."),
    "disbursed": ("Tanggal pencairan", "Disbursed on"),
    "principal": ("Pokok pinjaman", "Principal"),
    "outstanding": ("Sisa pinjaman", "Outstanding"),
    "arrears": ("Tunggakan", "Arrears"),
    "days": ("Hari terlambat", "Days late"),
    "class": ("Kolektibilitas", "Classification"),
    "summary": ("Ringkasan menurut kolektibilitas", "Summary by classification"),
    "loans": ("Jumlah pinjaman", "Number of loans"),
    "share": ("% dari portofolio", "% of portfolio"),
    "total": ("Jumlah", "Total"),
    "none": ("Tidak ada pinjaman yang beredar pada tanggal ini.", "No loan outstanding on this date."),
    "lancar": ("Lancar", "Current"),
    "dalam_perhatian_khusus": ("Dalam Perhatian Khusus", "Special mention"),
    "kurang_lancar": ("Kurang Lancar", "Substandard"),
    "diragukan": ("Diragukan", "Doubtful"),
    "macet": ("Macet", "Loss"),
    "rate": ("Tarif PPAP", "Allowance rate"),
    "required": ("PPAP dibutuhkan", "Allowance required"),
    "booked": ("Penyisihan piutang tak tertagih dibukukan (akun 1-203): {booked}; "
               "selisih dengan yang dibutuhkan: {difference}",
               "Allowance for loan losses booked (account 1-203): {booked}; difference from the required: {difference}"),
    "written_off": ("Pinjaman yang dihapusbukukan sampai {date}", "Loans written off up to {date}"),
    "written_off_on": ("Tanggal hapus buku", "Written off on"),
    "written_off_rp": ("Jumlah dihapus", "Amount written off"),
    "from_allowance": ("Dari penyisihan", "From the allowance"),
    "recovered": ("Pemulihan", "Recovered"),
    "unrecovered": ("Belum kembali", "Not recovered"),
    "reason": ("Alasan", "Reason"),
    "none_written_off": ("Tidak ada pinjaman yang dihapusbukukan.", "No loan has been written off."),
    "at_risk": ("Pinjaman bermasalah (Kurang Lancar, Diragukan, Macet): {share} dari portofolio",
                "Non-performing loans (Substandard, Doubtful, Loss): {share} of the portfolio"),
})


@dataclass(frozen=True)
class PortfolioRow:
    loan_id: int
    loan_number: str
    member_number: int
    member_name: str
    disbursed_on: date
    principal_rp: int
    outstanding_rp: int
    arrears_rp: int  # angsuran (pokok + jasa) due before the date and unpaid on it; denda apart
    days_late: int
    kolektibilitas: str  # one of arrears.CLASSES


@dataclass(frozen=True)
class ClassSummary:
    kolektibilitas: str
    loans: int
    outstanding_rp: int
    share_bp: int  # of the total outstanding, in basis points (1/100 of a percent), rounded half up


@dataclass(frozen=True)
class Portfolio:
    as_of: date
    rows: tuple[PortfolioRow, ...]
    classes: tuple[ClassSummary, ...]  # every class, in arrears.CLASSES order, also empty ones
    total_principal_rp: int
    total_outstanding_rp: int
    total_arrears_rp: int


_NAMES = ("SELECT l.id, l.number, m.number, m.name FROM loans l JOIN members m ON m.id = l.member_id"
          " WHERE l.disbursed_on IS NOT NULL")


def _share_bp(part: int, whole: int) -> int:
    return (part * 20_000 + whole) // (2 * whole) if whole else 0


def portfolio(as_of: date) -> Portfolio:
    """Every loan with pokok outstanding at the end of `as_of`, ordered by member and loan."""
    names = {row[0]: row[1:] for row in db.execute_sql(_NAMES)}
    limits = arrears.thresholds()
    rows = []
    for loan_id, state in arrears.states_on(as_of).items():
        loan_number, member_number, member_name = names[loan_id]
        now = arrears.standing(state, as_of, limits)
        if now.outstanding_rp <= 0:
            continue
        rows.append(PortfolioRow(loan_id, loan_number, member_number, member_name, state.disbursed_on,
                                 state.principal_rp, now.outstanding_rp, now.overdue_rp, now.days_past_due,
                                 now.kolektibilitas))
    rows.sort(key=lambda r: (r.member_number, r.loan_number))
    total = sum(r.outstanding_rp for r in rows)
    classes = []
    for name in arrears.CLASSES:
        members = [r for r in rows if r.kolektibilitas == name]
        amount = sum(r.outstanding_rp for r in members)
        classes.append(ClassSummary(name, len(members), amount, _share_bp(amount, total)))
    return Portfolio(as_of, tuple(rows), tuple(classes), sum(r.principal_rp for r in rows), total,
                     sum(r.arrears_rp for r in rows))


def day_month_year(value: date, lang: str) -> str:
    """'17 Agustus 2026'."""
    return format_date(value, "d MMMM y", locale=LOCALES.get(lang, "id_ID"))


def percent(share_bp: int) -> str:
    """1234 -> '12,34%' (Indonesian decimal comma)."""
    return f"{share_bp // 100},{share_bp % 100:02d}%"


def build(request, target: str, progress=None) -> None:
    lang, paper = request.lang, PAPERS[request.paper]
    lh = letterhead()
    width = report.usable_width(paper, landscape=True)
    w = lambda key: WORDS(key, lang)  # noqa: E731
    story = [*report.heading(lh, w("title"), w("as_of").format(date=day_month_year(request.end, lang)))]
    story.append(report.Mark(progress, w("title"), 0, 2))
    story += portfolio_story(request.end, lang, width)
    story += report.signatures(lh, request.end, lang, width=width)
    story.append(report.Mark(progress, w("summary"), 2, 2))
    report.build(target, paper, story, title=w("title").title(), lang=lang, landscape=True,
                 author=lh.group_name)


def portfolio_story(as_of: date, lang: str, width: float) -> list:
    """The loans outstanding and the summary by class (no letterhead, no signatures); also the RAT pack's."""
    data = portfolio(as_of)
    w = lambda key: WORDS(key, lang)  # noqa: E731
    columns = [
        report.Column(w("no"), 0.5, "number"), report.Column(w("member_no"), 0.9),
        report.Column(w("name"), 2.6), report.Column(w("loan_no"), 1.3),
        report.Column(w("disbursed"), 1.1, "date"), report.Column(w("principal"), 1.4, "money"),
        report.Column(w("outstanding"), 1.4, "money"), report.Column(w("arrears"), 1.3, "money"),
        report.Column(w("days"), 1.0, "number"), report.Column(w("class"), 1.6),
    ]
    rows = [(i, format_number(r.member_number), r.member_name, r.loan_number, r.disbursed_on, r.principal_rp,
             r.outstanding_rp, r.arrears_rp, r.days_late, w(r.kolektibilitas))
            for i, r in enumerate(data.rows, start=1)]
    totals = ["", "", w("total"), "", "", data.total_principal_rp, data.total_outstanding_rp,
              data.total_arrears_rp, "", ""]
    story: list = []
    if rows:
        story.append(report.table(columns, rows, totals, width=width, lang=lang))
    else:
        story.append(report.text(w("none")))
    story.append(report.text(w("summary"), "section"))
    needed = allowance.by_class({c.kolektibilitas: c.loans for c in data.classes},
                                {c.kolektibilitas: c.outstanding_rp for c in data.classes})
    summary_columns = [report.Column(w("class"), 2.4), report.Column(w("loans"), 1, "number"),
                       report.Column(w("outstanding"), 1.5, "money"), report.Column(w("share"), 1, "number"),
                       report.Column(w("rate"), 1, "number"), report.Column(w("required"), 1.5, "money")]
    summary = [(w(c.kolektibilitas), c.loans, c.outstanding_rp, percent(c.share_bp), percent(a.rate_bp), a.required_rp)
               for c, a in zip(data.classes, needed)]
    required = sum(a.required_rp for a in needed)
    summary_totals = [w("total"), len(data.rows), data.total_outstanding_rp,
                      percent(10_000) if data.total_outstanding_rp else percent(0), "", required]
    story.append(report.table(summary_columns, summary, summary_totals, width=width * 0.8, lang=lang))
    at_risk = sum(c.outstanding_rp for c in data.classes if c.kolektibilitas in arrears.CLASSES[2:])
    story.append(report.text(w("at_risk").format(share=percent(_share_bp(at_risk, data.total_outstanding_rp))),
                             "small"))
    booked = allowance.booked(as_of)
    story.append(report.text(w("booked").format(booked=rupiah(booked, parentheses=True),
                                                difference=rupiah(required - booked, parentheses=True)), "small"))
    story.append(report.text(w("written_off").format(date=day_month_year(as_of, lang)), "section"))
    story.append(written_off_table(written_off.written_off(as_of), lang, width))
    return story


def written_off_table(loans: list[written_off.WrittenOff], lang: str, width: float, reason: bool = False):
    """Written-off loans with what was charged to the allowance and what came back since."""
    w = lambda key: WORDS(key, lang)  # noqa: E731
    columns = [report.Column(w("no"), 0.5, "number"), report.Column(w("member_no"), 0.9),
               report.Column(w("name"), 2.4), report.Column(w("loan_no"), 1.3),
               report.Column(w("written_off_on"), 1.1, "date"), report.Column(w("written_off_rp"), 1.4, "money"),
               report.Column(w("from_allowance"), 1.4, "money"), report.Column(w("recovered"), 1.3, "money"),
               report.Column(w("unrecovered"), 1.4, "money")]
    rows = [[i, format_number(r.member_number), r.member_name, r.loan_number, r.written_off_on, r.amount_rp,
             r.from_allowance_rp, r.recovered_rp, r.unrecovered_rp] for i, r in enumerate(loans, start=1)]
    if reason:
        columns.append(report.Column(w("reason"), 2))
        for row, loan in zip(rows, loans):
            row.append(loan.reason)
    if not rows:
        return report.text(w("none_written_off"))
    totals = ["", "", w("total"), "", "", *(sum(getattr(r, f) for r in loans) for f in
              ("amount_rp", "from_allowance_rp", "recovered_rp", "unrecovered_rp"))] + [""] * reason
    return report.table(columns, rows, totals, width=width, lang=lang)
