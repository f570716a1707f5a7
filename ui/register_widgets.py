"""The widgets every register page (Anggota, Simpanan, Pinjaman) builds the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QLabel, QLineEdit, QSplitter, QTableView, QWidget,
)

from ui.table_export import add_export_action


def register_table(name: str, row_height: int) -> QTableView:
    """A read-only table that selects whole rows, one at a time; exports to Excel (Ctrl+E)."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # Fixed row heights: Qt then never asks every row for its size hint.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(row_height)
    add_export_action(table, name)
    return table


def fit_columns_to_width(table: QTableView, shrinkable: list[int]) -> None:
    """After sizing the columns to their contents: when together they are wider than the table,
    take the difference from the `shrinkable` columns (long names; the cell's tooltip shows them
    whole), never below their header's words, so that no horizontal scroll is needed."""
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    room = table.viewport().width() - 2  # a pixel or two of slack: rounding once left a 1px scroll
    scroll_bar = table.verticalScrollBar()
    if not scroll_bar.isVisible():  # rows may yet fill the table and bring the scroll bar
        room -= scroll_bar.sizeHint().width()
    excess = sum(header.sectionSize(c) for c in shown) - room
    metrics = header.fontMetrics()
    for column in shrinkable:
        if excess <= 0:
            break
        words = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        least = max((metrics.horizontalAdvance(line) for line in words.split("\n")), default=0) + 16
        take = min(excess, max(header.sectionSize(column) - least, 0))
        header.resizeSection(column, header.sectionSize(column) - take)
        excess -= take


def search_field(name: str, changed: Callable[[str], None], enter: Callable[[], None]) -> tuple[QLineEdit, QLabel]:
    """A search-as-you-type field and its caption (the caller words it); Enter moves on."""
    search = QLineEdit()
    search.setObjectName(name)
    search.setClearButtonEnabled(True)
    search.textChanged.connect(changed)
    search.returnPressed.connect(enter)
    caption = QLabel()
    caption.setBuddy(search)
    return search, caption


def choice_filter(name: str, values, changed: Callable[[], None]) -> tuple[QComboBox, QLabel]:
    """A drop-down filter holding `values` as item data (the caller words the items) and its
    caption; `changed` runs when another is chosen."""
    combo = QComboBox()
    combo.setObjectName(name)
    for value in values:
        combo.addItem("", value)
    combo.currentIndexChanged.connect(changed)
    caption = QLabel()
    caption.setBuddy(combo)
    return combo, caption


def list_over_detail(top: QWidget, detail: QWidget) -> QSplitter:
    """The list above, the selected row's detail below, sharing the height; neither collapses."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(top)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 1)
    return splitter
