"""The start-up refusal's ways out: "Pulihkan dari cadangan…" onto a damaged (or 0-byte) book,
"Buka buku lain…", and a new book only where no file is."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import backup, members
from app.db import close_book, open_book
from app.errors import BookError
from backup_support import answered, fill_book, when_modal
from ui.main import open_and_show
from ui.passphrase_dialog import PassphraseDialog
from ui.startup import StartupRefusal, recover

PASSPHRASE = "kunci lumbung"


@pytest.fixture
def sealed(book, tmp_path) -> Path:
    """An encrypted backup of a book of three members on a "flashdisk"; the book closed."""
    fill_book()
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.create_backup(usb, passphrase=PASSPHRASE).path
    close_book()
    return made


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str]]:
    shown = []
    for kind in ("critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *rest, kind=kind: shown.append((kind, text)))
    return shown


@pytest.fixture
def chosen(monkeypatch) -> list[Path]:
    """The files she picks in the file dialogs, in order."""
    picks: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(picks.pop(0)), ""))
    return picks


def garble(book: Path, table: str) -> None:
    conn = sqlite3.connect(book)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(book, "r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(random.Random(page).randbytes(page_size))


def refused(path: Path) -> BookError:
    with pytest.raises(BookError) as info:
        open_book(path)
    return info.value


def click(button: str, seen: list[StartupRefusal]):
    def act(box: StartupRefusal) -> None:
        seen.append(box)
        getattr(box, button).click()
    return act


def test_a_damaged_book_is_restored_from_the_start_up_message(book, sealed, said, chosen, qtbot):
    garble(book, "members")
    error = refused(book)
    assert error.code == "damaged"
    damaged = book.read_bytes()
    seen: list[StartupRefusal] = []

    def type_passphrase(dialog: PassphraseDialog) -> None:
        qtbot.keyClicks(dialog.first, PASSPHRASE)
        qtbot.keyClick(dialog.first, Qt.Key.Key_Return)

    chosen.append(sealed)
    outcomes = [when_modal(StartupRefusal, click("restore_button", seen)), when_modal(PassphraseDialog, type_passphrase)]
    window = recover(book, error, open_and_show)
    qtbot.addWidget(window)
    for outcome in outcomes:
        answered(outcome)

    box = seen[0]
    assert box.windowTitle() == "Lumbung tidak bisa membuka buku" and "rusak" in box.text()
    assert [b.text() for b in box.buttons() if b is not box.close_button] == [
        "Pulihkan dari cadangan…", "Buka buku lain…"]  # no new book over a damaged one
    assert window.book.path == book and members.count_members(active_only=False) == 3
    aside = [p for p in book.parent.iterdir() if ".sebelum-pulih-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert said == [("information", "Buku dipulihkan dari cadangan UP2K PKK As Syifa (Senin, 17 Agustus 2026, 09.30).\n"
                                    f"Berkas buku sebelumnya disimpan di: {aside[0]}")]


def test_a_refused_backup_leaves_the_book_and_asks_again(book, said, chosen, tmp_path):
    garble(book, "settings")
    error = refused(book)
    damaged = book.read_bytes()
    not_a_backup = tmp_path / "foto.lumbung"
    not_a_backup.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    seen: list[StartupRefusal] = []

    def restore_then_close(box: StartupRefusal) -> None:
        seen.append(box)
        outcomes.append(when_modal(StartupRefusal, click("close_button", seen)))
        box.restore_button.click()

    chosen.extend([not_a_backup])
    outcomes = [when_modal(StartupRefusal, restore_then_close)]
    assert recover(book, error, open_and_show) is None
    for outcome in outcomes:
        answered(outcome)
    assert len(seen) == 2  # after the refusal, the ways out again
    assert said == [("critical", "Berkas foto.lumbung bukan cadangan Lumbung.\nBuku sekarang tidak diubah.")]
    assert book.read_bytes() == damaged


def test_a_zero_byte_book_is_named_and_another_can_be_opened(book, tmp_path, chosen, qtbot):
    close_book()
    empty = tmp_path / "kosong.sqlite"
    empty.touch()
    error = refused(empty)
    seen: list[StartupRefusal] = []
    chosen.append(book)
    outcome = when_modal(StartupRefusal, click("other_button", seen))
    window = recover(empty, error, open_and_show)
    qtbot.addWidget(window)
    answered(outcome)
    assert "kosong (0 byte)" in seen[0].text()
    assert window.book.path == book and empty.stat().st_size == 0


def test_a_missing_book_is_made_only_when_she_asks(tmp_path, qtbot):
    path = tmp_path / "salah-ketik" / "buku.sqlite"
    error = refused(path)
    assert error.code == "missing" and not path.parent.exists()
    seen: list[StartupRefusal] = []
    outcome = when_modal(StartupRefusal, click("new_button", seen))
    window = recover(path, error, open_and_show)
    qtbot.addWidget(window)
    answered(outcome)
    assert seen[0].new_button.text() == "Buat buku baru di sini"
    assert window.book.path == path and window.book.created
    close_book()


def test_restoring_the_open_book_onto_itself_is_refused(book, said):
    from ui.restore_dialog import restore_from

    before = book.read_bytes()
    assert restore_from(book) is None
    assert said == [("critical", "Berkas book.sqlite adalah buku itu sendiri, bukan cadangannya. Pilih berkas "
                                 "cadangan (.lumbung).\nBuku sekarang tidak diubah.")]
    assert book.read_bytes() == before


@pytest.mark.parametrize("code", ["in_use", "locked"])
def test_a_book_held_by_another_program_is_tried_again_never_restored_over(book, code, qtbot):
    close_book()
    error = BookError(code, str(book), pid="4242", user="bendahara", host="pc-desa")
    seen: list[StartupRefusal] = []
    outcome = when_modal(StartupRefusal, lambda box: seen.append(box) or box.defaultButton().click())
    window = recover(book, error, open_and_show)  # the other Lumbung was closed meanwhile
    qtbot.addWidget(window)
    answered(outcome)
    box = seen[0]
    assert box.restore_button is None and box.defaultButton() is box.retry_button
    assert box.retry_button.text() == "Coba lagi"
    assert window.book.path == book
    close_book()


def test_a_server_book_refused_at_start_asks_its_password_and_opens(pg_server, qtbot):
    """`lumbung --db postgresql://kasir@…` with no password: the refusal's "Buka buku lain…"
    opens the address with the cursor in the password; a wrong one is said under the address,
    the right one opens the server's book. An unreachable server may be tried again."""
    from pg_server import PASSWORD, PASSWORD_ROLE
    from ui.open_book_dialog import OpenBookDialog

    pg_server.create_database("desa_saat_mulai", owner=PASSWORD_ROLE)
    address = pg_server.url("desa_saat_mulai", PASSWORD_ROLE)
    error = refused(address)
    assert error.code == "pg_wrong_login"
    seen, said = [], []

    def other_book(box: StartupRefusal) -> None:
        seen.append(box)
        assert box.retry_button is None
        when_modal(OpenBookDialog, type_passwords)
        box.other_button.click()

    def type_passwords(dialog: OpenBookDialog) -> None:
        assert dialog.address.text() == address and dialog.focusWidget() is dialog.password
        qtbot.keyClicks(dialog.password, "bukan-ini")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        said.append(dialog.error.text())
        dialog.password.clear()
        dialog.password.setFocus()
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    outcome = when_modal(StartupRefusal, other_book)
    window = recover(address, error, open_and_show)
    qtbot.addWidget(window)
    answered(outcome)
    assert said[0].startswith("Server PostgreSQL menolak masuk ke postgresql://kasir@/desa_saat_mulai")
    assert window.book.path.startswith("postgresql://kasir@/desa_saat_mulai") and PASSWORD not in window.book.path
    assert members.count_members(active_only=False) == 0
    close_book()
    unreachable = StartupRefusal(address, BookError("pg_unreachable", address, reason="connection refused"))
    qtbot.addWidget(unreachable)
    assert unreachable.defaultButton() is unreachable.retry_button
