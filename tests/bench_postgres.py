"""The same actions on a SQLite book and on a PostgreSQL book (issue 16), and the throughput of
several desktops posting at once on one PostgreSQL book.

Not part of the test run (pytest collects only test_*.py). From the repository root:

    .venv/bin/python tests/bench_postgres.py [--entries 5000] [--seconds 20]

starts a throwaway PostgreSQL server (tests/pg_server.py, fsync on as a real server runs) and a
SQLite book in a temporary folder, fills each with the same members and entries, and prints:
one posting (post_entry, with its audit record), a savings deposit with its kuitansi, a
Setoran split over two loans and wajib with its kuitansi, and the trial balance, median ms on
each engine; then per second with 1, 4 and 8 processes (desktops) on the PostgreSQL book:
Setoran payments as the dialog takes them (tests/pg_workers.payments_for), Setoran entries as
ledger postings, and the desks' mixed work with receipts (deposits, withdrawals, Setoran,
collection sheets, stornos: tests/pg_workers.setoran_for) over 40 members.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from app import clock, collection, ledger, members, savings  # noqa: E402
from app.db import close_book, open_book  # noqa: E402
from pg_server import PgServer  # noqa: E402
from collection_support import member_with_dues  # noqa: E402
from loan_support import disbursed, product  # noqa: E402
from pg_workers import DAY, payments_for, post_for, setoran_for  # noqa: E402

MEMBERS = 50
SHEET_ROWS = 200
SHEETS = 5


def _median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _fill(entries: int) -> list[int]:
    ids = [members.add_member(members.MemberInput(name=f"Anggota {i}", joined_on=date(2026, 1, 5))).id
           for i in range(MEMBERS)]
    for i in range(entries):
        ledger.post_entry(date(2026, 1 + i % 7, 1 + i % 28), "Setoran wajib", [
            ledger.debit("1-101", 5_000), ledger.credit("3-102", 5_000, member_id=ids[i % MEMBERS])])
    return ids


def single_actions(book, entries: int) -> tuple[float, float, float, float, float]:
    open_book(book, create=True) if isinstance(book, Path) else open_book(book)
    try:
        ids = _fill(entries)
        one = _median_ms(lambda: ledger.post_entry(date(2026, 8, 17), "Setoran wajib", [
            ledger.debit("1-101", 5_000), ledger.credit("3-102", 5_000, member_id=ids[0])]), 100)
        deposit = _median_ms(lambda: savings.deposit(ids[1], "sukarela", 5_000, DAY), 100)
        siti, _, _ = member_with_dues()
        setoran = _median_ms(lambda: collection.take_payment(siti, DAY, 5_000), 50)
        trial = _median_ms(ledger.trial_balance, 20)
        sheets = []
        for n in range(SHEETS):  # each of new members (a sheet takes a member once a day)
            rows = [members.add_member(members.MemberInput(name=f"Peserta {n}-{i}", joined_on=date(2025, 1, 2))).id
                    for i in range(SHEET_ROWS)]
            began = time.perf_counter()
            collection.post_sheet(DAY, {row: 5_000 for row in rows})
            sheets.append((time.perf_counter() - began) * 1000)
        return one, deposit, setoran, trial, statistics.median(sheets)
    finally:
        close_book()


def _meeting(server: PgServer, name: str, template: str) -> tuple[str, list[int]]:
    """A book of 40 members, each with a loan and some sukarela: the meeting's desks serve them."""
    url = server.create_database(name, template=template)
    open_book(url)
    try:
        flat = product()
        people = [members.add_member(members.MemberInput(name=f"Anggota {i}", joined_on=date(2025, 1, 2))).id
                  for i in range(40)]
        for person in people:
            disbursed(person, flat, 1_200_000, 12, on=date(2026, 3, 10))
            savings.deposit(person, "sukarela", 50_000, DAY)
    finally:
        close_book()
    return url, people


def setoran_throughput(server: PgServer, template: str, desktops: int, seconds: float) -> float:
    url, people = _meeting(server, f"setoran_{desktops}", template)
    with multiprocessing.get_context("spawn").Pool(desktops) as pool:
        done = pool.starmap(setoran_for, [(url, seconds, seed, people) for seed in range(1, desktops + 1)])
    return sum(len(one["done"]) for one in done) / seconds


def payment_throughput(server: PgServer, template: str, desktops: int, seconds: float) -> float:
    """Setoran payments (collection.take_payment with its kuitansi and attempt token) per second."""
    url, people = _meeting(server, f"payments_{desktops}", template)
    spawn = multiprocessing.get_context("spawn")
    with spawn.Manager() as manager, spawn.Pool(desktops) as pool:
        ready = manager.Barrier(desktops)
        done = pool.starmap(payments_for, [(url, seconds, seed, people, ready) for seed in range(1, desktops + 1)])
    return sum(done) / seconds


def throughput(server: PgServer, template: str, desktops: int, seconds: float) -> float:
    url = server.create_database(f"desktops_{desktops}", template=template)
    with multiprocessing.get_context("spawn").Pool(desktops) as pool:
        done = pool.starmap(post_for, [(url, seconds, seed, False) for seed in range(1, desktops + 1)])
    return sum(len(one["entries"]) for one in done) / seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    clock.fix(datetime(2026, 8, 17, 9, 30))
    server = PgServer(fsync=True).start()
    print(f"PostgreSQL test server started in {server.started_in:.2f} s (initdb + pg_ctl)")
    try:
        template = "bench_template"
        open_book(server.create_database(template))
        close_book()
        with tempfile.TemporaryDirectory(prefix="lumbung-bench-") as folder:
            lite = single_actions(Path(folder) / "book.sqlite", args.entries)
        pg = single_actions(server.create_database("bench_single", template=template), args.entries)
        print(f"\nbook of {MEMBERS} members and {args.entries} entries; median ms    SQLite  PostgreSQL  ratio")
        labels = ("one posting (post_entry)", "a savings deposit with its kuitansi",
                  "a Setoran over two loans and wajib, its kuitansi", "trial balance",
                  f"a collection sheet of {SHEET_ROWS} rows ({SHEETS} sheets)")
        for label, a, b in zip(labels, lite, pg):
            print(f"  {label:<48} {a:8.2f}  {b:10.2f}  {b / a:5.1f}x")
        print(f"\nSetoran payments (split over her loan and wajib, the rest to sukarela, a kuitansi each) per"
              f" second on one PostgreSQL book of 40 members, {args.seconds:.0f} s each; {os.cpu_count()} CPU cores:")
        base = None
        for desktops in (1, 4, 8):
            rate = payment_throughput(server, template, desktops, args.seconds)
            base = base or rate
            print(f"  {desktops} desktop(s): {rate:8.1f}/s  ({rate / base:.1f}x one desktop)")
        print(f"\nSetoran entries per second on one PostgreSQL book, {args.seconds:.0f} s each:")
        base = None
        for desktops in (1, 4, 8):
            rate = throughput(server, template, desktops, args.seconds)
            base = base or rate
            print(f"  {desktops} desktop(s): {rate:8.1f}/s  ({rate / base:.1f}x one desktop)")
        print(f"\nPayments with their receipts per second (deposits, withdrawals, Setoran, sheets, stornos;"
              f" 40 members), {args.seconds:.0f} s each:")
        base = None
        for desktops in (1, 4, 8):
            rate = setoran_throughput(server, template, desktops, args.seconds)
            base = base or rate
            print(f"  {desktops} desktop(s): {rate:8.1f}/s  ({rate / base:.1f}x one desktop)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
