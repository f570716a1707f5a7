"""The opening as an .xlsx: the template Lumbung writes, and reading a filled one back.

PLACEHOLDER until the workbook part lands: the interface the wizard builds on.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.opening.draft import Opening

Progress = Callable[[int, int], None] | None


@dataclass(frozen=True)
class SheetIssue:
    sheet: str  # the sheet's name as in the file ("Anggota")
    row: int | None  # the sheet's row number (1 = the header row), None for the sheet or file
    column: str  # the column's header as written in the template ("NIK"), "" for a whole row
    code: str  # an Issue code (ui/messages.py words it)
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadResult:
    opening: Opening  # every row that could be read (rows with issues included, as far as read)
    issues: tuple[SheetIssue, ...]
    rows: dict[str, int]  # rows read per sheet
    fine: dict[str, int]  # rows with no issue per sheet


def write_template(path: str | os.PathLike, opening: Opening | None = None) -> None:
    """The template: one sheet per kind, Indonesian headers, an example row (or the opening's
    rows when given), validation and notes on each column."""
    raise NotImplementedError


def read(path: str | os.PathLike, progress: Progress = None) -> ReadResult:
    """Read a filled template (or a members sheet Lumbung exported); check every row
    (app.opening.check) and name each issue by sheet, row and column. Writes nothing."""
    raise NotImplementedError
