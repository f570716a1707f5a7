"""Members' savings: deposits, withdrawals, refusals that write nothing, the passbook across
reversals, wajib owed and paid ahead. Leaving is tests/test_leaving.py."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app import accounts, leaving, ledger, reversals, savings, settings
from app.db import db
from app.errors import Rejected
from app.members import MemberInput, add_member, mark_left
from app.savings import SavingsBalances, WajibStatus

JOINED = date(2026, 1, 15)
TABLES = ("journal_entries", "postings", "members", "settings")


def dump() -> dict[str, list]:
    return {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def refused(call, *args, **kwargs) -> list[tuple]:
    """Call, expect a refusal, check that not a row changed; return the issues as tuples."""
    before = dump()
    with pytest.raises(Rejected) as info:
        call(*args, **kwargs)
    assert dump() == before
    return [(i.field, i.code, i.params) for i in info.value.issues]


def member(name="Siti Aminah", joined_on=JOINED) -> int:
    return add_member(MemberInput(name=name, sex="P", joined_on=joined_on)).id


def lines(entry_id: int) -> list[tuple]:
    return [(l.account, l.amount_rp, l.member_id, l.memo) for l in ledger.get_entry(entry_id).lines]


@pytest.fixture
def siti(book) -> int:
    return member()


# --- settings ------------------------------------------------------------------------------


def test_amounts_default_and_set(book):
    assert (savings.pokok_amount(), savings.wajib_amount()) == (10_000, 5_000)
    savings.set_amounts(25_000, 10_000)
    assert (savings.pokok_amount(), savings.wajib_amount()) == (25_000, 10_000)
    assert settings.get("simpanan_pokok_rp") == "25000"
    savings.set_amounts(10**9, 1)  # the limits themselves are allowed
    assert (savings.pokok_amount(), savings.wajib_amount()) == (10**9, 1)


@pytest.mark.parametrize(
    "value, code, params",
    [
        (0, "savings.amount_not_positive", {}),
        (-5_000, "savings.amount_not_positive", {}),
        (10**9 + 1, "posting.amount_too_large", {"limit": 10**9}),
        (5_000.0, "posting.not_whole_rupiah", {"amount": "5000.0"}),
        (Decimal(5000), "posting.not_whole_rupiah", {"amount": "5000"}),
        ("5000", "posting.not_whole_rupiah", {"amount": "5000"}),
        (True, "posting.not_whole_rupiah", {"amount": "True"}),
    ],
)
def test_bad_amounts_refused_writing_nothing(book, value, code, params):
    assert refused(savings.set_amounts, 20_000, value) == [("wajib_rp", code, params)]
    assert refused(savings.set_amounts, value, value) == [("pokok_rp", code, params), ("wajib_rp", code, params)]
    assert (savings.pokok_amount(), savings.wajib_amount()) == (10_000, 5_000)


# --- deposits ------------------------------------------------------------------------------


def test_deposits_post_tagged_entries_and_move_balances(siti):
    before = ledger.account_balance("1-101")
    pokok = savings.deposit(siti, "pokok", 10_000, JOINED).entry_id
    wajib = savings.deposit(siti, "wajib", 15_000, date(2026, 2, 3), memo="Januari-Maret").entry_id
    sukarela = savings.deposit(siti, "sukarela", 250_000, date(2026, 2, 3), cash_account="1-102").entry_id

    entry = ledger.get_entry(wajib)
    assert entry.description == "Setoran simpanan wajib – 0001 Siti Aminah"
    assert entry.entry_date == date(2026, 2, 3)
    assert lines(wajib) == [("1-101", 15_000, siti, "Januari-Maret"), ("3-102", -15_000, siti, "Januari-Maret")]
    assert lines(pokok) == [("1-101", 10_000, siti, ""), ("3-101", -10_000, siti, "")]
    assert lines(sukarela) == [("1-102", 250_000, siti, ""), ("2-101", -250_000, siti, "")]
    assert ledger.get_entry(pokok).description == "Setoran simpanan pokok – 0001 Siti Aminah"

    assert savings.balances(siti) == SavingsBalances(10_000, 15_000, 250_000, 275_000)
    assert savings.balances(siti, as_of=date(2026, 2, 2)) == SavingsBalances(10_000, 0, 0, 10_000)
    assert ledger.account_balance("1-101") - before == 25_000
    assert ledger.account_balance("2-101") == -250_000


def test_wajib_takes_any_positive_amount(siti):
    # Arrears and months ahead are paid in one go; wajib_status reads what is owed.
    for amount in (1, 7_000, 60_000):
        savings.deposit(siti, "wajib", amount, JOINED)
    assert savings.balances(siti).wajib_rp == 67_001


def test_pokok_only_once_and_only_the_set_amount(siti):
    assert refused(savings.deposit, siti, "pokok", 5_000, JOINED) == [
        ("amount_rp", "savings.pokok_amount", {"expected_rp": 10_000})
    ]
    savings.set_amounts(20_000, 5_000)
    assert refused(savings.deposit, siti, "pokok", 10_000, JOINED) == [
        ("amount_rp", "savings.pokok_amount", {"expected_rp": 20_000})
    ]
    first = savings.deposit(siti, "pokok", 20_000, JOINED).entry_id
    assert refused(savings.deposit, siti, "pokok", 20_000, JOINED) == [("kind", "savings.pokok_already_paid", {})]
    # Once the first payment is cancelled she may pay again.
    reversals.reverse(first, "salah tanggal", date(2026, 1, 20))
    assert savings.balances(siti).pokok_rp == 0
    savings.deposit(siti, "pokok", 20_000, date(2026, 1, 20))
    assert savings.balances(siti).pokok_rp == 20_000


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"member_id": 999}, [("member", "member.not_found", {"member_id": 999})]),
        ({"kind": "harian"}, [("kind", "savings.bad_kind", {"kind": "harian"})]),
        ({"kind": None}, [("kind", "input.wrong_type", {})]),  # refused at the boundary (app.dates.checked)
        ({"amount_rp": 0}, [("amount_rp", "savings.amount_not_positive", {})]),
        ({"amount_rp": -10_000}, [("amount_rp", "savings.amount_not_positive", {})]),
        ({"amount_rp": 10**15}, [("amount_rp", "posting.amount_too_large", {"limit": 10**15 - 1})]),
        ({"amount_rp": 5_000.5}, [("amount_rp", "posting.not_whole_rupiah", {"amount": "5000.5"})]),
        ({"amount_rp": Decimal("5000")}, [("amount_rp", "posting.not_whole_rupiah", {"amount": "5000"})]),
        ({"amount_rp": True}, [("amount_rp", "posting.not_whole_rupiah", {"amount": "True"})]),
        ({"on": date(2026, 8, 18)}, [("entry_date", "date.in_future", {})]),
        ({"on": date(2026, 1, 14)}, [("entry_date", "savings.before_joining", {"joined_on": JOINED})]),
        ({"on": datetime(2026, 2, 1, 10)}, [("on", "date.unreadable", {})]),
        ({"on": None}, [("on", "date.unreadable", {})]),
        ({"cash_account": "1-201"}, [("cash_account", "savings.not_cash_account", {"account": "1-201"})]),
        ({"cash_account": "2-101"}, [("cash_account", "savings.not_cash_account", {"account": "2-101"})]),
        ({"cash_account": "9-999"}, [("cash_account", "posting.unknown_account", {"account": "9-999"})]),
    ],
)
def test_deposit_refusals_write_nothing(siti, change, expected):
    args = {"member_id": siti, "kind": "sukarela", "amount_rp": 10_000, "on": date(2026, 2, 1), **change}
    assert refused(savings.deposit, **args) == expected
    assert savings.balances(siti) == SavingsBalances(0, 0, 0, 0)


def test_deposit_refusal_lists_every_problem(siti):
    assert refused(savings.deposit, siti, "harian", 0, date(2027, 1, 1), cash_account="5-201") == [
        ("entry_date", "date.in_future", {}),
        ("amount_rp", "savings.amount_not_positive", {}),
        ("cash_account", "savings.not_cash_account", {"account": "5-201"}),
        ("kind", "savings.bad_kind", {"kind": "harian"}),
    ]


def test_inactive_cash_account_and_closed_period_refused(siti):
    accounts.set_active("1-102", False)
    assert refused(savings.deposit, siti, "wajib", 5_000, JOINED, cash_account="1-102") == [
        ("cash_account", "posting.inactive_account", {"account": "1-102"})
    ]
    settings.close_period(date(2026, 3, 31))
    assert refused(savings.deposit, siti, "wajib", 5_000, date(2026, 3, 31)) == [
        ("entry_date", "entry.period_closed", {"closed_through": date(2026, 3, 31)})
    ]


def test_a_group_may_add_its_own_bank_account(siti):
    accounts.add_account("1-103", "Bank Kalsel", "asset")
    entry = savings.deposit(siti, "sukarela", 100_000, JOINED, cash_account="1-103").entry_id
    assert lines(entry)[0] == ("1-103", 100_000, siti, "")


def test_member_who_has_left_takes_no_deposit_or_withdrawal(siti):
    savings.deposit(siti, "sukarela", 50_000, JOINED)
    with pytest.raises(Rejected) as unsettled:  # Tandai keluar is no way round her pay-out
        mark_left(siti, date(2026, 6, 30))
    assert unsettled.value.codes() == ["member.unsettled"]
    leaving.settle(siti, date(2026, 6, 30))
    left = [("member", "member.has_left", {"left_on": date(2026, 6, 30)})]
    assert refused(savings.deposit, siti, "wajib", 5_000, date(2026, 6, 1)) == left
    assert refused(savings.withdraw, siti, 10_000, date(2026, 6, 1)) == left


# --- withdrawals ---------------------------------------------------------------------------


def test_withdraw_sukarela_down_to_zero_not_below(siti):
    savings.deposit(siti, "sukarela", 100_000, JOINED, cash_account="1-102")  # paid out of the bank below
    entry = savings.withdraw(siti, 60_000, date(2026, 3, 1), cash_account="1-102", memo="biaya sekolah").entry_id
    assert ledger.get_entry(entry).description == "Penarikan simpanan sukarela – 0001 Siti Aminah"
    assert lines(entry) == [("2-101", 60_000, siti, "biaya sekolah"), ("1-102", -60_000, siti, "biaya sekolah")]
    assert refused(savings.withdraw, siti, 40_001, date(2026, 3, 2)) == [
        ("amount_rp", "savings.insufficient_balance", {"balance_rp": 40_000})
    ]
    savings.withdraw(siti, 40_000, date(2026, 3, 2), cash_account="1-102")
    assert savings.balances(siti).sukarela_rp == 0


def test_withdrawal_dated_back_may_not_overdraw_a_later_day(siti):
    savings.deposit(siti, "sukarela", 100_000, date(2026, 2, 1))
    savings.withdraw(siti, 100_000, date(2026, 3, 1))
    savings.deposit(siti, "sukarela", 100_000, date(2026, 4, 1))
    # On 15 Feb she had 100 000, but taking any of it then would leave March below zero.
    assert refused(savings.withdraw, siti, 1, date(2026, 2, 15)) == [
        ("amount_rp", "savings.insufficient_balance", {"balance_rp": 0})
    ]
    # Before the first deposit there was nothing to take.
    assert refused(savings.withdraw, siti, 1, date(2026, 1, 20)) == [
        ("amount_rp", "savings.insufficient_balance", {"balance_rp": 0})
    ]
    savings.withdraw(siti, 100_000, date(2026, 4, 1))
    assert savings.balances(siti).sukarela_rp == 0


@pytest.mark.parametrize("kind", ["pokok", "wajib"])
def test_pokok_and_wajib_locked_until_leaving(siti, kind):
    savings.deposit(siti, "pokok", 10_000, JOINED)
    savings.deposit(siti, "wajib", 50_000, JOINED)
    assert refused(savings.withdraw, siti, 5_000, date(2026, 3, 1), kind=kind) == [
        ("kind", "savings.locked_until_leaving", {"kind": kind})
    ]


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"amount_rp": 0}, [("amount_rp", "savings.amount_not_positive", {})]),
        ({"amount_rp": 1.0}, [("amount_rp", "posting.not_whole_rupiah", {"amount": "1.0"})]),
        ({"on": date(2026, 9, 1)}, [("entry_date", "date.in_future", {})]),
        ({"member_id": 42}, [("member", "member.not_found", {"member_id": 42})]),
        ({"cash_account": "3-101"}, [("cash_account", "savings.not_cash_account", {"account": "3-101"})]),
        ({"kind": "bulanan"}, [("kind", "savings.bad_kind", {"kind": "bulanan"})]),
    ],
)
def test_withdraw_refusals_write_nothing(siti, change, expected):
    savings.deposit(siti, "sukarela", 100_000, JOINED)
    args = {"member_id": siti, "amount_rp": 10_000, "on": date(2026, 3, 1), **change}
    assert refused(savings.withdraw, **args) == expected
    assert savings.balances(siti).sukarela_rp == 100_000


# --- reversals and the passbook ------------------------------------------------------------


def test_passbook_running_balance_across_a_reversal(siti):
    savings.deposit(siti, "sukarela", 100_000, date(2026, 2, 1))
    wrong = savings.deposit(siti, "sukarela", 50_000, date(2026, 3, 1)).entry_id
    savings.withdraw(siti, 30_000, date(2026, 4, 1))
    storno = ledger._reverse_entry(wrong, "dobel dicatat", date(2026, 4, 10))
    savings.deposit(siti, "sukarela", 5_000, date(2026, 4, 10))

    rows = savings.passbook(siti, "sukarela")
    assert [(r.entry_date, r.setor_rp, r.tarik_rp, r.saldo_rp, r.is_reversal, r.reversed) for r in rows] == [
        (date(2026, 2, 1), 100_000, 0, 100_000, False, False),
        (date(2026, 3, 1), 50_000, 0, 150_000, False, True),  # stays, marked reversed
        (date(2026, 4, 1), 0, 30_000, 120_000, False, False),
        (date(2026, 4, 10), 0, 50_000, 70_000, True, False),  # the storno takes it out again
        (date(2026, 4, 10), 5_000, 0, 75_000, False, False),  # same day: by entry number
    ]
    assert rows[3].entry_id == storno
    assert rows[3].description == "Storno: Setoran simpanan sukarela – 0001 Siti Aminah"
    assert rows[-1].saldo_rp == savings.balances(siti).sukarela_rp == 75_000


def test_passbook_of_all_kinds_and_one_kind(siti):
    savings.deposit(siti, "wajib", 5_000, date(2026, 2, 1))
    savings.deposit(siti, "pokok", 10_000, JOINED)
    savings.deposit(siti, "sukarela", 20_000, date(2026, 2, 1))
    savings.withdraw(siti, 20_000, date(2026, 2, 1))
    rows = savings.passbook(siti)
    assert [(r.kind, r.setor_rp, r.tarik_rp, r.saldo_rp) for r in rows] == [
        ("pokok", 10_000, 0, 10_000),
        ("wajib", 5_000, 0, 15_000),
        ("sukarela", 20_000, 0, 35_000),
        ("sukarela", 0, 20_000, 15_000),
    ]
    assert [r.saldo_rp for r in savings.passbook(siti, "wajib")] == [5_000]
    assert savings.passbook(member("Ani")) == []
    with pytest.raises(Rejected) as info:
        savings.passbook(siti, "harian")
    assert info.value.codes() == ["savings.bad_kind"]
    with pytest.raises(Rejected) as info:
        savings.passbook(999)
    assert info.value.codes() == ["member.not_found"]


# --- wajib ---------------------------------------------------------------------------------


def test_wajib_counts_the_joining_month_and_the_current_one(siti):
    # Joined 15 January: January is due in full, whatever the day.
    assert savings.wajib_status(siti, JOINED) == WajibStatus(1, 5_000, 0, 5_000, 0)
    assert savings.wajib_status(siti, date(2026, 1, 31)) == WajibStatus(1, 5_000, 0, 5_000, 0)
    assert savings.wajib_status(siti, date(2026, 1, 14)) == WajibStatus(0, 0, 0, 0, 0)  # before she joined
    assert savings.wajib_status(siti) == WajibStatus(8, 40_000, 0, 40_000, 0)  # January to August (today)
    savings.deposit(siti, "wajib", 15_000, date(2026, 3, 10))
    assert savings.wajib_status(siti, date(2026, 3, 9)) == WajibStatus(3, 15_000, 0, 15_000, 0)
    assert savings.wajib_status(siti, date(2026, 3, 10)) == WajibStatus(3, 15_000, 15_000, 0, 0)
    assert savings.wajib_status(siti, date(2026, 5, 1)) == WajibStatus(5, 25_000, 15_000, 10_000, 0)


def test_wajib_paid_ahead_and_across_years(book):
    ani = member("Ani", date(2025, 11, 30))
    savings.deposit(ani, "wajib", 60_000, date(2025, 12, 1))  # a year at once
    assert savings.wajib_status(ani, date(2026, 2, 28)) == WajibStatus(4, 20_000, 60_000, 0, 40_000)
    assert savings.wajib_status(ani, date(2026, 10, 1)) == WajibStatus(12, 60_000, 60_000, 0, 0)
    assert savings.wajib_status(ani, date(2027, 1, 1)) == WajibStatus(15, 75_000, 60_000, 15_000, 0)
    savings.set_amounts(10_000, 10_000)  # the current amount applies to every month
    assert savings.wajib_status(ani, date(2026, 2, 28)) == WajibStatus(4, 40_000, 60_000, 0, 20_000)


def test_wajib_storno_is_not_paid(siti):
    wrong = savings.deposit(siti, "wajib", 20_000, date(2026, 2, 1)).entry_id
    reversals.reverse(wrong, "bukan wajib", date(2026, 2, 2))
    assert savings.wajib_status(siti, date(2026, 2, 28)) == WajibStatus(2, 10_000, 0, 10_000, 0)


def test_wajib_stops_at_leaving_and_the_payout_is_not_unpaid(siti):
    savings.deposit(siti, "wajib", 25_000, date(2026, 5, 1))
    leaving.settle(siti, date(2026, 5, 20))
    status = WajibStatus(5, 25_000, 25_000, 0, 0)  # January to May, all paid
    assert savings.wajib_status(siti, date(2026, 5, 20)) == status
    assert savings.wajib_status(siti) == status
    assert savings.balances(siti).wajib_rp == 0  # and it was paid back


# --- balances ------------------------------------------------------------------------------


def test_all_balances_equals_balances_per_member(book):
    ids = [member(f"Anggota {i}") for i in range(4)]
    savings.deposit(ids[0], "pokok", 10_000, JOINED)
    savings.deposit(ids[0], "sukarela", 70_000, date(2026, 3, 1))
    savings.deposit(ids[1], "wajib", 5_000, date(2026, 2, 1))
    savings.deposit(ids[2], "sukarela", 40_000, date(2026, 4, 1))
    savings.withdraw(ids[2], 15_000, date(2026, 5, 1))
    # a posting for her that is not savings is not counted
    jasa = [ledger.debit("1-101", 900), ledger.credit("4-101", 900, member_id=ids[0])]
    ledger.post_entry(date(2026, 4, 1), "Jasa", jasa)
    for as_of in (None, date(2026, 3, 1), date(2026, 4, 30), date(2025, 1, 1)):
        every = savings.all_balances(as_of)
        assert set(every) == set(ids)  # members without savings too
        assert every == {i: savings.balances(i, as_of) for i in ids}
    assert savings.all_balances()[ids[2]] == SavingsBalances(0, 0, 25_000, 25_000)
    assert savings.all_balances()[ids[3]] == SavingsBalances(0, 0, 0, 0)
    with pytest.raises(Rejected) as info:
        savings.balances(999)
    assert info.value.codes() == ["member.not_found"]


def test_every_deposit_has_its_receipt_and_a_refused_one_takes_no_number(book):
    from app import receipts

    siti = member()
    pokok = savings.deposit(siti, "pokok", 10_000, JOINED)
    assert pokok.receipt_number == "KW/2026/000001" == receipts.for_entry(pokok.entry_id)
    first = savings.deposit(siti, "wajib", 15_000, date(2026, 2, 3), memo="Januari-Maret")
    assert first.receipt_number == "KW/2026/000002"
    row = receipts.get(first.receipt_number)
    assert (row.member_id, row.amount_rp, row.direction) == (siti, 15_000, receipts.IN)
    assert [(line.purpose, line.amount_rp) for line in row.lines] == [("Simpanan wajib (Januari-Maret)", 15_000)]
    refused(savings.deposit, siti, "pokok", 10_000, date(2026, 2, 4))  # paid already: nothing written
    refused(savings.deposit, siti, "sukarela", 0, date(2026, 2, 4))
    bank = savings.deposit(siti, "sukarela", 250_000, date(2026, 2, 5), cash_account="1-102")
    assert bank.receipt_number == "KW/2026/000003"  # gapless: the refusals took none
    assert db.execute_sql("SELECT count(*) FROM receipts").fetchone()[0] == 3
