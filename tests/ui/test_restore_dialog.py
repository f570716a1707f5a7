"""The restore dialog: what the backup holds, beside the current book, before anything changes;
refusals that leave the book untouched."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import backup, ledger, members
from backup_support import add, answered, fill_book, when_modal
from ui.restore_dialog import RestoreDialog, read_backup, restore_from

NAME = "lumbung-up2k-pkk-as-syifa-20260817-093000.lumbung"
UNTOUCHED = "Buku sekarang tidak diubah."


@pytest.fixture
def made(book, tmp_path):
    """A backup of a book with figures, then the book changed: a member and a payment more."""
    fill_book()
    folder = tmp_path / "cadangan"
    folder.mkdir()
    result = backup.create_backup(folder)
    add("Jumiati")
    ledger.post_entry(date(2026, 8, 10), "Beli ATK", [ledger.credit("1-101", 250_000), ledger.debit("5-201", 250_000)])
    return result.path


@pytest.fixture
def refusals(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    return shown


def test_the_dialog_shows_the_backup_beside_the_current_book_before_anything_changes(made, book, qtbot):
    before = book.read_bytes()
    info, passphrase = read_backup(made)
    dialog = RestoreDialog(made, info, passphrase)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert dialog.windowTitle() == "Pulihkan dari cadangan"
    assert dialog.intro.text() == f"Cadangan: {made}"
    assert dialog.shown("backup") == {
        "group": "UP2K PKK As Syifa", "created": "Senin, 17 Agustus 2026, 09.30", "members": "3 (2)",
        "entries": "1", "last_entry": "Senin, 3 Agustus 2026", "cash": "Rp1.500.000", "bank": "Rp2.000.000",
    }
    assert dialog.shown("current") == {
        "group": "UP2K PKK As Syifa", "created": "–", "members": "4 (3)",
        "entries": "2", "last_entry": "Senin, 10 Agustus 2026", "cash": "Rp1.250.000", "bank": "Rp2.000.000",
    }
    assert dialog.warning.text().startswith(
        "Memulihkan mengganti seluruh isi buku sekarang dengan isi cadangan ini. Buku sekarang lebih dulu "
        "disimpan di samping (tidak dihapus)")
    assert dialog.cancel_button.isDefault() and not dialog.restore_button.isDefault()

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result_value is None
    assert book.read_bytes() == before
    assert members.count_members(active_only=False) == 4


def test_confirming_restores_the_backup_and_saves_the_book_aside(made, book, qtbot):
    info, _ = read_backup(made)
    dialog = RestoreDialog(made, info, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert not dialog.restore_button.isEnabled()  # one click only, while it works
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)

    assert not dialog.isVisible()
    aside = dialog.result_value.saved_aside
    assert aside.parent == book.parent and ".sebelum-pulih-" in aside.name
    assert members.count_members(active_only=False) == 3
    assert [m.name for m in members.list_members()] == ["Siti Aminah", "Hj. Masitah", "Rusmilawati"]


def refuse(path, refusals, book) -> str:
    before = book.read_bytes()
    outcome = when_modal(RestoreDialog, lambda dialog: dialog.reject(), timeout_s=1.0)
    assert restore_from(path) is None
    assert "seen" not in outcome  # refused before the dialog: nothing to confirm
    assert book.read_bytes() == before
    assert members.count_members(active_only=False) == 4
    [(title, text)] = refusals
    assert title == "Cadangan tidak bisa dipulihkan"
    return text


def test_a_photo_renamed_to_a_backup_is_refused(made, book, refusals, tmp_path):
    photo = tmp_path / "foto-rapat.lumbung"
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(2000))
    assert refuse(photo, refusals, book) == f"Berkas foto-rapat.lumbung bukan cadangan Lumbung.\n{UNTOUCHED}"


def test_a_backup_cut_in_half_is_refused(made, book, refusals):
    data = made.read_bytes()
    made.write_bytes(data[: len(data) // 2])
    assert refuse(made, refusals, book) == (
        f"Cadangan {NAME} tidak utuh: terpotong, mungkin flashdisk dicabut saat menyalin. Pakai cadangan lain."
        f"\n{UNTOUCHED}")


def test_a_backup_with_one_byte_changed_is_refused(made, book, refusals):
    data = bytearray(made.read_bytes())
    data[-40] ^= 0x01
    made.write_bytes(bytes(data))
    assert refuse(made, refusals, book) == (
        f"Cadangan {NAME} rusak: isinya tidak cocok dengan tanda pemeriksanya (checksum). Pakai cadangan lain."
        f"\n{UNTOUCHED}")


def test_a_backup_from_a_newer_lumbung_is_refused(made, book, refusals):
    data = made.read_bytes()
    magic, line, rest = data.split(b"\n", 2)
    manifest = json.loads(line)
    manifest["schema_version"] = 99
    manifest["app_version"] = "9.0"
    made.write_bytes(magic + b"\n" + json.dumps(manifest).encode().ljust(len(line)) + b"\n" + rest)
    text = refuse(made, refusals, book)
    assert text.startswith(f"Cadangan {NAME} dibuat oleh Lumbung 9.0 yang lebih baru (versi data 99; versi ini paham sampai ")
    assert text.endswith(f"Perbarui Lumbung dulu.\n{UNTOUCHED}")


def test_restoring_an_encrypted_backup_asks_the_passphrase_first(book, tmp_path, qtbot):
    from ui.passphrase_dialog import PassphraseDialog

    fill_book()
    (tmp_path / "usb").mkdir()
    made = backup.create_backup(tmp_path / "usb", passphrase="kunci lumbung").path
    add("Jumiati")

    def type_passphrase(dialog: PassphraseDialog) -> None:
        assert dialog.intro.text() == f"Cadangan {made.name} dikunci dengan kata sandi. Tulis kata sandinya."
        qtbot.keyClicks(dialog.first, "kunci lumbung")
        qtbot.keyClick(dialog.first, Qt.Key.Key_Return)

    outcome = when_modal(PassphraseDialog, type_passphrase)
    info, passphrase = read_backup(made)
    answered(outcome)
    assert info.encrypted and passphrase == "kunci lumbung"
    assert info.summary.members == 3
    assert members.count_members(active_only=False) == 4  # shown, not restored
