"""Benchmark of the year's SHU at district size (a script, not collected by pytest):

    .venv/bin/python tests/bench_shu.py [--out DIR] [--members 3000] [--entries 200000]

Builds the district book of tests/bench_district.py (3 000 members; 200 000 entries over ten
years by default instead of the full million, which takes long to build and changes nothing
here: the SHU reads one year), closes every year up to last year (ten closing entries), then
times with their targets: the SHU of last year computed for every member (< 2 s), posted with
the members' shares credited to their simpanan sukarela (one transaction), and every member's
slip written as one PDF (< 30 s).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_district  # noqa: E402

from app import clock  # noqa: E402
from app.db import close_book, open_book  # noqa: E402
from app.documents.catalogue import Request, generate  # noqa: E402
from app.migrations import LATEST_VERSION  # noqa: E402
from app.yearend import periods, shu  # noqa: E402

TODAY = date(2026, 8, 17)


def timed(label: str, target_s: float | None, call):
    started = time.perf_counter()
    result = call()
    took = time.perf_counter() - started
    verdict = "" if target_s is None else f"  (target < {target_s:.0f} s: {'ok' if took < target_s else 'SLOW'})"
    print(f"{label:<58} {took:8.2f} s{verdict}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="bench-shu-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = bench_district.book_path(folder, args.members, args.entries, args.seed, LATEST_VERSION)
    if path.exists():
        path.unlink()
    timed(f"district book built ({args.members:,} members, {args.entries:,} entries)", None,
          lambda: bench_district.build(path, args.members, args.entries, args.seed, TODAY))
    clock.fix(datetime.combine(TODAY, datetime.min.time()).replace(hour=9))
    open_book(path)
    year = TODAY.year - 1
    first = TODAY.year - bench_district.YEARS - 1

    def close_all():
        for y in range(first, year + 1):
            periods.close_year(y)

    timed(f"years {first}–{year} closed", None, close_all)
    plan = timed(f"SHU {year} computed", 2, lambda: shu.compute(year))
    sharing = sum(1 for m in plan.members if m.total_rp)
    print(f"  SHU {plan.shu_rp:,} rupiah; {len(plan.members):,} members, {sharing:,} with a share")
    timed(f"SHU {year} posted (one transaction, shares to sukarela)", None,
          lambda: shu.post(year, date(TODAY.year, 3, 14)))
    pdf = timed(f"slips of {sharing:,} members as one PDF (A4)", 30,
                lambda: generate(Request("shu_slip", end=date(year, 12, 31)), folder / "slip-shu.pdf"))
    print(f"  {pdf} ({pdf.stat().st_size / 1e6:.1f} MB)")
    close_book()


if __name__ == "__main__":
    main()
