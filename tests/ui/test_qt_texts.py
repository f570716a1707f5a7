"""Qt's own words in Indonesian (resources/translations/qtbase_id.ts): the right-click menu of a
text field, the buttons of a question and of a button box, the file dialog; English again in the
English interface."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QPlainTextEdit

from ui import translation


def words(actions) -> list[str]:
    return [a.text().split("\t")[0].replace("&", "") for a in actions if a.text()]


def test_the_menu_of_a_text_field_and_the_buttons_of_a_question_speak_indonesian(qtbot):
    translation.apply("id")
    edit = QLineEdit("Siti")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert words(menu.actions()) == ["Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih semua"]
    note = QPlainTextEdit("catatan")
    qtbot.addWidget(note)
    assert "Salin" in words(note.createStandardContextMenu().actions())

    box = QMessageBox(QMessageBox.Icon.Question, "Lumbung", "Simpan?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Tidak", "Ya"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == ["Batal", "Buang", "Simpan"]


def test_the_file_dialog_speaks_indonesian_and_english_comes_back(qtbot, tmp_path):
    translation.apply("id")
    dialog = QFileDialog(None, "Pilih logo", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {b.text().replace("&", "") for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    assert texts == {"Buka", "Batal"}

    translation.apply("en")
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert "Copy" in words(edit.createStandardContextMenu().actions())
