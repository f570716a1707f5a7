"""Moving a whole book between engines: `lumbung move-book FROM TO` and Pengaturan's offer.

FROM is a SQLite book, a .lumbung backup (unpacked into a private temporary folder; it may
ask its passphrase) or a PostgreSQL book; TO is an existing, empty PostgreSQL database (made by
the office's administrator) or a new SQLite file. The source is only read, in one snapshot;
the target is written in one transaction (app.engine's stores) and checked before that
transaction commits: every table holds as many rows as the source's, with the same content (a
checksum over every row, whatever their order), and every account the same balance. A check
that fails keeps nothing: the PostgreSQL database stays empty, the new file is not made.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from app.backup.fileformat import BackupError, unpack_to
from app.engine import is_url
from app.errors import BookError
from app.migrations import LATEST_VERSION, apply_migrations

# progress(step, done, total) -> False to stop; steps: "unpack", "copy" (tables), "check"
Progress = Callable[[str, int, int], bool] | None

BALANCES = ("SELECT a.code, sum(p.amount_rp) FROM accounts a JOIN postings p ON p.account_id = a.id"
            " GROUP BY a.code ORDER BY a.code")


@dataclass(frozen=True)
class TableFigures:
    rows: int
    checksum: str


@dataclass(frozen=True)
class MoveResult:
    source: str  # as shown: a path, or an address without its password
    target: str
    group_name: str
    tables: dict[str, TableFigures]
    balances: dict[str, int]  # account code -> balance, the same on both sides
    seconds: float

    @property
    def entries(self) -> int:
        return self.tables["journal_entries"].rows

    @property
    def members(self) -> int:
        return self.tables["members"].rows


class _Tally:
    """A table's rows counted and summed into an order-free checksum as they stream by."""

    def __init__(self) -> None:
        self.rows, self.total = 0, 0

    def add(self, row) -> None:
        digest = hashlib.sha256(repr(tuple(_plain(v) for v in row)).encode()).digest()
        self.total = (self.total + int.from_bytes(digest, "big")) % (1 << 256)
        self.rows += 1

    def figures(self) -> TableFigures:
        return TableFigures(self.rows, f"{self.total:064x}")


def _plain(value):
    """A value as both engines give it back: memoryview/bytes as bytes, the rest as is."""
    return bytes(value) if isinstance(value, (bytes, memoryview)) else value


def move_book(source: str | os.PathLike, target: str | os.PathLike, passphrase: str | None = None,
              progress: Progress = None) -> MoveResult:
    """Copy the book at `source` into `target` and prove the copy; see the module's docstring.
    BookError (a code for the UI and the CLI to word) or BackupError (a backup's) when refused."""
    started = time.monotonic()
    with ExitStack() as stack:
        reader = stack.enter_context(_Source(source, passphrase, progress))
        version = reader.schema_version()
        if version != LATEST_VERSION:
            raise BookError("too_new" if version > LATEST_VERSION else "move_source_old", reader.shown,
                            version=version, supported=LATEST_VERSION)
        tallies: dict[str, _Tally] = {}
        tables = reader.tables()

        def streamed() -> Iterator[tuple[str, list[str], Iterator]]:
            for done, table in enumerate(tables):
                if progress is not None and progress("copy", done, len(tables)) is False:
                    raise BookError("move_cancelled", reader.shown)
                columns = reader.columns(table)
                tally = tallies[table] = _Tally()
                yield table, columns, _counted(reader.rows(table, columns), tally)

        balances = dict(reader.conn.execute(BALANCES).fetchall())
        group = reader.one("SELECT value FROM settings WHERE key = ?", ("group_name",))

        def check(written) -> None:
            if progress is not None:
                progress("check", 0, 1)
            _check(reader, written, tables, tallies, balances)

        shown = _write(target, reader.shown, streamed(), check)
    return MoveResult(reader.shown, shown, group[0] if group else "",
                      {t: tally.figures() for t, tally in tallies.items()}, balances,
                      time.monotonic() - started)


