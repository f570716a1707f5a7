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


def village() -> tuple[int, int, int]:
    """Three members; savings 100.000, 200.000 and 400.000 on 31 December 2025; jasa paid
    50.000, 0 and 150.000; denda 7.000 (not a member's), costs 40.000: SHU Rp167.000."""
    a, b, c = member("Aminah"), member("Bariyah"), member("Chairunnisa")
    savings(a, 100_000, date(2025, 2, 1))
    savings(b, 200_000, date(2025, 3, 1))
    savings(c, 400_000, date(2025, 11, 30))
    jasa(a, 50_000, date(2025, 5, 5))
    jasa(c, 150_000, date(2025, 6, 6))
    income(7_000, date(2025, 7, 7))
    expense(40_000, date(2025, 8, 8))
    return a, b, c
