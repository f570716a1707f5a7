"""Build a district-sized book for tests/benchmark.py (not a test module: pytest skips it).

The schema, triggers and seeded chart come from app.db.open_book, so the file is a real book;
only the volume is written with executemany in large transactions, because a million entries
through ledger.post_entry would take hours. Every entry is balanced and every posting carries
its entry's date (the postings_date_of_entry trigger checks it during the build).
"""

from __future__ import annotations

import bisect
import random
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from app import demo
from app.db import close_book, open_book
from app.members import WELFARE_STAGES

YEARS = 10
CHUNK = 50_000  # entries per transaction
FIRST_NAMES = ("Siti", "Nur", "Hj.", "Aluh", "Rabiatul", "Mariatul", "Husnul", "Siti Nor", "", "", "")
LAST_NAMES = tuple(sorted({name.split()[-1] for name in demo.WOMEN}))
MEN = ("H. Abdul", "Muhammad", "Ahmad", "Syahrani", "Rahmadi", "Fauzan")
DESA = ("Pandulangan", "Alabio", "Teluk Sinar", "Paliwara", "Sungai Malang", "Murung Sari",
        "Palampitan", "Sungai Karias", "Babirik", "Danau Panggang", "Tambalang", "Sungai Turak",
        "Kota Raden", "Pinang Kara", "Haur Gading", "Banyu Hirang", "Sungai Tabukan", "Paminggir",
        "Banjang", "Telaga Silaba")
KECAMATAN = ("Danau Panggang", "Babirik", "Amuntai Selatan", "Amuntai Tengah", "Sungai Pandan",
             "Amuntai Utara", "Banjang", "Haur Gading", "Paminggir", "Sungai Tabukan")

# weight, description, lines as (account, part, sign, tag), lowest and highest amount.
# part: "a" the main amount, "j" the jasa on it (loan instalments), "t" their sum;
# tag: "m" the line names a member, "b" a business.
MIX = (
    (30, "Setoran simpanan wajib", (("1-101", "a", 1, ""), ("3-102", "a", -1, "m")), 10_000, 50_000),
    (10, "Setoran simpanan sukarela", (("1-101", "a", 1, ""), ("2-101", "a", -1, "m")), 20_000, 500_000),
    (4, "Penarikan simpanan sukarela", (("2-101", "a", 1, "m"), ("1-101", "a", -1, "")), 20_000, 300_000),
    (3, "Pencairan pinjaman", (("1-201", "a", 1, "m"), ("1-101", "a", -1, "")), 500_000, 10_000_000),
    (22, "Angsuran pinjaman",
     (("1-101", "t", 1, ""), ("1-201", "a", -1, "m"), ("4-101", "j", -1, "m")), 50_000, 900_000),
    (13, "Penjualan usaha kelompok", (("1-101", "a", 1, ""), ("4-201", "a", -1, "b")), 30_000, 2_000_000),
    (8, "Pembelian bahan baku", (("5-101", "a", 1, "b"), ("1-101", "a", -1, "")), 20_000, 1_500_000),
    (5, "Beban operasional", (("5-201", "a", 1, ""), ("1-101", "a", -1, "")), 10_000, 400_000),
    (4, "Setor ke bank", (("1-102", "a", 1, ""), ("1-101", "a", -1, "")), 500_000, 20_000_000),
    (1, "Hibah / bantuan modal", (("1-102", "a", 1, ""), ("3-201", "a", -1, "")), 5_000_000, 50_000_000),
)


def book_path(folder: Path, members: int, entries: int, seed: int, schema: int) -> Path:
    return folder / f"district-v{schema}-m{members}-e{entries}-s{seed}.sqlite"


def build(path: Path, members: int, entries: int, seed: int, today: date,
          progress=lambda done, total: None) -> None:
    """Write a fresh book at `path` (replacing nothing: the caller removes an old one)."""
    open_book(path, create=True)
    close_book()
    rng = random.Random(seed)
    start = today - timedelta(days=365 * YEARS)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # Speed for a throwaway build; the book keeps WAL, as the app set it.
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        accounts = dict(conn.execute("SELECT code, id FROM accounts"))
        businesses = [row[0] for row in conn.execute("SELECT id FROM businesses ORDER BY id")]
        joined = _insert_members(conn, rng, members, start, today, businesses)
        _insert_entries(conn, rng, entries, start, today, joined, accounts, businesses, progress)
    finally:
        conn.close()


