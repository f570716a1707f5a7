"""Moving in (Mulai buku) on both engines (issue 16): a realistic opening (members, savings,
running loans, a funder's grant, a bank loan, stock, equipment, cash) kept as a draft, resumed
and committed, its balances read back through the services, a refusal that writes nothing, and
nothing posted before the opening, each on a SQLite book and on a PostgreSQL book (any_book)."""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger, members, savings, settings
from app.errors import Rejected
from app.funds import bank
from app.loans import lifecycle
from app.opening import check, commit, entries, neraca, store
from app.opening.draft import SavingsLine
from opening_support import OPENING_ON, counts, realistic_opening, trial_balance_zero


def test_an_opening_drafted_resumed_and_committed(any_book):
    opening = realistic_opening(members=20, loans=8)
    assert store.can_open() and store.load() is None
    store.save(opening)
    opening.difference_note = "kedua"
    store.save(opening)  # replaces the draft, one row
    assert store.load() == opening
    assert check.check(opening) == []
    preview = neraca.preview(opening)
    assert preview.difference_rp == 0

    done = commit.commit(opening)
    assert done.difference_rp == 0 and done.members == 20
    assert store.load() is None and not store.can_open()
    assert trial_balance_zero()
    cash = {line.account: line.amount_rp for line in opening.cash}
    assert ledger.account_balance("1-101") == cash["1-101"] and ledger.account_balance("1-102") == cash["1-102"]
    loans = lifecycle.list_loans()
    assert len(loans) == 8 and {loan.number for loan in loans} == {line.number for line in opening.loans}
    assert ledger.account_balance("1-201") == sum(loan.outstanding_rp for loan in loans) > 0
    owed_to_bank = sum(loan.owed_pokok_rp for loan in bank.list_loans())
    assert -ledger.account_balance("2-201") == owed_to_bank > 0
    assert -ledger.account_balance("3-201") == sum(f.grant_rp for f in opening.funders)
    by_number = {m.number: m.id for m in members.list_members()}
    for line in opening.savings:
        held = savings.balances(by_number[line.member_number])
        assert (held.pokok_rp, held.wajib_rp, held.sukarela_rp) == (line.pokok_rp, line.wajib_rp, line.sukarela_rp)
    assert set(entries.opening_entry_ids().values()) >= {"savings", "cash", "loans", "funders", "stock", "assets"}
    assert settings.get(ledger.OPENING_DATE) == OPENING_ON.isoformat()

    with pytest.raises(Rejected) as refused:
        ledger.post_entry(date(2025, 12, 30), "Lupa", [ledger.debit("1-101", 5), ledger.credit("3-501", 5)])
    assert refused.value.codes() == ["ledger.before_opening"]


def test_a_refused_opening_writes_nothing(any_book):
    opening = realistic_opening(members=10, loans=4)
    opening.savings.append(SavingsLine(99, 10_000, 0, 0, 0))  # no member 99
    before = counts()
    with pytest.raises(Rejected) as refused:
        commit.commit(opening)
    assert "opening.member_not_listed" in refused.value.codes()
    assert counts() == before and store.can_open()
