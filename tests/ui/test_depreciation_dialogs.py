"""Penyusutan from the keyboard: the policy dialog refuses a life of 0 or below beside its
field (nothing written), the run dialog shows what it will post and refuses a second run of
the same month beside the period; both open from the Buku Inventaris panel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import ledger
from app.assets import policy, register
from app.inventory import InventoryInput
from ui.depreciation_dialogs import DepreciationRunDialog, PolicyDialog
from ui.inventory_panel import InventoryPanel


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.fixture
def machine(book):
    ledger.post_entry(date(2026, 1, 2), "Hibah modal", [ledger.debit("1-101", 9_000_000),
                                                        ledger.credit("3-201", 9_000_000)])
    return register.acquire(InventoryInput(name="Mesin jahit", acquired_on=date(2026, 7, 3), value_rp=4_800_000,
                                           kind="machine"), register.BOUGHT, party_name="Toko Sinar")


@pytest.mark.parametrize("typed", ["0", "-1"])
def test_a_life_of_zero_or_below_is_refused_beside_its_field(book, qtbot, typed):
    dialog = PolicyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.lives["machine"], typed)
    assert dialog.isVisible() and dialog.errors.label("life_machine").text() == "Umur harus lebih dari 0 tahun."
    assert policy.current() == policy.Policy()  # nothing written
    _type(qtbot, dialog.lives["machine"], "10")
    assert not dialog.isVisible() and policy.current().lives["machine"] == 10


def test_the_policy_can_be_yearly_with_another_threshold(book, qtbot):
    dialog = PolicyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.period.setCurrentIndex(dialog.period.findData(policy.YEARLY))
    _type(qtbot, dialog.threshold, "500rb")
    assert policy.current() == policy.Policy(period=policy.YEARLY, threshold_rp=500_000)


def test_the_run_shows_what_it_posts_and_refuses_the_same_month_twice(machine, qtbot):
    dialog = DepreciationRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.year.value(), dialog.period.currentText()) == (2026, "Juli")  # the last month that is over
    assert "Mesin jahit: Rp50.000" in dialog.preview.text() and "31/07/2026" in dialog.preview.text()
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
    assert not dialog.isVisible() and ledger.account_balance("1-402") == -50_000
    again = DepreciationRunDialog()
    qtbot.addWidget(again)
    again.show()
    assert "sudah dibukukan" in again.preview.text()
    qtbot.keyClick(again.period, Qt.Key.Key_Return)
    assert again.isVisible() and "sudah dibukukan" in again.errors.label("period").text()
    assert ledger.account_balance("1-402") == -50_000  # nothing written
    again.period.setCurrentIndex(5)  # June: before the machine, and before the July run
    assert "sudah dibukukan" in again.preview.text()


def test_a_long_register_keeps_the_run_inside_a_1366x768_screen(machine, qtbot):
    for number in range(1, 41):
        register.acquire(InventoryInput(name=f"Mesin obras {number}", acquired_on=date(2026, 7, 3),
                                        value_rp=2_400_000, kind="machine"), register.GIFT)
    dialog = DepreciationRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.frameGeometry().height() <= 768 - 30 - 40  # the screen less a title bar and a taskbar
    text = dialog.preview.text()
    assert "Mesin jahit: Rp50.000" in text and "dan 31 barang lain: Rp775.000" in text
    assert "Akumulasi penyusutan Rp1.050.000" in text  # the whole run: 50.000 + 40 × 25.000


def test_both_dialogs_open_from_the_inventory_panel(machine, qtbot):
    panel = InventoryPanel()
    qtbot.addWidget(panel)
    panel.show()
    opened = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_it)
            return
        opened.append(dialog.objectName())
        dialog.reject()

    for button in (panel.depreciation_button, panel.policy_button):
        QTimer.singleShot(0, close_it)
        button.click()
    assert opened == ["depreciationRunDialog", "depreciationPolicyDialog"]
