"""Restoring a backup over the open book: all or nothing.

Everything is proved before the book is touched: the file's checksum (and passphrase), then
the SQLite file it holds, unpacked beside the book, must pass integrity_check and carry the
summary its manifest promises. Only then is the book closed, saved aside (the automatic local
backup before every restore) and replaced by a rename, which the file system does whole.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app import clock
from app.backup.files import free_name, sync_folder
from app.backup.fileformat import BackupError, Progress, key_for, read_header, read_payload, step
from app.backup.summary import BookSummary, summarize
from app.db import SQLITE_HEADER, close_book, connect_read_only, copy_database, current_path, hold_lock, open_book
from app.errors import BookError
from app.migrations import LATEST_VERSION
from app.private_files import create_private

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class RestoreResult:
    saved_aside: Path  # the book as it was before, beside it
    summary: BookSummary  # what the restored book holds


def current_summary() -> BookSummary:
    """The open book's summary, for showing beside a backup's before a restore."""
    return summarize(current_path())


def restore_backup(path: str | os.PathLike, passphrase: str | None = None,
                   progress: Progress = None) -> RestoreResult:
    """Replace the open book by the backup at `path`, or refuse and leave it as it was.

    May run on a worker thread, but every other thread's connection to the book must be closed
    first (the GUI thread calls close_book()): a connection left open would write into the
    replaced file's log. One still open is found, and refused as "book_busy".
    """
    book = current_path()
    if book is None:
        raise RuntimeError("no book is open")
    try:
        hold_lock()  # the GUI thread's close_book() let go of it
    except BookError as error:
        raise BackupError("book_busy", path=str(book), **error.params) from error
    header = read_header(Path(path))
    key = key_for(header, passphrase)
    _remove_stale_temps(book)
    try:
        fd, name = tempfile.mkstemp(dir=book.parent, prefix=_temp_prefix(book), suffix=".tmp")
    except OSError as exc:
        raise BackupError("write_failed", path=str(book.parent), reason=exc.strerror or str(exc)) from exc
    unpacked = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            read_payload(header, key, out, progress)
            out.flush()
            os.fsync(out.fileno())
        summary = _prove(unpacked, header, progress)
        step(progress, "copy", 0, 1)
        saved = _swap(book, unpacked)
    except OSError as exc:  # the disk beside the book is full or failing; the book is as it was
        raise BackupError("write_failed", path=str(book.parent), reason=exc.strerror or str(exc)) from exc
    finally:
        unpacked.unlink(missing_ok=True)
    try:
        open_book(book)  # migrates a backup from an older Lumbung, with its own safety copy
    except BookError as error:  # proved sound a moment ago; put the old book back regardless
        _put_back(saved, book)
        raise BackupError("check_failed", path=str(path), reason=error.code) from error
    log.info("restored %s over %s; the previous book saved as %s", Path(path).name, book, saved.name)
    return RestoreResult(saved, summary)


def _temp_prefix(book: Path) -> str:
    return f".{book.stem}.pulih-"


def _remove_stale_temps(book: Path) -> None:
    """Unpacked files left by a restore that was killed (the book's lock is ours: no other
    restore is running)."""
    for stale in book.parent.glob(f"{_temp_prefix(book)}*.tmp"):
        stale.unlink(missing_ok=True)


def _prove(unpacked: Path, header, progress: Progress) -> BookSummary:
    """The unpacked file must be a sound Lumbung book holding what the manifest says."""
    where = {"path": str(header.path)}
    with open(unpacked, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError("nothing_to_restore", **where)
    step(progress, "check", 0, 1)
    conn = connect_read_only(unpacked)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            raise BackupError("nothing_to_restore", **where)
        if version > LATEST_VERSION:
            raise BackupError("too_new", **where, version=version, supported=LATEST_VERSION)
        if conn.execute("PRAGMA integrity_check(1)").fetchall() != [("ok",)]:
            raise BackupError("check_failed", **where, reason="integrity")
        summary = summarize(conn)
    except sqlite3.DatabaseError as exc:
        raise BackupError("check_failed", **where, reason="integrity") from exc
    finally:
        conn.close()
    if summary != header.info().summary:
        raise BackupError("check_failed", **where, reason="summary")
    return summary


def _swap(book: Path, unpacked: Path) -> Path:
    """Save the book aside and rename the unpacked file over it; return the aside copy."""
    close_book()
    _sole_access(book)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    saved = free_name(book.parent, f"{book.stem}.sebelum-pulih-{stamp}", book.suffix or ".sqlite")
    try:
        copy_database(book, saved)
    except sqlite3.Error as exc:
        saved.unlink(missing_ok=True)
        raise BackupError("write_failed", path=str(saved), reason=str(exc)) from exc
    for sidecar in ("-wal", "-shm"):  # emptied by _sole_access; a stale one must not meet the new file
        book.with_name(book.name + sidecar).unlink(missing_ok=True)
    os.replace(unpacked, book)
    sync_folder(book.parent)
    return saved


def _sole_access(book: Path) -> None:
    """Checkpoint the log into the book and leave WAL mode: SQLite allows that only when no
    other connection is open, which is the proof needed before the file is replaced. (The next
    open sets WAL again.)"""
    conn = sqlite3.connect(str(book), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        mode = "busy"
    finally:
        conn.close()
    if mode != "delete":
        raise BackupError("book_busy", path=str(book))


def _put_back(saved: Path, book: Path) -> None:
    temp = book.with_name(book.name + ".kembali.tmp")
    create_private(temp)  # copyfile keeps the mode of a file that exists
    shutil.copyfile(saved, temp)
    os.replace(temp, book)
    open_book(book)
