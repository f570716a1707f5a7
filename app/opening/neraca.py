"""The opening Neraca: what the draft would post, per account, and where a difference comes from.

PLACEHOLDER until the core part lands: the interface the other parts build on.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.opening.draft import Opening


@dataclass(frozen=True)
class NeracaLine:
    code: str
    name: str
    kind: str  # asset, liability, equity
    amount_rp: int  # natural sign: an asset's debit, a liability's or equity's credit, positive


@dataclass(frozen=True)
class KindTotal:
    kind: str  # a draft kind ("cash", "savings" ...)
    assets_rp: int
    claims_rp: int  # liabilities and equity it brings

    @property
    def net_rp(self) -> int:
        return self.assets_rp - self.claims_rp


@dataclass(frozen=True)
class OpeningNeraca:
    on: object  # the opening date
    lines: tuple[NeracaLine, ...]
    by_kind: tuple[KindTotal, ...]  # where the difference comes from
    assets_rp: int
    claims_rp: int  # liabilities + equity

    @property
    def difference_rp(self) -> int:
        """Assets less liabilities and equity: what would go to 3-502 Selisih saldo awal."""
        return self.assets_rp - self.claims_rp


def preview(opening: Opening) -> OpeningNeraca:
    """The Neraca the opening would give on its date; writes nothing. Lines of a kind whose
    rows have issues are left out of nothing: the figures are what was typed."""
    raise NotImplementedError
