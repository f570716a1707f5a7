"""The opening's entries: one per kind, dated on the opening date, balanced against 3-502."""

from __future__ import annotations

from datetime import date

from app import ledger
from app.access import roles
from app.db import db
from app.opening.draft import OPENING_ACCOUNT


@roles.needs("close")
def post(kind: str, on: date, description: str, lines: list[ledger.Line],
         lookups: ledger.Lookups | None = None) -> int:
    """Post `lines` with the line on Selisih saldo awal that balances them, mark the entry as
    the opening of `kind`, and return its id. No receipt is numbered. Call it inside the
    commit's transaction."""
    rest = -sum(line.amount_rp for line in lines)
    if rest:
        lines = [*lines, ledger.Line(OPENING_ACCOUNT, rest)]
    entry_id = ledger.post_entry(on, description, lines, lookups=lookups)
    db.execute_sql("INSERT INTO opening_entries (entry_id, kind) VALUES (?, ?)", (entry_id, kind))
    return entry_id


def opening_entry_ids() -> dict[int, str]:
    """Every opening entry's id and kind."""
    return dict(db.execute_sql("SELECT entry_id, kind FROM opening_entries").fetchall())
