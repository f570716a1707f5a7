"""Walk the chain and the book: what was edited, deleted, moved or added outside Lumbung.

Used by the check after start, by `lumbung verify --db BOOK` (read-only, no sign-in) and
printed on the "Jejak audit" PDF. Each finding names where: an entry by its number ("JU-751"),
an audit record ("catatan audit #12"), a member ("anggota 0012").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Finding:
    where: str  # "JU-751", "catatan audit #12", "anggota 0012"
    code: str  # audit.* code, worded in ui/messages.py (and in app.cli for the command line)
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Verification:
    checked_at: datetime
    records: int  # audit records walked
    entries: int  # journal entries checked
    findings: tuple[Finding, ...]

    @property
    def clean(self) -> bool:
        return not self.findings


def verify() -> Verification:
    """The open book, checked whole; writes nothing."""
    raise NotImplementedError("app.audit.verify: the chain part")
