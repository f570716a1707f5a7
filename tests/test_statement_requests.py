"""Asking for a statement: the Laporan Hasil Usaha beside the same period of last year (the
default) or the whole last year; a reversed period, a date before the book began or an unknown
comparison is refused beside its field with nothing written; a year with no entries prints
a page that says so."""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger
from app.documents.catalogue import Request, check, file_name, generate
from app.errors import Rejected
from app.ledger import credit, debit
from pdf_support import pdf_text


def gap_years():
    """Entries in 2024 and 2026, none in 2025."""
    ledger.post_entry(date(2024, 2, 8), "Hibah", [debit("1-101", 1_000_000), credit("3-201", 1_000_000)])
    ledger.post_entry(date(2024, 5, 1), "Jasa 2024", [debit("1-101", 80_000), credit("4-101", 80_000)])
    ledger.post_entry(date(2026, 5, 1), "Jasa 2026", [debit("1-101", 120_000), credit("4-101", 120_000)])


def refused(request: Request, tmp_path) -> list[tuple[str, str]]:
    target = tmp_path / "x.pdf"
    with pytest.raises(Rejected) as caught:
        generate(request, target)
    assert not target.exists()
    return [(issue.field, issue.code) for issue in caught.value.issues]


@pytest.mark.parametrize("kind", ["income_statement", "balance_sheet", "general_ledger", "journal", "cash_book"])
def test_a_period_that_starts_after_it_ends_is_refused_beside_the_start(book, tmp_path, kind):
    gap_years()
    assert refused(Request(kind, start=date(2026, 5, 2), end=date(2026, 5, 1)), tmp_path) == [
        ("start", "period.reversed")]


@pytest.mark.parametrize("kind", ["trial_balance", "income_statement", "journal", "loan_portfolio"])
def test_a_date_before_the_book_began_is_refused_beside_the_end(book, tmp_path, kind):
    gap_years()
    issues = refused(Request(kind, start=date(2023, 1, 1), end=date(2023, 12, 31)), tmp_path)
    assert issues == [("end", "document.before_book")]
    check(Request(kind, start=date(2024, 1, 1), end=date(2024, 2, 8)))  # a period reaching the first day is fine


def test_an_empty_book_has_no_beginning_to_be_before(book):
    check(Request("income_statement", start=date(2020, 1, 1), end=date(2020, 12, 31)))


def test_an_unknown_comparison_is_refused(book, tmp_path):
    assert refused(Request("income_statement", start=date(2026, 1, 1), end=date(2026, 5, 31), compare="bulan_lalu"),
                   tmp_path) == [("compare", "document.bad_comparison")]


def test_the_lhu_beside_the_same_period_or_the_whole_last_year(book, tmp_path):
    gap_years()
    ledger.post_entry(date(2025, 9, 1), "Jasa September 2025", [debit("1-101", 30_000), credit("4-101", 30_000)])
    same = pdf_text(generate(Request("income_statement", start=date(2026, 1, 1), end=date(2026, 8, 17)),
                             tmp_path / "same.pdf"))
    assert "1 Januari 2025 – 17 Agustus 2025 (Rp)" in same
    assert "Jumlah pendapatan Rp120.000 Rp0" in same  # September 2025 is not in January–August
    whole = pdf_text(generate(Request("income_statement", start=date(2026, 1, 1), end=date(2026, 8, 17),
                                      compare="last_year"), tmp_path / "whole.pdf"))
    assert "2025 (Rp)" in whole and "Jumlah pendapatan Rp120.000 Rp30.000" in whole
    assert file_name(Request("income_statement", start=date(2026, 1, 1), end=date(2026, 8, 17))).startswith(
        "laporan-hasil-usaha_")


def test_a_year_with_no_entries_prints_a_page_that_says_so(book, tmp_path):
    gap_years()
    year = {"start": date(2025, 1, 1), "end": date(2025, 12, 31)}
    lhu = pdf_text(generate(Request("income_statement", **year), tmp_path / "lhu.pdf"))
    assert "Tidak ada pendapatan atau beban pada periode ini." in lhu
    journal = pdf_text(generate(Request("journal", **year), tmp_path / "ju.pdf"))
    assert "Tidak ada jurnal pada periode ini." in journal and "JUMLAH Rp0 Rp0" in journal
    ledger_text = pdf_text(generate(Request("general_ledger", **year), tmp_path / "bb.pdf"))
    assert "Tidak ada transaksi pada periode ini." in ledger_text
    tb = pdf_text(generate(Request("trial_balance", end=date(2025, 12, 31)), tmp_path / "tb.pdf"))
    assert "SHU tahun lalu belum dibagi Rp80.000" in tb and "4-101" not in tb  # 2025 earned nothing


def test_the_book_begins_with_its_first_member_when_she_came_before_the_first_entry(book, tmp_path):
    from usaha_support import member
    member("Aminah", joined_on=date(2023, 6, 1))
    gap_years()
    check(Request("member_register", end=date(2023, 6, 1)))
    assert refused(Request("member_register", end=date(2023, 5, 31)), tmp_path) == [("end", "document.before_book")]
