"""The recap of 50 village books (a script, not a timed test: pytest skips it).

    python tests/bench_recap.py [--books 50] [--out bench-out]

Builds once, into OUT/recap-N/, N village books: the demo village (about 40 members, three
years of monthly meetings, ~770 entries) made on five different days, each under ten group
identities; every fifth a plain backup and every tenth an encrypted one. Then times
- app.recap.recap on the folder (target: under 30 s for 50 books), and
- `lumbung rekap FOLDER --pdf --xlsx` as a whole process (passphrase from a file).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from recap_support import PASSPHRASE, back_up, demo_book, rename  # noqa: E402

from app.db import close_book, open_book  # noqa: E402
from app.recap import recap  # noqa: E402

DAYS = [datetime(2026, 8, 17, 9, 0), datetime(2026, 7, 20, 9, 0), datetime(2026, 6, 15, 9, 0),
        datetime(2026, 5, 18, 9, 0), datetime(2026, 4, 20, 9, 0)]
KECAMATAN = ("Amuntai Selatan", "Amuntai Tengah", "Amuntai Utara", "Babirik", "Banjang", "Danau Panggang",
             "Haur Gading", "Paminggir", "Sungai Pandan", "Sungai Tabukan")


def build(folder: Path, books: int) -> None:
    work = folder.with_name(folder.name + ".build")
    shutil.rmtree(work, ignore_errors=True)
    (work / "books").mkdir(parents=True)
    template = work / "template.sqlite"
    open_book(template, create=True)
    close_book()
    variants = [demo_book(template, work / f"variant{n}.sqlite", day) for n, day in enumerate(DAYS)]
    for number in range(books):
        path = work / f"desa{number:02d}.sqlite"
        shutil.copy(variants[number % len(variants)], path)
        rename(path, f"UP2K Desa {number + 1:02d}", f"Desa {number + 1:02d}", KECAMATAN[number % len(KECAMATAN)])
        if number % 10 == 9:
            back_up(path, work / "out", PASSPHRASE).rename(work / "books" / f"desa{number:02d}-terkunci.lumbung")
        elif number % 5 == 4:
            back_up(path, work / "out").rename(work / "books" / f"desa{number:02d}.lumbung")
        else:
            path.rename(work / "books" / path.name)
    (work / "books").rename(folder)
    shutil.rmtree(work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", type=int, default=50)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    args = parser.parse_args()
    folder = args.out / f"recap-{args.books}"
    if not folder.exists():
        print(f"Building {args.books} village books into {folder} ...", flush=True)
        started = time.perf_counter()
        build(folder, args.books)
        print(f"  built in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    result = recap([folder], as_of=date(2026, 8, 17), passphrase=lambda path, group: PASSPHRASE)
    seconds = time.perf_counter() - started
    assert len(result.groups) == args.books and not result.problems, result.problems
    print(f"recap of {args.books} books (app.recap.recap): {seconds:.2f} s"
          f" ({seconds / args.books * 1000:.0f} ms a book; target under 30 s)")

    secret = args.out / "recap-passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "app.cli", "rekap", str(folder), "--date", "17/08/2026",
                           "--pdf", str(args.out / "rekap.pdf"), "--xlsx", str(args.out / "rekap.xlsx"),
                           "--passphrase-file", str(secret)], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    print(f"`lumbung rekap` of {args.books} books with PDF and .xlsx, whole process: {seconds:.2f} s")


if __name__ == "__main__":
    main()
