"""Any table as an Excel workbook (.xlsx): numbers stay numbers, so sums work in Excel.

    write_xlsx(path, "Anggota", headers, rows, ["text", "money", "date", ...],
               title_lines=("UP2K As Syifa", "Daftar anggota", "Dicetak 17/08/2026"))

One sheet: optional title lines on top (the first bold), a bold header row, frozen below the
header, an autofilter over the table, column widths from the content. Each column has a kind:

- "text": a text cell (also when it looks like a number: member number 0007 keeps its zeros;
  also when it starts with "=": a name is never run as a formula);
- "money": whole rupiah (int) as a number formatted Rp1.250.000 / -Rp1.250.000; a float is
  refused (TypeError) so no float ever reaches a Rupiah cell;
- "number": an int (or Decimal) as a plain number;
- "date": a real date cell (date or datetime) shown dd/mm/yyyy (with hh:mm for a datetime);
- "percent": a Decimal fraction (Decimal("0.015")) shown 1.50%; written exactly, no float.

In every column None or "" is an empty cell, and other text is written as text (a word a table
shows instead of a figure); only a value of the wrong numeric type is refused. The file is
written atomically (app.documents.output): a read-only or full folder raises DocumentError and
leaves no half-written file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from app.documents.output import write_atomically
from app.formatting import rupiah, short_date

KINDS = ("text", "money", "number", "date", "percent")
MONEY_FORMAT = '"Rp"#,##0;-"Rp"#,##0'
NUMBER_FORMAT = "#,##0"
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
PERCENT_FORMAT = "0.00%"
TEXT_FORMAT = "@"
SHEET_TITLE_LIMIT = 31  # Excel's limit
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MONEY_LIMIT = 10**15  # Excel keeps 15 significant digits; no group's rupiah come near
MIN_WIDTH, MAX_WIDTH = 6, 60


def sheet_title(title: str) -> str:
    """A title Excel accepts: no []:*?/\\, not starting or ending with ', at most 31 characters."""
    cleaned = " ".join(_SHEET_FORBIDDEN.sub(" ", ILLEGAL_CHARACTERS_RE.sub("", title or "")).split())
    cleaned = cleaned.strip("'")[:SHEET_TITLE_LIMIT].strip().strip("'")
    return cleaned or "Lembar1"


def _clean_text(value) -> str:
    """Text as a cell takes it: characters XML cannot hold are dropped, line breaks kept."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _cell_value(kind: str, value, where: str):
    """(value, number format, shown text for the width) of one cell; TypeError for a wrong type."""
    if value is None or value == "":
        return None, None, ""
    if isinstance(value, str):  # words where a figure could stand (e.g. "—"): kept as text
        text = _clean_text(value)
        return text, TEXT_FORMAT, text
    if kind == "money":
        if not _is_int(value):
            raise TypeError(f"{where}: money must be whole rupiah (int), not {type(value).__name__}")
        if abs(value) >= MONEY_LIMIT:
            raise ValueError(f"{where}: {value} is too large for an Excel cell")
        return value, MONEY_FORMAT, rupiah(value)
    if kind == "number":
        if not (_is_int(value) or isinstance(value, Decimal)):
            raise TypeError(f"{where}: a number must be int or Decimal, not {type(value).__name__}")
        return value, NUMBER_FORMAT, f"{value:,}"
    if kind == "date":
        if isinstance(value, datetime):
            return value, DATETIME_FORMAT, "00/00/0000 00:00"
        if isinstance(value, date):
            return value, DATE_FORMAT, short_date(value)
        raise TypeError(f"{where}: a date must be a date, not {type(value).__name__}")
    if kind == "percent":
        if not isinstance(value, Decimal):
            raise TypeError(f"{where}: a percent must be a Decimal fraction, not {type(value).__name__}")
        return value, PERCENT_FORMAT, f"{value * 100:.2f}%"
    # text: whatever it is, as the words it reads
    if isinstance(value, float):
        raise TypeError(f"{where}: a float in a text column (write it as text or Decimal)")
    if isinstance(value, date):
        text = short_date(value)
    else:
        text = _clean_text(value)
    return text, TEXT_FORMAT, text


def write_xlsx(path: str | os.PathLike, sheet_title_text: str, headers: Sequence[str],
               rows: Iterable[Sequence], column_kinds: Sequence[str],
               title_lines: Sequence[str] = ()) -> Path:
    """Write one table to `path` as an .xlsx workbook, atomically; returns the path.

    Raises TypeError/ValueError for a value of the wrong type (before anything is written) and
    app.documents.output.DocumentError when the file cannot be written."""
    return write_sheets(path, [Sheet(sheet_title_text, headers, rows, column_kinds, title_lines)])


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence]
    column_kinds: Sequence[str]
    title_lines: Sequence[str] = ()


def write_sheets(path: str | os.PathLike, sheets: Sequence[Sheet]) -> Path:
    """Several tables, one sheet each (a recap: groups, ranking, problems), as write_xlsx."""
    workbook = Workbook()
    for number, sheet in enumerate(sheets):
        target = workbook.active if number == 0 else workbook.create_sheet()
        _fill(target, sheet.title, sheet.headers, sheet.rows, sheet.column_kinds, sheet.title_lines)
    return write_atomically(path, workbook.save)


def _fill(sheet, sheet_title_text: str, headers: Sequence[str], rows: Iterable[Sequence],
          column_kinds: Sequence[str], title_lines: Sequence[str]) -> None:
    headers = [_one_line(h) for h in headers]
    kinds = list(column_kinds)
    if len(kinds) != len(headers):
        raise ValueError(f"{len(headers)} headers but {len(kinds)} column kinds")
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise ValueError(f"unknown column kinds: {unknown}")

    sheet.title = sheet_title(sheet_title_text)

    titles = [_clean_text(_one_line(t)) for t in title_lines if t]
    for number, line in enumerate(titles, start=1):
        cell = sheet.cell(row=number, column=1, value=line)
        cell.data_type = "s"
        cell.font = Font(bold=number == 1, size=13 if number == 1 else 11)
    header_row = len(titles) + 2 if titles else 1  # one empty row between the titles and the table

    widths = [len(h) for h in headers]
    bold = Font(bold=True)
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=column, value=_clean_text(header))
        cell.data_type = "s"
        cell.font = bold
        cell.alignment = Alignment(vertical="center", horizontal="right" if kinds[column - 1] in ("money", "number", "percent") else "left")

    row_number = header_row
    for row_number, values in enumerate(rows, start=header_row + 1):
        values = list(values)
        if len(values) != len(headers):
            raise ValueError(f"row {row_number - header_row}: {len(values)} values for {len(headers)} columns")
        for column, (kind, raw) in enumerate(zip(kinds, values), start=1):
            value, number_format, shown = _cell_value(kind, raw, f"row {row_number - header_row}, column {column}")
            if value is None:
                continue
            cell = sheet.cell(row=row_number, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever it starts with
            cell.number_format = number_format
            widths[column - 1] = max(widths[column - 1], max((len(part) for part in shown.split("\n")), default=0))

    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
    if headers:
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
        last = get_column_letter(len(headers))
        sheet.auto_filter.ref = f"A{header_row}:{last}{max(row_number, header_row)}"
    sheet.sheet_view.zoomScale = 100
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape" if len(headers) > 6 else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