def _insert_members(conn, rng, count, start, today, businesses) -> list[str]:
    """Members joining over the first years, numbered in that order; returns their join dates."""
    span = (today - start).days * 8 // 10
    serials: Counter = Counter()
    rows, groups = [], []
    joined_dates = sorted(start + timedelta(days=rng.randrange(span)) for _ in range(count))
    for number, joined in enumerate(joined_dates, start=1):
        sex = "L" if rng.random() < 0.08 else "P"
        first = rng.choice(MEN if sex == "L" else FIRST_NAMES)
        name = f"{first} {rng.choice(LAST_NAMES)}".strip()
        born = date(today.year - rng.randint(20, 65), rng.randint(1, 12), rng.randint(1, 28))
        kecamatan = rng.randrange(len(KECAMATAN))
        key = (f"{kecamatan + 1:02d}", born, sex)
        serials[key] += 1
        left = joined + timedelta(days=rng.randint(200, 900)) if rng.random() < 0.05 else None
        left = left if left is not None and left <= today else None
        stamp = f"{joined} 10:00:00"
        rows.append((
            number, number, name, demo.make_nik(*key, serials[key]), sex,
            rng.choice(("Amuntai", "Alabio", "Babirik", "Danau Panggang", "Barabai")), born.isoformat(),
            f"08{rng.randint(11, 59)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            rng.choice(demo.STREETS), f"{rng.randint(1, 20):03d}", "", rng.choice(DESA),
            KECAMATAN[kecamatan], "Hulu Sungai Utara", "Kalimantan Selatan", "",
            rng.choice(WELFARE_STAGES), joined.isoformat(), left.isoformat() if left else None,
            stamp, stamp,
        ))
        groups += [(b, number) for b in set(rng.sample(businesses, rng.randint(1, 2)))]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO members (id, number, name, nik, sex, birth_place, birth_date, phone, street, rt,"
        " rw, desa, kecamatan, kabupaten, provinsi, postal_code, welfare_stage, joined_on, left_on,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany("INSERT INTO business_members (business_id, member_id) VALUES (?, ?)", groups)
    # The counter members.add_member takes the next number from.
    conn.execute("INSERT OR REPLACE INTO sequences (name, last_value) VALUES ('member_number', ?)", (count,))
    conn.execute("COMMIT")
    return [d.isoformat() for d in joined_dates]


def _insert_entries(conn, rng, count, start, today, joined, accounts, businesses, progress) -> None:
    days = (today - start).days
    weights = [m[0] for m in MIX]
    posting_id = 0
    for first in range(1, count + 1, CHUNK):
        entries, postings = [], []
        for entry_id in range(first, min(first + CHUNK, count + 1)):
            # Entries come in date order, as a secretary enters them.
            on = (start + timedelta(days=(entry_id - 1) * days // count)).isoformat()
            _, text, lines, low, high = rng.choices(MIX, weights)[0]
            a = rng.randint(low // 1000, high // 1000) * 1000
            parts = {"a": a, "j": a // 100 * 2, "t": a + a // 100 * 2}
            member = rng.randint(1, max(1, bisect.bisect_right(joined, on)))
            business = rng.choice(businesses)
            entries.append((entry_id, on, text, f"{on} 19:00:00"))
            for code, part, sign, tag in lines:
                posting_id += 1
                postings.append((
                    posting_id, entry_id, accounts[code], on, sign * parts[part],
                    member if tag == "m" else None, business if tag == "b" else None,
                ))
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO journal_entries (id, entry_date, description, entered_at, entered_by)"
            " VALUES (?, ?, ?, ?, 'Sekretaris')",
            entries,
        )
        conn.executemany(
            "INSERT INTO postings (id, entry_id, account_id, entry_date, amount_rp, member_id, business_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            postings,
        )
        conn.execute("COMMIT")
        progress(entry_id, count)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
