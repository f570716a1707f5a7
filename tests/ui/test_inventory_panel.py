"""The Buku Inventaris panel: adding an item through the dialog (a refusal beside its field
first), changing it, disposing it; the rows on screen and the `changed` signal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import inventory
from app.assets import register
from app.inventory import InventoryInput
from ui.inventory_panel import COLUMNS, InventoryPanel


@pytest.fixture
def panel(book, qtbot):
    widget = InventoryPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    return widget


def in_dialog(qtbot, act, press) -> None:
    """Press a button that opens a modal dialog and let `act(dialog)` work in it."""
    seen = []

    def inside():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, inside)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, inside)
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)


def shown(panel, column: str) -> list[str]:
    c = COLUMNS.index(column)
    return [panel.table.item(r, c).text() for r in range(panel.table.rowCount())]


def test_add_edit_and_dispose_through_the_panel(panel, qtbot):
    errors = {}

    def fill(dialog):
        dialog.name.setText("Mesin bordir Janome")
        dialog.how.setCurrentIndex(dialog.how.findData("gift"))  # given: Modal hibah, no cash
        dialog.origin.setText("Hibah CSR PT Adaro")
        dialog.acquired_on.setText("18/08/2026")  # tomorrow: refused beside the date
        dialog.quantity.setValue(2)
        dialog.unit.setText("unit")
        dialog.value.setText("7.500.000")
        dialog.location.setText("Rumah Ketua")
        dialog.save_button.click()
        errors["date"] = dialog.errors.label("acquired_on").text()
        errors["visible"] = dialog.isVisible()
        dialog.acquired_on.setText("04/03/2025")
        dialog.save_button.click()

    with qtbot.waitSignal(panel.changed):
        in_dialog(qtbot, fill, panel.add_button.click)
    assert errors == {"date": "Tanggal tidak boleh di masa depan.", "visible": True}
    assert shown(panel, "name") == ["Mesin bordir Janome"]
    assert shown(panel, "quantity") == ["2 unit"] and shown(panel, "value") == ["Rp7.500.000"]
    assert shown(panel, "condition") == ["Baik"] and shown(panel, "acquired_on") == ["04/03/2025"]
    assert panel.edit_button.isEnabled() and panel.dispose_button.isEnabled()  # the new row is selected

    def edit(dialog):
        dialog.condition.setCurrentIndex(dialog.condition.findData("rusak_ringan"))
        dialog.location.setText("Balai desa")
        dialog.save_button.click()

    with qtbot.waitSignal(panel.changed):
        in_dialog(qtbot, edit, panel.edit_button.click)
    assert shown(panel, "condition") == ["Rusak ringan"] and shown(panel, "location") == ["Balai desa"]

    def dispose(dialog):
        dialog.save_button.click()  # no reason yet
        errors["reason"] = dialog.errors.label("reason").text()
        dialog.disposed_on.setText("05/08/2026")
        dialog.reason.setText("Rusak dimakan rayap")
        dialog.save_button.click()

    with qtbot.waitSignal(panel.changed):
        in_dialog(qtbot, dispose, panel.dispose_button.click)
    assert errors["reason"] == "Wajib diisi."
    assert shown(panel, "note") == ["Dihapus 05/08/2026: Rusak dimakan rayap"]
    assert not panel.edit_button.isEnabled() and not panel.dispose_button.isEnabled()
    [item] = inventory.list_items()
    assert (item.disposed_on, item.condition, item.quantity) == (date(2026, 8, 5), "rusak_ringan", 2)
    panel.show_disposed.setChecked(False)
    assert panel.table.rowCount() == 0
    assert "0 barang dimiliki" in panel.summary.text()


def test_refresh_shows_items_added_elsewhere(panel):
    register.acquire(InventoryInput(name="Panci besar", acquired_on=date(2026, 2, 1), quantity=3, value_rp=450_000),
                     register.GIFT)
    assert panel.table.rowCount() == 0
    panel.refresh()
    assert shown(panel, "name") == ["Panci besar"] and "Rp450.000" in panel.summary.text()
