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
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
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


_TYPED = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def read_date(text: str, field: str, earliest: date = FIRST_DAY) -> tuple[date | None, Issue | None]:
    """A date typed as dd/mm/yyyy (also with . or -): (the date, None); (None, None) when blank;
    otherwise (None, what is wrong), naming a date written right that does not exist:
    "31/02/1980" (February has no 31st), "12/13/2026"; or one outside the book's range."""
    text = text.strip()
    if not text:
        return None, None
    match = _TYPED.match(text)
    if match is None:
        return None, Issue(field, "date.unreadable")
    day, month, year = (int(part) for part in match.groups())
    try:
        typed = date(year, month, day)
    except ValueError:
        if not 1 <= month <= 12:
            return None, Issue(field, "date.no_such_month", {"month": month})
        if year < 1:
            return None, Issue(field, "date.unreadable")
        return None, Issue(field, "date.no_such_day", {"day": day, "month_name": month, "year": year})
    issue = range_issue(field, typed, earliest)
    return (None, issue) if issue else (typed, None)


def date_issues(field: str, value) -> list[Issue]:
    """A real date (not text, not a datetime) within the book's range; [] when it is."""
    if not is_date(value):
        return [Issue(field, "date.unreadable")]
    issue = range_issue(field, value)
    return [issue] if issue else []


def _test(hint) -> Callable[[object], bool] | None:
    """A fast test of whether a value is of the simple type `hint` names, made once per hint;
    None for hints it does not know (they pass)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        tests = [_test(arg) for arg in typing.get_args(hint)]
        if None in tests:
            return None
        return lambda value: any(test(value) for test in tests)
    if hint is type(None):
        return lambda value: value is None
    if hint is date:
        return is_date
    if hint is Decimal:
        return lambda value: type(value) in (Decimal, int)
    if hint in (int, str, bool):  # exactly: a bool is no amount, a float no whole rupiah
        return lambda value: type(value) is hint
    if origin is dict:
        return lambda value: isinstance(value, Mapping)
    if origin in (list, tuple, set, frozenset):  # any collection of items will do, not a text
        return lambda value: isinstance(value, Iterable) and not isinstance(value, (str, bytes))
    if isinstance(hint, type) and hint.__module__.startswith("app."):
        return lambda value: isinstance(value, hint)
    return None


def _names(hint, wanted) -> bool:
    return hint is wanted or any(_names(arg, wanted) for arg in typing.get_args(hint))


def _code(name: str, hint) -> str:
    if _names(hint, date):
        return "date.unreadable"
    if name.endswith("_rp"):  # an amount: the ledger's own words for it
        return "posting.not_whole_rupiah"
    return "input.wrong_type"


@functools.cache
def _checks(owner, dates_only: bool = False) -> dict[str, tuple]:
    """name: (test, issue code, whether its fields are checked too) for each hinted parameter
    of `owner`, made at the first call (when every hint can be resolved). Of an input
    dataclass only the dates: its service checks the rest with words of its own (a rate that
    is no number), and a date is what crashed there."""
    try:
        hints = typing.get_type_hints(owner)
    except (NameError, TypeError):  # a hint only importable for type checkers: not checked
        return {}
    checks = {}
    for name, hint in hints.items():
        test = _test(hint)
        if test is not None and name != "return" and (_names(hint, date) or not dates_only):
            inputs = any(dataclasses.is_dataclass(arg) for arg in (hint, *typing.get_args(hint)))
            checks[name] = (test, _code(name, hint), inputs)
    return checks


def _issues(checks: dict, values) -> list[Issue]:
    issues = []
    for name, value in values:
        check = checks.get(name)
        if check is None:
            continue
        test, code, inputs = check
        if not test(value):
            params = {"amount": str(value)} if code == "posting.not_whole_rupiah" else {}
            issues.append(Issue(name, code, params))
        elif inputs and dataclasses.is_dataclass(value):  # an input's fields, one level (inputs are flat)
            issues += _issues(_checks(type(value), dates_only=True),
                              ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value)))
    return issues


def checked(func):
    """Refuse arguments that do not match `func`'s type hints with one Rejected, before the
    service reads or writes anything."""
    names = tuple(inspect.signature(func).parameters)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        checks = _checks(func)
        issues = _issues(checks, zip(names, args))
        if kwargs:
            issues += _issues(checks, kwargs.items())
        if issues:
            raise Rejected(issues)
        return func(*args, **kwargs)

    return wrapper
