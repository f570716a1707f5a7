"""Small books for the year-end tests: members, savings, jasa and costs posted straight to the
ledger (tagged as the savings and loan modules tag them)."""

from __future__ import annotations

from datetime import date

from app import ledger
from app.ledger import credit, debit
from app.members import MemberInput, add_member


def member(name: str, joined_on: date = date(2025, 1, 2), business_ids=()) -> int:
    return add_member(MemberInput(name=name, joined_on=joined_on, business_ids=list(business_ids))).id


def savings(member_id: int, amount_rp: int, on: date, kind: str = "3-102") -> int:
    return ledger.post_entry(on, "Setoran simpanan", [debit("1-101", amount_rp),
                                                       credit(kind, amount_rp, member_id=member_id)])


def jasa(member_id: int, amount_rp: int, on: date) -> int:
    return ledger.post_entry(on, "Bayar jasa", [debit("1-101", amount_rp), credit("4-101", amount_rp, member_id=member_id)])


def income(amount_rp: int, on: date, account: str = "4-102", business_id=None) -> int:
    return ledger.post_entry(on, "Pendapatan", [debit("1-101", amount_rp),
                                                credit(account, amount_rp, business_id=business_id)])


def expense(amount_rp: int, on: date, account: str = "5-201", business_id=None) -> int:
    return ledger.post_entry(on, "Beban", [debit(account, amount_rp, business_id=business_id),
                                           credit("1-101", amount_rp)])
