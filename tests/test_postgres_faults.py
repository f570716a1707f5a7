"""Faults on a shared PostgreSQL book (issue 16): the server killed, or a desktop's connection
ended, in the middle of a 200-row collection sheet. The sheet is one transaction: it is in the
book whole or not at all, and the receipt series keeps no gap and no duplicate.

Deterministic: the worker process (tests/pg_workers.sheet_cut_off) pauses inside the sheet's
transaction after 100 rows and says so; the test cuts it off then, and lets it carry on."""

from __future__ import annotations

import multiprocessing
from datetime import date

import psycopg
import pytest

from app import collection, ledger, members, savings
from app.db import close_book, db, open_book
from pg_workers import DAY, sheet_cut_off

ROWS = 200
SPAWN = multiprocessing.get_context("spawn")


@pytest.fixture(scope="module")
def sheet_template(pg_server, pg_template) -> str:
    """A book with 200 members (one sheet's rows) and one Setoran already saved (KW/2026/000001)."""
    name = "sheet_template"
    url = pg_server.create_database(name, template=pg_template)
    open_book(url)
    try:
        for i in range(ROWS):
            members.add_member(members.MemberInput(name=f"Peserta {i}", joined_on=date(2025, 1, 2)))
        collection.take_payment(1, DAY, 7_000, to_sukarela=True)
    finally:
        close_book()
    return name


def counts() -> tuple[int, int, int]:
    return tuple(db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("journal_entries", "postings", "receipts"))


def assert_sound() -> list[int]:
    """The trial balance is zero and the kuitansi numbers run 1, 2, 3... with no gap or
    duplicate; the numbers."""
    rows = ledger.trial_balance()
    assert sum(r.debit_rp for r in rows) == sum(r.credit_rp for r in rows) > 0
    numbers = [int(n.rsplit("/", 1)[1]) for (n,) in db.execute_sql("SELECT number FROM receipts").fetchall()]
    assert sorted(numbers) == list(range(1, len(numbers) + 1))
    return numbers


def cut_off(url: str, paid: dict[int, int], cut, again: bool) -> dict:
    """Run the sheet in a worker, call cut(backend pid) while it is paused mid-sheet, let it go on."""
    with SPAWN.Manager() as manager:
        inside, go = manager.Queue(), manager.Event()
        with SPAWN.Pool(1) as pool:
            running = pool.apply_async(sheet_cut_off, (url, paid, inside, go, ROWS // 2, again))
            pid = inside.get(timeout=60)
            cut(pid)
            go.set()
            return running.get(timeout=60)


def test_the_server_killed_mid_sheet_leaves_it_whole_or_not_at_all_and_it_posts_once_after(pg_server, sheet_template):
    url = pg_server.create_database("killed_mid_sheet", template=sheet_template)
    paid = {member_id: 5_000 + member_id for member_id in range(1, ROWS + 1)}
    open_book(url)
    before = counts()
    kas = ledger.account_balance("1-101")
    close_book()

    # pg_ctl stop -m immediate: every backend gone at once, as a crash or a power cut
    done = cut_off(url, paid, lambda pid: pg_server.halt(), again=False)
    pg_server.resume()
    assert done["attempts"] == [["book.connection_lost"]]  # she was told it was not saved

    open_book(url)  # the app reopens the book
    try:
        assert counts() == before  # not half of it: nothing
        assert ledger.account_balance("1-101") == kas
        assert assert_sound() == [1]
        sheet = collection.post_sheet(DAY, paid, to_sukarela=True)  # the same sheet again: once
        assert len(sheet.payments) == ROWS
        entries, postings, receipts = counts()
        assert (entries, receipts) == (before[0] + ROWS, before[2] + ROWS)
        assert postings > before[1] + 2 * ROWS - 1
        assert ledger.account_balance("1-101") == kas + sum(paid.values())
        assert sorted(assert_sound()) == list(range(1, ROWS + 2))
    finally:
        close_book()


def test_a_connection_ended_mid_sheet_is_refused_whole_and_the_next_call_reconnects(pg_server, sheet_template):
    url = pg_server.create_database("ended_mid_sheet", template=sheet_template)
    paid = {member_id: 3_000 for member_id in range(1, ROWS + 1)}

    def terminate(pid):  # from the owner's own connection, as a server admin or a timeout would
        pg_server.execute("postgres", f"SELECT pg_terminate_backend({int(pid)})")

    done = cut_off(url, paid, terminate, again=True)
    refused, posted = done["attempts"]
    assert refused == ["book.connection_lost"]
    assert posted == [f"KW/2026/{n:06d}" for n in range(2, ROWS + 2)]  # the second call: the whole sheet, once
    open_book(url)
    try:
        entries, postings, receipts = counts()
        assert (entries, receipts) == (1 + ROWS, 1 + ROWS)
        assert ledger.account_balance("1-101") == 7_000 + ROWS * 3_000
        assert len(assert_sound()) == 1 + ROWS
    finally:
        close_book()


def test_a_setoran_whose_commit_answer_is_lost_is_saved_once_when_she_presses_simpan_again(
        pg_server, pg_book, monkeypatch):
    """The COMMIT reaches the server and is saved, then the connection goes before the answer
    comes back: she is told it was not saved. Her second Simpan (the dialog's same attempt)
    returns that Setoran; nothing is posted twice."""
    from app.errors import Rejected
    from loan_support import member

    siti = member("Siti Aminah")
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    book = db.obj
    commit = book.commit

    def answer_lost():
        monkeypatch.setattr(book, "commit", commit)  # once
        commit()  # saved on the server
        pg_server.execute("postgres", f"SELECT pg_terminate_backend({pid})")
        book.execute_sql("SELECT 1")  # what she waits on finds the connection gone
        raise AssertionError("the connection was not lost")

    monkeypatch.setattr(book, "commit", answer_lost)
    with pytest.raises(Rejected) as lost:
        collection.take_payment(siti, DAY, 25_000, to_sukarela=True, attempt="b7d0e0c2")
    assert lost.value.codes() == ["book.connection_lost"]

    with psycopg.connect(pg_book, autocommit=True) as conn:  # the server did save it
        assert conn.execute("SELECT number FROM receipts WHERE attempt = 'b7d0e0c2'").fetchall() == [
            ("KW/2026/000001",)]
    again = collection.take_payment(siti, DAY, 25_000, to_sukarela=True, attempt="b7d0e0c2")  # reconnects
    assert again.receipt_number == "KW/2026/000001" and again.entry_id == 1
    assert again.split.wajib_rp + again.split.sukarela_rp == 25_000
    assert savings.balances(siti).total_rp == 25_000
    assert counts() == (1, 2, 1)  # one entry (Kas, wajib), one receipt
    assert ledger.account_balance("1-101") == 25_000
    assert_sound()
