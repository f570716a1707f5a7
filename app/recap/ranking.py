"""The UP2K competition table: a plain, stated rule that a jury can redo by hand.

Four criteria, each "more is better": active members on the date; growth of the members'
savings (pokok + wajib + sukarela) over the period, in rupiah; the repayment rate, as Lancar's
share of the loans outstanding (a group with no loan outstanding counts 100 %); the group
businesses' profit over the period. On each criterion the groups are ranked 1, 2, 3, … (equal
figures share a rank, the next rank is skipped); a group's points are the sum of its four
ranks, and the fewest points come first. Equal points share a place, listed by name.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.recap.figures import BookFigures

CRITERIA = ("members", "savings_growth_rp", "lancar_bp", "business_profit_rp")


@dataclass(frozen=True)
class RankRow:
    place: int
    group: int  # index into the recap's groups
    values: tuple[int, ...]  # CRITERIA, in order
    ranks: tuple[int, ...]
    points: int


def _value(figures: BookFigures, criterion: str) -> int:
    return getattr(figures, criterion)


def _ranks(values: list[int]) -> list[int]:
    """Competition ranking, highest first: 1 + how many are strictly better."""
    return [1 + sum(other > value for other in values) for value in values]


def rank(groups: list[BookFigures]) -> list[RankRow]:
    values = [tuple(_value(g, c) for c in CRITERIA) for g in groups]
    by_criterion = [_ranks([v[i] for v in values]) for i in range(len(CRITERIA))]
    ranks = [tuple(column[g] for column in by_criterion) for g in range(len(groups))]
    points = [sum(r) for r in ranks]
    order = sorted(range(len(groups)), key=lambda g: (points[g], groups[g].identity.group_name.casefold()))
    return [RankRow(1 + sum(p < points[g] for p in points), g, values[g], ranks[g], points[g]) for g in order]
