"""Schema migrations: from an empty file, from the previous version (with a safety copy that
still holds the old book), and a failing migration that leaves everything as it was."""

from __future__ import annotations

import sqlite3
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from app import accounts, businesses, ledger, migrations
from app.db import close_book, db, open_book
from app.errors import BookError
from app.migrations import LATEST_VERSION, MIGRATIONS, apply_migrations


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def build_v1(path: Path) -> None:
    """A book as Lumbung version 1 left it, with one entry of two postings."""
    conn = sqlite3.connect(path)
    assert apply_migrations(conn, target=1) == 1
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute(
        "INSERT INTO journal_entries (id, entry_date, description, entered_at, entered_by)"
        " VALUES (1, '2026-02-01', 'Modal awal', '2026-02-01 10:00:00', 'Bu Ketua')"
    )
    conn.execute(
        "INSERT INTO postings (entry_id, account_id, entry_date, amount_rp)"
        " SELECT 1, id, '2026-02-01', 800000 FROM accounts WHERE code = '1-101'"
    )
    conn.execute(
        "INSERT INTO postings (entry_id, account_id, entry_date, amount_rp)"
        " SELECT 1, id, '2026-02-01', -800000 FROM accounts WHERE code = '3-201'"
    )
    conn.execute("UPDATE settings SET value = 'UP2K As Syifa' WHERE key = 'group_name'")
    conn.commit()
    conn.close()


def v1_rows(path: Path) -> tuple[list, list]:
    conn = sqlite3.connect(path)
    try:
        entries = conn.execute("SELECT id, entry_date, description, entered_by FROM journal_entries").fetchall()
        postings = conn.execute(
            "SELECT p.entry_id, a.code, p.entry_date, p.amount_rp FROM postings p JOIN accounts a ON a.id = p.account_id"
            " ORDER BY p.id"
        ).fetchall()
        return entries, postings
    finally:
        conn.close()


def test_versions_are_numbered_from_the_list():
    assert LATEST_VERSION == len(MIGRATIONS) >= 2


def test_apply_step_by_step():
    conn = sqlite3.connect(":memory:")
    assert apply_migrations(conn, target=1) == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert {"accounts", "journal_entries", "postings", "settings"} <= tables(conn)
    assert "members" not in tables(conn)
    assert apply_migrations(conn) == LATEST_VERSION
    assert {"members", "businesses", "business_members"} <= tables(conn)
    assert apply_migrations(conn) == LATEST_VERSION  # nothing left to do
    # with 2-102, 5-102 (m0006), 4-301…5-205 (m0007), 5-302 (m0008), 1-203, 4-304, 5-303 (m0012),
    # 1-402, 3-501, 5-206 (m0013), 3-502 (m0015)
    assert conn.execute("SELECT count(*) FROM accounts").fetchone()[0] == 40


def test_from_empty(tmp_path):
    path = tmp_path / "baru.sqlite"
    info = open_book(path, create=True)
    try:
        assert (info.version, info.created, info.safety_copy) == (LATEST_VERSION, True, None)
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert len(accounts.list_accounts()) == 40
        assert [b.name for b in businesses.list_businesses()] == [
            "Bordir", "Telur itik Alabio", "Kerupuk", "Kue kering", "Warung makan"
        ]
    finally:
        close_book()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baru.sqlite"]


def test_from_previous_version_with_safety_copy(tmp_path, fixed_clock):
    path = tmp_path / "buku.sqlite"
    build_v1(path)
    old = v1_rows(path)

    info = open_book(path)
    try:
        assert (info.version, info.created) == (LATEST_VERSION, False)
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        # the data came through and works with the new schema
        assert ledger.account_balance("1-101") == 800_000
        entry = ledger.get_entry(1)
        assert (entry.description, entry.entered_by) == ("Modal awal", "Bu Ketua")
        assert [(l.account, l.amount_rp, l.member_id, l.business_id) for l in entry.lines] == [
            ("1-101", 800_000, None, None), ("3-201", -800_000, None, None)
        ]
        assert len(businesses.list_businesses()) == 5
        assert ledger._reverse_entry(1, "uji") == 2
    finally:
        close_book()

    copy = info.safety_copy
    assert copy is not None and copy.parent == path.parent and copy.exists()
    assert copy.name == "buku.sebelum-v2-20260817-093000.sqlite"  # stamped with the clock
    assert user_version(copy) == 1
    assert v1_rows(copy) == old
    conn = sqlite3.connect(copy)
    assert "members" not in tables(conn)
    assert conn.execute("SELECT value FROM settings WHERE key = 'group_name'").fetchone()[0] == "UP2K As Syifa"
    conn.close()


