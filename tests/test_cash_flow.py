"""Laporan Arus Kas (direct method): every cash movement in its flow, the parts of a mixed entry
adding up to the rupiah, and the closing cash equal to kas + bank on any book."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app import demo, ledger, reversals
from app.errors import Rejected
from app.ledger import credit, debit
from app.reports import cash_flow as cf

ACCOUNTS = ("1-101", "1-102", "1-201", "1-202", "1-301", "1-401", "2-101", "2-102", "2-201", "2-301", "3-101",
            "3-102", "3-201", "3-301", "3-401", "4-101", "4-201", "5-101", "5-201")


def post(on: date, description: str, lines) -> int:
    return ledger.post_entry(on, description, lines)


def amounts(flow: cf.CashFlow) -> dict[str, int]:
    return {line.key: line.amount_rp for line in flow.lines}


def test_hand_made_entries_land_in_their_flows(book):
    post(date(2026, 1, 5), "Hibah CSR", [debit("1-102", 20_000_000), credit("3-201", 20_000_000)])
    post(date(2026, 1, 6), "Tarik bank", [debit("1-101", 5_000_000), credit("1-102", 5_000_000)])
    post(date(2026, 2, 1), "Pinjaman, provisi dipotong",
         [debit("1-201", 2_000_000), credit("1-101", 1_950_000), credit("4-103", 50_000)])
    post(date(2026, 3, 1), "Angsuran", [debit("1-101", 550_000), credit("1-201", 500_000), credit("4-101", 50_000)])
    post(date(2026, 3, 2), "Jual tunai", [debit("1-101", 900_000), credit("4-201", 900_000),
                                          debit("5-101", 600_000), credit("1-301", 600_000)])
    post(date(2026, 3, 3), "Mesin jahit", [debit("1-401", 1_500_000), credit("1-102", 1_500_000)])
    post(date(2026, 3, 4), "ATK", [debit("5-201", 75_000), credit("1-101", 75_000)])
    post(date(2026, 3, 5), "Simpanan wajib", [debit("1-101", 10_000), credit("3-102", 10_000)])
    post(date(2026, 3, 6), "Pinjaman BRI", [debit("1-102", 3_000_000), credit("2-201", 3_000_000)])
    post(date(2026, 3, 7), "Pemulihan pinjaman dihapus", [debit("1-101", 200_000), credit("4-304", 200_000)])
    flow = cf.cash_flow(date(2026, 1, 1), date(2026, 3, 31))
    assert amounts(flow) == {"grants.in": 20_000_000, "loans.out": -1_950_000, "loans.in": 500_000,
                             "loan_income.in": 50_000, "sales.in": 900_000, "equipment.out": -1_500_000,
                             "expenses.out": -75_000, "savings.in": 10_000, "bank_loans.in": 3_000_000,
                             "recoveries.in": 200_000}
    assert flow.activity_rp(cf.INVESTING) == -1_500_000 and flow.activity_rp(cf.FINANCING) == 23_000_000
    assert flow.opening_rp == 0 and flow.closing_rp == cf.cash_at(date(2026, 3, 31)) == 21_135_000


def test_a_mixed_entry_is_split_in_proportion_to_the_rupiah():
    parts = cf.movement([("1-101", 100), ("1-201", -1), ("4-101", -1), ("3-102", -1)])
    assert parts == {"loans.in": 34, "loan_income.in": 33, "savings.in": 33}  # 3 × 33 ⅓: one rupiah left over
    assert cf.movement([("1-101", 700), ("1-102", -700)]) == {}  # kas to bank: no movement
    # cash partly comes from the other side: only the debit explains money out
    assert cf.movement([("1-101", -1_000), ("2-102", 1_000)]) == {"purchases.out": -1_000}


def test_a_storno_lowers_the_flow_of_the_entry_it_cancels(book):
    entry = post(date(2026, 3, 1), "Angsuran", [debit("1-101", 500_000), credit("1-201", 500_000)])
    post(date(2026, 3, 2), "Angsuran", [debit("1-101", 300_000), credit("1-201", 300_000)])
    reversals.reverse(entry, "salah anggota", date(2026, 4, 2))
    assert amounts(cf.cash_flow(date(2026, 4, 1), date(2026, 4, 30))) == {"loans.in": -500_000}
    assert amounts(cf.cash_flow(date(2026, 3, 1), date(2026, 4, 30))) == {"loans.in": 300_000}


def test_a_period_that_starts_after_it_ends_is_refused(book):
    with pytest.raises(Rejected) as refused:
        cf.cash_flow(date(2026, 3, 1), date(2026, 2, 1))
    assert refused.value.codes() == ["period.reversed"]


def test_the_demo_village_closes_at_kas_plus_bank(book):
    demo.populate()
    for start, end in ((date(2026, 1, 1), date(2026, 8, 17)), (date(2025, 1, 1), date(2025, 12, 31)),
                       (date(2020, 1, 1), date(2026, 8, 17))):
        flow = cf.cash_flow(start, end)
        assert flow.opening_rp == cf.cash_at(start - timedelta(days=1))
        assert flow.closing_rp == ledger.account_balance("1-101", end) + ledger.account_balance("1-102", end)
        assert flow.activity_rp(cf.OPERATING) + flow.activity_rp(cf.INVESTING) + flow.activity_rp(
            cf.FINANCING) == flow.net_rp


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 400), st.lists(st.sampled_from(ACCOUNTS), min_size=2, max_size=4),
                          st.lists(st.integers(1, 10**9), min_size=4, max_size=4)), max_size=20),
       st.integers(0, 400), st.integers(0, 400))
def test_closing_cash_is_kas_plus_bank_on_random_books(book, entries, a, b):
    first = date(2024, 1, 1)
    capital = 10**12  # enough money first: no random payment takes more than Kas or Bank holds
    post(first, "Modal", [debit("1-101", capital), debit("1-102", capital), credit("3-201", 2 * capital)])
    for offset, accounts, sizes in sorted(entries):
        lines = [debit(code, size) for code, size in zip(accounts[:-1], sizes)]
        lines.append(credit(accounts[-1], sum(sizes[:len(accounts) - 1])))
        post(first + timedelta(days=offset), "acak", lines)
    start, end = sorted((first + timedelta(days=a), first + timedelta(days=b)))
    flow = cf.cash_flow(start, end)
    assert flow.closing_rp == ledger.account_balance("1-101", end) + ledger.account_balance("1-102", end)
    assert flow.opening_rp == ledger.account_balance("1-101", start - timedelta(days=1)) + ledger.account_balance(
        "1-102", start - timedelta(days=1))
