"""Helpers for the tests of running loans brought in (not a test module): an opening with
members and a bank funder, and its loans posted as the core's commit would."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.db import db
from app.funds.funders import FunderInput, add_funder
from app.members import MemberInput, add_member
from app.opening import loans
from app.opening.draft import FunderLine, LoanLine, MemberLine, Opening

ON = date(2026, 7, 31)  # the opening date; the tests' clock stands at 17 Aug 2026
FLAT = dict(method="flat", rate=Decimal("0.02"), period="monthly", periods=12, principal_rp=1_200_000,
            disbursed_on=date(2026, 1, 5), first_due=date(2026, 2, 5))


def opening(*lines: LoanLine, bank_loans=(), numbers=(1,)) -> Opening:
    return Opening(on=ON, members=[MemberLine(number=n, name=f"Ibu {n}") for n in numbers],
                   loans=list(lines), funders=[FunderLine(name="BRI Unit Desa", kind="bank")],
                   bank_loans=list(bank_loans))


def post(opening: Opening) -> list[int]:
    """Make the members and funders the core would, then post the loans in one transaction."""
    member_ids = {}
    for line in opening.members:
        row = add_member(MemberInput(name=line.name, joined_on=date(2025, 1, 2)))
        member_ids[line.number] = row.id
    funder_ids = {f.name: add_funder(FunderInput(f.kind, f.name)).id for f in opening.funders}
    with db.atomic():
        return loans.post(opening, member_ids, funder_ids)


