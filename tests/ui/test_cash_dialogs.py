"""Kas & Buku's money in, money out and Kas ↔ Bank by keyboard: Enter saves, the row appears
in the Buku Kas Umum with its KW or BKK number, the receipt prints; a payment larger than the
box shows the balance beside the amount and writes nothing; goods given from the Inventaris tab
(from a funder, counted in its report; with no funder yet, nothing written);
a new pos from Pengaturan; account codes only when turned on."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import QThreadPool, QTimer, Qt
from PySide6.QtWidgets import QApplication

from app import clock, inventory, ledger, receipts, settings
from app.db import db
from app.funds import funders, report
from app.funds.funders import FunderInput
from app.ledger import BANK, KAS, credit, debit
from ui.areas import AREAS
from ui.funds_dialogs import FunderGrantDialog
from ui.cash_dialogs import CashOutDialog, ReceiveDialog, TransferDialog
from ui.main import open_and_show
from ui.pages.cashbook import COLUMNS
from ui.pos_panel import PosPanel

CASHBOOK = [area.key for area in AREAS].index("cashbook")


def counts() -> tuple[int, ...]:
    return tuple(db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("journal_entries", "postings", "receipts", "inventory_items"))


def capital(amount_rp: int, account: str = KAS, on: date = date(2026, 8, 1)) -> None:
    ledger.post_entry(on, "Modal awal", [debit(account, amount_rp), credit("3-201", amount_rp)])


@pytest.fixture
def page(book, qtbot):
    capital(500_000)
    window = open_and_show(book)
    qtbot.addWidget(window)
    page = window.page("cashbook")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.go_to(CASHBOOK)
    yield page
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.processEvents()
    gc.collect()


def row_texts(page) -> list[list[str]]:
    return [[page.model.index(r, c).data() for c in range(len(COLUMNS))] for r in range(page.model.rowCount())]


def by_keyboard(qtbot, page, button, typing) -> None:
    """Click a page button; in its modal dialog, type and press Enter (saves), then Enter again
    (closes: the page shows the book again)."""
    seen = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        try:
            typing(dialog)
        except BaseException as error:  # never leave a modal dialog open: the run would hang
            seen["error"] = error
        if dialog.receipt_number is None:  # refused: close it (the test says why)
            seen["errors"] = {key: label.text() for key, (_, label) in dialog.errors._fields.items() if label.text()}
            dialog.reject()
            return
        seen["number"] = dialog.receipt_number
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)
    button.click()
    if "number" in seen:
        qtbot.waitSignal(page.loaded, timeout=10000).wait()
    if "error" in seen:
        raise seen["error"]
    return seen


def test_a_cost_paid_by_keyboard_appears_in_the_book_with_its_bkk(page, qtbot, monkeypatch):
    printed = []
    monkeypatch.setattr("ui.receipt_done.documents_ui.print_receipt", lambda parent, number: printed.append(number))

    def typing(dialog):
        assert isinstance(dialog, CashOutDialog) and dialog.focusWidget() is dialog.description
        qtbot.keyClicks(dialog.description, "Snack rapat Agustus")
        qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.amount, "150.000")
        qtbot.keyClicks(dialog.account, "Konsumsi")  # chosen by its name
        qtbot.keyClicks(dialog.party_name, "Warung Bu Ida")
        qtbot.keyClick(dialog.party_name, Qt.Key.Key_Return)
        dialog.print_button.click()  # what Ctrl+P does (the offscreen window is never active)

    seen = by_keyboard(qtbot, page, page.pay_button, typing)
    assert seen["number"] == "BKK/2026/000001" and printed == ["BKK/2026/000001"]
    last = row_texts(page)[-1]
    assert last[COLUMNS.index("description")] == "Snack rapat Agustus"
    assert last[COLUMNS.index("source")] == "Warung Bu Ida"  # dibayar kepada: whom the BKK names
    assert last[COLUMNS.index("voucher")] == "BKK/2026/000001"
    assert last[COLUMNS.index("payments")] == "Rp150.000"
    assert page.figures["cash"].text() == "Rp350.000"
    assert not any(v.startswith("JU-") for v in (r[COLUMNS.index("voucher")] for r in row_texts(page)))


def test_income_by_keyboard_gets_a_kuitansi(page, qtbot):
    def typing(dialog):
        assert isinstance(dialog, ReceiveDialog)
        qtbot.keyClicks(dialog.description, "Bunga tabungan Juli")
        qtbot.keyClicks(dialog.amount, "12.345")
        qtbot.keyClicks(dialog.account, "Bunga")
        dialog.cash_account.setFocus()
        qtbot.keyClicks(dialog.cash_account, "Bank")
        qtbot.keyClicks(dialog.party_name, "Bank Kalsel")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    seen = by_keyboard(qtbot, page, page.receive_button, typing)
    assert seen["number"] == "KW/2026/000001"
    assert receipts.get("KW/2026/000001").amount_rp == 12_345
    assert ledger.account_balance(BANK) == 12_345 and ledger.account_balance("4-301") == -12_345
    assert row_texts(page)[-1][COLUMNS.index("receipts")] == "Rp12.345"


def test_a_payment_larger_than_the_box_shows_the_balance_and_writes_nothing(page, qtbot):
    before = counts()

    def typing(dialog):
        qtbot.keyClicks(dialog.description, "Beli tenda")
        qtbot.keyClicks(dialog.amount, "30.000.000")
        qtbot.keyClicks(dialog.party_name, "Toko Sinar")
        qtbot.keyClick(dialog.party_name, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.focusWidget() is dialog.amount

    seen = by_keyboard(qtbot, page, page.pay_button, typing)
    assert seen["errors"] == {"amount": "Uang tidak cukup untuk Rp30.000.000. Saldo Kas pada 17/08/2026: Rp500.000."}
    assert counts() == before


def test_a_transfer_to_the_same_account_is_refused_beside_the_field(book, qtbot):
    capital(100_000, BANK)
    settings.update({"bendahara_name": "Masitah"})
    dialog = TransferDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.description and dialog.cash_account.currentText() == "Kas"
    assert dialog.account.currentText() == "Bank" and dialog.party_name.text() == "Masitah"  # who carries it
    dialog.cash_account.setCurrentIndex(dialog.cash_account.findData(BANK))
    qtbot.keyClicks(dialog.amount, "50.000")
    before = counts()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.errors.label("account").text() == "Uang tidak berpindah dari Bank ke Bank: pilih Kas dan Bank."
    assert counts() == before
    dialog.account.setCurrentIndex(dialog.account.findData(KAS))
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.receipt_number == "BKK/2026/000001"
    assert (ledger.account_balance(KAS), ledger.account_balance(BANK)) == (50_000, 50_000)
    assert ledger.get_entry(dialog.saved.entry_id).description == "Pindah dari Bank ke Kas"


def test_equipment_bought_asks_for_the_item_and_joins_the_register(book, qtbot):
    capital(3_000_000)
    dialog = CashOutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.item_name.isVisible()
    qtbot.keyClicks(dialog.description, "Beli tenda")
    qtbot.keyClicks(dialog.amount, "2.250.000")
    qtbot.keyClicks(dialog.party_name, "Toko Sinar")
    qtbot.keyClick(dialog.is_equipment, Qt.Key.Key_Space)
    assert dialog.item_name.isVisible() and not dialog.account.isEnabled()
    qtbot.keyClicks(dialog.item_name, "Tenda biru")
    dialog.item_quantity.selectAll()
    qtbot.keyClicks(dialog.item_quantity, "2")
    qtbot.keyClicks(dialog.item_location, "Rumah Ketua")
    qtbot.keyClick(dialog.item_location, Qt.Key.Key_Return)
    assert dialog.receipt_number == "BKK/2026/000001"
    (item,) = inventory.list_items()
    assert (item.name, item.quantity, item.value_rp, item.location) == ("Tenda biru", 2, 2_250_000, "Rumah Ketua")
    assert ledger.account_balance("1-401") == 2_250_000


def grant_from_the_inventaris_tab(page, qtbot, act) -> None:
    """Terima hibah barang… on the Inventaris tab; `act(dialog)` works in the dialog it opens."""
    panel = page.inventory
    assert panel.grant_button.text() == "Terima hibah barang…"
    seen = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, FunderGrantDialog) and dialog.focusWidget() is dialog.giver
            assert dialog.form.currentText() == "Barang (hibah peralatan)" and dialog.item_name.isVisible()
            act(dialog)
        except BaseException as error:  # never leave a modal dialog open: the run would hang
            seen["error"] = error
        if dialog.isVisible():
            dialog.done(0)

    QTimer.singleShot(0, drive)
    panel.grant_button.click()
    if "error" in seen:
        raise seen["error"]


def test_goods_given_from_the_inventaris_tab_count_for_their_funder(page, qtbot):
    adaro = funders.add_funder(FunderInput("csr", "CSR PT Adaro", agreement_number="PKS/017/CSR/2026"))
    dinas = funders.add_funder(FunderInput("dinas", "Dinas Koperasi HSU"))

    def act(dialog):
        assert [dialog.giver.itemText(i) for i in range(dialog.giver.count())] == ["CSR PT Adaro", "Dinas Koperasi HSU"]
        qtbot.keyClick(dialog.giver, Qt.Key.Key_Down)  # Dinas Koperasi HSU
        qtbot.keyClick(dialog.giver, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.form  # Pemberi first, then the form of the grant
        qtbot.keyClicks(dialog.amount, "4.500.000")
        qtbot.keyClicks(dialog.item_name, "Kompor gas")
        qtbot.keyClicks(dialog.location, "Balai desa")
        qtbot.keyClick(dialog.location, Qt.Key.Key_Return)
        assert dialog.result() == 1 and not dialog.isVisible()  # saved and closed: no kuitansi for goods

    grant_from_the_inventaris_tab(page, qtbot, act)
    panel = page.inventory
    assert [(row.name, row.value_rp, row.location) for row in panel.rows] == [("Kompor gas", 4_500_000, "Balai desa")]
    assert panel.table.item(0, 2).text() == "Hibah Dinas Koperasi HSU"
    assert ledger.account_balance("1-401") == 4_500_000
    assert ledger.account_balance("3-201") == -500_000 - 4_500_000  # the opening capital, then the grant
    start = date(2026, 1, 1)
    got = report.funder_report(dinas.id, start, clock.today())
    assert got.in_kind_rp == 4_500_000 and got.items_given == (("Kompor gas", clock.today(), 4_500_000),)
    assert report.funder_report(adaro.id, start, clock.today()).in_kind_rp == 0


def test_goods_given_with_no_funder_yet_say_where_to_register_it(page, qtbot, discard_questions):
    before = counts()

    def act(dialog):
        assert dialog.giver.count() == 0
        assert dialog.errors.label("funder").text() == "Daftarkan pemberinya dulu di Dana & Sumber Modal."
        assert dialog.errors.label("funder").isVisible()
        qtbot.keyClicks(dialog.amount, "750.000")
        qtbot.keyClicks(dialog.item_name, "Kompor gas")
        qtbot.keyClick(dialog.item_name, Qt.Key.Key_Return)  # refused: it stays open, the words beside Pemberi
        assert dialog.isVisible() and dialog.saved is None
        assert dialog.errors.label("funder").text() == "Daftarkan pemberinya dulu di Dana & Sumber Modal."
        qtbot.keyClick(dialog.item_name, Qt.Key.Key_Escape)  # typed something: she is asked first
        assert discard_questions == [dialog] and not dialog.isVisible()  # the fixture answered Buang

    grant_from_the_inventaris_tab(page, qtbot, act)
    assert counts() == before and page.inventory.rows == []


def test_a_new_pos_from_pengaturan_and_codes_only_when_asked(book, qtbot):
    panel = PosPanel()
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.name, "Sewa tenda")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert "Sewa tenda" in panel.cost_list.text() and panel.name.text() == ""
    qtbot.keyClicks(panel.name, "sewa tenda")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert panel.errors.label("name").text() == "\"sewa tenda\" sudah ada di daftar akun."
    dialog = CashOutDialog()
    qtbot.addWidget(dialog)
    labels = [dialog.account.itemText(i) for i in range(dialog.account.count())]
    assert "Sewa tenda" in labels and not any(label[:1].isdigit() for label in labels)
    assert [dialog.cash_account.itemText(i) for i in range(dialog.cash_account.count())] == ["Kas", "Bank"]
    settings.update({"show_account_codes": "1"})
    dialog = CashOutDialog()
    qtbot.addWidget(dialog)
    assert "5-207 Sewa tenda" in [dialog.account.itemText(i) for i in range(dialog.account.count())]
    assert dialog.cash_account.itemText(0) == "1-101 Kas"


def test_the_same_account_error_goes_when_she_changes_dari(book, qtbot):
    capital(100_000, BANK)
    dialog = TransferDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cash_account.setFocus()
    qtbot.keyClick(dialog.cash_account, Qt.Key.Key_Down)  # Dari: Bank (Ke is Bank too)
    assert dialog.cash_account.currentData() == BANK
    qtbot.keyClicks(dialog.amount, "50.000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    error = dialog.errors.label("account")
    assert error.text() == "Uang tidak berpindah dari Bank ke Bank: pilih Kas dan Bank." and not error.isHidden()
    qtbot.keyClick(dialog.cash_account, Qt.Key.Key_Up)  # Dari: Kas
    assert dialog.cash_account.currentData() == KAS and error.isHidden()


def test_not_enough_money_goes_when_she_picks_the_bank(book, qtbot):
    capital(1_000_000, BANK)
    dialog = CashOutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.description, "Snack rapat")
    qtbot.keyClicks(dialog.amount, "150.000")
    qtbot.keyClicks(dialog.party_name, "Warung Bu Ida")
    qtbot.keyClick(dialog.party_name, Qt.Key.Key_Return)
    error = dialog.errors.label("amount")
    assert error.text().startswith("Uang tidak cukup") and not error.isHidden()
    dialog.cash_account.setFocus()
    qtbot.keyClick(dialog.cash_account, Qt.Key.Key_Down)  # Bank
    assert dialog.cash_account.currentData() == BANK and error.isHidden()


def test_ticking_equipment_shows_inventaris_as_untuk_and_unticking_gives_the_pos_back(book, qtbot):
    dialog = CashOutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    chosen = dialog.account.currentText()
    assert chosen != "Inventaris / peralatan"
    dialog.is_equipment.setFocus()
    qtbot.keyClick(dialog.is_equipment, Qt.Key.Key_Space)
    assert dialog.account.currentText() == "Inventaris / peralatan" and not dialog.account.isEnabled()
    qtbot.keyClick(dialog.is_equipment, Qt.Key.Key_Space)
    assert dialog.account.currentText() == chosen and dialog.account.isEnabled()
    assert dialog.account.findData("1-401") < 0


def choose(qtbot, combo, name: str) -> None:
    """Walk the combo box by keyboard until it shows `name`."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == name:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == name


def test_the_banks_own_pos_goes_through_the_bank_unless_she_chose(book, qtbot):
    receive = ReceiveDialog()
    qtbot.addWidget(receive)
    receive.show()
    assert (receive.account.currentText(), receive.cash_account.currentText()) == ("Bunga bank", "Bank")
    choose(qtbot, receive.account, "Bunga bank")
    assert receive.cash_account.currentText() == "Bank"
    choose(qtbot, receive.account, "Bantuan desa / sumbangan")
    assert receive.cash_account.currentText() == "Kas"
    choose(qtbot, receive.cash_account, "Bank")  # her own choice stands from now on
    choose(qtbot, receive.account, "Bunga bank")
    choose(qtbot, receive.cash_account, "Kas")
    choose(qtbot, receive.account, "Bantuan desa / sumbangan")
    choose(qtbot, receive.account, "Bunga bank")
    assert receive.cash_account.currentText() == "Kas"

    pay = CashOutDialog()
    qtbot.addWidget(pay)
    pay.show()
    choose(qtbot, pay.account, "Biaya administrasi bank")
    assert pay.cash_account.currentText() == "Bank"
