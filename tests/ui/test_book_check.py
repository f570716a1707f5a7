"""After start the whole book is checked in the background; a broken one is said at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from app import ledger
from app.db import check_book, db
from ui.background import read_in_background
from ui.main import open_and_show


def problems_box(window) -> QMessageBox | None:
    return window.findChild(QMessageBox, "bookProblems")


def test_an_unbalanced_entry_written_behind_lumbungs_back_is_reported(book, qtbot):
    entry = ledger.post_entry(date(2026, 8, 3), "Hibah CSR", [ledger.debit("1-101", 5_000), ledger.credit("3-201", 5_000)])
    # Another program edits the file without the triggers that guard it.
    db.execute_sql("DROP TRIGGER postings_no_update")
    db.execute_sql("UPDATE postings SET amount_rp = 4000 WHERE entry_id = ? AND amount_rp = 5000", (entry,))
    window = open_and_show(book)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: problems_box(window) is not None and problems_box(window).isVisible())
    text = problems_box(window).text()
    assert "debit dan kreditnya tidak sama" in text
    assert "Neraca saldo tidak seimbang" in text
    to_backup = next(b for b in problems_box(window).buttons() if b.text() == "Buka Cadangan Data")
    to_backup.click()
    assert window.stack.currentWidget() is window.page("backup")


def test_a_sound_book_raises_no_alarm(window, qtbot):
    done = []
    # open_and_show started the check; a second one, queued after it, tells when both are over
    read_in_background(lambda: check_book(window.book.path), lambda problems, error: done.append((problems, error)))
    qtbot.waitUntil(lambda: bool(done))
    assert done == [([], None)]
    assert problems_box(window) is None


def test_a_background_read_whose_window_closed_meanwhile_reports_to_nobody(qtbot):
    """A check still running when its window is closed (the next book, the end of a test) finds
    no window to show its result in: nothing is called on deleted widgets."""
    import threading

    from PySide6.QtWidgets import QLabel
    from shiboken6 import isValid

    from ui.background import _running

    label, release, shown = QLabel(), threading.Event(), []
    read_in_background(lambda: release.wait(5) and "selesai", lambda result, error: shown.append(label.text()),
                       label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not isValid(label))
    release.set()
    qtbot.waitUntil(lambda: not _running)
    assert shown == []
