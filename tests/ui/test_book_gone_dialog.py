"""A flashdisk pulled out while a dialog is open: Simpan says so beside the button, in
Indonesian, the dialog stays open with what she typed, and nothing is written anywhere."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from app import members
from ui.member_dialog import MemberDialog


def test_saving_a_member_after_the_flashdisk_is_pulled(book, qtbot, tmp_path):
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["name"], "Siti Aminah")
    qtbot.keyClicks(dialog.edits["nik"], "6308055503850001")
    aside = tmp_path / "di-tempat-lain.sqlite"
    os.rename(book, aside)  # the path no longer reaches the file
    try:
        qtbot.keyClick(dialog.edits["nik"], Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.errors.general.text().startswith(f"Buku {book} tidak ada lagi di tempatnya (flashdisk dicabut")
        assert dialog.edits["name"].text() == "Siti Aminah"
        assert members.count_members() == 0
    finally:
        os.rename(aside, book)  # plugged back: windows other tests left read the book again
