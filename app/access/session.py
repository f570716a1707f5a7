"""Who is working now, in this running Lumbung (not stored in the book: a book copied to another
PC asks again). Set by app.access.users.sign_in, cleared by sign_out and by the idle lock."""

from __future__ import annotations

from dataclasses import dataclass

from app.dates import checked


@dataclass(frozen=True)
class Who:
    user_id: int
    name: str
    roles: frozenset[str]


_current: Who | None = None


def current() -> Who | None:
    return _current


@checked
def start(who: Who) -> None:
    global _current
    _current = who


def end() -> None:
    global _current
    _current = None
