"""The kuitansi as a PDF on half an F4 sheet (215 × 165 mm), DejaVu Sans embedded.

A first version: number, from whom, the amount in figures, what it paid (the split), place and
date, the receiver's signature block, a stamp box above Rp5.000.000 (UU 10/2020) and SALINAN on
a reprint. The amount in words (terbilang) comes with the documents issue; none is printed
rather than a wrong one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app import receipts, resource_path, settings
from app.db import current_path
from app.formatting import place_date, rupiah

PAGE = (215 * mm, 165 * mm)
MARGIN = 14 * mm
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
METERAI_ABOVE_RP = 5_000_000


def default_path(number: str) -> Path:
    """Where a receipt's PDF is kept: a folder `kuitansi` beside the book."""
    return current_path().parent / "kuitansi" / f"{number.replace('/', '-')}.pdf"


def _register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))


def write_receipt(number: str, path: str | os.PathLike) -> Path:
    """Write receipt `number` to `path` (atomically: a half-written file never replaces a good
    one) and count the print; every print after the first is marked SALINAN."""
    _register_fonts()
    path = Path(path)
    receipt = receipts.get(number)
    fd, temp = tempfile.mkstemp(prefix=".kuitansi-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        _draw(receipt, temp, copy=receipt.print_count > 0)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    receipts.mark_printed(number)
    return path


def _draw(receipt: receipts.ReceiptRow, target: str, copy: bool) -> None:
    width, height = PAGE
    c = Canvas(target, pagesize=PAGE, initialFontName=FONT, initialFontSize=10)  # no Helvetica
    c.setTitle(f"Kuitansi {receipt.number}")
    c.setAuthor(settings.get("group_name"))
    right = width - MARGIN
    y = height - MARGIN - 4 * mm

    c.setFont(BOLD, 12)
    c.drawString(MARGIN, y, settings.get("group_name"))
    c.setFont(FONT, 9)
    address = settings.get("group_address")
    if address:
        c.drawString(MARGIN, y - 5 * mm, address)
    if copy:
        c.setFont(BOLD, 14)
        c.setFillGray(0.45)
        c.drawRightString(right, y, "SALINAN")
        c.setFillGray(0)
    y -= 11 * mm
    c.line(MARGIN, y, right, y)

    y -= 9 * mm
    c.setFont(BOLD, 16)
    c.drawCentredString(width / 2, y, "KUITANSI")
    c.setFont(FONT, 10)
    y -= 6 * mm
    c.drawCentredString(width / 2, y, f"No. {receipt.number}")

    label_x, value_x = MARGIN, MARGIN + 40 * mm
    y -= 10 * mm
    c.drawString(label_x, y, "Telah terima dari")
    c.drawString(value_x, y, f": {receipt.member_name} (No. anggota {receipt.member_number})")
    y -= 7 * mm
    c.drawString(label_x, y, "Uang sejumlah")
    c.setFont(BOLD, 11)
    c.drawString(value_x, y, f": {rupiah(receipt.amount_rp)}")
    c.setFont(FONT, 10)
    y -= 7 * mm
    c.drawString(label_x, y, "Untuk pembayaran")
    c.drawString(value_x, y, ":")
    amount_x = value_x + 110 * mm
    # Leave room for the signature block, however many lines the split has.
    step = min(5 * mm, (y - MARGIN - 36 * mm) / max(len(receipt.lines), 1))
    for line in receipt.lines:
        c.drawString(value_x + 3 * mm, y, line.purpose)
        c.drawRightString(amount_x, y, rupiah(line.amount_rp))
        y -= step

    sign_x = right - 35 * mm
    y = MARGIN + 30 * mm
    c.drawCentredString(sign_x, y, place_date(settings.get("place_name"), receipt.entry_date))
    c.drawCentredString(sign_x, y - 5 * mm, "Penerima,")
    c.drawCentredString(sign_x, MARGIN, f"( {settings.operator_name()} )")
    if receipt.amount_rp > METERAI_ABOVE_RP:
        c.setDash(2, 2)
        c.rect(sign_x - 48 * mm, MARGIN + 2 * mm, 22 * mm, 20 * mm)
        c.setDash()
        c.setFont(FONT, 7)
        c.drawCentredString(sign_x - 37 * mm, MARGIN + 11 * mm, "Meterai")
        c.drawCentredString(sign_x - 37 * mm, MARGIN + 8 * mm, "Rp10.000")
    c.showPage()
    c.save()
