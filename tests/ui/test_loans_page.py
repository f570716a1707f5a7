"""The Pinjaman page: a loan's whole life from the keyboard (Ins, F6, F5, F4), seen in the
list, the detail, the loan card and the ledger; totals equal to account 1-201; search and
filters; the product dialog reached with F9."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import clock, ledger, receipts
from app.db import db
from app.documents.catalogue import Request
from app.loans import lifecycle, payments
from ui.loan_table import COLUMNS

from loan_support import fund
from loan_ui_support import answer_confirm, counts, member, product, type_into, with_dialog

LOANS_PAGE = 3  # Ctrl+4


@pytest.fixture
def page(window, qtbot):
    page = window.page("loans")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.go_to(LOANS_PAGE)
    return page


def reload(qtbot, page) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def shown(page, column: str) -> list[str]:
    col = COLUMNS.index(column)
    return [page.proxy.index(row, col).data() for row in range(page.proxy.rowCount())]


def cell(page, loan_id: int, column: str) -> str:
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(loan_id), COLUMNS.index(column)))
    return index.data() if index.isValid() else None


def key(qtbot, page, k):
    def press():
        window = page.window()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        page.table.setFocus()
        qtbot.keyClick(page.table, k)
    return press


def test_a_loan_from_application_to_first_instalment(book, qtbot, window):
    fund(date(2026, 8, 1), 9_000_000)  # the cash box the loan is paid out of
    siti = member("Siti Aminah")
    member("Rusmilawati")
    product()
    page = window.page("loans")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.go_to(LOANS_PAGE)
    assert page.proxy.rowCount() == 0
    assert page.total.text() == "Rp0"

    # Ajukan (Ins): the DOMAIN example, previewed as she types
    def apply(dialog):
        assert dialog.objectName() == "applyDialog"
        # (typing into the member field is tried in test_loan_dialogs; its completion list,
        # offscreen, keeps the window from getting keys back)
        dialog.member.setCurrentIndex(dialog.member.findData(siti))
        type_into(qtbot, dialog.principal, "9.000.000")
        type_into(qtbot, dialog.periods, "12")
        assert dialog.schedule.column_texts("total") == ["Rp840.000"] * 12
        qtbot.keyClick(dialog.periods, Qt.Key.Key_Return)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, apply, key(qtbot, page, Qt.Key.Key_Insert))
    [loan] = lifecycle.list_loans()
    assert shown(page, "number") == ["PJ/2026/0001"]
    assert (cell(page, loan.id, "member"), cell(page, loan.id, "status"), cell(page, loan.id, "principal"),
            cell(page, loan.id, "instalment")) == ("Siti Aminah", "Diajukan", "Rp9.000.000", "Rp840.000")
    assert page.detail_box.title() == "PJ/2026/0001 – Siti Aminah (Diajukan)"
    assert page.details["terms"].text() == "Rp9.000.000, 12 bulan, jasa 1% per bulan, Flat"
    assert page.card_texts("total") == ["Rp840.000"] * 12
    assert page.approve_button.isEnabled() and not page.disburse_button.isEnabled()

    # Setujui (F6)
    def approve(dialog):
        assert dialog.objectName() == "approveDialog"
        type_into(qtbot, dialog.note, "rapat pengurus")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, approve, key(qtbot, page, Qt.Key.Key_F6))
    assert cell(page, loan.id, "status") == "Disetujui"
    assert page.details["decided"].text().startswith("Disetujui 17/08/2026 oleh ")
    assert page.details["decided"].text().endswith(": rapat pengurus")

    # Cairkan (F5): Kas goes down by the cash handed over
    kas = ledger.account_balance("1-101")

    def disburse(dialog):
        assert dialog.objectName() == "disburseDialog"
        assert dialog.values["cash_out"].text() == "Rp9.000.000"
        answer_confirm(qtbot, yes=True)
        qtbot.keyClick(dialog.on, Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Tutup: the dialog stayed open with her kuitansi

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, disburse, key(qtbot, page, Qt.Key.Key_F5))
    assert (cell(page, loan.id, "status"), cell(page, loan.id, "outstanding")) == ("Berjalan", "Rp9.000.000")
    assert cell(page, loan.id, "class") == "Lancar"
    assert ledger.account_balance("1-101") == kas - 9_000_000
    assert page.total.text() == "Rp9.000.000"
    assert page.card_texts("status") == ["Belum dibayar"] * 12
    assert page.details["payoff"].text() == "Rp9.090.000"

    # Bayar angsuran (F4) a month later: the card's first row is paid
    clock.fix(datetime(2026, 9, 17, 9, 0))
    page._show_loan(loan.id)
    assert page.details["due"].text() == "Rp840.000"

    def pay(dialog):
        assert dialog.objectName() == "payDialog"
        assert dialog.amount.text() == "840.000"  # what is due today
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        number = receipts.for_entry(db.execute_sql("SELECT max(id) FROM journal_entries").fetchone()[0])
        assert number and number in dialog.receipt_note.text()  # a kuitansi, like Setoran's
        assert dialog.print_button.text() == "Cetak kuitansi (Ctrl+P)"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Tutup

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, pay, key(qtbot, page, Qt.Key.Key_F4))
    assert cell(page, loan.id, "outstanding") == "Rp8.250.000"
    assert page.card_texts("status")[:2] == ["Lunas", "Belum dibayar"]
    assert page.history.item(0, 0).text() == "17/09/2026"
    assert page.history.item(0, 4).text() == "Rp840.000"
    assert page.details["outstanding"].text() == "Rp8.250.000"
    assert page.total.text() == "Rp8.250.000" == ledger_text("1-201")
    assert siti == loan.member_id


def ledger_text(code: str) -> str:
    from app.formatting import rupiah

    return rupiah(ledger.account_balance(code))


def disbursed(member_id: int, product_id: int, principal: int, on: date, periods: int = 12) -> int:
    now = clock.now()
    clock.fix(datetime.combine(on, now.time()))
    try:
        loan = lifecycle.apply(member_id, product_id, principal, periods,
                               date(on.year + on.month // 12, on.month % 12 + 1, on.day))
        lifecycle.approve(loan.id)
        short = principal - ledger.cash_available("1-101", on)[0]
        if short > 0:
            fund(on, short)  # the cash box holds what the loan pays out
        lifecycle.disburse(loan.id, on)
    finally:
        clock.fix(now)
    return loan.id


@pytest.fixture
def book_of_loans(book):
    """Four members: one paying on time, one late since January, one paid off, one applied."""
    p = product()
    on_time = disbursed(member("Siti Aminah"), p, 9_000_000, date(2026, 7, 20))
    late = disbursed(member("Hj. Masitah"), p, 2_000_000, date(2025, 12, 10), periods=6)
    paid = disbursed(member("Rusmilawati"), p, 1_000_000, date(2026, 6, 1), periods=2)
    payments.pay(paid, payments.payoff_amount(paid, date(2026, 7, 1)), date(2026, 7, 1))
    applied = lifecycle.apply(member("Jumiati"), p, 500_000, 5, date(2026, 9, 20)).id
    return {"on_time": on_time, "late": late, "paid": paid, "applied": applied}


def test_totals_equal_the_ledger_and_filters_narrow_the_list(book_of_loans, page, qtbot):
    ids = book_of_loans
    assert page.total.text() == ledger_text("1-201") == "Rp11.000.000"
    assert page.count.text() == "4 pinjaman ditampilkan"
    assert cell(page, ids["late"], "days") == "219"  # due 10/01/2026, nothing paid
    assert cell(page, ids["late"], "class") == "Macet"
    assert cell(page, ids["paid"], "status") == "Lunas"
    assert cell(page, ids["applied"], "outstanding") == ""
    assert page.late_total.text() == "1 pinjaman menunggak"

    page.late_only.setChecked(True)
    assert shown(page, "member") == ["Hj. Masitah"]
    page.late_only.setChecked(False)
    page.status.setCurrentIndex(page.status.findData("disbursed"))
    assert sorted(shown(page, "member")) == ["Hj. Masitah", "Siti Aminah"]
    page.klass.setCurrentIndex(page.klass.findData("lancar"))
    assert shown(page, "member") == ["Siti Aminah"]
    page.status.setCurrentIndex(0)
    page.klass.setCurrentIndex(0)
    type_into(qtbot, page.search, "2026/0002")
    assert shown(page, "member") == ["Rusmilawati"]
    type_into(qtbot, page.search, "MASITAH")
    assert shown(page, "number") == ["PJ/2025/0001"]
    assert page.count.text() == "1 pinjaman ditampilkan"


def test_write_off_leaves_the_total_equal_to_the_ledger(book_of_loans, page, qtbot):
    late = book_of_loans["late"]
    page.select_loan(late)
    assert page.details["denda"].text() == "Rp0"

    def write_off(dialog):
        type_into(qtbot, dialog.reason, "keputusan rapat anggota")
        answer_confirm(qtbot, yes=True)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, write_off, key(qtbot, page, Qt.Key.Key_F8))
    assert cell(page, late, "status") == "Dihapusbukukan"
    assert page.total.text() == ledger_text("1-201") == "Rp9.000.000"
    assert "keputusan rapat anggota" in page.details["disbursed"].text()


def test_products_dialog_opens_from_the_page(book, page, qtbot):
    before = counts()

    def look(dialog):
        assert dialog.objectName() == "productsDialog"
        dialog.reject()

    with_dialog(qtbot, look, key(qtbot, page, Qt.Key.Key_F9))
    assert counts() == before


def test_page_fits_the_small_screen(book_of_loans, window, page, qtbot):
    window.resize(1366, 740)
    qtbot.wait(50)
    assert window.width() <= 1366 and window.height() <= 768
    header = page.table.horizontalHeader()
    assert header.sectionViewportPosition(len(COLUMNS) - 1) + 40 < page.table.viewport().width()


def test_print_loan_card_asks_for_the_selected_loans_member_as_of_today(book_of_loans, page, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr("ui.pages.loans.make_document", lambda parent, request: asked.append((parent, request)))
    late = book_of_loans["late"]
    page.select_loan(late)
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    masitah = lifecycle.get_loan(late).member_id
    assert asked == [(page, Request("loan_card", member_id=masitah, end=clock.today()))]
    window = page.window()  # the same from the keyboard: Ctrl+P
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(asked) == 2)  # a button's shortcut clicks it a moment later
    assert asked[1] == asked[0]
    assert QApplication.activeModalWidget() is None


def test_print_loan_card_is_disabled_without_a_loan(book, page, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr("ui.pages.loans.make_document", lambda parent, request: asked.append(request))
    assert page.proxy.rowCount() == 0
    assert not page.print_button.isEnabled()
    page.print_loan_card()
    assert asked == []


def test_a_late_loan_shows_its_arrears_and_class_and_a_written_off_one_takes_a_recovery(book, qtbot, window):
    from loan_support import disbursed
    from loan_support import member as loan_member
    from loan_support import product as loan_product

    late = disbursed(loan_member("Siti Aisyah"), loan_product(), 1_200_000, 12, on=date(2026, 4, 1),
                     first_due=date(2026, 5, 3))  # nothing paid: 106 days late on 17 August
    gone = disbursed(loan_member("Nor Laila"), loan_product(name="Lain"), 600_000, 6, on=date(2026, 1, 5))
    lifecycle.write_off(gone, date(2026, 8, 1), "Pindah")
    page = window.page("loans")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.go_to(LOANS_PAGE)
    page.select_loan(late)
    assert page.details["arrears"].text() == "106 hari, Rp448.000 · Kurang Lancar"  # 4 × (100.000 + 12.000 jasa)
    assert not page.recover_button.isEnabled()
    page.select_loan(gone)
    assert page.recover_button.isEnabled() and page.details["arrears"].text() == ""

    def receive(dialog):
        assert dialog.objectName() == "recoveryDialog"
        type_into(qtbot, dialog.amount, "100.000")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # saved: its kuitansi shown, then Tutup
        assert dialog.receipt_number.startswith("KW/2026/")
        dialog.close_button.click()

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, receive, key(qtbot, page, Qt.Key.Key_Return))
    assert ledger.account_balance("4-304") == -100_000
