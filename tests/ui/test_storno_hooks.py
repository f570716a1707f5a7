"""The storno dialog reached from Pinjaman: a payment in the loan's history (Enter) and the loan's
disbursement (right-click on the loan), each reversed by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app import ledger
from app.loans import lifecycle, payments
from loan_support import disbursed, fund
from loan_ui_support import member, product, with_dialog

LOANS_PAGE = 3  # Ctrl+4


def reverse_by_keyboard(qtbot, seen: dict):
    def act(dialog):
        seen["rows"] = dialog.table.rowCount()
        seen["undoes"] = dialog.undoes.text()
        qtbot.keyClicks(dialog.reason, "salah catat")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        if dialog.receipt_note is not None:  # money went back: its kuitansi, then Tutup
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
    return act


def test_a_payment_then_the_disbursement_reversed_from_pinjaman(book, qtbot, window):
    siti = member("Siti Aminah")
    fund(date(2026, 3, 10), 2_000_000)  # the box holds both loans before they are paid out
    cash = ledger.account_balance("1-101")
    plain = product()
    loan = disbursed(siti, plain, 1_200_000, 12, on=date(2026, 3, 10))
    payments.pay(loan, 112_000, date(2026, 4, 10))
    page = window.page("loans")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.go_to(LOANS_PAGE)
    page.select_loan(loan)
    page.history.setCurrentCell(0, 0)
    page.history.setFocus()
    seen = {}
    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, reverse_by_keyboard(qtbot, seen), lambda: qtbot.keyClick(page.history, Qt.Key.Key_Return))
    number = lifecycle.get_loan(loan).number
    assert seen["rows"] >= 3 and number in seen["undoes"]
    assert lifecycle.outstanding(loan) == 1_200_000 and page.history.rowCount() == 0

    # A loan never paid on: its disbursement is undone (one once paid on keeps it: its refusal is
    # tested in tests/test_reversals.py).
    fresh = disbursed(member("Rusmilawati"), plain, 800_000, 8, on=date(2026, 5, 4))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    page.select_loan(fresh)
    seen = {}
    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, reverse_by_keyboard(qtbot, seen), page.disbursement_storno.trigger)
    assert "disetujui" in seen["undoes"]
    assert lifecycle.get_loan(fresh).status == "approved"
    assert ledger.account_balance("1-101") == cash - 1_200_000  # the 800.000 came back; the first loan is out
    assert ledger.account_balance("1-201") == 1_200_000
