"""The kuitansi (DOMAIN.md "Receipts and documents") on half an F4 sheet, A4 or a 58 mm roll.

    path = write_receipt("KW/2026/000123")      # kuitansi/KW-2026-000123.pdf, then …_salinan-1.pdf
    path = write_receipt(number, paper="ROLL_58", lang="en")
    generate(Request("receipts", numbers=(...), paper=...))   # several in one PDF (build_many)

Letterhead (logo, group name, address), KUITANSI (money out: BUKTI KAS KELUAR) and its number,
"Telah terima dari", "Uang sejumlah" in words (terbilang, always Indonesian: it is the legal text), "Untuk pembayaran" with
the split, the amount in figures in a box, place and date, and the signature of whoever received
the money: for money in the Bendahara named in Pengaturan (else the operator by her own name, else
a line to sign on). A bukti kas keluar says "Telah dibayarkan kepada" the member (or party) who
received the money, and she signs beside the Bendahara who paid it. A Rp10.000 meterai box for
more than Rp5.000.000 (UU 10/2020 art. 3), and SALINAN on every print after the first (the number
stays; each print is counted). Once its entry is reversed, every print says
BATAL with the storno's date and kuitansi; a storno's own kuitansi names the one it cancels.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, Image, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer)
from reportlab.platypus import Table as _Table
from reportlab.platypus import TableStyle

from app import receipts
from app.access import roles
from app.documents.catalogue import KINDS, Request, copy_suffix, documents_folder, generate
from app.documents.fonts import BOLD, FONT, register_fonts
from app.documents.letterhead import Letterhead, letterhead
from app.documents.output import Progress, step
from app.documents.paper import PAPERS, Paper
from app.documents.text import visual
from app.documents.words import Words
from app.formatting import long_date, place_date, rupiah
from app.terbilang import rupiah_words
from app.usaha.trade import UNNAMED_PAYEE

METERAI_ABOVE_RP = 5_000_000  # UU 10/2020 art. 3: a stamp on a receipt for MORE than this

WORDS = Words({
    "title": ("KUITANSI", "RECEIPT"),
    "title_out": ("BUKTI KAS KELUAR", "CASH PAYMENT VOUCHER"),  # money out: BKK/2026/000001
    "number": ("No.", "No."),
    "from": ("Telah terima dari", "Received from"),
    "to": ("Telah dibayarkan kepada", "Paid to"),
    "sum": ("Uang sejumlah", "The sum of"),
    "for": ("Untuk pembayaran", "In payment of"),
    "total": ("Jumlah", "Total"),
    "member_no": ("No. anggota", "Member no."),
    "receiver": ("Yang menerima,", "Received by,"),
    "treasurer": ("Bendahara", "Treasurer"),
    "paid_by": ("Yang membayarkan,", "Paid by,"),
    "copy": ("SALINAN", "COPY"),
    "stamp": ("Meterai", "Duty stamp"),
    "balance": ("Sisa pinjaman {loan} setelah pembayaran ini", "Loan {loan} balance after this payment"),
    "void": ("BATAL", "CANCELLED"),
    "void_by": ("Dibatalkan dengan storno tanggal {date}{number}", "Cancelled by a storno dated {date}{number}"),
    "void_receipt": (", kuitansi {number}", ", receipt {number}"),
    "void_voucher": (", bukti kas keluar {number}", ", payment voucher {number}"),
    "cancels": ("Pembatalan kuitansi {number}", "Cancellation of receipt {number}"),
    "cancels_voucher": ("Pembatalan bukti kas keluar {number}", "Cancellation of payment voucher {number}"),
})

register_fonts()


@roles.needs("read")
def write_receipt(number: str, path: str | os.PathLike | None = None, paper: str = "HALF_F4",
                  lang: str = "id") -> Path:
    """Write receipt `number` (atomically, through the catalogue) and count the print; every
    print after the first says SALINAN. Default: `kuitansi/KW-2026-000123.pdf` beside the book."""
    request = Request("receipt", lang=lang, paper=paper, number=number)
    return generate(request, Path(path) if path else default_path(number, paper))


def default_path(number: str, paper: str = "HALF_F4") -> Path:
    """Where a receipt's PDF is kept: a folder `kuitansi` beside the book."""
    suffix = "" if paper == "HALF_F4" else "_" + paper.lower().replace("_", "")
    suffix += copy_suffix(Request("receipt", paper=paper, number=number))
    return documents_folder(KINDS["receipt"].folder) / f"{number.replace('/', '-')}{suffix}.pdf"


