"""Every dialog Lumbung has (discovered, see dialog_support), opened on the demo village: the
cursor is in its first field (the text selected, so what she types replaces it), Batal is not the
default button (it answers Enter only when the cursor is on it), and Esc on the untouched dialog closes it at once without a question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from ui.dialog_keys import editable_fields, is_editable

from dialog_support import FACTORIES, demo_book, dialog_classes, open_dialog  # noqa: F401 (fixtures)


# Dialogs whose cursor starts after fields filled in for her (the member chosen on the page, today's
# date), with the field it starts in.
LATER_START: dict[str, tuple[str, ...]] = {
    "CollectionDialog": ("sheet",),  # the meeting's date above, the grid of amounts is where she types
    "CountDialog": ("counted",),  # the date of the count is today
    "ProductionDialog": ("quantity",),  # today, the product chosen
    "PurchaseDialog": ("quantity",),  # today, the material chosen
    "SaleDialog": ("lines.0.quantity",),  # today, the first product chosen
}


OPENED = [c for c in dialog_classes() if FACTORIES.get(c.__name__, "no entry: fails") is not None]  # not the bases


@pytest.mark.parametrize("cls", OPENED, ids=lambda c: c.__name__)
def test_every_dialog_opens_in_its_first_field_and_esc_closes_it_untouched(cls, demo_book, tmp_path, qtbot,
                                                                           discard_questions):
    dialog = open_dialog(cls, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)

    focus = dialog.focusWidget()
    fields = editable_fields(dialog)
    if fields:
        assert focus is not None and is_editable(focus, dialog), f"focus on {focus!r}"
        assert focus is dialog.first_field(), f"{focus.objectName()} is not the dialog's first field"
        if focus is not fields[0]:  # a dialog may start later only where the fields before are chosen for her
            assert focus.objectName() in LATER_START.get(cls.__name__, ()), f"{focus.objectName()} after {fields[0]}"
        if isinstance(focus, QLineEdit) and focus.text():
            assert focus.selectedText() == focus.text()
    else:  # nothing to type (a preview; a restore to confirm): the cursor on a button
        assert isinstance(focus, QPushButton), f"focus on {focus!r}"
    batal = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Batal"]
    assert not any(b.isDefault() and not b.hasFocus() for b in batal)  # Enter on Batal itself cancels

    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert discard_questions == []
