"""The demo village: realistic, valid through the real services, balanced, and refused twice."""

from __future__ import annotations

import random
import shutil

import pytest

from app import clock, demo, ledger, members, nik, settings
from app.businesses import list_businesses
from app.db import open_book
from app.errors import Rejected
from app.models import JournalEntry, Posting


def _replayed_plan() -> list[demo.Planned]:
    """The demo's own inputs, recomputed from its seed without touching the book."""
    rng = random.Random(demo.SEED)
    ids = {b.name: b.id for b in list_businesses()}
    people = demo.roster(rng, clock.today(), ids)
    return demo.plan(rng, clock.today(), people)


def _flow(entries: list[demo.Planned], account: str) -> int:
    return sum(e.amount_rp for e in entries if e.debit == account) - sum(
        e.amount_rp for e in entries if e.credit == account
    )


def test_register_is_a_plausible_village(book):
    demo.populate()
    rows = members.list_members()
    assert 35 <= len(rows) <= 45
    women = [m for m in rows if m.sex == "P"]
    assert len(women) >= 0.8 * len(rows) and len(women) < len(rows)
    assert 2 <= sum(not m.active for m in rows) <= 3
    assert [m.number for m in rows] == list(range(1, len(rows) + 1))
    assert [m.joined_on for m in rows] == sorted(m.joined_on for m in rows)
    for m in rows:
        assert m.nik.startswith("6308")
        assert nik.check(m.nik, m.birth_date, m.sex) == [], m.name
        assert 1 <= len(m.business_ids) <= 2
    assert settings.get("group_name") == "UP2K PKK As Syifa"
    assert settings.get("place_name") == "Amuntai"


def test_books_balance_to_the_demo_inputs(book):
    demo.populate()
    rows = ledger.trial_balance()
    assert sum(r.debit_rp for r in rows) == sum(r.credit_rp for r in rows) > 0
    entries = _replayed_plan()
    assert ledger.account_balance(demo.BANK) == sum(rp for *_, rp in demo.GRANTS) - sum(
        rp for _, rp in demo.CASH_DRAWS
    )
    assert ledger.account_balance(demo.CASH) == _flow(entries, demo.CASH)
    assert ledger.account_balance(demo.EQUIPMENT) == sum(rp for *_, rp in demo.PURCHASES)
    # Only members still in the group hold simpanan pokok; leavers got theirs back.
    for m in members.list_members():
        expected = -demo.SIMPANAN_POKOK_RP if m.active else 0
        assert ledger.member_balance(m.id, demo.POKOK) == expected


def test_cash_never_goes_below_zero(book):
    demo.populate()
    for day in sorted({e.on for e in _replayed_plan()}):
        assert ledger.account_balance(demo.CASH, day) >= 0, day


def test_equipment_is_booked_to_its_business(book):
    demo.populate()
    ids = {b.name: b.id for b in list_businesses()}
    for _, _, group, rp in demo.PURCHASES:
        assert ledger.business_balance(ids[group], demo.EQUIPMENT) == rp


def test_progress_counts_every_step(book):
    calls = []
    demo.populate(lambda done, total: calls.append((done, total)))
    total = calls[-1][1]
    assert calls == [(done, total) for done in range(1, total + 1)]
    assert total == members.count_members(active_only=False) + JournalEntry.select().count()


def test_second_populate_is_refused_and_changes_nothing(book):
    demo.populate()
    before = (members.count_members(False), JournalEntry.select().count(), Posting.select().count(),
              settings.get_all())
    with pytest.raises(Rejected) as refused:
        demo.populate()
    assert refused.value.codes() == ["demo.book_not_empty"]
    after = (members.count_members(False), JournalEntry.select().count(), Posting.select().count(),
             settings.get_all())
    assert after == before


def test_a_failure_half_way_writes_nothing(book, monkeypatch):
    posted = []

    def fail_on_the_tenth(*args, **kwargs):
        if len(posted) == 9:
            raise RuntimeError("power cut")
        posted.append(real_post(*args, **kwargs))

    real_post = ledger.post_entry
    monkeypatch.setattr(ledger, "post_entry", fail_on_the_tenth)
    settings_before = settings.get_all()
    with pytest.raises(RuntimeError):
        demo.populate()
    assert members.count_members(False) == JournalEntry.select().count() == 0
    assert settings.get_all() == settings_before


def test_same_demo_every_time(book, template_book, tmp_path):
    demo.populate()
    first = ([m.as_input() for m in members.list_members()], ledger.trial_balance())
    other = tmp_path / "other.sqlite"
    shutil.copy(template_book, other)
    open_book(other)
    demo.populate()
    assert ([m.as_input() for m in members.list_members()], ledger.trial_balance()) == first
