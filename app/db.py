"""Opening a book: one SQLite file, or a PostgreSQL database (app.engine.postgres) named by a
postgresql:// address, chosen at run time, migrated on open.

The models talk to `db`, a proxy; `open_book` points it at a real database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import peewee
from peewee import DatabaseProxy, SqliteDatabase

from app import clock, workcopies
from app.engine import is_url
from app.engine.sqlite import SQLITE
from app.errors import BookError, Rejected
from app.lock import BookLock
from app.migrations import LATEST_VERSION, apply_migrations
from app.private_files import create_private, make_private_folder, tighten_book

db = DatabaseProxy()
_lock: BookLock | None = None  # the lock on the book `db` is bound to
T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"

# WAL lets readers go on while one writer writes; synchronous=FULL so that a power cut after a
# commit loses nothing; foreign keys are off by default in SQLite and must be asked for.
PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
)
# Checked at every open: small tables, so that the check costs a millisecond on a district
# book (a full quick_check takes 0.7 s there; check_book() runs it after the window shows).
CHECKED_AT_OPEN = ("settings", "accounts", "members")


def atomic_once():
    """A transaction of its own when called outside one; inside the caller's, nothing more. For
    a service whose writes need no savepoint of their own: a savepoint costs two round trips on
    a PostgreSQL book, and a collection sheet took four per row. A caller that goes on after a
    refusal must know that what was refused wrote nothing (app.collection.post_sheet)."""
    return db.atomic() if not db.in_transaction() else contextlib.nullcontext()


def _write_failure(said: str) -> str | None:
    """The issue code for what SQLite says when the disk under the book fails."""
    if "database or disk is full" in said:
        return "book.disk_full"
    if "readonly database" in said:
        return "book.read_only"
    if "disk I/O error" in said or "unable to open database file" in said:  # a flashdisk pulled out
        return "book.write_failed"
    return None


@contextlib.contextmanager
def refusing(folder: str):
    """SQLite's word for a disk that fails under the book, as a refusal naming its folder."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        failure = _write_failure(str(exc))
        if failure is None:
            raise
        raise Rejected.one("", failure, folder=folder, reason=str(exc)) from exc


class BookCursor(sqlite3.Cursor):
    """Every statement on the book (peewee's, COMMIT, and the services' raw executemany)."""

    folder = ""

    def execute(self, sql, params=()):
        with refusing(self.folder):
            return super().execute(sql, params)

    def executemany(self, sql, rows):
        with refusing(self.folder):
            return super().executemany(sql, rows)


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class BookDatabase(SqliteDatabase):
    """The book's database: a disk that fails under a save is a refusal like any other (a
    Rejected naming the book's folder), so every dialog shows it beside its Simpan and keeps
    what she typed; the transaction is gone whole, nothing half-saved. So is whatever else
    SQLite refuses under a service (field "", code "book.<why>"): a rule the book keeps itself
    (the triggers' "lumbung: ..." and the constraints, e.g. a receipt number taken again after a
    counter was set back outside Lumbung: "book.refused"), another program holding the file
    ("book.locked"), a book damaged while open ("book.damaged"); the reason stays in the params."""

    cursor_class = BookCursor
    engine = SQLITE

    def cursor(self, named_cursor=None):
        cursor = self.connection().cursor(self.cursor_class)  # connection() connects when needed
        cursor.folder = str(Path(self.database).parent)
        return cursor

    # SQLite rolls the whole transaction back by itself when the disk is full or failing: a
    # second ROLLBACK (or a nested atomic()'s ROLLBACK TO) would then raise "no transaction is
    # active" ("no such savepoint") and hide why the save failed.
    def rollback(self) -> None:
        if self._in_transaction():
            super().rollback()

    def execute_sql(self, sql, params=None):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and not self._in_transaction():
            return None
        if not self.in_transaction() and sql.lstrip()[:7].upper().startswith(_WRITES):
            self._refuse_if_gone()  # a save outside atomic()
        try:
            return super().execute_sql(sql, params)
        except peewee.DatabaseError as exc:  # whatever else SQLite refuses under a service
            raise _refusal(exc, str(Path(self.database).parent)) from exc

    # A flashdisk pulled out (or the book's folder removed) leaves SQLite an open file that takes
    # every save into nothing, without an error: one stat per transaction refuses it.
    identity: os.stat_result | None = None  # of the file when opened

    def begin(self, lock_type=None) -> None:
        self._refuse_if_gone()
        super().begin(lock_type)

    def _refuse_if_gone(self) -> None:
        if self.identity is None:
            return
        try:
            there = os.path.samestat(os.stat(self.database), self.identity)
        except OSError:
            there = False
        if not there:
            raise Rejected.one("", "book.missing", path=self.database)

    def _in_transaction(self) -> bool:
        return not self.is_closed() and self.connection().in_transaction

    def documents_root(self) -> Path:
        return Path(self.database).parent  # beside the book, where she keeps it


