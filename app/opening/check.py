"""Every line of an opening checked against the book's rules, before anything is written.

PLACEHOLDER until the core part lands: the interface the other parts build on.
"""

from __future__ import annotations

from app.errors import Issue
from app.opening.draft import Opening


def check(opening: Opening) -> list[Issue]:
    """Everything wrong with the opening, each Issue named `<kind>.<index>.<field>` (or `on`,
    `difference_note`, `group.<key>` for the opening's own fields); [] when it can be committed."""
    raise NotImplementedError
