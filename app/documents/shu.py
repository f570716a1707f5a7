"""The SHU of a year (kinds "shu_report" and "shu_slip"; the year is that of request.end).

shu_report: the distribution report for the members' meeting — how the year's SHU was reached
(income, expense, the businesses' bagi hasil already shared), the split by the rule, every
member's share with its basis (her savings S and the jasa she paid T), how members who left are
treated, signature blocks. A loss year shows the loss and the meeting's decision.
shu_slip: one slip per member with a share (half F4, one a page; on A4 several to a sheet with
cut lines): her basis, her part of jasa modal and of jasa pinjaman, the amount in figures and
words, where it went, signature lines.

After the meeting's decision is posted the figures are read from what was recorded
(app.yearend.shu.shares_of); before it, the document is a preview (PRATINJAU) of the rule in
force, for the meeting to decide on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app import clock
from app.db import db
from app.documents import report
from app.documents.catalogue import Request, paper_of
from app.documents.financial import day_text
from app.documents.fonts import BOLD, FONT
from app.documents.letterhead import letterhead
from app.documents.output import Progress, step
from app.documents.usaha_share import _CutLine as CutLine
from app.documents.words import Words
from app.formatting import long_date, place_date, rupiah
from app.members import format_number
from app.terbilang import rupiah_words
from app.yearend import shu
from app.yearend.rule import MEMBERS_CAPITAL, MEMBERS_LOANS

WORDS = Words({
    "shu_report": ("PEMBAGIAN SISA HASIL USAHA (SHU)", "DISTRIBUTION OF THE SURPLUS (SHU)"),
    "shu_slip": ("SLIP SHU", "SURPLUS SHARE SLIP"),
    "subtitle": ("Tahun buku {year}", "Financial year {year}"),
    "preview": ("PRATINJAU – belum diputuskan Rapat Anggota Tahunan; angka dapat berubah sampai tahun ditutup.",
                "PREVIEW – not yet decided by the annual members' meeting; figures may change until the year is closed."),
    "decided": ("Diputuskan RAT tanggal {date}.", "Decided by the annual members' meeting on {date}."),
    "reckoning": ("Perhitungan SHU", "How the surplus was reached"),
    "income": ("Pendapatan", "Income"),
    "expense": ("Beban", "Expenses"),
    "shared": ("Bagi hasil usaha kelompok yang sudah dibagi selama tahun", "Group business profit shared during the year"),
    "shu": ("SHU yang dibagi", "Surplus to share"),
    "loss": ("Rugi tahun ini", "Loss of the year"),
    "loss_none": ("Tahun ini rugi: tidak ada SHU yang dibagi.", "The year made a loss: there is no surplus to share."),
    "loss_covered": ("Keputusan RAT: rugi ditutup dari dana cadangan.", "Meeting's decision: the loss is covered from the reserve."),
    "loss_carried": ("Keputusan RAT: rugi dibawa ke tahun berikutnya.", "Meeting's decision: the loss is carried forward."),
    "split": ("Pembagian menurut aturan", "The split by the rule"),
    "part": ("Bagian", "Part"),
    "percent": ("Persen", "Percent"),
    "goes_to": ("Untuk", "Goes to"),
    "amount": ("Jumlah (Rp)", "Amount (Rp)"),
    "total": ("Jumlah", "Total"),
    MEMBERS_CAPITAL: ("Anggota, menurut simpanan", "Members, by savings"),
    MEMBERS_LOANS: ("Anggota, menurut jasa yang dibayar", "Members, by interest paid"),
    "3-301": ("Dana cadangan", "Reserve fund"),
    "2-302": ("Dana insentif PAUD", "PAUD teachers' incentive fund"),
    "2-303": ("Dana sosial", "Social fund"),
    "2-301": ("SHU belum dibagikan (dibayar kemudian)", "Undistributed surplus (paid later)"),
    "members": ("Bagian anggota", "Members' shares"),
    "basis_year_end": ("Jasa modal dibagi menurut simpanan pokok + wajib (S) pada 31 Desember {year}; jasa pinjaman "
                       "menurut jasa pinjaman yang dibayar (T) selama tahun {year}. SHU anggota = S/ΣS × jasa modal + "
                       "T/ΣT × jasa pinjaman, dibulatkan ke rupiah dengan sisa terbesar.",
                       "Capital share by principal + compulsory savings (S) on 31 December {year}; loan share by "
                       "the interest paid (T) during {year}. Member's SHU = S/ΣS × capital share + T/ΣT × loan "
                       "share, rounded to the rupiah by largest remainder."),
    "basis_monthly_average": ("Jasa modal dibagi menurut rata-rata simpanan pokok + wajib (S) pada akhir setiap bulan "
                              "tahun {year}; jasa pinjaman menurut jasa pinjaman yang dibayar (T) selama tahun {year}. "
                              "SHU anggota = S/ΣS × jasa modal + T/ΣT × jasa pinjaman, dibulatkan ke rupiah dengan "
                              "sisa terbesar.",
                              "Capital share by the average principal + compulsory savings (S) at each month's end "
                              "of {year}; loan share by the interest paid (T) during {year}. Member's SHU = S/ΣS × "
                              "capital share + T/ΣT × loan share, rounded to the rupiah by largest remainder."),
    "leavers_exclude": ("Anggota yang keluar selama tahun {year} tidak ikut dibagi (simpanannya sudah dikembalikan).",
                        "Members who left during {year} do not share (their savings were returned)."),
    "leavers_include": ("Anggota yang keluar selama tahun {year} ikut dibagi dan dibayar tunai.",
                        "Members who left during {year} share and are paid in cash."),
    "paid_sukarela": ("Bagian anggota dimasukkan ke simpanan sukarela masing-masing.",
                      "Members' shares were credited to their voluntary savings."),
    "paid_cash": ("Bagian anggota dibayar tunai dengan kuitansi.", "Members' shares were paid in cash with a receipt."),
    "no": ("No", "No"),
    "member_no": ("No. anggota", "Member no."),
    "name": ("Nama anggota", "Member name"),
    "savings": ("Simpanan (S)", "Savings (S)"),
    "jasa": ("Jasa dibayar (T)", "Interest paid (T)"),
    "capital": ("Jasa modal", "Capital share"),
    "loans": ("Jasa pinjaman", "Loan share"),
    "slip_member": ("Nama anggota", "Member"),
    "slip_year": ("SHU tahun", "Surplus of"),
    "slip_capital": ("Jasa modal", "Capital share"),
    "slip_loans": ("Jasa pinjaman", "Loan share"),
    "slip_of": ("{mine} dari {all} × {line}", "{mine} of {all} × {line}"),
    "slip_amount": ("Jumlah SHU", "Amount"),
    "slip_words": ("Terbilang", "In words"),
    "slip_where": ("Dibayarkan", "Paid"),
    "where_sukarela": ("Ke simpanan sukarela, {date}", "To voluntary savings, {date}"),
    "where_cash": ("Tunai, {date} ({receipt})", "In cash, {date} ({receipt})"),
    "where_preview": ("Menunggu keputusan RAT", "Awaiting the meeting's decision"),
    "received": ("Yang menerima,", "Received by,"),
    "treasurer": ("Bendahara", "Treasurer"),
    "member": ("Anggota", "Member"),
    "none": ("Belum ada SHU anggota untuk tahun ini.", "No member's surplus share for this year."),
    "preparing": ("Menyusun SHU", "Preparing the surplus report"),
})


@dataclass(frozen=True)
class YearShu:
    year: int
    income_rp: int
    expense_rp: int
    shared_rp: int
    shu_rp: int
    lines: tuple
    members: tuple
    basis: str
    leavers: str
    decision: shu.Distribution | None  # None: a preview

    def line_total(self, destination: str) -> int:
        return sum(line.amount_rp for line in self.lines if line.destination == destination)


def year_shu(year: int) -> YearShu:
    """As decided (the standing distribution), or a preview of the rule in force."""
    income, expense, shared = shu.year_figures(year)
    standing = shu.standing_distribution(year)
    if standing is not None:
        decision = shu.get(standing)
        lines, members = shu.shares_of(standing)
        return YearShu(year, income, expense, shared, decision.shu_rp, lines, members, decision.savings_basis,
                       decision.leavers, decision)
    plan = shu.compute(year)
    return YearShu(year, income, expense, shared, plan.shu_rp, plan.lines, plan.members, plan.savings_basis,
                   plan.leavers, None)


def _percent(bp: int, lang: str) -> str:
    whole, rest = divmod(bp, 100)
    text = str(whole) if not rest else f"{whole}.{rest:02d}".rstrip("0")
    return (text if lang == "en" else text.replace(".", ",")) + "%"


def _receipts(entry_ids) -> dict[int, str]:
    if not entry_ids:
        return {}
    ids = list(entry_ids)
    return {e: n for e, n in db.execute_sql(
        f"SELECT entry_id, number FROM receipts WHERE entry_id IN ({','.join('?' * len(ids))})", ids)}


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang, paper = request.lang, paper_of(request)
    year = request.end.year
    w = lambda key: WORDS(key, lang)  # noqa: E731
    step(progress, w("preparing"), 0, 1)
    figures = year_shu(year)
    lh = letterhead()
    width = report.usable_width(paper)
    story: list[Flowable] = []
    if request.kind == "shu_report":
        story = report.heading(lh, w("shu_report"), w("subtitle").format(year=year))
        story += report_story(figures, lang, width)
        story += report.signatures(lh, figures.decision.decided_on if figures.decision else clock.today(), lang,
                                   width=width)
    elif request.kind == "shu_slip":
        story = _slips(lh, figures, lang, width, paper.key == "HALF_F4", progress)
    else:
        raise ValueError(request.kind)
    report.build(target, paper, story, title=f"{w(request.kind).title()} {year}", lang=lang, author=lh.group_name)


def report_story(f: YearShu, lang: str, width: float) -> list[Flowable]:
    """The distribution report's body (no letterhead, no signatures); also the RAT pack's."""
    w = lambda key: WORDS(key, lang)  # noqa: E731
    parts: list[Flowable] = []
    if f.decision is None:
        parts.append(report.text(w("preview"), "section"))
    else:
        parts.append(report.text(w("decided").format(date=day_text(f.decision.decided_on, lang))))
    parts.append(report.text(w("reckoning"), "section"))
    reckoning = report.table(
        [report.Column(w("part"), 50), report.Column(w("amount"), 18, "money")],
        [(w("income"), f.income_rp), (w("expense"), -f.expense_rp), (w("shared"), -f.shared_rp)],
        [w("shu") if f.shu_rp > 0 else w("loss"), f.shu_rp], width=width * 0.75, lang=lang)
    reckoning.hAlign = "LEFT"
    parts.append(reckoning)
    if f.shu_rp <= 0:
        parts.append(Spacer(0, 3 * mm))
        parts.append(report.text(w("loss_none")))
        if f.decision is not None:
            parts.append(report.text(w(f.decision.kind)))
        return parts
    parts.append(report.text(w("split"), "section"))
    split = report.table(
        [report.Column(w("part"), 30), report.Column(w("percent"), 10, "number"), report.Column(w("goes_to"), 34),
         report.Column(w("amount"), 18, "money")],
        [(line.name, _percent(line.percent_bp, lang), w(line.destination), line.amount_rp) for line in f.lines],
        [w("total"), _percent(10_000, lang), "", sum(line.amount_rp for line in f.lines)], width=width, lang=lang)
    parts.append(split)
    parts.append(report.text(w("members"), "section"))
    parts.append(report.text(w(f"basis_{f.basis}").format(year=f.year), "small"))
    parts.append(report.text(w(f"leavers_{f.leavers}").format(year=f.year), "small"))
    if f.decision is not None:
        parts.append(report.text(w(f"paid_{f.decision.payment}"), "small"))
    parts.append(Spacer(0, 2 * mm))
    rows = [(i, format_number(m.number), m.name, int(m.savings), m.jasa_paid_rp, m.capital_rp, m.loans_rp, m.total_rp)
            for i, m in enumerate(f.members, start=1)]
    parts.append(report.table(
        [report.Column(w("no"), 6, "number"), report.Column(w("member_no"), 10), report.Column(w("name"), 24),
         report.Column(w("savings"), 14, "money"), report.Column(w("jasa"), 14, "money"),
         report.Column(w("capital"), 13, "money"), report.Column(w("loans"), 13, "money"),
         report.Column(w("total"), 13, "money")],
        rows, ["", "", w("total"), int(sum(m.savings for m in f.members)), sum(m.jasa_paid_rp for m in f.members),
               sum(m.capital_rp for m in f.members), sum(m.loans_rp for m in f.members),
               sum(m.total_rp for m in f.members)], width=width, lang=lang))
    return parts


def _slips(lh, f: YearShu, lang: str, width: float, half: bool, progress: Progress) -> list[Flowable]:
    w = lambda key: WORDS(key, lang)  # noqa: E731
    sharing = [m for m in f.members if m.total_rp]
    if not sharing:
        return report.heading(lh, w("shu_slip"), w("subtitle").format(year=f.year)) + [report.text(w("none"))]
    payouts = {}
    if f.decision is not None:
        payouts = dict(db.execute_sql("SELECT member_id, payout_entry_id FROM shu_member_shares WHERE distribution_id = ?",
                                      (f.decision.id,)).fetchall())
    numbers = _receipts({e for e in payouts.values() if e})
    total_s = sum(m.savings for m in f.members)
    total_t = sum(m.jasa_paid_rp for m in f.members)
    jm, jp = f.line_total(MEMBERS_CAPITAL), f.line_total(MEMBERS_LOANS)
    on = f.decision.decided_on if f.decision else None
    story: list[Flowable] = []
    for done, m in enumerate(sharing, start=1):
        if done > 1:
            story.append(PageBreak() if half else CutLine())
        if f.decision is None:
            where = w("where_preview")
        elif payouts.get(m.member_id) in numbers:
            where = w("where_cash").format(date=day_text(on, lang), receipt=numbers[payouts[m.member_id]])
        else:
            where = w("where_sukarela").format(date=day_text(on, lang))
        lines = [
            (w("slip_member"), f"{format_number(m.number)} – {m.name}"),
            (w("slip_year"), str(f.year)),
            (w("slip_capital"), f"{rupiah(m.capital_rp)} = " + w("slip_of").format(
                mine=rupiah(int(m.savings)), all=rupiah(int(total_s)), line=rupiah(jm))),
            (w("slip_loans"), f"{rupiah(m.loans_rp)} = " + w("slip_of").format(
                mine=rupiah(m.jasa_paid_rp), all=rupiah(total_t), line=rupiah(jp))),
            (w("slip_amount"), rupiah(m.total_rp)),
            (w("slip_words"), rupiah_words(m.total_rp)),  # always Indonesian, as on a receipt
            (w("slip_where"), where),
        ]
        story.append(KeepTogether(_slip(lh, f, m.name, lines, on, lang, width)))
        story.append(report.Mark(progress, m.name, done, len(sharing)))
    return story


_AMOUNT = ParagraphStyle("shu_amount", parent=report.STYLES["body"], fontName=BOLD, fontSize=report.BODY + 2,
                         leading=(report.BODY + 2) * 1.3)


def _slip(lh, f: YearShu, name: str, lines, on: date | None, lang: str, width: float) -> list[Flowable]:
    w = lambda key: WORDS(key, lang)  # noqa: E731
    head = [report.text(lh.group_name, "body"), report.text(f"{w('shu_slip')} {f.year}", "title"), Spacer(0, 2 * mm)]
    cells = [[report.text(k), report.text(":"), report.text(v)] for k, v in lines]
    cells[4][2] = Paragraph(escape(lines[4][1]), _AMOUNT)
    table = Table(cells, colWidths=[width * 0.22, width * 0.03, width * 0.75], style=TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, report.BODY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    day = on or clock.today()
    place = place_date(lh.place, day, lang) if lh.place else long_date(day, lang)
    signs = Table([[report.text(w("received"), "centre"), report.text(place, "centre")],
                   [report.text(w("member"), "centre"), report.text(w("treasurer"), "centre")],
                   ["", ""],
                   [report.text(f"( {name} )", "centre"), report.text(f"( {lh.bendahara or '.' * 30} )", "centre")]],
                  colWidths=[width / 2, width / 2], rowHeights=[None, None, 12 * mm, None],
                  style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, report.BODY)]))
    return [*head, table, Spacer(0, 2 * mm), signs]
