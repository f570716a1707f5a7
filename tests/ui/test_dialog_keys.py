"""The keyboard traps of the dialogs, driven by keys as the treasurer meets them: in Terima
pembayaran the amount she types is the amount saved (it used to go to the Simpan button while
Enter saved the prefilled one); an error goes when she changes its field and after a save; a
dialog never shrinks to show an error; Esc with typed input asks before throwing it away."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import receipts
from app.usaha import catalog, trade
from app.usaha.trade import MaterialUse
from ui.usaha.dialogs import CollectDialog

from dialog_support import demo_book  # noqa: F401 (fixtures)
from usaha_support import ALABIO, KG, capital, counts

TODAY = date(2026, 8, 17)


@pytest.fixture
def receivable(book):
    egg = catalog.add_product(ALABIO, "Telur itik", 1, 2_600, date(2026, 8, 1))
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    capital(ALABIO, TODAY, 600_000)
    trade.purchase(ALABIO, TODAY, feed.id, 100, 600_000, supplier="Toko Pakan")
    trade.produce(ALABIO, TODAY, egg.id, 300, materials=[MaterialUse(feed.id, 40)])
    trade.sell(ALABIO, TODAY, [trade.SaleLine(egg.id, 240)], buyer_name="Warung Bu Ida", on_credit=True)
    return trade.open_receivables(ALABIO)[0]


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def typed(qtbot, text: str) -> None:
    """Keys to wherever the cursor is, as she types: no widget chosen by the test."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_terima_pembayaran_saves_the_amount_she_typed_not_the_prefilled_one(receivable, qtbot):
    assert receivable.open_rp == 624_000
    dialog = opened(qtbot, CollectDialog(receivable))
    assert dialog.amount.text() == "624.000" and dialog.amount.selectedText() == "624.000"
    typed(qtbot, "300rb")
    enter(qtbot)
    assert [r.open_rp for r in trade.open_receivables(ALABIO)] == [324_000]
    assert receipts.get(dialog.receipt_number).amount_rp == 300_000
    enter(qtbot)  # Tutup
    assert not dialog.isVisible()


def test_an_error_goes_when_its_field_changes_and_the_dialog_never_shrinks(receivable, qtbot):
    dialog = opened(qtbot, CollectDialog(receivable))
    dialog.resize(dialog.width() + 200, dialog.height() + 150)
    wide, high = dialog.width(), dialog.height()
    before = counts()
    typed(qtbot, "1.5")
    enter(qtbot)
    error = dialog.errors.label("amount_rp")
    assert error.isVisible() and "bisa dibaca dua cara" in error.text()
    assert dialog.isVisible() and counts() == before
    assert dialog.width() >= wide and dialog.height() >= high
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Backspace)
    assert not error.isVisible() and error.text() == ""
    typed(qtbot, "1,5 rb")  # "1.1,5 rb": refused again
    enter(qtbot)
    assert error.isVisible() and dialog.width() >= wide and dialog.height() >= high
    dialog.amount.selectAll()
    typed(qtbot, "20.000,-")
    enter(qtbot)
    assert dialog.receipt_number and error.text() == "" and not error.isVisible()
    assert [r.open_rp for r in trade.open_receivables(ALABIO)] == [604_000]


def answer(name: str, seen: list) -> None:
    """Answer the question "Buang isian yang belum disimpan?" by `name` (discard or keep)."""
    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        box.findChild(type(box.defaultButton()), name).click()
    QTimer.singleShot(0, press)


def test_esc_after_typing_asks_and_untouched_closes_at_once(receivable, qtbot, real_discard_question):
    before = counts()
    dialog = opened(qtbot, CollectDialog(receivable))
    typed(qtbot, "100.000")
    seen = []
    answer("keep", seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert seen == ["Buang isian yang belum disimpan?"]
    assert dialog.isVisible() and dialog.amount.text() == "100.000"
    answer("discard", seen)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(seen) == 2
    assert counts() == before

    untouched = opened(qtbot, CollectDialog(receivable))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not untouched.isVisible() and len(seen) == 2


def test_browsing_loan_products_is_nothing_to_lose_typing_is(demo_book, qtbot, discard_questions):
    from ui.loan_products_dialog import ProductsDialog

    dialog = opened(qtbot, ProductsDialog())
    assert dialog.list.count() >= 2
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # another product shown in the form
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and discard_questions == []

    dialog = opened(qtbot, ProductsDialog())
    qtbot.keyClicks(dialog.name, " baru")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert discard_questions == [dialog] and not dialog.isVisible()  # the fixture answered Buang
