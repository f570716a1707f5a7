"""`lumbung --version` and what the About dialog reads: the version pyproject.toml gives, the
schema of the books it writes, the libraries with their licences."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import PySide6

import app
from app import identity
from app.migrations import MIGRATIONS

ROOT = Path(__file__).resolve().parent.parent


def test_the_version_is_pyprojects_and_the_schema_the_last_migrations():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert identity.version() == app.__version__ == declared
    assert identity.schema() == int(MIGRATIONS[-1][1:5])


def test_every_library_has_a_licence():
    found = {lib.name: lib.licence for lib in identity.libraries()}
    assert found["PySide6-Essentials"] == "LGPL-3.0-only"  # of its three licences, the one Lumbung takes
    assert found["peewee"] == "MIT"  # its metadata says none
    assert found["reportlab"] == "BSD"
    assert all(found.values()) and len(found) == len(identity.LIBRARIES)


def test_version_prints_and_exits_without_a_display():
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-m", "ui.main", "--version"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"Lumbung {app.__version__} (menulis buku skema {len(MIGRATIONS)})",
        f"Qt {PySide6.QtCore.qVersion()} (PySide6 {PySide6.__version__})",
        f"Python {sys.version.split()[0]}",
    ]
