"""The ledger and the members register, the same on both engines (issue 16): each test runs on
a SQLite book and on a PostgreSQL book (any_book)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app import ledger, members, settings
from app.audit import chain, log
from app.db import db
from app.engine import current
from app.errors import Rejected
from app.ledger import credit, debit


def _member(name="Siti Aminah", **kw):
    return members.add_member(members.MemberInput(name=name, joined_on=date(2026, 1, 5), **kw))


def test_entries_balances_and_the_trial_balance(any_book):
    siti = _member()
    ledger.post_entry(date(2026, 8, 1), "Setoran wajib", [debit("1-101", 25_000), credit("3-102", 25_000, member_id=siti.id)])
    ledger.post_entry(date(2026, 8, 3), "Beli ATK", [debit("5-201", 7_500), credit("1-101", 7_500)], reference="N-1")
    assert ledger.account_balance("1-101") == 17_500
    assert ledger.account_balance("1-101", as_of=date(2026, 8, 2)) == 25_000
    assert ledger.member_balance(siti.id, "3-102") == -25_000
    rows = ledger.trial_balance()
    assert [(r.code, r.debit_rp, r.credit_rp) for r in rows] == [
        ("1-101", 17_500, 0), ("3-102", 0, 25_000), ("5-201", 7_500, 0)]
    assert all(type(r.debit_rp) is int and type(r.credit_rp) is int for r in rows)  # no Decimal on PostgreSQL
    assert sum(r.debit_rp - r.credit_rp for r in rows) == 0
    assert [(r.code, r.debit_rp) for r in ledger.trial_balance(as_of=date(2026, 8, 1))] == [("1-101", 25_000), ("3-102", 0)]


def test_a_reversal_mirrors_the_entry_and_links_both(any_book):
    entry = ledger.post_entry(date(2026, 8, 1), "Setoran", [debit("1-101", 5_000), credit("3-102", 5_000)])
    storno = ledger._reverse_entry(entry, "salah catat")
    assert ledger.get_entry(entry).reversed_by_id == storno
    mirror = ledger.get_entry(storno)
    assert (mirror.reverses_id, mirror.description) == (entry, "Storno: Setoran")
    assert [(line.account, line.amount_rp) for line in mirror.lines] == [("1-101", -5_000), ("3-102", 5_000)]
    assert ledger.trial_balance()[0].debit_rp == 0
    with pytest.raises(Rejected) as caught:
        ledger._reverse_entry(entry, "lagi")
    assert caught.value.codes() == ["entry.already_reversed"]


def test_refusals_write_nothing(any_book):
    with pytest.raises(Rejected) as caught:
        ledger.post_entry(date(2026, 8, 1), "Bayar", [debit("5-201", 1_000), credit("1-101", 1_000)])
    assert caught.value.codes() == ["cash.insufficient"]
    with pytest.raises(Rejected) as caught:
        ledger.post_entry(date(2026, 8, 1), "Timpang", [debit("1-101", 1_000), credit("3-102", 999)])
    assert caught.value.codes() == ["entry.unbalanced"]
    settings.record({"closed_through": "2026-07-31"})
    with pytest.raises(Rejected) as caught:
        ledger.post_entry(date(2026, 7, 31), "Lama", [debit("1-101", 1_000), credit("3-102", 1_000)])
    assert caught.value.codes() == ["entry.period_closed"]
    assert ledger.trial_balance() == []
    assert db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0] == 0


def test_a_rule_broken_behind_the_service_is_a_refusal_on_both(any_book):
    ledger.post_entry(date(2026, 8, 1), "Setoran", [debit("1-101", 5_000), credit("3-102", 5_000)])
    with pytest.raises(Rejected) as caught, db.atomic():
        db.execute_sql("DELETE FROM postings")
    assert caught.value.codes() == ["book.refused"]
    assert ledger.account_balance("1-101") == 5_000


def test_members_are_numbered_and_edited(any_book):
    siti, ani = _member(), _member("Ani Rahmawati", nik="6308014506900001")
    assert (siti.number, ani.number) == (1, 2)
    own = members.add_member(members.MemberInput(name="Dewi", joined_on=date(2026, 2, 1)), number=40)
    assert own.number == 40 and _member("Rina").number == 41  # the counter goes on after her own number
    edited = members.update_member(ani.id, members.MemberInput(name="Ani R.", nik="6308014506900001",
                                                               joined_on=date(2026, 1, 5), phone="0812 5550 1234"))
    assert (edited.name, edited.phone, edited.nik) == ("Ani R.", "0812 5550 1234", "6308014506900001")
    assert [m.number for m in members.list_members()] == [1, 2, 40, 41]
    assert members.count_members() == 4
    with pytest.raises(Rejected) as caught:
        _member("Kembar", nik="6308014506900001")
    assert caught.value.codes() == ["nik.taken"]


def test_a_member_leaves_and_comes_back(any_book):
    siti = _member()
    left = members.mark_left(siti.id, date(2026, 8, 1))
    assert left.left_on == date(2026, 8, 1)
    back = members.undo_leaving(siti.id, "salah tandai")
    assert back.left_on is None
    assert [e.what for e in members.member_history(siti.id)] == ["left", "returned"]
    assert members.count_members() == 1


def test_the_audit_chain_hashes_the_same_text_on_both_engines(any_book):
    siti = _member()
    entry = ledger.post_entry(date(2026, 8, 1), "Setoran \"wajib\" Agustus", [
        debit("1-101", 25_000, memo="tunai"), credit("3-102", 25_000, member_id=siti.id)])
    (_, text), = db.execute_sql(chain.entry_content(current()).format(where="WHERE e.id = ?"), (entry,)).fetchall()
    own = json.dumps(["2026-08-01", "Setoran \"wajib\" Agustus", "", "2026-08-17 09:30:00", "Sekretaris", None, ""],
                     separators=(",", ":")) + "".join(json.dumps(line, separators=(",", ":")) for line in (
                         ["1-101", 25000, None, None, "tunai", "2026-08-01"],
                         ["3-102", -25000, siti.id, None, "", "2026-08-01"]))
    assert text == own
    records = log.records()
    assert [r.id for r in records] == [1, 2]
    assert records[1].prev_hash == records[0].hash
    assert records[1].detail == {"entry_hash": chain.content_hash(own)}
    assert log.records(user="Sekretaris", end=date(2026, 8, 17)) == records

