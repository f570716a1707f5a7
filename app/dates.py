"""The book's one date range, and the type check at the boundary of every service.

Every date the book holds (entries, members joining and leaving, loans and their schedules,
savings, documents...) lies between FIRST_DAY and last_day(): ten years after today, far
enough for a long loan's last instalment. Birth dates are a person's, not the book's: they
have their own earliest (app.members.EARLIEST_BIRTH).

The range is checked where a date is kept: every ledger entry (app.ledger), a member's
dates, an inventory item's, a loan's schedule, a period closed, a document asked for. A
question about another day (a balance "as of" 2040) is harmless and answered.

`@checked` refuses, with a Rejected naming the argument, what a caller passes against the
service's type hints: a date as text or as a datetime, a number as text, a bool for an
amount. Without it a wrong type ends deep inside as a TypeError or AttributeError.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import types
import typing
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal

from app import clock
from app.errors import Issue, Rejected

FIRST_DAY = date(1990, 1, 1)
YEARS_AHEAD = 10


def last_day(today: date | None = None) -> date:
    today = today or clock.today()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February, ten years on, is not a leap day
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def is_date(value) -> bool:
    # A datetime would be stored with its time and then fall outside "balance at that date".
    return isinstance(value, date) and not isinstance(value, datetime)


def range_issue(field: str, value: date, earliest: date = FIRST_DAY) -> Issue | None:
    """The book's range, for a date already known to be one (a birth date: from `earliest`)."""
    latest = last_day()
    if not earliest <= value <= latest:
        return Issue(field, "date.out_of_range", {"earliest": earliest, "latest": latest})
    return None


def date_issues(field: str, value) -> list[Issue]:
    """A real date (not text, not a datetime) within the book's range; [] when it is."""
    if not is_date(value):
        return [Issue(field, "date.unreadable")]
    issue = range_issue(field, value)
    return [issue] if issue else []


def _fits(value, hint) -> bool:
    """Whether `value` is of the simple type `hint` names; hints this does not know pass."""
    if hint is typing.Any or isinstance(hint, (str, typing.TypeVar)):
        return True
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is date:
        return is_date(value)
    if hint is int:
        return type(value) is int  # not bool, not float: money is whole rupiah
    if hint is Decimal:
        return type(value) in (Decimal, int)
    if hint in (str, bool):
        return type(value) is hint
    if origin is dict:
        return isinstance(value, Mapping)
    if origin in (list, tuple, set, frozenset):  # any collection of items will do, not a text
        return isinstance(value, Iterable) and not isinstance(value, (str, bytes))
    if isinstance(hint, type) and hint.__module__.startswith("app."):
        return isinstance(value, hint)
    return True


def _type_issue(field: str, value, hint) -> Issue | None:
    if _fits(value, hint):
        return None
    return Issue(field, "date.unreadable" if _names(hint, date) else "input.wrong_type")


def _value_issues(field: str, value, hint) -> list[Issue]:
    if issue := _type_issue(field, value, hint):
        return [issue]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dataclass_issues(value)
    return []


def _names(hint, wanted) -> bool:
    return hint is wanted or any(_names(arg, wanted) for arg in typing.get_args(hint))


@functools.cache
def _hints(owner) -> dict:
    try:
        return typing.get_type_hints(owner)
    except (NameError, TypeError):  # a hint only importable for type checkers: not checked
        return {}


def _dataclass_issues(value) -> list[Issue]:
    """A dataclass's fields, against its own hints (one level: inputs are flat)."""
    hints = _hints(type(value))
    found = (_type_issue(f.name, getattr(value, f.name), hints[f.name]) for f in dataclasses.fields(value)
             if f.name in hints)
    return [issue for issue in found if issue]


def checked(func):
    """Refuse arguments that do not match `func`'s type hints with one Rejected, before the
    service reads or writes anything."""
    signature = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        hints = _hints(func)
        bound = signature.bind_partial(*args, **kwargs)  # a missing argument stays Python's TypeError
        issues = []
        for name, value in bound.arguments.items():  # defaults are the service's own: not checked
            if name in hints:
                issues += _value_issues(name, value, hints[name])
        if issues:
            raise Rejected(issues)
        return func(*args, **kwargs)

    wrapper.checked = True
    return wrapper
