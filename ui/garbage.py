"""Python's garbage collector runs on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate, a background read
or a document run included; a Qt object caught in a reference cycle is then destroyed on that
worker thread, which Qt does not allow (its timers stay registered on the GUI thread and fire
at freed memory later). So automatic collection is off and a timer on the GUI thread collects
instead, as Anki does (aqt's GarbageCollector).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 10_000  # a full collection of Lumbung's objects takes a few milliseconds


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(INTERVAL_MS)

    @staticmethod
    def collect() -> None:
        gc.collect()
