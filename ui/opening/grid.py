"""One table model for every kind's lines (driven by ui.opening.columns), and the grid she types
in: Tab and Enter go to the next cell, typing in the empty last row adds a row, Delete clears a
row (asking first when it holds data); cells with an issue are red with the words as tooltip,
and listed under the grid ("Baris 3, NIK: ...") with the count of rows that are fine."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import Issue
from app.opening.draft import LINE_TYPES
from ui.loan_dialogs import confirm
from ui.messages import issue_text
from ui.opening import columns as spec

BAD = QBrush(QColor("#ffd6d6"))
_EDIT = Qt.ItemDataRole.EditRole
_SHOW = Qt.ItemDataRole.DisplayRole


class LinesModel(QAbstractTableModel):
    """The lines of one kind, plus an empty row at the end to type a new one in. Text that cannot
    be read stays in its cell as typed (the line holds None) with its issue."""

    edited = Signal()

    def __init__(self, kind: str, lines: list, parent=None) -> None:
        super().__init__(parent)
        self.kind, self.line_type, self.columns = kind, LINE_TYPES[kind], spec.COLUMNS[kind]
        self.lines = lines  # the draft's own list: edits land in the draft
        self.typed: dict[tuple[int, str], tuple[str, tuple[str, dict]]] = {}  # unreadable text and why
        self.issues: dict[tuple[int, str], Issue] = {}  # from app.opening.check, by (row, field)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_SHOW):
        if role != _SHOW:
            return None
        return self.columns[section].title() if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def _issue(self, row: int, field: str) -> Issue | None:
        if (row, field) in self.typed:
            return spec.issue_of(self.kind, row, next(c for c in self.columns if c.field == field), self.typed[row, field][1])
        return self.issues.get((row, field))

    def data(self, index, role=_SHOW):
        row, column = index.row(), self.columns[index.column()]
        if row >= len(self.lines):
            return None
        if role in (_SHOW, _EDIT):
            if (row, column.field) in self.typed:
                return self.typed[row, column.field][0]
            return spec.show(column, getattr(self.lines[row], column.field))
        issue = self._issue(row, column.field)
        if role == Qt.ItemDataRole.BackgroundRole and issue is not None:
            return BAD
        if role == Qt.ItemDataRole.ToolTipRole and issue is not None:
            return issue_text(issue)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.reads in ("rupiah", "int", "quantity", "percent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=_EDIT) -> bool:
        if role != _EDIT or not index.isValid():
            return False
        row, column = index.row(), self.columns[index.column()]
        text = str(value or "")
        if row >= len(self.lines):
            if not text.strip():
                return False  # nothing typed in the empty row: no new line
            self.beginInsertRows(QModelIndex(), len(self.lines) + 1, len(self.lines) + 1)
            self.lines.append(self.line_type())
            self.endInsertRows()
        read, problem = spec.read(column, self.line_type, text)
        self.lines[row] = replace(self.lines[row], **{column.field: read})
        if problem is None:
            self.typed.pop((row, column.field), None)
        else:
            self.typed[row, column.field] = text.strip(), problem
        self.issues.pop((row, column.field), None)  # checked again with the rest
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.edited.emit()
        return True

    def row_has_data(self, row: int) -> bool:
        return row < len(self.lines) and (self.lines[row] != self.line_type() or
                                          any(key[0] == row for key in self.typed))

    def remove_row(self, row: int) -> None:
        if row >= len(self.lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        self.typed = {(r - (r > row), f): v for (r, f), v in self.typed.items() if r != row}
        self.issues = {}
        self.endRemoveRows()
        self.edited.emit()

    def replace_lines(self, lines: list, typed: dict | None = None) -> None:
        """The lines loaded from a file, with the cells it could not read kept as typed."""
        self.beginResetModel()
        self.lines[:] = lines
        self.typed, self.issues = dict(typed or {}), {}
        self.endResetModel()

    def set_issues(self, issues: list[Issue]) -> None:
        """The checker's issues about this kind (`<kind>.<row>.<field>`); the rest is not ours."""
        self.issues = {}
        for issue in issues:
            parts = issue.field.split(".")
            if len(parts) >= 3 and parts[0] == self.kind and parts[1].isdigit():
                self.issues.setdefault((int(parts[1]), parts[2]), issue)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))

    def all_issues(self) -> list[tuple[int, str, Issue]]:
        """(row, field, issue) of every bad cell, in the grid's order."""
        keys = set(self.typed) | set(self.issues)
        order = {c.field: n for n, c in enumerate(self.columns)}
        return [(row, field, self._issue(row, field)) for row, field in
                sorted(keys, key=lambda k: (k[0], order.get(k[1], len(order))))]


