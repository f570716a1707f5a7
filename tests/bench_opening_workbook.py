"""Benchmark of the opening workbook at district size (a script, not collected by pytest):

    .venv/bin/python tests/bench_opening_workbook.py [--members 3000] [--loans 2000]

Writes the realistic opening (tests/opening_support) as the template, then reads it back (the
check replaced by one that finds nothing: it is timed by its own part). Target: reading 3 000
members and 2 000 loans (with their 3 000 savings) in a few seconds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.opening import check, workbook  # noqa: E402
from tests.opening_support import realistic_opening  # noqa: E402

TARGET_S = 5.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--loans", type=int, default=2000)
    args = parser.parse_args()
    check.check = lambda opening: []
    opening = realistic_opening(members=args.members, loans=args.loans)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "saldo-awal.xlsx"
        started = time.perf_counter()
        workbook.write_template(path, opening)
        written = time.perf_counter() - started
        started = time.perf_counter()
        result = workbook.read(path)
        taken = time.perf_counter() - started
    assert result.issues == () and result.opening == opening
    print(f"write {written:.2f} s, read {taken:.2f} s ({sum(result.rows.values())} rows; target {TARGET_S} s)")
    return 0 if taken <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
