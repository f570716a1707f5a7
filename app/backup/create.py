"""Making a backup of the open book onto a flashdisk or into a folder, proved before it counts.

1. SQLite's online backup copies the live book into a private working copy beside it (never the
   shared temp folder: app.workcopies), and the summary is read inside the very read
   transaction the copy is taken from (app.db.copy_database), so a write by the app meanwhile
   can never make the two disagree. The book's check (app.db.check_book) runs on the copy: a
   book that fails it is still backed up, with its problems in the result and the manifest.
2. While the copy is compressed (and encrypted) into `<name>.part` on the target, a second
   thread runs `PRAGMA integrity_check` on it and summarizes it again: it must match.
3. The .part is flushed, synced, read back from the device and its checksum proved; only then
   is it renamed to its final name, and only then are old backups of the group removed.
Any failure removes the .part and raises BackupError; older backups are never touched. The
working copy is removed on every way out; one left by a killed run goes at the next backup.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app import clock
from app.backup import reminder
from app.backup.files import free_name, sync_folder
from app.backup.fileformat import SUFFIX, BackupError, Progress, passphrase_refusal, read_header, read_payload, step, write_backup
from app.backup.summary import BookSummary, summarize
from app import workcopies
from app.db import check_book, connect_read_only, copy_database, current_path, db
from app.private_files import create_private

log = logging.getLogger(__name__)

FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    sha256: str
    summary: BookSummary
    encrypted: bool
    removed: tuple[Path, ...]  # older backups deleted to keep the last N
    book_check: tuple[str, ...] = ()  # problems app.db.check_book found: backed up all the same


def slug(group_name: str) -> str:
    """'UP2K PKK "As Syifa"' -> 'up2k-pkk-as-syifa': safe on FAT sticks and in any shell."""
    ascii_name = unicodedata.normalize("NFKD", group_name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or "buku"


def _names(group_slug: str) -> re.Pattern:
    """This group's backups: lumbung-<slug>-YYYYMMDD-HHMMSS[-n].lumbung, and nothing else."""
    return re.compile(rf"lumbung-{re.escape(group_slug)}-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(SUFFIX)}")


def _check_target(target: Path, book: Path) -> None:
    where = {"path": str(target)}
    if not target.exists():
        raise BackupError("target_missing", **where)
    if not target.is_dir():
        raise BackupError("target_not_folder", **where)
    if os.path.samefile(target, book.parent):  # one failing disk would take both
        raise BackupError("target_is_book_folder", **where)
    if not os.access(target, os.W_OK):
        raise BackupError("target_read_only", **where)


def _target_error(exc: OSError, target: Path, needed: int) -> BackupError:
    where = {"path": str(target)}
    if exc.errno in FULL:
        free = shutil.disk_usage(target).free if target.exists() else 0
        return BackupError("target_full", **where, needed=needed, free=free)
    if exc.errno in READ_ONLY:
        return BackupError("target_read_only", **where)
    if exc.errno == errno.ENOENT or not target.exists():
        return BackupError("target_missing", **where)
    return BackupError("write_failed", **where, reason=exc.strerror or str(exc))


class _CopyCheck(threading.Thread):
    """integrity_check and a second summary of the copy, beside the compression. SQLite lets
    go of the GIL, so the two use both cores of an old laptop."""

    def __init__(self, copy: Path, expected: BookSummary) -> None:
        super().__init__(daemon=True)
        self.copy, self.expected = copy, expected
        self.problem: str | None = None
        self._conn: sqlite3.Connection | None = None
        self._stopped = False
        self._guard = threading.Lock()  # stop() never interrupts a connection being closed

    def run(self) -> None:
        with self._guard:
            if self._stopped:
                return
            self._conn = connect_read_only(self.copy)
            self._conn.execute("PRAGMA temp_store = MEMORY")  # sorting the copy: not in the temp folder
        try:
            rows = self._conn.execute("PRAGMA integrity_check(1)").fetchall()
            if rows != [("ok",)]:
                self.problem = "integrity"
            elif summarize(self._conn) != self.expected:
                self.problem = "summary"
        except sqlite3.Error as exc:  # a damaged copy, or interrupted by stop()
            self.problem = "integrity"
            log.warning("checking the copy failed: %s", exc)
        finally:
            with self._guard:
                self._conn.close()
                self._conn = None

    def stop(self) -> None:
        with self._guard:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()  # safe from another thread; the check ends at once
        self.join()


def book_file() -> Path:
    """The open book's file. A PostgreSQL book has none here: its server's administrator backs
    it up (BackupError "book_on_server")."""
    book = current_path()
    if book is None:
        if db.obj is None:
            raise RuntimeError("no book is open")
        raise BackupError("book_on_server", path=db.obj.shown)
    return book


