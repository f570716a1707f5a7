"""The SHU documents read back with pypdf: the distribution report (preview and decided) and
the members' slips on half F4 and on A4 with cut lines."""

from __future__ import annotations

from datetime import date

from app.documents.catalogue import Request, generate
from app.yearend import periods, shu
from pdf_support import page_size_mm, page_texts, pdf_text
from loan_support import fund
from tests.yearend_support import expense, income, jasa, member
from tests.yearend_support import savings as deposit

YEAR_END = date(2025, 12, 31)


def village():
    people = member("Aminah"), member("Bariyah"), member("Chairunnisa")
    for who, amount, on in zip(people, (100_000, 200_000, 400_000),
                               (date(2025, 2, 1), date(2025, 3, 1), date(2025, 11, 30))):
        deposit(who, amount, on)
    jasa(people[0], 50_000, date(2025, 5, 5))
    jasa(people[2], 150_000, date(2025, 6, 6))
    income(7_000, date(2025, 7, 7))
    expense(40_000, date(2025, 8, 8))
    return people


def flat(text: str) -> str:
    return " ".join(text.split())


def test_report_preview_then_as_decided(book, tmp_path):
    village()
    preview = flat(pdf_text(generate(Request("shu_report", end=YEAR_END), tmp_path / "preview.pdf")))
    assert "PEMBAGIAN SISA HASIL USAHA (SHU)" in preview and "PRATINJAU" in preview
    assert "Rp207.000" in preview and "Rp167.000" in preview
    assert "Dana insentif PAUD" in preview and "Rp16.700" in preview
    periods.close_year(2025)
    shu.post(2025, date(2026, 3, 14))
    text = flat(pdf_text(generate(Request("shu_report", end=YEAR_END), tmp_path / "decided.pdf")))
    assert "PRATINJAU" not in text and "Diputuskan RAT tanggal 14 Maret 2026" in text
    assert "Aminah Rp100.000 Rp50.000 Rp4.771 Rp8.350 Rp13.121" in text
    assert "Jumlah Rp700.000 Rp200.000 Rp33.400 Rp33.400 Rp66.800" in text
    assert "simpanan sukarela" in text and "tidak ikut dibagi" in text
    assert "Mengetahui" in text


def test_slips_half_f4_one_a_page_and_a4_with_cut_lines(book, tmp_path):
    village()
    periods.close_year(2025)
    shu.post(2025, date(2026, 3, 14))
    half = generate(Request("shu_slip", end=YEAR_END, paper="HALF_F4"), tmp_path / "half.pdf")
    pages = page_texts(half)
    assert len(pages) == 3 and page_size_mm(half) == (215, 165)
    first = flat(pages[0])
    assert "SLIP SHU 2025" in first and "Aminah" in first and "Rp13.121" in first
    assert "Rp4.771 = Rp100.000 dari Rp700.000 × Rp33.400" in first
    assert "tiga belas ribu seratus dua puluh satu rupiah" in first.lower()
    a4 = page_texts(generate(Request("shu_slip", end=YEAR_END, paper="A4"), tmp_path / "a4.pdf"))
    assert len(a4) == 1 and flat(a4[0]).count("SLIP SHU 2025") == 3


def test_loss_year_report_says_so(book, tmp_path):
    fund(date(2025, 4, 1), 30_000)  # a grant (equity, not income) to pay the expense from
    expense(30_000, date(2025, 4, 4))
    text = flat(pdf_text(generate(Request("shu_report", end=YEAR_END), tmp_path / "loss.pdf")))
    assert "Rugi tahun ini (Rp30.000)" in text and "tidak ada SHU yang dibagi" in text


def test_a_reopened_period_says_so_on_its_neraca_and_lhu(book, tmp_path):
    income(9_000, date(2025, 6, 1))
    periods.close_year(2025)
    periods.reopen(date(2025, 12, 1), "Kuitansi Desember tertinggal")
    for kind in ("balance_sheet", "income_statement"):
        text = flat(pdf_text(generate(Request(kind, start=date(2025, 1, 1), end=YEAR_END), tmp_path / f"{kind}.pdf")))
        assert ("dibuka kembali mulai 1 Desember 2025 pada 17 Agustus 2026 oleh Sekretaris, alasan: "
                "Kuitansi Desember tertinggal") in text
    other = flat(pdf_text(generate(Request("income_statement", start=date(2026, 1, 1), end=date(2026, 6, 30)),
                                   tmp_path / "2026.pdf")))
    assert "dibuka kembali" not in other
