"""The RAT pack (kind "rat_pack") read back with pypdf: a closed and shared year on a book with
loans, a business and a funder; every section, its figures equal to the statements', the table
of contents pointing at the right pages, headings and signatures never left alone."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app import financial_statements as fs
from app import ledger, settings
from app.documents.catalogue import Request, generate
from app.documents.shu import year_shu
from app.formatting import rupiah
from app.funds import funders
from app.funds.funders import FunderInput
from app.loans import payments
from app.yearend import periods, shu
from loan_support import disbursed, product
from pdf_support import page_texts
from tests.yearend_support import income, jasa, member, savings
from usaha_support import ALABIO, capital

YEAR_END = date(2025, 12, 31)
SECTIONS = ("NERACA", "LAPORAN HASIL USAHA", "LAPORAN ARUS KAS", "LAPORAN PERUBAHAN EKUITAS",
            "CATATAN ATAS LAPORAN KEUANGAN", "PEMBAGIAN SISA HASIL USAHA (SHU)", "LAPORAN PORTOFOLIO PINJAMAN",
            "HASIL USAHA KELOMPOK", "LAPORAN SUMBER DANA")
SUB_HEADINGS = ("ASET (AKTIVA)", "KEWAJIBAN", "EKUITAS (MODAL)", "PENDAPATAN", "BEBAN", "Perhitungan SHU",
                "Pembagian menurut aturan", "Bagian anggota", "Ringkasan menurut kolektibilitas",
                "Laporan laba rugi", "Modal kelompok dari tahun ke tahun")


@pytest.fixture
def year(book):
    settings.update({"group_name": "UP2K As Syifa", "ketua_name": "Hj. Rusmini", "bendahara_name": "Masitah",
                     "sekretaris_name": "Nor Aida", "place_name": "Amuntai"})
    people = [member(name, business_ids=[ALABIO]) for name in ("Aminah", "Bariyah", "Chairunnisa", "Siti Aisyah")]
    for who, amount in zip(people, (100_000, 200_000, 400_000, 300_000)):
        savings(who, amount, date(2025, 2, 1))
    for n in range(1, 46):  # enough members for the SHU table to run over a page
        savings(member(f"Anggota {n:02d}"), 10_000 * n, date(2025, 3, 1))
    tambang = funders.add_funder(FunderInput("csr", "CSR Tambang Batubara", "Bpk. Rahmat", "Peduli UMKM 2025",
                                             "PKS/017/CSR/2025")).id
    funders.receive_grant(tambang, 5_000_000, date(2025, 2, 3), "1-101")
    flat = product()
    for who, on in zip(people[:3], (date(2025, 3, 10), date(2025, 5, 10), date(2025, 9, 10))):
        loan = disbursed(who, flat, 1_200_000, 12, on=on)
        payments.pay(loan, 110_000, date(on.year, on.month + 1, 10))
    jasa(people[3], 20_000, date(2025, 6, 6))
    capital(ALABIO, date(2025, 4, 1), 300_000)
    income(250_000, date(2025, 7, 7), "4-201", business_id=ALABIO)
    periods.close_year(2025)
    shu.post(2025, date(2026, 3, 14))


def _pack(tmp_path, name="rat.pdf"):
    return page_texts(generate(Request("rat_pack", end=YEAR_END), tmp_path / name))


def test_the_pack_has_every_section_and_the_statements_figures(year, tmp_path):
    pages = _pack(tmp_path)
    text = " ".join(pages)
    cover = pages[0]
    assert "UP2K As Syifa" in cover and "Rapat Anggota Tahunan 2025" in cover and "Amuntai, 14 Maret 2026" in cover
    assert "Hj. Rusmini" in cover and "Nor Aida" in cover and "Masitah" in cover
    for title in SECTIONS:
        assert title in text, title
    assert "PRATINJAU" not in text and "Diputuskan RAT tanggal 14 Maret 2026" in text
    assert all(f"Halaman {n} dari {len(pages)}" in page for n, page in enumerate(pages, start=1))

    sheet = fs.balance_sheet(YEAR_END, date(2024, 12, 31))
    assert f"JUMLAH KEWAJIBAN DAN EKUITAS {rupiah(sheet.liabilities_and_equity_rp)} Rp0" in text
    lhu = fs.income_statement(date(2025, 1, 1), YEAR_END)
    assert lhu.shu_rp == year_shu(2025).shu_rp > 0
    assert f"SISA HASIL USAHA (SHU) {rupiah(lhu.shu_rp)}" in text
    assert f"SHU yang dibagi {rupiah(year_shu(2025).shu_rp)}" in text
    outstanding = ledger.account_balance("1-201", YEAR_END)
    assert outstanding > 0
    portfolio = next(p for p in pages if "Ringkasan menurut kolektibilitas" in p)
    assert f"Jumlah 3 {rupiah(outstanding)} 100,00%" in portfolio
    assert "Telur itik Alabio" in text and "Bordir" not in text and "CSR Tambang Batubara" in text


def test_contents_point_at_the_sections_and_nothing_is_left_alone(year, tmp_path):
    pages = _pack(tmp_path)
    contents = pages[0][pages[0].index("Daftar isi"):]
    for title in SECTIONS:  # reportlab draws an entry's leader dots and page number before its title
        found = re.search(r"\.\s*(\d+)\s+" + re.escape(title), contents)
        assert found, title
        page = pages[int(found.group(1)) - 1]
        assert page.startswith(title) or page.lstrip().startswith(title), (title, page[:80])
    running = re.compile(r"UP2K As Syifa (" + "|".join(re.escape(t) for t in SECTIONS) + r")$")
    continued = []
    for number, page in enumerate(pages[1:], start=2):
        body = re.sub(r"(Dicetak \S+ dengan Lumbung|Halaman \d+ dari \d+)", "", page).strip()
        header = running.search(body)  # drawn last: the running header of a continuation page
        if header:
            continued.append(header.group(1))
            body = body[:header.start()].strip()
        for heading in SECTIONS + SUB_HEADINGS:
            assert not body.endswith(heading), (number, heading)
    assert "PEMBAGIAN SISA HASIL USAHA (SHU)" in continued
    signed = [page for page in pages if "Mengetahui," in page]
    assert len(signed) == len(SECTIONS)
    for page in signed:  # the signatures stand under the section's last rows, on the same page
        above = page[:page.index("Mengetahui,")]
        assert "Jumlah" in above or "Rp" in above, page[:200]
        assert "Sekretaris" in page and "( Nor Aida )" in page


def test_a_year_not_yet_shared_shows_the_preview(book, tmp_path):
    savings(member("Aminah"), 100_000, date(2025, 2, 1))
    jasa(member("Bariyah"), 30_000, date(2025, 5, 5))
    text = " ".join(_pack(tmp_path))
    assert "PRATINJAU" in text and "LAPORAN SUMBER DANA" in text and "Kelompok belum mempunyai usaha." in text
    english = " ".join(page_texts(generate(Request("rat_pack", end=YEAR_END, lang="en"), tmp_path / "en.pdf")))
    assert "Annual Members' Meeting 2025" in english and "PREVIEW" in english and "Page 1 of" in english
