"""Opening a book file: what is refused (and left exactly as it was), what is made new."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from app import accounts, businesses
from app import db as dbmodule
from app.db import close_book, current_path, db, open_book
from app.errors import BookError
from app.migrations import LATEST_VERSION, apply_migrations

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\x00" * 64
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder with the hash of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def refused(path: Path, code: str) -> BookError:
    before = snapshot(path.parent)
    with pytest.raises(BookError) as info:
        open_book(path)
    assert info.value.code == code, info.value
    assert snapshot(path.parent) == before  # not a byte changed, no -wal/-shm or copy left behind
    return info.value


@pytest.fixture(autouse=True)
def _closed():
    yield
    close_book()


def make_sqlite(path: Path, version: int, wal: bool) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = wal")
    conn.execute("CREATE TABLE future_things (x)")
    conn.execute("INSERT INTO future_things VALUES (1)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


# --- new books ---------------------------------------------------------------------------------


def test_new_file_in_a_new_folder(tmp_path):
    path = tmp_path / "data" / "Lumbung" / "buku.sqlite"
    info = open_book(path, create=True)
    assert (info.path, info.version, info.created, info.safety_copy) == (path, LATEST_VERSION, True, None)
    assert current_path() == path
    assert len(accounts.list_accounts()) == 40 and len(businesses.list_businesses()) == 5


def test_zero_byte_file_is_refused_as_what_it_is(tmp_path):
    """A 0-byte file is a book lost to a crash or a full disk more often than a new one."""
    path = tmp_path / "kosong.sqlite"
    path.touch()
    refused(path, "empty_file")
    with pytest.raises(BookError) as info:
        open_book(path, create=True)  # not even when a new book was asked for
    assert info.value.code == "empty_file" and path.stat().st_size == 0


def test_a_missing_book_is_made_only_when_asked(tmp_path):
    folder = tmp_path / "salah-ketik"
    with pytest.raises(BookError) as info:
        open_book(folder / "buku.sqlite")
    assert info.value.code == "missing"
    assert list(tmp_path.iterdir()) == []  # not even the folder
    assert open_book(folder / "buku.sqlite", create=True).created


def test_empty_sqlite_file_is_made_a_book(tmp_path):
    path = tmp_path / "kosong.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.execute("VACUUM")  # a real SQLite file, with a header and no tables
    conn.close()
    assert path.stat().st_size > 0
    assert open_book(path).version == LATEST_VERSION
    assert len(accounts.list_accounts()) == 40  # with 1-203, 4-304, 5-303 (m0012), 1-402, 3-501, 5-206 (m0013), 3-502 (m0015)


def test_path_with_spaces_and_hash(tmp_path):
    path = tmp_path / "buku #1 100%" / "UP2K As Syifa.sqlite"
    open_book(path, create=True)
    close_book()
    info = open_book(path)  # reopened: read through a file: URI
    assert (info.created, info.version) == (False, LATEST_VERSION)


# --- refused -----------------------------------------------------------------------------------


@pytest.mark.parametrize("wal", [False, True])
def test_newer_lumbung_refused_untouched(tmp_path, wal):
    path = tmp_path / "baru.sqlite"
    make_sqlite(path, LATEST_VERSION + 1, wal)
    error = refused(path, "too_new")
    assert error.params == {"version": LATEST_VERSION + 1, "supported": LATEST_VERSION}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baru.sqlite"]


def test_newer_version_held_only_in_the_wal(tmp_path):
    """A newer Lumbung crashed before checkpointing: the new header is in the -wal file only."""
    source = tmp_path / "src" / "buku.sqlite"
    source.parent.mkdir()
    conn = sqlite3.connect(source)
    apply_migrations(conn)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    target = tmp_path / "copy" / "buku.sqlite"
    target.parent.mkdir()
    shutil.copy(source, target)  # copied while still open, as a power cut would leave it
    shutil.copy(source.with_name("buku.sqlite-wal"), target.with_name("buku.sqlite-wal"))
    conn.close()
    main = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(BookError) as info:
        open_book(target)
    assert info.value.code == "too_new"
    assert hashlib.sha256(target.read_bytes()).hexdigest() == main


@pytest.mark.parametrize(
    "content",
    [PNG, b"Nama;NIK\nSiti;6308015708900001\n", b"SQLite format 3\x00" + bytes(range(256)) * 20, b"\x00" * 4096],
    ids=["png", "csv", "sqlite-header-garbage", "zeros"],
)
def test_not_a_book(tmp_path, content):
    path = tmp_path / "gambar.sqlite"
    path.write_bytes(content)
    refused(path, "not_a_book")


def test_sqlite_file_of_another_program(tmp_path):
    path = tmp_path / "lain.sqlite"
    make_sqlite(path, 0, wal=False)
    refused(path, "not_a_book")


def test_directory(tmp_path):
    folder = tmp_path / "buku.sqlite"
    folder.mkdir()
    with pytest.raises(BookError) as info:
        open_book(folder)
    assert info.value.code == "is_directory"
    assert list(folder.iterdir()) == []


def _immutable(path: Path, on: bool) -> bool:
    """chattr +i: read-only even for root. False when the file system or container refuses."""
    result = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
    return result.returncode == 0


@pytest.fixture
def read_only(tmp_path):
    """Make a path read-only in a way that holds for the user running the tests (root included)."""
    made: list[tuple[Path, int]] = []

    def make(path: Path) -> None:
        if IS_ROOT:
            if shutil.which("chattr") is None or not _immutable(path, True):
                pytest.skip("running as root, where permissions do not stop writing, and chattr +i is not available")
            made.append((path, -1))
        else:
            made.append((path, path.stat().st_mode))
            path.chmod(0o555 if path.is_dir() else 0o444)

    yield make
    for path, mode in reversed(made):
        if mode == -1:
            _immutable(path, False)
        else:
            path.chmod(mode)


def test_read_only_book(tmp_path, read_only):
    path = tmp_path / "buku.sqlite"
    open_book(path, create=True)
    close_book()
    read_only(path)
    refused(path, "read_only")


def test_read_only_folder_for_a_new_book(tmp_path, read_only):
    folder = tmp_path / "cd-rom"
    folder.mkdir()
    read_only(folder)
    with pytest.raises(BookError) as info:
        open_book(folder / "buku.sqlite", create=True)
    assert info.value.code == "read_only"
    assert list(folder.iterdir()) == []


def test_read_only_seen_by_sqlite_when_the_permission_check_says_writable(tmp_path, read_only, monkeypatch):
    """Network drives and ACLs can make os.access say yes; SQLite's own refusal is named too."""
    path = tmp_path / "buku.sqlite"
    open_book(path, create=True)
    close_book()
    read_only(path)
    monkeypatch.setattr(dbmodule.os, "access", lambda *args, **kw: True)
    refused(path, "read_only")


def test_locked_by_another_program_during_migration(tmp_path, monkeypatch):
    path = tmp_path / "buku.sqlite"
    conn = sqlite3.connect(path)
    apply_migrations(conn, target=1)
    conn.close()
    monkeypatch.setattr(dbmodule, "PRAGMAS", tuple((k, 50 if k == "busy_timeout" else v) for k, v in dbmodule.PRAGMAS))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(BookError) as info:
            open_book(path)
        assert info.value.code == "locked"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["buku.sqlite"]  # no half safety copy
    finally:
        other.execute("ROLLBACK")
        other.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    assert open_book(path).version == LATEST_VERSION  # and once free it opens


def test_a_failed_open_keeps_the_current_book(book, tmp_path):
    bad = tmp_path / "foto.sqlite"
    bad.write_bytes(PNG)
    with pytest.raises(BookError):
        open_book(bad)
    assert current_path() == book
    assert len(accounts.list_accounts()) == 40  # with 1-203, 4-304, 5-303 (m0012), 1-402, 3-501, 5-206 (m0013), 3-502 (m0015)
