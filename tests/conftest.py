"""Shared fixtures: a fresh book per test (copied from a migrated template), a fixed clock,
offscreen Qt and throwaway QSettings."""

from __future__ import annotations

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


@pytest.fixture(autouse=True)
def fixed_clock():
    clock.fix(FIXED_NOW)
    yield FIXED_NOW
    clock.fix(None)


@pytest.fixture
def book(template_book, tmp_path) -> Path:
    """An open, migrated, empty book in a temporary folder."""
    path = tmp_path / "book.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    yield path
    close_book()