def _counted(rows, tally: _Tally) -> Iterator[tuple]:
    for row in rows:
        tally.add(row)
        yield row


def _check(reader, written, tables: list[str], tallies: dict[str, _Tally], balances: dict[str, int]) -> None:
    """The copy, read back inside its own transaction, against what was read from the source."""
    differs = []
    if sorted(written.tables()) != sorted(tables):
        differs.append("tables")
    for table in tables:
        if table not in tallies:
            differs.append(table)
            continue
        again = _Tally()
        for row in written.rows(table, reader.columns(table)):
            again.add(row)
        if again.figures() != tallies[table].figures():
            differs.append(table)
    if dict(written.conn.execute(BALANCES).fetchall()) != balances:
        differs.append("balances")
    if differs:
        raise BookError("move_check_failed", written.shown, tables=", ".join(differs))


class _Source:
    """The store to read the book from, and the temporary folder a backup is unpacked into."""

    def __init__(self, source, passphrase: str | None, progress: Progress) -> None:
        self.source, self.passphrase, self.progress = source, passphrase, progress
        self.folder: Path | None = None
        self.store = None

    def __enter__(self):
        from app.engine.postgres import PgStore
        from app.engine.sqlite import SqliteStore

        if is_url(self.source):
            self.store = PgStore.connect(self.source, read_only=True)
            return self.store
        path = Path(self.source).expanduser()
        kind = _kind(path)
        if kind == "backup":
            if self.progress is not None:
                self.progress("unpack", 0, 1)
            self.folder = Path(tempfile.mkdtemp(prefix="lumbung-pindah-"))  # owner-only
            copy = self.folder / "buku.sqlite"
            try:
                unpack_to(path, copy, self.passphrase)
            except BaseException:
                self.__exit__()
                raise
            with sqlite3.connect(str(copy)) as conn:  # a backup from an older Lumbung: brought up here
                apply_migrations(conn)
            conn.close()
            path = copy
        self.store = SqliteStore.reader(path)
        self.store.shown = str(self.source)
        return self.store

    def __exit__(self, *exc) -> None:
        if self.store is not None:
            self.store.close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


def _kind(path: Path) -> str:
    from app.db import SQLITE_HEADER, read_schema_version
    from app.backup.fileformat import MAGIC

    if not path.exists():
        raise BookError("missing", str(path))
    if path.is_dir():
        raise BookError("is_directory", str(path))
    with open(path, "rb") as fh:
        start = fh.read(max(len(SQLITE_HEADER), len(MAGIC)))
    if start.startswith(MAGIC):
        return "backup"
    if not start.startswith(SQLITE_HEADER) or read_schema_version(path) == 0:
        raise BookError("not_a_book", str(path))
    return "book"


def _write(target, source_shown: str, tables, check) -> str:
    """Write the book into `target`; returns the target as shown."""
    from app.engine.postgres import PgStore
    from app.engine.sqlite import SqliteStore
    from app.private_files import create_private

    if is_url(target):
        store = PgStore.connect(target, read_only=False)
        if store.shown == source_shown:
            store.close()
            raise BookError("move_same", store.shown)
        try:
            store.write(tables, check)
        finally:
            store.close()
        return store.shown
    path = Path(target).expanduser().resolve()
    if path.exists():
        raise BookError("move_target_exists", str(path))
    if not path.parent.is_dir():
        raise BookError("cannot_create", str(path), reason="folder tidak ada")
    part = path.with_name(path.name + ".part")
    try:
        create_private(part)
        store = SqliteStore.writer(part)
        try:
            store.write(tables, check)
        finally:
            store.close()
        os.replace(part, path)
    except OSError as exc:
        raise BookError("cannot_create", str(path), reason=exc.strerror or str(exc)) from exc
    finally:
        for leftover in (part, part.with_name(part.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return str(path)


__all__ = ["BackupError", "MoveResult", "TableFigures", "move_book"]
