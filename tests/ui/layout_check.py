"""What a 1366×768 screen shows badly (not a test module): text cut off (a label, a button or a
table's column header narrower than its words), a widget outside its window, a table that needs
a horizontal scroll for its columns, and Qt's English where Lumbung speaks Indonesian."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)

SCREEN = QRect(0, 0, 1366, 768)
QT_ENGLISH = {"Cancel", "OK", "Yes", "No", "Open", "Save", "Close", "Apply", "Copy", "Paste", "Select All", "Undo",
              "Redo", "Cut", "Delete"}


def plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&")


def _inside_scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside the viewport of a scroll area: it may lie beyond the visible part on purpose."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0


def problems(top: QWidget, where: str) -> list[str]:
    found = []
    outer = top.rect()
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        name = f"{where}: {type(widget).__name__} {widget.objectName()!r}"
        if not _inside_scrolled(widget, top):
            box = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
            if not outer.contains(box) and widget.width() > 1 and widget.height() > 1:
                found.append(f"{name} outside its window ({box.getRect()} beyond {outer.getRect()})")
        text = ""
        if isinstance(widget, QLabel) and widget.pixmap().isNull() and widget.textFormat() != 1:
            text = plain(widget.text()) if widget.buddy() is not None else widget.text()
            if text and "<" not in text and not widget.wordWrap() and "\n" not in text:
                need = widget.fontMetrics().horizontalAdvance(text)
                room = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent() * (widget.indent() > 0)
                if need > room + 1:
                    found.append(f"{name} cut off: {text!r} needs {need}px, has {room}px")
        elif isinstance(widget, QAbstractButton):
            text = plain(widget.text())
            if text and "\n" not in text:
                need = widget.fontMetrics().horizontalAdvance(text)
                extra = 0 if isinstance(widget, QPushButton) else 16  # the box or circle of a check box
                if isinstance(widget, (QCheckBox, QRadioButton)):
                    room = widget.width() - extra
                else:
                    room = widget.contentsRect().width() - (widget.iconSize().width() if not widget.icon().isNull() else 0)
                if need > room:
                    found.append(f"{name} cut off: {text!r} needs {need}px, has {room}px")
        if plain(text).strip() in QT_ENGLISH:
            found.append(f"{name} in English: {text!r}")
        if isinstance(widget, QTableView):
            found += _table_problems(widget, name)
    return found


def _table_problems(table: QTableView, name: str) -> list[str]:
    found = []
    header: QHeaderView = table.horizontalHeader()
    model = table.model()
    if model is None:
        return found
    if table.horizontalScrollBar().maximum() > 0:
        found.append(f"{name} needs a horizontal scroll ({table.horizontalScrollBar().maximum()}px)")
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or header.isHidden():
            continue
        text = str(model.headerData(column, header.orientation()) or "")
        lines = text.split("\n")
        need = max(metrics.horizontalAdvance(line) for line in lines) + 8
        if need > header.sectionSize(column):
            found.append(f"{name} column {text!r} cut off: needs {need}px, has {header.sectionSize(column)}px")
    return found