def build(request: Request, target: str, progress: Progress = None) -> None:
    receipt = receipts.get(request.number)
    paper = PAPERS[request.paper]
    lang = request.lang
    step(progress, WORDS("title", lang), 0, 1)
    lh = letterhead()
    copy = receipt.print_count > 0
    draw = _roll if paper.is_roll else _sheet
    _build(target, paper.margin, receipt, lh, [draw(receipt, lh, paper, lang, copy)])
    receipts.mark_printed(receipt.number)
    step(progress, WORDS("title", lang), 1, 1)


# --- what the receipt says -------------------------------------------------------------------


def _payer_and_receiver(receipt: receipts.ReceiptRow, lh: Letterhead, lang: str) -> tuple[str, str, str]:
    """Who paid, who received (signs), and a note under the signature."""
    member = _named(receipt, lang)
    if receipt.direction == receipts.OUT:
        note = f"{WORDS('member_no', lang)} {receipt.member_number}" if receipt.member_number else ""
        named = receipt.member_name != UNNAMED_PAYEE  # nobody named: a line where she writes her name
        return lh.group_name, receipt.member_name if named else "", note
    return member, lh.bendahara or lh.operator, ""  # none: a line to sign on, never "Sekretaris"


def _party(receipt: receipts.ReceiptRow, lh: Letterhead, lang: str) -> tuple[str, str]:
    """The first line's label and name: who paid (a kuitansi), or who was paid (a BKK)."""
    if receipt.direction == receipts.OUT:
        return WORDS("to", lang), _named(receipt, lang)
    return WORDS("from", lang), _payer_and_receiver(receipt, lh, lang)[0]


def _named(receipt: receipts.ReceiptRow, lang: str) -> str:
    """The member with her number, or the party."""
    if receipt.member_number:
        return f"{receipt.member_name} ({WORDS('member_no', lang)} {receipt.member_number})"
    return receipt.member_name


def _signed(name: str) -> str:
    return f"( {name} )" if name else "( " + "." * 30 + " )"


def _title(receipt: receipts.ReceiptRow, lang: str) -> str:
    return WORDS("title_out" if receipt.direction == receipts.OUT else "title", lang)


def _place_date(receipt: receipts.ReceiptRow, lh: Letterhead, lang: str) -> str:
    return place_date(lh.place, receipt.entry_date, lang) if lh.place else place_date("", receipt.entry_date, lang)[2:]


def _cancel_notes(receipt: receipts.ReceiptRow, s, lang: str) -> list[Flowable]:
    """BATAL and the storno that cancelled it; on a storno's own kuitansi, the one it cancels."""
    notes = []
    if receipt.cancelled:
        number = WORDS(_series_word("void", receipt.cancelled_by), lang).format(number=receipt.cancelled_by) \
            if receipt.cancelled_by else ""
        notes += [_p(f"*** {WORDS('void', lang)} ***", s["title"]),
                  _p(WORDS("void_by", lang).format(date=long_date(receipt.cancelled_on, lang), number=number),
                     s["centre"])]
    if receipt.cancels:
        notes.append(_p(WORDS(_series_word("cancels", receipt.cancels), lang).format(number=receipt.cancels),
                        s["centre"]))
    return notes


def _series_word(key: str, number: str) -> str:
    """The words naming another receipt by its series: a kuitansi, or a bukti kas keluar."""
    if number.startswith("BKK/"):
        return f"{key}_voucher"
    return "void_receipt" if key == "void" else key


def _styles(size: float) -> dict[str, ParagraphStyle]:
    return {
        "body": ParagraphStyle("r-body", fontName=FONT, fontSize=size, leading=size * 1.3),
        "bold": ParagraphStyle("r-bold", fontName=BOLD, fontSize=size, leading=size * 1.3),
        "small": ParagraphStyle("r-small", fontName=FONT, fontSize=size * 0.8, leading=size),
        "right": ParagraphStyle("r-right", fontName=FONT, fontSize=size, leading=size * 1.3, alignment=TA_RIGHT),
        "centre": ParagraphStyle("r-centre", fontName=FONT, fontSize=size, leading=size * 1.3, alignment=TA_CENTER),
        "centre_small": ParagraphStyle("r-centre-small", fontName=FONT, fontSize=size * 0.8, leading=size,
                                       alignment=TA_CENTER),
        "group": ParagraphStyle("r-group", fontName=BOLD, fontSize=size * 1.25, leading=size * 1.5),
        "title": ParagraphStyle("r-title", fontName=BOLD, fontSize=size * 1.6, leading=size * 1.9,
                                alignment=TA_CENTER),
        "words": ParagraphStyle("r-words", fontName=BOLD, fontSize=size, leading=size * 1.35),
        "figure": ParagraphStyle("r-figure", fontName=BOLD, fontSize=size * 1.4, leading=size * 1.7,
                                 alignment=TA_CENTER),
    }


