"""After the check at start finds a problem, the window keeps it in sight: a banner above every
page, until the book is put right (a storno of the wrong entry, or a restore); posting goes on."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from app import backup, ledger, reversals
from app.db import db
from app.ledger import credit, debit
from ui.main import open_and_show


def problems_box(window):
    return window.findChild(QMessageBox, "bookProblems")


def spoil() -> int:
    """An entry changed by another program, without the triggers that guard it."""
    entry = ledger.post_entry(date(2026, 8, 3), "Hibah CSR", [debit("1-101", 5_000), credit("3-201", 5_000)])
    db.execute_sql("DROP TRIGGER postings_no_update")
    db.execute_sql("UPDATE postings SET amount_rp = 4000 WHERE entry_id = ? AND amount_rp = 5000", (entry,))
    return entry


@pytest.fixture
def wrong_entry(book) -> int:
    return spoil()


@pytest.fixture
def window(wrong_entry, book, qtbot):
    window = open_and_show(book)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    return window


def test_the_banner_stays_until_a_storno_puts_the_book_right(window, wrong_entry, qtbot):
    assert problems_box(window).isVisible()  # said once, in a box she closes
    problems_box(window).close()
    text = window.banner.text.text()
    assert text.startswith("Buku ini bermasalah: Ada transaksi yang debit dan kreditnya tidak sama.")
    assert "Neraca saldo tidak seimbang." in text and "storno" in text
    assert "jurnal" not in text.lower()  # her word is transaksi

    # Posting goes on, and the banner stays: the wrong entry is still there.
    ledger.post_entry(date(2026, 8, 4), "Bunga bank", [debit("1-101", 1_000), credit("4-201", 1_000)])
    window.page("cashbook").changed.emit()
    qtbot.wait(300)
    assert window.banner.isVisible()

    reversals.reverse(wrong_entry, "Diubah di luar Lumbung")
    window.page("cashbook").changed.emit()  # what a page says after its storno dialog saved
    # The storno puts the balances right; the audit trail keeps what was done behind Lumbung's
    # back (app.audit.verify): the banner now says only that, naming the entry.
    qtbot.waitUntil(lambda: "debit dan kreditnya" not in window.banner.text.text())
    assert window.banner.isVisible()
    assert f"JU-{wrong_entry}: transaksi ini diubah di luar Lumbung" in window.banner.text.text()
    assert problems_box(window) is None or not problems_box(window).isVisible()  # no second box


def test_the_banner_leads_to_the_backups(window):
    window.banner.to_backup.click()
    assert window.stack.currentWidget() is window.page("backup")


def test_a_restore_of_a_good_backup_takes_the_banner_away(book, tmp_path, qtbot):
    usb = tmp_path / "usb"  # not the book's own folder (refused)
    usb.mkdir()
    good = backup.create_backup(usb, keep=3)
    spoil()
    window = open_and_show(book)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.banner.isVisible())

    restored = backup.restore_backup(good.path)
    window.page("backup").book_restored.emit(restored)  # what the Cadangan Data page says after it
    qtbot.waitUntil(lambda: not window.banner.isVisible())