def create_backup(target_dir: str | os.PathLike, passphrase: str | None = None, keep: int | None = None,
                  progress: Progress = None) -> BackupResult:
    """Back up the open book into `target_dir`; see the module's docstring for the steps."""
    book = book_file()
    refusal = passphrase_refusal(passphrase) if passphrase is not None else None
    if refusal is not None:
        raise refusal
    target = Path(target_dir)
    _check_target(target, book)
    keep = reminder.keep_count() if keep is None else keep
    if keep < 1:
        raise ValueError(f"keep must be at least 1, not {keep}")
    moment = clock.now()

    workcopies.remove_stale(book)
    try:
        copy = workcopies.new_copy(book)
    except OSError as exc:
        raise BackupError("write_failed", path=str(book.parent), reason=exc.strerror or str(exc)) from exc
    try:
        final, size, sha, summary, problems = _back_up_copy(book, copy, target, moment, passphrase, progress)
    finally:
        workcopies.remove(copy)

    step(progress, "prune", 0, 1)
    removed = _prune(target, slug(summary.group_name), keep)
    try:
        _record(target, final, size, passphrase is not None)
    except Exception as exc:  # the backup is good; only the reminder's date was not saved
        log.warning("could not record the backup's date in the book: %s", exc)
    log.info("backup written: %s, %d bytes, %s", final, size, "encrypted" if passphrase else "plain")
    return BackupResult(final, size, sha, summary, passphrase is not None, tuple(removed), problems)


def _record(target: Path, final: Path, size: int, encrypted: bool) -> None:
    """The reminder's date and the audit trail's record, in the book backed up, in one transaction."""
    from app.audit import log as audit
    from app.db import db

    with db.atomic():
        reminder.record_backup(target)
        audit.record("backup", final.name, {"folder": str(target), "bytes": size, "encrypted": encrypted})


def _back_up_copy(book: Path, copy: Path, target: Path, moment, passphrase, progress):
    """Steps 1 to 3 through the working copy `copy`: (final path, size, sha256, summary, problems)."""
    step(progress, "copy", 0, 1)
    try:
        summary = copy_database(book, copy, snapshot=summarize)
    except sqlite3.Error as exc:
        raise BackupError("write_failed", path=str(book.parent), reason=str(exc)) from exc
    problems = tuple(check_book(copy))
    if problems:
        log.warning("backing up a book that fails its check: %s", ", ".join(problems))
    group = slug(summary.group_name)
    _remove_stale_parts(target, group)
    final = free_name(target, f"lumbung-{group}-{moment:%Y%m%d-%H%M%S}", SUFFIX)
    part = final.with_name(final.name + ".part")
    check = _CopyCheck(copy, summary)
    check.start()
    try:
        manifest = {"schema_version": summary.schema_version, "created_at": moment.isoformat(),
                    "group_name": summary.group_name}
        details = {"summary": summary.to_json(), "book_check": list(problems)}
        size, sha = _write_part(part, copy, manifest, details, passphrase, progress)
        step(progress, "check", 0, 1)
        check.join()
        if check.problem:
            raise BackupError("check_failed", path=str(final), reason=check.problem)
        step(progress, "verify", 0, size)
        _verify(part, sha, progress)
        os.replace(part, final)
        sync_folder(target)
    except OSError as exc:
        _discard(part, check)
        # zlib keeps about a third of a book: the room a retry will want
        raise _target_error(exc, target, needed=copy.stat().st_size // 3) from exc
    except BaseException:
        _discard(part, check)
        raise
    return final, size, sha, summary, problems


def _write_part(part: Path, copy: Path, manifest: dict, details: dict, passphrase, progress) -> tuple[int, str]:
    create_private(part)  # the backup holds the whole book: owner-only, like the book
    with open(copy, "rb") as plain, open(part, "wb") as out:
        size, sha = write_backup(out, plain, copy.stat().st_size, manifest, details, passphrase, progress)
        out.flush()
        os.fsync(out.fileno())
        if hasattr(os, "posix_fadvise"):  # forget the cached pages: the check reads the device
            os.posix_fadvise(out.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return size, sha


def _verify(part: Path, sha: str, progress: Progress) -> None:
    """Read the written file back: it must parse and carry the checksum just computed."""
    try:
        header = read_header(part)
        if header.manifest["payload"]["sha256"] != sha or read_payload(header, None, progress=progress) != sha:
            raise BackupError("check_failed", path=str(part), reason="checksum")
    except BackupError as error:
        if error.code == "cancelled":
            raise
        raise BackupError("check_failed", path=str(part), reason=error.code) from error


def _discard(part: Path, check: _CopyCheck) -> None:
    check.stop()
    try:
        part.unlink(missing_ok=True)
    except OSError:  # the stick is gone; a .part never passes for a backup anyway
        pass


def _remove_stale_parts(target: Path, group: str) -> None:
    """.part files of this group left by a backup that was killed (a power cut)."""
    pattern = _names(group)
    for path in target.glob(f"lumbung-{group}-*{SUFFIX}.part"):
        if pattern.fullmatch(path.name.removesuffix(".part")):
            path.unlink(missing_ok=True)


def _prune(target: Path, group: str, keep: int) -> list[Path]:
    """Remove this group's oldest backups beyond `keep` (the new one is the newest)."""
    pattern = _names(group)
    found = []
    for path in target.iterdir():
        match = pattern.fullmatch(path.name)
        if match:
            found.append(((match[1], int(match[2] or 1)), path))
    removed = []
    for _, path in sorted(found)[:-keep]:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:  # a write-protected old file: left, and the new one is safe
            log.warning("could not remove old backup %s: %s", path.name, exc)
    return removed
