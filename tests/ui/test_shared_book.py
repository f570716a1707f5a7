"""The window on a PostgreSQL book shared by several desktops (issue 16)."""

from __future__ import annotations

import multiprocessing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import members
from loan_support import member
from ui.main import open_and_show
from ui.member_dialog import MemberDialog
from ui.open_book_dialog import OpenBookDialog
from ui.main_window import WATCH_MS


@pytest.fixture
def pg_window(pg_book, qtbot):
    window = open_and_show(pg_book)
    qtbot.addWidget(window)
    yield window
    window.close()
    window.deleteLater()  # before the book closes: no late retranslate reads a closed server
    qtbot.wait(10)


def test_a_setoran_posted_on_another_desktop_shows_after_the_poll(pg_book, pg_window, qtbot):
    from pg_workers import setoran

    siti = member("Siti Aminah")
    home = pg_window.page("home")
    qtbot.waitUntil(lambda: home.values["cash"].text() == "Rp0")
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        pool.apply(setoran, (pg_book, siti, 25_000))
    assert home.values["cash"].text() == "Rp0"  # not yet asked
    qtbot.waitUntil(lambda: home.values["cash"].text() == "Rp25.000", timeout=WATCH_MS + 3000)
    assert home.values["last_entry"].text() == "Senin, 17 Agustus 2026"


