"""The page for an area that is planned but not in this version: it says so, with no figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.areas import Area
from ui.pages.page import Page


class NotBuiltPage(Page):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("notBuiltNotice")
        for label in (self.plan, self.notice):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.content.addWidget(label)
        self.content.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.plan.setText(self.area.plan_text())
        self.notice.setText(self.tr("Bagian ini belum tersedia di versi Lumbung ini."))
