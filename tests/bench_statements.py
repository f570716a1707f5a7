"""Member statements on the district book: one member's ten years, and every member at once.

Not part of the test run (pytest collects only test_*.py). From the repository root:

    .venv/bin/python tests/bench_statements.py            # uses (or builds) the cached district book
    .venv/bin/python tests/bench_statements.py --members 300 --entries 20000   # a quick look

The district book is tests/benchmark.py's (3 000 members, 1 000 000 entries over ten years,
cached in bench-out/); the statements are made on a copy of it, through
app.documents.catalogue.generate as the application makes them (checked request, atomic
write). The figures are the median of a few runs for one member, one run for all members.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from app import clock  # noqa: E402
from app.db import close_book, copy_database, db, open_book  # noqa: E402
from app.documents.catalogue import Request, generate  # noqa: E402

TARGET_ONE_MS = 100.0
TARGET_ALL_MS = 30_000.0


def figures(district_book: Path, repeat: int = 5) -> list[tuple[str, float, float]]:
    """(label, measured ms, target ms) for one member's ten-year passbook (the member with the
    most savings postings) and for the passbooks and loan cards of every member."""
    with tempfile.TemporaryDirectory(prefix="lumbung-statements-") as folder:
        book = Path(folder) / "buku.sqlite"
        copy_database(district_book, book)
        open_book(book)
        try:
            today = date.fromisoformat(db.execute_sql("SELECT MAX(entry_date) FROM postings").fetchone()[0][:10])
            clock.fix(datetime.combine(today, datetime.min.time()))
            busiest, lines = db.execute_sql(
                "SELECT p.member_id, COUNT(*) FROM postings p JOIN accounts a ON a.id = p.account_id"
                " WHERE a.code IN ('3-101', '3-102', '2-101') AND p.member_id IS NOT NULL"
                " GROUP BY p.member_id ORDER BY 2 DESC LIMIT 1").fetchone()
            out = Path(folder) / "dokumen"

            def one() -> None:
                generate(Request("passbook", end=today, member_id=busiest), out / "one.pdf")

            one()  # fonts registered, caches warm: as on the second statement of a session
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                one()
                times.append((time.perf_counter() - started) * 1000)
            result = [(f"one member's ten-year statement ({lines} lines)", statistics.median(times), TARGET_ONE_MS)]
            for kind, label in (("passbook", "all statements: passbooks"), ("loan_card", "all statements: loan cards")):
                started = time.perf_counter()
                path = generate(Request(kind, end=today), out / f"{kind}.pdf")
                elapsed = (time.perf_counter() - started) * 1000
                result.append((f"{label} ({path.stat().st_size / 2**20:.0f} MiB)", elapsed, TARGET_ALL_MS))
            return result
        finally:
            clock.fix(None)
            close_book()


def main() -> None:
    import benchmark

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    district = benchmark._district_book(args)
    print("Member statements:")
    for label, measured, target in figures(district):
        benchmark._line(label, f"{measured:,.0f} ms", f"target < {target:,.0f} ms", measured < target)


if __name__ == "__main__":
    main()
