"""What a review of Mulai buku at 1366×768 found: a spoiled sheet's problems asked about in a
question taller than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from app.opening import workbook
from app.opening.draft import Opening
from ui import loan_dialogs
from ui.main import MIN_POINT_SIZE
from ui.opening.wizard import OpeningWizard

SCREEN_HEIGHT = 768 - 30 - 40  # less the title bar and a taskbar


@pytest.fixture
def app_font():
    """The font Lumbung starts with (ui.main: at least 10 points; the tests' default is 9)."""
    before = QApplication.font()
    font = QFont(before)
    font.setPointSizeF(max(before.pointSizeF(), MIN_POINT_SIZE))
    QApplication.setFont(font)
    yield
    QApplication.setFont(before)


def test_a_spoiled_sheets_fifteen_problems_fit_the_screen_with_their_buttons(book, qtbot, monkeypatch, app_font):
    wizard = OpeningWizard()
    qtbot.addWidget(wizard)
    issues = tuple(workbook.SheetIssue("Anggota", 3 + i, "Tanggal lahir (hh/bb/tttt)", "date.no_such_day",
                                       {"day": 31, "month_name": 2, "year": 2025}) for i in range(20))
    result = workbook.ReadResult(Opening(), issues, {sheet.name: 60 for sheet in workbook.SHEETS.values()}, {})
    seen = []

    def look():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append((box.width(), box.height(), box.text().count("\n")))
        box.reject()

    def real_confirm(*args):
        QTimer.singleShot(100, look)
        return loan_dialogs.confirm(*args)

    monkeypatch.setattr("ui.opening.wizard.confirm", real_confirm)
    wizard.offer_workbook(result)
    (width, height, lines), = seen
    assert lines > 25 and width <= 1366 and height <= SCREEN_HEIGHT, seen


def test_the_problems_of_a_sheet_are_listed_sheet_by_sheet_row_by_row(book, qtbot, monkeypatch):
    """The reading's problems came first, the check's after: Anggota row 4, Simpanan 3, then Anggota 3."""
    wizard = OpeningWizard()
    qtbot.addWidget(wizard)
    found = [("Pinjaman", 4), ("Anggota", 4), ("Simpanan", 3), ("Anggota", 3), ("Saldo awal", 8), ("Anggota", 62)]
    issues = tuple(workbook.SheetIssue(sheet, row, "No. anggota", "required", {}) for sheet, row in found)
    asked = []
    monkeypatch.setattr("ui.opening.wizard.confirm", lambda parent, title, text, yes, no: asked.append(text) and False)
    wizard.offer_workbook(workbook.ReadResult(Opening(), issues, {}, {}))
    listed = [line.split(":")[0] for line in asked[0].split("\n") if ", baris " in line]
    assert listed == ["Saldo awal, baris 8, No. anggota", "Anggota, baris 3, No. anggota", "Anggota, baris 4, No. anggota",
                      "Anggota, baris 62, No. anggota", "Simpanan, baris 3, No. anggota", "Pinjaman, baris 4, No. anggota"]
