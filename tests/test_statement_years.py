"""Year boundaries: the Neraca Saldo of a year ties to the Laporan Hasil Usaha of that year
(income and expense from 1 January, earlier years one equity line), closed or not; the Buku
Besar of an income account opens the year at 0; the Neraca's retained equity moves by the
year's result less what was distributed. On the demo village and on random two-year books."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app import demo, ledger
from app import financial_statements as fs
from app.db import close_book, open_book
from app.documents.catalogue import Request, generate
from app.formatting import rupiah
from app.ledger import credit, debit
from app.yearend import periods
from pdf_support import pdf_text

EARNED = ("income", "expense")


def two_years():
    """2025: jasa 700.000, ATK 200.000 (SHU 500.000); 2026: jasa 300.000, sales 900.000, costs 550.000."""
    ledger.post_entry(date(2025, 3, 1), "Hibah", [debit("1-102", 20_000_000), credit("3-201", 20_000_000)])
    ledger.post_entry(date(2025, 11, 3), "Jasa 2025", [debit("1-101", 700_000), credit("4-101", 700_000)])
    ledger.post_entry(date(2025, 12, 3), "ATK 2025", [debit("5-201", 200_000), credit("1-101", 200_000)])
    ledger.post_entry(date(2026, 7, 10), "Jasa Juli", [debit("1-101", 300_000), credit("4-101", 300_000)])
    ledger.post_entry(date(2026, 7, 12), "Jual telur", [debit("1-101", 900_000), credit("4-201", 900_000)])
    ledger.post_entry(date(2026, 7, 13), "Bahan", [debit("5-101", 400_000), credit("1-101", 400_000)])
    ledger.post_entry(date(2026, 8, 11), "Rapat", [debit("5-201", 150_000), credit("1-101", 150_000)])


def earned_rows(tb: fs.TrialBalance) -> dict[str, int]:
    """Income and expense rows of a trial balance, natural sign."""
    return {r.code: ledger.natural_balance(r.kind, r.debit_rp - r.credit_rp) for r in tb.rows if r.kind in EARNED}


def lhu_rows(lhu: fs.IncomeStatement) -> dict[str, int]:
    return {line.code: line.amount_rp for line in lhu.income.lines + lhu.expense.lines if line.amount_rp}


def ties(as_of: date) -> None:
    """The trial balance at `as_of` shows exactly the LHU of 1 January – `as_of` and balances."""
    tb = fs.trial_balance(as_of)
    lhu = fs.income_statement(date(as_of.year, 1, 1), as_of)
    assert {code: amount for code, amount in earned_rows(tb).items() if amount} == lhu_rows(lhu)
    assert tb.debit_rp == tb.credit_rp


def test_the_trial_balance_of_a_year_shows_that_years_income_only(book):
    two_years()
    tb = fs.trial_balance(date(2026, 8, 17))
    assert earned_rows(tb) == {"4-101": 300_000, "4-201": 900_000, "5-101": 400_000, "5-201": 150_000}
    earlier = [r for r in tb.rows if r.code == ""]
    assert [(r.name, r.debit_rp, r.credit_rp) for r in earlier] == [(fs.SHU_EARLIER, 0, 500_000)]
    ties(date(2026, 8, 17))
    ties(date(2025, 12, 31))


def test_a_closed_year_reads_the_same(book):
    two_years()
    periods.close_year(2025)
    ties(date(2025, 12, 31))  # the closed year's own figures, before its closing entry
    ties(date(2026, 8, 17))
    tb = fs.trial_balance(date(2026, 8, 17))
    assert [(r.name, r.credit_rp) for r in tb.rows if r.code == ""] == [(fs.SHU_EARLIER, 500_000)]
    assert "3-401" not in {r.code for r in tb.rows}  # the closing moved 2025 into 3-401: still "last year"


def test_a_loss_of_earlier_years_is_named_a_loss(book):
    ledger.post_entry(date(2025, 3, 1), "Modal", [debit("1-101", 1_000_000), credit("3-201", 1_000_000)])
    ledger.post_entry(date(2025, 4, 1), "Beban", [debit("5-201", 300_000), credit("1-101", 300_000)])
    tb = fs.trial_balance(date(2026, 2, 1))
    assert [(r.name, r.debit_rp, r.credit_rp) for r in tb.rows if r.code == ""] == [(fs.LOSS_EARLIER, 300_000, 0)]
    assert tb.debit_rp == tb.credit_rp


def test_trial_balance_pdf_ties_to_the_lhu_pdf(book, tmp_path):
    two_years()
    text = pdf_text(generate(Request("trial_balance", end=date(2026, 8, 17)), tmp_path / "tb.pdf"))
    assert "4-101 Pendapatan jasa pinjaman Rp300.000" in text  # not 2025 + 2026
    assert "SHU tahun lalu belum dibagi Rp500.000" in text
    lhu = pdf_text(generate(Request("income_statement", start=date(2026, 1, 1), end=date(2026, 8, 17)),
                            tmp_path / "lhu.pdf"))
    assert "4-101 Pendapatan jasa pinjaman Rp300.000" in lhu


def test_the_general_ledger_of_an_income_account_opens_the_year_at_zero(book, tmp_path):
    two_years()
    (jasa,) = fs.general_ledger(date(2026, 1, 1), date(2026, 8, 17), "4-101")
    assert jasa.opening_rp == 0 and jasa.closing_rp == 300_000
    (jasa,) = fs.general_ledger(date(2026, 7, 11), date(2026, 8, 17), "4-101")
    assert jasa.opening_rp == 300_000  # this year's earlier postings only
    (kas,) = fs.general_ledger(date(2026, 1, 1), date(2026, 8, 17), "1-101")
    assert kas.opening_rp == 500_000  # a balance-sheet account keeps its history
    # a period over the new year: 2025's balance is carried out on 31 December, 2026 starts at 0
    (jasa,) = fs.general_ledger(date(2025, 11, 1), date(2026, 8, 17), "4-101")
    assert [(l.entry_id, l.entry_date, l.debit_rp, l.balance_rp) for l in jasa.lines][1] == (
        0, date(2025, 12, 31), 700_000, 0)
    assert jasa.opening_rp + jasa.credit_rp - jasa.debit_rp == jasa.closing_rp == 300_000
    text = pdf_text(generate(Request("general_ledger", start=date(2025, 11, 1), end=date(2026, 8, 17),
                                     account="4-101"), tmp_path / "gl.pdf"))
    assert "Saldo tahun 2025 dipindahkan ke SHU tahun lalu" in text
    assert "Saldo akhir per 17 Agustus 2026: Rp300.000" in text


def retained(sheet: fs.BalanceSheet, previous: bool = False) -> int:
    """Equity the group earned and kept: reserves, 3-401 and the SHU lines (not savings or grants)."""
    return sum(line.previous_rp if previous else line.amount_rp for line in sheet.equity.lines
               if line.code == "" or line.code.startswith(("3-3", "3-4")))


def distributed(start: date, end: date) -> int:
    """What left the retained equity in (start, end] other than by a closing: bagi hasil and SHU
    shared to members, funds and payables (natural sign, positive when paid out)."""
    (total,) = ledger.db.execute_sql(
        "SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE (a.code LIKE '3-3%' OR a.code LIKE '3-4%') AND p.entry_date > ? AND p.entry_date <= ?"
        f" AND p.entry_id NOT IN ({fs.CLOSING_IDS})", (start.isoformat(), end.isoformat())).fetchone()
    return total


def equity_moves_by_result_less_distributions(year_end: date, as_of: date) -> None:
    sheet = fs.balance_sheet(as_of, year_end)
    lhu = fs.income_statement(year_end + timedelta(days=1), as_of)
    assert retained(sheet) - retained(sheet, previous=True) == lhu.shu_rp - distributed(year_end, as_of)


def test_the_demo_village_ties_out_across_its_years(book):
    demo.populate()
    for as_of in (date(2025, 12, 31), date(2026, 3, 31), date(2026, 8, 17)):
        ties(as_of)
    equity_moves_by_result_less_distributions(date(2025, 12, 31), date(2026, 8, 17))
    tb = fs.trial_balance(date(2026, 8, 17))
    lhu = fs.income_statement(date(2026, 1, 1), date(2026, 8, 17))
    income = sum(r.credit_rp - r.debit_rp for r in tb.rows if r.kind == "income")
    assert income == lhu.income.total_rp


ACCOUNTS = ("1-101", "1-102", "1-201", "1-401", "2-101", "2-201", "3-101", "3-201", "3-301", "3-401",
            "4-101", "4-201", "5-101", "5-201")


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 729), st.sampled_from(ACCOUNTS), st.sampled_from(ACCOUNTS),
                          st.integers(1, 10**9)), max_size=20),
       st.booleans(), st.integers(366, 729))
def test_random_two_year_books_tie_out(template_book, tmp_path_factory, entries, close_first_year, day):
    path = tmp_path_factory.mktemp("years") / "book.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    try:
        first = date(2024, 1, 1)
        capital = 25 * 10**9  # the book's money first: no random payment can take more than Kas or Bank holds
        ledger.post_entry(first, "Modal", [debit("1-101", capital), debit("1-102", capital),
                                           credit("3-201", 2 * capital)])
        for offset, left, right, amount in sorted(entries):
            if left != right:
                ledger.post_entry(first + timedelta(days=offset), "acak", [debit(left, amount), credit(right, amount)])
        if close_first_year:
            periods.close_year(2024)
        as_of = first + timedelta(days=day)  # in 2025
        ties(as_of)
        ties(date(2024, 12, 31))
        equity_moves_by_result_less_distributions(date(2024, 12, 31), as_of)
        sheet = fs.balance_sheet(as_of, date(2024, 12, 31))
        assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp
        # the Neraca's SHU lines are what the trial balance leaves for earlier years and this year's result
        tb = fs.trial_balance(as_of)
        earlier_tb = sum(r.credit_rp - r.debit_rp for r in tb.rows if r.code in ("", "3-401"))
        shu_lines = sum(line.amount_rp for line in sheet.equity.lines if line.code == "")
        assert shu_lines == earlier_tb + fs.income_statement(date(2025, 1, 1), as_of).shu_rp
    finally:
        close_book()


def test_the_neraca_pdf_of_the_demo_names_its_result(book, tmp_path):
    demo.populate()
    text = pdf_text(generate(Request("balance_sheet", start=date(2026, 1, 1), end=date(2026, 8, 17)),
                             tmp_path / "n.pdf"))
    sheet = fs.balance_sheet(date(2026, 8, 17), date(2025, 12, 31))
    assert f"SHU tahun berjalan {rupiah(sheet.shu_rp)}" in text
    assert "3-401" not in text  # one SHU line, never the account beside it


def test_a_reopened_year_reads_the_same_too(book):
    two_years()
    periods.close_year(2025)
    periods.reopen(date(2025, 12, 1), "Ada nota yang lupa")
    ledger.post_entry(date(2025, 12, 20), "Nota lupa", [debit("5-201", 100_000), credit("1-101", 100_000)])
    ties(date(2025, 12, 31))
    ties(date(2026, 8, 17))
    tb = fs.trial_balance(date(2026, 8, 17))
    assert [(r.name, r.credit_rp) for r in tb.rows if r.code == ""] == [(fs.SHU_EARLIER, 400_000)]
    periods.close_year(2025)  # closed again: the same figures
    assert fs.trial_balance(date(2026, 8, 17)) == tb
