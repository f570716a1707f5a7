"""The TrueType fonts embedded in every PDF (DejaVu Sans: Latin with accents, Arabic letters
print as their own glyphs where DejaVu has them), so no document relies on the viewer's fonts."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import resource_path

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"


_registered = False


def register_fonts() -> None:
    """Register the fonts once per process; platypus paragraphs find bold through the mapping."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, BOLD)
    _registered = True
