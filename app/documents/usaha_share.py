"""Slip bagi hasil (kind "usaha_share"): the profit share of a business as it was posted, for
the members who worked.

The request names a business and a period; every share of that business posted for a period
that overlaps it (and not reversed) is printed: first a summary page (the profit shared, each
part — the working members and the funds — and every member's amount, adding up to exactly the
profit), then one slip per member: her basis (hours, pieces or sales of the period), her part
of the members' share, the amount to the rupiah in figures and words, where it went (her
simpanan sukarela, on the day of the posting), signature lines. On half F4 each slip is a page;
on A4 the slips follow one another with a cut line between them.

Amounts are read from the share's journal entry (what was credited to each member's 2-101 and
to each fund), never computed again; the basis (hours, pieces, sales) is read again from the
work records and sales of the period (app.usaha.sharing), which is what the share was made on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.db import db
from app.documents import report
from app.documents.catalogue import Request, paper_of
from app.documents.financial import day_text, period_text
from app.documents.fonts import BOLD, FONT
from app.documents.letterhead import letterhead
from app.documents.output import Progress, step
from app.documents.usaha_book import quantity_text
from app.documents.words import Words
from app.formatting import long_date, place_date, rupiah
from app.members import format_number
from app.terbilang import rupiah_words
from app.usaha import sharing
from app.usaha.common import business_name

WORDS = Words({
    "title": ("BAGI HASIL USAHA KELOMPOK", "GROUP BUSINESS PROFIT SHARE"),
    "slip_title": ("SLIP BAGI HASIL", "PROFIT-SHARE SLIP"),
    "subtitle": ("Usaha {name} – {period}", "Business {name} – {period}"),
    "none": ("Belum ada bagi hasil usaha ini yang dibukukan untuk periode ini.",
             "No profit share of this business has been posted for this period."),
    "share_head": ("Bagi hasil periode {period}, dibukukan {date} ({voucher})",
                   "Profit share for {period}, posted {date} ({voucher})"),
    "profit": ("Laba yang dibagi", "Profit shared"),
    "part": ("Bagian", "Part"),
    "percent": ("Persen", "Percent"),
    "amount": ("Jumlah (Rp)", "Amount (Rp)"),
    "members": ("Anggota yang bekerja", "Working members"),
    "3-301": ("Dana cadangan", "Reserve fund"),
    "2-301": ("SHU belum dibagikan", "Undistributed surplus"),
    "2-302": ("Dana insentif PAUD", "PAUD teachers' incentive fund"),
    "2-303": ("Dana sosial", "Social fund"),
    "total": ("Jumlah", "Total"),
    "no": ("No", "No"),
    "member_no": ("No. anggota", "Member no."),
    "name": ("Nama anggota", "Member name"),
    "basis_col": ("Dasar ({basis})", "Basis ({basis})"),
    "hours": ("jam kerja", "hours worked"),
    "pieces": ("jumlah potong", "pieces made"),
    "sales": ("penjualan, Rp", "sales, Rp"),
    "share_col": ("Bagian (%)", "Share (%)"),
    "where": ("Semua bagian anggota dimasukkan ke simpanan sukarela masing-masing.",
              "Every member's share was credited to her voluntary savings."),
    "slip_member": ("Nama anggota", "Member"),
    "slip_business": ("Usaha", "Business"),
    "slip_period": ("Periode", "Period"),
    "slip_basis": ("Dasar pembagian", "Basis of the share"),
    "slip_basis_value": ("{mine} dari {all} {basis}", "{mine} of {all} {basis}"),
    "slip_part": ("Bagiannya", "Her part"),
    "slip_part_value": ("{percent} dari bagian anggota {members} ({members_pct} dari laba {profit})",
                        "{percent} of the members' part {members} ({members_pct} of the profit {profit})"),
    "slip_amount": ("Jumlah bagi hasil", "Amount"),
    "slip_words": ("Terbilang", "In words"),
    "slip_where": ("Disimpan ke", "Credited to"),
    "slip_where_value": ("Simpanan sukarela, {date} ({voucher})", "Voluntary savings, {date} ({voucher})"),
    "received": ("Yang menerima,", "Received by,"),
    "treasurer": ("Bendahara", "Treasurer"),
    "member": ("Anggota", "Member"),
    "preparing": ("Menyusun slip bagi hasil", "Preparing the profit-share slips"),
})


@dataclass(frozen=True)
class SlipPart:
    target: str  # "members" or a fund account code
    percent: Decimal
    amount_rp: int


@dataclass(frozen=True)
class MemberSlip:
    member_id: int
    member_number: int
    name: str
    weight: Decimal  # her hours, pieces or rupiah of sales in the period
    amount_rp: int  # credited to her 2-101 by the share's entry


@dataclass(frozen=True)
class PostedShare:
    share_id: int
    business_id: int
    start: date
    end: date
    profit_rp: int
    basis: str
    entry_id: int
    posted_on: date
    voucher: str  # JU-<entry id> (no cash moved, so no receipt)
    parts: tuple[SlipPart, ...]
    members: tuple[MemberSlip, ...]

    @property
    def members_rp(self) -> int:
        return sum(m.amount_rp for m in self.members)

    @property
    def total_weight(self) -> Decimal:
        return sum((m.weight for m in self.members), Decimal(0))


def posted_shares(business_id: int, start: date, end: date) -> list[PostedShare]:
    """The business's shares (not reversed) whose period overlaps [start, end], oldest first."""
    rows = db.execute_sql(
        "SELECT s.id, s.period_start, s.period_end, s.profit_rp, s.basis, s.entry_id, e.entry_date, e.reference"
        " FROM usaha_shares s JOIN journal_entries e ON e.id = s.entry_id"
        " WHERE s.business_id = ? AND e.reversed_by_id IS NULL AND s.period_start <= ? AND s.period_end >= ?"
        " ORDER BY s.period_start, s.id", (business_id, end.isoformat(), start.isoformat())).fetchall()
    result = []
    for share_id, s, e, profit, basis, entry_id, posted, reference in rows:
        s, e = date.fromisoformat(s), date.fromisoformat(e)
        credits = db.execute_sql(
            "SELECT a.code, p.member_id, m.number, m.name, -p.amount_rp FROM postings p"
            " JOIN accounts a ON a.id = p.account_id LEFT JOIN members m ON m.id = p.member_id"
            " WHERE p.entry_id = ? AND p.amount_rp < 0 ORDER BY p.id", (entry_id,)).fetchall()
        weights = {member_id: weight for member_id, _, weight in sharing.member_weights(business_id, basis, s, e)}
        members = tuple(MemberSlip(member_id, number, name, weights.get(member_id, Decimal(0)), amount)
                        for code, member_id, number, name, amount in credits
                        if code == sharing.SUKARELA and member_id is not None)
        funds = [(code, amount) for code, member_id, _, _, amount in credits if code != sharing.SUKARELA]
        members_rp = sum(m.amount_rp for m in members)
        parts = []
        if members_rp:
            parts.append(SlipPart(sharing.MEMBERS, _percent(members_rp, profit), members_rp))
        parts += [SlipPart(code, _percent(amount, profit), amount) for code, amount in funds]
        result.append(PostedShare(share_id, business_id, s, e, profit, basis, entry_id, date.fromisoformat(posted),
                                  reference or f"JU-{entry_id}", tuple(parts), members))
    return result


