"""What every Lumbung dialog does with the keyboard, in one place (FormDialog inherits it; the
dialogs that are not forms mix it in before QDialog):

- it opens with the cursor in its first editable field (or the field the dialog chose), the
  field's text selected, so that what she types replaces it and is never swallowed by a button
  or a full field;
- the accepting button (Simpan, OK) is the default one, Batal never is;
- Esc (or Batal, or the window's close box) on a dialog whose fields she changed asks
  "Buang isian yang belum disimpan?"; untouched, it closes at once;
- it never shrinks: a dialog grows to show an error line and keeps its size when it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)

EDITORS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QCheckBox, QRadioButton,
           QAbstractItemView)
ACCEPTING = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
REFUSING = (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole,
            QDialogButtonBox.ButtonRole.DestructiveRole)


def is_editable(widget: QWidget, dialog: QWidget) -> bool:
    """A field she can type into or choose in, shown and enabled in this dialog."""
    if not isinstance(widget, EDITORS) or not widget.isEnabled() or not widget.isVisibleTo(dialog):
        return False
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)) and widget.isReadOnly():
        return False
    if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
        return False  # the combo box or spin box itself is the field
    if isinstance(widget, QAbstractItemView) and (
            widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
            or isinstance(widget.parent(), QComboBox)):
        return False  # a list to look at, or a combo box's pop-up
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def editable_fields(dialog: QWidget) -> list[QWidget]:
    """The dialog's fields in the order Tab visits them."""
    fields, widget = [], dialog.nextInFocusChain()
    while widget is not None and widget is not dialog:
        if is_editable(widget, dialog) and widget.window() is dialog:
            fields.append(widget)
        widget = widget.nextInFocusChain()
    return fields


def field_value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText() if widget.isEditable() else None
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = model.columnCount(QModelIndex()) if not isinstance(model, QAbstractListModel) else 1
        return tuple(model.index(row, column).data() for row in range(model.rowCount(QModelIndex()))
                     for column in range(columns))
    return None


def input_state(dialog: QWidget) -> dict[int, object]:
    """What every field holds now, to compare with what it held when the dialog opened."""
    return {id(w): field_value(w) for w in dialog.findChildren(QWidget) if is_editable(w, dialog)}


def select_all(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    elif isinstance(widget, QAbstractSpinBox):
        widget.selectAll()
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.lineEdit().selectAll()


def ask_discard(parent: QWidget) -> bool:
    """True when she chooses to throw away what she typed; Enter and Esc keep it."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("dialog_keys", "Isian belum disimpan"),
                      translate("dialog_keys", "Buang isian yang belum disimpan?"), parent=parent)
    box.setObjectName("discardQuestion")
    discard = box.addButton(translate("dialog_keys", "Buang"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("dialog_keys", "Lanjut mengisi"), QMessageBox.ButtonRole.RejectRole)
    discard.setObjectName("discard")
    keep.setObjectName("keep")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class KeyboardDialog:
    """Mix in before QDialog (and after Retranslating or ReceiptAfterSave):
    class LeaveDialog(Retranslating, KeyboardDialog, QDialog)."""

    asks_before_discarding = True  # False for dialogs that hold no input of hers (a preview)
    least_width = 0  # opened at least this wide
    opening_field: QWidget | None = None  # a dialog may name the field to start in
    _opened_with: dict[int, object] | None = None
    _shown_once = False

    def setVisible(self, visible: bool) -> None:
        first_time = visible and not self._shown_once and not self.isVisible()
        super().setVisible(visible)
        if first_time:
            self._shown_once = True
            self.grow_to_fit()
            self.remember_input()
            self.focus_first_field()
            self.settle_default_button()

    def first_field(self) -> QWidget | None:
        if self.opening_field is not None and is_editable(self.opening_field, self):
            return self.opening_field
        chosen = self.focusWidget()
        if chosen is not None and chosen is not self and is_editable(chosen, self):
            return chosen  # the dialog put the cursor there itself
        fields = editable_fields(self)
        return fields[0] if fields else None

    def focus_first_field(self) -> None:
        field = self.first_field()
        if field is not None:
            field.setFocus()
            select_all(field)

    def settle_default_button(self) -> None:
        """Simpan (the accepting button) is the default; a refusing button never is."""
        boxes = self.findChildren(QDialogButtonBox)
        accepting = [b for box in boxes for b in box.buttons() if box.buttonRole(b) in ACCEPTING and b.isVisible()]
        refusing = [b for box in boxes for b in box.buttons() if box.buttonRole(b) in REFUSING]
        accepting = [b for b in accepting if isinstance(b, QPushButton) and b.autoDefault()]  # not a restore
        if not accepting:  # nothing to save (a restore Enter must never start): the dialog's own choice stands
            return
        if not any(b.isDefault() for b in accepting):
            accepting[0].setDefault(True)
        for button in refusing:
            if isinstance(button, QPushButton) and button.isDefault() and not button.hasFocus():
                button.setDefault(False)

    def remember_input(self) -> None:
        """What the fields hold now is nothing to lose (a dialog that loads a record, or saved
        one and stays open, calls this)."""
        self._opened_with = input_state(self)

    def has_unsaved_input(self) -> bool:
        if not self.asks_before_discarding or self._opened_with is None:
            return False
        if getattr(self, "saved", None) is not None:  # saved already (a kuitansi shown)
            return False
        now = input_state(self)
        return any(key in self._opened_with and self._opened_with[key] != value for key, value in now.items())

    def reject(self) -> None:
        if self.isVisible() and self.has_unsaved_input() and not ask_discard(self):
            return
        super().reject()

    def grow_to_fit(self) -> None:
        """Make room for what is shown now (an error line) without ever getting smaller, and
        without growing beyond the screen (a laptop's 768 pixels)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        width = max(self.width(), hint.width(), self.least_width)
        height = max(self.height(), hint.height(), self.heightForWidth(width))
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, max(room.width(), self.width())), min(height, max(room.height(), self.height()))
        self.resize(width, height)
