"""When the last backup was made, how many to keep, and whether it is time for another.

Kept as settings in the book (keys below), so they travel with it to another PC.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from app import clock, members, settings
from app.access import roles
from app.dates import checked

KEEP_KEY, KEEP_DEFAULT = "backup_keep", 10
REMIND_KEY, REMIND_DEFAULT = "backup_remind_days", 7
LAST_KEY, TARGET_KEY = "last_backup_at", "last_backup_target"


def _int_setting(key: str, default: int) -> int:
    try:
        return max(1, int(settings.get(key, str(default))))
    except ValueError:
        return default


def keep_count() -> int:
    """How many backups of this group to keep on a target (setting backup_keep, default 10)."""
    return _int_setting(KEEP_KEY, KEEP_DEFAULT)


@roles.needs("read")
@checked
def set_keep_count(keep: int) -> None:
    if type(keep) is not int or keep < 1:
        raise ValueError(f"keep must be a whole number of at least 1, not {keep!r}")
    settings.record({KEEP_KEY: str(keep)})


def remind_days() -> int:
    return _int_setting(REMIND_KEY, REMIND_DEFAULT)


def last_backup_at() -> datetime | None:
    value = settings.get(LAST_KEY)
    return datetime.fromisoformat(value) if value else None


def last_backup_target() -> Path | None:
    value = settings.get(TARGET_KEY)
    return Path(value) if value else None


@roles.needs("read")
def record_backup(target: Path) -> None:
    settings.record({LAST_KEY: clock.now().isoformat(sep=" "), TARGET_KEY: str(target)})


@checked
def backup_due(days: int | None = None) -> bool:
    """True when the last backup is older than `days` (setting backup_remind_days, default 7);
    a book that never had one is due as soon as it has a member."""
    last = last_backup_at()
    if last is None:
        return members.count_members(active_only=False) > 0
    return clock.now() - last > timedelta(days=days if days is not None else remind_days())
