"""A disk that fills up under Simpan: the dialog says so beside its buttons, in words that name
the book's folder and what to do; what she typed stays, the book holds exactly what it held,
and once there is room, Simpan again saves. The disk is a real, small tmpfs (mounting one needs
root on Linux); elsewhere a commit refused as SQLite refuses it on a full disk stands in."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import backup, cli, ledger
from app.backup import BackupError
from app.db import BookCursor, close_book, db, open_book, refusing
from app.ledger import credit, debit
from app.lock import lock_path
from ui import main as ui_main
from ui.cash_dialogs import ReceiveDialog
from ui.member_dialog import MemberDialog
from ui.messages import backup_error_text


def counts() -> tuple[int, ...]:
    return tuple(db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("journal_entries", "postings", "receipts", "members"))


@pytest.fixture
def small_disk(template_book, tmp_path):
    """A book alone on a 16 MB tmpfs."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(disk)], capture_output=True).returncode == 0
    if not mounted:
        pytest.skip("a tmpfs needs root on Linux; test_a_commit_refused_* stands in")
    try:
        path = disk / "book.sqlite"
        shutil.copy(template_book, path)
        open_book(path)
        ledger.post_entry(date(2026, 8, 1), "Modal awal", [debit("1-101", 500_000), credit("3-201", 500_000)])
        yield path
    finally:
        close_book()
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte of the disk; an open book's log is emptied first, so that the next
    commit needs new room (SQLite reuses the room its log already has)."""
    if db.obj is not None and not db.obj.is_closed():
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def type_receipt(qtbot, dialog: ReceiveDialog) -> None:
    qtbot.keyClicks(dialog.description, "Bantuan desa")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.amount, "250.000")
    qtbot.keyClicks(dialog.party_name, "Pemerintah Desa")
    qtbot.keyClick(dialog.party_name, Qt.Key.Key_Return)


def test_a_full_disk_under_simpan_is_said_beside_it_and_nothing_is_lost(small_disk, qtbot, capfd):
    before = counts()
    filler = fill(small_disk.parent)
    dialog = ReceiveDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_receipt(qtbot, dialog)

    assert dialog.isVisible() and dialog.receipt_number is None
    said = dialog.general_error.text()
    assert said.startswith(f"Disk tempat buku ({small_disk.parent}) penuh")
    assert "Kosongkan sebagian disk itu" in said and "Simpan lagi" in said
    assert dialog.description.text() == "Bantuan desa"  # what she typed is still there
    assert counts() == before
    assert "rollback" not in capfd.readouterr().err

    filler.unlink()  # she makes room, and presses Simpan again
    qtbot.keyClick(dialog.party_name, Qt.Key.Key_Return)
    assert dialog.receipt_number == "KW/2026/000001"
    assert counts() == (before[0] + 1, before[1] + 2, before[2] + 1, before[3])


def test_a_member_dialog_on_a_full_disk_says_so_too(small_disk, qtbot):
    fill(small_disk.parent)
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["name"], "Siti Aminah")
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "penuh" in dialog.general_error.text()
    assert counts()[3] == 0


class FullAtCommit(BookCursor):
    """What SQLite does when the disk fills at COMMIT: it rolls the transaction back itself and
    says "database or disk is full"."""

    def execute(self, sql, params=()):
        if sql != "COMMIT":
            return super().execute(sql, params)
        self.connection.execute("ROLLBACK")
        with refusing(self.folder):
            raise sqlite3.OperationalError("database or disk is full")


def test_a_commit_refused_for_a_full_disk_reaches_the_dialog(book, qtbot, monkeypatch, capfd):
    before = counts()
    monkeypatch.setattr(db.obj, "cursor_class", FullAtCommit)
    dialog = ReceiveDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_receipt(qtbot, dialog)
    assert dialog.isVisible() and dialog.receipt_number is None
    assert dialog.general_error.text().startswith(f"Disk tempat buku ({book.parent}) penuh")
    monkeypatch.undo()
    assert counts() == before
    assert "rollback" not in capfd.readouterr().err


def test_opening_a_book_on_a_full_disk_is_a_message_not_a_traceback(small_disk, monkeypatch, capsys):
    close_book()  # Lumbung was closed; the disk filled up meanwhile
    fill(small_disk.parent)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)  # had it opened, never wait for a window

    assert ui_main.main(["lumbung", "--db", str(small_disk)]) == ui_main.EXIT_BOOK_ERROR

    [(title, text)] = shown
    assert title == "Lumbung tidak bisa membuka buku"
    assert text.startswith(f"Disk tempat buku {small_disk} penuh") and "Kosongkan sebagian disk itu" in text
    assert "Traceback" not in capsys.readouterr().err
    assert not lock_path(small_disk).exists()  # the refused open leaves nothing behind


def test_any_other_failure_at_start_is_a_message_too(tmp_path, monkeypatch, capsys):
    def failing_disk(path, create=False):
        raise OSError(errno.EIO, "Input/output error")

    shown = []
    monkeypatch.setattr(ui_main, "open_and_show", failing_disk)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    book = tmp_path / "buku.sqlite"
    assert ui_main.main(["lumbung", "--db", str(book)]) == ui_main.EXIT_BOOK_ERROR
    assert shown == [f"Buku {book} tidak bisa dibuka (Input/output error)."]
    assert "Traceback" not in capsys.readouterr().err


def test_a_restore_onto_a_full_disk_names_the_folder_not_a_file_descriptor(small_disk, tmp_path):
    made = backup.create_backup(tmp_path, keep=3)
    before = counts()
    fill(small_disk.parent)
    with pytest.raises(BackupError) as refused:
        backup.restore_backup(made.path)
    error = refused.value
    assert (error.code, error.params["path"]) == ("write_failed", str(small_disk.parent))
    assert cli.refusal(error) == f"Gagal menulis ke {small_disk.parent} (No space left on device)."
    assert backup_error_text(error).startswith(f"Tidak bisa menulis ke {small_disk.parent} (")
    open_book(small_disk)
    assert counts() == before  # the book is as it was
    assert not list(small_disk.parent.glob(".*.tmp"))  # and no half-unpacked file is left
