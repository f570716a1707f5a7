"""Reading generated PDFs back the way a reader sees them: text, fonts, page sizes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm as MM
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.documents.fonts import BOLD, FONT, register_fonts

register_fonts()


def pdf_text(path: Path) -> str:
    """All pages' text with runs of white space made one space (reportlab places words apart)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def fonts(path: Path) -> set[str]:
    """The BaseFont of every font used on any page (embedded subsets are named ABCDEF+Name)."""
    names = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def page_size_mm(path: Path, page: int = 0) -> tuple[float, float]:
    box = PdfReader(path).pages[page].mediabox
    return round(float(box.width) / 72 * 25.4, 1), round(float(box.height) / 72 * 25.4, 1)


@dataclass(frozen=True)
class Run:
    """A piece of text as placed on a page: its left edge and baseline in mm from the page's
    bottom-left corner, its width in mm (from the font's metrics), font size and boldness."""
    text: str
    x: float
    y: float
    width: float
    size: float
    bold: bool

    @property
    def right(self) -> float:
        return self.x + self.width


def page_runs(path: Path) -> list[list[Run]]:
    """Every page's text runs with their positions, top of the page first."""
    pages = []
    for page in PdfReader(path).pages:
        runs: list[Run] = []

        def visit(text, cm, tm, font, size, runs=runs):
            if not text.strip() or font is None:
                return
            a, b, c, d, e, f = (float(v) for v in cm)
            x, y = float(tm[4]), float(tm[5])
            scale = (float(tm[0]) ** 2 + float(tm[1]) ** 2) ** 0.5 * (a * a + b * b) ** 0.5
            bold = "Bold" in str(font.get("/BaseFont", ""))
            width = stringWidth(text.rstrip("\n"), BOLD if bold else FONT, size * scale)
            runs.append(Run(text.strip(), (a * x + c * y + e) / MM, (b * x + d * y + f) / MM, width / MM,
                            size * scale, bold))

        page.extract_text(visitor_text=visit)
        pages.append(sorted(runs, key=lambda r: (-round(r.y, 1), r.x)))
    return pages
