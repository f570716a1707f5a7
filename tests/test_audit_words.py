"""Every record of the audit trail reads in her words (issue 15's review): no codes such as
"wrong_password" or "ks2", no ISO dates, no Python lists; an erased member's sealed fields said
once. The screen and the PDF both use app.audit.words."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from app import leaving, members, privacy, settings
from app.access import roles, session, users
from app.audit import log, personal, words
from app.errors import Rejected
from app.members import MemberInput

RAW = re.compile(r"\b[a-z]+_[a-z_]+\b|\d{4}-\d{2}-\d{2}|\[|'|\bks\d")
RAW_ID = re.compile(r"\bon\b")  # a setting's "on" (in English, "Joined on" is a word)


@pytest.fixture
def trail(book):
    siti = members.add_member(MemberInput(name="Siti Aminah", nik="6308014101900001", sex="P", phone="081234567890",
                                          welfare_stage="ks2", joined_on=date(2025, 1, 2))).id
    members.update_member(siti, replace(members.get_member(siti).as_input(), welfare_stage="pra_sejahtera"))
    leaving.settle(siti, date(2026, 8, 1))
    users.turn_on_sign_in("Bu Rahmah", "padi-menguning-7")
    nur = users.add_user("Nurul", ["pemeriksa"], "buku-anggota-1")
    users.change_roles(nur.id, ["pemeriksa", "sekretaris"])
    users.set_idle_minutes(20)
    users.set_single_officer(True)
    users.reset_password(nur.id, "sandi-baru-nurul")
    users.sign_out()
    for wrong in ("salah-satu-aa", "salah-dua-bbb"):
        with pytest.raises(Rejected):
            users.sign_in("Nurul", wrong)
    with pytest.raises(Rejected):
        users.sign_in("Orang Lain", "apa-saja-deh")
    users.sign_in("Bu Rahmah", "padi-menguning-7")
    privacy.erase_member(siti, "Permintaan anggota")
    yield siti
    session.end()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_record_reads_in_her_words(trail, lang):
    said = {r.id: words.detail_text(personal.shown_detail(r), lang) for r in log.records()}
    raw = {rid: text for rid, text in said.items() if RAW.search(text) or (lang == "id" and RAW_ID.search(text))}
    assert raw == {}
    joined = " | ".join(said.values())
    if lang == "id":
        for expected in ("Tugas: Pemeriksa \u2192 Pemeriksa, Sekretaris", "Alasan: kata sandi salah; Berturut-turut: 2",
                         "Alasan: nama tidak dikenal", "Masuk dengan kata sandi: tidak \u2192 ya",
                         "Kunci layar (menit): 15 \u2192 20", "kata sandi diatur ulang oleh Ketua",
                         "Tanggal keluar: (kosong) \u2192 01/08/2026"):
            assert expected in joined, expected


def test_an_erased_members_fields_are_said_once(trail):
    added = log.records(kind="member", member_id=trail)[0]
    text = words.detail_text(personal.shown_detail(added))
    assert text.count("(data dihapus)") == 0 and "Isian yang dihapus (UU 27/2022): " in text
    assert "NIK" in text and "Siti" not in text


def test_the_single_officer_setting_is_recorded(trail):
    assert settings.get(roles.SINGLE_OFFICER) == "on"
    (record,) = [r for r in log.records(kind="settings") if "single_officer" in r.detail.get("changes", {})]
    assert words.detail_text(record.detail) == "Satu petugas boleh mengajukan dan menyetujui: tidak \u2192 ya"
