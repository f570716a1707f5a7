"""The draft of an opening kept in the book (opening_draft), so the wizard can be left and resumed.

PLACEHOLDER until the core part lands: the interface the other parts build on.
"""

from __future__ import annotations

from app.opening.draft import Opening


def save(opening: Opening) -> None:
    raise NotImplementedError


def load() -> Opening | None:
    """The saved draft, or None when there is none."""
    raise NotImplementedError


def can_open() -> bool:
    """Whether the book may still take an opening: no entries and no members yet."""
    raise NotImplementedError
