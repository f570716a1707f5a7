"""Random openings: a valid one commits to a book whose trial balance is zero and whose members
hold the savings the draft says; a corrupted one is refused and leaves the book as it was."""

import shutil
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from opening_support import counts, no_loans, trial_balance_zero  # noqa: F401 (a fixture)

from app import ledger, members, savings
from app.db import close_book, open_book
from app.errors import Rejected
from app.opening import commit, neraca
from app.opening.draft import (AssetLine, BalanceLine, CashLine, FunderLine, MemberLine, Opening, SavingsLine,
                               StockLine)

pytestmark = pytest.mark.usefixtures("no_loans")
ON = date(2026, 1, 1)
AMOUNT = st.integers(0, 10**9)
FEW = hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@contextmanager
def fresh_book(template_book, tmp_path):
    """A new empty book for each example (the `book` fixture is one per test, not per example)."""
    path = tmp_path / "example.sqlite"
    path.unlink(missing_ok=True)
    shutil.copy(template_book, path)
    open_book(path)
    try:
        yield
    finally:
        close_book()


@st.composite
def openings(draw) -> Opening:
    numbers = draw(st.lists(st.integers(1, 9999), min_size=1, max_size=6, unique=True))
    people = [MemberLine(number=n, name=f"Anggota {n}", joined_on=draw(st.dates(date(2015, 1, 1), ON)))
              for n in numbers]
    saved = [SavingsLine(n, draw(AMOUNT), draw(AMOUNT), None, draw(AMOUNT))
             for n in numbers if draw(st.booleans())]
    opening = Opening(
        on=ON, members=people, savings=saved,
        cash=[CashLine(code, draw(AMOUNT)) for code in draw(st.lists(st.sampled_from(["1-101", "1-102"]), max_size=2))],
        funders=[FunderLine(name=f"Donatur {i}", grant_rp=draw(AMOUNT)) for i in range(draw(st.integers(0, 2)))],
        stock=[StockLine("Telur Alabio", f"Telur {i}", "product", unit, Decimal(draw(st.integers(1, 500))),
                         draw(st.integers(0, 10**6)), 1_000)
               for i, unit in enumerate(draw(st.lists(st.sampled_from(["butir", "rak", "kg"]), max_size=3)))],
        assets=[AssetLine(name=f"Alat {i}", acquired_on=date(2020, 5, 1), value_rp=value,
                          depreciated_rp=draw(st.integers(0, value)))
                for i, value in enumerate(draw(st.lists(st.integers(1, 10**8), max_size=2)))],
        balances=[BalanceLine("3-301", draw(st.integers(1, 10**8)))] if draw(st.booleans()) else [],
    )
    plug = neraca.preview(opening).difference_rp
    if plug and draw(st.booleans()):
        opening.balances.append(BalanceLine("3-501", plug))  # Modal awal balances it
    elif plug:
        opening.difference_note = "Selisih catatan lama"
    return opening


@FEW
@given(openings())
def test_a_valid_opening_balances_and_keeps_each_members_savings(template_book, tmp_path, opening):
    with fresh_book(template_book, tmp_path):
        done = commit.commit(opening)
        assert trial_balance_zero()
        assert -ledger.account_balance("3-502") == done.difference_rp == neraca.preview(opening).difference_rp
        ids = {m.number: m.id for m in members.list_members()}
        assert sorted(ids) == sorted(line.number for line in opening.members)
        for line in opening.savings:
            held = savings.balances(ids[line.member_number])
            assert (held.pokok_rp, held.wajib_rp, held.sukarela_rp) == (line.pokok_rp, line.wajib_rp, line.sukarela_rp)


SPOILERS = {
    "duplicate number": lambda o: o.members.append(replace(o.members[0], name="Kembar")),
    "member not listed": lambda o: o.savings.append(SavingsLine(10_000, 1, 0, 0, 0)),
    "negative savings": lambda o: o.savings.append(SavingsLine(o.members[0].number, -1, 0, 0, 0)),
    "fed account": lambda o: o.balances.append(BalanceLine("1-301", 5)),
    "income account": lambda o: o.balances.append(BalanceLine("4-101", 5)),
    "joined after": lambda o: o.members.__setitem__(0, replace(o.members[0], joined_on=date(2026, 2, 1))),
    "not a cash account": lambda o: o.cash.append(CashLine("1-201", 5)),
    "half an egg": lambda o: o.stock.append(StockLine("Telur Alabio", "Pecah", "product", "butir", Decimal("0.5"),
                                                      1, 1)),
    "depreciated above value": lambda o: o.assets.append(AssetLine(name="Meja", acquired_on=ON, value_rp=5,
                                                                   depreciated_rp=6)),
    "amount as text": lambda o: o.cash.append(CashLine("1-101", "Rp1.000")),
    "no date": lambda o: setattr(o, "on", None),
    "unexplained difference": lambda o: unexplained(o),
}


def unexplained(opening: Opening) -> None:
    opening.difference_note = ""
    opening.cash.append(CashLine("1-101", 7))
    if not neraca.preview(opening).difference_rp:
        opening.cash.append(CashLine("1-101", 1))


@FEW
@given(openings(), st.lists(st.sampled_from(sorted(SPOILERS)), min_size=1, max_size=3))
def test_a_corrupted_opening_is_refused_and_writes_nothing(template_book, tmp_path, opening, spoilers):
    for name in spoilers:
        SPOILERS[name](opening)
    with fresh_book(template_book, tmp_path):
        before = counts()
        with pytest.raises(Rejected):
            commit.commit(opening)
        assert counts() == before