def _refusal(exc: peewee.DatabaseError, folder: str) -> Rejected:
    code = "refused" if isinstance(exc, peewee.IntegrityError) else _error_code(exc, "failed")
    return Rejected.one("", f"book.{code}", reason=str(exc), folder=folder)


@dataclass(frozen=True)
class BookInfo:
    path: Path | str  # the file, or a PostgreSQL book's address without its password
    version: int
    created: bool  # a new, empty book was made
    safety_copy: Path | None  # the copy taken before migrating, if any


def book_location(text: str) -> Path | str:
    """What --db names: a file, or a PostgreSQL book's postgresql:// address (kept as it is)."""
    return text if is_url(text) else Path(text)


def default_book_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Lumbung", appauthor=False) / "lumbung.sqlite"


def demo_book_path() -> Path:
    return default_book_path().with_name("lumbung-demo.sqlite")


def _check_file(path: Path, create: bool) -> bool:
    """Refuse files we must not touch; return True when a new book is to be made.

    Only `create` makes one, and only where there is no file: a mistyped path must not turn into
    an empty book that "works", and a 0-byte file is more likely a book lost to a crash or a
    full disk than a new one (restore it, or choose another).
    """
    if path.is_dir():
        raise BookError("is_directory", str(path))
    folder = path.parent
    if not path.exists():
        if not create:
            raise BookError("missing", str(path))
        if not folder.exists():
            try:
                make_private_folder(folder)
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
        raise BookError("empty_file", str(path))
    with open(path, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BookError("not_a_book", str(path))
    return False


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file.

    With no -wal file beside it, the file is opened `immutable`, so SQLite creates no -wal or
    -shm file either (a refused file is left exactly as it was). With a -wal file (a book open
    elsewhere or not closed cleanly), the log may hold the newest pages, so it is read the
    ordinary way.
    """
    path = Path(path)
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)


def _inspect(path: Path) -> tuple[int, int]:
    """(user_version, number of schema objects) of an existing file, read without touching it."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise BookError("not_a_book", str(path), reason=str(exc)) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return version, objects
    except sqlite3.DatabaseError as exc:
        raise BookError(_error_code(exc, "not_a_book"), str(path), reason=str(exc)) from exc
    finally:
        conn.close()


def read_schema_version(path: Path) -> int:
    return _inspect(Path(path))[0]


def copy_database(
    source: Path, target: Path, timeout: float = 5.0,
    snapshot: Callable[[sqlite3.Connection], T] | None = None,
) -> T | None:
    """A consistent copy through SQLite's online backup (safe while the source is open).

    The read lock is taken first, with a timeout: Python's backup() itself retries forever
    while another program holds the file locked. `snapshot(conn)`, if given, reads the source
    inside the same read transaction the copy is taken from, so what it returns describes the
    copy exactly, whatever the app writes meanwhile; its result is returned.
    """
    src = sqlite3.connect(str(source), timeout=timeout, isolation_level=None)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # holds the read lock
        seen = snapshot(src) if snapshot is not None else None
        try:
            create_private(target)
        except OSError:  # the connect below fails too, as the sqlite3.Error callers expect
            pass
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)  # one step, inside our read transaction: the same snapshot
        finally:
            dst.close()
        return seen
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
    if "disk is full" in text:
        return "disk_full"
    if "malformed" in text:
        return "damaged"  # a Lumbung book whose pages are broken: restore the last backup
    if "not a database" in text:
        return "not_a_book"
    return default


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in CHECKED_AT_OPEN:
        if table in tables:
            result = conn.execute(f"PRAGMA quick_check({table})").fetchone()[0]
            if result != "ok":
                raise BookError("damaged", str(path), reason=result)


