"""Lumbung on a district-sized book: start-up, member search and ledger queries, with targets.

Not part of the test run (pytest collects only test_*.py). Run from the repository root:

    .venv/bin/python tests/benchmark.py                 # 3 000 members, 1 000 000 entries
    .venv/bin/python tests/benchmark.py --members 300 --entries 20000   # a quick look

Options:
    --members N   members in the district book (default 3000)
    --entries N   journal entries, over ten years (default 1000000; about 2.2 postings each)
    --seed N      seed of the generated book (default 2026)
    --runs N      cold starts per book (default 7)
    --repeat N    runs of each ledger query (default 9)
    --out DIR     where the books are kept (default bench-out/ in the repository, git-ignored)
    --rebuild     build the district book again even when a cached one exists
    --no-ui       only the ledger queries and backups (no Qt)
    --backup-only only the backup and restore figures
    --documents   only the documents: a receipt, one and all statements, the Neraca, a month's cash book
                  (the group businesses have their own: tests/bench_usaha.py)

The district book (dated over the ten years up to the day it is built) is cached as
DIR/district-v<schema>-m<members>-e<entries>-s<seed>.sqlite and reused while those match.
Cold start runs tests/bench_start.py in a fresh process (offscreen Qt), alternating the empty
and the district book; the figure is the time from launching the process to its main window
being exposed, with the moment Beranda's figures filled in beside it. The operating system's file
cache is warm after the first run, as it is on a PC that started Lumbung before.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peewee import fn  # noqa: E402

from app import ledger, members  # noqa: E402
from app.db import close_book, open_book  # noqa: E402
from app.migrations import LATEST_VERSION  # noqa: E402
from app.models import JournalEntry, Posting  # noqa: E402
import bench_district  # noqa: E402

TARGET_START_S = 1.0
TARGET_START_SLOWER = 0.10
TARGET_KEYSTROKE_MS = 16.0
TARGET_TRIAL_BALANCE_MS = 300.0
SEARCHES = ("siti nor", "alabio", "630805", "0123")  # a name, a desa, a NIK prefix, a number


def main() -> None:
    args = _arguments()
    args.out.mkdir(parents=True, exist_ok=True)
    district = _district_book(args)
    if args.documents:
        _documents(district, args.out)
        return
    if not args.backup_only:
        _queries(district, args.repeat)
        _setoran(district, args.out, args.repeat)
    _backups(district, args.out)
    if args.no_ui or args.backup_only:
        return
    empty = args.out / f"empty-v{LATEST_VERSION}.sqlite"
    if not empty.exists():
        open_book(empty, create=True)
        close_book()
    _cold_starts(empty, district, args.runs)
    _search(district)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--no-ui", action="store_true")
    parser.add_argument("--backup-only", action="store_true")
    parser.add_argument("--documents", action="store_true")
    return parser.parse_args()


def _line(label: str, figure: str, target: str = "", met: bool | None = None) -> None:
    verdict = "" if met is None else ("ok" if met else "MISSED")
    print(f"  {label:<46} {figure:>10}   {target:<20} {verdict}")


def _district_book(args) -> Path:
    path = bench_district.book_path(args.out, args.members, args.entries, args.seed, LATEST_VERSION)
    if path.exists() and not args.rebuild:
        print(f"District book (cached): {path}")
        return path
    partial = path.with_name(path.name + ".part")
    for stale in (path, partial):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{stale}{suffix}").unlink(missing_ok=True)
    print(f"Building {path.name} ...", flush=True)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"\r  {done:>9} / {total} entries", end="", flush=True)

    bench_district.build(partial, args.members, args.entries, args.seed, date.today(), progress)
    partial.rename(path)  # only a finished build is ever reused
    print(f"\n  built in {time.perf_counter() - started:.1f} s, {path.stat().st_size / 2**20:.0f} MiB")
    return path


def _documents(district: Path, out: Path) -> None:
    """The document figures of tests/bench_receipt.py, bench_statements.py and bench_financial.py."""
    import bench_financial
    import bench_receipt
    import bench_statements
    from app import demo

    demo_book = out / f"demo-v{LATEST_VERSION}.sqlite"
    if not demo_book.exists():
        open_book(demo_book, create=True)
        try:
            demo.populate()
        finally:
            close_book()
    print("Documents:")
    for label, measured, target in (bench_receipt.figures(demo_book) + bench_statements.figures(district)
                                    + bench_financial.figures(district, with_month_pdf=True)):
        _line(label[:46], f"{measured:.0f} ms" if measured >= 100 else f"{measured:.1f} ms",
              f"target < {target:.0f} ms", measured < target)


def _ms(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _queries(path: Path, repeat: int) -> None:
    open_book(path)
    try:
        first, last = (JournalEntry.select(f(JournalEntry.entry_date)).scalar() for f in (fn.MIN, fn.MAX))
        middle = first + (last - first) / 2
        print(f"Ledger queries ({JournalEntry.select().count():,} entries, {Posting.select().count():,} "
              f"postings, {members.count_members(False):,} members; median of {repeat}):")
        figures = (
            ("trial balance", lambda: ledger.trial_balance(), TARGET_TRIAL_BALANCE_MS),
            (f"trial balance at {middle}", lambda: ledger.trial_balance(middle), TARGET_TRIAL_BALANCE_MS),
            (f"Kas balance at {middle}", lambda: ledger.account_balance("1-101", middle), None),
            ("Kas balance today (Beranda)", lambda: ledger.account_balance("1-101"), None),
            ("member balance (member 1, all accounts)", lambda: ledger.member_balance(1), None),
            ("business balance (usaha 1, 4-201)", lambda: ledger.business_balance(1, "4-201"), None),
            ("list_members (Anggota page load)", members.list_members, None),
        )
        for label, function, target in figures:
            median = statistics.median(_ms(function, repeat))
            if target is None:
                _line(label, f"{median:.1f} ms")
            else:
                _line(label, f"{median:.1f} ms", f"target < {target:.0f} ms", median < target)
    finally:
        close_book()


def _backups(district: Path, out: Path) -> None:
    """Backup (with its checks) and restore of the district book against what SQLite alone
    takes to copy the file and check the copy, measured here in the same run."""
    import shutil
    import sqlite3

    from app import backup
    from app.db import copy_database

    work = out / "backup-bench"
    shutil.rmtree(work, ignore_errors=True)
    (work / "usb").mkdir(parents=True)
    book = work / "buku.sqlite"
    copy_database(district, book)  # the cached book stays as built (a backup writes its date)

    started = time.perf_counter()
    raw = work / "raw.sqlite"
    copy_database(book, raw)
    conn = sqlite3.connect(raw)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    raw_s = time.perf_counter() - started
    target = raw_s * 1.5
    print(f"Backup and restore of the district book ({book.stat().st_size / 2**20:.0f} MiB):")
    _line("raw: sqlite3 backup + integrity_check", f"{raw_s:.2f} s")

    open_book(book)
    try:
        timings = {}
        for label, passphrase in (("create_backup, plain", None), ("create_backup, encrypted", "kunci desa")):
            started = time.perf_counter()
            result = backup.create_backup(work / "usb", passphrase=passphrase)
            timings[label] = time.perf_counter() - started
            _line(label, f"{timings[label]:.2f} s", f"within 1.5x raw ({target:.2f} s)", timings[label] <= target)
            print(f"    {result.path.name}: {result.size_bytes / 2**20:.0f} MiB")
        started = time.perf_counter()
        backup.restore_backup(result.path, passphrase="kunci desa")
        restore_s = time.perf_counter() - started
        _line("restore_backup (encrypted) into a copy", f"{restore_s:.2f} s", f"within 1.5x raw ({target:.2f} s)",
              restore_s <= target)
        started = time.perf_counter()
        problems = backup.check_book()
        _line("check_book (after the window shows)", f"{time.perf_counter() - started:.2f} s", str(problems or "ok"))
    finally:
        close_book()
    shutil.rmtree(work, ignore_errors=True)


TARGET_PAYMENT_MS = 50.0
TARGET_SHEET_S = 1.0
TARGET_ARREARS_MS = 200.0


def _with_loans(district: Path, work: Path, borrowers: int = 200) -> list[int]:
    """A copy of the district book (migrated) with a loan product and `borrowers` loans
    disbursed through the services six months ago (out of a grant for what the cash box lacks),
    most paid three times, some late. The direct-SQL district book has no loans. Returns the borrowers' member ids."""
    from datetime import datetime, timedelta
    from decimal import Decimal

    from app import clock
    from app.db import copy_database
    from app.loans import lifecycle, payments
    from app.loans.products import ProductInput, add_product

    book = work / "buku.sqlite"
    copy_database(district, book)
    open_book(book)
    today = date.today()
    start = today - timedelta(days=182)
    product = add_product(ProductInput(name="Pinjaman bergulir", rate=Decimal("0.015"), max_periods=24,
                                       max_principal_rp=20_000_000, penalty_kind="fixed", penalty_rp=5_000)).id
    chosen = [m.id for m in members.list_members() if m.active and m.joined_on < start][:borrowers]
    # The cash box holds what the loans pay out, that day and every day after (the ledger's rule):
    # a revolving-fund grant gives the book what it lacks.
    from app.ledger import cash_available, credit, debit, post_entry

    short = len(chosen) * 2_000_000 - cash_available("1-101", start)[0]
    if short > 0:
        post_entry(start, "Hibah modal pinjaman bergulir", [debit("1-101", short), credit("3-201", short)])
    clock.fix(datetime.combine(start, datetime.min.time()))
    loans = []
    for member_id in chosen:
        loan = lifecycle.apply(member_id, product, 2_000_000, 12, start + timedelta(days=30))
        lifecycle.approve(loan.id)
        lifecycle.disburse(loan.id, start)
        loans.append(loan.id)
    clock.fix(None)
    for number, loan_id in enumerate(loans):
        for month in range(3 if number % 4 else 1):  # a quarter of them stop after one instalment
            due = lifecycle.schedule(loan_id)[month]
            payments.pay(loan_id, due.total_rp, due.due_date)
    return chosen


