"""File-system steps shared by backup and restore."""

from __future__ import annotations

import os
from pathlib import Path


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """folder/stem+suffix, or stem-2, stem-3 … when two are made in the same second."""
    path, n = folder / f"{stem}{suffix}", 1
    while path.exists() or path.with_name(path.name + ".part").exists():
        n += 1
        path = folder / f"{stem}-{n}{suffix}"
    return path


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handle to sync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (FAT over FUSE, network) cannot sync a directory
        pass
    finally:
        os.close(fd)
