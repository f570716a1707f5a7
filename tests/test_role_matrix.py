"""The role matrix through the services (issue 15), generated, not hand-listed.

Every public function of every module under app/ is discovered (as tests/test_wrong_types.py
discovers the services). With sign-in on, on a book full of the demo village (so that id 1 is a
member, a loan, a product, a business...), each is called once per single role, inside a
transaction rolled back afterwards:

- a function decorated @roles.needs(action) is refused with access.role_needed exactly when the
  role is not in ACTIONS[action] (and, signed out, with access.signed_out); a role that may is
  never refused for its role;
- an undecorated function writes nothing (SQLite's total_changes does not move), whatever it is
  given: a writing service that forgets its decorator fails here.

A call can only write what its sample arguments reach, so a second, static net reads each
undecorated function's own source: an INSERT, UPDATE or DELETE, a model's create/save/update/
delete, a posting or a setting saved there makes it a writer that must be decorated, unless it is
one of OPEN_WRITERS below (reviewed, each with its reason).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
import shutil
import types
import typing
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import app
from app.access import roles, session
from app.access.session import Who
from app.db import close_book, db, open_book
from app.errors import Rejected

# Not called with right values: they act on files, the process or the session, not on the book's
# content (opening and closing books, locks, work copies, backup files and the restore that
# swaps the whole file; the clock; who is signed in; the command line; migrations).
NOT_CALLED = ("app.access", "app.clock", "app.db", "app.lock", "app.workcopies", "app.private_files",
              "app.backup.files", "app.backup.fileformat", "app.backup.targets", "app.backup.restore",
              "app.backup.create", "app.cli", "app.migrations", "app.xlsx_export", "app.documents.output",
              "app.documents.fonts")

# Undecorated functions that write on purpose, open to every role and to no one signed in.
OPEN_WRITERS = {
    # The trail itself: every service that writes records inside its own transaction (already
    # checked), and a failed sign-in is recorded while no one is signed in.
    "app.audit.log.record",
    # Its hooks, called by the checked services in their transaction: an entry or a member's
    # row joins the chain, her personal values sealed with her key or the key forgotten (an
    # erasure, Ketua's), an export recorded (by whoever may read and export).
    "app.audit.chain.record_entry", "app.audit.chain.member_changed", "app.audit.personal.seal",
    "app.audit.personal.shred", "app.privacy.record_export",
    # The seal of a book from before the chain: at open, before anyone can sign in (app.db).
    "app.audit.chain.seal",
}

PLAIN = {date: date(2026, 8, 1), int: 1, bool: False, str: "x", Decimal: Decimal(1), float: 1.0, type(None): None}


class Unsampled(Exception):
    """A parameter whose type the test cannot make a value of (the static net covers it)."""


def _sample(hint, where: Path):
    if hint in PLAIN:
        return PLAIN[hint]
    if hint is Path:
        return where / "x.pdf"
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if arg is not type(None):
                try:
                    return _sample(arg, where)
                except Unsampled:
                    continue
        return None
    if origin in (list, tuple, set, frozenset, dict):
        return origin()
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints = typing.get_type_hints(hint)
        return hint(**{f.name: _sample(hints.get(f.name), where) for f in dataclasses.fields(hint)
                       if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING})
    raise Unsampled(hint)


def _arguments(func, where: Path) -> dict:
    hints = typing.get_type_hints(func)
    arguments = {}
    for name, parameter in inspect.signature(func).parameters.items():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD) or parameter.default is not parameter.empty:
            continue
        arguments[name] = _sample(hints[name], where) if name in hints else None
    return arguments


def _functions():
    found = []
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.startswith("app.migrations"):
            continue
        module = importlib.import_module(info.name)
        for name, func in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(func) or func.__module__ != module.__name__:
                continue
            found.append(pytest.param(func, id=f"{module.__name__}.{name}"))
    return found


FUNCTIONS = _functions()
CALLED = [p for p in FUNCTIONS if not p.id.startswith(NOT_CALLED)]
DECORATED = [p for p in CALLED if hasattr(p.values[0], "action")]
UNDECORATED = [p for p in CALLED if not hasattr(p.values[0], "action") and p.id not in OPEN_WRITERS]


def test_the_services_are_discovered():
    names = {p.id for p in DECORATED}
    assert len(FUNCTIONS) > 450 and len(DECORATED) > 90
    assert {"app.savings.deposit", "app.members.add_member", "app.loans.lifecycle.approve",
            "app.yearend.periods.close_year", "app.reversals.reverse", "app.ledger.post_entry"} <= names
    assert {p.values[0].action for p in DECORATED} <= set(roles.ACTIONS)


@pytest.fixture
def signed_in_book(demo_template, tmp_path, monkeypatch):
    """The demo village with sign-in on; the test chooses who is signed in."""
    path = tmp_path / "book.sqlite"
    shutil.copy(demo_template, path)
    open_book(path)
    db.execute_sql("INSERT OR REPLACE INTO settings (key, value) VALUES (?, 'on')", (roles.SIGN_IN,))
    monkeypatch.chdir(tmp_path)  # whatever a call writes beside the book stays in the test's folder
    yield path
    session.end()
    close_book()


def _call(func, arguments):
    """Run `func` inside a transaction rolled back afterwards: the refusal's codes (or None) and
    how many rows it changed."""
    connection = db.connection()
    with db.atomic() as transaction:
        before = connection.total_changes
        codes = None
        try:
            func(**arguments)
        except Rejected as refused:
            codes = refused.codes()
        except Exception:  # noqa: BLE001 - sample arguments may fail in any way; only writes count here
            pass
        changed = connection.total_changes - before
        transaction.rollback()
    return codes, changed


@pytest.mark.parametrize("func", DECORATED)
def test_a_decorated_service_follows_the_matrix(signed_in_book, tmp_path, func):
    action = func.action
    try:
        arguments = _arguments(func, tmp_path)
    except Unsampled:  # the role is checked before the arguments are looked at
        arguments = {name: None for name, p in inspect.signature(func).parameters.items()
                     if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)}
    session.end()
    codes, changed = _call(func, arguments)
    assert codes == ["access.signed_out"] and changed == 0, (codes, changed)
    for role in roles.ROLES:
        session.start(Who(1, f"Officer {role}", frozenset({role})))
        codes, changed = _call(func, arguments)
        if role in roles.ACTIONS[action]:
            assert not codes or not any(code.startswith("access.") for code in codes), (role, codes)
        else:
            assert codes == ["access.role_needed"] and changed == 0, (role, codes, changed)


@pytest.mark.parametrize("func", UNDECORATED)
def test_an_undecorated_function_writes_nothing(signed_in_book, tmp_path, func):
    try:
        arguments = _arguments(func, tmp_path)
    except Unsampled:
        pytest.skip("arguments of a type the test cannot make; the static net reads it")
    session.start(Who(1, "Officer pemeriksa", frozenset({"pemeriksa"})))  # reads everything, writes nothing
    codes, changed = _call(func, arguments)
    assert changed == 0, f"{func.__module__}.{func.__name__} wrote {changed} rows undecorated (refused: {codes})"


# A write in a function's own source: SQL that changes rows, a model's row saved or removed, a
# posting, a setting kept.
WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE INTO)\s|\.(save|delete_instance)\(|"
                    r"\b[A-Z]\w*\.(create|insert|insert_many|replace|update|delete|bulk_create|bulk_update)\(|"
                    r"post_entry\(|settings\.record\(")


# Not read by the static net: the users' own module (its part decorates it; signing in writes
# while no one is signed in), the command line, the migrations' SQL, and the documents'
# renderers, whose save() is the PDF's (the catalogue that runs them is decorated "read"), and the
# database engines, whose SQL is the migrations' translated or the services' passed through.
NOT_READ = ("app.access.", "app.cli", "app.migrations", "app.documents.", "app.engine.")


def _own_source(func) -> str:
    """The function's source and its module's private helpers it calls, followed down (a
    service's writing is often in a _helper beside it); docstrings left out."""
    func = inspect.unwrap(func)
    module = inspect.getmodule(func)
    seen, todo, texts = set(), [func], []
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        text = re.sub(r'"""(.|\n)*?"""', "", inspect.getsource(current))
        texts.append(text)
        for name in re.findall(r"\b(_\w+)\(", text):
            helper = getattr(module, name, None)
            if inspect.isfunction(helper) and helper.__module__ == module.__name__ and not hasattr(helper, "action"):
                todo.append(inspect.unwrap(helper))
    return "\n".join(texts)


def test_no_undecorated_function_writes_in_its_source():
    writers = []
    for param in FUNCTIONS:
        func = param.values[0]
        if hasattr(func, "action") or param.id in OPEN_WRITERS or param.id.startswith(NOT_READ):
            continue
        if WRITES.search(_own_source(func)):
            writers.append(param.id)
    assert writers == []


def test_the_static_net_sees_the_decorated_writers():
    """The net itself: read undecorated, the services that write directly are found (those
    that only call other decorated services are checked by those)."""
    found = {p.id for p in DECORATED if WRITES.search(_own_source(p.values[0]))}
    assert {"app.loans.lifecycle.approve", "app.settings.update", "app.savings.deposit", "app.members.add_member",
            "app.yearend.periods.reopen", "app.usaha.trade.sell"} <= found


def test_an_argument_may_choose_the_action(signed_in_book):
    """An inventory item bought with cash is money (Bendahara); one received as a gift is
    records (Sekretaris): app.assets.register.acquire, needs("records", by=("how", ...))."""
    from app.assets import register
    from app.inventory import InventoryInput

    item = InventoryInput(name="Tenda", acquired_on=date(2026, 8, 1), value_rp=500_000)
    assert register.acquire.actions_by == ("how", {"bought": "money"})
    for who, how, refused in (("sekretaris", "bought", True), ("bendahara", "bought", False),
                              ("bendahara", "gift", True), ("sekretaris", "gift", False)):
        session.start(Who(1, who, frozenset({who})))
        codes, _ = _call(register.acquire, {"data": item, "how": how})
        assert (codes == ["access.role_needed"]) is refused, (who, how, codes)