def _setoran(district: Path, out: Path, repeat: int) -> None:
    """Setoran with its receipt, the collection sheet, the arrears list: on a copy of the
    district book given 200 disbursed loans."""
    import shutil

    from app import collection
    from app.loans import arrears
    from app.documents.receipt import write_receipt

    work = out / "setoran-bench"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.perf_counter()
    borrowers = _with_loans(district, work)
    print(f"Setoran, collection sheet, arrears ({len(borrowers)} loans disbursed through the services in "
          f"{time.perf_counter() - started:.0f} s; median of {repeat}):")
    try:
        today = date.today()
        median = statistics.median(_ms(lambda: arrears.arrears_list(today), repeat))  # before they pay
        _line(f"arrears list ({len(arrears.arrears_list(today))} late of {len(borrowers)} loans)", f"{median:.1f} ms",
              f"target < {TARGET_ARREARS_MS:.0f} ms", median < TARGET_ARREARS_MS)
        payers = iter(borrowers)

        def one_payment():
            member_id = next(payers)
            return collection.take_payment(member_id, today, collection.dues(member_id, today).total_rp)

        times, numbers = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            numbers.append(one_payment().receipt_number)
            times.append((time.perf_counter() - started) * 1000)
        median = statistics.median(times)
        _line("Setoran: dues + one payment + receipt", f"{median:.1f} ms", f"target < {TARGET_PAYMENT_MS:.0f} ms",
              median < TARGET_PAYMENT_MS)
        pdf = statistics.median(_ms(lambda: write_receipt(numbers[0], work / "kuitansi.pdf"), repeat))
        _line("  kuitansi PDF (apart)", f"{pdf:.1f} ms")

        started = time.perf_counter()
        sheet = collection.collection_sheet(today)
        built = time.perf_counter() - started
        _line(f"collection sheet built ({len(sheet):,} active members)", f"{built * 1000:.0f} ms")
        group = [row for row in sheet if row.member_id in set(borrowers) and row.total_rp][:200]
        paid = {row.member_id: row.total_rp for row in group}
        started = time.perf_counter()
        result = collection.post_sheet(today, paid)
        posted = time.perf_counter() - started
        _line(f"collection sheet posted ({len(result.payments)} rows, one transaction)", f"{posted * 1000:.0f} ms",
              f"target < {TARGET_SHEET_S:.0f} s", posted < TARGET_SHEET_S)

    finally:
        close_book()
    shutil.rmtree(work, ignore_errors=True)


