"""The audit chain on the district book (a script, not a timed test: pytest skips it).

    python tests/bench_verify.py [--entries 1000000] [--members 3000] [--out bench-out]

Builds (or reuses) the district book of tests/bench_district.py: 3 000 members and up to a
million entries written outside Lumbung, as a book from before the audit log holds them. Then:
- the first open seals them (app.audit.chain.seal: one record per entry and per member), timed;
- verify() on it (target: under 10 s for a million entries), which must be clean;
- `lumbung verify --db` the same, as an examiner runs it (its exit status 0);
- what the audit record adds to one posting (target: under 1 ms): ledger.post_entry timed with
  and without app.audit.chain.record_entry, on a copy;
- with --per-entry: verify() on the same book given one record per entry and member, as a book
  grown through the app would have them (the chain walk then counts a million records).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import bench_district  # noqa: E402

from app import ledger  # noqa: E402
from app.audit import chain, verify  # noqa: E402
from app.db import close_book, open_book  # noqa: E402
from app.migrations import LATEST_VERSION  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    parser.add_argument("--postings", type=int, default=300, help="postings timed, each way")
    parser.add_argument("--per-entry", action="store_true", help="also: a record per entry, as the app writes them")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    built = bench_district.book_path(args.out, args.members, args.entries, args.seed, LATEST_VERSION)
    if not built.exists():
        print(f"Building {built.name} ...", flush=True)
        started = time.perf_counter()
        partial = built.with_name(built.name + ".part")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        bench_district.build(partial, args.members, args.entries, args.seed, date.today())
        partial.rename(built)
        print(f"  built in {time.perf_counter() - started:.1f} s")
    book = args.out / f"verify-{built.name}"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{book}{suffix}").unlink(missing_ok=True)
    shutil.copy(built, book)
    size = book.stat().st_size
    started = time.perf_counter()
    open_book(book)
    sealed_s = time.perf_counter() - started
    close_book()
    grown = book.stat().st_size + Path(f"{book}-wal").stat().st_size if Path(f"{book}-wal").exists() else book.stat().st_size
    print(f"  first open, sealing {args.entries} entries and {args.members} members: {sealed_s:.1f} s"
          f" (book {size / 2**20:.0f} MiB, +{(grown - size) / 2**20:.0f} MiB)")
    open_book(book)  # checkpoints the seal's log into the file, as the app's next start would
    close_book()
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        result = verify.verify(book)
        runs.append(time.perf_counter() - started)
    verdict = "ok" if min(runs) < 10 else "MISSED"
    print(f"  verify(): {min(runs):.2f} s best of 3 (median {statistics.median(runs):.2f} s) target 10 s  {verdict};"
          f" {result.records} records, {result.entries} entries, {len(result.findings)} findings")
    for finding in result.findings[:10]:
        print("   ", finding)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "app.cli", "verify", "--db", str(book)], cwd=ROOT,
                          capture_output=True, text=True)
    print(f"  lumbung verify --db: exit {done.returncode} in {time.perf_counter() - started:.2f} s:"
          f" {done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()}")
    _posting(book, args.postings)
    if args.per_entry:
        _per_entry(built, args.out / f"per-entry-{built.name}")


def _per_entry(built: Path, book: Path) -> None:
    """The district book with a record per entry and per member, written as app.audit.log.record
    would have written them one by one, then verify() three times."""
    from app.audit.chain import ENTRY_CONTENT, MEMBER_ROW, SEALED_KEY, content_hash, record_hash
    from app.audit.log import GENESIS

    for suffix in ("", "-wal", "-shm"):
        Path(f"{book}{suffix}").unlink(missing_ok=True)
    shutil.copy(built, book)
    conn = sqlite3.connect(book, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    at, user = "2026-12-06 10:00:00", "Sekretaris"

    def rows():
        prev = GENESIS
        reader = conn.cursor()
        for entry_id, text in reader.execute(ENTRY_CONTENT.format(where="ORDER BY e.id")):
            detail = json.dumps({"entry_hash": content_hash(text)}, sort_keys=True)
            digest = record_hash(prev, at, user, "entry", f"JU-{entry_id}", detail, entry_id, None)
            yield at, user, "entry", f"JU-{entry_id}", detail, entry_id, None, prev, digest
            prev = digest
        for member_id, number, text in reader.execute(MEMBER_ROW.format(where="ORDER BY id")).fetchall():
            detail = json.dumps({"what": "added", "changes": {}, "member_hash": content_hash(text)}, sort_keys=True)
            digest = record_hash(prev, at, user, "member", f"Anggota {number:04d}", detail, None, member_id)
            yield at, user, "member", f"Anggota {number:04d}", detail, None, member_id, prev, digest
            prev = digest

    conn.execute("BEGIN")
    conn.executemany("INSERT INTO audit_log (at, user, kind, subject, detail, entry_id, member_id, prev_hash, hash)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (SEALED_KEY, at))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        result = verify.verify(book)
        runs.append(time.perf_counter() - started)
    print(f"  verify(), a record per entry: {min(runs):.2f} s best of 3 (median {statistics.median(runs):.2f} s)"
          f" target 10 s  {'ok' if min(runs) < 10 else 'MISSED'}; {result.records} records,"
          f" {len(result.findings)} findings")


def _posting(book: Path, count: int) -> None:
    """ledger.post_entry with and without the audit record, alternating, on the sealed book."""
    open_book(book)
    day = date.today()
    recorded = []
    plain = []
    real = chain.record_entry
    try:
        for i in range(count * 2):
            without = i % 2 == 1
            chain.record_entry = (lambda entry_id: None) if without else real
            started = time.perf_counter()
            ledger.post_entry(day - timedelta(days=0), "Setoran simpanan wajib (bench)",
                              [ledger.debit("1-101", 10_000 + i), ledger.credit("3-102", 10_000 + i, member_id=1)])
            (plain if without else recorded).append(time.perf_counter() - started)
    finally:
        chain.record_entry = real
        close_book()
    with_ms, without_ms = statistics.median(recorded) * 1000, statistics.median(plain) * 1000
    added = with_ms - without_ms
    print(f"  one posting: {with_ms:.2f} ms with its audit record, {without_ms:.2f} ms without:"
          f" +{added:.2f} ms (median of {count} each) target < 1 ms  {'ok' if added < 1 else 'MISSED'}")


if __name__ == "__main__":
    main()
