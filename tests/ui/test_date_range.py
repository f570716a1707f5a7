"""The date field keeps the book's range (app.dates) with the services' own message; a birth
date may lie before it. Whatever the database refuses is worded like any refusal."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import Issue
from app.members import EARLIEST_BIRTH
from ui.date_field import DateField
from ui.messages import issue_text

RANGE = "Tanggal harus antara 01/01/1990 dan 17/08/2036."


@pytest.mark.parametrize("typed", ["01/12/9999", "31/12/1989", "18/08/2036", "01/01/1900"])
def test_a_date_outside_the_range_is_refused_with_the_services_words(qtbot, typed):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, typed)
    assert field.date() is None
    assert issue_text(field.issue("on")) == RANGE


@pytest.mark.parametrize("typed", ["01/01/1990", "17/08/2036"])
def test_the_first_and_last_days_are_taken(qtbot, typed):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, typed)
    assert field.issue("on") is None and field.date() is not None


def test_a_birth_date_has_its_own_earliest_day(qtbot):
    field = DateField(earliest=EARLIEST_BIRTH)
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "17/08/1945")
    assert field.issue("birth_date") is None and field.date() == date(1945, 8, 17)
    field.setText("31/12/1899")
    assert issue_text(field.issue("birth_date")) == "Tanggal harus antara 01/01/1900 dan 17/08/2036."


@pytest.mark.parametrize("code", ["book.refused", "book.locked", "book.read_only", "book.damaged",
                                  "book.not_a_book", "book.failed", "input.wrong_type",
                                  "loan.schedule_beyond_range"])
def test_the_new_refusals_have_words(code):
    text = issue_text(Issue("", code, {"reason": "x", "latest": date(2036, 8, 17)}))
    assert "{" not in text and code not in text
