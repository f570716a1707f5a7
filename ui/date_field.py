"""A date typed as dd/mm/yyyy that may be left blank (a QDateEdit cannot be empty).

A date outside the book's range (app.dates: 1990 to ten years after today) is refused here
with the message the services give; a birth date has its own earliest day."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from app import dates
from app.errors import Issue
from app.formatting import short_date
from ui.retranslating import Retranslating

_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def read_date(text: str, field: str, earliest: date = dates.FIRST_DAY) -> tuple[date | None, Issue | None]:
    """A date typed as dd/mm/yyyy: the date, or None and the issue saying what is wrong with it
    ("31/02/1980": February has no 31st; "12/13/2026"); (None, None) when blank."""
    text = text.strip()
    if not text:
        return None, None
    match = _DATE.match(text)
    if match is None:
        return None, Issue(field, "date.unreadable")
    day, month, year = (int(part) for part in match.groups())
    try:
        typed = date(year, month, day)
    except ValueError:
        if not 1 <= month <= 12:
            return None, Issue(field, "date.no_such_month", {"month": month})
        if year < 1:
            return None, Issue(field, "date.unreadable")
        return None, Issue(field, "date.no_such_day", {"day": day, "month_name": month, "year": year})
    issue = dates.range_issue(field, typed, earliest)
    return (None, issue) if issue is not None else (typed, None)


class DateField(Retranslating, QLineEdit):
    def __init__(self, parent: QWidget | None = None, earliest: date = dates.FIRST_DAY) -> None:
        super().__init__(parent)
        self.earliest = earliest
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("hh/bb/tttt"))

    def set_date(self, value: date | None) -> None:
        self.setText(short_date(value))

    def date(self) -> date | None:
        """The date typed, or None when blank, unreadable or out of range (see issue())."""
        return read_date(self.text(), "", self.earliest)[0]

    def issue(self, field: str) -> Issue | None:
        """An issue when something was typed that is not a date (see read_date)."""
        return read_date(self.text(), field, self.earliest)[1]
