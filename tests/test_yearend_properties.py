"""Property tests of the SHU (hypothesis): random books, split rules and member histories."""

from __future__ import annotations

import itertools
import shutil
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app import ledger, savings
from app.db import close_book, open_book
from app.yearend import periods, rule, shu
from app.yearend.rule import MEMBERS_CAPITAL, MEMBERS_LOANS
from loan_support import fund
from tests.yearend_support import expense, income, jasa, member
from tests.yearend_support import savings as deposit

MEMBERS = 7
PROPS = hsettings(deadline=None, max_examples=40,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_counter = itertools.count()


@pytest.fixture(scope="module")
def shu_template(template_book, tmp_path_factory):
    path = tmp_path_factory.mktemp("shu") / "template.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    joined = [date(2025, 1, 2) + timedelta(days=40 * i) for i in range(MEMBERS)]
    ids = tuple(member(f"Anggota {i}", joined_on=joined[i]) for i in range(MEMBERS))
    close_book()
    return path, ids, tuple(joined)


@st.composite
def books(draw):
    """Each member: savings deposits and jasa paid on random days after she joined; the group's
    other income and costs; a split rule of 2-7 lines adding to 100 % in basis points."""
    history = []
    for i in range(MEMBERS):
        deposits = draw(st.lists(st.integers(1, 2_000_000), max_size=3))
        paid = draw(st.lists(st.integers(1, 500_000), max_size=3))
        history.append((deposits, paid, draw(st.integers(0, 300))))
    other_income = draw(st.integers(0, 3_000_000))
    costs = draw(st.integers(0, 1_000_000))
    count = draw(st.integers(2, 7))
    cuts = sorted(draw(st.lists(st.integers(1, 9_999), min_size=count - 1, max_size=count - 1, unique=True)))
    bps = [b - a for a, b in zip([0, *cuts], [*cuts, 10_000])]
    places = [MEMBERS_CAPITAL, MEMBERS_LOANS] + [draw(st.sampled_from(rule.ACCOUNT_DESTINATIONS))
                                                 for _ in range(count - 2)]
    basis = draw(st.sampled_from(shu.SAVINGS_BASES))
    return history, other_income, costs, list(zip(places, bps)), basis


@PROPS
@given(books())
def test_shares_add_up_and_posting_empties_the_surplus(shu_template, drawn):
    template, ids, joined = shu_template
    history, other_income, costs, lines, basis = drawn
    path = template.with_name(f"ex{next(_counter)}.sqlite")
    shutil.copy(template, path)
    open_book(path)
    try:
        for member_id, start, (deposits, paid, offset) in zip(ids, joined, history):
            on = min(start + timedelta(days=offset), date(2025, 12, 31))
            for amount in deposits:
                deposit(member_id, amount, on)
            for amount in paid:
                jasa(member_id, amount, on)
        deposit(ids[0], 10_000, date(2025, 1, 2))  # someone has savings and paid jasa
        jasa(ids[0], 1_000, date(2025, 1, 2))
        if other_income:
            income(other_income, date(2025, 6, 30))
        if costs:
            fund(date(2025, 9, 30), costs)  # a grant (equity, not income): the box may hold less than the costs
            expense(costs, date(2025, 9, 30))
        rule.set_rule(date(2025, 1, 1), [(f"Bagian {i}", place, _percent(bp)) for i, (place, bp) in enumerate(lines)])
        shu.set_options(basis, "exclude")
        plan = shu.compute(2025)
        if plan.is_loss:
            assert all(line.amount_rp == 0 for line in plan.lines)
            return
        assert sum(line.amount_rp for line in plan.lines) == plan.shu_rp
        jm = sum(line.amount_rp for line in plan.lines if line.destination == MEMBERS_CAPITAL)
        jp = sum(line.amount_rp for line in plan.lines if line.destination == MEMBERS_LOANS)
        assert sum(m.capital_rp for m in plan.members) == jm
        assert sum(m.loans_rp for m in plan.members) == jp
        assert sum(m.total_rp for m in plan.members) == jm + jp == plan.members_rp
        assert all(m.capital_rp >= 0 and m.loans_rp >= 0 for m in plan.members)
        assert all(line.amount_rp >= 0 for line in plan.lines)
        periods.close_year(2025)
        shu.post(2025, date(2026, 3, 1))
        assert ledger.account_balance("3-401") == 0
        assert sum(r.debit_rp - r.credit_rp for r in ledger.trial_balance()) == 0
        assert sum(savings.balances(m.member_id).sukarela_rp for m in plan.members) == jm + jp
    finally:
        close_book()
        path.unlink()


def _percent(bp: int) -> str:
    """Basis points as people type a percentage: 1250 -> "12,5"."""
    whole, rest = divmod(bp, 100)
    return f"{whole},{rest:02d}".rstrip("0").rstrip(",")
