"""Profil kelompok (lomba UP2K) and the Pokja II row: every figure from the book, the same as
the services and the ledger give, read back from the PDFs."""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger, members, savings, settings
from app.businesses import add_business, list_businesses
from app.documents.catalogue import Request, generate
from app.group_profile import pokja2_rows, profile
from app.ledger import credit, debit
from app.members import MemberInput
from loan_support import disbursed, product
from pdf_support import pdf_text

TODAY = date(2026, 8, 17)


@pytest.fixture
def group(book):
    settings.update({
        "group_name": "UP2K As Syifa", "ketua_name": "Hj. Rusmini", "bendahara_name": "Mariatul Qiftiah",
        "founded_year": "2009", "starting_capital_rp": "800.000", "starting_capital_source": "Swadaya anggota",
        "partners": "Bank Kalsel; CSR PT Adaro", "up2k_level": "Madya", "dusun": "Dusun I",
        "desa": "Pandulangan", "kecamatan": "Sungai Pandan"})
    seeded = {b.name: b.id for b in list_businesses()}  # a new book has the usual five
    bordir = seeded.get("Bordir") or add_business("Bordir").id
    telur = seeded.get("Telur itik Alabio") or add_business("Telur itik Alabio").id
    people = [
        members.add_member(MemberInput(name="Siti Aisyah", sex="P", welfare_stage="pra_sejahtera", joined_on=date(2025, 1, 2),
                                       business_ids=[bordir])),
        members.add_member(MemberInput(name="Aminah", sex="P", welfare_stage="ks1", joined_on=date(2025, 1, 2),
                                       business_ids=[bordir, telur])),
        members.add_member(MemberInput(name="Rahmat", sex="L", welfare_stage="ks1", joined_on=date(2025, 1, 2),
                                       business_ids=[telur])),
        members.add_member(MemberInput(name="Nor Laila", sex="P", joined_on=date(2025, 1, 2), business_ids=[telur])),
    ]
    members.mark_left(people[3].id, date(2026, 3, 1))
    for person in people[:3]:
        savings.deposit(person.id, "pokok", 10_000, date(2025, 1, 2))
    savings.deposit(people[0].id, "sukarela", 50_000, date(2026, 2, 2))
    ledger.post_entry(date(2025, 6, 1), "Hibah CSR PT Adaro", [debit("1-102", 25_000_000), credit("3-201", 25_000_000)])
    ledger.post_entry(date(2025, 6, 1), "Tarik tunai untuk pinjaman", [debit("1-101", 3_500_000),
                                                                      credit("1-102", 3_500_000)])
    ledger.post_entry(date(2026, 7, 1), "Jual telur 10 rak", [debit("1-101", 750_000),
                                                             credit("4-201", 750_000, business_id=telur)])
    ledger.post_entry(date(2025, 12, 1), "Jual bordir (tahun lalu)", [debit("1-101", 400_000),
                                                                     credit("4-201", 400_000, business_id=bordir)])
    flat = product()
    disbursed(people[0].id, flat, 2_000_000, 10, on=date(2025, 11, 1))
    disbursed(people[1].id, flat, 1_000_000, 10, on=date(2026, 3, 1))
    disbursed(people[1].id, flat, 500_000, 10, on=date(2026, 4, 1))
    return {"bordir": bordir, "telur": telur, "people": people}


def test_profile_figures_are_the_books(group):
    data = profile(TODAY)
    assert data.members == members.count_members() == 3
    assert data.members_by_sex == {"L": 1, "P": 2}
    assert data.members_by_stage["ks1"] == 2 and data.members_by_stage["pra_sejahtera"] == 1
    assert (data.borrowers, data.loans_outstanding) == (2, 3)
    assert data.outstanding_rp == ledger.account_balance("1-201", TODAY) == 3_500_000
    assert (data.loans_this_year, data.disbursed_this_year_rp) == (2, 1_500_000)
    assert data.savings_rp == {"pokok": 30_000, "wajib": 0, "sukarela": 50_000}
    assets = sum(r.debit_rp - r.credit_rp for r in ledger.trial_balance(TODAY) if r.kind == "asset")
    assert data.total_assets_rp == assets
    assert data.current_capital_rp == assets - 50_000  # less sukarela, owed to the members
    turnover = {b.name: (b.members, b.turnover_rp) for b in data.businesses}
    assert turnover["Bordir"] == (2, 0)  # last year's sale is not this year's turnover
    assert turnover["Telur itik Alabio"] == (2, 750_000)  # Nor Laila left
    assert data.turnover_this_year_rp == 750_000
    assert [(g.description, g.amount_rp) for g in data.grants] == [("Hibah CSR PT Adaro", 25_000_000)]
    assert data.starting_capital_rp == 800_000 and data.up2k_level == "Madya"
    earlier = profile(date(2026, 2, 28))
    assert earlier.members == 4 and earlier.turnover_this_year_rp == 0