def test_her_save_of_a_member_another_desktop_just_saved_is_refused_beside_the_form(pg_book, qtbot):
    from pg_workers import change_phone

    siti = member("Siti Aminah")
    dialog = MemberDialog(members.get_member(siti))
    qtbot.addWidget(dialog)
    dialog.show()
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        pool.apply(change_phone, (pg_book, siti, "081234567890"))
    qtbot.keyClicks(dialog.edits["desa"], "Alabio")
    qtbot.keyClick(dialog.edits["desa"], Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # kept open, with what she typed
    assert dialog.general_error.text() == (
        "Data anggota ini baru saja diubah di komputer lain. Tutup lalu buka lagi untuk melihat perubahannya.")
    assert dialog.edits["desa"].text() == "Alabio"
    now = members.get_member(siti)
    assert (now.phone, now.desa) == ("081234567890", "")  # the other desktop's save stands, hers wrote nothing


def test_a_shared_book_opens_from_berkas_by_keyboard_and_its_password_shows_nowhere(
        window, pg_server, qtbot, tmp_path, monkeypatch):
    from pg_server import PASSWORD, PASSWORD_ROLE

    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Dokumen"))
    pg_server.create_database("kas_desa_kasir", owner=PASSWORD_ROLE)
    address = pg_server.url("kas_desa_kasir", PASSWORD_ROLE)
    sqlite_book = window.book.path
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert isinstance(dialog, OpenBookDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.address)
    qtbot.keyClicks(dialog.address, address)
    qtbot.keyClick(dialog.address, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "salah")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and window.book.path == sqlite_book  # refused: this book stays open
    assert dialog.error.text() == (
        f"Server PostgreSQL menolak masuk ke {address}: nama pengguna atau kata sandinya salah. Periksa "
        "keduanya (tanyakan kepada pengelola server), lalu coba lagi.")
    dialog.password.setFocus()
    qtbot.keyClick(dialog.password, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.book.path == address and window.book.created  # an empty database made a book
    assert window.windowTitle() == f"UP2K PKK – {address} – Lumbung"
    window.about_action.trigger()
    about = window.dialog.text.text()
    folder = tmp_path / "Dokumen" / "Lumbung" / "kas_desa_kasir"
    assert f"Buku yang terbuka: {address}" in about
    assert f"Kuitansi dan laporan disimpan di folder {folder}" in about
    assert PASSWORD not in window.windowTitle() + about
    window.dialog.close()


def test_a_setoran_cut_off_by_a_lost_server_says_so_keeps_her_input_and_saves_once_when_it_is_back(
        pg_book, pg_server, pg_window, qtbot):
    from app import savings
    from app.db import db

    siti = members.get_member(member("Siti Aminah"))
    home = pg_window.page("home")
    qtbot.waitUntil(lambda: home.values["cash"].text() == "Rp0")
    pg_window.activateWindow()
    qtbot.waitUntil(pg_window.isActiveWindow)
    qtbot.keyClick(pg_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = pg_window.dialog
    qtbot.waitUntil(lambda: dialog.member.hasFocus() or dialog.member.lineEdit().hasFocus())
    qtbot.keyClicks(dialog.member.lineEdit(), "1")
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    assert dialog.member.currentData() == siti.id and dialog.amount.hasFocus()
    qtbot.keyClicks(dialog.amount, "25000")
    pg_server.halt()
    try:
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        assert dialog.error.text() == (
            f"Hubungan ke server buku ({pg_window.book.path}) terputus, jadi ini belum tersimpan; yang sudah "
            "tersimpan sebelumnya aman. Periksa jaringan dan server, lalu tekan Simpan lagi.")
        assert dialog.isVisible() and dialog.amount.hasFocus()
        assert (dialog.member.currentData(), dialog.amount.text()) == (siti.id, "25000")
        qtbot.wait(WATCH_MS + 500)  # the window's poll meets the lost server too, and says nothing
    finally:
        pg_server.resume()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.result.text().startswith("Tersimpan: 0001 Siti Aminah, Rp25.000, kuitansi KW/2026/000001")
    assert savings.balances(siti.id).total_rp == 25_000
    assert db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0] == 1
    qtbot.waitUntil(lambda: home.values["cash"].text() == "Rp25.000")


def test_sign_in_turned_on_at_another_desktop_locks_this_one_at_the_next_poll(pg_window, qtbot):
    from app.access import users
    from test_sign_in import sign_in_by_keyboard

    assert not pg_window.locked
    users.turn_on_sign_in("Bu Rahmah", "ketua-kelompok-1")  # as the Ketua's desktop does; not this window's save
    users.sign_out()
    qtbot.waitUntil(lambda: pg_window.locked, timeout=WATCH_MS + 3000)
    assert pg_window.who_label.text() == "Belum ada yang masuk" and pg_window.lock_cover.isVisible()
    lock = pg_window.sign_in_dialog
    qtbot.waitUntil(lock.isVisible)
    sign_in_by_keyboard(qtbot, lock, "Bu Rahmah", "ketua-kelompok-1")
    assert not pg_window.locked and pg_window.who_label.text() == "Masuk sebagai Bu Rahmah (Ketua)"


def test_a_setoran_whose_commit_answer_was_lost_is_saved_once_by_her_second_simpan(
        pg_book, pg_server, pg_window, qtbot, monkeypatch):
    """The server saved it but the answer never came: she reads 'not saved' and presses Enter
    again; the dialog's same attempt returns that Setoran. The next member's Setoran, typed the
    same, is a new one."""
    from app import savings
    from app.db import db

    siti = members.get_member(member("Siti Aminah"))
    pg_window.activateWindow()
    qtbot.waitUntil(pg_window.isActiveWindow)
    qtbot.keyClick(pg_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = pg_window.dialog
    qtbot.waitUntil(lambda: dialog.member.hasFocus() or dialog.member.lineEdit().hasFocus())
    qtbot.keyClicks(dialog.member.lineEdit(), "1")
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.amount, "25000")
    book, pid = db.obj, db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    commit = book.commit

    def answer_lost():
        monkeypatch.setattr(book, "commit", commit)  # once
        commit()  # saved on the server, then the connection goes before the answer comes
        pg_server.execute("postgres", f"SELECT pg_terminate_backend({pid})")
        book.execute_sql("SELECT 1")

    monkeypatch.setattr(book, "commit", answer_lost)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.error.text().startswith(f"Hubungan ke server buku ({pg_window.book.path}) terputus")
    assert (dialog.member.currentData(), dialog.amount.text()) == (siti.id, "25000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.result.text().startswith("Tersimpan: 0001 Siti Aminah, Rp25.000, kuitansi KW/2026/000001")
    assert db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0] == 1
    assert savings.balances(siti.id).total_rp == 25_000

    qtbot.keyClicks(dialog.member.lineEdit(), "1")  # the same input again, after a save: a new Setoran
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.amount, "25000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.result.text().startswith("Tersimpan: 0001 Siti Aminah, Rp25.000, kuitansi KW/2026/000002")
    assert savings.balances(siti.id).total_rp == 50_000
