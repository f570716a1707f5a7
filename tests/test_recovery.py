"""Recovery when it is needed: a damaged, missing or 0-byte book restored from the command line
(a real `python -m app.cli` process), and the commands that read a book never making one."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli, demo, members
from app.backup import create_backup
from app.db import close_book, open_book
from app.errors import BookError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> tuple[Path, Path]:
    """(the demo book, closed; a backup of it on a "flashdisk")."""
    work = tmp_path_factory.mktemp("recovery")
    book, usb = work / "desa" / "buku.sqlite", work / "usb"
    usb.mkdir()
    open_book(book, create=True)
    demo.populate()
    made = create_backup(usb)
    close_book()
    return book, made.path


@pytest.fixture
def village(made, tmp_path) -> Path:
    path = tmp_path / "data" / "buku.sqlite"
    path.parent.mkdir()
    shutil.copy(made[0], path)
    return path


@pytest.fixture(autouse=True)
def _closed():
    yield
    close_book()


def lumbung(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real command in its own process, with this tree's code first on the path."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True,
                          env=environ, timeout=120)


def listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"/" for p in sorted(folder.rglob("*"))}


def garble(book: Path, table: str) -> None:
    """Overwrite the root page of `table` with noise, as a failing disk would."""
    conn = sqlite3.connect(book)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(book, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(random.Random(page).randbytes(page_size))


def opens_with_the_village(book: Path) -> None:
    open_book(book)
    assert members.count_members(active_only=False) == 40
    close_book()


def test_a_damaged_book_is_restored_from_the_command_line(made, village):
    garble(village, "members")
    damaged = village.read_bytes()
    with pytest.raises(BookError) as info:
        open_book(village)
    assert info.value.code == "damaged"
    assert f"lumbung restore BERKAS --db {village}" in cli.refusal(info.value)

    done = lumbung("restore", str(made[1]), "--db", str(village), "--yes")
    assert done.returncode == 0, done.stderr
    assert "tidak bisa dibaca" in done.stdout and "Buku dipulihkan" in done.stdout
    opens_with_the_village(village)
    aside = [p for p in village.parent.iterdir() if ".sebelum-pulih-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # kept exactly as it was
    assert sorted(p.name for p in village.parent.iterdir()) == sorted([village.name, aside[0].name])


def test_a_missing_book_is_restored_into_a_new_folder(made, tmp_path):
    book = tmp_path / "pc-baru" / "Lumbung" / "lumbung.sqlite"
    done = lumbung("restore", str(made[1]), "--db", str(book), "--yes")
    assert done.returncode == 0, done.stderr
    assert "belum ada" in done.stdout and f"Buku dipulihkan di {book}." in done.stdout
    opens_with_the_village(book)


def test_an_encrypted_backup_restores_a_damaged_book(made, village, tmp_path):
    open_book(made[0])
    (tmp_path / "usb").mkdir()
    sealed = create_backup(tmp_path / "usb", passphrase="kunci lumbung").path
    close_book()
    garble(village, "settings")
    damaged = listing(village.parent)
    wrong = lumbung("restore", str(sealed), "--db", str(village), "--yes", env={cli.PASSPHRASE_ENV: "salah sekali"})
    assert wrong.returncode == 1 and "Kata sandi salah" in wrong.stderr
    assert listing(village.parent) == damaged  # nothing written, no unpacked copy left
    done = lumbung("restore", str(sealed), "--db", str(village), "--yes", env={cli.PASSPHRASE_ENV: "kunci lumbung"})
    assert done.returncode == 0, done.stderr
    opens_with_the_village(village)


def test_a_zero_byte_book_is_named_and_can_be_restored(made, tmp_path):
    book = tmp_path / "buku.sqlite"
    book.touch()
    usb = tmp_path / "usb"
    usb.mkdir()
    done = lumbung("backup", "--db", str(book), "--to", str(usb))
    assert done.returncode == 1
    assert "kosong (0 byte)" in done.stderr and "Cadangan selesai" not in done.stdout
    assert book.stat().st_size == 0 and list(usb.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["buku.sqlite", "usb"]
    done = lumbung("restore", str(made[1]), "--db", str(book), "--yes")
    assert done.returncode == 0, done.stderr
    opens_with_the_village(book)


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_a_mistyped_db_creates_nothing(made, village, tmp_path, command):
    usb = tmp_path / "usb"
    usb.mkdir()
    before = listing(tmp_path)
    typo = village.with_name("bukku.sqlite")
    args = ["backup", "--db", str(typo), "--to", str(usb)] if command == "backup" else \
        ["restore", str(tmp_path / "cadangan-salah-ketik.lumbung"), "--db", str(village), "--yes"]
    done = lumbung(*args)
    assert done.returncode == 1, done.stdout
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    if command == "backup":
        assert f"Buku {typo} tidak ada" in done.stderr
    assert listing(tmp_path) == before  # no book, no folder, no lock file, no backup


def test_a_book_restored_onto_itself_is_refused(village):
    before = listing(village.parent)
    done = lumbung("restore", str(village), "--db", str(village), "--yes")
    assert done.returncode == 1 and "buku itu sendiri" in done.stderr
    assert listing(village.parent) == before


def test_a_backup_into_the_books_own_folder_is_refused(village):
    before = listing(village.parent)
    done = lumbung("backup", "--db", str(village), "--to", str(village.parent))
    assert done.returncode == 1 and "folder buku itu sendiri" in done.stderr
    assert listing(village.parent) == before


def test_a_refused_restore_onto_a_new_pc_leaves_no_folder(made, tmp_path):
    from app.backup import BackupError, restore_backup

    not_a_backup = tmp_path / "foto.lumbung"
    not_a_backup.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    with pytest.raises(BackupError) as info:
        restore_backup(not_a_backup, book=tmp_path / "pc-baru" / "Lumbung" / "lumbung.sqlite")
    assert info.value.code == "not_a_backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foto.lumbung"]