class ChoiceDelegate(QStyledItemDelegate):
    """A choice column is edited with a combo box of her words; the rest as text."""

    def createEditor(self, parent, option, index):
        column = index.model().columns[index.column()]
        if column.reads not in ("choice", "account"):
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for word in column.words().values():
            box.addItem(word)
        return box

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            found = editor.findText(index.data(_EDIT) or "")
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
            return
        super().setModelData(editor, model, index)


class LinesView(QTableView):
    """Enter while typing goes to the next cell as Tab does; Enter on a cell starts typing in it."""

    delete_requested = Signal(int)  # the row

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ChoiceDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(48)

    def closeEditor(self, editor, hint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            hint = QAbstractItemDelegate.EndEditHint.EditNextItem
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self.state() != QAbstractItemView.State.EditingState and self.currentIndex().isValid():
                self.edit(self.currentIndex())
            event.accept()
            return
        if key == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class Grid(QWidget):
    """A kind's grid with what is wrong listed under it and the count of rows that are fine."""

    def __init__(self, kind: str, lines: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinesModel(kind, lines, self)
        self.model.edited.connect(self.show_issues)
        self.view = LinesView(self)
        self.view.delete_requested.connect(self.delete_row)
        self.view.setObjectName(f"grid_{kind}")
        self.view.setModel(self.model)
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.fine = QLabel(objectName="grid_fine")
        self.problems = QLabel(objectName="grid_problems", wordWrap=True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.fine)
        layout.addWidget(self.problems)
        self.show_issues()

    def set_issues(self, issues: list[Issue]) -> None:
        self.model.set_issues(issues)
        self.show_issues()

    def show_issues(self) -> None:
        found = self.model.all_issues()
        bad_rows = {row for row, _field, _issue in found}
        titles = {c.field: c.title() for c in self.model.columns}
        lines = [self.tr("Baris {row}, {column}: {text}").format(row=row + 1, column=titles.get(field, field),
                                                                  text=issue_text(issue)) for row, field, issue in found[:12]]
        if len(found) > 12:
            lines.append(self.tr("… dan {count} masalah lain").format(count=len(found) - 12))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        rows = len(self.model.lines)
        self.fine.setText(self.tr("{fine} dari {rows} baris baik").format(fine=rows - len(bad_rows), rows=rows) if rows
                          else self.tr("Belum ada baris: ketik di baris pertama, atau lewati bila tidak ada."))

    def first_bad_cell(self) -> QModelIndex | None:
        found = self.model.all_issues()
        if not found:
            return None
        row, field, _issue = found[0]
        return self.model.index(row, [c.field for c in self.model.columns].index(field))

    def go_to(self, index: QModelIndex) -> None:
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def delete_row(self, row: int) -> None:
        """Delete: the row goes; asked first when it holds anything she typed."""
        if self.model.row_has_data(row) and not confirm(
                self, self.tr("Hapus baris"), self.tr("Hapus baris {row} beserta isinya?").format(row=row + 1),
                self.tr("Hapus"), self.tr("Batal")):
            return
        self.model.remove_row(row)
        self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), self.view.currentIndex().column()))
