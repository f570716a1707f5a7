"""A loan brought in at the opening says so on the Pinjaman page, with its original figures,
and its card shows the instalments still owed, late ones in arrears."""

from __future__ import annotations

from datetime import date

from app.loans import lifecycle
from app.opening.draft import LoanLine

from opening_loan_support import FLAT, opening, post

LOANS_PAGE = 3  # Ctrl+4


def test_the_loan_card_of_an_opened_loan(book, qtbot, window):
    post(opening(LoanLine(member_number=1, instalments_paid=5, **FLAT)))
    (loan,) = lifecycle.list_loans()
    page = window.page("loans")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.go_to(LOANS_PAGE)
    page.select_loan(loan.id)
    assert page.details["disbursed"].text() == (
        "Pinjaman dari buku lama: pokok awal Rp1.200.000, cair 05/01/2026, 5 angsuran dibayar sebelum 31/07/2026")
    assert page.card.model().rowCount() == 7
    late = (date(2026, 8, 17) - date(2026, 7, 5)).days  # the 6th instalment, first still owed, is late today
    assert page.details["arrears"].text().startswith(f"{late} hari")
    assert page.pay_button.isEnabled()


def test_a_bank_loan_brought_in_says_so_on_the_funds_page(book, qtbot, window):
    from decimal import Decimal

    from app.opening.draft import BankLoanLine

    post(opening(bank_loans=[BankLoanLine(funder="BRI Unit Desa", rate=Decimal("0.01"), periods=24,
                                          principal_rp=24_000_000, received_on=date(2025, 10, 1),
                                          first_due=date(2025, 11, 1), instalments_paid=9)]))
    window.go_to(9)  # Dana & Sumber Modal
    page = window.page("funds")
    page.tabs.setCurrentIndex(0)
    page.refresh()
    page.funder_table.selectRow(0)
    assert page.loan_table.rowCount() == 1
    assert page.loan_table.item(0, 0).toolTip() == (
        "Pinjaman dari buku lama: pokok awal Rp24.000.000, diterima 01/10/2025, 9 angsuran dibayar sebelum 31/07/2026")
    assert page.pay_bank_button.isEnabled()
