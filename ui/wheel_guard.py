"""A long form that scrolls with the mouse wheel must not change the combo box (or spin box)
the pointer happens to pass over: the wheel changes such a field only while it has the cursor;
otherwise the wheel scrolls the form, as she meant."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # on to the scroll area behind
            return True
        return False


def guard_wheel(container: QWidget) -> WheelGuard:
    """Every combo box and spin box inside `container` (now) ignores the wheel unless focused;
    clicking or tabbing still gives it the cursor, the wheel alone does not."""
    guard = WheelGuard(container)
    for field in (*container.findChildren(QComboBox), *container.findChildren(QAbstractSpinBox)):
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)
    return guard
