"""What every page of the main window shares: a title, and data loaded only when needed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.areas import Area
from ui.retranslating import Retranslating


class Page(Retranslating, QWidget):
    """Subclasses build their widgets, then call self.retranslate(); refresh() loads data.

    Data is read on first show and again when marked stale, so starting Lumbung costs only the
    page that is shown (the benchmark times cold start on a book with a million entries).
    """

    changed = Signal()  # this page wrote to the book; other pages may need to reload

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self._stale = True
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.content = QVBoxLayout(self)
        self.content.addWidget(self.title)

    def retranslate(self) -> None:
        self.title.setText(self.area.title_text())

    def refresh(self) -> None:
        """Read the page's data from the book. Pages without data have nothing to do."""

    def may_leave(self) -> bool:
        """Whether she may go to another page (or quit) now; a page holding unsaved input asks."""
        return True

    def holds_input(self) -> bool:
        """Whether the page shows input she has not saved, which a reload would throw away."""
        return False

    def mark_stale(self, keep_input: bool = False) -> None:
        """Reload now if shown, else when next shown. With `keep_input` (another desktop changed
        the book), a shown page holding her unsaved input waits until it is shown again."""
        if self.isVisible() and not (keep_input and self.holds_input()):
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
