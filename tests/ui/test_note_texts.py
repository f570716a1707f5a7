"""Catatan kelompok: from the Laporan page by keyboard, the group's words typed under a note,
Enter saves every note at once (Shift+Enter is a new line), another note's words are kept while
she looks at it, Esc with changes asks, a too-long text is refused beside the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.reports import notes
from app.statement_notes import NOTES
from ui.areas import AREAS
from ui.notes_dialog import NoteTextsDialog

from loan_ui_support import with_dialog


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_from_the_laporan_page_type_and_enter_saves(window, qtbot):
    window.go_to([area.key for area in AREAS].index("reports"))
    page = window.page("reports")
    qtbot.waitExposed(page)
    page.choose("cash_book")
    assert not page.note_texts_button.isVisible()
    page.choose("notes")
    assert page.note_texts_button.isVisible() and page.note_texts_button.text() == "Catatan kelompok…"

    seen = []

    def write(dialog):
        seen.append((type(dialog), dialog.focusWidget() is dialog.text))
        qtbot.keyClicks(dialog.text, "Dibina TP PKK kecamatan.")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(dialog.text, "Rapat tiap tanggal 10.")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        dialog.close()  # a no-op once Enter saved; a test that failed must not leave it open

    with_dialog(qtbot, write, page.note_texts_button.click)
    assert seen == [(NoteTextsDialog, True)]
    assert notes.note_texts()["general"] == "Dibina TP PKK kecamatan.\nRapat tiap tanggal 10."


def test_words_of_several_notes_are_kept_until_saved(book, qtbot, discard_questions):
    dialog = opened(qtbot, NoteTextsDialog())
    assert dialog.list.count() == len(NOTES) and dialog.list.currentItem().text() == "1. Gambaran umum kelompok"
    qtbot.keyClicks(dialog.text, "Umum.")
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.caption.text() == "Catatan kelompok untuk 3. Kas dan bank" and dialog.text.toPlainText() == ""
    qtbot.keyClicks(dialog.text, "Kas di rumah bendahara.")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up)
    assert dialog.text.toPlainText() == "Umum."
    assert notes.note_texts()["cash"] == ""  # nothing written before Simpan
    qtbot.keyClick(dialog.text, Qt.Key.Key_Enter)
    assert not dialog.isVisible() and discard_questions == []
    assert {k: v for k, v in notes.note_texts().items() if v} == {"general": "Umum.",
                                                                  "cash": "Kas di rumah bendahara."}
    again = opened(qtbot, NoteTextsDialog())
    assert again.text.toPlainText() == "Umum."


def test_esc_with_changes_asks_untouched_closes(book, qtbot, discard_questions):
    untouched = opened(qtbot, NoteTextsDialog())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not untouched.isVisible() and discard_questions == []
    dialog = opened(qtbot, NoteTextsDialog())
    qtbot.keyClicks(dialog.text, "Belum jadi")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert discard_questions == [dialog] and not dialog.isVisible()  # the fixture answered Buang
    assert notes.note_texts()["general"] == ""


def test_a_text_too_long_is_refused_beside_the_field(book, qtbot):
    dialog = opened(qtbot, NoteTextsDialog())
    dialog.choose("stock")
    dialog.text.setPlainText("x" * (notes.TEXT_LIMIT + 1))
    dialog.choose("general")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.list.currentItem().text().startswith("6. ")
    assert dialog.error.isVisible() and "paling banyak 2000 huruf" in dialog.error.text()
    assert all(text == "" for text in notes.note_texts().values())
