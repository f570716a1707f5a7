"""Faults that really happen: a process killed in the middle of postings, of a backup, of a
restore (SIGKILL is what a power cut leaves, less the disk cache); a book damaged on disk.

The kills use a fork server: one Python process imports the app once, then forks a fresh
child per round, so a round costs tens of milliseconds rather than an interpreter start-up.
Rounds: LUMBUNG_KILLS (default 200) during postings, a quarter of that each during backups
and restores; tests/bench_kill.py runs 1 000 kills during postings and counts what it finds.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app import backup, clock, demo, ledger
from app.db import check_book, close_book, open_book
from app.errors import BookError
from app.ledger import credit, debit

KILLS = int(os.environ.get("LUMBUNG_KILLS", "200"))
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork server needs POSIX")

FORK_SERVER = textwrap.dedent("""
    import os, random, sys
    from datetime import date
    from app import backup, ledger
    from app.db import open_book
    from app.ledger import credit, debit

    def say(text):
        os.write(1, (text + "\\n").encode())  # one write per line: lines never interleave

    def post(book, rng):
        open_book(book)
        while True:
            amount = rng.randint(1, 900) * 1000
            lines = [debit("1-101", amount), credit("2-101", amount - 500, member_id=rng.randint(1, 40)),
                     credit("4-101", 500, member_id=rng.randint(1, 40))]
            say(str(ledger.post_entry(date(2026, 8, 17), "Setoran dan jasa", lines)))  # after commit

    def back_up(book, target, rng):
        open_book(book)
        while True:
            say(backup.create_backup(target, keep=3).path.name)

    def restore(book, files, rng):
        open_book(book)
        while True:
            backup.restore_backup(rng.choice(files.split(",")))
            say("restored")

    while line := sys.stdin.readline():
        kind, book, arg, seed = line.rstrip("\\n").split("\\t")
        pid = os.fork()
        if pid == 0:
            try:
                rng = random.Random(int(seed))
                {"post": lambda: post(book, rng), "backup": lambda: back_up(book, arg, rng),
                 "restore": lambda: restore(book, arg, rng)}[kind]()
            finally:
                os._exit(0)
        say(f"pid {pid}")
        os.waitpid(pid, 0)
        say("done")
