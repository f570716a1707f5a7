"""Helpers for the opening tests (not a test module): loans left out, and a dump of the book."""

from __future__ import annotations

import pytest

from app import ledger, settings
from app.db import db
from app.opening import loans


@pytest.fixture
def no_loans(monkeypatch):
    """Loans are the loans part's (app.opening.loans); these openings have none."""
    monkeypatch.setattr(loans, "check", lambda opening: [])
    monkeypatch.setattr(loans, "amounts", lambda opening: {})
    monkeypatch.setattr(loans, "post", lambda opening, member_ids, funder_ids, lookups=None: [])


def counts() -> dict:
    """Rows of every table and the settings: equal before and after a refusal."""
    tables = [r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables} | {
        "settings": tuple(sorted(settings.get_all().items()))}


def trial_balance_zero() -> bool:
    rows = ledger.trial_balance()
    return sum(r.debit_rp for r in rows) == sum(r.credit_rp for r in rows)
