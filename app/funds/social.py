"""Help to members from the social fund (dana sosial, 2-303): who, why, how much.

One entry, Dr Dana sosial, Cr Kas/Bank, both postings naming the member, with a kuitansi she
signs. The reason is required; a payment above what the fund holds is refused with its balance.

Refusals name: member, reason, amount_rp, entry_date, cash_account.
"""

from __future__ import annotations

from datetime import date

from app import ledger, members, receipts, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.funds import earmarked
from app.funds.checks import clean, text_issues
from app.funds.paud import Paid


@roles.needs("money")
@checked
def give_help(member_id: int, amount_rp: int, on: date, reason: str, cash_account: str = "1-101") -> Paid:
    reason = clean(reason)
    issues: list[Issue] = []
    with db.atomic():
        try:
            member = members.get_member(member_id)
        except Rejected as refused:
            issues += refused.issues
            member = None
        if member is not None and member.left_on is not None and isinstance(on, date) and on > member.left_on:
            issues.append(Issue("member", "member.has_left", {"left_on": member.left_on}))
        issues += text_issues("reason", reason, text_rules.TEXT, required=True)
        issues += earmarked.payment_issues("sosial", amount_rp, on, cash_account)
        if issues:
            raise Rejected(issues)
        entry_id = ledger.post_entry(
            on, f"Bantuan dana sosial untuk {members.format_number(member.number)} {member.name} – {reason}",
            [ledger.debit(earmarked.ACCOUNTS["sosial"], amount_rp, member_id=member_id, memo=reason),
             ledger.credit(cash_account, amount_rp, member_id=member_id, memo=reason)])
        earmarked.record_payment(entry_id, "sosial", None, member_id, reason)
        number = receipts.issue(entry_id, member_id)
    return Paid(entry_id, number, earmarked.balance("sosial"))