""")


def start_fork_server(temp: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", FORK_SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, bufsize=1, env={**os.environ, "TMPDIR": str(temp)})


@pytest.fixture(scope="module")
def fork_server(tmp_path_factory):
    server = start_fork_server(tmp_path_factory.mktemp("system-temp"))  # where killed backups leave temp copies
    yield server
    server.stdin.close()
    server.wait(timeout=30)


def kill_during(server, kind: str, book: Path, arg: str, seed: int, after_s: float) -> list[str]:
    """Run `kind` in a fresh child, SIGKILL it `after_s` seconds in; return what it reported."""
    server.stdin.write(f"{kind}\t{book}\t{arg}\t{seed}\n")
    said = []
    while not (line := server.stdout.readline().strip()).startswith("pid "):
        said.append(line)
    time.sleep(after_s)
    os.kill(int(line.split()[1]), signal.SIGKILL)
    while (line := server.stdout.readline().strip()) != "done":
        assert line, "the fork server died"
        said.append(line)
    return said


def assert_sound(book: Path) -> None:
    """What the app sees on the next start: it opens, and the whole book checks out."""
    open_book(book)
    try:
        conn = sqlite3.connect(book)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        assert sum(row.debit_rp - row.credit_rp for row in ledger.trial_balance()) == 0
    finally:
        close_book()
    assert check_book(book) == []  # every entry has >= 2 postings summing to zero


@pytest.fixture
def village(tmp_path) -> Path:
    path = tmp_path / "desa" / "buku.sqlite"
    open_book(path, create=True)
    demo.populate()
    close_book()
    return path


def test_killed_while_posting(fork_server, village):
    rng = random.Random(2026)
    reported: set[int] = set()
    for round_ in range(KILLS):
        said = kill_during(fork_server, "post", village, "", round_, rng.uniform(0.005, 0.05))
        reported |= {int(x) for x in said}
        assert_sound(village)
        conn = sqlite3.connect(village)
        present = {row[0] for row in conn.execute("SELECT id FROM journal_entries")}
        conn.close()
        missing = reported - present
        assert not missing, f"round {round_}: committed entries lost: {sorted(missing)[:5]}"
    assert len(reported) > KILLS  # the kills did land among postings


def test_killed_while_backing_up(fork_server, village, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    rng = random.Random(7)
    finished = 0
    for round_ in range(max(1, KILLS // 4)):
        finished += len(kill_during(fork_server, "backup", village, str(usb), round_, rng.uniform(0.005, 0.08)))
        assert_sound(village)
        for path in usb.glob("*.lumbung"):  # whatever has a backup's name is a whole backup
            assert backup.inspect_backup(path).summary.members == 40
    assert finished > 0  # some kills came after a whole backup, others in the middle of one


def test_killed_while_restoring(fork_server, village, tmp_path):
    open_book(village)
    usb = tmp_path / "usb"
    usb.mkdir()
    first = backup.create_backup(usb)
    ledger.post_entry(clock.today(), "Sesudah cadangan pertama", [debit("1-101", 1000), credit("3-201", 1000)])
    clock.fix(clock.now().replace(minute=31))
    second = backup.create_backup(usb)
    close_book()
    possible = [first.summary, second.summary]
    files = f"{first.path},{second.path}"
    rng = random.Random(11)
    restored = 0
    for round_ in range(max(1, KILLS // 4)):
        restored += len(kill_during(fork_server, "restore", village, files, round_, rng.uniform(0.005, 0.1)))
        assert_sound(village)
        assert backup.summarize(village) in possible
    assert restored > 0


# --- damage on disk ---------------------------------------------------------------------------


def _garble_page(path: Path, page: int) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(random.Random(page).randbytes(page_size))


def _rootpage(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


def test_a_page_in_the_middle_garbled_is_found(village):
    conn = sqlite3.connect(village)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    _garble_page(village, pages // 2)
    try:
        open_book(village)
    except BookError as error:  # the page held a table checked at every open
        assert error.code == "damaged"
        return
    try:
        assert check_book() == ["damaged"]  # the UI runs this once the window shows
    finally:
        close_book()


def test_the_member_register_garbled_is_refused_at_open(village):
    _garble_page(village, _rootpage(village, "members"))
    with pytest.raises(BookError) as info:
        open_book(village)
    assert info.value.code == "damaged"


def test_the_postings_garbled_is_found_by_the_check(village):
    _garble_page(village, _rootpage(village, "postings"))
    open_book(village)  # too big to check at every open on a district book
    try:
        assert check_book() == ["damaged"]
    finally:
        close_book()


def test_a_book_cut_short_is_refused_at_open(village):
    size = village.stat().st_size
    with open(village, "r+b") as fh:
        fh.truncate(size // 2)
    with pytest.raises(BookError) as info:
        open_book(village)
    assert info.value.code == "damaged"  # SQLite compares the header's page count with the size


def test_check_book_finds_broken_ledger_invariants(village):
    conn = sqlite3.connect(village)
    conn.execute("INSERT INTO journal_entries (entry_date, description, entered_at, entered_by)"
                 " VALUES ('2026-08-17', 'tanpa posting', '2026-08-17 10:00:00', 'x')")
    conn.execute("INSERT INTO postings (entry_id, account_id, entry_date, amount_rp) VALUES (1, 1, "
                 "(SELECT entry_date FROM journal_entries WHERE id = 1), 1)")
    conn.commit()
    conn.close()
    assert check_book(village) == ["entries_without_postings", "entries_unbalanced", "trial_balance_not_zero"]


def test_a_sound_book_checks_out(village):
    assert check_book(village) == []
