"""Property tests: whatever deposits, withdrawals, reversals and leavings are tried (valid or
not), the savings rules hold. An independent model in Python says which must be accepted and
what every balance is; a refusal writes nothing; no balance is ever below zero at the end of a
day; the passbook ends at the balance; the ledger's 2-101 is the sum of the members' sukarela.

Each example gets its own book: a copy of a module template holding three members, each with
an opening sukarela deposit.
"""

from __future__ import annotations

import itertools
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app import clock, leaving, ledger, reversals, savings
from app.db import close_book, db, open_book
from app.errors import Rejected
from app.members import MemberInput, add_member

START = date(2026, 1, 1)
JOINED = START + timedelta(days=10)
NOW = datetime(2026, 8, 17, 9, 30)  # conftest's fixed clock
TODAY = NOW.date()
MEMBERS = 3
OPENING_RP = 30_000
KINDS = savings.KINDS
TABLES = ("journal_entries", "postings", "members")

PROPS = hsettings(
    deadline=None,
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

_counter = itertools.count()


@pytest.fixture(scope="module")
def savings_template(template_book, tmp_path_factory):
    path = tmp_path_factory.mktemp("savings-props") / "template.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    clock.fix(NOW)  # the autouse fixed clock is not set yet for a module fixture
    ids = tuple(add_member(MemberInput(name=f"Anggota {i}", joined_on=JOINED)).id for i in range(MEMBERS))
    # Something to withdraw from the start; the model is told of these entries.
    opening = {savings.deposit(m, "sukarela", OPENING_RP, JOINED).entry_id: m for m in ids}
    clock.fix(None)
    close_book()
    return path, ids, opening


@pytest.fixture
def fresh_book(savings_template):
    """A factory: each call opens a new copy of the template (closing the previous one) and
    returns the model of what it holds."""
    template, ids, opening = savings_template
    made = []

    def close():
        if made:
            close_book()
            made.pop().unlink()

    def open_copy():
        close()
        path = template.with_name(f"ex{next(_counter)}.sqlite")
        shutil.copy(template, path)
        open_book(path)
        made.append(path)
        model = Model(ids)
        for entry_id, m in opening.items():
            model.post(entry_id, [(m, "sukarela", JOINED, OPENING_RP)])
        return model

    yield open_copy
    close()


# --- strategies: day 10 is the joining day, day 228 today ----------------------------------


def mostly(valid, invalid):
    """Nine draws in ten from `valid`: most operations should pass, and refusals still come."""
    return st.tuples(st.integers(0, 9), valid, invalid).map(lambda t: t[2] if t[0] == 9 else t[1])


member = mostly(st.integers(0, MEMBERS - 1), st.just(MEMBERS))  # MEMBERS: one that does not exist
outside = st.sampled_from([0, 9, 229, 235])  # before she joined, in the future
# Deposits lean early and withdrawals late, so that there is often something to withdraw.
early, late = mostly(st.integers(10, 150), outside), mostly(st.integers(60, 228), outside)
paid_in = mostly(st.one_of(st.integers(1, 100_000), st.just(savings.DEFAULT_POKOK_RP)), st.integers(-3, 0))
taken_out = mostly(st.integers(1, 20_000), st.integers(-3, 0))
deposit_kind = mostly(st.sampled_from(["sukarela", "sukarela", "wajib", "pokok"]), st.just("harian"))
deposit_op = st.tuples(st.just("deposit"), member, deposit_kind, paid_in, early)
withdraw_op = st.tuples(st.just("withdraw"), member, mostly(st.just("sukarela"), st.just("wajib")), taken_out, late)
reverse_op = st.tuples(st.just("reverse"), st.integers(0, 10**6), st.integers(0, 90))
leave_op = st.tuples(st.just("leave"), member, mostly(st.integers(150, 228), outside))
weighted = [deposit_op] * 8 + [withdraw_op] * 8 + [reverse_op] * 3 + [leave_op] * 2
any_op = st.sampled_from(weighted).flatmap(lambda op: op)
operations = st.lists(any_op, min_size=1, max_size=20)


# --- the independent model ------------------------------------------------------------------


@dataclass
class Model:
    ids: tuple[int, ...]
    moves: list[tuple[int, str, date, int]] = field(default_factory=list)  # member, kind, day, +in/-out
    entries: dict[int, dict] = field(default_factory=dict)  # entry id -> its moves and state
    left: set[int] = field(default_factory=set)

    def post(self, entry_id: int, moves: list[tuple[int, str, date, int]], **info) -> None:
        self.entries[entry_id] = {"moves": moves, "reversed": False, **info}
        self.moves += moves

    def balance(self, m: int, kind: str, as_of: date = TODAY) -> int:
        return sum(a for mm, k, d, a in self.moves if mm == m and k == kind and d <= as_of)

    def lowest_from(self, m: int, kind: str, on: date, extra: int = 0) -> int:
        """Her lowest end-of-day balance from `on` onwards, after adding `extra` on `on`."""
        days = {on} | {d for mm, k, d, _ in self.moves if mm == m and k == kind and d > on}
        return min(self.balance(m, kind, d) for d in days) + extra

    def active(self, m: int) -> bool:
        return m in self.ids and m not in self.left


def run(model: Model, op) -> None:
    """Try one operation; check the service accepts exactly what the model accepts."""
    snapshot = {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}
    expected_ok, call, moves, info = plan(model, op)
    try:
        entry_id = call()
    except Rejected:
        assert not expected_ok, op
        assert snapshot == {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}
        return
    assert expected_ok, op
    if op[0] == "leave":
        model.left.add(model.ids[op[1]])
    if "reverses" in info:
        model.entries[info["reverses"]]["reversed"] = True
    if entry_id is None:  # she left with nothing held (these members have no loans)
        assert op[0] == "leave" and not moves
    else:
        model.post(entry_id, moves, **info)


def plan(model: Model, op):
    """What the rules say about an operation: accepted?, the call, its moves, entry info."""
    ids = model.ids
    if op[0] == "reverse":
        candidates = [i for i, e in model.entries.items() if not e["reversed"] and "reverses" not in e]
        if not candidates:
            return False, lambda: reversals.reverse(10**6, "koreksi"), [], {}
        target = candidates[op[1] % len(candidates)]
        first = min(d for _, _, d, _ in model.entries[target]["moves"])
        on = first + timedelta(days=op[2])
        mirror = [(m, k, on, -a) for m, k, _, a in model.entries[target]["moves"]]
        ok = (on <= TODAY and all(model.lowest_from(m, k, on, a) >= 0 for m, k, _, a in mirror)
              and not model.entries[target].get("pays_out_locked"))  # a settlement on leaving stays
        return ok, lambda: reversals.reverse(target, "koreksi", on), mirror, {"reverses": target}
    m = ids[op[1]] if op[1] < MEMBERS else 10**6
    if op[0] == "leave":
        _, _, d = op
        on = START + timedelta(days=d)
        held = {k: model.balance(m, k) for k in KINDS}
        later = any(mm == m and dd > on for mm, _, dd, _ in model.moves)
        ok = model.active(m) and JOINED <= on <= TODAY and not later
        moves = [(m, k, on, -a) for k, a in held.items() if a]
        locked = any(k in ("pokok", "wajib") for _, k, _, _ in moves)  # only leaving pays those out
        return ok, lambda: leaving.settle(m, on).entry_id, moves, {"pays_out_locked": locked}
    _, _, kind, rp, d = op
    on = START + timedelta(days=d)
    valid = model.active(m) and JOINED <= on <= TODAY and rp > 0
    if op[0] == "deposit":
        ok = valid and kind in KINDS
        if kind == "pokok":
            ok = ok and rp == savings.DEFAULT_POKOK_RP and model.balance(m, "pokok") == 0
        return ok, lambda: savings.deposit(m, kind, rp, on).entry_id, [(m, kind, on, rp)], {}
    ok = valid and kind == "sukarela" and model.lowest_from(m, kind, on, -rp) >= 0
    return ok, lambda: savings.withdraw(m, rp, on, kind=kind).entry_id, [(m, kind, on, -rp)], {}


def check(model: Model) -> None:
    every = savings.all_balances()
    for m in model.ids:
        expected = {k: model.balance(m, k) for k in KINDS}
        got = savings.balances(m)
        assert (got.pokok_rp, got.wajib_rp, got.sukarela_rp) == tuple(expected.values())
        assert every[m] == got
        for kind in KINDS:
            rows = savings.passbook(m, kind)
            assert (rows[-1].saldo_rp if rows else 0) == expected[kind]
            end_of_day = {r.entry_date: r.saldo_rp for r in rows}  # the last row of each day
            assert all(saldo >= 0 for saldo in end_of_day.values()), (m, kind, rows)
        everything = savings.passbook(m)
        assert (everything[-1].saldo_rp if everything else 0) == got.total_rp
    sukarela = ledger.natural_balance("liability", ledger.account_balance("2-101"))
    assert sukarela == sum(b.sukarela_rp for b in every.values())


@PROPS
@given(ops=operations)
def test_any_sequence_keeps_the_savings_rules(fresh_book, ops):
    model = fresh_book()
    for op in ops:
        run(model, op)
    check(model)
