"""One Lumbung per book: an exclusive OS lock on `<book>.lock` beside the book.

The operating system drops the lock when the process dies (a power cut, a kill), so a stale
file never keeps a book shut; a clean release also removes the file. The file says who holds it (pid, user, host), so that a second
Lumbung can tell the secretary which one has the book open.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
from pathlib import Path

from app.errors import BookError

if os.name == "nt":
    import msvcrt

    # Windows locks byte ranges and keeps others from reading them: lock one byte far past the
    # text, so that a second Lumbung can still read who holds the book.
    _WINDOWS_LOCK_OFFSET = 1 << 30
else:
    import fcntl


def lock_path(book: Path) -> Path:
    return book.with_name(book.name + ".lock")


def _try_lock(fd: int) -> bool:
    try:
        if os.name == "nt":
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:  # BlockingIOError on POSIX, PermissionError on Windows: someone holds it
        return False


def _holder(fd: int) -> dict:
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        found = json.loads(os.read(fd, 4096) or b"{}")
    except ValueError:  # the holder is between taking the lock and writing its name
        found = {}
    found = found if isinstance(found, dict) else {}
    return {key: found.get(key, "") for key in ("pid", "user", "host")}


def _who() -> dict:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service, a container)
        user = ""
    return {"pid": os.getpid(), "user": user, "host": socket.gethostname()}


class BookLock:
    """The lock on one book, held by this process until released or the process ends."""

    def __init__(self, book: Path, fd: int) -> None:
        self.book = book
        self._fd = fd

    @classmethod
    def take(cls, book: Path) -> "BookLock":
        """Lock `book`, or raise BookError("in_use", pid=, user=, host=) naming the holder."""
        path = lock_path(book)
        for _ in range(3):  # the holder may remove the file between our open and lock
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                code = "read_only" if isinstance(exc, PermissionError) else "cannot_create"
                raise BookError(code, str(book), reason=exc.strerror or str(exc)) from exc
            if not _try_lock(fd):
                holder = _holder(fd)
                os.close(fd)
                raise BookError("in_use", str(book), **holder)
            if os.name == "nt" or _same_file(fd, path):
                lock = cls(book, fd)
                try:
                    os.ftruncate(fd, 0)
                    os.lseek(fd, 0, os.SEEK_SET)
                    os.write(fd, json.dumps(_who()).encode())
                except OSError as exc:  # a full disk has no room even for who holds the book
                    lock.release()
                    code = "disk_full" if exc.errno == errno.ENOSPC else "cannot_create"
                    raise BookError(code, str(book), reason=exc.strerror or str(exc)) from exc
                return lock
            os.close(fd)  # locked a file that was removed meanwhile: try the new one
        raise BookError("in_use", str(book), pid="", user="", host="")

    def release(self) -> None:
        """Let go and remove the file (a refused open leaves the folder as it found it)."""
        if self._fd < 0:
            return
        path = lock_path(self.book)
        if os.name != "nt":
            path.unlink(missing_ok=True)  # while still locked; a waiting opener sees the change
        os.close(self._fd)  # closing drops the OS lock
        self._fd = -1
        if os.name == "nt":  # an open file cannot be removed there
            with contextlib.suppress(OSError):  # another Lumbung opened it just now: leave it
                path.unlink(missing_ok=True)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False
