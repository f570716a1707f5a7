"""Writing a document file: atomically, with progress and Cancel, file problems as codes.

A document is written to a hidden temporary file in the target folder and renamed over the
target only when complete and synced, so a cancelled run, a crash or a full disk never leaves a
half-written file (and never spoils an older good one).
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.backup.files import sync_folder

Progress = Callable[[str, int, int], bool] | None

# Every DocumentError code, for the UI's wording test.
DOCUMENT_CODES = ("cancelled", "folder_read_only", "disk_full", "write_failed")

_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


class DocumentError(Exception):
    """A document not written; `code` says why, `params` fill the message."""

    def __init__(self, code: str, **params) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


def step(progress: Progress, label: str, done: int, total: int) -> None:
    """Report progress; a callback answering False cancels the run."""
    if progress is not None and progress(label, done, total) is False:
        raise DocumentError("cancelled")


def write_atomically(path: str | os.PathLike, write: Callable[[str], None]) -> Path:
    """Call `write(temp_path)` and move the finished file to `path`; on any failure or Cancel
    the temporary file is removed and `path` is left as it was."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
        os.close(fd)
    except OSError as error:
        raise _file_error(error, path) from error
    try:
        write(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, path)
        sync_folder(path.parent)
    except OSError as error:
        Path(temp).unlink(missing_ok=True)
        raise _file_error(error, path) from error
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def _file_error(error: OSError, path: Path) -> DocumentError:
    if error.errno in _READ_ONLY:
        return DocumentError("folder_read_only", folder=str(path.parent))
    if error.errno in _FULL:
        return DocumentError("disk_full", folder=str(path.parent))
    return DocumentError("write_failed", folder=str(path.parent), reason=error.strerror or str(error))
