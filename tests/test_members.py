"""The members register: gapless numbers never reused, field rules that write nothing, leaving
keeps the history, membership of the business groups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app import ledger
from app.db import db
from app.errors import Rejected
from app.ledger import credit, debit
from app.members import (
    MemberInput,
    add_member,
    count_members,
    get_member,
    has_transactions,
    list_members,
    mark_left,
    update_member,
)

# Women born 17 August 1990 and 1 March 1988, a man born 5 March 1985, all registered in HSU.
NIK_SITI = "6308015708900001"
NIK_ANI = "6308044103880003"
NIK_BUDI = "6308010503850002"

TABLES = ("members", "business_members", "sequences", "postings")


def dump() -> dict[str, list]:
    return {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


def siti(**changes) -> MemberInput:
    data = MemberInput(
        name="Siti Aminah", nik=NIK_SITI, sex="P", birth_place="Amuntai", birth_date=date(1990, 8, 17),
        phone="0812-5123-4567", street="Jl. Pandulangan", rt="003", rw="", desa="Pandulangan",
        kecamatan="Sungai Pandan", kabupaten="Hulu Sungai Utara", provinsi="Kalimantan Selatan",
        postal_code="71455", welfare_stage="ks1", joined_on=date(2024, 3, 1), business_ids=[2],
    )
    return replace(data, **changes)


def simple(name: str, **changes) -> MemberInput:
    return replace(MemberInput(name=name, sex="P", joined_on=date(2025, 1, 10)), **changes)


def refused_add(data: MemberInput) -> Rejected:
    before = dump()
    with pytest.raises(Rejected) as info:
        add_member(data)
    assert dump() == before
    return info.value


def issues(error: Rejected) -> list[tuple[str, str]]:
    return [(i.field, i.code) for i in error.issues]


# --- adding and numbering ------------------------------------------------------------------


def test_add_stores_every_field(book):
    row = add_member(siti(name="  Siti   Aminah ", nik="6308 0157.0890 0001"))
    stored = db.execute_sql(
        "SELECT number, name, nik, sex, birth_date, phone, rt, rw, postal_code, welfare_stage, joined_on, left_on,"
        " created_at FROM members WHERE id = ?", [row.id]
    ).fetchone()
    assert stored == (
        1, "Siti Aminah", NIK_SITI, "P", "1990-08-17", "0812-5123-4567", "003", "", "71455", "ks1",
        "2024-03-01", None, "2026-08-17 09:30:00",
    )
    assert row.number == 1 and row.nik == NIK_SITI and row.active
    assert row.business_ids == (2,)
    assert db.execute_sql("SELECT business_id, member_id, role FROM business_members").fetchall() == [(2, row.id, "anggota")]


def test_numbers_are_gapless_and_a_refusal_takes_none(book):
    assert add_member(simple("Satu")).number == 1
    assert add_member(simple("Dua")).number == 2
    refused_add(simple(""))
    refused_add(simple("Gagal", nik="123"))
    assert add_member(simple("Tiga")).number == 3
    assert [m.number for m in list_members()] == [1, 2, 3]


def test_numbers_are_never_reused(book):
    for name in ("Satu", "Dua", "Tiga"):
        add_member(simple(name))
    # Even if the last member's row vanished (by hand, with the guard removed) her number stays taken.
    db.execute_sql("DROP TRIGGER members_no_delete")
    db.execute_sql("PRAGMA foreign_keys = OFF")  # her audit records name her (app.audit)
    db.execute_sql("DELETE FROM members WHERE number = 3")
    db.execute_sql("PRAGMA foreign_keys = ON")
    assert add_member(simple("Empat")).number == 4


def test_update_keeps_the_number_and_changes_the_fields(book, fixed_clock):
    add_member(simple("Satu"))
    row = add_member(siti())
    updated = update_member(row.id, replace(row.as_input(), name="Siti Aminah Rahmah", phone="+62 812 5123 4567"))
    assert updated.number == row.number == 2
    assert updated.name == "Siti Aminah Rahmah"
    assert updated.nik == NIK_SITI  # her own NIK is not "taken" by herself
    assert db.execute_sql("SELECT name, phone, number FROM members WHERE id = ?", [row.id]).fetchone() == (
        "Siti Aminah Rahmah", "+62 812 5123 4567", 2
    )


def test_update_unknown_member(book):
    with pytest.raises(Rejected) as info:
        update_member(42, simple("Siapa"))
    assert info.value.codes() == ["member.not_found"]


def test_refused_update_writes_nothing(book):
    row = add_member(siti())
    before = dump()
    with pytest.raises(Rejected) as info:
        update_member(row.id, replace(row.as_input(), name="", business_ids=[1, 3]))
    assert issues(info.value) == [("name", "required")]
    assert dump() == before


# --- field rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"name": ""}, ("name", "required")),
        ({"name": "   "}, ("name", "required")),
        ({"name": "A" * 101}, ("name", "text.too_long")),
        ({"birth_place": "X" * 61}, ("birth_place", "text.too_long")),
        ({"sex": "W"}, ("sex", "member.bad_sex")),
        # born in the future: and so she joined before her birth
        ({"nik": "", "birth_date": date(2026, 8, 18)}, [("birth_date", "date.in_future"), ("joined_on", "member.joined_before_birth")]),
        ({"nik": "", "birth_date": date(1899, 12, 31)}, ("birth_date", "date.too_early")),
        ({"phone": "0812-ABCD-567"}, ("phone", "member.bad_phone")),
        ({"phone": "0812"}, ("phone", "member.bad_phone")),
        ({"phone": "08125123456789012"}, ("phone", "member.bad_phone")),
        ({"rt": "1a"}, ("rt", "member.bad_rt_rw")),
        ({"rw": "1234"}, ("rw", "member.bad_rt_rw")),
        ({"postal_code": "7145"}, ("postal_code", "member.bad_postal_code")),
        ({"postal_code": "71a55"}, ("postal_code", "member.bad_postal_code")),
        ({"welfare_stage": "kaya"}, ("welfare_stage", "member.bad_welfare_stage")),
        ({"joined_on": None}, ("joined_on", "required")),
        ({"joined_on": date(2026, 8, 18)}, ("joined_on", "date.in_future")),
        ({"joined_on": date(1990, 8, 16)}, ("joined_on", "member.joined_before_birth")),
        ({"left_on": date(2024, 2, 29)}, ("left_on", "member.left_before_joined")),
        ({"left_on": date(2026, 8, 18)}, ("left_on", "date.in_future")),
        ({"business_ids": [2, 6]}, ("business_ids", "member.unknown_business")),
    ],
)
def test_bad_field_refused_and_nothing_written(book, changes, expected):
    add_member(simple("Sudah ada"))
    assert issues(refused_add(siti(**changes))) == (expected if isinstance(expected, list) else [expected])
    assert add_member(simple("Berikut")).number == 2


def test_limits_are_inclusive(book):
    row = add_member(siti(name="A" * 100, phone="+62 812-5123-4567", rt="1", rw="012", left_on=date(2026, 8, 17)))
    assert len(row.name) == 100 and row.rw == "012" and row.left_on == date(2026, 8, 17)


@pytest.mark.parametrize(
    "value, code",
    [
        ("630801570890001", "nik.length"),  # 15 digits
        ("63080157089000012", "nik.length"),  # 17 digits
        ("63080157089O0001", "nik.not_digits"),  # a letter O for a zero
        ("6308013208900001", "nik.bad_date"),  # day 32
        ("6308011713900001", "nik.bad_date"),  # month 13
        ("6399015708900001", "nik.bad_region"),  # no kabupaten 99 in Kalimantan Selatan
        ("9908015708900001", "nik.bad_region"),  # no province 99
        ("6308015808900001", "nik.birth_date_mismatch"),  # 18 August, she was born on the 17th
        ("6308015708910001", "nik.birth_date_mismatch"),  # 1991
        ("6308011708900001", "nik.sex_mismatch"),  # a woman's day has 40 added
    ],
)
def test_nik_rules(book, value, code):
    assert issues(refused_add(siti(nik=value))) == [("nik", code)]


def test_nik_is_optional(book):
    assert add_member(siti(nik="")).nik == ""
    assert add_member(siti(nik="  ")).nik == ""  # two members without NIK do not clash
    assert db.execute_sql("SELECT nik FROM members").fetchall() == [(None,), (None,)]


def test_nik_of_a_man(book):
    assert add_member(simple("Budi", sex="L", nik=NIK_BUDI, birth_date=date(1985, 3, 5))).nik == NIK_BUDI
    issue = refused_add(simple("Budiwati", sex="P", nik="6308010503850003")).issues[0]
    assert (issue.code, issue.params) == ("nik.sex_mismatch", {"sex": "P"})


def test_nik_taken_names_the_other_member(book):
    add_member(simple("Satu"))
    add_member(siti())
    error = refused_add(simple("Ani", nik="6308.0157 0890.0001"))
    assert [(i.field, i.code, i.params) for i in error.issues] == [
        ("nik", "nik.taken", {"number": "0002", "name": "Siti Aminah"})
    ]
    other = add_member(simple("Ani", nik=NIK_ANI))
    before = dump()
    with pytest.raises(Rejected) as info:
        update_member(other.id, replace(other.as_input(), nik=NIK_SITI))
    assert info.value.codes() == ["nik.taken"]
    assert dump() == before


def test_several_issues_at_once(book):
    error = refused_add(siti(name="", nik="123", phone="abc", postal_code="1"))
    assert issues(error) == [
        ("name", "required"), ("nik", "nik.length"), ("phone", "member.bad_phone"),
        ("postal_code", "member.bad_postal_code"),
    ]


# --- leaving, history, deletion -------------------------------------------------------------


def test_mark_left_keeps_number_and_history(book):
    row = add_member(siti())
    ledger.post_entry(date(2026, 3, 1), "Simpanan pokok", [debit("1-101", 50_000), credit("3-101", 50_000, member_id=row.id)])
    assert has_transactions(row.id)
    assert count_members() == 1

    with pytest.raises(Rejected) as unsettled:  # her pokok is still held: she leaves through the settlement
        mark_left(row.id, date(2026, 8, 1))
    assert [(i.code, i.params) for i in unsettled.value.issues] == [
        ("member.unsettled", {"savings_rp": 50_000, "owed_rp": 0})]
    ledger.post_entry(date(2026, 7, 31), "Pengembalian simpanan pokok",
                      [debit("3-101", 50_000, member_id=row.id), credit("1-101", 50_000)])
    left = mark_left(row.id, date(2026, 8, 1))
    assert left.left_on == date(2026, 8, 1) and not left.active
    assert left.number == row.number and left.nik == row.nik and left.business_ids == (2,)
    assert count_members() == 0 and count_members(active_only=False) == 1
    assert [m.left_on for m in list_members()] == [date(2026, 8, 1)]
    assert ledger.member_balance(row.id, "3-101", date(2026, 7, 30)) == -50_000  # her history is all there

    with pytest.raises(Rejected) as info:
        mark_left(row.id, date(2026, 8, 10))
    assert [(i.code, i.params) for i in info.value.issues] == [("member.already_left", {"left_on": date(2026, 8, 1)})]
    assert get_member(row.id).left_on == date(2026, 8, 1)


@pytest.mark.parametrize("left_on, code", [(date(2024, 1, 1), "member.left_before_joined"), (date(2026, 9, 1), "date.in_future")])
def test_mark_left_bad_date(book, left_on, code):
    row = add_member(siti())
    before = dump()
    with pytest.raises(Rejected) as info:
        mark_left(row.id, left_on)
    assert info.value.codes() == [code]
    assert dump() == before


def test_member_cannot_be_deleted(book):
    plain = add_member(simple("Tanpa transaksi"))
    active = add_member(siti())
    ledger.post_entry(date(2026, 3, 1), "Setor", [debit("1-101", 10_000), credit("2-101", 10_000, member_id=active.id)])
    assert not has_transactions(plain.id)
    for member_id in (plain.id, active.id):
        with pytest.raises(Rejected):
            with db.atomic():
                db.execute_sql("DELETE FROM members WHERE id = ?", [member_id])
    with pytest.raises(Rejected):  # peewee's own delete meets the same trigger
        with db.atomic():
            from app.models import Member

            Member.delete_by_id(active.id)
    assert count_members(active_only=False) == 2


# --- business groups -------------------------------------------------------------------------


def test_membership_added_and_removed_through_update(book):
    row = add_member(siti(business_ids=[2, 1, 2]))
    assert row.business_ids == (1, 2)
    row = update_member(row.id, replace(row.as_input(), business_ids=[2, 5]))
    assert row.business_ids == (2, 5)
    assert db.execute_sql("SELECT business_id FROM business_members WHERE member_id = ? ORDER BY 1", [row.id]).fetchall() == [(2,), (5,)]
    row = update_member(row.id, replace(row.as_input(), business_ids=[]))
    assert row.business_ids == ()
    assert db.execute_sql("SELECT count(*) FROM business_members").fetchone()[0] == 0


def test_list_and_count(book):
    a = add_member(simple("Ani", business_ids=[1]))
    b = add_member(simple("Budi", sex="L", business_ids=[1, 3]))
    c = add_member(simple("Citra"))
    mark_left(b.id, date(2026, 6, 1))
    rows = list_members()
    assert [(m.number, m.name, m.business_ids, m.active) for m in rows] == [
        (1, "Ani", (1,), True), (2, "Budi", (1, 3), False), (3, "Citra", (), True),
    ]
    assert count_members() == 2
    assert count_members(active_only=False) == 3
    assert get_member(c.id) == rows[2] and get_member(a.id) == rows[0]
    with pytest.raises(Rejected) as info:
        get_member(99)
    assert info.value.codes() == ["member.not_found"]