def _percent(part: int, whole) -> Decimal:
    """part/whole in percent, two decimals (half up)."""
    if not whole:
        return Decimal(0)
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"))


def percent_text(value: Decimal, lang: str) -> str:
    text = format(value.quantize(Decimal("0.01")), "f")
    if text.endswith(".00"):
        text = text[:-3]
    return (text if lang == "en" else text.replace(".", ",")) + "%"


def weight_text(weight: Decimal, basis: str, lang: str) -> str:
    if basis == "sales":
        return rupiah(int(weight))
    return quantity_text(weight, lang)


def part_name(target: str, lang: str) -> str:
    return WORDS(target, lang) if target in WORDS.keys() else target


# --- drawing ----------------------------------------------------------------------------------


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang, paper = request.lang, paper_of(request)
    b = request.business_id
    step(progress, WORDS("preparing", lang), 0, 1)
    shares = posted_shares(b, request.start, request.end)
    lh = letterhead()
    width = report.usable_width(paper)
    name = business_name(b)
    w = lambda key: WORDS(key, lang)  # noqa: E731
    story: list[Flowable] = report.heading(
        lh, w("title"), w("subtitle").format(name=name, period=period_text(request.start, request.end, lang)))
    if not shares:
        story.append(report.text(w("none")))
    for share in shares:
        story += _summary(share, lang, width)
    story += report.signatures(lh, shares[-1].posted_on if shares else request.end, lang, width=width)
    total = sum(len(s.members) for s in shares)
    done = 0
    half = paper.key == "HALF_F4"
    for share in shares:
        for slip in share.members:
            story.append(PageBreak() if half or done == 0 else _CutLine())
            story.append(KeepTogether(_slip(lh, share, slip, name, lang, width)))
            done += 1
            story.append(report.Mark(progress, slip.name, done, total))
    report.build(target, paper, story, title=f"{w('title').title()} – {name}", lang=lang, author=lh.group_name)


