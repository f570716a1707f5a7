"""Showing refusals where they belong: each issue in red right under its own field, gone as
soon as she changes that field, or a field the issue is about (`about`), and the general line
with it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QLabel,
    QWidget,
)

from app.errors import Issue
from ui.messages import issue_text


class ErrorLabel(QLabel):
    """Red, wrapping, and out of the way (hidden) while there is nothing to say — or, with
    keep_room, always there with room for two lines, so nothing below it moves when it speaks."""

    def __init__(self, parent: QWidget | None = None, keep_room: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self._keep_room = keep_room
        if keep_room:
            self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        else:
            self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        if not self._keep_room:
            self.setVisible(bool(text))


class FieldErrors:
    """Maps issue fields to (widget, error label); issues for no known field go to `general`."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def add(self, field: str, widget: QWidget) -> ErrorLabel:
        label = ErrorLabel()
        label.setObjectName(f"error_{field}")
        self._fields[field] = (widget, label)
        self._clear_on_change(widget, label)
        return label

    def about(self, field: str, *others: str) -> None:
        """An issue shown at `field` is about `others` too: changing any of them clears it (Ke
        "the same as Dari" goes when she changes Dari; "not enough money" when she picks the
        other cash account or another day)."""
        label = self._fields[field][1]
        for other in others:
            self._clear_on_change(self._fields[other][0], label)

    def _clear_on_change(self, widget: QWidget, label: ErrorLabel) -> None:
        for editor in (widget, *widget.findChildren(QWidget)):
            signal = _change_signal(editor)
            if signal is not None:
                signal.connect(lambda *_, label=label: self._changed(label))

    def _changed(self, label: ErrorLabel) -> None:
        label.show_text("")
        self.general.show_text("")

    def label(self, field: str) -> ErrorLabel:
        return self._fields[field][1]

    def clear(self) -> None:
        self.general.show_text("")
        for _, label in self._fields.values():
            label.show_text("")

    def show(self, issues: list[Issue]) -> None:
        """Word every issue beside its field and put the cursor in the first bad one."""
        self.clear()
        texts: dict[str, list[str]] = {}
        for issue in issues:
            key = issue.field if issue.field in self._fields else ""
            texts.setdefault(key, []).append(issue_text(issue))
        self.general.show_text("\n".join(texts.pop("", [])))
        first = None
        for field, (widget, label) in self._fields.items():
            if field in texts:
                label.show_text("\n".join(texts[field]))
                first = first or widget
        if first is not None:
            first.setFocus()


def _change_signal(widget: QWidget):
    """The signal a field gives when she changes it (None for what is not a field)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        return widget.valueChanged
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.textChanged
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    return None
