"""Personal data (UU 27/2022): NIK and address masked for the roles that do not keep the
register, erasure that keeps every money record, its refusals, and a member's own export."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook

from app import leaving, ledger, members, privacy, settings
from app.access import roles, session
from app.audit import log, personal, words
from app.audit.verify import verify
from app.db import db
from app.errors import Rejected
from app.ledger import credit, debit
from app.loans import lifecycle
from app.members import MemberInput
from loan_support import product

NIK = "6308014101900001"  # HSU, born 1 January 1990, a woman (day + 40)


@pytest.fixture
def siti(book) -> int:
    return members.add_member(MemberInput(
        name="Siti Aminah", nik=NIK, sex="P", birth_place="Amuntai", birth_date=date(1990, 1, 1),
        phone="081234567890", street="Jl. Pandulangan", rt="003", rw="001", desa="Pandulangan",
        kecamatan="Sungai Pandan", kabupaten="Hulu Sungai Utara", provinsi="Kalimantan Selatan", postal_code="71455",
        welfare_stage="ks1", joined_on=date(2025, 1, 2))).id


def save(member_id: int, amount: int, on: date = date(2025, 3, 1)) -> int:
    return ledger.post_entry(on, "Setoran simpanan", [debit("1-101", amount), credit("3-102", amount, member_id=member_id)])


@pytest.fixture
def signed_in():
    def sign_in(*held):
        settings.record({roles.SIGN_IN: "on"})
        session.start(session.Who(1, "Petugas", frozenset(held)))

    yield sign_in
    session.end()


def test_mask_nik():
    assert privacy.mask_nik(NIK) == "6308\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220001"
    assert privacy.mask_nik("") == "" and privacy.mask_nik("1234") == "\u2022" * 4


def test_everyone_sees_everything_while_sign_in_is_off(siti):
    assert privacy.can_see_personal()
    assert privacy.shown(members.get_member(siti)).nik == NIK


@pytest.mark.parametrize("held, full", [
    ({"ketua"}, True), ({"sekretaris"}, True), ({"bendahara"}, False), ({"pemeriksa"}, False),
    ({"bendahara", "sekretaris"}, True),
])
def test_masked_by_role(siti, signed_in, held, full):
    signed_in(*held)
    shown = privacy.shown(members.get_member(siti))
    assert privacy.can_see_personal() is full
    if full:
        assert shown.nik == NIK and shown.street == "Jl. Pandulangan"
    else:
        assert shown.nik == "6308\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220001"
        assert (shown.street, shown.rt, shown.rw, shown.postal_code) == ("", "", "", "")
        assert shown.desa == "Pandulangan" and shown.name == "Siti Aminah"


def test_member_records_shown_as_the_member_table_shows_her(siti, signed_in):
    members.update_member(siti, replace(members.get_member(siti).as_input(), phone="081399990000", rt="004"))
    edited = log.records(kind="member", member_id=siti)[-1]
    signed_in("bendahara")
    assert personal.shown_detail(edited)["changes"] == {"phone": ["081234567890", "081399990000"],
                                                        "rt": ["\u2022\u2022\u2022", "\u2022\u2022\u2022"]}
    added = words.detail_text(personal.shown_detail(log.records(kind="member", member_id=siti)[0]))
    assert "NIK: (kosong) \u2192 6308\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220001" in added
    assert "Nama: (kosong) \u2192 Siti Aminah" in added and "Tanggal keluar" not in added


def test_signed_out_sees_nothing_in_full(siti, signed_in):
    signed_in("ketua")
    session.end()
    assert not privacy.can_see_personal()


def test_member_register_masked_for_a_bendahara(siti, signed_in, tmp_path):
    from app.documents.catalogue import Request, generate
    from pdf_support import pdf_text

    signed_in("bendahara")
    text = pdf_text(generate(Request("member_register", end=date(2026, 8, 17)), target=tmp_path / "r.pdf"))
    assert NIK not in text and "Jl. Pandulangan" not in text and "Pandulangan" in text
    assert "6308" in text and "0001" in text
    session.start(session.Who(1, "Petugas", frozenset({"ketua"})))
    settings.record({roles.SIGN_IN: ""})  # the Ketua turns sign-in off: whoever opens Lumbung sees all
    session.end()
    text = pdf_text(generate(Request("member_register", end=date(2026, 8, 17)), target=tmp_path / "s.pdf"))
    assert NIK in text.replace(" ", "") and "Jl. Pandulangan" in text


def test_erasure_keeps_the_money_and_records_no_erased_value(siti):
    deposit = save(siti, 50_000)
    result = leaving.settle(siti, date(2026, 8, 1))
    postings = db.execute_sql("SELECT id, amount_rp FROM postings WHERE member_id = ? ORDER BY id", (siti,)).fetchall()
    erased = privacy.erase_member(siti, "Permintaan anggota (UU 27/2022)")
    assert erased.name == "Anggota 0001 (data dihapus)"
    assert (erased.nik, erased.birth_date, erased.birth_place, erased.phone, erased.street, erased.desa,
            erased.kecamatan, erased.welfare_stage) == ("", None, "", "", "", "", "", "")
    assert erased.number == 1 and erased.joined_on == date(2025, 1, 2) and erased.left_on == date(2026, 8, 1)
    assert db.execute_sql("SELECT id, amount_rp FROM postings WHERE member_id = ? ORDER BY id", (siti,)).fetchall() \
        == postings
    assert db.execute_sql("SELECT count(*) FROM journal_entries WHERE id IN (?, ?)",
                          (deposit, result.entry_id)).fetchone() == (2,)
    (record,) = log.records(kind="erasure")
    assert record.member_id == siti and record.subject == "Anggota 0001"
    assert record.detail["reason"] == "Permintaan anggota (UU 27/2022)" and "nik" in record.detail["fields"]
    everything = json.dumps([(r.subject, r.detail) for r in log.records()])
    for value in (NIK, "Siti Aminah", "081234567890", "Jl. Pandulangan", "Amuntai"):
        assert value not in everything
    row = db.execute_sql("SELECT name, nik, phone, street, birth_date FROM members WHERE id = ?", (siti,)).fetchone()
    assert row == ("Anggota 0001 (data dihapus)", None, "", "", None)
    # the member records from before keep their place in the chain, their values unreadable now
    added = log.records(kind="member", member_id=siti)[0]
    assert personal.shown_detail(added)["changes"]["nik"] == ["(data dihapus)", "(data dihapus)"]
    assert words.subject_text(added.subject, "member", siti, {siti: members.get_member(siti).name}) \
        == "Anggota 0001 (data dihapus)"
    assert verify().clean


def test_erasure_refused_for_an_active_member(siti):
    before = log.records()
    with pytest.raises(Rejected) as refused:
        privacy.erase_member(siti, "Permintaan anggota")
    assert refused.value.codes() == ["privacy.still_member"]
    assert members.get_member(siti).nik == NIK and log.records() == before


def test_erasure_refused_while_she_holds_savings(siti):
    save(siti, 50_000)
    db.execute_sql("UPDATE members SET left_on = '2026-08-01' WHERE id = ?", (siti,))  # left without settling
    with pytest.raises(Rejected) as refused:
        privacy.erase_member(siti, "Permintaan anggota")
    assert refused.value.codes() == ["privacy.unsettled"]
    assert refused.value.issues[0].params["savings_rp"] == 50_000


def test_erasure_refused_with_a_pending_application(siti):
    lifecycle.apply(siti, product(), 500_000, 5, date(2026, 9, 1))
    db.execute_sql("UPDATE members SET left_on = '2026-08-01' WHERE id = ?", (siti,))
    with pytest.raises(Rejected) as refused:
        privacy.erase_member(siti, "Permintaan anggota")
    assert refused.value.codes() == ["privacy.loan_pending"]


def test_erasure_needs_a_reason_and_happens_once(siti):
    members.mark_left(siti, date(2026, 8, 1))
    with pytest.raises(Rejected) as refused:
        privacy.erase_member(siti, "  ")
    assert refused.value.codes() == ["required"]
    privacy.erase_member(siti, "Permintaan anggota")
    with pytest.raises(Rejected) as again:
        privacy.erase_member(siti, "Permintaan anggota")
    assert again.value.codes() == ["privacy.already_erased"]


def test_erasure_is_the_ketuas(siti, signed_in):
    members.mark_left(siti, date(2026, 8, 1))
    signed_in("sekretaris")
    with pytest.raises(Rejected) as refused:
        privacy.erase_member(siti, "Permintaan anggota")
    assert refused.value.codes() == ["access.role_needed"]
    session.start(session.Who(2, "Bu Ketua", frozenset({"ketua"})))
    assert privacy.erase_member(siti, "Permintaan anggota").nik == ""
    assert log.records(kind="erasure")[0].user == "Bu Ketua"


def test_her_own_export(siti, tmp_path):
    save(siti, 50_000)
    path = privacy.export_personal_data(siti, str(tmp_path / "siti.xlsx"))
    sheet = load_workbook(path).active
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    flat = [v for row in cells for v in row if v is not None]
    assert "Siti Aminah" in flat and NIK in flat and "081234567890" in flat
    (money,) = [row for row in cells if row[0] == "Transaksi"]
    assert money[4] == -50_000 and "3-102" in money[3]  # her credit to simpanan wajib
    (record,) = log.records(kind="export")
    assert record.member_id == siti and record.detail["file"] == str(path)
    assert NIK not in json.dumps(record.detail)


def test_her_own_export_refused_to_a_bendahara(siti, signed_in, tmp_path):
    signed_in("bendahara")
    with pytest.raises(Rejected) as refused:
        privacy.export_personal_data(siti, str(tmp_path / "siti.xlsx"))
    assert refused.value.codes() == ["privacy.not_allowed"]
    assert not (tmp_path / "siti.xlsx").exists()
