"""Reads of the book that run off the GUI thread, so the window paints first.

Each task runs on Qt's thread pool with its own SQLite connection (peewee keeps one per
thread; WAL lets it read while the GUI thread writes) and hands its result back to the GUI
thread through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from app.db import close_book

_running: set["_Task"] = set()  # keeps each task's Python side alive until it reports


class _Relay(QObject):
    finished = Signal(object, object)  # result, exception


class _Task(QRunnable):
    def __init__(self, read: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.read = read
        self.relay = _Relay()  # created on the GUI thread, so its slots run there

    def run(self) -> None:
        try:
            result, error = self.read(), None
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            result, error = None, exc
        finally:
            close_book()  # this worker thread's connection only
        try:
            self.relay.finished.emit(result, error)
        except RuntimeError:  # the application closed meanwhile: nobody waits for this result
            pass


def read_in_background(read: Callable[[], Any], done: Callable[[Any, Exception | None], None],
                       owner: QObject | None = None) -> None:
    """`done(result, error)` on the GUI thread, unless its `owner` (a bound method's object by
    default) was closed meanwhile."""
    task = _Task(read)
    owner = owner if owner is not None else getattr(done, "__self__", None)

    def finish(result: Any, error: Exception | None) -> None:
        _running.discard(task)
        # The relay and this function hold each other (a reference cycle): left to Python's
        # garbage collector, the QObject could be destroyed on whatever thread happens to run
        # a collection (a worker's), which crashes Qt. Delete it here, on the GUI thread.
        task.relay.deleteLater()
        if isinstance(owner, QObject) and not isValid(owner):
            return  # the page that asked was closed meanwhile: nobody is there to show the result
        done(result, error)

    task.relay.finished.connect(finish)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
