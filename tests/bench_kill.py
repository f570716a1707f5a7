"""Benchmark of kill -9 during postings (a script, not collected by pytest):

    .venv/bin/python tests/bench_kill.py [--runs 1000] [--seed 2026]

The harness of tests/test_faults.py (which runs a smaller count in every CI run): a child
posts entries on the demo village, printing each entry's id after its commit, and is killed
with SIGKILL a random 5–300 ms in (the opening of the book included; CI kills within
50 ms); after every kill the book is opened as the next start would
open it and checked whole. Prints runs, acknowledged transactions (ids printed after commit),
lost (acknowledged but absent), inconsistent books (failing SQLite's integrity check, the
trial balance or app.db.check_book). Target: 0 lost, 0 inconsistent.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_faults import assert_sound, kill_during, start_fork_server  # noqa: E402

from app import demo  # noqa: E402
from app.db import close_book, open_book  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--max-ms", type=float, default=300, help="latest kill, from the child's start")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-kill-") as temp:
        book = Path(temp) / "desa" / "buku.sqlite"
        open_book(book)
        demo.populate()
        close_book()
        server = start_fork_server(Path(temp))
        rng = random.Random(args.seed)
        acknowledged: set[int] = set()
        lost: set[int] = set()
        inconsistent = 0
        started = time.perf_counter()
        try:
            for run in range(args.runs):
                said = kill_during(server, "post", book, "", args.seed + run, rng.uniform(0.005, args.max_ms / 1000))
                acknowledged |= {int(x) for x in said}
                try:
                    assert_sound(book)
                except Exception as problem:  # noqa: BLE001 - counted, and the next run goes on
                    inconsistent += 1
                    print(f"run {run}: inconsistent book: {problem!r}", file=sys.stderr)
                conn = sqlite3.connect(book)
                present = {row[0] for row in conn.execute("SELECT id FROM journal_entries")}
                conn.close()
                lost |= acknowledged - present
        finally:
            server.stdin.close()
            server.wait(timeout=30)
        seconds = time.perf_counter() - started
    print(f"runs                       {args.runs}")
    print(f"acknowledged transactions  {len(acknowledged)}")
    print(f"lost                       {len(lost)}  (target 0)")
    print(f"inconsistent books         {inconsistent}  (target 0)")
    print(f"time                       {seconds:.0f} s ({seconds / max(1, args.runs) * 1000:.0f} ms a run)")
    sys.exit(1 if lost or inconsistent else 0)


if __name__ == "__main__":
    main()
