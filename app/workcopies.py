"""Working copies of a book (a backup's snapshot, a restore's unpacked file): plaintext like the
book, so they live beside it, in its own folder, never in the shared temp folder.

Each is private (0600, from mkstemp) and randomly named after its book, so that a copy left by
a run that was killed (kill -9, a power cut) is known by its name and removed by whoever next
holds the book's lock: the next backup or restore, and the next opening of the book.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _prefix(book: Path) -> str:
    return f".{book.name}.salinan-kerja-"


def new_copy(book: Path) -> Path:
    """A new, empty, private file beside `book` (OSError when its folder cannot take one)."""
    fd, name = tempfile.mkstemp(dir=book.parent, prefix=_prefix(book), suffix=".tmp")
    os.close(fd)
    return Path(name)


def remove(copy: Path) -> None:
    """The copy and the journal or log SQLite may have left beside it."""
    for path in (copy, *(copy.with_name(copy.name + end) for end in ("-journal", "-wal", "-shm"))):
        try:
            path.unlink(missing_ok=True)
        except OSError:  # removed by the next run or opening; never worth failing for
            pass


def remove_stale(book: Path) -> None:
    """Copies left beside `book` by killed runs. Only for the holder of the book's lock: no
    other run on this book can be under way."""
    prefix = _prefix(book)
    try:
        stale = [p for p in book.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for path in stale:
        remove(path)
