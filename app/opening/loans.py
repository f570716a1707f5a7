"""Running loans brought in: members' loans (1-201) and the group's bank loans (2-201).

PLACEHOLDER until the loans part lands: the interface the core builds on.
"""

from __future__ import annotations

from app import ledger
from app.errors import Issue
from app.opening.draft import Opening


def check(opening: Opening) -> list[Issue]:
    """Issues of opening.loans and opening.bank_loans, named loans.<i>.<field> / bank_loans.<i>.<field>."""
    raise NotImplementedError


def amounts(opening: Opening) -> dict[str, dict[str, int]]:
    """What the loans would post, by kind and account, signed (debit > 0): for the preview."""
    raise NotImplementedError


def post(opening: Opening, member_ids: dict[int, int], funder_ids: dict[str, int],
         lookups: ledger.Lookups | None = None) -> list[int]:
    """Inside the commit's transaction, after members and funders exist: write the loans and
    their opening entries; return the entries' ids. member_ids: number -> id; funder_ids: name -> id."""
    raise NotImplementedError
