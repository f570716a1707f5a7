"""The book, its log, its locks, backups and saved-aside copies are readable by their owner only,
whatever the umask; an older book is tightened when opened; a file system without permissions
(a FAT flashdisk) is asked nothing and nothing fails."""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path

import pytest

from app import backup, demo
from app.db import close_book, copy_database, open_book
from app.lock import identity_lock_path, lock_path

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows has ACLs, not modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The loosest umask there is: every mode must be set on purpose."""
    old = os.umask(0)
    yield
    os.umask(old)


def sidecars(book: Path) -> list[Path]:
    return [book.with_name(book.name + suffix) for suffix in ("-wal", "-shm")]


def test_a_new_book_its_folders_log_and_locks_are_private(tmp_path, open_umask):
    os.chmod(tmp_path, 0o755)
    path = tmp_path / "data" / "Lumbung" / "lumbung.sqlite"
    open_book(path, create=True)
    try:
        demo.populate()
        assert mode(tmp_path / "data") == mode(tmp_path / "data" / "Lumbung") == 0o700
        for file in (path, *sidecars(path), lock_path(path), identity_lock_path(path)):
            assert mode(file) == 0o600, file
    finally:
        close_book()
    assert mode(tmp_path) == 0o755  # a folder Lumbung did not make is left as it was


def test_an_older_book_with_wider_permissions_is_tightened_when_opened(template_book, tmp_path):
    path = tmp_path / "lama.sqlite"
    shutil.copy(template_book, path)
    os.chmod(path, 0o664)
    open_book(path)
    try:
        for file in (path, *sidecars(path)):
            assert mode(file) == 0o600, file
    finally:
        close_book()


def test_copies_and_backups_are_private(book, tmp_path, open_umask):
    demo.populate()
    copy = tmp_path / "salinan.sqlite"
    copy_database(book, copy)  # what the safety copy before a migration is made with
    assert mode(copy) == 0o600
    usb = tmp_path / "usb"
    usb.mkdir()
    for passphrase in (None, "rahasia kelompok"):
        made = backup.create_backup(usb, passphrase=passphrase)
        assert mode(made.path) == 0o600
    restored = backup.restore_backup(made.path, passphrase="rahasia kelompok")
    assert mode(restored.saved_aside) == 0o600
    assert mode(book) == 0o600


@pytest.mark.parametrize("chmod", ["refused", "ignored"])
def test_a_file_system_without_permissions_is_asked_nothing(tmp_path, monkeypatch, open_umask, chmod):
    """FAT: chmod fails with EPERM (or a mount option makes it do nothing); all works."""
    def no_permissions(path, mode, *args, **kwargs):
        if chmod == "refused":
            raise PermissionError(errno.EPERM, "Operation not permitted", str(path))

    monkeypatch.setattr(os, "chmod", no_permissions)
    path = tmp_path / "flashdisk" / "buku.sqlite"
    open_book(path, create=True)
    try:
        demo.populate()
        made = backup.create_backup(tmp_path)  # beside the flashdisk's book folder, not in it
        assert backup.restore_backup(made.path).summary == made.summary == backup.current_summary()
    finally:
        close_book()
