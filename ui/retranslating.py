"""The pattern every Lumbung widget follows to change language while it is open.

A widget puts its texts in retranslate(), calls it once at the end of __init__, and mixes in
Retranslating so that Qt's LanguageChange event calls it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mix in before the Qt base class: class Page(Retranslating, QWidget)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
