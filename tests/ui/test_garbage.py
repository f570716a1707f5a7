"""Garbage is collected on the GUI thread only (ui.garbage)."""

from __future__ import annotations

import gc
import weakref

from ui.garbage import INTERVAL_MS, GarbageCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_gui_timer_collects(qapp):
    was_enabled = gc.isenabled()
    collector = GarbageCollector(qapp)
    try:
        assert not gc.isenabled()
        assert collector.timer.isActive() and collector.timer.interval() == INTERVAL_MS
        assert collector.timer.thread() is qapp.thread()
        cycle = _Cycle()
        alive = weakref.ref(cycle)
        del cycle
        assert alive() is not None  # nothing collects it on its own
        collector.timer.timeout.emit()
        assert alive() is None
    finally:
        collector.timer.stop()
        collector.deleteLater()
        if was_enabled:
            gc.enable()
