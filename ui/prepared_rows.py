"""What the register tables (Anggota, Simpanan, Pinjaman) share.

Each model prepares every row's display texts and a lowercase search haystack once, when its
rows load, and sorts its own lists with Python keys; the proxy then filters with one substring
test per row. That keeps search-as-you-type fast on a district's 3 000 rows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QSortFilterProxyModel, Qt


def reorder(model: QAbstractItemModel, order_of: list[int], *lists: str) -> None:
    """Put the model's per-row lists (attribute names) in `order_of`, keeping the selection and
    every other persistent index on the row it pointed at."""
    model.layoutAboutToBeChanged.emit()
    new_row = {old: new for new, old in enumerate(order_of)}
    persistent = model.persistentIndexList()
    for name in lists:
        values = getattr(model, name)
        setattr(model, name, [values[i] for i in order_of])
    model.changePersistentIndexList(persistent, [model.index(new_row[p.row()], p.column()) for p in persistent])
    model.layoutChanged.emit()


def search_key(text: str) -> str:
    """What was typed, as the haystacks hold text: spaces folded, case ignored."""
    return " ".join(text.split()).casefold()


class SearchProxy(QSortFilterProxyModel):
    """Search-as-you-type over the source's `haystacks`; subclasses add their own filters in
    `accepts` and change them through `refilter`. The source sorts itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def refilter(self, **values) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.refilter(_needle=search_key(text))

    def accepts(self, source_row: int) -> bool:
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        return self.accepts(source_row) and self._needle in self.sourceModel().haystacks[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def source_row(self, index: QModelIndex) -> int | None:
        return self.mapToSource(index).row() if index.isValid() else None
