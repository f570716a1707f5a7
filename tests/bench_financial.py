"""Neraca and Buku Kas Umum on the district book, with targets (not collected by pytest).

    .venv/bin/python tests/bench_financial.py            # builds bench-out/'s district book if missing

The district book is the one tests/benchmark.py builds and caches (3 000 members, 1 000 000
entries over ten years: about 8 500 entries a month, 90 % of them through the cash box). The
figures are medians of REPEAT runs with the file cache warm, on the last full year and month
before the book's last entry.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from app import financial_statements as fs  # noqa: E402
from app.cash_book import cash_book  # noqa: E402
from app.db import close_book, db, open_book  # noqa: E402
from app.documents.catalogue import Request, generate  # noqa: E402

REPEAT = 7
TARGET_NERACA_PDF_MS = 300.0
TARGET_NERACA_DATA_MS = 300.0
TARGET_CASH_BOOK_MONTH_MS = 300.0  # read off the GUI thread: the Kas & Buku page's load
TARGET_CASH_BOOK_MONTH_PDF_MS = 30_000.0  # about 180 landscape pages, behind progress and Cancel


def _median_ms(function, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def figures(district_book: Path, with_month_pdf: bool = False) -> list[tuple[str, float, float]]:
    """(label, median ms, target ms) for each figure, measured on `district_book`."""
    open_book(district_book)
    try:
        (last,) = db.execute_sql("SELECT max(entry_date) FROM journal_entries").fetchone()
        last = date.fromisoformat(last)
        year_start, year_end = date(last.year - 1, 1, 1), date(last.year - 1, 12, 31)
        month_end = last.replace(day=1) - timedelta(days=1)
        month_start = month_end.replace(day=1)
        rows = len(cash_book(month_start, month_end).rows)
        out = Path(tempfile.mkdtemp(prefix="bench-financial-"))
        result = [
            (f"Neraca for a year (PDF, {year_end})",
             _median_ms(lambda: generate(Request("balance_sheet", start=year_start, end=year_end), out / "n.pdf")),
             TARGET_NERACA_PDF_MS),
            ("Neraca data", _median_ms(lambda: fs.balance_sheet(year_end, year_start - timedelta(days=1))),
             TARGET_NERACA_DATA_MS),
            ("Laporan Hasil Usaha data (a year)", _median_ms(lambda: fs.income_statement(year_start, year_end)),
             TARGET_NERACA_DATA_MS),
            (f"Buku Kas Umum for a month ({month_start:%Y-%m}, {rows} rows)",
             _median_ms(lambda: cash_book(month_start, month_end)), TARGET_CASH_BOOK_MONTH_MS),
        ]
        if with_month_pdf:
            result.append((f"Buku Kas Umum for a month (PDF, {rows} rows)",
                           _median_ms(lambda: generate(Request("cash_book", start=month_start, end=month_end),
                                                       out / "bku.pdf"), repeat=1),
                           TARGET_CASH_BOOK_MONTH_PDF_MS))
        return result
    finally:
        close_book()


def _district(rebuild: bool) -> Path:
    import benchmark

    args = argparse.Namespace(members=3000, entries=1_000_000, seed=2026, rebuild=rebuild,
                              out=ROOT / "bench-out")
    args.out.mkdir(parents=True, exist_ok=True)
    return benchmark._district_book(args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--month-pdf", action="store_true", help="also the month's cash book as a PDF (slow)")
    args = parser.parse_args()
    district = _district(args.rebuild)
    print(f"Financial statements on {district.name} (median of {REPEAT}):")
    for label, median, target in figures(district, args.month_pdf):
        verdict = "ok" if median < target else "MISSED"
        print(f"  {label:<56} {median:>9.1f} ms   target < {target:.0f} ms  {verdict}")


if __name__ == "__main__":
    main()
