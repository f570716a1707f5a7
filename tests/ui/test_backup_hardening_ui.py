"""Issue 13 on the screens: a short passphrase for a new backup is refused beside the field; a
book that fails its check is backed up with the warning shown, and shown again before restoring."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import backup
from backup_support import fill_book
from ui.passphrase_dialog import PassphraseDialog
from ui.restore_dialog import RestoreDialog

BACKUP_ROW = 7
SHORT = ("Kata sandi terlalu pendek: paling sedikit 8 huruf, supaya orang lain tidak mudah menebaknya. "
         "Pakai beberapa kata, misalnya nama tempat dan tahun.")
WARNED = "Perhatian: saat dicadangkan, pemeriksaan buku menemukan masalah:\n"


def test_a_short_passphrase_is_refused_beside_the_field_for_a_new_backup(qtbot):
    dialog = PassphraseDialog(True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "kunci")
    qtbot.keyClicks(dialog.second, "kunci")
    dialog.accept()
    assert dialog.error.text() == SHORT and dialog.isVisible() and dialog.passphrase is None
    assert dialog.first.selectedText() == "kunci"  # selected, to be typed over
    qtbot.keyClicks(dialog.first, "kunci lumbung")
    qtbot.keyClicks(dialog.second, " lumbung")
    dialog.accept()
    assert dialog.passphrase == "kunci lumbung" and not dialog.isVisible()


def test_opening_a_backup_takes_a_short_passphrase(qtbot):
    dialog = PassphraseDialog(False, file_name="lama.lumbung")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "k")
    dialog.accept()
    assert dialog.passphrase == "k"


def _unbalance(book: Path) -> None:
    conn = sqlite3.connect(book)
    conn.execute("INSERT INTO journal_entries (entry_date, description, entered_at, entered_by)"
                 " VALUES ('2026-08-17', 'dari luar', '2026-08-17 10:00:00', 'x')")
    conn.execute("INSERT INTO postings (entry_id, account_id, entry_date, amount_rp)"
                 " VALUES (last_insert_rowid(), 1, '2026-08-17', 1000)")
    conn.commit()
    conn.close()


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, kind=kind: shown.append((kind, title, text)))
    return shown


def test_a_book_that_fails_its_check_is_backed_up_with_the_warning(window, book, qtbot, monkeypatch, tmp_path, boxes):
    fill_book()
    _unbalance(book)
    folder = tmp_path / "cadangan"
    folder.mkdir()
    window.go_to(BACKUP_ROW)
    page = window.page("backup")
    page.encrypt.setChecked(False)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._task is None and page.outcome.text() != "", timeout=15_000)
    assert page.outcome.text().startswith("Cadangan tersimpan dan sudah diperiksa.")
    assert WARNED in page.outcome.text() and "• Ada transaksi yang debit dan kreditnya tidak sama." in page.outcome.text()
    assert boxes[-1][:2] == ("warning", "Cadangan selesai, buku bermasalah")

    made = next(folder.glob("*.lumbung"))
    dialog = RestoreDialog(made, backup.inspect_backup(made), None)
    qtbot.addWidget(dialog)
    assert WARNED in dialog.warning.text()


def test_a_sound_book_is_backed_up_without_the_warning(book, qtbot, tmp_path):
    fill_book()
    usb = tmp_path / "usb"  # not the book's own folder (refused)
    usb.mkdir()
    made = backup.create_backup(usb)
    dialog = RestoreDialog(made.path, backup.inspect_backup(made.path), None)
    qtbot.addWidget(dialog)
    assert "Perhatian" not in dialog.warning.text()