def _grid(data, colWidths=None, style=None, **kwargs) -> _Table:
    """A table whose plain-text cells use the embedded font (reportlab's default is Helvetica)."""
    commands = [("FONT", (0, 0), (-1, -1), FONT, 9), *(style.getCommands() if style else ())]
    return _Table(data, colWidths=colWidths, style=TableStyle(commands), **kwargs)


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(visual(value)), style)


def _letterhead(lh: Letterhead, s, logo: bool) -> list[Flowable]:
    group = [_p(lh.group_name, s["group"])]
    if lh.address:
        group.append(_p(lh.address, s["small"]))
    if logo and lh.logo:
        reader = ImageReader(io.BytesIO(lh.logo))
        w, h = reader.getSize()
        height = 13 * mm
        image = Image(io.BytesIO(lh.logo), width=height * w / h, height=height)
        return [_grid([[image, group]], colWidths=[height * w / h + 4 * mm, None], style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))]
    return group


class _Rule(Flowable):
    def __init__(self, gap: float = 1.5 * mm) -> None:
        super().__init__()
        self.gap = gap

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, 2 * self.gap

    def draw(self):
        self.canv.setLineWidth(0.8)
        self.canv.line(0, self.gap, self.width, self.gap)


class _SignSpace(Flowable):
    """The room for a signature; with a dashed Meterai Rp10.000 box where the stamp goes."""

    def __init__(self, height: float, stamp: str | None, size: float, box: tuple[float, float]) -> None:
        super().__init__()
        self.height, self.stamp, self.size, self.box = height, stamp, size, box

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.height

    def draw(self):
        if not self.stamp:
            return
        w, h = self.box
        x, y = 1 * mm, (self.height - h) / 2
        c = self.canv
        c.saveState()
        c.setDash(2, 2)
        c.setLineWidth(0.6)
        c.rect(x, y, w, h)
        c.setDash()
        c.setFont(FONT, self.size)
        c.drawCentredString(x + w / 2, y + h / 2 + 0.6 * self.size, self.stamp)
        c.drawCentredString(x + w / 2, y + h / 2 - 0.9 * self.size, "Rp10.000")
        c.restoreState()


def _lines_table(receipt: receipts.ReceiptRow, s, width: float, lang: str, size: float) -> _Table:
    amounts = [rupiah(line.amount_rp) for line in receipt.lines] + [rupiah(receipt.amount_rp)]
    figure_width = max(stringWidth(a, BOLD, size) for a in amounts) + 3 * mm
    rows = [[_p(line.text(lang), s["body"]), rupiah(line.amount_rp)] for line in receipt.lines]
    style = [("FONT", (0, 0), (-1, -1), FONT, size), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
             ("RIGHTPADDING", (-1, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    if len(rows) > 1:
        rows.append([_p(WORDS("total", lang), s["bold"]), rupiah(receipt.amount_rp)])
        style += [("FONT", (1, -1), (1, -1), BOLD, size), ("LINEABOVE", (1, -1), (1, -1), 0.6, colors.black)]
    if not rows:  # an entry with no line we can name: the sum alone
        rows = [["", rupiah(receipt.amount_rp)]]
    return _grid(rows, colWidths=[width - figure_width, figure_width], style=TableStyle(style))


def _balances(receipt: receipts.ReceiptRow, s, lang: str) -> list[Flowable]:
    """Under the split of a loan payment: each loan's sisa pinjaman after it."""
    return [_p(f"{WORDS('balance', lang).format(loan=number)}: {rupiah(balance)}", s["small"])
            for number, balance in receipt.loan_balances]


def _words_band(receipt: receipts.ReceiptRow, s) -> _Table:
    return _grid([[_p(rupiah_words(receipt.amount_rp), s["words"])]], style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.92, 0.92, 0.92)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))


def _figure_box(receipt: receipts.ReceiptRow, s, width: float | None = None) -> _Table:
    """The amount in figures in a box: as wide as the figure (at least 55 mm), or `width` — on a
    roll the figure's size shrinks until it fits on one line (a figure never breaks)."""
    figure, text = s["figure"], rupiah(receipt.amount_rp)
    if width is None:
        width = max(55 * mm, stringWidth(text, figure.fontName, figure.fontSize) + 16)
    elif stringWidth(text, figure.fontName, figure.fontSize) + 12 > width:
        size = figure.fontSize * (width - 12) / (stringWidth(text, figure.fontName, figure.fontSize) + 1)
        figure = ParagraphStyle("r-figure-fitted", parent=figure, fontSize=size, leading=size * 1.25)
    return _grid([[_p(text, figure)]], colWidths=[width], hAlign="LEFT",
                 style=TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))