def _start_once(book: Path, settings_dir: Path) -> tuple[float, float]:
    """Seconds from launching a fresh process until its window is exposed, and until Beranda
    shows its figures (perf_counter is the system's monotonic clock, shared with the child)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "bench_start.py"), str(book), str(settings_dir)],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    if done.returncode != 0:
        sys.exit(f"cold start failed on {book}:\n{done.stderr}")
    exposed, figures = map(float, done.stdout.split()[-2:])
    return exposed - started, figures - started


def _cold_starts(empty: Path, district: Path, runs: int) -> None:
    results: dict[Path, list[tuple[float, float]]] = {empty: [], district: []}
    for _ in range(runs):
        for book in results:  # alternating, so that drift in the machine hits both alike
            results[book].append(_start_once(book, empty.parent / "qsettings"))
    print(f"Cold start, launching the process to the main window shown (offscreen; median of {runs}):")
    medians = {}
    for book, name in ((empty, "empty book"), (district, "district book")):
        shown, figures = (statistics.median(column) for column in zip(*results[book]))
        medians[book] = shown
        _line(f"{name}, window shown", f"{shown:.3f} s", f"target < {TARGET_START_S:.0f} s", shown < TARGET_START_S)
        print(f"    Beranda figures filled in at {figures:.3f} s;"
              f" runs: {', '.join(f'{s:.2f}' for s, _ in results[book])} s")
    slower = medians[district] / medians[empty] - 1
    _line("district slower than empty by", f"{slower:+.1%}", f"target <= {TARGET_START_SLOWER:.0%}",
          slower <= TARGET_START_SLOWER)


def _search(path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.areas import AREAS
    from ui.main import open_and_show

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(path.parent / "qsettings"))
    window = open_and_show(path)
    app.processEvents()
    started = time.perf_counter()
    window.go_to([area.key for area in AREAS].index("members"))
    app.processEvents()
    opened_ms = (time.perf_counter() - started) * 1000
    page = window.page("members")
    times, found = [], {}
    for text in SEARCHES:
        page.search.clear()
        app.processEvents()
        for letter in text:
            started = time.perf_counter()
            QTest.keyClicks(page.search, letter)
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        found[text] = page.proxy.rowCount()
    print(f"Anggota page on the district book ({page.proxy.sourceModel().rowCount():,} members):")
    _line("first show (loads the register)", f"{opened_ms:.0f} ms")
    print(f"  search, {len(times)} keystrokes typed; rows found: " + ", ".join(f"{t!r} {n}" for t, n in found.items()))
    median = statistics.median(times)
    _line("per keystroke, median", f"{median:.2f} ms", f"target < {TARGET_KEYSTROKE_MS:.0f} ms",
          median < TARGET_KEYSTROKE_MS)
    _line("per keystroke, worst", f"{max(times):.2f} ms", f"target < {TARGET_KEYSTROKE_MS:.0f} ms",
          max(times) < TARGET_KEYSTROKE_MS)
    close_book()


if __name__ == "__main__":
    main()