def test_the_profile_pdf(group, tmp_path):
    data = profile(TODAY)
    text = pdf_text(generate(Request("group_profile", end=TODAY), target=tmp_path / "p.pdf"))
    assert "PROFIL KELOMPOK UP2K-PKK" in text and "UP2K As Syifa" in text and "Hj. Rusmini" in text
    assert "Tahun berdiri 2009" in text and "Tingkat UP2K Madya" in text
    assert "Modal awal Rp800.000" in text and "Swadaya anggota" in text
    money = lambda rp: f"Rp{rp:,}".replace(",", ".")  # noqa: E731
    assert f"modal awal Rp800.000 → {money(data.current_capital_rp)}, 3 anggota" in text
    assert "Anggota aktif 3 orang" in text and "Laki-laki / perempuan 1 / 2" in text
    assert f"Sisa pinjaman beredar {money(ledger.account_balance('1-201', TODAY))} (3 pinjaman)" in text
    assert "Anggota yang sedang meminjam 2 orang" in text
    assert "Pinjaman dicairkan tahun 2026 2 pinjaman, Rp1.500.000" in text
    assert "Telur itik Alabio 2 Rp750.000" in text and "Hibah CSR PT Adaro Rp25.000.000" in text
    assert "Bank Kalsel; CSR PT Adaro" in text
    assert "( Mariatul Qiftiah )" in text
    assert "Modal kelompok dari tahun ke tahun" in text  # savings, grants, bank loans, reserves by year
    savings = -sum(ledger.account_balance(code, TODAY) for code in ("3-101", "3-102", "2-101"))
    assert f"2026 {money(savings)} Rp25.000.000" in text


def test_pokja2_rows_and_pdf(group, tmp_path):
    rows = pokja2_rows(TODAY)
    assert [(r.level_of_area, r.area) for r in rows] == [("group", "Dusun I"), ("desa", "Pandulangan"),
                                                         ("kecamatan", "Sungai Pandan")]
    own, desa, kecamatan = rows
    assert own.groups == {"Pemula": 0, "Madya": 1, "Utama": 0, "Mandiri": 0} and own.participants["Madya"] == 3
    # one group's book cannot total its desa or kecamatan: the TP PKK's recap does
    assert desa.groups is desa.participants is kecamatan.groups is kecamatan.participants is None
    text = pdf_text(generate(Request("pokja2", end=TODAY), target=tmp_path / "k.pdf"))
    assert "DATA KELOMPOK UP2K-PKK (POKJA II)" in text
    assert "Pemula" in text and "Madya" in text and "Utama" in text and "Mandiri" in text
    assert "Kelompok UP2K As Syifa, Dusun I 0 0 1 3 0 0 0 0 1 3" in text
    assert "Desa Pandulangan Diisi oleh TP PKK Desa" in text
    assert "Kecamatan Sungai Pandan Diisi oleh TP PKK Kecamatan" in text and "tingkat Madya" in text
    assert "Desa Pandulangan 0" not in text and "Baris desa dan kecamatan diisi oleh TP PKK" in text


def test_an_empty_book_says_what_is_not_set(book, tmp_path):
    settings.update({"default_desa": "", "default_kecamatan": ""})
    text = pdf_text(generate(Request("group_profile", end=TODAY, lang="en"), target=tmp_path / "e.pdf"))
    assert "UP2K-PKK GROUP PROFILE" in text and "(not set in Pengaturan)" in text
    text = pdf_text(generate(Request("pokja2", end=TODAY), target=tmp_path / "k.pdf"))
    assert "Tingkat UP2K belum diisi di Pengaturan." in text
