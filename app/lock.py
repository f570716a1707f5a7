"""One Lumbung per book: exclusive OS locks on `<book>.lock` beside the book and on a file
named from the book's identity (device and inode) in Lumbung's data folder.

The name lock keeps out a Lumbung on another computer opening the book over a share; the
identity lock keeps out one opening the same file under a second name (a hard link), which
the name alone cannot see. The operating system drops the locks when the process dies (a
power cut, a kill), so a stale file never keeps a book shut; a clean release also removes the
files. Each file says who holds it (pid, user, host), so that a second Lumbung can tell the
secretary which one has the book open.
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
from app.private_files import make_private, make_private_folder

if os.name == "nt":
    import msvcrt

    # Windows locks byte ranges and keeps others from reading them: lock one byte far past the
    # text, so that a second Lumbung can still read who holds the book.
    _WINDOWS_LOCK_OFFSET = 1 << 30
else:
    import fcntl


def lock_path(book: Path) -> Path:
    return book.with_name(book.name + ".lock")


def identity_lock_path(book: Path) -> Path:
    """The lock every name of the same file shares: device and inode, read now."""
    from platformdirs import user_data_path

    found = os.stat(book)
    return user_data_path("Lumbung", appauthor=False) / "kunci" / f"{found.st_dev:x}-{found.st_ino:x}.lock"


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
    """The locks on one book, held by this process until released or the process ends."""

    def __init__(self, book: Path, held: list[tuple[Path, int]]) -> None:
        self.book = book
        self._held = held  # (lock file, descriptor), the name's first

    @classmethod
    def take(cls, book: Path) -> "BookLock":
        """Lock `book`, or raise BookError("in_use", pid=, user=, host=) naming the holder. A
        book not there yet (a restore onto a new PC) has no identity to share: its name's lock."""
        held = [(lock_path(book), _acquire(lock_path(book), book))]
        if not book.exists():
            return cls(book, held)
        try:
            try:
                identity = identity_lock_path(book)
                make_private_folder(identity.parent)
            except OSError as exc:
                raise BookError("cannot_create", str(book), reason=exc.strerror or str(exc)) from exc
            held.append((identity, _acquire(identity, book)))
            _remove_stale(identity)
        except BaseException:
            cls(book, held).release()
            raise
        return cls(book, held)

    def release(self) -> None:
        """Let go and remove the files (a refused open leaves the folder as it found it)."""
        for path, fd in reversed(self._held):
            if os.name != "nt":
                with contextlib.suppress(OSError):  # a flashdisk pulled out: nothing to remove
                    path.unlink(missing_ok=True)  # while still locked; a waiting opener sees the change
            os.close(fd)  # closing drops the OS lock
            if os.name == "nt":  # an open file cannot be removed there
                with contextlib.suppress(OSError):  # another Lumbung opened it just now: leave it
                    path.unlink(missing_ok=True)
        self._held = []


def _acquire(path: Path, book: Path) -> int:
    """A descriptor holding the lock on `path`, which now names this process."""
    for _ in range(3):  # the holder may remove the file between our open and lock
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            code = "read_only" if isinstance(exc, PermissionError) else "cannot_create"
            raise BookError(code, str(book), reason=exc.strerror or str(exc)) from exc
        if not _try_lock(fd):
            holder = _holder(fd)
            os.close(fd)
            raise BookError("in_use", str(book), **holder)
        if os.name == "nt" or _same_file(fd, path):
            make_private(path)
            try:
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, json.dumps(_who()).encode())
            except OSError as exc:  # a full disk: no room for the holder's name
                os.close(fd)
                path.unlink(missing_ok=True)
                code = "disk_full" if exc.errno == errno.ENOSPC else "cannot_create"
                raise BookError(code, str(book), reason=exc.strerror or str(exc)) from exc
            return fd
        os.close(fd)  # locked a file that was removed meanwhile: try the new one
    raise BookError("in_use", str(book), pid="", user="", host="")


def _remove_stale(ours: Path) -> None:
    """Identity locks left by a Lumbung that was killed (the OS dropped their locks)."""
    for path in ours.parent.glob("*.lock"):
        if path == ours:
            continue
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:  # removed meanwhile, or not ours to touch
            continue
        try:
            if _try_lock(fd) and os.name != "nt" and _same_file(fd, path):
                path.unlink(missing_ok=True)
        finally:
            os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False
