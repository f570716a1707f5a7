"""Daftar pinjaman yang dihapusbukukan: the period's write-offs (allowance and expense parts,
reason), the period's recoveries with their kuitansi, and what stays unrecovered, read back
from the PDF."""

from __future__ import annotations

from datetime import date

import pytest

from app import settings
from app.documents.catalogue import Request, generate
from app.errors import Rejected
from app.loans import allowance, lifecycle, written_off
from loan_support import disbursed, member, product
from pdf_support import page_size_mm, pdf_text


@pytest.fixture
def book_with_write_offs(book):
    settings.update({"group_name": "UP2K As Syifa", "ketua_name": "Hj. Rusmini"})
    flat = product()
    old = disbursed(member("Siti Aisyah"), flat, 2_000_000, 12, on=date(2025, 3, 1))
    lifecycle.write_off(old, date(2025, 12, 20), "Pindah ke Kalimantan Timur")
    new = disbursed(member("Nor Laila"), flat, 3_000_000, 12, on=date(2026, 1, 5))
    allowance.post(date(2026, 6, 30))  # 145 days late on 30 June, Diragukan: 50 % of 3.000.000
    lifecycle.write_off(new, date(2026, 7, 1), "Meninggal dunia")
    first = written_off.recover(old, date(2026, 2, 3), 300_000)
    second = written_off.recover(new, date(2026, 8, 1), 1_000_000)
    return first, second


def test_the_period_lists_its_write_offs_and_recoveries(book_with_write_offs, tmp_path):
    first, second = book_with_write_offs
    path = generate(Request("written_off", start=date(2026, 1, 1), end=date(2026, 8, 17)), target=tmp_path / "w.pdf")
    text = pdf_text(path)
    assert "DAFTAR PINJAMAN YANG DIHAPUSBUKUKAN" in text and "UP2K As Syifa" in text
    part = text.split("Pinjaman yang dihapusbukukan dalam periode")[1].split("Pemulihan (uang")[0]
    assert "Siti Aisyah" not in part  # written off in 2025
    assert "1 0002 Nor Laila PJ/2026/0001 01/07/2026 Rp3.000.000 Rp1.500.000 Rp1.000.000 Rp2.000.000" in part
    assert "Meninggal dunia" in part
    recoveries = text.split("Pemulihan (uang diterima atas pinjaman yang dihapusbukukan)")[1]
    assert f"1 03/02/2026 {first.receipt_number} PJ/2025/0001 Siti Aisyah Rp300.000" in recoveries
    assert f"2 01/08/2026 {second.receipt_number} PJ/2026/0001 Nor Laila Rp1.000.000" in recoveries
    assert "Jumlah Rp1.300.000" in recoveries
    assert "2 pinjaman, Rp5.000.000; dipulihkan Rp1.300.000; belum kembali Rp3.700.000" in text
    assert "( Hj. Rusmini )" in text
    width, height = page_size_mm(path)
    assert width > height


def test_english_and_a_period_without_any(book, tmp_path):
    text = pdf_text(generate(Request("written_off", start=date(2026, 1, 1), end=date(2026, 8, 17), lang="en"),
                             target=tmp_path / "e.pdf"))
    assert "LOANS WRITTEN OFF" in text and "No loan has been written off." in text
    assert "No recovery in this period." in text


def test_a_reversed_period_is_refused(book):
    with pytest.raises(Rejected) as refused:
        generate(Request("written_off", start=date(2026, 8, 1), end=date(2026, 7, 1)))
    assert refused.value.codes() == ["period.reversed"]