# An entry is unbalanced unless a storno mirrors it exactly: the pair then sums to zero, and the
# storno is how the secretary puts right an entry written behind Lumbung's back.
UNBALANCED = """
    SELECT count(*), coalesce(sum(CASE WHEN n < 2 THEN 1 ELSE 0 END), 0),
           coalesce(sum(CASE WHEN a.s = 0 THEN 0 WHEN -a.s = (
               SELECT sum(p.amount_rp) FROM journal_entries e JOIN postings p
               ON p.entry_id = coalesce(e.reversed_by_id, e.reverses_id) WHERE e.id = a.entry_id
           ) THEN 0 ELSE 1 END), 0), coalesce(sum(s), 0)
    FROM (SELECT entry_id, count(*) AS n, sum(amount_rp) AS s FROM postings GROUP BY entry_id) AS a
"""


def check_book(path: str | os.PathLike | None = None) -> list[str]:
    """Problems found in the whole book (the current one by default); empty when sound.

    Codes: "damaged" (SQLite's quick_check), "references_broken" (SQLite's foreign_key_check: a
    receipt whose entry is gone, an entry reversed by one that does not exist),
    "entries_without_postings" (an entry with fewer than two postings), "entries_unbalanced"
    (not put right by a storno), "trial_balance_not_zero". Takes about a second on a district
    book, on its own read-only connection: run it off the GUI thread.

    A PostgreSQL book (its address, or the open book without a file) is the open one, read in one
    snapshot; its server keeps the pages sound and every foreign key, so the sums are what is
    checked.
    """
    if means_server_book(path):
        with db.obj.engine.snapshot(db):
            return _balance_problems(db.execute_sql, None)
    path = Path(path) if path is not None else current_path()
    conn = connect_read_only(path)
    try:
        if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            return ["damaged"]
        return _balance_problems(conn.execute, conn.execute("PRAGMA foreign_key_check").fetchone())
    except sqlite3.DatabaseError:
        return ["damaged"]
    finally:
        conn.close()


def _balance_problems(execute, broken) -> list[str]:
    """check_book's findings from the sums (`execute` runs a statement on the book) and a
    foreign key found broken (`broken`, None when none is)."""
    problems = []
    entries = execute("SELECT count(*) FROM journal_entries").fetchone()[0]
    groups, thin, unbalanced, total = execute(UNBALANCED).fetchone()
    if broken:
        problems.append("references_broken")
    if thin or groups != entries:  # postings need an entry (a foreign key), not the reverse
        problems.append("entries_without_postings")
    if unbalanced:
        problems.append("entries_unbalanced")
    if total:
        problems.append("trial_balance_not_zero")
    return problems


def open_book(path: str | os.PathLike, create: bool = False) -> BookInfo:
    """Open (migrating as needed) the book at `path` and bind `db` to it; with `create`, a new
    book is made when no file is there (BookError "missing" otherwise).

    The book is locked for this process (BookError "in_use" names the other holder); opening
    the book already open here again keeps its lock.
    """
    global _lock
    if is_url(path):
        return _open_server(path)
    path = Path(path).expanduser().resolve()
    is_new = _check_file(path, create)
    version = 0
    if not is_new:
        version, objects = _inspect(path)
        if version > LATEST_VERSION:
            raise BookError("too_new", str(path), version=version, supported=LATEST_VERSION)
        if version == 0 and objects:
            # Some other program's SQLite database: never write Lumbung's tables into it.
            raise BookError("not_a_book", str(path))
    fresh_lock = _lock is None or _lock.book != path
    if fresh_lock and is_new:
        try:
            create_private(path)  # the identity lock needs the file; SQLite keeps its mode
        except OSError as exc:
            raise BookError("cannot_create", str(path), reason=exc.strerror or str(exc)) from exc
    lock = BookLock.take(path) if fresh_lock else _lock
    try:
        tighten_book(path)
        info = _open_locked(path, is_new, version)
    except BaseException:
        if fresh_lock:
            lock.release()
        raise
    if fresh_lock:
        if _lock is not None:
            _lock.release()
        _lock = lock
        workcopies.remove_stale(path)  # plaintext copies a killed backup or restore left beside it
    from app.access import session  # no one is signed in to a book just opened (issue 15)

    session.end()
    return info


