"""Property tests: whatever valid entries and reversals are posted, the books stay balanced and
every balance equals what an independent model in Python says; an invalid entry changes nothing.

Each example gets its own book: a copy of a session template that already holds three members.
"""

from __future__ import annotations

import itertools
import shutil
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings as hsettings, strategies as st

from app import accounts, ledger, settings
from app.db import close_book, db, open_book
from app.errors import Rejected
from app.ledger import Line
from app.members import MemberInput, add_member

MAX = 10**15 - 1
START = date(2026, 1, 1)
BUSINESSES = (1, 2, 3, 4, 5)  # the five seeded groups
MEMBERS = 3
CHART = (
    "1-101 1-102 1-201 1-202 1-203 1-301 1-401 1-402 2-101 2-102 2-201 2-301 2-302 2-303 "
    "3-101 3-102 3-201 3-301 3-401 3-501 3-502 4-101 4-102 4-103 4-201 4-301 4-302 4-303 4-304 5-101 5-102 5-201 5-202 "
    "5-203 5-204 5-205 5-206 5-301 5-302 5-303"
).split()
TABLES = ("journal_entries", "postings", "members", "business_members", "accounts", "settings", "sequences", "businesses")

PROPS = hsettings(
    deadline=None,
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

_counter = itertools.count()


@pytest.fixture(scope="module")
def prop_template(template_book, tmp_path_factory):
    path = tmp_path_factory.mktemp("props") / "template.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    member_ids = [add_member(MemberInput(name=f"Anggota {i}", joined_on=START)).id for i in range(MEMBERS)]
    assert [a.code for a in accounts.list_accounts()] == CHART
    close_book()
    return path, tuple(member_ids)


class FreshBook:
    """A new copy of the template, opened; closed and removed on exit."""

    def __init__(self, template):
        self.template, self.member_ids = template

    def __enter__(self):
        self.path = self.template.with_name(f"ex{next(_counter)}.sqlite")
        shutil.copy(self.template, self.path)
        open_book(self.path)
        return self

    def __exit__(self, *exc):
        close_book()
        self.path.unlink()


# --- strategies --------------------------------------------------------------------------


@st.composite
def parts(draw, total: int, count: int) -> list[int]:
    """`count` positive integers adding up to `total` (total >= count)."""
    if count == 1:
        return [total]
    cuts = sorted(draw(st.lists(st.integers(1, total - 1), min_size=count - 1, max_size=count - 1, unique=True)))
    bounds = [0, *cuts, total]
    return [b - a for a, b in zip(bounds, bounds[1:])]


@st.composite
def balanced_lines(draw) -> list[tuple[str, int, int | None, int | None]]:
    """2..6 lines of 1..10^15 rupiah each, summing to zero, on random accounts and tags."""
    n = draw(st.integers(2, 6))
    debits = draw(st.integers(1, n - 1))
    credits = n - debits
    total = draw(st.integers(max(debits, credits), MAX))
    amounts = draw(parts(total, debits)) + [-a for a in draw(parts(total, credits))]
    amounts = draw(st.permutations(amounts))
    lines = []
    for amount in amounts:
        code = draw(st.sampled_from(CHART))
        member = draw(st.none() | st.integers(0, MEMBERS - 1))
        business = draw(st.none() | st.sampled_from(BUSINESSES))
        lines.append((code, amount, member, business))
    return lines


post_op = st.tuples(st.just("post"), st.integers(0, 200), balanced_lines())
reverse_op = st.tuples(st.just("reverse"), st.integers(0, 10**6), st.integers(0, 60))
operations = st.lists(st.one_of(post_op, post_op, reverse_op), min_size=1, max_size=12)


# --- the independent model -----------------------------------------------------------------


class Model:
    def __init__(self, member_ids):
        self.member_ids = member_ids
        self.postings: list[tuple[date, str, int, int | None, int | None]] = []  # date, code, amount, member, business
        self.entries: dict[int, dict] = {}

    def post(self, entry_id, when, lines, reverses=None):
        self.entries[entry_id] = {"date": when, "lines": lines, "reversed": False, "reverses": reverses}
        self.postings += [(when, code, amount, member, business) for code, amount, member, business in lines]

    def reversible(self) -> list[int]:
        return [i for i, e in self.entries.items() if not e["reversed"] and e["reverses"] is None]

    def balance(self, code=None, member=None, business=None, as_of=None) -> int:
        return sum(
            amount
            for when, c, amount, m, b in self.postings
            if (code is None or c == code)
            and (member is None or m == member)
            and (business is None or b == business)
            and (as_of is None or when <= as_of)
        )

    def by_account(self, as_of=None) -> dict[str, int]:
        totals: dict[str, int] = {}
        for when, code, amount, _, _ in self.postings:
            if as_of is None or when <= as_of:
                totals[code] = totals.get(code, 0) + amount
        return totals


def overdraws(model: Model, when: date, lines) -> bool:
    """The model of the cash rule: an entry taking money out of Kas or Bank (1-1xx) that would
    leave it below zero at the end of its day or of any later day."""
    for code in {line[0] for line in lines if line[0].startswith("1-1")}:
        moved = sum(line[1] for line in lines if line[0] == code)
        days = {when} | {day for day, c, *_ in model.postings if c == code and day > when}
        if moved < 0 and any(model.balance(code, as_of=day) + moved < 0 for day in days):
            return True
    return False


def refused_for_cash(call) -> None:
    with pytest.raises(Rejected) as caught:
        call()
    assert set(caught.value.codes()) == {"cash.insufficient"}  # one issue for each account short


def run(model: Model, ops) -> None:
    for op in ops:
        if op[0] == "post":
            _, day, raw = op
            when = START + timedelta(days=day)
            lines = [(code, amount, model.member_ids[m] if m is not None else None, b) for code, amount, m, b in raw]
            post = lambda: ledger.post_entry(when, f"Jurnal {len(model.entries) + 1}",  # noqa: E731
                                             [Line(*line) for line in lines])
            if overdraws(model, when, lines):
                refused_for_cash(post)
                continue
            model.post(post(), when, lines)
        else:
            _, pick, extra = op
            candidates = model.reversible()
            if not candidates:
                continue
            original = candidates[pick % len(candidates)]
            when = model.entries[original]["date"] + timedelta(days=extra)
            mirror = [(code, -amount, m, b) for code, amount, m, b in model.entries[original]["lines"]]
            if overdraws(model, when, mirror):
                refused_for_cash(lambda: ledger._reverse_entry(original, "koreksi", when))
                continue
            storno = ledger._reverse_entry(original, "koreksi", when)
            model.entries[original]["reversed"] = True
            model.post(storno, when, mirror, reverses=original)
        check_trial_balance(model)
        for code in ("1-101", "1-102"):  # and no cash balance below zero on any day
            assert all(model.balance(code, as_of=day) >= 0 for day, c, *_ in model.postings if c == code)


def check_trial_balance(model: Model, as_of: date | None = None) -> None:
    rows = ledger.trial_balance(as_of)
    assert sum(r.debit_rp for r in rows) == sum(r.credit_rp for r in rows)
    for r in rows:
        assert min(r.debit_rp, r.credit_rp) == 0
    # the accounts listed are exactly those with postings, each at the model's balance
    expected = model.by_account(as_of)
    assert {r.code: r.debit_rp - r.credit_rp for r in rows} == dict(expected)


def dump() -> dict[str, list]:
    return {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


# --- properties ----------------------------------------------------------------------------


@PROPS
@given(ops=operations, probe=st.integers(0, 260))
def test_valid_postings_and_reversals_keep_the_books(prop_template, ops, probe):
    with FreshBook(prop_template) as fresh:
        model = Model(fresh.member_ids)
        run(model, ops)
        as_of = START + timedelta(days=probe)
        check_trial_balance(model, as_of)
        for code in CHART:
            assert ledger.account_balance(code) == model.balance(code)
            assert ledger.account_balance(code, as_of) == model.balance(code, as_of=as_of)
        for member in fresh.member_ids:
            assert ledger.member_balance(member) == model.balance(member=member)
            assert ledger.member_balance(member, "2-101", as_of) == model.balance("2-101", member=member, as_of=as_of)
        for business in BUSINESSES:
            assert ledger.business_balance(business) == model.balance(business=business)
        # links both ways, as the model says
        for entry_id, e in model.entries.items():
            got = ledger.get_entry(entry_id)
            assert got.reverses_id == e["reverses"]
            assert (got.reversed_by_id is not None) == e["reversed"]
        assert db.execute_sql("SELECT count(*) FROM postings").fetchone()[0] == len(model.postings)


def _break(kind: str, lines: list[Line], data) -> tuple[date, str, list[Line], str]:
    """Turn a valid entry into an invalid one; return it with the code it must be refused with."""
    when, description = START + timedelta(days=30), "Salah"
    i = data.draw(st.integers(0, len(lines) - 1), label="line")
    line = lines[i]

    def replace(**kw):
        return [Line(**{**l.__dict__, **kw}) if j == i else l for j, l in enumerate(lines)]

    if kind == "unbalanced":
        delta = data.draw(st.integers(-5, 5).filter(bool), label="delta")
        new = line.amount_rp + delta
        if new == 0 or abs(new) > MAX:  # cannot move this line by delta: add a stray line instead
            return when, description, [*lines, Line("1-101", delta)], "entry.unbalanced"
        return when, description, replace(amount_rp=new), "entry.unbalanced"
    if kind == "zero":
        return when, description, [*lines, Line(data.draw(st.sampled_from(CHART)), 0)], "posting.zero_amount"
    if kind == "too_big":
        big = data.draw(st.integers(MAX + 1, 10**16), label="big")
        return when, description, [*lines, Line("1-101", big), Line("3-201", -big)], "posting.amount_too_large"
    if kind == "unknown_account":
        return when, description, replace(account=data.draw(st.sampled_from(["9-999", "1-999", "", "1101"]))), "posting.unknown_account"
    if kind == "inactive_account":
        accounts.set_active(line.account, False)
        return when, description, lines, "posting.inactive_account"
    if kind == "not_int":
        value = data.draw(st.sampled_from([float(line.amount_rp), Decimal(line.amount_rp), line.amount_rp > 0]))
        return when, description, replace(amount_rp=value), "posting.not_whole_rupiah"
    if kind == "unknown_member":
        return when, description, replace(member_id=data.draw(st.integers(100, 10**6))), "posting.unknown_member"
    if kind == "unknown_business":
        return when, description, replace(business_id=data.draw(st.integers(6, 10**6))), "posting.unknown_business"
    if kind == "one_line":
        return when, description, [line], "entry.too_few_postings"
    if kind == "no_description":
        return when, data.draw(st.sampled_from(["", " ", "\t\n"])), lines, "required"
    if kind == "closed":
        settings.close_period(when)
        return when - timedelta(days=data.draw(st.integers(0, 30))), description, lines, "entry.period_closed"
    raise AssertionError(kind)


KINDS = [
    "unbalanced", "zero", "too_big", "unknown_account", "inactive_account", "not_int",
    "unknown_member", "unknown_business", "one_line", "no_description", "closed",
]


@hsettings(PROPS, max_examples=120)
@given(before=st.lists(post_op, max_size=4), lines=balanced_lines(), kind=st.sampled_from(KINDS), data=st.data())
def test_invalid_entries_change_nothing(prop_template, before, lines, kind, data):
    with FreshBook(prop_template) as fresh:
        model = Model(fresh.member_ids)
        run(model, before)
        valid = [
            Line(code, amount, fresh.member_ids[m] if m is not None else None, b) for code, amount, m, b in lines
        ]
        when, description, bad, code = _break(kind, valid, data)
        snapshot = dump()
        with pytest.raises(Rejected) as info:
            ledger.post_entry(when, description, bad)
        assert code in info.value.codes()
        assert dump() == snapshot
        check_trial_balance(model)


@hsettings(PROPS, max_examples=50)
@given(ops=st.lists(post_op, min_size=1, max_size=4), data=st.data())
def test_refused_reversals_change_nothing(prop_template, ops, data):
    with FreshBook(prop_template) as fresh:
        model = Model(fresh.member_ids)
        run(model, ops)
        assume(model.entries)  # not every entry was refused for want of cash
        target = data.draw(st.sampled_from(sorted(model.entries)))
        kind = data.draw(st.sampled_from(["twice", "of_reversal", "no_reason", "too_early", "missing"]))
        original_date = model.entries[target]["date"]
        if kind in ("twice", "of_reversal"):
            mirror = [(code, -amount, m, b) for code, amount, m, b in model.entries[target]["lines"]]
            assume(not overdraws(model, original_date, mirror))
            storno = ledger._reverse_entry(target, "koreksi", original_date)
            if kind == "of_reversal":
                target = storno
        snapshot = dump()
        with pytest.raises(Rejected) as info:
            if kind == "no_reason":
                ledger._reverse_entry(target, data.draw(st.sampled_from(["", "  "])), original_date)
            elif kind == "too_early":
                ledger._reverse_entry(target, "koreksi", original_date - timedelta(days=data.draw(st.integers(1, 400))))
            elif kind == "missing":
                ledger._reverse_entry(max(model.entries) + 10, "koreksi", original_date)
            else:
                ledger._reverse_entry(target, "koreksi", original_date)
        expected = {
            "twice": "entry.already_reversed", "of_reversal": "entry.is_reversal", "no_reason": "required",
            "too_early": "entry.reversal_before_original", "missing": "entry.not_found",
        }[kind]
        assert expected in info.value.codes()
        assert dump() == snapshot
