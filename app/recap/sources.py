"""The sources of a recap and the working copies read in their place.

A source is a path: a Lumbung book (a SQLite file), a .lumbung backup, or a folder, which
stands for every file in it (a photo among them is named as not a book, not skipped in
silence). The file itself is only ever read: a book through a read-only, `immutable`
connection (no -wal/-shm made beside it, so a flashdisk's file keeps its bytes and its mtime),
a backup through the backup format's own reader. What is opened and computed on is a copy in a
private temporary folder, deleted afterwards.

A PostgreSQL book is one more kind, named by its address: `working_copy` gives it a copy the
same way, by reading it in one snapshot into a SQLite file (move-book's copy, app.bookmove), so
that figures.py stays one code path; the address is shown without its password.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.backup.fileformat import MAGIC, BackupError, key_for, read_header, unpack_to
from app.db import SQLITE_HEADER, connect_read_only, read_schema_version
from app.engine import is_url
from app.errors import BookError
from app.migrations import LATEST_VERSION
from app.private_files import create_private

BOOK, BACKUP, SERVER, OTHER = "book", "backup", "server", "other"
# Files beside a book that are part of it, not books of their own.
SIDECARS = ("-wal", "-shm", "-journal", ".lock")

# passphrase(path, group_name) -> the passphrase, or None to skip this backup
Passphrase = Callable[[Path, str], str | None]


@dataclass(frozen=True)
class Problem:
    """A source that could not be read; `code` says why, `params` fill the words."""

    path: str
    code: str  # not_lumbung, damaged, too_new, passphrase_required, wrong_passphrase, unreadable, missing,
    # and a server's: unreachable, wrong_login, server_too_old, old_book
    params: dict = field(default_factory=dict)


class SourceProblem(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.code}: {problem.path}")
        self.problem = problem


def _refuse(path: Path, code: str, **params) -> SourceProblem:
    return SourceProblem(Problem(str(path), code, params))


def expand(sources: list) -> tuple[list, list[Problem]]:
    """Every file the paths stand for, in order, each once, and the PostgreSQL addresses as
    given (str); a path that is not there is a problem."""
    found: list = []
    problems = []
    for source in sources:
        if is_url(str(source)):
            found.append(str(source))
            continue
        path = Path(source)
        if path.is_dir():
            found += sorted((p for p in path.iterdir() if p.is_file() and _own_file(p.name)),
                            key=lambda p: p.name.casefold())
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Problem(str(path), "missing"))
    seen: set = set()
    unique = []
    for path in found:
        key = path if isinstance(path, str) else path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique, problems


def shown(source) -> str:
    """How a source is named in the recap: a file's path, an address without its password."""
    if isinstance(source, str) and is_url(source):
        from app.engine.postgres import shown as without_password

        return without_password(source)
    return str(source)


def _own_file(name: str) -> bool:
    return not name.startswith(".") and not name.endswith(SIDECARS) and not name.endswith(".part")


def kind_of(path: Path) -> str:
    """What the file's first bytes say it is (its name says nothing: a book may be called anything)."""
    try:
        with open(path, "rb") as fh:
            start = fh.read(max(len(SQLITE_HEADER), len(MAGIC)))
    except OSError as exc:
        raise _refuse(path, "unreadable", reason=exc.strerror or str(exc)) from exc
    if start.startswith(SQLITE_HEADER):
        return BOOK
    if start.startswith(MAGIC) or (start and MAGIC.startswith(start)):  # a cut-off backup is still one
        return BACKUP
    return OTHER


def working_copy(path, target: Path, passphrase: Passphrase | None) -> str:
    """Copy the source at `path` (a file, or a PostgreSQL address) into the new file `target`;
    returns its kind. SourceProblem when it is not a Lumbung book or backup this Lumbung can read."""
    if isinstance(path, str) and is_url(path):
        _dump_server(path, target)
        return SERVER
    kind = kind_of(path)
    if kind == BOOK:
        _copy_book(path, target)
    elif kind == BACKUP:
        _unpack_backup(path, target, passphrase)
    else:
        raise _refuse(path, "not_lumbung")
    return kind


def _copy_book(path: Path, target: Path) -> None:
    try:
        version = read_schema_version(path)
    except BookError as error:
        raise _refuse(path, "damaged" if error.code == "damaged" else "not_lumbung") from error
    if version > LATEST_VERSION:
        raise _refuse(path, "too_new", version=version, supported=LATEST_VERSION)
    if version == 0:
        raise _refuse(path, "not_lumbung")  # some other program's SQLite database
    create_private(target)
    source = connect_read_only(path)
    try:
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
    except sqlite3.DatabaseError as exc:
        raise _refuse(path, "damaged", reason=str(exc)) from exc
    finally:
        source.close()


# what a server's refusal (app.engine.postgres) is called in the recap
SERVER_PROBLEMS = {"pg_unreachable": "unreachable", "pg_wrong_login": "wrong_login", "pg_no_database": "missing",
                   "pg_not_lumbung": "not_lumbung", "pg_no_permission": "wrong_login", "pg_too_old": "server_too_old",
                   "too_new": "too_new", "move_source_old": "old_book"}


def _dump_server(url: str, target: Path) -> None:
    """A book on PostgreSQL read in one snapshot into a SQLite working copy (move-book's copy,
    proved table by table); the server's book is only read."""
    from app import bookmove

    try:
        bookmove.move_book(url, target)
    except BookError as error:
        params = {k: v for k, v in error.params.items() if k in ("version", "supported", "needed", "reason")}
        raise _refuse(shown(url), SERVER_PROBLEMS.get(error.code, "unreadable"),
                      **{"reason": error.code, **params}) from error


BACKUP_PROBLEMS = {"not_a_backup": "not_lumbung", "truncated": "damaged", "checksum_mismatch": "damaged",
                   "read_failed": "unreadable"}


def _unpack_backup(path: Path, target: Path, passphrase: Passphrase | None) -> None:
    try:
        header = read_header(path)
        secret = None
        if header.manifest["encryption"] is not None:
            secret = passphrase(path, header.group_name) if passphrase is not None else None
            if not secret:
                raise BackupError("passphrase_required", path=str(path))
        unpack_to(path, target, secret)
    except BackupError as error:
        params = {k: v for k, v in error.params.items() if k in ("version", "supported")}
        raise _refuse(path, BACKUP_PROBLEMS.get(error.code, error.code), **params) from error


def locked_backups(paths: list[Path]) -> list[tuple[Path, str]]:
    """The encrypted backups among the sources, with the group each names: the window asks
    their passphrases before the recap starts (its worker process cannot ask)."""
    files, _ = expand(paths)
    found = []
    for path in files:
        try:
            header = read_header(path) if not isinstance(path, str) and kind_of(path) == BACKUP else None
        except (BackupError, SourceProblem):
            continue  # the recap names it
        if header is not None and header.manifest["encryption"] is not None:
            found.append((path, header.group_name))
    return found


def passphrase_fits(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` opens the backup at `path` (its key check: a tenth of a second)."""
    try:
        key_for(read_header(path), passphrase)
    except BackupError:
        return False
    return True
