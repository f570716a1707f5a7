"""All or nothing: the opening written through the services in one transaction.

PLACEHOLDER until the core part lands: the interface the other parts build on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.opening.draft import Opening

Progress = Callable[[int, int], None] | None  # (done, total), called now and then; Qt-free


@dataclass(frozen=True)
class Committed:
    members: int
    entries: tuple[int, ...]  # the opening entries' ids
    difference_rp: int  # left on 3-502 Selisih saldo awal


def commit(opening: Opening, progress: Progress = None) -> Committed:
    """Check the opening (Rejected with every issue if anything is wrong, nothing written),
    then write it whole; refused when the book already has entries or members."""
    raise NotImplementedError
