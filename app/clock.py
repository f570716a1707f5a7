"""The one place that asks what time it is, so tests can fix the clock."""

from datetime import date, datetime

_fixed: datetime | None = None


def now() -> datetime:
    return _fixed if _fixed is not None else datetime.now().replace(microsecond=0)


def today() -> date:
    return now().date()


def fix(moment: datetime | None) -> None:
    """Freeze the clock at `moment` (None lets it run again)."""
    global _fixed
    _fixed = moment
