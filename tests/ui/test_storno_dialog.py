"""The one storno dialog, by keyboard: opened from a passbook's wajib row it shows the whole Setoran
(the loan instalments, wajib, sukarela, the cash) before saving; from Kas & Buku by a kuitansi
number; a storno that would be refused says why with Batalkan transaksi disabled."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import collection, ledger, receipts, savings
from app.loans import lifecycle
from collection_support import ON, member_with_dues
from test_savings_page import key, page, reload, with_dialog  # noqa: F401 (page is a fixture)
from ui.areas import AREAS

CASHBOOK = [area.key for area in AREAS].index("cashbook")


def table_rows(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_wajib_row_of_a_setoran_shows_the_whole_setoran_before_its_storno(book, page, qtbot):
    member_id, loan_a, loan_b = member_with_dues("Hj. Saniah")
    # Money above the day's dues would pay the next instalment: the treasurer steers 20 000 to sukarela.
    edited = collection.EditedSplit(loans={loan_a: 244_000, loan_b: 106_000}, wajib_rp=15_000, sukarela_rp=20_000)
    taken = collection.take_payment(member_id, ON, 365_000 + 20_000, to_sukarela=True, split=edited)
    reload(qtbot, page)
    page.select_member(member_id)
    lines = savings.passbook(member_id)
    row = next(i for i, line in enumerate(lines) if line.entry_id == taken.entry_id and line.kind == "wajib")
    page.passbook.setFocus()
    page.passbook.setCurrentIndex(page.passbook.model().index(row, 0))
    numbers = [lifecycle.get_loan(loan).number for loan in (loan_a, loan_b)]
    seen = {}

    def look_and_reverse(dialog):
        seen["rows"] = table_rows(dialog)
        seen["undoes"] = dialog.undoes.text()
        seen["receipts"] = dialog.values["receipts"].text()
        seen["enabled"] = dialog.save_button.isEnabled()
        qtbot.keyClicks(dialog.reason, "salah anggota")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        seen["note"] = dialog.receipt_note.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, look_and_reverse, key(qtbot, page, Qt.Key.Key_F6, page.passbook))
    entry = ledger.get_entry(taken.entry_id)
    assert len(seen["rows"]) == len(entry.lines)
    accounts = [r[0] for r in seen["rows"]]
    assert "Kas" in accounts and "Simpanan wajib" in accounts and "Simpanan sukarela" in accounts
    assert all(any(number in a for a in accounts) for number in numbers)  # both loans' instalments
    assert ["Kas", "0001 – Hj. Saniah", "", "Rp385.000", ""] in seen["rows"]
    assert all(number in seen["undoes"] for number in numbers)
    assert taken.receipt_number in seen["receipts"] and seen["enabled"]
    refund = receipts.for_entry(ledger.get_entry(taken.entry_id).reversed_by_id)
    assert refund and refund in seen["note"]
    assert receipts.get(taken.receipt_number).cancelled
    assert (lifecycle.outstanding(loan_a), lifecycle.outstanding(loan_b)) == (900_000, 600_000)


def test_kas_and_buku_reverses_by_kuitansi_number_and_says_why_not(book, window, qtbot):
    siti = member_with_dues("Siti")[0]
    kept = savings.deposit(siti, "sukarela", 100_000, date(2026, 8, 3))
    savings.withdraw(siti, 80_000, date(2026, 8, 4))
    wrong = savings.deposit(siti, "sukarela", 25_000, date(2026, 8, 5))
    cashbook = window.page("cashbook")
    with qtbot.waitSignal(cashbook.loaded, timeout=10000):
        window.go_to(CASHBOOK)
    field = cashbook.storno_receipt
    field.setFocus()
    qtbot.keyClicks(field, "999")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert cashbook.storno_error.text() == "Kuitansi KW/2026/000999 tidak ditemukan."
    seen = {}

    def refused(dialog):
        seen["enabled"] = dialog.save_button.isEnabled()
        seen["why"] = dialog.refusal.text()
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)

    field.clear()
    qtbot.keyClicks(field, kept.receipt_number)
    with_dialog(qtbot, refused, lambda: qtbot.keyClick(field, Qt.Key.Key_Return))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    assert not seen["enabled"] and "kurang dari nol" in seen["why"]
    assert ledger.get_entry(kept.entry_id).reversed_by_id is None

    def reverse(dialog):
        qtbot.keyClicks(dialog.reason, "dobel dicatat")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Tutup, with the refund kuitansi

    field.clear()
    qtbot.keyClicks(field, str(int(wrong.receipt_number.rsplit("/", 1)[1])))  # "3": this year's
    with qtbot.waitSignal(cashbook.loaded, timeout=5000):
        with_dialog(qtbot, reverse, lambda: qtbot.keyClick(field, Qt.Key.Key_Return))
    assert receipts.get(wrong.receipt_number).cancelled
    assert savings.balances(siti).sukarela_rp == 20_000


def test_the_storno_of_a_depreciation_run_or_a_recovery_says_what_else_it_undoes(book, qtbot):
    from app import inventory
    from app.assets import depreciation, register
    from app.loans import written_off
    from loan_support import disbursed, fund, member, product
    from ui.storno_dialog import StornoDialog

    fund(date(2026, 1, 2), 20_000_000)
    register.acquire(inventory.InventoryInput(name="Mesin jahit", acquired_on=date(2026, 1, 10), value_rp=4_800_000,
                                              kind="machine"), register.GIFT)
    run = depreciation.run(2026, 1)
    loan = disbursed(member(), product(), 2_000_000, 10, on=date(2026, 3, 1))
    lifecycle.write_off(loan, date(2026, 8, 10), "Pindah ke luar daerah")
    recovery = written_off.recover(loan, date(2026, 8, 15), 300_000)
    for entry_id, words in ((run, "Penyusutan 1 barang dibatalkan; periode ini bisa dibukukan lagi."),
                            (recovery.entry_id, "Pemulihan PJ/2026/0001 sebesar Rp300.000 dibatalkan; sisa yang "
                                                "belum kembali bertambah lagi.")):
        dialog = StornoDialog(entry_id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.undoes.isVisible() and dialog.undoes.text() == words
