"""Catatan kelompok: the group's own words under each numbered note of the Catatan atas Laporan
Keuangan (Laporan → "Catatan kelompok…").

The notes are listed on the left; the text of the chosen one is on the right, and what she
writes in one note is kept while she looks at another. Simpan keeps all of them at once. Enter
saves (Shift+Enter starts a new line); Esc with changes asks before throwing them away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import Rejected
from app.reports import notes
from app.statement_notes import NOTES
from ui import translation
from ui.dialog_keys import KeyboardDialog
from ui.field_errors import ErrorLabel
from ui.messages import issue_text
from ui.retranslating import Retranslating


class _NoteEdit(QPlainTextEdit):
    """Enter goes to the dialog (Simpan); Shift+Enter is a new line in the text."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            event.ignore()
            return
        super().keyPressEvent(event)


class NoteTextsDialog(Retranslating, KeyboardDialog, QDialog):
    least_width = 760

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteTexts")
        self.saved = None
        self._stored = notes.note_texts()
        self._texts = dict(self._stored)
        self._key = NOTES[0].key
        self.intro = QLabel(objectName="intro")
        self.intro.setWordWrap(True)
        self.list = QListWidget(objectName="notes")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMinimumWidth(300)
        self.caption = QLabel()
        self.text = _NoteEdit(objectName="text")
        self.text.setTabChangesFocus(True)
        self.caption.setBuddy(self.text)
        self.error = ErrorLabel()
        self.error.setObjectName("error_text")
        self.text.textChanged.connect(lambda: self.error.show_text(""))
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)

        right = QVBoxLayout()
        right.addWidget(self.caption)
        right.addWidget(self.text, 1)
        right.addWidget(self.error)
        right.addWidget(self.hint)
        columns = QHBoxLayout()
        columns.addWidget(self.list)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(self.least_width, 460)

        self.retranslate()
        self.list.currentRowChanged.connect(self._chosen)
        self.text.setPlainText(self._texts[self._key])
        self.opening_field = self.text

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Catatan kelompok"))
        self.intro.setText(self.tr("Kata-kata kelompok sendiri yang dicetak di bawah setiap catatan dalam "
                                   "Catatan atas Laporan Keuangan. Biarkan kosong bila tidak perlu."))
        self.hint.setText(self.tr("Enter menyimpan semua catatan; Shift+Enter untuk baris baru."))
        self.save_button.setText(self.tr("Simpan"))
        self.cancel_button.setText(self.tr("Batal"))
        row = max(self.list.currentRow(), 0)
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([f"{note.number}. {note.title(translation.current())}" for note in NOTES])
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_caption()

    def _show_caption(self) -> None:
        item = self.list.currentItem()
        self.caption.setText(self.tr("Catatan kelompok untuk {note}").format(note=item.text() if item else ""))

    def _chosen(self, row: int) -> None:
        if row < 0:
            return
        self._texts[self._key] = self.text.toPlainText()
        self._key = NOTES[row].key
        self.text.blockSignals(True)
        self.text.setPlainText(self._texts[self._key])
        self.text.blockSignals(False)
        self.error.show_text("")
        self._show_caption()

    def choose(self, key: str) -> None:
        self.list.setCurrentRow(next(i for i, note in enumerate(NOTES) if note.key == key))

    def texts(self) -> dict[str, str]:
        """Every note's words as they stand in the dialog now."""
        return {**self._texts, self._key: self.text.toPlainText()}

    def has_unsaved_input(self) -> bool:
        return self.saved is None and self.texts() != self._stored

    def accept(self) -> None:
        written = self.texts()
        try:
            notes.set_note_texts(written)
        except Rejected as rejected:
            first = rejected.issues[0]
            self.choose(first.field)
            self.error.show_text(issue_text(first))
            self.text.setFocus()
            self.grow_to_fit()
            return
        self.saved = written
        super().accept()
