"""The Simpanan page: deposits, withdrawals, stornos and leaving through the dialogs, refusals
shown beside the field with nothing written, totals that match the ledger, search and filters.
Everything is checked as the secretary sees it: the cells, the passbook, the red lines."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import QThreadPool, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import clock, leaving, ledger, members, receipts, reversals, savings
from app.db import db
from app.documents.catalogue import Request
from app.formatting import rupiah
from app.members import MemberInput
from ui import translation
from ui.savings_table import COLUMNS, PASSBOOK_COLUMNS

SAVINGS_PAGE = 2  # Ctrl+3


def add(name: str, joined_on: date = date(2026, 1, 15)) -> int:
    return members.add_member(MemberInput(name=name, sex="P", joined_on=joined_on)).id


def entries() -> int:
    return db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]


@pytest.fixture
def page(window, qtbot):
    page = window.page("savings")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.go_to(SAVINGS_PAGE)
    yield page
    # No background read may outlive the test: it would read a closed book (and report to a
    # deleted window) while the next test runs.
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    gc.collect()  # Qt objects left by this test go on the GUI thread, not in a worker's collection


def reload(qtbot, page) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()


def cell(page, member_id: int, column: str) -> str:
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(member_id), COLUMNS.index(column)))
    return page.table.model().data(index) if index.isValid() else None


def shown(page, column: str) -> list[str]:
    col = COLUMNS.index(column)
    return [page.proxy.index(row, col).data() for row in range(page.proxy.rowCount())]


def passbook(page, *columns: str) -> list[tuple[str, ...]]:
    model = page.passbook.model()
    return [
        tuple(model.index(row, PASSBOOK_COLUMNS.index(c)).data() for c in columns) for row in range(model.rowCount())
    ]


def with_dialog(qtbot, act, press) -> None:
    """Open a dialog by pressing a key (or clicking) and let `act(dialog)` work in it."""
    seen, tries = [], [0]

    def inside():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet (the key press may wait for the window first)
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, inside)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, inside)
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)  # a shortcut clicks its button a moment later


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    edit.clear()
    qtbot.keyClicks(edit, text)


def key(qtbot, page, k, widget=None):
    """Press a page shortcut as the secretary does (F4 to F8), by default in the table."""

    def press():
        window = page.window()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        (widget or page.table).setFocus()
        qtbot.keyClick(widget or page.table, k)

    return press


@pytest.fixture
def siti(book) -> int:
    return add("Siti Aminah")


def test_deposit_through_the_dialog_moves_the_cell_and_the_passbook(siti, page, qtbot):
    savings.deposit(siti, "sukarela", 100_000, date(2026, 3, 2))
    reload(qtbot, page)
    page.select_member(siti)
    assert cell(page, siti, "sukarela") == "Rp100.000"
    assert passbook(page, "saldo")[-1] == ("Rp100.000",)

    def deposit_50_000(dialog):
        assert dialog.objectName() == "depositDialog"
        assert dialog.amount.text() == "10.000"  # pokok not paid yet: offered first, at the set amount
        dialog.kind.setCurrentIndex(dialog.kind.findData("sukarela"))
        assert dialog.hint.text() == "Saldo sukarela sekarang Rp100.000."
        dialog.amount.setFocus()
        type_into(qtbot, dialog.amount, "50.000")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        number = dialog.saved.receipt_number  # saved, with its kuitansi: Enter closes
        assert dialog.receipt_note.text().startswith(f"Tersimpan, kuitansi {number}.")
        assert receipts.get(number).amount_rp == 50_000
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, deposit_50_000, key(qtbot, page, Qt.Key.Key_F4))
    assert cell(page, siti, "sukarela") == "Rp150.000"
    assert cell(page, siti, "total") == "Rp150.000"
    assert page.balances["sukarela"].text() == "Rp150.000"
    assert passbook(page, "date", "description", "kind", "setor", "tarik", "saldo")[-1] == (
        "17/08/2026", "Setoran simpanan sukarela", "Sukarela", "Rp50.000", "", "Rp150.000",
    )
    assert savings.balances(siti).sukarela_rp == 150_000


def test_wajib_is_offered_at_the_set_amount_and_the_status_follows(siti, page, qtbot):
    savings.deposit(siti, "pokok", 10_000, date(2026, 1, 15))
    reload(qtbot, page)
    page.select_member(siti)
    # January to August at Rp5.000: 8 months owed
    assert page.wajib_status.text() == "Wajib terutang 8 bulan: Rp40.000."
    assert cell(page, siti, "owed") == "Rp40.000 (8 bln)"

    def pay_nine_months(dialog):
        assert dialog.kind.currentData() == "wajib"  # pokok is paid: wajib comes first
        assert dialog.amount.text() == "5.000"
        assert dialog.hint.text() == "Wajib terutang 8 bulan: Rp40.000."
        type_into(qtbot, dialog.amount, "45000")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Enter)
        assert dialog.receipt_number == dialog.saved.receipt_number
        qtbot.keyClick(dialog, Qt.Key.Key_Enter)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, pay_nine_months, page.deposit_button.click)
    assert page.wajib_status.text() == "Wajib lunas, dibayar di muka Rp5.000."
    assert cell(page, siti, "owed") == ""
    assert cell(page, siti, "wajib") == "Rp45.000"


def test_withdrawal_above_the_balance_is_refused_beside_the_amount(siti, page, qtbot):
    savings.deposit(siti, "sukarela", 30_000, date(2026, 3, 2))
    reload(qtbot, page)
    page.select_member(siti)
    before = entries()
    texts = {}

    def withdraw_too_much(dialog):
        assert dialog.objectName() == "withdrawDialog"
        assert dialog.values["sukarela"].text() == "Rp30.000"
        type_into(qtbot, dialog.amount, "50.000")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        texts["amount"] = dialog.errors.label("amount_rp").text()
        texts["visible"] = dialog.isVisible() and dialog.errors.label("amount_rp").isVisible()
        texts["focus"] = dialog.focusWidget() is dialog.amount
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)

    with_dialog(qtbot, withdraw_too_much, key(qtbot, page, Qt.Key.Key_F5))
    assert texts == {"amount": "Saldo tidak cukup: yang bisa ditarik Rp30.000.", "visible": True, "focus": True}
    assert entries() == before
    assert cell(page, siti, "sukarela") == "Rp30.000"


def test_an_unreadable_amount_is_refused_before_anything_is_asked(siti, page, qtbot):
    page.select_member(siti)
    before = entries()
    texts = []

    def type_letters(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("sukarela"))
        type_into(qtbot, dialog.amount, "lima puluh ribu")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        texts.append(dialog.errors.label("amount_rp").text())
        type_into(qtbot, dialog.amount, "-5.000")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        texts.append(dialog.errors.label("amount_rp").text())
        dialog.reject()

    with_dialog(qtbot, type_letters, page.deposit_button.click)
    assert texts == ["Jumlah tidak dikenali. Tulis rupiah bulat, misalnya 50.000, 300rb atau 1,5 juta.", "Jumlah harus lebih dari nol."]
    assert entries() == before


def test_pokok_twice_is_refused_beside_the_kind(siti, page, qtbot):
    page.select_member(siti)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, lambda d: (qtbot.keyClick(d.amount, Qt.Key.Key_Return),  # saved: kuitansi shown
                                      qtbot.keyClick(d, Qt.Key.Key_Return)), page.deposit_button.click)
    assert cell(page, siti, "pokok") == "Rp10.000"
    before = entries()
    texts = {}

    def pokok_again(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("pokok"))
        assert dialog.hint.text() == "Simpanan pokok sudah dibayar: Rp10.000."
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        texts["kind"] = dialog.errors.label("kind").text()
        texts["open"] = dialog.isVisible()
        dialog.reject()

    with_dialog(qtbot, pokok_again, page.deposit_button.click)
    assert texts == {"kind": "Simpanan pokok anggota ini sudah dibayar.", "open": True}
    assert entries() == before
    assert cell(page, siti, "pokok") == "Rp10.000"


def test_storno_of_a_passbook_line_restores_the_balance(siti, page, qtbot):
    savings.deposit(siti, "sukarela", 100_000, date(2026, 3, 2))
    savings.deposit(siti, "sukarela", 40_000, date(2026, 4, 6))
    reload(qtbot, page)
    page.select_member(siti)
    assert cell(page, siti, "sukarela") == "Rp140.000"
    assert not page.reverse_button.isEnabled()  # no line chosen yet
    page.passbook.setFocus()
    page.passbook.setCurrentIndex(page.passbook.model().index(1, 0))
    assert page.reverse_button.isEnabled()

    def reverse_it(dialog):
        assert "06/04/2026" in dialog.intro.text()
        lines = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
        assert ["Kas", "0001 – Siti Aminah", "", "Rp40.000", ""] in lines
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: refused
        assert dialog.errors.label("reason").text() == "Wajib diisi."
        qtbot.keyClicks(dialog.reason, "dobel dicatat")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        assert "BKK/2026/000001" in dialog.receipt_note.text()  # the Rp40.000 goes back: a bukti kas keluar
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Tutup

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, reverse_it, key(qtbot, page, Qt.Key.Key_F6, page.passbook))
    assert cell(page, siti, "sukarela") == "Rp100.000"
    assert passbook(page, "date", "description", "setor", "tarik", "saldo") == [
        ("02/03/2026", "Setoran simpanan sukarela", "Rp100.000", "", "Rp100.000"),
        ("06/04/2026", "Setoran simpanan sukarela (dibatalkan)", "Rp40.000", "", "Rp140.000"),
        ("17/08/2026", "Storno: Setoran simpanan sukarela", "", "Rp40.000", "Rp100.000"),
    ]
    model = page.passbook.model()
    assert model.index(2, 1).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) is not None  # grey
    page.passbook.setCurrentIndex(model.index(1, 0))
    assert not page.reverse_button.isEnabled()  # already reversed
    page.passbook.setCurrentIndex(model.index(2, 0))
    assert not page.reverse_button.isEnabled()  # a storno is not reversed again


def test_totals_equal_the_ledger_accounts(page, book, qtbot):
    ids = [add(name) for name in ("Siti", "Ani", "Rahmah", "Jumiati")]
    for i, member_id in enumerate(ids):
        savings.deposit(member_id, "pokok", 10_000, date(2026, 1, 15))
        savings.deposit(member_id, "wajib", 5_000 * (i + 1), date(2026, 2, 1))
        savings.deposit(member_id, "sukarela", 75_000 * (i + 1), date(2026, 2, 1))
    savings.withdraw(ids[1], 20_000, date(2026, 3, 1))
    wrong = savings.deposit(ids[2], "sukarela", 12_345, date(2026, 3, 1)).entry_id
    reversals.reverse(wrong, "salah", date(2026, 3, 2))
    leaving.settle(ids[3], date(2026, 8, 1))
    reload(qtbot, page)
    expected = {key: rupiah(-ledger.account_balance(code)) for key, code in savings.ACCOUNTS.items()}
    assert {key: page.totals[key].text() for key in expected} == expected
    assert expected == {"pokok": "Rp30.000", "wajib": "Rp30.000", "sukarela": "Rp430.000"}
    assert page.totals["total"].text() == "Rp490.000"


def test_leaving_without_loans_marks_her_left_with_nothing_held(siti, page, qtbot):
    savings.deposit(siti, "pokok", 10_000, date(2026, 1, 15))
    savings.deposit(siti, "wajib", 15_000, date(2026, 3, 1))
    savings.deposit(siti, "sukarela", 50_000, date(2026, 3, 1))
    reload(qtbot, page)
    page.select_member(siti)
    cash = ledger.account_balance("1-101")
    seen = {}

    def settle(dialog):
        seen.update({key: label.text() for key, label in dialog.values.items()})
        seen["button"] = dialog.save_button.text()
        qtbot.keyClick(dialog.entry_date, Qt.Key.Key_Return)
        note["text"] = dialog.receipt_note.text() if dialog.receipt_note else ""
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Tutup: the dialog stayed open with her kuitansi

    note = {}
    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, settle, key(qtbot, page, Qt.Key.Key_F7))
    assert note["text"].startswith("Tersimpan, bukti kas keluar BKK/2026/")
    assert seen == {
        "pokok": "Rp10.000", "wajib": "Rp15.000", "sukarela": "Rp50.000", "total": "Rp75.000",
        "owed_rp": "Rp0", "net": "Rp75.000", "button": "Keluarkan dan bayar Rp75.000",
    }
    assert cell(page, siti, "status") == "Keluar 17/08/2026"
    assert [cell(page, siti, c) for c in ("pokok", "wajib", "sukarela", "total", "owed")] == [
        "Rp0", "Rp0", "Rp0", "Rp0", ""]
    assert ledger.account_balance("1-101") - cash == -75_000
    assert passbook(page, "saldo")[-1] == ("Rp0",)
    assert page.wajib_status.text() == "Keluar pada 17/08/2026."
    assert not page.deposit_button.isEnabled() and not page.settle_button.isEnabled()


def free_loan(member_id: int, principal_rp: int) -> int:
    """An interest-free loan without denda, paid out on 1 August: its payoff is its principal."""
    from decimal import Decimal

    from loan_support import disbursed, product

    return disbursed(member_id, product(interest_free=True, rate=Decimal(0)), principal_rp, 4, on=date(2026, 8, 1))


def test_settle_dialog_pays_her_loan_off_from_her_savings(siti, page, qtbot):
    from app.loans import lifecycle

    savings.deposit(siti, "sukarela", 300_000, date(2026, 3, 1))
    loan = free_loan(siti, 200_000)
    reload(qtbot, page)
    page.select_member(siti)
    seen = {}

    def settle(dialog):
        seen.update({key: label.text() for key, label in dialog.values.items()})
        seen["loan caption"] = dialog.captions[f"loan_{loan}"].text()
        seen["button"] = dialog.save_button.text()
        qtbot.keyClick(dialog.entry_date, Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closes the kuitansi view: the save stands

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, settle, key(qtbot, page, Qt.Key.Key_F7))
    number = lifecycle.get_loan(loan).number
    assert seen == {
        "pokok": "Rp0", "wajib": "Rp0", "sukarela": "Rp300.000", "total": "Rp300.000",
        f"loan_{loan}": "Rp200.000", "owed_rp": "Rp200.000", "net": "Rp100.000",
        "loan caption": f"Pelunasan {number} (pokok Rp200.000, jasa Rp0, denda Rp0)",
        "button": "Keluarkan dan bayar Rp100.000",
    }
    assert lifecycle.get_loan(loan).status == "paid_off"
    assert cell(page, siti, "status") == "Keluar 17/08/2026"


def test_settle_dialog_refuses_a_debt_above_her_savings(siti, qtbot):
    from ui.savings_dialogs import SettleDialog

    savings.deposit(siti, "sukarela", 50_000, date(2026, 3, 1))
    free_loan(siti, 160_000)
    dialog = SettleDialog(members.get_member(siti))
    qtbot.addWidget(dialog)
    assert dialog.values["owed_rp"].text() == "Rp160.000"
    assert dialog.values["net"].text() == "Rp0"
    before = entries()
    dialog.accept()
    assert dialog.errors.label("owed_rp").text() == "Utang anggota (Rp160.000) lebih besar dari simpanannya (Rp50.000)."
    assert entries() == before and members.get_member(siti).active


def test_search_and_the_arrears_filter(page, book, qtbot):
    siti = add("Siti Aminah")
    add("Ani Rahmawati", joined_on=date(2026, 6, 2))
    budi = add("Budi Santoso", joined_on=date(2025, 1, 6))
    rahmah = add("Rahmah", joined_on=date(2026, 8, 1))
    savings.deposit(siti, "wajib", 40_000, date(2026, 8, 1))  # January to August: paid
    savings.deposit(rahmah, "wajib", 2_000, date(2026, 8, 1))  # part of August
    members.mark_left(budi, date(2026, 5, 31))  # owed wajib when she left: not collected now
    reload(qtbot, page)
    assert page.count.text() == "4 anggota ditampilkan"

    qtbot.keyClicks(page.search, "rahma")
    assert shown(page, "name") == ["Ani Rahmawati", "Rahmah"]
    page.search.clear()
    qtbot.keyClicks(page.search, "0001")
    assert shown(page, "name") == ["Siti Aminah"]
    page.search.clear()

    page.status.setCurrentIndex(page.status.findData("arrears"))
    assert shown(page, "name") == ["Ani Rahmawati", "Rahmah"]
    assert shown(page, "owed") == ["Rp15.000 (3 bln)", "Rp3.000 (1 bln)"]
    assert page.count.text() == "2 anggota ditampilkan"
    page.status.setCurrentIndex(page.status.findData("left"))
    assert shown(page, "name") == ["Budi Santoso"]
    assert shown(page, "owed") == [""]
    page.status.setCurrentIndex(page.status.findData("active"))
    assert shown(page, "name") == ["Siti Aminah", "Ani Rahmawati", "Rahmah"]
    page.select_member(rahmah)
    assert page.wajib_status.text() == "Wajib terutang 1 bulan: Rp3.000."
    page.select_member(siti)
    assert page.wajib_status.text() == "Wajib lunas."


def test_amounts_dialog_refuses_inline_and_sets_the_prefill(siti, page, qtbot):
    page.select_member(siti)
    texts = {}

    def set_amounts(dialog):
        type_into(qtbot, dialog.pokok, "0")
        type_into(qtbot, dialog.wajib, "lima ribu")
        qtbot.keyClick(dialog.wajib, Qt.Key.Key_Return)
        texts["wajib"] = dialog.errors.label("wajib_rp").text()
        type_into(qtbot, dialog.wajib, "7.500")
        qtbot.keyClick(dialog.wajib, Qt.Key.Key_Return)
        texts["pokok"] = dialog.errors.label("pokok_rp").text()
        texts["still"] = (savings.pokok_amount(), savings.wajib_amount())
        type_into(qtbot, dialog.pokok, "Rp25.000")
        qtbot.keyClick(dialog.pokok, Qt.Key.Key_Return)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, set_amounts, key(qtbot, page, Qt.Key.Key_F8))
    assert texts == {
        "wajib": "Jumlah tidak dikenali. Tulis rupiah bulat, misalnya 50.000, 300rb atau 1,5 juta.",
        "pokok": "Jumlah harus lebih dari nol.",
        "still": (10_000, 5_000),
    }
    assert (savings.pokok_amount(), savings.wajib_amount()) == (25_000, 7_500)
    assert cell(page, siti, "owed") == "Rp60.000 (8 bln)"
    offered = []

    def look(dialog):
        offered.append(dialog.amount.text())
        dialog.kind.setCurrentIndex(dialog.kind.findData("wajib"))
        offered.append(dialog.amount.text())
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)

    with_dialog(qtbot, look, page.deposit_button.click)
    assert offered == ["25.000", "7.500"]


def test_a_left_member_takes_no_deposit(siti, page, qtbot):
    members.mark_left(siti, date(2026, 8, 1))
    reload(qtbot, page)
    page.select_member(siti)
    assert not page.deposit_button.isEnabled()
    assert not page.withdraw_button.isEnabled()
    assert page.amounts_button.isEnabled()


def test_page_and_dialogs_fit_a_1366x768_screen(siti, page, qtbot):
    from ui.savings_dialogs import AmountsDialog, DepositDialog, SettleDialog, WithdrawDialog
    from ui.storno_dialog import StornoDialog

    window = page.window()
    window.resize(1366, 740)
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 740
    savings.deposit(siti, "sukarela", 10_000, date(2026, 2, 2))
    member, held = members.get_member(siti), savings.balances(siti)
    line = savings.passbook(siti)[0]
    for dialog in (
        DepositDialog(member, held, savings.wajib_status(siti)), WithdrawDialog(member, held),
        StornoDialog(line.entry_id), SettleDialog(member), AmountsDialog(),
    ):
        qtbot.addWidget(dialog)
        hint = dialog.sizeHint()
        assert hint.width() <= 1000 and hint.height() <= 700, (dialog.objectName(), hint)
    reload(qtbot, page)
    header = page.table.horizontalHeader()
    assert header.length() <= page.table.viewport().width() + 1  # every column visible, no sideways scroll


def test_the_page_speaks_english(siti, page, qtbot):
    savings.deposit(siti, "sukarela", 10_000, date(2026, 2, 2))
    reload(qtbot, page)
    page.select_member(siti)
    translation.apply("en")
    qtbot.waitUntil(lambda: page.deposit_button.text() == "Deposit (F4)")
    assert page.model.headerData(COLUMNS.index("owed"), Qt.Orientation.Horizontal) == "Wajib\narrears"
    assert page.wajib_status.text() == "Wajib owed for 8 months: Rp40.000."
    assert cell(page, siti, "owed") == "Rp40.000 (8 mo.)"
    assert page.passbook.model().index(0, 2).data() == "Sukarela"
    assert page.print_button.text() == "Print passbook (Ctrl+P)"
    assert page.print_button.shortcut().toString() == "Ctrl+P"  # kept after the new words


def test_print_passbook_asks_for_the_selected_members_passbook_as_of_today(siti, page, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr("ui.pages.savings.make_document", lambda parent, request: asked.append((parent, request)))
    assert not page.print_button.isEnabled()  # nobody selected yet
    page.print_passbook()
    assert asked == []
    page.select_member(siti)
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert asked == [(page, Request("passbook", member_id=siti, end=clock.today()))]
    window = page.window()  # the same from the keyboard: Ctrl+P
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(asked) == 2)  # a button's shortcut clicks it a moment later
    assert asked[1] == asked[0]
    assert QApplication.activeModalWidget() is None
