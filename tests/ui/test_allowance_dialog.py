"""Penyisihan piutang from the keyboard: the figures by class, Enter posts the difference, a second
Enter on the same date posts nothing and says why beside the date; the rates form refuses over
100 % beside the class; a recovery on a written-off loan gets its kuitansi."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app import ledger
from app.db import db
from app.loans import allowance, lifecycle
from ui.allowance_dialog import AllowanceDialog, RatesDialog
from ui.loan_dialogs import RecoveryDialog

from loan_support import disbursed
from loan_support import member as loan_member
from loan_support import product as loan_product
from loan_ui_support import error, type_into

ON = date(2026, 3, 1)  # first due 1 April: 138 days late on 17 August, Diragukan


def _entries() -> int:
    return db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]


@pytest.fixture
def late_loan(book):
    return disbursed(loan_member("Siti Aisyah"), loan_product(), 2_000_000, 10, on=ON)


def _shown(dialog, qtbot):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)


def test_enter_posts_the_difference_and_a_second_enter_posts_nothing(late_loan, qtbot):
    dialog = AllowanceDialog()
    _shown(dialog, qtbot)
    assert dialog.focusWidget() is dialog.on
    table = dialog.table
    assert [table.item(3, c).text() for c in range(5)] == ["Diragukan", "1", "Rp2.000.000", "50%", "Rp1.000.000"]
    assert dialog.values["booked"].text() == "Rp0" and dialog.values["difference"].text() == "Rp1.000.000"
    qtbot.keyClick(dialog.on, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved
    assert ledger.account_balance("1-203") == -1_000_000 and ledger.account_balance("5-303") == 1_000_000

    again = AllowanceDialog()
    _shown(again, qtbot)
    assert again.values["booked"].text() == "Rp1.000.000" and again.values["difference"].text() == "Rp0"
    entries = _entries()
    qtbot.keyClick(again.on, Qt.Key.Key_Return)
    assert again.isVisible() and _entries() == entries
    assert error(again, "as_of").startswith("Tidak ada yang dibukukan")
    type_into(qtbot, again.on, "01/01/2030")
    qtbot.keyClick(again.on, Qt.Key.Key_Return)
    assert error(again, "as_of") == "Tanggal tidak boleh di masa depan." and _entries() == entries
    total = again.table.rowCount() - 1  # no figures for a future date: the Jumlah row as blank as the classes
    assert [again.table.item(total, c).text() for c in range(1, 5)] == ["", "", "", ""]


def test_rates_over_100_percent_are_refused_beside_their_class(book, qtbot):
    dialog = RatesDialog()
    _shown(dialog, qtbot)
    assert dialog.focusWidget() is dialog.edits["lancar"] and dialog.edits["lancar"].text() == "0,5"
    qtbot.keyClicks(dialog.edits["lancar"], "1,5")
    qtbot.keyClick(dialog.edits["lancar"], Qt.Key.Key_Tab)
    type_into(qtbot, dialog.edits["macet"], "150")
    qtbot.keyClick(dialog.edits["macet"], Qt.Key.Key_Return)
    assert error(dialog, "ppap.macet") == "Persen penyisihan paling banyak 100%."
    assert error(dialog, "ppap.lancar") == ""
    assert allowance.rates()["lancar"] == 50  # nothing written
    type_into(qtbot, dialog.edits["macet"], "100")
    qtbot.keyClick(dialog.edits["macet"], Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert allowance.rates()["lancar"] == 150 and allowance.rates()["macet"] == 10_000


def test_recovery_dialog_gives_a_kuitansi(late_loan, qtbot):
    loan = lifecycle.write_off(late_loan, date(2026, 8, 1), "Pindah")
    dialog = RecoveryDialog(loan)
    _shown(dialog, qtbot)
    assert dialog.values["written_off"].text() == "Rp2.000.000"
    type_into(qtbot, dialog.amount, "2.500.000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert error(dialog, "amount_rp") == "Lebih dari yang belum kembali: paling banyak Rp2.000.000."
    type_into(qtbot, dialog.amount, "250.000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.receipt_number and dialog.receipt_number.startswith("KW/2026/")
    assert ledger.account_balance("4-304") == -250_000
