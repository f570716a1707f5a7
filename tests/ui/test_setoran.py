"""The Setoran screen: pick a member by typing, see what is due, type the cash, see the split,
Enter saves one entry with its receipt, the loan's Sisa and her wajib change; Ctrl+P opens the
receipt PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import collection, members, receipts, savings
from app.db import db
from app.formatting import rupiah, thousands
from ui.setoran_page import SetoranDialog

from collection_support import DUE_RP, ON, member_with_dues

import pytest


@pytest.fixture
def setoran(book, qtbot, monkeypatch, fixed_clock):
    member_id, loan_a, loan_b = member_with_dues()
    dialog = SetoranDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, member_id


def dues_column(dialog, column: int) -> list[str]:
    return [dialog.dues.item(row, column).text() for row in range(dialog.dues.rowCount())]


def entries() -> int:
    return db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]


def answer_discard(discard: bool) -> list[str]:
    """Answer "Buang isian yang belum disimpan?" by keyboard once it shows: Enter on Buang, or
    Esc (Kembali). Returns its text in a list that fills when it was seen."""
    seen: list[str] = []
    tries = [0]

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "discardQuestion":
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, look)
            return
        seen.append(box.text())
        if discard:
            button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
            button.setFocus()
            QTest.keyClick(button, Qt.Key.Key_Space)
        else:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        QTimer.singleShot(10, look)  # a second question would be seen (and answered) too

    QTimer.singleShot(0, look)
    return seen


def test_take_a_payment_by_keyboard(setoran, qtbot, monkeypatch):
    """Member number, Enter, amount, Enter: posted once, the cursor back in an empty member
    field, the line saying what was saved; Ctrl+P prints that receipt."""
    dialog, member_id = setoran
    opened = []
    monkeypatch.setattr("ui.setoran_page.documents_ui.print_receipt", lambda parent, number: opened.append(number))
    assert dialog.focusWidget() is dialog.member.lineEdit() or dialog.member.hasFocus()
    qtbot.keyClicks(dialog.member.lineEdit(), "1")
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    assert dialog.member.currentData() == member_id and dialog.amount.hasFocus()
    assert dues_column(dialog, 0) == ["PJ/2026/0001", "PJ/2026/0002"]
    assert dues_column(dialog, 3) == ["Rp20.000", "Rp0"]  # denda
    assert dues_column(dialog, 5) == ["Rp900.000", "Rp600.000"]  # sisa pinjaman
    assert dialog.wajib.text() == "Simpanan wajib terutang: Rp15.000 (bulan ini Rp5.000)"
    assert dialog.total_due.text() == "Jumlah tagihan hari ini: Rp365.000"

    qtbot.keyClicks(dialog.amount, "365.000")
    assert dialog.split.text().splitlines() == [
        "Denda PJ/2026/0001: Rp20.000", "Jasa PJ/2026/0001: Rp24.000", "Angsuran pokok PJ/2026/0001: Rp200.000",
        "Jasa PJ/2026/0002: Rp6.000", "Angsuran pokok PJ/2026/0002: Rp100.000", "Simpanan wajib: Rp15.000",
    ]
    before = entries()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert entries() == before + 1  # once: no second save from a default button
    number = receipts.for_entry(db.execute_sql("SELECT max(id) FROM journal_entries").fetchone()[0])
    assert dialog.result.text() == f"Tersimpan: 0001 Siti Aisyah, Rp365.000, kuitansi {number}. Ctrl+P mencetak kuitansi."
    assert dialog.error.text() == ""  # no "Wajib diisi." after a save
    assert dialog.member.lineEdit().hasFocus() and dialog.member.currentText() == ""
    assert dialog.dues.rowCount() == 0 and dialog.wajib.text() == "" and dialog.amount.text() == ""
    assert collection.dues(member_id, ON).total_rp == 0

    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == [number]


def test_enter_chooses_the_only_member_a_part_of_her_name_matches(setoran, qtbot):
    first, member_id = setoran
    first.close()
    from loan_support import member
    other = member("Siti Rahmah")
    dialog = SetoranDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.member.lineEdit(), "siti")
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    assert dialog.member.currentData() is None and dialog._dues is None  # two Sitis: she chooses
    dialog.member.lineEdit().clear()
    qtbot.keyClicks(dialog.member.lineEdit(), "rahm")
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    assert dialog.member.currentData() == other and dialog.focusWidget() is dialog.amount


def test_money_above_the_dues_pays_her_next_instalment(setoran, qtbot):
    dialog, member_id = setoran
    dialog.choose_member(member_id)
    qtbot.keyClicks(dialog.amount, "477.000")  # 365.000 due + September's 112.000 of loan A
    assert dialog.error.text() == ""
    assert "  (termasuk angsuran berikutnya PJ/2026/0001: Rp112.000)" in dialog.split.text().splitlines()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert collection.dues(member_id, ON).loans[0].outstanding_rp == 600_000
    assert savings.balances(member_id).sukarela_rp == 0


def test_over_the_payoff_is_refused_and_the_parts_never_stay_stale(setoran, qtbot):
    dialog, member_id = setoran
    dialog.choose_member(member_id)
    qtbot.keyClicks(dialog.amount, thousands(DUE_RP))
    assert dialog._part_edits["wajib"].text() == "15.000"
    height, split_y = dialog.error.height(), dialog.split.y()
    most = sum(l.payoff_rp for l in collection.dues(member_id, ON).loans) + 15_000
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, thousands(most + 35_000))
    assert f"paling banyak {rupiah(most)}" in dialog.error.text()
    assert [edit.text() for edit in dialog._part_edits.values()] == [""] * len(dialog._part_edits)  # none stale
    assert (dialog.error.height(), dialog.split.y()) == (height, split_y)  # the error line had its room
    before = entries()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert entries() == before and dialog.result.text() == ""


def test_ticked_what_is_above_the_dues_goes_to_sukarela_and_enter_on_the_tick_saves(setoran, qtbot):
    dialog, member_id = setoran
    dialog.choose_member(member_id)
    qtbot.keyClicks(dialog.amount, thousands(DUE_RP + 20_000))
    assert "  (termasuk angsuran berikutnya PJ/2026/0001: Rp20.000)" in dialog.split.text().splitlines()
    assert "sukarela" not in dialog.split.text()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.to_sukarela
    qtbot.keyClick(dialog.to_sukarela, Qt.Key.Key_Space)
    assert dialog.to_sukarela.isChecked() and dialog.error.text() == ""
    assert dialog.split.text().splitlines()[-1] == "Simpanan sukarela: Rp20.000"  # shown before saving
    assert "berikutnya" not in dialog.split.text()
    assert dialog._part_edits["sukarela"].text() == "20.000"
    before = entries()
    qtbot.keyClick(dialog.to_sukarela, Qt.Key.Key_Return)  # Enter on the tick saves like Enter in the amount
    assert entries() == before + 1 and savings.balances(member_id).sukarela_rp == 20_000
    assert collection.dues(member_id, ON).loans[0].outstanding_rp == 700_000  # no next instalment


def test_the_treasurer_moves_part_of_the_split_before_saving(setoran, qtbot):
    dialog, member_id = setoran
    dialog.choose_member(member_id)
    qtbot.keyClicks(dialog.amount, "360.000")  # by the rules: loan B 106.000, wajib 10.000
    parts = dialog._part_edits
    assert [parts[k].text() for k in parts] == ["244.000", "106.000", "10.000", "0"]
    loan_a, loan_b = list(parts)[:2]
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # past the sukarela tick and loan A
    assert dialog.focusWidget() is parts[loan_b]
    parts[loan_b].selectAll()
    qtbot.keyClicks(parts[loan_b], "101.000")
    assert "Pembagian berjumlah Rp355.000" in dialog.error.text()  # not yet the cash
    parts["wajib"].setFocus()
    parts["wajib"].selectAll()
    qtbot.keyClicks(parts["wajib"], "15.000")
    assert dialog.error.text() == ""
    assert "Simpanan wajib: Rp15.000" in dialog.split.text()
    before = entries()
    qtbot.keyClick(parts["wajib"], Qt.Key.Key_Return)
    assert entries() == before + 1
    assert savings.wajib_status(member_id, ON).owed_rp == 0
    assert collection.dues(member_id, ON).loans[1].pokok_rp == 5_000  # B still owes what was moved


def test_a_split_that_breaks_the_rules_is_refused_beside_the_amount(setoran, qtbot):
    dialog, member_id = setoran
    dialog.choose_member(member_id)
    qtbot.keyClicks(dialog.amount, "100.000")
    parts = dialog._part_edits
    parts["wajib"].setFocus()
    parts["wajib"].selectAll()
    qtbot.keyClicks(parts["wajib"], "20.000")
    assert "paling banyak Rp15.000" in dialog.error.text()
    before = entries()
    qtbot.keyClick(parts["wajib"], Qt.Key.Key_Return)
    assert entries() == before


def test_esc_with_a_typed_amount_asks_once_and_with_nothing_typed_closes(setoran, qtbot, real_discard_question):
    dialog, member_id = setoran
    dialog.choose_member(member_id)
    qtbot.keyClicks(dialog.amount, "50.000")
    seen = answer_discard(discard=False)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    assert seen == ["Buang isian yang belum disimpan?"] and dialog.isVisible()
    assert dialog.amount.text() == "50.000"
    seen = answer_discard(discard=True)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    assert seen == ["Buang isian yang belum disimpan?"] and not dialog.isVisible()  # asked once
    assert entries() == entries()  # nothing written either way

    fresh = SetoranDialog()  # nothing typed: Esc closes at once
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.keyClick(fresh.member.lineEdit(), Qt.Key.Key_Escape)
    assert not fresh.isVisible()

    chosen = SetoranDialog()  # a member chosen, no amount: nothing to lose, no question
    qtbot.addWidget(chosen)
    chosen.show()
    seen = answer_discard(discard=False)
    qtbot.keyClicks(chosen.member.lineEdit(), str(members.get_member(member_id).number))
    qtbot.keyClick(chosen.member.lineEdit(), Qt.Key.Key_Return)
    assert chosen.focusWidget() is chosen.amount
    qtbot.keyClick(chosen.amount, Qt.Key.Key_Escape)
    assert seen == [] and not chosen.isVisible()


def test_ctrl_p_after_choosing_another_member_prints_nothing_old(setoran, qtbot, monkeypatch):
    first, member_id = setoran
    first.close()
    from loan_support import member
    rina = member("Rina")
    dialog = SetoranDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    opened = []
    monkeypatch.setattr("ui.setoran_page.documents_ui.print_receipt", lambda parent, number: opened.append(number))
    qtbot.keyClicks(dialog.member.lineEdit(), "1")
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.amount, "365.000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.member.lineEdit(), "rina")
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    assert dialog.member.currentData() == rina
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == [] and not dialog.print_button.isEnabled()


def test_unreadable_amount_is_said_in_words(setoran, qtbot):
    dialog, member_id = setoran
    dialog.choose_member(member_id)
    qtbot.keyClicks(dialog.amount, "abc")
    assert "Jumlah tidak dikenali" in dialog.error.text()
    assert collection.dues(member_id, ON).total_rp == 365_000


def test_reachable_from_the_main_window(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # F-keys belong to the pages
    assert isinstance(window.dialog, SetoranDialog) and window.dialog.isVisible()
    window.dialog.close()
    from ui.collection_page import CollectionDialog

    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.dialog, CollectionDialog) and window.dialog.isVisible()
    window.dialog.close()
    home = window.page("home")
    qtbot.mouseClick(home.setoran_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.dialog, SetoranDialog)
    window.dialog.close()
    assert [a.text() for a in window.transactions_menu.actions()] == [
        "&Setoran anggota…", "&Daftar Tagihan…", "Cetak &ulang kuitansi…"]


def test_each_opening_starts_unticked_with_the_parts_empty(window, qtbot, fixed_clock):
    member_id, *_ = member_with_dues()
    number = str(members.get_member(member_id).number)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    qtbot.keyClicks(dialog.member.lineEdit(), number)
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.amount, "20.000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.to_sukarela, Qt.Key.Key_Space)
    assert dialog.to_sukarela.isChecked()
    qtbot.keyClick(dialog.to_sukarela, Qt.Key.Key_Escape)  # asked once, thrown away: closed
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    again = window.dialog
    assert again is not dialog and again.isVisible()
    qtbot.keyClicks(again.member.lineEdit(), number)
    qtbot.keyClick(again.member.lineEdit(), Qt.Key.Key_Return)
    assert not again.to_sukarela.isChecked() and again.amount.text() == ""
    assert [edit.text() for edit in again._part_edits.values()] == [""] * len(again._part_edits)
    assert entries() == entries() and savings.balances(member_id).sukarela_rp == 0


def test_a_member_who_has_left_is_said_beside_the_field(book, qtbot, fixed_clock):
    gone = members.add_member(members.MemberInput(name="Khairunnisa", joined_on=ON.replace(year=ON.year - 1)))
    members.mark_left(gone.id, ON)
    dialog = SetoranDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.member.lineEdit(), str(gone.number))
    qtbot.keyClick(dialog.member.lineEdit(), Qt.Key.Key_Return)
    assert dialog.member_error.text() == (
        f"{members.format_number(gone.number)} Khairunnisa sudah keluar pada {ON:%d/%m/%Y}")
    assert dialog.member_error.isVisible()
    assert dialog.focusWidget() is dialog.member and dialog.member.lineEdit().selectedText() == str(gone.number)
    qtbot.keyClicks(dialog.member.lineEdit(), "50.000")  # typed over, not into an amount of nobody's
    assert dialog.amount.text() == "" and dialog.member_error.text() == ""