def _open_server(url: str) -> BookInfo:
    """A PostgreSQL book: shared by design, so no lock of the file kind; an empty database is
    made a book (its administrator created it for Lumbung)."""
    global _lock
    from app.access import session
    from app.engine import postgres

    database, created = postgres.open_database(url)
    _close_connection()
    if _lock is not None:
        _lock.release()
        _lock = None
    db.initialize(database)
    session.end()
    return BookInfo(database.shown, LATEST_VERSION, created, None)


def _open_locked(path: Path, is_new: bool, version: int) -> BookInfo:
    safety = _safety_copy(path, version) if 0 < version < LATEST_VERSION else None

    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    had_sidecars = [p.exists() for p in sidecars]
    database = BookDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    try:
        try:
            database.connect()
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            raise BookError(_error_code(exc, "not_a_book"), str(path), reason=str(exc)) from exc
        conn = database.connection()
        try:
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            _quick_check(conn, path)
        except sqlite3.DatabaseError as exc:
            raise BookError(_error_code(exc, "not_a_book"), str(path), reason=str(exc)) from exc
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
        try:
            from app.audit import chain  # the entries and members from before the audit chain

            chain.seal(conn)
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            raise BookError(_error_code(exc, "migration_failed"), str(path), reason=str(exc), version=found) from exc
    except BaseException:
        database.close()
        # A refused file is left as found: drop the -wal/-shm files this attempt made, as long
        # as the log is empty (nothing can have been written to it).
        wal, shm = sidecars
        if not any(had_sidecars) and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
            shm.unlink(missing_ok=True)
        raise
    database.identity = os.stat(path)
    _close_connection()
    db.initialize(database)
    return BookInfo(path, LATEST_VERSION, is_new, safety)


def _close_connection() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()


def close_book() -> None:
    """Close the calling thread's connection (peewee keeps one per thread, so a worker thread
    closes its own this way and the GUI thread's stays open). On the main thread it also lets
    go of the book's lock, so another Lumbung may open it; a worker closing its connection
    after a task keeps the lock."""
    global _lock
    _close_connection()
    if _lock is not None and threading.current_thread() is threading.main_thread():
        _lock.release()
        _lock = None


def hold_lock() -> None:
    """Take the current book's lock again if close_book() let it go (a restore replaces the
    file under the lock); BookError("in_use") if another Lumbung took it meanwhile."""
    global _lock
    path = current_path()
    if path is not None and (_lock is None or _lock.book != path):
        _lock = BookLock.take(path)


def is_open() -> bool:
    """Whether this process holds a book open: a file's lock taken, or a PostgreSQL book connected."""
    return _lock is not None or (db.obj is not None and current_path() is None and not db.obj.is_closed())


def documents_root() -> Path:
    """Where the open book's documents go (app.documents.catalogue): beside a SQLite book; for a
    PostgreSQL book a folder of this user's documents named after the database."""
    return db.obj.documents_root()


def current_path() -> Path | None:
    """The open book's file; None when no book is bound, or for a PostgreSQL book (no file: its
    address is BookInfo.path)."""
    return Path(db.obj.database) if db.obj is not None and db.obj.engine is SQLITE else None


def means_server_book(path) -> bool:
    """Whether a check's `path` means the open PostgreSQL book: its address, or None (the open
    book) when that has no file."""
    return is_url(path) or (path is None and current_path() is None)


def current_source() -> str | None:
    """The open book as a whole-book copy reads it (a backup, move-book): its file, or its
    server's address with the password (app.engine.postgres; never shown or logged)."""
    if db.obj is None:
        return None
    url = getattr(db.obj, "url", None)
    return url if url is not None else str(Path(db.obj.database))

