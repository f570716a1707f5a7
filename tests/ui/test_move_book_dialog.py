"""Pengaturan → Buku bersama di server (issue 16), by keyboard: the village's book moved into the
office's empty PostgreSQL database, what was checked said, and the copy opened in the window;
bad input said beside its field and a database that is not empty refused, nothing written."""

from __future__ import annotations

import itertools
import shutil

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication

from app import ledger
from app.db import close_book, current_source, open_book
from app.engine.postgres import PgStore
from ui.main import open_and_show
from ui.move_book_dialog import MoveBookDialog

_names = itertools.count(1)


@pytest.fixture
def village(demo_template, tmp_path, qtbot):
    path = tmp_path / "desa.sqlite"
    shutil.copy(demo_template, path)
    window = open_and_show(path)
    qtbot.addWidget(window)
    yield window
    close_book()


def _tables(url: str) -> list[str]:
    store = PgStore.connect(url, read_only=True)
    try:
        return store.tables()
    finally:
        store.close()


def _in_dialog(qtbot, act):
    """Run `act(dialog)` once the move dialog is up (it runs modal)."""
    seen = []

    def inside():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MoveBookDialog):
            QTimer.singleShot(20, inside)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, inside)
    return seen


def test_the_book_moves_to_the_server_by_keyboard_and_opens_there(village, pg_server, qtbot):
    window = village
    url = pg_server.create_database(f"ui_move_{next(_names)}")
    kas = ledger.account_balance("1-101")
    window.go_to(8)  # Pengaturan
    panel = window.page("settings").server_panel
    assert panel.button.text() == "Pindahkan buku ke server…"
    said = []

    def move(dialog):
        assert dialog.focusWidget() is dialog.address  # the cursor in the first field
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)  # nothing typed: said beside the field
        said.append(dialog.errors.label("address").text())
        qtbot.keyClicks(dialog.address, url)
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.done_note.isVisible(), timeout=60_000)
        said.append(dialog.done_note.text())
        assert dialog.focusWidget() is dialog.open_button
        qtbot.keyClick(dialog.open_button, Qt.Key.Key_Return)

    seen = _in_dialog(qtbot, move)
    panel.button.setFocus()
    qtbot.keyClick(panel.button, Qt.Key.Key_Space)
    assert seen and said[0] == "Tulis alamat basis data dari pengelola server."
    assert said[1].startswith("Buku dipindahkan dan sudah diperiksa: postgresql://lumbung@/ui_move_")
    assert "isi setiap tabel dan saldo semua akun sama dengan buku asal (Kas Rp" in said[1]
    assert current_source() == url  # the window works on the server's book now
    assert ledger.account_balance("1-101") == kas
    qtbot.waitUntil(lambda: panel.button.text() == "Salin buku ke berkas…")  # the offer turns round


def test_a_database_that_is_not_empty_is_said_and_nothing_written(village, pg_book, qtbot):
    open_book(village.book.path)  # pg_book bound its own database; the window's book again
    before = _tables(pg_book)
    dialog = MoveBookDialog(current_source())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, "server-kantor/lumbung")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.errors.label("address").text().startswith("Alamat ditulis postgresql://pengguna@server/")
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, pg_book)
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.general_error.text() != "", timeout=30_000)
    assert dialog.general_error.text().startswith("Basis data pada alamat postgresql://lumbung@/book_")
    assert "tidak kosong" in dialog.general_error.text() and dialog.save_button.isEnabled()
    assert dialog.focusWidget() is dialog.address and dialog.address.selectedText() == pg_book
    assert _tables(pg_book) == before
