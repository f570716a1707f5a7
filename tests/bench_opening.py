"""Benchmark of a district moving in from one .xlsx (a script, not collected by pytest):

    .venv/bin/python tests/bench_opening.py [--members 3000] [--loans 2000]

Writes the realistic opening (tests/opening_support: 3 000 members with their savings, 2 000
running loans of the three methods, cash, bank, a grant, a bank loan, stock, an asset) as the
template, then on a new book: reads and checks the file (what "Muat dari Excel" does), then
commits it (what "Catat" does: members, savings, every loan's remaining schedule, one
transaction). Progress is printed as the wizard shows it. Target: read + check + commit under
30 s. The book is then checked: 1-201 is the pokok owed and the trial balance is zero.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from opening_support import OPENING_ON, realistic_opening  # noqa: E402

from app import clock, ledger  # noqa: E402
from app.db import close_book, open_book  # noqa: E402
from app.opening import commit, workbook  # noqa: E402

TARGET_S = 30.0


def progress_printer(label: str):
    """What the wizard's progress bar shows, as lines: every tenth of the way."""
    shown = set()

    def progress(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth not in shown:
            shown.add(tenth)
            print(f"  {label}: {done:,} of {total:,}", flush=True)

    return progress


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--loans", type=int, default=2000)
    args = parser.parse_args()
    clock.fix(datetime.combine(OPENING_ON, datetime.min.time()).replace(hour=9))
    opening = realistic_opening(members=args.members, loans=args.loans)
    with tempfile.TemporaryDirectory() as folder:
        sheet = Path(folder) / "saldo-awal.xlsx"
        started = time.perf_counter()
        workbook.write_template(sheet, opening)
        print(f"template written ({sheet.stat().st_size // 1024:,} KB)      {time.perf_counter() - started:6.2f} s")
        open_book(Path(folder) / "kecamatan.sqlite", create=True)
        try:
            started = time.perf_counter()
            read = workbook.read(sheet, progress_printer("rows read"))
            reading = time.perf_counter() - started
            assert read.issues == () and read.opening == opening, read.issues[:5]
            print(f"read and checked ({sum(read.rows.values()):,} rows)      {reading:6.2f} s")
            started = time.perf_counter()
            done = commit.commit(read.opening, progress_printer("written"))
            writing = time.perf_counter() - started
            print(f"committed ({done.members:,} members, {len(done.entries):,} entries) {writing:6.2f} s")
            rows = ledger.trial_balance()
            assert sum(r.debit_rp for r in rows) == sum(r.credit_rp for r in rows)
            assert done.difference_rp == 0 and ledger.account_balance("1-201") > 0
        finally:
            close_book()
    total = reading + writing
    print(f"read + check + commit: {total:.2f} s (target < {TARGET_S:.0f} s: {'ok' if total < TARGET_S else 'SLOW'})")
    return 0 if total < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
