"""The capital sources report, the PAUD fund report and the social fund report, read back
from their PDFs (issue 11)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app import inventory
from app.documents.catalogue import Request, generate
from app.funds import bank, earmarked, funders, paud, social
from app.funds.funders import FunderInput
from tests import loan_support
from tests.pdf_support import pdf_text


def _book():
    tambang = funders.add_funder(FunderInput("csr", "CSR Tambang Batubara", "Bpk. Rahmat", "Peduli UMKM 2026",
                                             "PKS/017/CSR/2026")).id
    bri = funders.add_funder(FunderInput("bank", "BRI Unit Amuntai", "", "KUR Mikro", "KUR/88")).id
    funders.receive_grant(tambang, 10_000_000, date(2026, 2, 3), "1-102")
    funders.receive_in_kind(tambang, inventory.InventoryInput(name="Freezer 200 liter", acquired_on=date(2026, 3, 1),
                                                              value_rp=4_500_000))
    loan = bank.receive_loan(bri, 10_000_000, Decimal("0.01"), 10, "flat", "monthly", date(2026, 1, 15),
                             date(2026, 2, 15), "1-102")
    bank.pay(loan.id, 1_100_000, date(2026, 2, 15), "1-102")
    return tambang, bri


def test_the_funder_report_says_what_came_in_what_is_owed_and_the_capital(book, tmp_path):
    tambang, _ = _book()
    path = generate(Request("funder_report", start=date(2026, 1, 1), end=date(2026, 8, 17)), tmp_path / "f.pdf")
    text = pdf_text(path)
    for expected in ("LAPORAN SUMBER DANA", "CSR Tambang Batubara", "PKS/017/CSR/2026", "Hibah uang",
                     "Rp10.000.000", "Hibah barang", "Rp4.500.000", "Freezer 200 liter", "BRI Unit Amuntai",
                     "pokok Rp1.000.000, jasa Rp100.000", "Sisa utang pada 17/08/2026: Rp9.000.000",
                     "Modal kelompok dari tahun ke tahun", "Aturan:"):
        assert expected in text, expected
    one = generate(Request("funder_report", start=date(2026, 1, 1), end=date(2026, 8, 17), funder_id=tambang),
                   tmp_path / "one.pdf")
    assert "BRI Unit Amuntai" not in pdf_text(one)
    english = pdf_text(generate(Request("funder_report", lang="en", start=date(2026, 1, 1), end=date(2026, 8, 17)),
                                tmp_path / "en.pdf"))
    assert "CAPITAL SOURCES REPORT" in english and "In-kind grant" in english


def test_the_paud_and_social_fund_reports(book, tmp_path):
    earmarked.receive("paud", 2_000_000, date(2026, 1, 20), "Donatur H. Basri")
    ani = paud.add_teacher("Ani Rahmawati", "PAUD Melati", date(2019, 7, 15))
    paid = paud.pay_incentive(ani.id, 500_000, date(2026, 2, 1), memo="Januari 2026")
    text = pdf_text(generate(Request("paud_fund", start=date(2026, 1, 1), end=date(2026, 8, 17)), tmp_path / "p.pdf"))
    for expected in ("LAPORAN DANA INSENTIF GURU PAUD", "Saldo dana pada 31/12/2025: Rp0", "Donatur H. Basri",
                     "Rp2.000.000", "Ani Rahmawati", "Januari 2026", paid.receipt_number, "Rp500.000",
                     "Sisa dana pada 17/08/2026: Rp1.500.000"):
        assert expected in text, expected

    earmarked.receive("sosial", 1_000_000, date(2026, 1, 20), "Kas desa")
    siti = loan_support.member()
    social.give_help(siti, 250_000, date(2026, 4, 2), "Rawat inap")
    text = pdf_text(generate(Request("social_fund", start=date(2026, 1, 1), end=date(2026, 8, 17)), tmp_path / "s.pdf"))
    for expected in ("LAPORAN DANA SOSIAL", "Siti Aisyah", "Rawat inap", "Rp250.000",
                     "Sisa dana pada 17/08/2026: Rp750.000"):
        assert expected in text, expected


def test_a_report_for_a_funder_that_is_not_there_is_refused(book, tmp_path):
    import pytest

    from app.errors import Rejected

    with pytest.raises(Rejected) as refused:
        generate(Request("funder_report", start=date(2026, 1, 1), end=date(2026, 8, 17), funder_id=99),
                 tmp_path / "x.pdf")
    assert refused.value.codes() == ["funder.not_found"]
    assert not (tmp_path / "x.pdf").exists()
