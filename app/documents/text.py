"""User text (names, descriptions, addresses) as it is drawn in a PDF: right-to-left letters joined
and in display order.

A PDF shows glyphs in the order they are drawn, and reportlab draws a string's characters one
after the other, left to right, each in its standalone form: "نور" would print as ن و ر unjoined,
left to right. ReportLab can shape (uharfbuzz) but its bidi reordering needs rlbidi, which is not
on PyPI; so the string is prepared before it reaches reportlab:

1. arabic-reshaper replaces each Arabic letter with its joined form (initial, medial, final,
   isolated: the Arabic Presentation Forms-B, which DejaVu Sans has) and lam + alef with their
   ligature;
2. python-bidi (the Unicode bidirectional algorithm) puts the characters in display order, with
   a left-to-right base direction, because every document is laid out left to right:
   "Siti نور" keeps "Siti " on the left and the Arabic run reads right to left after it.

Only ligatures whose every form is in the embedded fonts are used, so nothing prints as an empty
box. Harakat (vowel marks) are dropped: without glyph positioning they would land on the wrong
letter. Text without right-to-left letters (nearly all of it, accents included) is returned as it
is after one regex search, so a statement run of thousands of members pays nothing for this.

Call `visual()` on the text just before it is drawn, after any cutting or wrapping by width.
"""

from __future__ import annotations

import re
from functools import lru_cache

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi import get_display
from reportlab.pdfbase import pdfmetrics

from app.documents.fonts import BOLD, FONT, register_fonts

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended, and the Hebrew and
# Arabic presentation forms: the scripts written right to left.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

_reshaper: arabic_reshaper.ArabicReshaper | None = None


def _make_reshaper() -> arabic_reshaper.ArabicReshaper:
    register_fonts()
    maps = [pdfmetrics.getFont(name).face.charToGlyph for name in (FONT, BOLD)]
    config: dict[str, object] = {"delete_harakat": True}
    for name, (_match, forms) in LIGATURES:
        config[name] = all(ord(form) in cmap for form in forms if form for cmap in maps)
    return arabic_reshaper.ArabicReshaper(configuration=config)


def has_rtl(value: str) -> bool:
    """Whether the text holds letters written right to left."""
    return _RTL.search(value) is not None


def visual(value: str) -> str:
    """The text in the order and forms to draw it: unchanged unless it has right-to-left letters."""
    if _RTL.search(value) is None:
        return value
    return _visual(value)


@lru_cache(maxsize=4096)
def _visual(value: str) -> str:
    global _reshaper
    if _reshaper is None:
        _reshaper = _make_reshaper()
    return get_display(_reshaper.reshape(value), base_dir="L")
