"""Paper sizes Lumbung prints on (DOMAIN.md: A4, F4 215×330 mm, half F4, 58 mm thermal roll)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm


@dataclass(frozen=True)
class Paper:
    key: str
    width_mm: float
    height_mm: float  # a roll's height is only a default: the document grows it to its content
    margin_mm: float  # inkjets cannot print the outer 3-5 mm

    @property
    def size(self) -> tuple[float, float]:
        """Width and height in PDF points."""
        return self.width_mm * mm, self.height_mm * mm

    @property
    def margin(self) -> float:
        return self.margin_mm * mm

    @property
    def is_roll(self) -> bool:
        return self is ROLL_58


A4 = Paper("A4", 210, 297, 15)
F4 = Paper("F4", 215, 330, 15)
HALF_F4 = Paper("HALF_F4", 215, 165, 12)
ROLL_58 = Paper("ROLL_58", 58, 200, 5)  # common 58 mm printers print 48 mm: 5 mm off each edge

PAPERS = {paper.key: paper for paper in (A4, F4, HALF_F4, ROLL_58)}
