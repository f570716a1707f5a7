"""move-book on a district-sized book (issue 16): SQLite into an empty PostgreSQL database and
back into a new file, each with its whole check; prints the seconds and rows per second, then
the trial balance and the Neraca of that book on each engine (median of 3).

    .venv/bin/python tests/bench_move.py --entries 1000000    # the district book (minutes to build once)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import bench_district  # noqa: E402
from app import bookmove, financial_statements  # noqa: E402
from app.db import close_book, open_book  # noqa: E402
from app.migrations import LATEST_VERSION  # noqa: E402
from pg_server import PgServer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    built = bench_district.book_path(args.out, args.members, args.entries, args.seed, LATEST_VERSION)
    if not built.exists():
        print(f"Building {built.name} ...", flush=True)
        partial = built.with_name(built.name + ".part")
        bench_district.build(partial, args.members, args.entries, args.seed, date.today())
        partial.rename(built)
    book = args.out / f"move-{built.name}"
    shutil.copy(built, book)
    open_book(book)  # seals the audit chain, as the first start of this Lumbung would
    close_book()
    back = args.out / f"move-back-{built.name}"
    back.unlink(missing_ok=True)
    server = PgServer().start()
    try:
        url = server.create_database("district")
        for label, source, target in (("SQLite -> PostgreSQL", book, url), ("PostgreSQL -> SQLite", url, back)):
            started = time.perf_counter()
            result = bookmove.move_book(source, target)
            seconds = time.perf_counter() - started
            rows = sum(t.rows for t in result.tables.values())
            print(f"  {label}: {seconds:.1f} s for {rows} rows in {len(result.tables)} tables"
                  f" ({rows / seconds:,.0f} rows/s, checked); {result.entries} entries, {result.members} members")
        print("  the district book's reports, median of 3 (SQLite | PostgreSQL):")
        for label, report in (("trial balance", lambda: financial_statements.trial_balance(date.today())),
                              ("Neraca", lambda: financial_statements.balance_sheet(date.today()))):
            times = [_timed(where, report) for where in (book, url)]
            print(f"    {label}: {times[0] * 1000:.0f} ms | {times[1] * 1000:.0f} ms ({times[1] / times[0]:.1f}x)")
    finally:
        server.stop()
        back.unlink(missing_ok=True)


def _timed(where, report) -> float:
    open_book(where)
    try:
        report()  # the first read warms the caches, as a window's first look does
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            report()
            runs.append(time.perf_counter() - started)
        return statistics.median(runs)
    finally:
        close_book()


if __name__ == "__main__":
    main()
