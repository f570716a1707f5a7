"""The date field keeps the book's range (app.dates) with the services' own message; a birth
date may lie before it. Whatever the database refuses is worded like any refusal."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app import receipts
from app.db import db
from app.errors import Issue
from app.members import EARLIEST_BIRTH
from ui.cash_dialogs import ReceiveDialog
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
    text = issue_text(Issue("", code, {"reason": "x", "folder": "/media/usb", "latest": date(2036, 8, 17)}))
    assert "{" not in text and code not in text


def test_a_save_the_database_refuses_is_told_beside_simpan(book, qtbot):
    """A receipt counter set back by another program (INSERT OR REPLACE gets past the triggers):
    the next money in cannot number its kuitansi. The dialog says so and writes nothing."""
    dialog = ReceiveDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.description, "Bunga tabungan Juli")
    qtbot.keyClicks(dialog.amount, "12.345")
    qtbot.keyClicks(dialog.account, "Bunga")
    qtbot.keyClicks(dialog.party_name, "Bank Kalsel")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.receipt_number == "KW/2026/000001", dialog.errors.general.text()
    conn = sqlite3.connect(book, isolation_level=None)
    conn.execute("INSERT OR REPLACE INTO sequences (name, last_value) VALUES ('receipt_2026', 0)")
    conn.close()
    before = db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()

    again = ReceiveDialog()
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClicks(again.description, "Bunga tabungan Agustus")
    qtbot.keyClicks(again.amount, "1.000")
    qtbot.keyClicks(again.account, "Bunga")
    qtbot.keyClicks(again.party_name, "Bank Kalsel")
    qtbot.keyClick(again.amount, Qt.Key.Key_Return)
    assert again.receipt_number is None
    assert again.errors.general.text().startswith("Buku menolak perubahan ini")
    assert db.execute_sql("SELECT count(*) FROM journal_entries").fetchone() == before
    assert len(receipts.search()) == 1
