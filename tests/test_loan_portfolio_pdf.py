"""Laporan portofolio pinjaman: every loan outstanding on a date with arrears and kolektibilitas,
the summary by class, totals equal to the ledger's 1-201 on that date, read back from the PDF."""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger, settings
from app.documents.catalogue import Request, generate
from app.documents.loan_portfolio import percent, portfolio
from app.loans import lifecycle, payments, written_off
from app.reversals import reverse
from loan_support import disbursed, member, product
from pdf_support import page_size_mm, pdf_text

TODAY = date(2026, 8, 17)


@pytest.fixture
def loans(book):
    settings.update({"group_name": "UP2K As Syifa", "ketua_name": "Hj. Rusmini"})
    flat = product()
    siti, aminah, masitah, rusmi, nor = (member(n) for n in
                                         ("Siti Aisyah", "Aminah", "Hj. Masitah", "Rusmilawati", "Nor Laila"))
    late = disbursed(siti, flat, 9_000_000, 12, on=date(2026, 5, 10))  # 840.000 a month
    payments.pay(late, 840_000, date(2026, 6, 10))
    second = payments.pay(late, 840_000, date(2026, 7, 10))
    current = disbursed(aminah, flat, 1_200_000, 12, on=date(2026, 7, 20))
    macet = disbursed(masitah, flat, 3_000_000, 12, on=date(2026, 1, 5))
    paid = disbursed(rusmi, flat, 1_200_000, 12, on=date(2026, 3, 1))
    payments.pay(paid, payments.payoff_amount(paid, date(2026, 4, 1)), date(2026, 4, 1))
    gone = disbursed(nor, flat, 2_000_000, 12, on=date(2025, 6, 1))
    lifecycle.write_off(gone, date(2026, 8, 1), "Meninggal dunia")
    return {"late": late, "current": current, "macet": macet, "paid": paid, "gone": gone,
            "second_payment": second.entry_id}


def test_rows_classes_and_totals_equal_the_ledger(loans):
    data = portfolio(TODAY)
    by_number = {r.member_name: r for r in data.rows}
    assert sorted(by_number) == ["Aminah", "Hj. Masitah", "Siti Aisyah"]  # paid off and written off are gone
    siti = by_number["Siti Aisyah"]
    assert (siti.outstanding_rp, siti.arrears_rp, siti.days_late, siti.kolektibilitas) == (
        7_500_000, 840_000, 7, "dalam_perhatian_khusus")
    assert by_number["Aminah"].kolektibilitas == "lancar" and by_number["Aminah"].arrears_rp == 0
    assert by_number["Hj. Masitah"].days_late == (TODAY - date(2026, 2, 5)).days
    assert by_number["Hj. Masitah"].kolektibilitas == "macet"
    assert data.total_outstanding_rp == 7_500_000 + 1_200_000 + 3_000_000 == ledger.account_balance("1-201", TODAY)
    assert sum(c.outstanding_rp for c in data.classes) == data.total_outstanding_rp
    assert sum(c.loans for c in data.classes) == 3
    assert [c.loans for c in data.classes] == [1, 1, 0, 0, 1]


def test_an_earlier_date_sees_the_book_as_it_was_then(loans):
    reverse(loans["second_payment"], "Salah catat", date(2026, 8, 15))
    on = date(2026, 7, 31)
    data = portfolio(on)  # the payment reversed later still counts; the loan written off later is there
    assert data.total_outstanding_rp == ledger.account_balance("1-201", on)
    names = {r.member_name: r for r in data.rows}
    assert names["Siti Aisyah"].outstanding_rp == 7_500_000
    assert names["Nor Laila"].outstanding_rp == 2_000_000
    assert portfolio(TODAY).total_outstanding_rp == ledger.account_balance("1-201", TODAY)
    assert {r.member_name: r.outstanding_rp for r in portfolio(TODAY).rows}["Siti Aisyah"] == 8_250_000


def test_the_pdf_lists_the_loans_the_summary_and_the_totals(loans, tmp_path):
    written_off.recover(loans["gone"], date(2026, 8, 10), 250_000)
    path = generate(Request("loan_portfolio", end=TODAY), target=tmp_path / "p.pdf")
    text = pdf_text(path)
    assert "LAPORAN PORTOFOLIO PINJAMAN" in text and "Keadaan per 17 Agustus 2026" in text
    for name in ("Siti Aisyah", "Aminah", "Hj. Masitah"):
        assert name in text
    assert "Rusmilawati" not in text
    loans_part, written_off_part = text.split("Pinjaman yang dihapusbukukan sampai 17 Agustus 2026")
    assert "Nor Laila" not in loans_part  # written off: in its own section, with its recovery
    assert "1 0005 Nor Laila PJ/2025/0001 01/08/2026 Rp2.000.000 Rp0 Rp250.000 Rp1.750.000" in written_off_part
    assert "Rp7.500.000" in text and "Rp840.000" in text
    assert "Dalam Perhatian Khusus" in text and "Macet" in text and "Lancar" in text
    total = ledger.account_balance("1-201", TODAY)
    assert f"Jumlah 3 Rp{total:,}".replace(",", ".") in text  # summary: loans and outstanding
    assert percent(10_000) == "100,00%" and "100,00%" in text
    assert "( Hj. Rusmini )" in text
    # The allowance by class: Lancar 0,5 % of 1.200.000, DPK 5 % of 7.500.000, Macet 100 % of 3.000.000.
    assert "Lancar 1 Rp1.200.000" in text and "0,50% Rp6.000" in text
    assert "5,00% Rp375.000" in text and "100,00% Rp3.000.000" in text
    assert ("Penyisihan piutang tak tertagih dibukukan (akun 1-203): Rp0; selisih dengan yang dibutuhkan: Rp3.381.000"
            in text)
    width, height = page_size_mm(path)
    assert width > height  # landscape


def test_english_and_an_empty_book(book, tmp_path):
    path = generate(Request("loan_portfolio", end=TODAY, lang="en"), target=tmp_path / "e.pdf")
    text = pdf_text(path)
    assert "LOAN PORTFOLIO REPORT" in text and "No loan outstanding on this date." in text
    assert "Current" in text and "Rp0" in text
