"""Flashdisks (and other removable drives) a backup can go to, with their free space."""

from __future__ import annotations

import getpass
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Target:
    path: Path
    label: str  # the volume's name as the file manager shows it
    free_bytes: int
    total_bytes: int


def removable_targets() -> list[Target]:
    if sys.platform == "win32":
        return _windows_targets()
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
            mounts = fh.read()
    except OSError:  # not Linux (a BSD, macOS): nothing detected, any folder still works
        return []
    return mounted_under(mounts, _linux_roots())


def _linux_roots() -> tuple[str, ...]:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment
        user = ""
    # udisks mounts sticks at /media/<user>/<label> (Debian, Ubuntu) or /run/media/<user>/<label>
    # (Fedora, Arch); /mnt is where a hand-made mount goes.
    return ("/media/", f"/run/media/{user}/" if user else "/run/media/", "/mnt/")


def _unescape(field: str) -> str:
    r"""/proc/mounts writes a space as \040, a tab as \011, a backslash as \134."""
    return field.encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1").decode(
        "utf-8", "replace"
    )


def mounted_under(mounts: str, roots: tuple[str, ...]) -> list[Target]:
    """The mount points listed in `mounts` (the text of /proc/mounts) below one of `roots`."""
    found = []
    for line in mounts.splitlines():
        fields = line.split()
        # A stick is a block device (/dev/sdb1); tmpfs, bind and virtual mounts under /mnt are not.
        if len(fields) < 2 or not fields[0].startswith("/dev/") or fields[0].startswith("/dev/loop"):
            continue
        point = _unescape(fields[1])
        if not any(point.startswith(root) for root in roots):
            continue
        try:
            usage = shutil.disk_usage(point)
        except OSError:  # listed but gone (pulled out a moment ago) or not ours to read
            continue
        path = Path(point)
        found.append(Target(path, path.name, usage.free, usage.total))
    return sorted(found, key=lambda t: str(t.path))


def _windows_targets() -> list[Target]:
    import ctypes

    kernel = ctypes.windll.kernel32
    drive_removable = 2
    found = []
    mask = kernel.GetLogicalDrives()
    for index in range(26):
        if not mask & (1 << index):
            continue
        root = f"{chr(ord('A') + index)}:\\"
        if kernel.GetDriveTypeW(root) != drive_removable:
            continue
        name = ctypes.create_unicode_buffer(261)
        if not kernel.GetVolumeInformationW(root, name, len(name), None, None, None, None, 0):
            continue  # a card reader with no card in it
        try:
            usage = shutil.disk_usage(root)
        except OSError:
            continue
        label = f"{name.value} ({root[:2]})" if name.value else root[:2]
        found.append(Target(Path(root), label, usage.free, usage.total))
    return found
