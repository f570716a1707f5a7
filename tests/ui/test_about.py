"""Bantuan → Tentang Lumbung: the version, the schema, the licence and the libraries' licences."""

from __future__ import annotations

from PySide6.QtCore import QSize

from app import identity
from ui.about import AboutDialog, app_icon


def test_about_names_version_schema_licence_and_each_library(window, qtbot):
    window.about_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = dialog.text.text()
    assert f"Lumbung {identity.version()}" in dialog.heading.text()
    assert f"skema {identity.schema()}" in text and "GPL-3.0-or-later" in text and str(window.book.path) in text
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["peewee"] == "MIT" and rows["PySide6-Essentials"] == "LGPL-3.0-only" and rows["Qt"] == "LGPL-3.0-only"
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_the_icon_has_every_size_the_menus_ask_for():
    sizes = app_icon().availableSizes()
    assert {QSize(n, n) for n in (16, 24, 32, 48, 256, 512)} <= set(sizes)
