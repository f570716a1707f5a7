"""Opening a book: one SQLite file, chosen at run time, migrated on open.

The models talk to `db`, a proxy; `open_book` points it at a real database. A PostgreSQL
server can later be plugged in here without touching the models.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee
from peewee import DatabaseProxy, SqliteDatabase

from app import clock
from app.errors import BookError
from app.migrations import LATEST_VERSION, apply_migrations

db = DatabaseProxy()

SQLITE_HEADER = b"SQLite format 3\x00"

# WAL lets readers go on while one writer writes; synchronous=FULL so that a power cut after a
# commit loses nothing; foreign keys are off by default in SQLite and must be asked for.
PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
)


@dataclass(frozen=True)
class BookInfo:
    path: Path
    version: int
    created: bool  # a new, empty book was made
    safety_copy: Path | None  # the copy taken before migrating, if any


def default_book_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Lumbung", appauthor=False) / "lumbung.sqlite"


def demo_book_path() -> Path:
    return default_book_path().with_name("lumbung-demo.sqlite")


def _check_file(path: Path) -> bool:
    """Refuse files we must not touch; return True when the book is new (no file or empty)."""
    if path.is_dir():
        raise BookError("is_directory", str(path))
    folder = path.parent
    if not path.exists():
        if not folder.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise BookError("cannot_create", str(path), reason=exc.strerror or str(exc)) from exc
        if not os.access(folder, os.W_OK):
            raise BookError("read_only", str(path))
        return True
    if not os.access(path, os.R_OK):
        raise BookError("unreadable", str(path))
    # WAL needs to write the file and create -wal/-shm files beside it.
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        raise BookError("read_only", str(path))
    if path.stat().st_size == 0:
        return True
    with open(path, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BookError("not_a_book", str(path))
    return False


def _inspect(path: Path) -> tuple[int, int]:
    """(user_version, number of schema objects) of an existing file, read without touching it.

    With no -wal file beside it, the file is opened `immutable`, so SQLite creates no -wal or
    -shm file either (a refused file is left exactly as it was). With a -wal file (a book not
    closed cleanly), the log may hold the newest header, so it is read the ordinary way.
    """
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True)
    except sqlite3.Error as exc:
        raise BookError("not_a_book", str(path), reason=str(exc)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return version, objects
    except sqlite3.DatabaseError as exc:
        raise BookError("not_a_book", str(path), reason=str(exc)) from exc
    finally:
        conn.close()


def read_schema_version(path: Path) -> int:
    return _inspect(Path(path))[0]


def copy_database(source: Path, target: Path, timeout: float = 5.0) -> None:
    """A consistent copy through SQLite's online backup (safe while the source is open).

    The read lock is taken first, with a timeout: Python's backup() itself retries forever
    while another program holds the file locked.
    """
    src = sqlite3.connect(str(source), timeout=timeout, isolation_level=None)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # holds the read lock
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _safety_copy(path: Path, version: int) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.sebelum-v{version + 1}-{stamp}{path.suffix}")
    timeout = dict(PRAGMAS).get("busy_timeout", 5000) / 1000
    try:
        copy_database(path, target, timeout)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise BookError(_error_code(exc, "migration_failed"), str(path), reason=str(exc), version=version) from exc
    return target


def _probe_write(conn: sqlite3.Connection, version: int) -> None:
    """Fail now, not at the first save, when SQLite could only open the file read-only (it
    falls back silently, e.g. on a network drive where the permission check says yes)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {int(version)}")  # writes page 1; rolled back
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _error_code(exc: Exception, default: str) -> str:
    """Name what SQLite said in BookError terms (its messages are stable across versions)."""
    text = str(exc)
    if "readonly" in text:
        return "read_only"
    if "locked" in text:
        return "locked"  # another program (or another Lumbung) is writing to the file
    if "not a database" in text or "malformed" in text:
        return "not_a_book"
    return default


def open_book(path: str | os.PathLike) -> BookInfo:
    """Open (creating or migrating as needed) the book at `path` and bind `db` to it."""
    path = Path(path).expanduser().resolve()
    is_new = _check_file(path)
    version = 0
    if not is_new:
        version, objects = _inspect(path)
        if version > LATEST_VERSION:
            raise BookError("too_new", str(path), version=version, supported=LATEST_VERSION)
        if version == 0 and objects:
            # Some other program's SQLite database: never write Lumbung's tables into it.
            raise BookError("not_a_book", str(path))
    safety = _safety_copy(path, version) if 0 < version < LATEST_VERSION else None

    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    had_sidecars = [p.exists() for p in sidecars]
    database = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    try:
        try:
            database.connect()
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            raise BookError(_error_code(exc, "not_a_book"), str(path), reason=str(exc)) from exc
        conn = database.connection()
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found > LATEST_VERSION:  # the header in the -wal file was newer than the file's
            raise BookError("too_new", str(path), version=found, supported=LATEST_VERSION)
        try:
            _probe_write(conn, found)
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            raise BookError(_error_code(exc, "read_only"), str(path), reason=str(exc)) from exc
        try:
            apply_migrations(conn)
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            code = _error_code(exc, "migration_failed")
            raise BookError(code, str(path), reason=str(exc), version=found) from exc
    except BaseException:
        database.close()
        # A refused file is left as found: drop the -wal/-shm files this attempt made, as long
        # as the log is empty (nothing can have been written to it).
        wal, shm = sidecars
        if not any(had_sidecars) and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
            shm.unlink(missing_ok=True)
        raise
    close_book()
    db.initialize(database)
    return BookInfo(path, LATEST_VERSION, is_new, safety)


def close_book() -> None:
    """Close the calling thread's connection (peewee keeps one per thread, so a worker thread
    closes its own this way and the GUI thread's stays open)."""
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()


def current_path() -> Path | None:
    return Path(db.obj.database) if db.obj is not None else None

