"""Shared fixtures: a fresh book per test (copied from a migrated template), a fixed clock,
offscreen Qt and throwaway QSettings."""

from __future__ import annotations

import itertools
import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import clock  # noqa: E402
from app.db import close_book, open_book  # noqa: E402

FIXED_NOW = datetime(2026, 8, 17, 9, 30)


@pytest.fixture(scope="session")
def template_book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_book(path, create=True)
    close_book()
    return path


@pytest.fixture(scope="session")
def demo_template(template_book, tmp_path_factory) -> Path:
    """The demo village, made once for the session on the tests' fixed clock; copy it per test."""
    from app import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copy(template_book, path)
    clock.fix(FIXED_NOW)
    open_book(path)
    try:
        demo.populate()
    finally:
        close_book()
    return path


@pytest.fixture(autouse=True)
def fixed_clock():
    clock.fix(FIXED_NOW)
    yield FIXED_NOW
    clock.fix(None)


@pytest.fixture
def book(request, template_book, tmp_path) -> Path:
    """An open, migrated, empty book in a temporary folder. LUMBUNG_TEST_BOOK=postgresql gives
    a PostgreSQL book instead (its address): a module's tests run on it to find what is not
    ported yet (a test that copies or opens the file itself fails there for that alone)."""
    if os.environ.get("LUMBUNG_TEST_BOOK") == "postgresql":
        yield request.getfixturevalue("pg_book")
        return
    path = tmp_path / "book.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    yield path
    close_book()


# PostgreSQL (issue 16): one throwaway server for the session (tests/pg_server.py), a database
# migrated once as the template, and a copy of it per test.
_pg_books = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    from pg_server import PgServer, binaries

    if binaries() is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql; test.sh does it)")
    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    open_book(pg_server.create_database("lumbung_template"))
    close_book()
    return "lumbung_template"


@pytest.fixture
def pg_book(pg_server, pg_template, tmp_path, monkeypatch) -> str:
    """An open, migrated, empty book in its own PostgreSQL database; its address. Its documents
    go to this user's documents folder (app.db.documents_root): here, the test's own."""
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Dokumen"))
    url = pg_server.create_database(f"book_{next(_pg_books)}", template=pg_template)
    open_book(url)
    yield url
    close_book()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_book(request):
    """The same test on a SQLite book and on a PostgreSQL book."""
    return request.getfixturevalue("book" if request.param == "sqlite" else "pg_book")
