"""Cadangan Data: back up to a folder or a flashdisk, see it checked and listed, restore from it;
refusals say why; the exit question and the Beranda note remind when a backup is due."""

from __future__ import annotations

import ast
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import backup, clock, ledger, members
from backup_support import add, answered, fill_book, when_modal
from ui.messages import BACKUP_ERRORS, backup_error_text
from ui.pages import backup as backup_page_module
from ui.passphrase_dialog import PassphraseDialog
from ui.restore_dialog import RestoreDialog

NAME = "lumbung-up2k-pkk-as-syifa-20260817-093000.lumbung"
NOTHING_LEFT = "Tidak ada berkas setengah jadi yang tertinggal; buku dan cadangan lama tidak berubah."
BACKUP_ROW = 7


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes, recorded instead of shown: (kind, title, text)."""
    shown = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, kind=kind: shown.append((kind, title, text)))
    return shown


@pytest.fixture
def drives(monkeypatch):
    """The flashdisks plugged in: none unless a test plugs one."""
    plugged: list = []
    monkeypatch.setattr(backup, "removable_targets", lambda: list(plugged))
    return plugged


@pytest.fixture
def page(window, drives, boxes, qtbot):
    window.go_to(BACKUP_ROW)
    page = window.page("backup")
    qtbot.waitUntil(lambda: page.search_button.isEnabled())
    return page


def choose_folder(page, qtbot, monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)


def back_up(page, qtbot) -> None:
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page._task is None and page.outcome.text() != "", timeout=15_000)


def test_back_up_to_a_folder_confirms_what_was_checked_and_lists_the_file(window, page, qtbot, monkeypatch,
                                                                          tmp_path, boxes):
    fill_book()
    assert page.last_backup.text() == "Cadangan terakhir: belum pernah."
    folder = tmp_path / "cadangan"
    folder.mkdir()
    choose_folder(page, qtbot, monkeypatch, folder)
    assert page.targets.currentItem().text().startswith(f"Folder: {folder} – sisa ")
    assert not page.encrypt.isChecked()  # a folder on this PC: no passphrase by default
    assert page.existing_empty.text() == "Belum ada cadangan di tujuan ini."

    back_up(page, qtbot)

    size = backup_page_module.size_text((folder / NAME).stat().st_size)
    expected = "\n".join([
        "Cadangan tersimpan dan sudah diperiksa.",
        f"Berkas: {NAME} ({size})",
        f"Di: {folder}",
        "Isi: 3 anggota (2 aktif), 1 transaksi; transaksi terakhir Senin, 3 Agustus 2026 (transaksi nomor 1).",
        "Tidak terenkripsi.",
    ])
    assert page.outcome.text() == expected
    assert boxes == [("information", "Cadangan selesai", expected)]
    assert sorted(p.name for p in folder.iterdir()) == [NAME]
    assert page.listed_names() == [NAME]
    assert page.existing.item(0, 1).text() == "17/08/2026 09:30"
    assert page.existing.item(0, 2).text() == size
    assert page.last_backup.text() == "Cadangan terakhir: Senin, 17 Agustus 2026, 09.30."
    assert not page.due_note.isVisible()


def test_restore_after_a_change_brings_back_the_members_and_balances_of_the_backup(
        window, page, qtbot, monkeypatch, tmp_path, boxes, column_texts):
    fill_book()
    folder = tmp_path / "cadangan"
    folder.mkdir()
    choose_folder(page, qtbot, monkeypatch, folder)
    back_up(page, qtbot)
    add("Jumiati", desa="Pandulangan")
    ledger.post_entry(date(2026, 8, 10), "Beli ATK", [ledger.credit("1-101", 250_000), ledger.debit("5-201", 250_000)])
    window.go_to(1)
    assert column_texts(window.page("members"), "name") == ["Siti Aminah", "Hj. Masitah", "Rusmilawati", "Jumiati"]
    window.go_to(BACKUP_ROW)
    page.existing.selectRow(0)
    seen: dict = {}

    def confirm(dialog: RestoreDialog) -> None:
        seen["backup"], seen["current"] = dialog.shown("backup"), dialog.shown("current")
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    outcome = when_modal(RestoreDialog, confirm)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    answered(outcome)

    assert seen["backup"]["members"] == "3 (2)" and seen["current"]["members"] == "4 (3)"
    assert seen["backup"]["cash"] == "Rp1.500.000" and seen["current"]["cash"] == "Rp1.250.000"
    saved = sorted(p for p in tmp_path.iterdir() if ".sebelum-pulih-" in p.name)
    assert len(saved) == 1
    assert boxes[-1] == ("information", "Buku dipulihkan", "\n".join([
        f"Buku dipulihkan dari {NAME}.",
        "Isinya sekarang: 3 anggota (2 aktif), 1 transaksi.",
        f"Buku sebelumnya disimpan di: {saved[0]}",
    ]))
    window.go_to(1)
    assert column_texts(window.page("members"), "name") == ["Siti Aminah", "Hj. Masitah", "Rusmilawati"]
    window.go_to(0)
    home = window.page("home")
    qtbot.waitUntil(lambda: home.values["cash"].text() == "Rp1.500.000")
    assert home.values["members"].text() == "2"
    assert home.values["bank"].text() == "Rp2.000.000"
    assert home.values["last_entry"].text() == "Senin, 3 Agustus 2026"
    assert str(window.book.path) in window.windowTitle()


def test_an_encrypted_backup_opened_with_a_wrong_passphrase_is_refused_and_the_book_kept(
        window, page, qtbot, drives, tmp_path, boxes):
    fill_book()
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    drives.append(backup.Target(stick, "KINGSTON", 3_400_000_000, 7_800_000_000))
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.targets.count() == 1)
    assert page.targets.item(0).text() == "KINGSTON – sisa 3,2 GB dari 7,3 GB"
    assert page.encrypt.isChecked()  # a flashdisk may be lost: locked by default

    def new_passphrase(dialog: PassphraseDialog) -> None:
        qtbot.keyClicks(dialog.first, "kunci lumbung")
        qtbot.keyClicks(dialog.second, "kunci lumbung")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    outcome = when_modal(PassphraseDialog, new_passphrase)
    back_up(page, qtbot)
    answered(outcome)
    assert page.outcome.text().endswith("Terenkripsi dengan kata sandi.")
    assert b"kunci lumbung" not in (stick / NAME).read_bytes()

    add("Jumiati")
    book_before = window.book.path.read_bytes()
    page.existing.selectRow(0)
    refusal: dict = {}

    def wrong_passphrase(dialog: PassphraseDialog) -> None:
        qtbot.keyClicks(dialog.first, "kunci salah")
        qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
        refusal["text"] = dialog.error.text()
        refusal["still_open"] = dialog.isVisible()
        dialog.reject()

    outcome = when_modal(PassphraseDialog, wrong_passphrase)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    answered(outcome)

    assert refusal == {"text": f"Kata sandi salah: cadangan {NAME} tidak bisa dibuka dengan kata sandi itu.",
                       "still_open": True}
    assert members.count_members(active_only=False) == 4
    assert window.book.path.read_bytes() == book_before
    assert not [p for p in tmp_path.iterdir() if ".sebelum-pulih-" in p.name]


def test_a_missing_target_says_so_and_leaves_nothing(page, qtbot, monkeypatch, tmp_path, boxes):
    fill_book()
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    choose_folder(page, qtbot, monkeypatch, folder)
    folder.rmdir()  # pulled out before the click

    back_up(page, qtbot)

    expected = (f"Cadangan tidak dibuat. Tujuan {folder} tidak ada (mungkin flashdisk sudah dicabut). "
                f"Colokkan lagi atau pilih tujuan lain.\n{NOTHING_LEFT}")
    assert page.outcome.text() == expected
    assert boxes == [("warning", "Cadangan gagal", expected)]
    assert not folder.exists()
    assert page.last_backup.text() == "Cadangan terakhir: belum pernah."


def test_a_read_only_target_says_so_and_leaves_nothing(page, qtbot, monkeypatch, tmp_path, boxes):
    fill_book()
    folder = tmp_path / "terkunci"
    folder.mkdir()
    (folder / "lama.lumbung").write_bytes(b"cadangan lama")
    choose_folder(page, qtbot, monkeypatch, folder)
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root may write anywhere: let the folder answer as a locked stick does
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if (Path(p) == folder and mode & os.W_OK)
                            else real_access(p, mode, *a, **k))
    try:
        back_up(page, qtbot)
    finally:
        folder.chmod(0o755)

    assert page.outcome.text() == (
        f"Cadangan tidak dibuat. Tujuan {folder} hanya bisa dibaca; cadangan tidak bisa ditulis di sana. "
        f"Pilih folder atau flashdisk lain.\n{NOTHING_LEFT}")
    assert sorted(p.name for p in folder.iterdir()) == ["lama.lumbung"]
    assert (folder / "lama.lumbung").read_bytes() == b"cadangan lama"


def test_exit_reminder_when_due_and_not_after_a_fresh_backup(window, page, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr("ui.main_window.reminder_text", backup_page_module.reminder_text)
    try:
        check_exit_reminder(window, page, qtbot, monkeypatch, tmp_path)
    finally:
        monkeypatch.setattr("ui.main_window.reminder_text", lambda: None)


def check_exit_reminder(window, page, qtbot, monkeypatch, tmp_path):
    fill_book()
    window.go_to(0)
    home = window.page("home")
    home.mark_stale()  # written behind the window's back
    qtbot.waitUntil(lambda: home.values["members"].text() == "2")
    assert home.backup_note.text() == "Buku ini belum pernah dicadangkan. Sebaiknya buat cadangan sekarang."
    assert home.go_backup.isVisible()

    asked: list[str] = []

    def answer(button_text: str):
        def act(box: QMessageBox) -> None:
            asked.append(box.text())
            [button] = [b for b in box.buttons() if b.text() == button_text]
            button.click()
        return act

    outcome = when_modal(QMessageBox, answer("Batal"))
    window.close()
    answered(outcome)
    assert asked == ["Buku ini belum pernah dicadangkan. Cadangkan sekarang?"]
    assert window.isVisible()

    outcome = when_modal(QMessageBox, answer("Cadangkan"))
    window.close()
    answered(outcome)
    assert window.isVisible() and window.stack.currentWidget() is page

    window.go_to(0)
    qtbot.mouseClick(home.go_backup, Qt.MouseButton.LeftButton)  # the Beranda's button goes there too
    assert window.stack.currentWidget() is page
    folder = tmp_path / "cadangan"
    folder.mkdir()
    choose_folder(page, qtbot, monkeypatch, folder)
    back_up(page, qtbot)
    window.go_to(0)
    qtbot.waitUntil(lambda: not home.backup_note.isVisible())
    assert not home.go_backup.isVisible()

    clock.fix(clock.now() + timedelta(days=8))  # a week and a day later, it asks again
    outcome = when_modal(QMessageBox, answer("Batal"))
    window.close()
    answered(outcome)
    assert asked[-1] == "Cadangan terakhir dibuat 8 hari lalu. Cadangkan sekarang?"

    clock.fix(clock.now() - timedelta(days=8))  # straight after the backup: closes without a word
    window.close()
    assert not window.isVisible()


def test_passphrase_for_a_new_backup_refuses_empty_and_mismatch_inline(qtbot):
    dialog = PassphraseDialog(True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.error.text() == "Tulis kata sandi (tidak boleh kosong)."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.first, "kunci lumbung")
    qtbot.keyClicks(dialog.second, "kunci lumbumg")
    dialog.accept()
    assert dialog.error.text() == "Kedua kata sandi tidak sama. Ketik ulang di kolom kedua."
    assert dialog.second.text() == "" and dialog.isVisible()
    qtbot.keyClicks(dialog.second, "kunci lumbung")
    dialog.accept()
    assert dialog.passphrase == "kunci lumbung" and not dialog.isVisible()
    assert dialog.first.text() == "" and dialog.second.text() == ""  # nothing left in the widgets


def codes_raised_in_backup() -> set[str]:
    found = set()
    for path in (Path(backup.__file__).parent).rglob("*.py"):
        for call in (n for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Call)):
            if getattr(call.func, "id", None) == "BackupError" and call.args and isinstance(call.args[0], ast.Constant):
                found.add(call.args[0].value)
    return found


def test_every_backup_error_code_has_a_message():
    codes = codes_raised_in_backup()
    assert {"not_a_backup", "wrong_passphrase", "target_read_only", "truncated"} <= codes
    assert sorted(codes - BACKUP_ERRORS.keys()) == []


def test_backup_messages_fill_in_their_parameters():
    error = backup.BackupError("target_full", path="/media/sekretaris/KINGSTON", needed=52_428_800, free=1_048_576)
    assert backup_error_text(error) == (
        "Tujuan /media/sekretaris/KINGSTON penuh: perlu sekitar 50 MB, sisa 1 MB. Kosongkan sebagian "
        "atau pilih tujuan lain."
    )
    error = backup.BackupError("too_new", path="/x/lumbung-a-20260817-093000.lumbung", version=9, supported=3,
                               app_version="2.0")
    assert backup_error_text(error) == (
        "Cadangan lumbung-a-20260817-093000.lumbung dibuat oleh Lumbung 2.0 yang lebih baru (versi data 9; "
        "versi ini paham sampai 3). Perbarui Lumbung dulu."
    )
