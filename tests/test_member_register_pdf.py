"""Buku Daftar Anggota read back from the PDF: every member who had joined by the day with
number, NIK, sex, birth, address, welfare stage, groups, joining and leaving dates."""

from __future__ import annotations

from datetime import date

from app import members
from app.businesses import add_business, list_businesses
from app.documents.catalogue import Request, generate
from app.members import MemberInput, add_member
from app.models import Member
from pdf_support import page_size_mm, pdf_text

NIK = "6308054208880001"  # Sungai Pandan, born 02/08/1988 (a woman: day + 40)


def _members():
    seeded = {b.name: b.id for b in list_businesses()}
    bordir, itik = add_business("Bordir Sasirangan").id, seeded[sorted(seeded)[0]]
    siti = add_member(MemberInput(
        name="Siti Aisyah", nik=NIK, sex="P", birth_place="Alabio", birth_date=date(1988, 8, 2),
        street="Jl. Alabio-Amuntai", rt="011", rw="001", desa="Pandulangan", kecamatan="Sungai Pandan",
        welfare_stage="pra_sejahtera", joined_on=date(2025, 1, 2), business_ids=[bordir, itik]))
    abdul = add_member(MemberInput(name="H. Abdul Hamid", sex="L", desa="Teluk Sinar", welfare_stage="ks1",
                                   joined_on=date(2025, 3, 4)))
    members.mark_left(abdul.id, date(2026, 5, 31))
    late = add_member(MemberInput(name="Baru Masuk", joined_on=date(2026, 8, 10)))
    return siti, abdul, late


def test_register_lists_members_as_of_the_day(book):
    _members()
    path = generate(Request("member_register", end=date(2026, 8, 17)))
    text = pdf_text(path)
    assert page_size_mm(path) == (297.0, 210.0)
    assert "BUKU DAFTAR ANGGOTA" in text and "Keadaan per 17 Agustus 2026" in text
    assert (f"1 0001 Siti Aisyah {NIK} P Alabio, 02/08/1988 Jl. Alabio-Amuntai, RT 011 / RW 001, Pandulangan,"
            in text)
    groups = ", ".join(sorted(["Bordir Sasirangan", sorted(b.name for b in list_businesses())[0]],
                              key=lambda name: {b.name: b.id for b in list_businesses()}[name]))
    assert f"Pra Sejahtera {groups} 02/01/2025" in text
    assert "2 0002 H. Abdul Hamid L" in text and "Keluar 31/05/2026" in text
    assert "3 0003 Baru Masuk" in text
    assert "Anggota aktif 2, keluar 1, jumlah 3" in text


def test_earlier_day_leaves_out_later_members_and_leaving(book):
    _members()
    text = pdf_text(generate(Request("member_register", lang="en", end=date(2026, 5, 1), paper="F4")))
    assert "REGISTER OF MEMBERS" in text and "As of 1 May 2026" in text
    assert "Baru Masuk" not in text and "Left 31/05/2026" not in text
    assert "Pre-prosperous" in text and "KS I" in text
    assert "Active members 2, left 0, total 2" in text


def test_long_and_arabic_names_print(book):
    siti, abdul, _ = _members()
    Member.update(name="Siti Nur'aini binti Haji Abdurrahman " * 5 + "Akhir").where(Member.id == siti.id).execute()
    Member.update(name="نور عائشة").where(Member.id == abdul.id).execute()
    text = pdf_text(generate(Request("member_register", end=date(2026, 8, 17))))
    assert "Akhir" in text and text.count("Abdurrahman") == 5

