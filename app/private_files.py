"""Files that hold the book's contents are readable by their owner only.

The book, its -wal/-shm, its lock, backups and saved-aside copies hold names, NIKs and every
balance; on a shared PC another account must not read them. Modes are set explicitly after
creation, so the user's umask does not matter. A file system without permissions (a FAT
flashdisk) refuses chmod or ignores it: nothing more is asked of it there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def make_private(path: str | os.PathLike, mode: int = FILE_MODE) -> None:
    """Owner-only access to `path` where the file system has permissions; never fails."""
    if os.name == "nt":  # Windows has ACLs, not modes: chmod only toggles read-only there
        return
    with contextlib.suppress(OSError):  # FAT: EPERM, or a mount that ignores it; a file gone
        os.chmod(path, mode)


def create_private(path: str | os.PathLike) -> None:
    """Create `path` empty and private if missing (so that SQLite, which gives its -wal and
    -shm the book's own mode, writes into a private file); an existing file keeps its content."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    make_private(path)


def make_private_folder(folder: Path) -> None:
    """Create `folder` and any missing parents, each of those made by us owner-only."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    for created in missing:
        make_private(created, FOLDER_MODE)


def tighten_book(book: Path) -> None:
    """An existing book (and its -wal/-shm) made by an older Lumbung, or copied in, is made
    owner-only when opened."""
    for path in (book, book.with_name(book.name + "-wal"), book.with_name(book.name + "-shm")):
        if path.exists():
            make_private(path)