def _summary(share: PostedShare, lang: str, width: float) -> list[Flowable]:
    w = lambda key: WORDS(key, lang)  # noqa: E731
    parts: list[Flowable] = [report.text(w("share_head").format(
        period=period_text(share.start, share.end, lang), date=day_text(share.posted_on, lang),
        voucher=share.voucher), "section")]
    parts_table = report.table(
        [report.Column(w("part"), 40), report.Column(w("percent"), 12, "number"),
         report.Column(w("amount"), 18, "money")],
        [(part_name(p.target, lang), percent_text(p.percent, lang), p.amount_rp) for p in share.parts],
        [w("profit"), percent_text(Decimal(100), lang) if share.parts else "", share.profit_rp],
        width=width * 0.7, lang=lang)
    parts_table.hAlign = "LEFT"
    parts.append(parts_table)
    if share.members:
        parts.append(Spacer(0, 3 * mm))
        basis = w(share.basis)
        total_weight = share.total_weight
        rows = [(i, format_number(m.member_number), m.name, weight_text(m.weight, share.basis, lang),
                 percent_text(_percent(m.weight, total_weight), lang), m.amount_rp)
                for i, m in enumerate(share.members, start=1)]
        parts.append(report.table(
            [report.Column(w("no"), 6, "number"), report.Column(w("member_no"), 11),
             report.Column(w("name"), 34), report.Column(w("basis_col").format(basis=basis), 16, "number"),
             report.Column(w("share_col"), 10, "number"), report.Column(w("amount"), 16, "money")],
            rows, ["", "", w("total"), weight_text(total_weight, share.basis, lang),
                   percent_text(Decimal(100), lang), share.members_rp], width=width, lang=lang))
        parts.append(report.text(w("where"), "small"))
    return parts


def _slip(lh, share: PostedShare, slip: MemberSlip, business: str, lang: str, width: float) -> list[Flowable]:
    w = lambda key: WORDS(key, lang)  # noqa: E731
    head = [report.text(lh.group_name, "body"), report.text(w("slip_title"), "title"), Spacer(0, 2 * mm)]
    basis = w(share.basis)
    members_part = next((p for p in share.parts if p.target == sharing.MEMBERS), None)
    lines = [
        (w("slip_member"), f"{format_number(slip.member_number)} – {slip.name}"),
        (w("slip_business"), business),
        (w("slip_period"), period_text(share.start, share.end, lang)),
        (w("slip_basis"), w("slip_basis_value").format(
            mine=weight_text(slip.weight, share.basis, lang),
            all=weight_text(share.total_weight, share.basis, lang), basis=basis)),
        (w("slip_part"), w("slip_part_value").format(
            percent=percent_text(_percent(slip.weight, share.total_weight), lang),
            members=rupiah(share.members_rp),
            members_pct=percent_text(members_part.percent if members_part else Decimal(0), lang),
            profit=rupiah(share.profit_rp))),
        (w("slip_amount"), rupiah(slip.amount_rp)),
        (w("slip_words"), rupiah_words(slip.amount_rp)),  # always Indonesian, as on a receipt
        (w("slip_where"), w("slip_where_value").format(date=day_text(share.posted_on, lang), voucher=share.voucher)),
    ]
    cells = [[report.text(k), report.text(":"), report.text(v)] for k, v in lines]
    cells[5][2] = Paragraph(escape(lines[5][1]), ParagraphStyle("amount", parent=report.STYLES["body"], fontName=BOLD,
                                                                fontSize=report.BODY + 2, leading=(report.BODY + 2) * 1.3))
    table = Table(cells,
                  colWidths=[width * 0.25, width * 0.03, width * 0.72], style=TableStyle([
                      ("FONT", (0, 0), (-1, -1), FONT, report.BODY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("LEFTPADDING", (0, 0), (0, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    place = place_date(lh.place, share.posted_on, lang) if lh.place else long_date(share.posted_on, lang)
    signs = Table([[report.text(w("received"), "centre"), report.text(place, "centre")],
                   [report.text(w("member"), "centre"), report.text(w("treasurer"), "centre")],
                   ["", ""],
                   [report.text(f"( {slip.name} )", "centre"),
                    report.text(f"( {lh.bendahara or '.' * 30} )", "centre")]],
                  colWidths=[width / 2, width / 2], rowHeights=[None, None, 14 * mm, None],
                  style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, report.BODY)]))
    return [*head, table, Spacer(0, 3 * mm), signs]


class _CutLine(Flowable):
    """A dashed line to cut the A4 sheet between two slips."""

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, 10 * mm

    def draw(self):
        self.canv.setDash(3, 3)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 5 * mm, self.width, 5 * mm)
