"""Long work of the book (a backup, a restore) off the GUI thread, with progress and Cancel.

The work runs on Qt's thread pool and is handed `progress(label, done, total) -> bool`, the
Qt-free callback of the app layer: each call is relayed to the GUI thread through a queued
signal, and it answers False once Cancel was pressed. The worker thread's own SQLite connection
is closed when the work ends (as in ui.background), so no connection outlives the task.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.db import close_book

_running: set["LongTask"] = set()  # keeps each task's Python side alive until it reports


class _Relay(QObject):
    progressed = Signal(object, object, object)  # label, done, total
    finished = Signal(object, object)  # result, exception


class LongTask(QRunnable):
    def __init__(self, work: Callable[[Callable[[str, int, int], bool]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.relay = _Relay()  # created on the GUI thread, so its slots run there
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, label: str, done: int, total: int) -> bool:
        self.relay.progressed.emit(label, done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result, error = self.work(self.progress), None
        except Exception as exc:  # handed to the GUI thread, which words it
            result, error = None, exc
        finally:
            close_book()  # this worker thread's connection only
        self.relay.finished.emit(result, error)


def start(
    work: Callable[[Callable[[str, int, int], bool]], Any],
    progressed: Callable[[str, int, int], None],
    done: Callable[[Any, Exception | None], None],
) -> LongTask:
    task = LongTask(work)

    def finish(result: Any, error: Exception | None) -> None:
        _running.discard(task)
        # The relay and this function hold each other: left to Python's collector, the QObject
        # could be destroyed on a worker thread, which crashes Qt. Deleted here, on the GUI thread.
        task.relay.deleteLater()
        done(result, error)

    task.relay.progressed.connect(progressed)
    task.relay.finished.connect(finish)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def running() -> bool:
    return bool(_running)
