"""Restoring a backup over the open book: all or nothing.

Everything is proved before the book is touched: the file's checksum (and passphrase), then
the SQLite file it holds, unpacked beside the book, must pass integrity_check and carry the
summary its manifest promises. Only then is the book closed, saved aside (the automatic local
backup before every restore) and replaced by a rename, which the file system does whole.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app import clock, workcopies
from app.backup.files import free_name, sync_folder
from app.backup.fileformat import BackupError, Progress, key_for, read_header, read_payload, step
from app.backup.summary import BookSummary, summarize
from app.db import SQLITE_HEADER, close_book, connect_read_only, copy_database, current_path, db, hold_lock, open_book
from app.errors import BookError
from app.lock import BookLock
from app.migrations import LATEST_VERSION
from app.private_files import create_private

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 2.0


@dataclass(frozen=True)
class RestoreResult:
    saved_aside: Path | None  # the book as it was before, beside it (None: there was none)
    summary: BookSummary  # what the restored book holds


def current_summary() -> BookSummary:
    """The open book's summary, for showing beside a backup's before a restore."""
    return summarize(current_path())


def restore_backup(path: str | os.PathLike, passphrase: str | None = None,
                   progress: Progress = None, book: str | os.PathLike | None = None) -> RestoreResult:
    """Replace the open book by the backup at `path`, or refuse and leave it as it was; with
    `book`, the book at that path instead, which is not opened first (it may be damaged or
    missing). The restored book is then the open one.

    May run on a worker thread, but every other thread's connection to the book must be closed
    first (the GUI thread calls close_book()): a connection left open would write into the
    replaced file's log. One still open is found, and refused as "book_busy".
    """
    if book is not None:
        target = Path(book).expanduser().resolve()
        refuse_itself(Path(path), target)
        return _restore_by_path(Path(path), passphrase, progress, target)
    target = book_file()
    refuse_itself(Path(path), target)
    try:
        hold_lock()  # the GUI thread's close_book() let go of it
    except BookError as error:
        raise BackupError("book_busy", path=str(target), **error.params) from error
    unpacked, summary = _unpack(Path(path), passphrase, progress, target)
    try:
        step(progress, "copy", 0, 1)
        saved = _swap(target, unpacked)
    except OSError as exc:  # the disk beside the book is full or failing; the book is as it was
        raise BackupError("write_failed", path=str(target.parent), reason=exc.strerror or str(exc)) from exc
    finally:
        workcopies.remove(unpacked)
    try:
        open_book(target)  # migrates a backup from an older Lumbung, with its own safety copy
    except BookError as error:  # proved sound a moment ago; put the old book back regardless
        _put_back(saved, target)
        raise BackupError("check_failed", path=str(path), reason=error.code) from error
    _record(Path(path), saved)
    log.info("restored %s over %s; the previous book saved as %s", Path(path).name, target, saved.name)
    return RestoreResult(saved, summary)


def book_file() -> Path:
    """The open book's file, which a restore replaces. A book on a server is never replaced
    under the desktops working on it (BackupError "book_on_server"): a backup goes onto a
    server with move-book, into an empty database."""
    book = current_path()
    if book is None:
        if db.obj is None:
            raise RuntimeError("no book is open")
        raise BackupError("book_on_server", path=db.obj.shown)
    return book


def refuse_itself(path: Path, book: Path) -> None:
    """`lumbung restore buku.sqlite --db buku.sqlite`: the "backup" is the book itself."""
    try:
        same = path.resolve() == book or (book.exists() and os.path.samefile(path, book))
    except OSError:  # the backup is missing: read_header says so
        same = False
    if same:
        raise BackupError("same_file", path=str(path))


def _unpack(path: Path, passphrase: str | None, progress: Progress, book: Path) -> tuple[Path, BookSummary]:
    """The backup unpacked beside the book and proved sound: (the file, what it holds)."""
    header = read_header(path)
    key = key_for(header, passphrase)
    expected = header.info(key).summary
    workcopies.remove_stale(book)
    try:
        unpacked = workcopies.new_copy(book)
    except OSError as exc:
        raise BackupError("write_failed", path=str(book.parent), reason=exc.strerror or str(exc)) from exc
    try:
        with open(unpacked, "wb") as out:
            read_payload(header, key, out, progress)
            out.flush()
            os.fsync(out.fileno())
        return unpacked, _prove(unpacked, header, expected, progress)
    except OSError as exc:
        workcopies.remove(unpacked)
        raise BackupError("write_failed", path=str(book.parent), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        workcopies.remove(unpacked)
        raise


def _restore_by_path(path: Path, passphrase: str | None, progress: Progress, book: Path) -> RestoreResult:
    """Restore onto a book that is not open here, without opening it: it may be damaged or
    missing. Another Lumbung holding it is refused ("book_busy")."""
    if book.is_dir():
        raise BookError("is_directory", str(book))
    made = _missing_folders(book.parent)
    try:
        book.parent.mkdir(parents=True, exist_ok=True)  # a new PC: restoring is the choice to make one
    except OSError as exc:
        raise BackupError("write_failed", path=str(book.parent), reason=exc.strerror or str(exc)) from exc
    try:
        return _restore_into(path, passphrase, progress, book)
    except BaseException:
        for folder in made:  # a refused restore leaves no folder it made (they are empty again)
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and the parents of it that do not exist, deepest first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _restore_into(path: Path, passphrase: str | None, progress: Progress, book: Path) -> RestoreResult:
    close_book()  # whatever book this process had open (`lumbung restore` has none)
    try:
        lock = BookLock.take(book)
    except BookError as error:
        if error.code != "in_use":
            raise
        raise BackupError("book_busy", path=str(book), **error.params) from error
    try:
        unpacked, summary = _unpack(path, passphrase, progress, book)
        try:
            step(progress, "copy", 0, 1)
            saved = _set_aside(book) if book.exists() else None
            os.replace(unpacked, book)
            sync_folder(book.parent)
        except OSError as exc:
            raise BackupError("write_failed", path=str(book.parent), reason=exc.strerror or str(exc)) from exc
        finally:
            workcopies.remove(unpacked)
    finally:
        lock.release()  # open_book takes it again
    open_book(book)
    _record(path, saved)
    log.info("restored %s onto %s; the previous file saved as %s", path.name, book, saved)
    return RestoreResult(saved, summary)


def _record(path: Path, saved: Path | None) -> None:
    """The audit trail of the restored book, once it is in place and open: what came back from
    where, and where the book before it was kept. A failure to record does not undo the restore."""
    from app.audit import log as audit

    try:
        audit.record("restore", path.name, {"file": str(path), "saved_aside": str(saved) if saved else ""})
    except Exception as exc:  # noqa: BLE001 - the book is restored; only its record is missing
        log.warning("could not record the restore in the audit log: %s", exc)


def _set_aside(book: Path) -> Path:
    """Keep the book as it is (damaged or not) under another name, its log with it. A hard link
    keeps a whole book at `book` until the rename over it; FAT has none, so a copy there."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    saved = free_name(book.parent, f"{book.stem}.sebelum-pulih-{stamp}", book.suffix or ".sqlite")
    try:
        os.link(book, saved)
    except OSError:
        shutil.copyfile(book, saved)
    wal, shm = (book.with_name(book.name + suffix) for suffix in ("-wal", "-shm"))
    if wal.exists():
        os.replace(wal, saved.with_name(saved.name + "-wal"))
    shm.unlink(missing_ok=True)
    return saved


def _prove(unpacked: Path, header, expected: BookSummary, progress: Progress) -> BookSummary:
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
    if summary != expected:
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
