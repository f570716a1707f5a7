"""Every page of the main window and every dialog at 1366×768 on the demo village: no text cut
off, no widget outside its window, no table that needs a horizontal scroll for its columns, no
Qt English ("Cancel", "OK", ...)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from ui import translation
from ui.areas import AREAS
from ui.main import open_and_show

from dialog_support import FACTORIES, demo_book, dialog_classes, open_dialog  # noqa: F401 (fixtures)
from layout_check import SCREEN, problems

MAXIMISED = (1366, 768 - 30 - 40)  # the screen less the title bar and a taskbar


def test_every_page_fits_1366x768(demo_book, qtbot):
    translation.apply("id")
    window = open_and_show(demo_book)
    qtbot.addWidget(window)
    window.showNormal()
    window.resize(*MAXIMISED)
    found = []
    for row, area in enumerate(AREAS):
        window.go_to(row)
        QApplication.processEvents()
        window.grab()
        QApplication.processEvents()
        table = getattr(window.page(area.key), "table", None)
        if isinstance(table, QTableView) and table.model() is not None and table.model().rowCount():
            table.setCurrentIndex(table.model().index(0, 0))  # a row chosen: its detail shown too
            QApplication.processEvents()
        window.grab()  # laid out and painted as on the screen
        found += problems(window, area.key)
    assert not found, "\n".join(found)


OPENED = [c for c in dialog_classes() if FACTORIES.get(c.__name__, "no entry: fails") is not None]


@pytest.mark.parametrize("cls", OPENED, ids=lambda c: c.__name__)
def test_every_dialog_fits_1366x768(cls, demo_book, tmp_path, qtbot):
    translation.apply("id")
    dialog = open_dialog(cls, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    dialog.grab()
    need = dialog.minimumSizeHint()
    assert need.width() <= SCREEN.width() and need.height() <= MAXIMISED[1], need
    found = problems(dialog, cls.__name__)
    assert not found, "\n".join(found)
