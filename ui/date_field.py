"""A date typed as dd/mm/yyyy that may be left blank (a QDateEdit cannot be empty).

A date outside the book's range (app.dates: 1990 to ten years after today) is refused here
with the message the services give; a birth date has its own earliest day."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from app import dates
from app.errors import Issue
from app.formatting import short_date
from ui.retranslating import Retranslating


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
        return dates.read_date(self.text(), "", self.earliest)[0]

    def issue(self, field: str) -> Issue | None:
        """An issue when something was typed that is not a date (app.dates.read_date)."""
        return dates.read_date(self.text(), field, self.earliest)[1]
