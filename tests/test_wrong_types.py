"""Every public service in app/ refuses wrong types with a Rejected, never a TypeError or an
AttributeError from deep inside (issue 13): a date as text or as a datetime, a number as text.

The services are discovered, not listed: every public function of every module under app/
whose required parameters are all hinted with input types (int, str, bool, date, Decimal,
their unions and collections, or a dataclass of those). A new service that forgets
@dates.checked (or its own check) fails here, and so does one that refuses something else
first (an id as text taken for an unknown id). Left out: the modules that are not services
(NOT_SERVICES)."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

import app
from app.db import db
from app.errors import Issue, Rejected

# Not services: arithmetic and wording helpers whose wrong types are programming errors
# (TypeError by design), renderers called after catalogue.check, the check itself, and the database
# engines under the services (app.engine: connections and SQL, not her input).
NOT_SERVICES = ("app.migrations", "app.cli", "app.demo", "app.formatting", "app.terbilang", "app.rounding",
                "app.documents.", "app.dates", "app.audit.chain", "app.audit.personal",
                "app.engine")
SERVICE_DOCUMENTS = ("app.documents.catalogue",)
PLAIN = (int, str, bool, date, Decimal, Path, float, type(None))


def _modules():
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.startswith(NOT_SERVICES) and info.name not in SERVICE_DOCUMENTS:
            continue
        yield importlib.import_module(info.name)


def _plain(hint) -> bool:
    if hint in PLAIN:
        return True
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType, list, tuple, set, frozenset, dict):
        return all(_plain(arg) for arg in typing.get_args(hint) if arg is not Ellipsis)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return all(_plain(h) for h in typing.get_type_hints(hint).values())
    return False


def _sample(hint):
    """A value of the right type (the wrong one goes in one place at a time)."""
    samples = {date: date(2026, 8, 1), int: 1, bool: False, str: "x", Decimal: Decimal(1), float: 1.0,
               Path: Path("x.pdf"), type(None): None}
    if hint in samples:
        return samples[hint]
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _sample(next(arg for arg in typing.get_args(hint) if arg is not type(None)))
    if origin in (list, tuple, set, frozenset, dict):
        return origin()
    hints = typing.get_type_hints(hint)
    return hint(**{f.name: _sample(hints[f.name]) for f in dataclasses.fields(hint)
                   if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING})


# What a wrong type is refused with: @checked's codes, and the ledger's for an amount.
TYPE_CODES = {"date.unreadable", "input.wrong_type", "posting.not_whole_rupiah"}
WRONG = {date: ("2026-08-01", datetime(2026, 8, 1, 10, 0)), int: ("1",)}


def _wrong_values(hint):
    """Values of `hint` with one wrong type inside: directly, or in one field of a dataclass."""
    if hint in WRONG:
        yield from WRONG[hint]
        return
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if arg in WRONG or dataclasses.is_dataclass(arg):
                yield from _wrong_values(arg)
                return
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints, base = typing.get_type_hints(hint), _sample(hint)
        for f in dataclasses.fields(hint):
            if date in (hints[f.name], *typing.get_args(hints[f.name])):  # an input's other fields: its service's
                for wrong in WRONG[date]:
                    yield dataclasses.replace(base, **{f.name: wrong})


def _services():
    found = []
    for module in _modules():
        for name, func in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(func) or func.__module__ != module.__name__:
                continue
            hints = typing.get_type_hints(func)
            parameters = inspect.signature(func).parameters
            # An optional parameter of another type (a shared cache, a progress callback) keeps its default.
            if parameters and all(p.name in hints and _plain(hints[p.name]) or p.default is not p.empty
                                  for p in parameters.values()):
                found.append(pytest.param(func, hints, id=f"{module.__name__}.{name}"))
    return found


SERVICES = _services()


def test_services_are_discovered():
    names = {p.id for p in SERVICES}
    assert len(SERVICES) > 150
    assert {"app.ledger.post_entry", "app.members.add_member", "app.savings.deposit",
            "app.loans.lifecycle.apply", "app.documents.catalogue.generate"} <= names


def _refusal(func, arguments) -> list[str]:
    """The codes a service refuses with; a validation (returning list[Issue]) may return them."""
    try:
        found = func(**arguments)
    except Rejected as refused:
        return refused.codes()
    if typing.get_type_hints(func).get("return") == list[Issue]:
        return [issue.code for issue in found]
    raise AssertionError(f"not refused: {func.__qualname__} returned {found!r}")


@pytest.mark.parametrize("func,hints", SERVICES)
def test_wrong_types_are_refused(book, func, hints):
    parameters = inspect.signature(func).parameters
    right = {name: p.default if p.default is not inspect.Parameter.empty else _sample(hints[name])
             for name, p in parameters.items()}
    for name in parameters:
        for wrong in _wrong_values(hints.get(name)) if _plain(hints.get(name)) else ():
            with db.atomic() as transaction:  # whatever happens, nothing stays written
                try:
                    codes = _refusal(func, {**right, name: wrong})
                    # Refused for the wrong type, not for something else first (an unknown id).
                    assert set(codes) & TYPE_CODES, codes
                except (pytest.fail.Exception, AssertionError) as failed:
                    raise AssertionError(f"{func.__qualname__}({name}={wrong!r}): {failed}") from None
                finally:
                    transaction.rollback()
