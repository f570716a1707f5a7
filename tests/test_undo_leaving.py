"""Undoing a leaving marked by "Tandai keluar" (issue 10): only with no settlement, with a reason,
and kept in her history (member_events) as left → returned."""

from __future__ import annotations

from datetime import date

import pytest

from app import clock, leaving, members, savings, settings
from app.db import db
from app.errors import Rejected
from loan_support import member

TABLES = ("members", "member_events", "journal_entries", "postings")


def dump() -> dict[str, list]:
    return {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def refused(member_id: int, reason: str) -> list[tuple]:
    before = dump()
    with pytest.raises(Rejected) as info:
        members.undo_leaving(member_id, reason)
    assert dump() == before
    return [(i.field, i.code) for i in info.value.issues]


def test_undo_makes_her_active_and_is_recorded(book):
    settings.update({"operator_name": "Bu Ratna"})
    siti = member("Siti")
    members.mark_left(siti, date(2026, 3, 1))
    back = members.undo_leaving(siti, "  salah pilih   anggota ")
    assert back.left_on is None and back.active
    assert members.get_member(siti).active
    history = members.member_history(siti)
    assert [(e.what, e.on, e.who, e.at, e.reason, e.settlement_entry_id) for e in history] == [
        ("left", date(2026, 3, 1), "Bu Ratna", clock.now(), "", None),
        ("returned", clock.today(), "Bu Ratna", clock.now(), "salah pilih anggota", None),
    ]
    # She may leave again; the history keeps every step.
    members.mark_left(siti, date(2026, 4, 1))
    assert [e.what for e in members.member_history(siti)] == ["left", "returned", "left"]


def test_rows_are_never_changed_or_deleted(book):
    siti = member("Siti")
    members.mark_left(siti, date(2026, 3, 1))
    for sql in ("UPDATE member_events SET reason = 'x'", "DELETE FROM member_events"):
        with pytest.raises(Exception, match="member_events cannot be"):
            db.execute_sql(sql)
    assert len(members.member_history(siti)) == 1


def test_refused_for_a_settled_leaving(book):
    siti = member("Siti")
    savings.deposit(siti, "pokok", 10_000, date(2026, 1, 2))
    result = leaving.settle(siti, date(2026, 3, 1))
    assert members.member_history(siti)[-1].settlement_entry_id == result.entry_id
    assert refused(siti, "keliru") == [("member", "member.leaving_settled")]


def test_refused_for_a_settled_leaving_from_before_the_history(book):
    siti = member("Siti")
    savings.deposit(siti, "wajib", 10_000, date(2026, 1, 2))
    leaving.settle(siti, date(2026, 3, 1))
    db.execute_sql("DROP TRIGGER member_events_no_delete")  # as a book from before version 11
    db.execute_sql("DELETE FROM member_events")
    assert refused(siti, "keliru") == [("member", "member.leaving_settled")]


def test_a_leaving_with_nothing_to_settle_can_be_undone(book):
    budi = member("Budi")
    leaving.settle(budi, date(2026, 3, 1))  # nothing held, nothing owed: no entry
    assert members.undo_leaving(budi, "belum keluar").active


def test_refused_for_an_active_member_and_without_a_reason(book):
    siti = member("Siti")
    assert refused(siti, "keliru") == [("member", "member.not_left")]
    members.mark_left(siti, date(2026, 3, 1))
    assert refused(siti, "   ") == [("reason", "required")]
    assert refused(siti, "x" * (members.REASON_LIMIT + 1)) == [("reason", "text.too_long")]
    assert db.execute_sql("SELECT COUNT(*) FROM member_events").fetchone()[0] == 1
    assert not members.get_member(siti).active
