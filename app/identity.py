"""Who this Lumbung is: its version, the book schema it writes, its licence and the licences of
the libraries it ships with (for `lumbung --version` and the About dialog). Imports no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, metadata

import app
from app.migrations import LATEST_VERSION

LICENCE = "GPL-3.0-or-later"

# The libraries a bundle carries, by distribution name, with the licence to show when their
# metadata names none (peewee's says nothing).
LIBRARIES = {
    "PySide6-Essentials": "LGPL-3.0-only", "PySide6-Addons": "LGPL-3.0-only", "shiboken6": "LGPL-3.0-only", "peewee": "MIT",
    "reportlab": "BSD", "Babel": "BSD-3-Clause", "python-stdnum": "LGPL-2.1-or-later",
    "platformdirs": "MIT", "cryptography": "Apache-2.0 OR BSD-3-Clause", "openpyxl": "MIT",
    "arabic-reshaper": "MIT", "python-bidi": "LGPL-3.0-or-later",
    "psycopg": "LGPL-3.0-only", "psycopg-binary": "LGPL-3.0-only",  # a book on PostgreSQL (issue 16)
}
# PySide6 says "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only": Lumbung takes it under the LGPL.
CHOSEN = {name: "LGPL-3.0-only" for name in ("PySide6-Essentials", "PySide6-Addons", "shiboken6")}


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def version() -> str:
    """The version pyproject.toml gives (the installed metadata; app.__version__ in a bundle
    built without it)."""
    try:
        return metadata("lumbung")["Version"]
    except PackageNotFoundError:
        return app.__version__


def schema() -> int:
    """The schema number of the books this version writes (the last migration's)."""
    return LATEST_VERSION


def _licence(name: str, fields) -> str:
    if name in CHOSEN:
        return CHOSEN[name]
    expression = fields.get("License-Expression")
    if expression:
        return expression
    stated = (fields.get("License") or "").strip()
    if stated and "\n" not in stated and len(stated) <= 40:
        return stated
    return LIBRARIES[name]


def libraries() -> list[Library]:
    """The libraries with their installed version and licence; a missing one is left out."""
    found = []
    for name in LIBRARIES:
        try:
            fields = metadata(name)
        except PackageNotFoundError:
            continue
        found.append(Library(name, fields["Version"], _licence(name, fields)))
    return found
