"""Village books for the recap tests and benchmark: the demo village under other identities,
each made with the clock at another day (so their figures and last entries differ)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from app import backup, clock, demo, settings
from app.db import close_book, open_book

# (group, desa, kecamatan, the day the book was last worked on)
VILLAGES = (
    ("UP2K PKK As Syifa", "Pandulangan", "Sungai Pandan", datetime(2026, 8, 17, 9, 30)),
    ("UP2K Melati", "Babirik Hulu", "Babirik", datetime(2026, 6, 30, 10, 0)),
    ("UP2K Mawar Bersemi", "Sungai Karias", "Amuntai Tengah", datetime(2026, 3, 31, 11, 0)),
)
PASSPHRASE = "rahasia kecamatan"


def demo_book(template: Path, path: Path, moment: datetime) -> Path:
    """The demo village made as on `moment` (the clock is put back to what it was)."""
    before = clock.now()
    clock.fix(moment)
    try:
        shutil.copy(template, path)
        open_book(path)
        try:
            demo.populate()
        finally:
            close_book()
    finally:
        clock.fix(before)
    return path


def rename(path: Path, group: str, desa: str, kecamatan: str) -> Path:
    """Give the book at `path` another group identity in Pengaturan."""
    open_book(path)
    try:
        settings.update({"group_name": group, "desa": desa, "kecamatan": kecamatan})
    finally:
        close_book()
    return path


def back_up(path: Path, folder: Path, passphrase: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    open_book(path)
    try:
        return backup.create_backup(folder, passphrase=passphrase).path
    finally:
        close_book()
