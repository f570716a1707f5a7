"""The business groups (usaha kelompok) register."""

from __future__ import annotations

from datetime import date

import pytest

from app.businesses import add_business, list_businesses
from app.db import db
from app.errors import Rejected
from app.members import MemberInput, add_member

SEEDED = ["Bordir", "Telur itik Alabio", "Kerupuk", "Kue kering", "Warung makan"]


def rows() -> list:
    return db.execute_sql("SELECT id, name, is_active FROM businesses ORDER BY id").fetchall()


def test_seeded_five(book):
    listed = list_businesses()
    assert [b.name for b in listed] == SEEDED
    assert all(b.is_active and b.member_count == 0 for b in listed)
    assert rows() == [(i, name, 1) for i, name in enumerate(SEEDED, start=1)]


def test_add(book):
    added = add_business("  Telur   ayam kampung ")
    assert added.name == "Telur ayam kampung"
    assert rows()[-1] == (added.id, "Telur ayam kampung", 1)
    assert [b.name for b in list_businesses()] == [*SEEDED, "Telur ayam kampung"]
    # a member can join it straight away
    member = add_member(MemberInput(name="Ani", joined_on=date(2026, 1, 1), business_ids=[added.id, 1]))
    counts = {b.name: b.member_count for b in list_businesses()}
    assert counts["Telur ayam kampung"] == 1 and counts["Bordir"] == 1 and counts["Kerupuk"] == 0
    assert member.business_ids == (1, added.id)


@pytest.mark.parametrize(
    "name, code",
    [
        ("bordir", "business.name_taken"),
        ("WARUNG MAKAN", "business.name_taken"),
        ("  Kue   Kering ", "business.name_taken"),
        ("", "required"),
        ("   ", "required"),
        ("x" * 61, "text.too_long"),
    ],
)
def test_refused_and_nothing_written(book, name, code):
    before = rows()
    with pytest.raises(Rejected) as info:
        add_business(name)
    assert [(i.field, i.code) for i in info.value.issues] == [("name", code)]
    assert rows() == before


def test_name_taken_says_which(book):
    with pytest.raises(Rejected) as info:
        add_business("kerupuk")
    assert info.value.issues[0].params == {"name": "kerupuk"}
