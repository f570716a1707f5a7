"""The recap: every source copied, opened, read and closed in turn; a source that cannot be
read is a problem named by its file and the rest goes on; copies of one book are told apart.

Two files are copies of one book when their group identity (name, desa, kecamatan, as in
Pengaturan; case and spacing aside) and the moment the book was made are the same: the copy
with the latest entry (then the most entries) is used and the other is listed as set aside.
The same identity from a book made at another moment is another book: counted, and the recap
says which files share the name (a group that began a new book, or two groups named alike),
for the kecamatan to check.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app import clock
from app.dates import checked
from app.db import close_book, db, is_open, open_book
from app.errors import BookError, Rejected
from app.recap import figures, ranking
from app.recap.sources import Passphrase, Problem, SourceProblem, expand, shown, working_copy

# progress(file name, done, total); answering False stops the recap
Progress = Callable[[str, int, int], bool] | None

BOOK_PROBLEMS = {"too_new": "too_new", "damaged": "damaged"}


@dataclass(frozen=True)
class Group:
    source: str  # the file read
    kind: str  # book or backup
    figures: figures.BookFigures


@dataclass(frozen=True)
class SetAside:
    """A copy of a book another file holds newer."""

    path: str
    used: str  # the file used instead
    group_name: str
    last_entry: date | None
    used_last_entry: date | None


@dataclass(frozen=True)
class Recap:
    start: date
    end: date
    by_year: bool  # a whole year (else: the year up to `end`)
    groups: tuple[Group, ...]  # by kecamatan, desa, name
    set_aside: tuple[SetAside, ...]
    problems: tuple[Problem, ...]
    ranking: tuple[ranking.RankRow, ...]
    namesakes: tuple[tuple[str, ...], ...] = ()  # files of different books with one identity
    cancelled: bool = False

    def total(self, value: Callable[[figures.BookFigures], int]) -> int:
        return sum(value(g.figures) for g in self.groups)


@checked
def period(as_of: date | None, year: int | None) -> tuple[date, date, bool]:
    if as_of is not None and year is not None:
        raise Rejected.one("year", "recap.date_or_year")
    if year is not None:
        return date(year, 1, 1), date(year, 12, 31), True
    end = as_of or clock.today()
    return date(end.year, 1, 1), end, False


@checked
def recap(sources: list[str | Path], as_of: date | None = None, year: int | None = None,
          passphrase: Passphrase | None = None, progress: Progress = None) -> Recap:
    """The recap of the books and backups at `sources` (files, folders or PostgreSQL addresses), at `as_of` (the
    year up to it; default today) or for the whole `year`. Refused while a book is open in
    this process: each source is opened as the book in turn (see app.recap)."""
    if is_open():
        raise Rejected.one("", "recap.book_open")
    start, end, by_year = period(as_of, year)
    files, problems = expand(list(sources))
    read: list[Group] = []
    cancelled = False
    previous = db.obj
    folder = Path(tempfile.mkdtemp(prefix="lumbung-rekap-"))  # mkdtemp: owner-only
    try:
        for number, path in enumerate(files):
            name = shown(path) if isinstance(path, str) else path.name
            if progress is not None and progress(name, number, len(files)) is False:
                cancelled = True
                break
            try:
                read.append(_read(path, folder / f"{number}.sqlite", start, end, passphrase))
            except SourceProblem as refused:
                problems.append(refused.problem)
        if progress is not None and not cancelled:
            progress("", len(files), len(files))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        db.initialize(previous)
    groups, set_aside = _newest_copies(read)
    groups.sort(key=lambda g: tuple(part.casefold() for part in (
        g.figures.identity.kecamatan, g.figures.identity.desa, g.figures.identity.group_name)))
    return Recap(start, end, by_year, tuple(groups), tuple(set_aside), tuple(problems),
                 tuple(ranking.rank([g.figures for g in groups])), _namesakes(groups), cancelled)


def _read(source, copy: Path, start: date, end: date, passphrase: Passphrase | None) -> Group:
    kind = working_copy(source, copy, passphrase)
    path = shown(source)
    try:
        open_book(copy)  # migrates a copy from an older Lumbung
    except BookError as error:
        raise SourceProblem(Problem(str(path), BOOK_PROBLEMS.get(error.code, "not_lumbung"),
                                    {k: v for k, v in error.params.items() if k in ("version", "supported")})) from error
    try:
        return Group(str(path), kind, figures.book_figures(start, end))
    except Rejected as refused:  # SQLite refused a read: the copy's pages are broken
        raise SourceProblem(Problem(str(path), "damaged", {"reason": "; ".join(refused.codes())})) from refused
    finally:
        close_book()


def _newest_copies(read: list[Group]) -> tuple[list[Group], list[SetAside]]:
    books: dict[tuple, list[Group]] = {}
    for group in read:
        books.setdefault((group.figures.identity.key, group.figures.identity.made), []).append(group)
    kept, aside = [], []
    for copies in books.values():
        newest = max(copies, key=lambda g: (g.figures.last_entry or date.min, g.figures.entries))
        kept.append(newest)
        aside += [SetAside(g.source, newest.source, g.figures.identity.group_name, g.figures.last_entry,
                           newest.figures.last_entry) for g in copies if g is not newest]
    return kept, aside


def _namesakes(groups: list[Group]) -> tuple[tuple[str, ...], ...]:
    files: dict[tuple, list[str]] = {}
    for group in groups:
        files.setdefault(group.figures.identity.key, []).append(group.source)
    return tuple(tuple(paths) for paths in files.values() if len(paths) > 1)