def test_opening_a_current_book_makes_no_copy(tmp_path):
    path = tmp_path / "buku.sqlite"
    open_book(path, create=True)
    ledger.post_entry(date(2026, 8, 1), "x", [ledger.debit("1-101", 5), ledger.credit("3-201", 5)])
    close_book()
    info = open_book(path)
    try:
        assert (info.created, info.safety_copy) == (False, None)
        assert ledger.account_balance("1-101") == 5
    finally:
        close_book()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["buku.sqlite"]


@pytest.fixture
def broken_migration(monkeypatch):
    """Replace version 2 with one that does some work and then fails."""
    module = types.ModuleType("app.migrations.m9999_broken")
    module.STATEMENTS = [
        "CREATE TABLE half_done (x INTEGER)",
        "ALTER TABLE accounts ADD COLUMN broken INTEGER",
        "INSERT INTO settings (key, value) VALUES ('broken', 'yes')",
        "INSERT INTO no_such_table VALUES (1)",
    ]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(migrations, "MIGRATIONS", ("m0001_ledger", "m9999_broken"))


def assert_still_v1(path: Path, rows) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "half_done" not in tables(conn)
        assert "broken" not in [r[1] for r in conn.execute("PRAGMA table_info(accounts)")]
        assert conn.execute("SELECT count(*) FROM settings WHERE key = 'broken'").fetchone()[0] == 0
    finally:
        conn.close()
    assert v1_rows(path) == rows


def test_failed_migration_rolls_back(tmp_path, broken_migration):
    path = tmp_path / "buku.sqlite"
    build_v1(path)
    rows = v1_rows(path)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        apply_migrations(conn, target=2)
    assert not conn.in_transaction
    conn.close()
    assert_still_v1(path, rows)


def test_failed_migration_on_open(tmp_path, broken_migration, monkeypatch):
    path = tmp_path / "buku.sqlite"
    build_v1(path)
    rows = v1_rows(path)
    with pytest.raises(BookError) as info:
        open_book(path)
    assert info.value.code == "migration_failed"
    assert info.value.params["version"] == 1
    assert "no_such_table" in info.value.params["reason"]
    assert db.obj is None or db.obj.database != str(path)  # not left bound to the half-open book
    assert_still_v1(path, rows)
    copies = [p for p in tmp_path.iterdir() if ".sebelum-v2-" in p.name]
    assert len(copies) == 1 and user_version(copies[0]) == 1

    # with the real migration back, the same file opens and migrates
    monkeypatch.undo()
    open_book(path)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert ledger.account_balance("3-201") == -800_000
    finally:
        close_book()


def test_v5_keeps_every_receipt_and_its_guards(tmp_path):
    """Receipts are rebuilt (a walk-in buyer has no member): numbers, links and the
    no-delete / no-change triggers come through."""
    from app import collection
    from loan_support import member as new_member

    path = tmp_path / "buku.sqlite"
    conn = sqlite3.connect(path)
    apply_migrations(conn, 4)
    conn.close()
    open_book(path)
    try:
        member_id = new_member("Siti Aminah")
        number = collection.take_payment(member_id, date(2026, 8, 17), 50_000).receipt_number
        close_book()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys = ON")
        assert apply_migrations(conn) == LATEST_VERSION
        assert conn.execute("SELECT number, member_id, party_name, amount_rp FROM receipts").fetchall() == [
            (number, member_id, "", 50_000)]
        for statement in ("DELETE FROM receipts", "UPDATE receipts SET amount_rp = 1"):
            with pytest.raises(sqlite3.IntegrityError, match="lumbung: receipts"):
                conn.execute(statement)
        with pytest.raises(sqlite3.IntegrityError):  # neither a member nor a named party
            conn.execute("INSERT INTO receipts (number, entry_id, amount_rp, issued_at, issued_by)"
                         " VALUES ('KW/2026/000099', 1, 5, 'x', 'y')")
        conn.close()
    finally:
        close_book()
