"""Reading generated PDFs back the way a reader sees them: text, fonts, page sizes."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


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
