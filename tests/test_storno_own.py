"""Who may take an entry back (issue 15): with sign-in on a Bendahara reverses what she entered
herself, the Ketua any entry; the refusal names the entry and who entered it, and nothing is
written. Sign-in off: whoever opens Lumbung may, as before."""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger, reversals, settings
from app.access import roles, session
from app.access.session import Who
from app.db import db
from app.errors import Rejected
from app.ledger import credit, debit

SITI = Who(1, "Siti", frozenset({"bendahara"}))
NUR = Who(2, "Nur", frozenset({"bendahara"}))
RINA = Who(3, "Rina", frozenset({"ketua"}))
DAY = date(2026, 8, 3)


@pytest.fixture
def signed_in(book):
    settings.record({roles.SIGN_IN: "on"})
    yield
    session.end()


def _grant_by(who: Who) -> int:
    session.start(who)
    return ledger.post_entry(DAY, "Hibah CSR", [debit("1-101", 50_000), credit("3-201", 50_000)])


def _entries() -> int:
    return db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]


def test_a_bendahara_reverses_her_own_entry(signed_in):
    entry = _grant_by(SITI)
    storno = reversals.reverse(entry, "salah catat")
    assert ledger.get_entry(storno).reverses_id == entry


def test_a_bendahara_may_not_reverse_another_officers_entry(signed_in):
    entry = _grant_by(SITI)
    session.start(NUR)
    before = _entries()
    with pytest.raises(Rejected) as refused:
        reversals.reverse(entry, "salah catat")
    (issue,) = refused.value.issues
    assert (issue.code, issue.params) == ("reversal.not_own_entry", {"entry": f"JU-{entry}", "name": "Siti"})
    assert _entries() == before
    assert reversals.preview(entry).issues == (issue,)  # said before she confirms


def test_the_ketua_reverses_any_entry(signed_in):
    entry = _grant_by(SITI)
    session.start(RINA)
    assert reversals.reverse(entry, "salah catat")


def test_without_sign_in_anyone_reverses(book):
    entry = ledger.post_entry(DAY, "Hibah CSR", [debit("1-101", 50_000), credit("3-201", 50_000)])
    assert reversals.reverse(entry, "salah catat")
