"""Moving a book between engines (issue 16): the demo village from SQLite into an empty
PostgreSQL database and back into a new SQLite file, each move proved by its own check, and the
moved book worked on as the original is; and what is refused, with nothing written."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from datetime import date

import pytest

from app import bookmove, ledger, savings
from app.backup import create_backup
from app.db import close_book, open_book
from app.errors import BookError
from app.members import list_members

_names = itertools.count(1)


@pytest.fixture
def empty_pg(pg_server) -> str:
    return pg_server.create_database(f"move_{next(_names)}")


@pytest.fixture
def demo_book(demo_template, tmp_path):
    path = tmp_path / "desa.sqlite"
    shutil.copy(demo_template, path)
    return path


def figures(book) -> tuple:
    """What a treasurer and an examiner look at, read through the services."""
    open_book(book)
    try:
        rows = ledger.trial_balance()
        saved = sorted((m, b.total_rp) for m, b in savings.all_balances().items())
        return ([(r.code, r.debit_rp, r.credit_rp) for r in rows], saved,
                [m.name for m in list_members()], ledger.account_balance("1-101"))
    finally:
        close_book()


def test_the_demo_moves_to_postgresql_and_back_with_every_row_and_balance(demo_book, empty_pg, tmp_path):
    before = figures(demo_book)
    there = bookmove.move_book(demo_book, empty_pg)
    assert there.target.startswith("postgresql://") and "@" in there.target
    assert there.entries > 50 and there.members >= 10 and there.group_name
    assert there.balances["1-101"] == before[3]
    assert figures(empty_pg) == before

    back = tmp_path / "kembali.sqlite"
    again = bookmove.move_book(empty_pg, back)
    assert again.tables == there.tables  # every table: the same rows, the same checksum
    assert figures(back) == before
    assert not (tmp_path / "kembali.sqlite.part").exists()


def test_the_moved_book_goes_on_numbering_where_the_old_one_stopped(demo_book, empty_pg):
    bookmove.move_book(demo_book, empty_pg)
    open_book(demo_book)
    member = list_members()[0].id
    next_there = savings.deposit(member, "sukarela", 5_000, date(2026, 8, 17)).receipt_number
    close_book()
    open_book(empty_pg)
    try:
        member = list_members()[0].id
        moved = savings.deposit(member, "sukarela", 5_000, date(2026, 8, 17))
        assert moved.receipt_number == next_there  # the counters came along, not restarted
        # new rows take ids after the copied ones (the identities were moved on)
        assert ledger.trial_balance() and sum(r.debit_rp - r.credit_rp for r in ledger.trial_balance()) == 0
    finally:
        close_book()


def test_a_database_that_is_not_empty_is_refused_and_left_as_it_was(demo_book, pg_book):
    open_book(pg_book)
    savings.set_amounts(10_000, 5_000)
    close_book()
    with pytest.raises(BookError) as refused:
        bookmove.move_book(demo_book, pg_book)
    assert refused.value.code == "move_target_not_empty"
    open_book(pg_book)
    assert savings.pokok_amount() == 10_000 and not list_members()


def test_an_existing_file_or_a_photo_is_refused(demo_book, tmp_path):
    with pytest.raises(BookError) as refused:
        bookmove.move_book(demo_book, demo_book)
    assert refused.value.code == "move_target_exists"
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    with pytest.raises(BookError) as refused:
        bookmove.move_book(photo, tmp_path / "baru.sqlite")
    assert refused.value.code == "not_a_book"
    assert not (tmp_path / "baru.sqlite").exists()


def test_a_failed_check_keeps_nothing(demo_book, empty_pg, monkeypatch, pg_server):
    """A copy that differs from its source (here: a row the source had and the copy lacks) is
    found by the check, and the whole transaction goes: the database is as empty as before."""
    real, lost = bookmove._counted, []

    def one_row_lost(rows, tally):
        yield from real(rows, tally)
        if not lost:
            lost.append(tally.add(("baris", "yang", "hilang")))

    monkeypatch.setattr(bookmove, "_counted", one_row_lost)
    with pytest.raises(BookError) as refused:
        bookmove.move_book(demo_book, empty_pg)
    assert refused.value.code == "move_check_failed"
    store = __import__("app.engine.postgres", fromlist=["PgStore"]).PgStore.connect(empty_pg, read_only=True)
    try:
        assert store.tables() == []
    finally:
        store.close()


def test_a_backup_moves_into_postgresql_and_a_postgresql_book_is_backed_up(demo_book, empty_pg, tmp_path):
    open_book(demo_book)
    flashdisk = tmp_path / "flashdisk"
    flashdisk.mkdir()
    backup = create_backup(flashdisk, passphrase="rahasia-desa-7")
    close_book()
    with pytest.raises(bookmove.BackupError) as asked:
        bookmove.move_book(backup.path, empty_pg)
    assert asked.value.code == "passphrase_required"
    moved = bookmove.move_book(backup.path, empty_pg, passphrase="rahasia-desa-7")
    assert moved.balances == backup.summary.balances
    assert not list(tmp_path.glob("lumbung-pindah-*"))


def test_every_foreign_key_of_a_postgresql_book_may_wait_for_the_commit(pg_book):
    from app.db import db

    rows = db.execute_sql("SELECT conname, condeferrable FROM pg_constraint WHERE contype = 'f'").fetchall()
    assert rows and all(deferrable for _, deferrable in rows)


def test_a_sqlite_book_from_an_older_lumbung_is_refused_until_opened(tmp_path, empty_pg):
    from app.migrations import apply_migrations

    old = tmp_path / "lama.sqlite"
    with sqlite3.connect(old) as conn:
        apply_migrations(conn, target=12)
    conn.close()
    with pytest.raises(BookError) as refused:
        bookmove.move_book(old, empty_pg)
    assert refused.value.code == "move_source_old"


def test_the_command_moves_and_says_what_it_checked_and_refuses_with_one_line(demo_book, empty_pg, capsys):
    from app.cli import main

    assert main(["move-book", str(demo_book), empty_pg]) == 0
    said = capsys.readouterr()
    assert "Buku dipindahkan dan sudah diperiksa: postgresql://lumbung@/move_" in said.out
    assert "isi setiap tabel sama dengan aslinya; saldo semua akun sama (kas Rp" in said.out
    assert "memeriksa salinan" in said.err
    # again into the same database: refused, one line naming it, nothing changed
    assert main(["move-book", str(demo_book), empty_pg]) == 1
    said = capsys.readouterr()
    assert said.out == "" and said.err.startswith("Basis data postgresql://lumbung@/move_")
    assert "tidak kosong (tabel accounts," in said.err
    wrong = empty_pg.replace("move_", "tidak_ada_")
    assert main(["move-book", str(demo_book), wrong]) == 1
    assert "tidak ada di server itu" in capsys.readouterr().err


def test_a_postgresql_book_is_backed_up_and_the_backup_restores_as_a_sqlite_book(demo_book, empty_pg, tmp_path):
    from app.backup import restore_backup

    before = figures(demo_book)
    bookmove.move_book(demo_book, empty_pg)
    open_book(empty_pg)
    flashdisk = tmp_path / "flashdisk"
    flashdisk.mkdir()
    try:
        made = create_backup(flashdisk, passphrase="kunci-desa-99")
    finally:
        close_book()
    assert made.path.parent == flashdisk and made.summary.entries > 50 and made.book_check == ()
    assert made.summary.balances["1-101"] == before[3]
    assert not list(__import__("pathlib").Path(__import__("tempfile").gettempdir()).glob("lumbung-cadangan-*"))
    restored = tmp_path / "dipulihkan.sqlite"
    restore_backup(made.path, passphrase="kunci-desa-99", book=restored)
    assert figures(restored) == before
    open_book(empty_pg)  # the backup is in the server book's audit trail and reminder
    try:
        from app.backup import reminder
        assert reminder.last_backup_target() == flashdisk
    finally:
        close_book()


def test_the_backup_command_backs_up_a_server_book(demo_book, empty_pg, tmp_path, capsys):
    from app.cli import main

    bookmove.move_book(demo_book, empty_pg)
    flashdisk = tmp_path / "flashdisk"
    flashdisk.mkdir()
    assert main(["backup", "--db", empty_pg, "--to", str(flashdisk)]) == 0
    said = capsys.readouterr().out
    (made,) = flashdisk.glob("*.lumbung")
    assert f"Cadangan selesai dan sudah diperiksa: {made}" in said and "transaksi: " in said
