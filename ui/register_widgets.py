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
