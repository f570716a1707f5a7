"""Neraca, Laporan Hasil Usaha, Neraca Saldo and Buku Besar: the Neraca balances to the rupiah on
any book, the LHU's SHU is income − expense and equals the Neraca's SHU tahun berjalan, the
previous-period column is right, and each PDF prints what the ledger says."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app import demo, ledger
from app.db import db
from app import financial_statements as fs
from app.documents.catalogue import Request, generate
from app.formatting import rupiah
from app.ledger import credit, debit, natural_balance
from pdf_support import pdf_text

ACCOUNTS = ("1-101", "1-102", "1-201", "1-401", "2-101", "2-201", "3-101", "3-102", "3-201", "3-401",
            "4-101", "4-201", "5-101", "5-201")


def post(on: date, description: str, lines) -> int:
    return ledger.post_entry(on, description, lines)


def line_of(section: fs.Section, name: str) -> fs.Line:
    return next(line for line in section.lines if line.name == name)


def small_book():
    """2025 and 2026 of a group: capital, a loan, jasa, sales, expenses."""
    post(date(2025, 3, 1), "Hibah", [debit("1-102", 20_000_000), credit("3-201", 20_000_000)])
    post(date(2025, 5, 2), "Pinjaman", [debit("1-201", 5_000_000), credit("1-102", 5_000_000)])
    post(date(2025, 11, 3), "Jasa 2025", [debit("1-101", 700_000), credit("4-101", 700_000)])
    post(date(2025, 12, 3), "ATK 2025", [debit("5-201", 200_000), credit("1-101", 200_000)])
    post(date(2026, 7, 10), "Jasa Juli", [debit("1-101", 300_000), credit("4-101", 300_000)])
    post(date(2026, 7, 12), "Jual telur Juli", [debit("1-101", 900_000), credit("4-201", 900_000)])
    post(date(2026, 7, 13), "Bahan Juli", [debit("5-101", 400_000), credit("1-101", 400_000)])
    post(date(2026, 8, 10), "Jasa Agustus", [debit("1-101", 350_000), credit("4-101", 350_000)])
    post(date(2026, 8, 11), "Rapat Agustus", [debit("5-201", 150_000), credit("1-101", 150_000)])


def test_income_statement_beside_the_same_period_or_the_whole_of_last_year(book):
    small_book()
    lhu = fs.income_statement(date(2026, 7, 1), date(2026, 8, 31), fs.LAST_YEAR)
    assert (lhu.previous_start, lhu.previous_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert [(l.code, l.amount_rp, l.previous_rp) for l in lhu.income.lines] == [("4-101", 650_000, 700_000),
                                                                              ("4-201", 900_000, 0)]
    assert [(l.code, l.amount_rp, l.previous_rp) for l in lhu.expense.lines] == [("5-101", 400_000, 0),
                                                                               ("5-201", 150_000, 200_000)]
    assert (lhu.shu_rp, lhu.previous_shu_rp) == (1_000_000, 500_000)
    same = fs.income_statement(date(2025, 11, 1), date(2025, 12, 31))  # the default: the same months of 2024
    assert (same.previous_start, same.previous_end) == (date(2024, 11, 1), date(2024, 12, 31))
    assert (same.shu_rp, same.previous_shu_rp) == (500_000, 0)


def test_comparison_periods():
    assert fs.comparison_period(date(2026, 1, 1), date(2026, 12, 31)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert fs.comparison_period(date(2026, 1, 1), date(2026, 11, 23)) == (date(2025, 1, 1), date(2025, 11, 23))
    assert fs.comparison_period(date(2024, 2, 1), date(2024, 2, 29)) == (date(2023, 2, 1), date(2023, 2, 28))
    assert fs.comparison_period(date(2025, 2, 1), date(2025, 2, 28)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert fs.comparison_period(date(2024, 2, 29), date(2024, 3, 10)) == (date(2023, 2, 28), date(2023, 3, 10))
    assert fs.comparison_period(date(2026, 1, 1), date(2026, 11, 23), fs.LAST_YEAR) == (date(2025, 1, 1),
                                                                                       date(2025, 12, 31))


def test_balance_sheet_with_shu_of_the_year_and_earlier_years(book):
    small_book()
    sheet = fs.balance_sheet(date(2026, 8, 17), date(2025, 12, 31))
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp == 21_500_000
    assert sheet.assets.previous_total_rp == sheet.previous_liabilities_and_equity_rp == 20_500_000
    this_year = line_of(sheet.equity, fs.SHU_CURRENT)
    assert (this_year.amount_rp, this_year.previous_rp) == (1_000_000, 500_000)  # 2026 to date; all of 2025
    earlier = line_of(sheet.equity, fs.SHU_EARLIER)
    assert (earlier.amount_rp, earlier.previous_rp) == (500_000, 0)
    assert [l.code for l in sheet.assets.lines] == ["1-101", "1-102", "1-201"]  # nothing for unused accounts
    lhu = fs.income_statement(date(2026, 1, 1), date(2026, 8, 17))
    assert lhu.shu_rp == sheet.shu_rp == 1_000_000


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 900), st.sampled_from(ACCOUNTS), st.sampled_from(ACCOUNTS),
                          st.integers(1, 10**12)), max_size=25),
       st.integers(0, 900), st.integers(0, 900))
def test_the_balance_sheet_always_balances(book, entries, day, previous_day):
    first = date(2024, 1, 1)
    capital = 25 * 10**12  # the book's money first: no random payment can take more than Kas or Bank holds
    with db.atomic() as example:  # each example on the empty book (the fixture's book is one per test)
        post(first, "Modal", [debit("1-101", capital), debit("1-102", capital), credit("3-201", 2 * capital)])
        for offset, left, right, amount in sorted(entries):
            if left != right:
                post(first + timedelta(days=offset), "acak", [debit(left, amount), credit(right, amount)])
        as_of, previous = first + timedelta(days=day), first + timedelta(days=previous_day)
        sheet = fs.balance_sheet(as_of, previous)
        shu = fs.income_statement(date(as_of.year, 1, 1), as_of).shu_rp
        example.rollback()
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp
    assert sheet.assets.previous_total_rp == sheet.previous_liabilities_and_equity_rp
    assert sheet.shu_rp == shu
    for section in (sheet.assets, sheet.liabilities, sheet.equity):
        # no empty line, unless its parts say why it nets to 0 (this year's SHU less what was shared)
        assert all(line.amount_rp or line.previous_rp or any(p.amount_rp or p.previous_rp for p in line.parts)
                   for line in section.lines)


def test_general_ledger_closes_at_the_account_balance(book):
    small_book()
    books = fs.general_ledger(date(2026, 7, 1), date(2026, 7, 31))
    assert [b.code for b in books] == ["1-101", "4-101", "4-201", "5-101"]
    for account in books:
        kind = account.kind
        before_year = ledger.account_balance(account.code, date(2025, 12, 31)) if kind in ("income", "expense") else 0
        assert account.opening_rp == natural_balance(kind, ledger.account_balance(account.code, date(2026, 6, 30))
                                                     - before_year)  # income and expense: this year's only
        assert account.closing_rp == natural_balance(kind, ledger.account_balance(account.code, date(2026, 7, 31))
                                                     - before_year)
    (bank,) = fs.general_ledger(date(2026, 7, 1), date(2026, 7, 31), "1-102")
    assert bank.lines == () and bank.closing_rp == 15_000_000


def test_trial_balance_sums_both_sides(book):
    small_book()
    tb = fs.trial_balance(date(2026, 8, 17))
    assert tb.debit_rp == tb.credit_rp > 0


def test_balance_sheet_pdf_prints_both_columns_and_balances(book, tmp_path):
    small_book()
    path = generate(Request("balance_sheet", start=date(2026, 8, 1), end=date(2026, 8, 17)), tmp_path / "n.pdf")
    text = pdf_text(path)
    sheet = fs.balance_sheet(date(2026, 8, 17), date(2026, 7, 31))
    assert "NERACA" in text and "per 17 Agustus 2026, dibandingkan dengan 31 Juli 2026" in text
    total, previous = rupiah(sheet.assets.total_rp), rupiah(sheet.assets.previous_total_rp)
    assert f"Jumlah aset {total} {previous}" in text
    assert f"JUMLAH KEWAJIBAN DAN EKUITAS {total} {previous}" in text
    assert f"SHU tahun berjalan {rupiah(sheet.shu_rp)} {rupiah(sheet.previous_shu_rp)}" in text
    assert f"1-101 Kas {rupiah(ledger.account_balance('1-101', date(2026, 8, 17)))}" in text
    assert "Mengetahui," in text


def test_income_statement_pdf_in_english_with_the_previous_year(book, tmp_path):
    small_book()
    path = generate(Request("income_statement", start=date(2026, 1, 1), end=date(2026, 7, 31), lang="en",
                            compare="last_year"), tmp_path / "lhu.pdf")
    text = pdf_text(path)
    # 2026-01..07 against the whole of 2025, as chosen
    assert "INCOME STATEMENT" in text and "2025 (Rp)" in text
    assert "Total income Rp1.200.000 Rp700.000" in text
    assert "Total expenses Rp400.000 Rp200.000" in text
    assert "SURPLUS (SHU) Rp800.000 Rp500.000" in text


def test_trial_balance_and_general_ledger_pdfs(book, tmp_path):
    small_book()
    tb = generate(Request("trial_balance", end=date(2026, 8, 17)), tmp_path / "tb.pdf")
    text = pdf_text(tb)
    assert "NERACA SALDO" in text and "per 17 Agustus 2026" in text
    total = rupiah(fs.trial_balance(date(2026, 8, 17)).debit_rp)
    assert f"Jumlah {total} {total}" in text
    gl = generate(Request("general_ledger", start=date(2026, 7, 1), end=date(2026, 7, 31), account="1-101"),
                  tmp_path / "gl.pdf")
    text = pdf_text(gl)
    closing = rupiah(ledger.account_balance("1-101", date(2026, 7, 31)))
    assert "BUKU BESAR" in text and "Juli 2026" in text and "1-101 Kas (aset)" in text
    assert f"Saldo akhir per 31 Juli 2026: {closing}" in text
    assert "Saldo awal" in text and "Jual telur Juli" in text


def test_an_empty_book_prints_correct_statements(book, tmp_path):
    for kind in ("balance_sheet", "income_statement", "trial_balance"):
        path = generate(Request(kind, start=date(2026, 8, 1), end=date(2026, 8, 17)), tmp_path / f"{kind}.pdf")
        text = pdf_text(path)
        assert "Tidak ada" in text and "Rp0" in text, kind
    gl = generate(Request("general_ledger", start=date(2026, 8, 1), end=date(2026, 8, 17)), tmp_path / "gl.pdf")
    assert "Tidak ada transaksi pada periode ini." in pdf_text(gl)


def test_the_demo_village_balances_and_its_shu_agrees(book, tmp_path):
    demo.populate()
    end = date(2026, 8, 17)
    sheet = fs.balance_sheet(end, date(2025, 12, 31))
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp > 0
    assert sheet.assets.previous_total_rp == sheet.previous_liabilities_and_equity_rp > 0
    lhu = fs.income_statement(date(2026, 1, 1), end)
    assert lhu.shu_rp == sheet.shu_rp
    income = sum(-ledger.account_balance(l.code, end) + ledger.account_balance(l.code, date(2025, 12, 31))
                 for l in lhu.income.lines)
    expense = sum(ledger.account_balance(l.code, end) - ledger.account_balance(l.code, date(2025, 12, 31))
                  for l in lhu.expense.lines)
    assert lhu.shu_rp == income - expense
    path = generate(Request("income_statement", start=date(2026, 1, 1), end=date(2026, 7, 31)), tmp_path / "l.pdf")
    july = fs.income_statement(date(2026, 1, 1), date(2026, 7, 31))
    assert f"SISA HASIL USAHA (SHU) {rupiah(july.shu_rp, parentheses=True)}" in pdf_text(path)
