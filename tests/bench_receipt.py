"""One kuitansi PDF on a book with the demo village (app.demo.populate): the time from asking
for a receipt to its file written, through app.documents.catalogue.generate as the application
makes it (checked request, letterhead read, atomic write, the print counted).

Not part of the test run (pytest collects only test_*.py). From the repository root:

    .venv/bin/python tests/bench_receipt.py

builds a demo book in a temporary folder and prints the figures (median of 20 runs each).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from app.db import close_book, db, open_book  # noqa: E402
from app.documents.receipt import write_receipt  # noqa: E402

TARGET_MS = 30.0
REPEAT = 20


def figures(book: Path, repeat: int = REPEAT) -> list[tuple[str, float, float]]:
    """(label, median ms, target ms) for one receipt PDF on half F4 and on a 58 mm roll; the
    receipt is the demo's Setoran with the most lines (the longest split)."""
    open_book(book)
    try:
        (number,) = db.execute_sql(
            "SELECT r.number FROM receipts r JOIN postings p ON p.entry_id = r.entry_id"
            " GROUP BY r.id ORDER BY COUNT(*) DESC, r.id LIMIT 1").fetchone()
        result = []
        with tempfile.TemporaryDirectory(prefix="lumbung-kuitansi-") as folder:
            for paper, label in (("HALF_F4", "one receipt PDF (half F4)"), ("ROLL_58", "one receipt PDF (58 mm roll)")):
                target = Path(folder) / f"{paper}.pdf"
                write_receipt(number, target, paper=paper)  # fonts registered: as on the second receipt of a day
                times = []
                for _ in range(repeat):
                    started = time.perf_counter()
                    write_receipt(number, target, paper=paper)
                    times.append((time.perf_counter() - started) * 1000)
                result.append((f"{label}, {number}", statistics.median(times), TARGET_MS))
        return result
    finally:
        close_book()


def main() -> None:
    from app import demo

    with tempfile.TemporaryDirectory(prefix="lumbung-demo-") as folder:
        book = Path(folder) / "desa.sqlite"
        open_book(book, create=True)
        try:
            demo.populate()
        finally:
            close_book()
        print(f"Kuitansi (median of {REPEAT}):")
        for label, measured, target in figures(book):
            mark = "ok" if measured < target else "SLOW"
            print(f"  {label:<50} {measured:6.1f} ms   target < {target:.0f} ms   {mark}")


if __name__ == "__main__":
    main()
