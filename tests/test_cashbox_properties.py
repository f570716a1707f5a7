"""Property: whatever the order of money in and out, moves between Kas and Bank, Setoran and
stornos, through the services the screens call, no cash or bank balance is below zero on any
day, the trial balance is zero, and every receipt's amount is the cash its entry moved."""

from __future__ import annotations

import itertools
import shutil
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app import collection, reversals
from app.cashbox import moves
from app.cashbox.moves import CashMove
from app.db import close_book, db, open_book
from app.errors import Rejected
from app.ledger import BANK, KAS
from app.members import MemberInput, add_member

START = date(2026, 7, 1)
DAYS = 48  # to 17/08/2026, the fixed today
_counter = itertools.count()
# What a refusal may say in these sequences: the box or the bank does not hold it; a storno
# that would take back savings she has since moved (her sukarela), or one of a storno.
EXPECTED_REFUSALS = {"cash.insufficient", "savings.reversal_overdraws", "entry.already_reversed",
                     "entry.is_reversal"}
TABLES = ("journal_entries", "postings", "receipts", "sequences", "inventory_items")

day = st.integers(0, DAYS - 1)
amount = st.integers(1, 3_000_000)
cash_account = st.sampled_from([KAS, BANK])
operation = st.one_of(
    st.tuples(st.just("in"), day, amount, cash_account),
    st.tuples(st.just("out"), day, amount, cash_account),
    st.tuples(st.just("move"), day, amount, cash_account),
    st.tuples(st.just("setoran"), day, amount, cash_account),
    st.tuples(st.just("storno"), day, st.integers(0, 50), cash_account),
)


@pytest.fixture(scope="module")
def template(template_book, tmp_path_factory):
    path = tmp_path_factory.mktemp("cashbox") / "template.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    member_id = add_member(MemberInput(name="Siti Aisyah", joined_on=date(2026, 1, 5))).id
    close_book()
    return path, member_id


def counts() -> tuple[int, ...]:
    return tuple(db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)


def lowest_daily_balance(code: str) -> int:
    """The lowest end-of-day balance the account ever had (0 when it has none)."""
    rows = db.execute_sql(
        "SELECT SUM(p.amount_rp) FROM postings p JOIN accounts a ON a.id = p.account_id WHERE a.code = ?"
        " GROUP BY p.entry_date ORDER BY p.entry_date", (code,)).fetchall()
    return min(itertools.accumulate(moved for (moved,) in rows), default=0)


def check_books() -> None:
    for code in (KAS, BANK):
        assert lowest_daily_balance(code) >= 0, code
    assert db.execute_sql("SELECT coalesce(sum(amount_rp), 0) FROM postings").fetchone()[0] == 0
    for number, amount_rp, moved_in, moved_out in db.execute_sql(
            "SELECT r.number, r.amount_rp,"
            " (SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
            "  WHERE p.entry_id = r.entry_id AND a.code LIKE '1-1%' AND p.amount_rp > 0),"
            " (SELECT coalesce(-sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
            "  WHERE p.entry_id = r.entry_id AND a.code LIKE '1-1%' AND p.amount_rp < 0) FROM receipts r"):
        net = moved_in - moved_out
        # money in or out: the net cash; a move between Kas and Bank: what left the one
        assert amount_rp == (abs(net) if net else moved_out), number
        assert number.startswith("KW/" if net > 0 else "BKK/"), number


def apply(op, member_id: int, posted: list[int]) -> None:
    kind, offset, value, account = op
    on = START + timedelta(days=offset)
    other = BANK if account == KAS else KAS
    if kind == "in":
        posted.append(moves.receive(CashMove(on, "Bunga", value, "4-301", account, "Bank Kalsel")).entry_id)
    elif kind == "out":
        posted.append(moves.pay(CashMove(on, "ATK", value, "5-202", account, "Toko Sinar")).entry_id)
    elif kind == "move":
        posted.append(moves.transfer(CashMove(on, "Pindah", value, other, account, "Bu Bendahara")).entry_id)
    elif kind == "setoran":
        posted.append(collection.take_payment(member_id, on, value, to_sukarela=True,
                                              cash_account=account).entry_id)
    elif posted:
        target = posted[value % len(posted)]
        (entry_date,) = db.execute_sql("SELECT entry_date FROM journal_entries WHERE id = ?", (target,)).fetchone()
        reversals.reverse(target, "koreksi", max(on, date.fromisoformat(entry_date)))


@hsettings(deadline=None, max_examples=60,
           suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, min_size=1, max_size=25))
def test_cash_never_below_zero_and_receipts_match(template, ops):
    path, member_id = template
    book = path.with_name(f"ex{next(_counter)}.sqlite")
    shutil.copy(path, book)
    open_book(book)
    try:
        posted: list[int] = []
        for op in ops:
            before = counts()
            try:
                apply(op, member_id, posted)
            except Rejected as refused:
                assert set(refused.codes()) <= EXPECTED_REFUSALS, refused.issues
                assert counts() == before  # a refusal writes nothing
            check_books()
    finally:
        close_book()
        book.unlink()
