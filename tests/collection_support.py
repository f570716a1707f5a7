"""A member for the Setoran tests (not a test module): wajib owed for three months and two
loans on 17/08/2026, the older one late with denda.

Loan A: Rp1.200.000 flat 1 % over 12 months from 10/03/2026, Rp112.000 a month, fixed denda
Rp10.000 per late instalment; April-June paid, July and August late.
Loan B: Rp600.000 flat 1 % over 6 months from 15/07/2026, Rp106.000 a month, first due 15/08.
Due on 17/08/2026: A 20.000 denda + 24.000 jasa + 200.000 pokok; B 6.000 jasa + 100.000 pokok;
wajib (20 months from January 2025 at Rp5.000, 85.000 paid) 15.000. In all Rp365.000.
"""

from __future__ import annotations

from datetime import date

from app import savings
from app.loans.payments import pay

from loan_support import disbursed, member, product

ON = date(2026, 8, 17)
DUE_RP = 365_000


def member_with_dues(name: str = "Siti Aisyah") -> tuple[int, int, int]:
    """(member id, loan A, loan B)."""
    siti = member(name)
    late = product(name=f"Denda {name}", penalty_kind="fixed", penalty_rp=10_000)
    plain = product(name=f"Biasa {name}")
    loan_a = disbursed(siti, late, 1_200_000, 12, on=date(2026, 3, 10))
    for month in (4, 5, 6):
        pay(loan_a, 112_000, date(2026, month, 10))
    loan_b = disbursed(siti, plain, 600_000, 6, on=date(2026, 7, 15))
    savings.deposit(siti, "wajib", 85_000, date(2026, 5, 2))
    return siti, loan_a, loan_b
