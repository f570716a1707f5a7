"""Random openings: a valid one commits to a book whose trial balance is zero, whose 1-201 is the
pokok still owed on its loans and whose members hold the savings the draft says; a corrupted
one is refused and leaves the book as it was."""

import shutil
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from opening_support import counts, trial_balance_zero

from app import ledger, members, savings
from app.db import close_book, open_book
from app.errors import Rejected
from app.opening import commit, neraca
from app.loans import schedule
from app.opening.draft import (AssetLine, BalanceLine, CashLine, FunderLine, LoanLine, MemberLine, Opening,
                               SavingsLine, StockLine)

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
    people = [MemberLine(number=n, name=f"Anggota {n}", joined_on=draw(st.dates(date(2015, 1, 1), date(2023, 12, 31))))
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
        loans=[draw(running_loans(number, index)) for index, number in enumerate(numbers) if draw(st.booleans())],
    )
    plug = neraca.preview(opening).difference_rp
    if plug and draw(st.booleans()):
        opening.balances.append(BalanceLine("3-501", plug))  # Modal awal balances it
    elif plug:
        opening.difference_note = "Selisih catatan lama"
    return opening


def original(line: LoanLine) -> list[schedule.ScheduleRow]:
    """The loan's schedule as first given (terms without a product: an exact one, unit 1)."""
    return schedule.generate(line.principal_rp, line.rate, line.periods, line.method, 1, line.first_due, line.period)


@st.composite
def running_loans(draw, number: int, index: int) -> LoanLine:
    """A loan running on the opening date: k instalments paid, or the pokok owed and the next due
    date (the next instalment part paid)."""
    first_due = draw(st.dates(date(2024, 2, 1), date(2025, 12, 1)))
    line = LoanLine(member_number=number, number=f"L-{index}", method=draw(st.sampled_from(schedule.METHODS)),
                    rate=Decimal(draw(st.integers(0, 300))) / 10_000, period="monthly",
                    periods=draw(st.integers(2, 24)), principal_rp=draw(st.integers(100, 500)) * 10_000,
                    disbursed_on=date(2024, 1, 15), first_due=first_due)
    rows = original(line)
    paid = draw(st.integers(0, line.periods - 1))
    if draw(st.booleans()):
        return replace(line, instalments_paid=paid)
    cut = draw(st.integers(0, rows[paid].pokok_rp - 1))
    return replace(line, outstanding_rp=sum(r.pokok_rp for r in rows[paid:]) - cut, next_due=rows[paid].due_date)


def owed(line: LoanLine) -> int:
    rows = original(line)
    return line.outstanding_rp if line.instalments_paid is None else sum(r.pokok_rp for r in rows[line.instalments_paid:])


@FEW
@given(openings())
def test_a_valid_opening_balances_and_keeps_each_members_savings(template_book, tmp_path, opening):
    with fresh_book(template_book, tmp_path):
        done = commit.commit(opening)
        assert trial_balance_zero()
        assert ledger.account_balance("1-201") == sum(owed(line) for line in opening.loans)
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
    "loan paid off": lambda o: o.loans.append(paid_off(next(iter(o.loans), FLAT_LOAN))),
    "loan of no member": lambda o: o.loans.append(replace(FLAT_LOAN, member_number=10_000)),
    "unexplained difference": lambda o: unexplained(o),
}


FLAT_LOAN = LoanLine(member_number=0, number="L-y", method="flat", rate=Decimal("0.02"), period="monthly", periods=12,
                     principal_rp=1_200_000, disbursed_on=date(2025, 1, 5), first_due=date(2025, 2, 5), instalments_paid=3)


def paid_off(line: LoanLine) -> LoanLine:
    return replace(line, number="L-x", instalments_paid=line.periods, outstanding_rp=None, next_due=None)


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
