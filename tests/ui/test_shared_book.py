"""The window on a PostgreSQL book shared by several desktops (issue 16)."""

from __future__ import annotations

import multiprocessing

import pytest

from loan_support import member
from ui.main import open_and_show
from ui.main_window import WATCH_MS


@pytest.fixture
def pg_window(pg_book, qtbot):
    window = open_and_show(pg_book)
    qtbot.addWidget(window)
    yield window
    window.close()
    window.deleteLater()  # before the book closes: no late retranslate reads a closed server
    qtbot.wait(10)


def test_a_setoran_posted_on_another_desktop_shows_after_the_poll(pg_book, pg_window, qtbot):
    from pg_workers import setoran

    siti = member("Siti Aminah")
    home = pg_window.page("home")
    qtbot.waitUntil(lambda: home.values["cash"].text() == "Rp0")
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        pool.apply(setoran, (pg_book, siti, 25_000))
    assert home.values["cash"].text() == "Rp0"  # not yet asked
    qtbot.waitUntil(lambda: home.values["cash"].text() == "Rp25.000", timeout=WATCH_MS + 3000)
    assert home.values["last_entry"].text() == "Senin, 17 Agustus 2026"
