"""Properties of the fixed assets: straight-line depreciation in whole rupiah never passes the
cost and ends exactly on it; and whatever the order of buying, gifts, disposals, depreciation
runs and stornos, the Buku Inventaris ties to 1-401 at every date (or the difference is
explained), the depreciation schedule to 1-402, and a refusal writes nothing."""

from __future__ import annotations

import itertools
import shutil
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app import inventory, ledger, reversals
from app.assets import depreciation, register
from app.db import close_book, db, open_book
from app.errors import Rejected
from app.inventory import InventoryInput

START = date(2025, 10, 1)
DAYS = (date(2026, 8, 17) - START).days + 1  # to the fixed today
TABLES = ("journal_entries", "postings", "inventory_items", "depreciation_runs", "depreciation_lines", "receipts")
EXPECTED_REFUSALS = {"depreciation.already_run", "depreciation.nothing", "depreciation.period_not_over",
                     "date.too_early", "inventory.disposed", "inventory.disposal_first", "asset.depreciated",
                     "asset.depreciated_until", "depreciation.later_run", "entry.already_reversed",
                     "entry.is_reversal", "cash.insufficient"}
_counter = itertools.count()


@given(cost=st.integers(1, 10**12), years=st.integers(1, 50), month=st.integers(1, 12))
def test_straight_line_ends_on_the_cost_and_never_passes_it(cost, years, month):
    acquired = date(2020, month, 15)
    ends = [date(2020 + (month - 1 + m) // 12, (month - 1 + m) % 12 + 1, 1) for m in range(years * 12 + 3)]
    figures = [depreciation.due(cost, years, acquired, end) for end in ends]
    assert figures == sorted(figures) and figures[-1] == cost and max(figures) <= cost
    share = cost // (years * 12)
    steps = [b - a for a, b in zip([0] + figures, figures)]
    assert all(step in (share, share + 1) for step in steps[:years * 12]) and sum(steps) == cost


day = st.integers(0, DAYS - 1)
operation = st.one_of(
    st.tuples(st.just("buy"), day, st.integers(100_000, 6_000_000), st.sampled_from(inventory.ITEM_KINDS)),
    st.tuples(st.just("gift"), day, st.integers(0, 6_000_000), st.sampled_from(inventory.ITEM_KINDS)),
    st.tuples(st.just("owned"), day, st.integers(1, 6_000_000), st.sampled_from(inventory.ITEM_KINDS)),
    st.tuples(st.just("dispose"), day, st.integers(0, 30), st.integers(0, 3_000_000)),
    st.tuples(st.just("run"), st.integers(0, 10), st.just(0), st.just("")),
    st.tuples(st.just("storno"), day, st.integers(0, 60), st.just("")),
)


@pytest.fixture(scope="module")
def template(template_book, tmp_path_factory):
    path = tmp_path_factory.mktemp("assets") / "template.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    ledger.post_entry(START - timedelta(days=1), "Hibah modal", [ledger.debit("1-101", 10**9),
                                                                 ledger.credit("3-201", 10**9)])
    close_book()
    return path


def counts() -> tuple[int, ...]:
    return tuple(db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)


def apply(op, n: int) -> None:
    kind, offset, value, extra = op
    on = START + timedelta(days=offset)
    if kind in ("buy", "gift", "owned"):
        how = {"buy": register.BOUGHT, "gift": register.GIFT, "owned": register.OWNED}[kind]
        register.acquire(InventoryInput(name=f"Barang {n}", acquired_on=on, value_rp=value, kind=extra), how,
                         party_name="Toko Sinar")
    elif kind == "dispose":
        items = inventory.list_items()
        if items:
            item = items[value % len(items)]
            register.dispose(item.id, on, "Rusak", proceeds_rp=extra, buyer="Bu Ani")
    elif kind == "run":
        month = START.month + offset
        depreciation.run(START.year + (month - 1) // 12, (month - 1) % 12 + 1)
    else:
        entries = [row[0] for row in db.execute_sql(
            "SELECT id FROM journal_entries WHERE id > 1 AND reverses_id IS NULL ORDER BY id").fetchall()]
        if entries:
            target = entries[value % len(entries)]
            (entry_date,) = db.execute_sql("SELECT entry_date FROM journal_entries WHERE id = ?", (target,)).fetchone()
            reversals.reverse(target, "koreksi", max(on, date.fromisoformat(entry_date)))


def check_books() -> None:
    assert db.execute_sql("SELECT coalesce(sum(amount_rp), 0) FROM postings").fetchone()[0] == 0
    for offset in range(0, DAYS, 37):
        on = START + timedelta(days=offset)
        check = register.reconcile(on)
        assert check.explained, on
        assert sum(r.accumulated_rp for r in depreciation.schedule(on)) == -ledger.account_balance("1-402", on), on
    for item in inventory.list_items():
        assert 0 <= depreciation.accumulated(item.id) <= item.value_rp


@hsettings(deadline=None, max_examples=30,
           suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, min_size=1, max_size=14))
def test_the_register_ties_to_the_ledger_whatever_happens(template, ops):
    book = template.with_name(f"ex{next(_counter)}.sqlite")
    shutil.copy(template, book)
    open_book(book)
    try:
        for n, op in enumerate(ops):
            before = counts()
            try:
                apply(op, n)
            except Rejected as refused:
                assert set(refused.codes()) <= EXPECTED_REFUSALS, refused.issues
                assert counts() == before  # a refusal writes nothing
            check_books()
        today = register.reconcile(date(2026, 8, 17))
        assert today.difference_rp == -sum(a for _, _, a in today.unlinked)  # only reversed disposals part them
    finally:
        close_book()
        book.unlink()
