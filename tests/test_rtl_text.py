"""Arabic-script names in the PDFs: letters joined (presentation forms) and in display order, the
Arabic run reading right to left inside a left-to-right line; Latin text untouched and cheap.

The PDF holds the joined forms in drawing order (left to right). pypdf reads a run of
right-to-left characters back into logical order, so the text it extracts, NFKC-folded (joined
forms back to letters), holds the name as typed only if it was drawn right to left; and no
character of the basic Arabic block may be left (that would be a letter drawn unjoined)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from app import receipts, settings
from app.db import db
from app.documents import report
from app.documents.catalogue import Request, generate
from app.documents.receipt import write_receipt
from app.documents.text import has_rtl, visual
from app.ledger import credit, debit, post_entry

from loan_support import member
from pdf_support import pdf_text

NAME = "نور عائشة"  # Nur Aisyah
ARABIC = range(0x0600, 0x0700)


def _shown(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _unjoined(text: str) -> list[str]:
    return [c for c in text if ord(c) in ARABIC]


def test_latin_and_accented_text_passes_through_as_it_is():
    for text in ("", "Siti Aisyah", "Hélène Ñúñez binti Abdurrahman", "Rp1.250.000 (12%) <&>"):
        assert visual(text) is text
        assert not has_rtl(text)


def test_arabic_is_joined_and_in_display_order():
    shown = visual(NAME)
    assert not _unjoined(shown)  # every letter in its joined form
    assert _shown(shown) == NAME[::-1]  # right to left: the first letter drawn last (rightmost)
    assert visual("لا") == "\ufefb"  # lam-alef is one ligature, a glyph DejaVu Sans has


def test_a_latin_line_keeps_its_order_around_an_arabic_run():
    shown = visual(f"Siti {NAME} binti Ahmad (No. anggota 0002)")
    assert shown.startswith("Siti ") and shown.endswith(" binti Ahmad (No. anggota 0002)")
    assert _shown(shown) == f"Siti {NAME[::-1]} binti Ahmad (No. anggota 0002)"


def test_harakat_are_left_out_rather_than_put_on_the_wrong_letter():
    assert _shown(visual("نُور")) == "رون"


def test_latin_text_takes_the_fast_path_untouched():
    """Statements of 3 000 members draw ten names each: text without right-to-left letters is
    handed back as it is, never reshaped (nor cached)."""
    name = "Siti Aisyah binti Abdurrahman, Hélène Ñúñez"
    assert visual(name) is name


def test_report_paragraphs_and_cells_draw_the_display_order(book, tmp_path):
    member(NAME)
    text = pdf_text(generate(Request("member_register", end=date(2026, 8, 17))))
    assert NAME in _shown(text) and not _unjoined(text)


def test_receipt_for_a_mixed_name(book, tmp_path):
    settings.update({"group_name": "UP2K As Syifa", "place_name": "Amuntai"})
    with db.atomic():
        entry = post_entry(date(2026, 8, 17), "Penjualan telur itik",
                           [debit("1-101", 75_000), credit("4-201", 75_000, memo="telur itik")])
        number = receipts.issue(entry, party_name=f"Siti {NAME} binti Ahmad")
    text = pdf_text(write_receipt(number, tmp_path / "kuitansi.pdf"))
    # the paragraph draws word by word; pypdf drops the space where the Arabic run ends
    assert f"Siti {NAME} binti Ahmad".replace(" ", "") in _shown(text).replace(" ", "")
    assert not _unjoined(text)


@pytest.mark.parametrize("kind", ["passbook", "loan_card"])
def test_statements_draw_the_display_order(book, kind):
    arabic = member(f"Siti {NAME}")
    text = pdf_text(generate(Request(kind, end=date(2026, 8, 17), member_id=arabic)))
    assert f"Siti {NAME}" in _shown(text) and not _unjoined(text)


def test_report_text_is_one_place_for_user_text():
    paragraph = report.text(f"{NAME} & <b>")
    assert "&amp; &lt;b&gt;" in paragraph.text and not _unjoined(paragraph.text)