_SIGN_STYLE = TableStyle([
    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def _signature(receipt, lh, lang, s, width: float, size: float, sign_height: float, stamp_box,
               side_by_side: bool = True) -> _Table:
    """Place and date over whoever received the money; a BKK adds the Bendahara who paid it
    (beside her on a sheet, above her on a roll)."""
    _payer, receiver, note = _payer_and_receiver(receipt, lh, lang)
    stamp = WORDS("stamp", lang) if receipt.amount_rp > METERAI_ABOVE_RP else None
    blocks = [(WORDS("receiver", lang), receiver, note, stamp)]
    if receipt.direction == receipts.OUT:
        blocks.insert(0, (WORDS("paid_by", lang), lh.bendahara, WORDS("treasurer", lang), None))
    columns = len(blocks) if side_by_side else 1
    column_width = width / columns
    signs = []
    for heading, name, under, box in blocks:
        rows = [[_p(heading, s["centre"])], [_SignSpace(sign_height, box, size * 0.8, stamp_box)],
                [_p(_signed(name), s["centre"])]]
        if under:
            rows.append([_p(under, s["centre_small"])])
        signs.append(_grid(rows, colWidths=[column_width], style=_SIGN_STYLE))
    rows = [[_p(_place_date(receipt, lh, lang), s["centre"])]]
    if columns > 1:
        rows.append([_grid([signs], colWidths=[column_width] * columns, style=_SIGN_STYLE)])
    else:
        rows += [[sign] for sign in signs]
    return _grid(rows, colWidths=[width], style=_SIGN_STYLE)


# --- the two layouts ---------------------------------------------------------------------------


def _sheet(receipt, lh: Letterhead, paper: Paper, lang: str, copy: bool) -> tuple[list, tuple, object]:
    """A receipt on a sheet: (its story, the page size, what each page draws: SALINAN)."""
    size = 10
    s = _styles(size)
    width = paper.size[0] - 2 * paper.margin
    label, party = _party(receipt, lh, lang)
    label_width, colon_width = 38 * mm, 4 * mm
    value_width = width - label_width - colon_width
    body = _grid([
        [_p(label, s["body"]), ":", _p(party, s["body"])],
        [_p(WORDS("sum", lang), s["body"]), ":", _words_band(receipt, s)],
        [_p(WORDS("for", lang), s["body"]), ":",
         [_lines_table(receipt, s, value_width, lang, size), *_balances(receipt, s, lang)]],
    ], colWidths=[label_width, colon_width, value_width], style=TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (2, 1), (2, 1), 1)]))
    sign_width = (110 if receipt.direction == receipts.OUT else 70) * mm
    bottom = _grid([[_figure_box(receipt, s), _signature(receipt, lh, lang, s, sign_width, size, 18 * mm,
                                                         (24 * mm, 16 * mm))]],
                   colWidths=[width - sign_width, sign_width], style=TableStyle([
                       ("VALIGN", (0, 0), (0, 0), "MIDDLE"), ("VALIGN", (1, 0), (1, 0), "TOP"),
                       ("ALIGN", (0, 0), (0, 0), "LEFT"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story = [*_letterhead(lh, s, logo=True), _Rule(),
             _p(_title(receipt, lang), s["title"]),
             _p(f"{WORDS('number', lang)} {receipt.number}", s["centre"]),
             *_cancel_notes(receipt, s, lang), Spacer(0, 3 * mm), body, Spacer(0, 4 * mm), bottom]

    def on_page(canvas, _doc):
        if receipt.cancelled:
            canvas.saveState()
            canvas.setFont(BOLD, 44)
            canvas.setFillColor(colors.red, alpha=0.3)
            canvas.translate(paper.size[0] / 2, paper.size[1] / 2)
            canvas.rotate(20)
            canvas.drawCentredString(0, 0, WORDS("void", lang))
            canvas.restoreState()
        if copy:
            canvas.saveState()
            canvas.setFont(BOLD, 14)
            canvas.setFillGray(0.45)
            canvas.drawRightString(paper.size[0] - paper.margin, paper.size[1] - paper.margin - 5 * mm,
                                   WORDS("copy", lang))
            canvas.restoreState()

    return story, paper.size, on_page


def _roll(receipt, lh: Letterhead, paper: Paper, lang: str, copy: bool) -> tuple[list, tuple, object]:
    """58 mm thermal roll: one narrow column, the page as tall as what is printed on it."""
    size = 7.5
    s = _styles(size)
    s["group"] = ParagraphStyle("r-group-roll", parent=s["group"], alignment=TA_CENTER)
    s["small"] = ParagraphStyle("r-small-roll", parent=s["small"], alignment=TA_CENTER)
    width = paper.size[0] - 2 * paper.margin
    label, party = _party(receipt, lh, lang)
    story: list[Flowable] = [*_letterhead(lh, s, logo=False), _Rule(1 * mm),
                             _p(_title(receipt, lang), s["title"]),
                             _p(f"{WORDS('number', lang)} {receipt.number}", s["centre"])]
    if copy:
        story.append(_p(f"*** {WORDS('copy', lang)} ***", ParagraphStyle("r-copy", parent=s["title"],
                                                                         fontSize=size * 1.2, leading=size * 1.5)))
    story += _cancel_notes(receipt, s, lang)
    story += [Spacer(0, 1.5 * mm),
              _p(f"{label}:", s["bold"]), _p(party, s["body"]), Spacer(0, 1 * mm),
              _p(f"{WORDS('sum', lang)}:", s["bold"]), _words_band(receipt, s), Spacer(0, 1 * mm),
              _p(f"{WORDS('for', lang)}:", s["bold"]), _lines_table(receipt, s, width, lang, size),
              *_balances(receipt, s, lang),
              Spacer(0, 2 * mm), _figure_box(receipt, s, width), Spacer(0, 2 * mm),
              _signature(receipt, lh, lang, s, width, size, 14 * mm, (18 * mm, 12 * mm), side_by_side=False)]
    height = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    return story, (paper.size[0], height + 2 * paper.margin + 3 * mm), None


def _build(target, margin, first, lh: Letterhead, parts: list[tuple[list, tuple, object]],
           title: str | None = None) -> None:
    """One PDF of one or more receipts, each on its own page of its own size (a roll's page is
    as tall as its receipt)."""
    size = parts[0][1]
    doc = BaseDocTemplate(target, pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin, title=title or f"{_title(first, 'id').title()} {first.number}",
                          author=lh.group_name,
                          creator="Lumbung")
    templates, story = [], []
    for i, (part, page_size, on_page) in enumerate(parts):
        frame = Frame(margin, margin, page_size[0] - 2 * margin, page_size[1] - 2 * margin,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(f"receipt{i}", [frame], onPage=on_page or (lambda canvas, doc: None),
                                      pagesize=page_size))
        if i:
            story += [NextPageTemplate(f"receipt{i}"), PageBreak()]
        story += part
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=_canvas)


def build_many(request: Request, target: str, progress: Progress = None) -> None:
    """Several receipts (request.numbers, in that order) in one PDF on one paper, each on its own
    page; each print is counted (SALINAN on those printed before)."""
    paper = PAPERS[request.paper]
    lang = request.lang
    lh = letterhead()
    found = [receipts.get(number) for number in request.numbers]
    parts = []
    for done, receipt in enumerate(found):
        step(progress, "receipt", done, len(found))
        draw = _roll if paper.is_roll else _sheet
        parts.append(draw(receipt, lh, paper, lang, receipt.print_count > 0))
    _build(target, paper.margin, found[0], lh, parts, title=f"Kuitansi {found[0].number} – {found[-1].number}")
    for receipt in found:
        receipts.mark_printed(receipt.number)
    step(progress, "receipt", len(found), len(found))


def _canvas(*args, **kwargs):
    from reportlab.pdfgen.canvas import Canvas

    kwargs["initialFontName"] = FONT  # no Helvetica: every font is embedded
    return Canvas(*args, **kwargs)
