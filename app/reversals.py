"""Storno: THE way to correct a posted entry, with every domain rule.

ledger.reverse_entry is the bare primitive (the mirror entry, linked both ways); this service
calls it inside one transaction and then applies what the modules know:
- savings: no member's pokok, wajib or sukarela may go below zero on the storno's day or any
  later one (she may have withdrawn the money since, or had it paid back when she left);
- loans: a loan's disbursement, its separately paid fee and its write-off are part of the
  loan's life and are corrected through the loan (e.g. a write-off), never by a storno — else
  the loan would stay disbursed while gone from 1-201. A payment reverses freely: allocations
  of reversed entries no longer count, so the schedule is back as it was;
- leaving: the settlement that paid a member out and marked her left is not reversed (her loans
  would reopen and her savings return while she stays marked as left);
- group businesses: an entry whose stock has gone out since (a purchase or production whose
  goods were sold) or whose sale or purchase still has payments standing is refused
  (app.usaha.stock.reversal_issues); a plain sale reverses and its stock comes back.
"""

from __future__ import annotations

from datetime import date

from app import clock, ledger, members, savings
from app.db import db
from app.errors import Issue, Rejected
from app.models import Loan
from app.usaha import stock as usaha_stock


def reverse(entry_id: int, reason: str, on: date | None = None) -> int:
    """Post the storno of `entry_id` dated `on` (default today); returns its entry id. Refused
    whole, writing nothing, if the ledger or any rule above says no."""
    on = on or clock.today()
    if ledger._is_date(on) and on > clock.today():  # as for any money moved: not in the future
        raise Rejected.one("entry_date", "date.in_future")
    with db.atomic():
        issues = _loan_issues(entry_id) + _leaving_issues(entry_id) + usaha_stock.reversal_issues(entry_id)
        if issues:
            raise Rejected(issues)
        storno_id = ledger.reverse_entry(entry_id, reason, on)
        issues = savings.overdraw_issues(storno_id, on)  # read with the storno in; rolled back if any
        if issues:
            raise Rejected(issues)
        return storno_id


def _loan_issues(entry_id: int) -> list[Issue]:
    loan = Loan.get_or_none(
        (Loan.disbursement_entry == entry_id) | (Loan.fee_entry == entry_id) | (Loan.write_off_entry == entry_id)
    )
    if loan is None:
        return []
    return [Issue("entry", "loan.entry_not_reversible", {"loan": loan.number})]


def _leaving_issues(entry_id: int) -> list[Issue]:
    member_id = savings.paid_out_member(entry_id)
    if member_id is None:
        return []
    member = members.get_member(member_id)
    return [Issue("entry", "member.leaving_not_reversible",
                  {"number": members.format_number(member.number), "name": member.name})]
