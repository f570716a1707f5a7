"""Where Mulai buku is offered: a new book's Beranda shows it beside the demo, the Berkas menu
has it while the book can take an opening; a book with members shows neither. The wizard's
pages fit a 1366×768 screen, and a commit refreshes the Beranda."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from app import members
from app.opening import commit
from app.members import MemberInput
from ui import translation
from ui.main import open_and_show

from layout_check import problems
from opening_answers import answers  # noqa: F401 (fixture)
from test_layout_1366 import MAXIMISED


def shown_home(book, qtbot):
    window = open_and_show(book)
    qtbot.addWidget(window)
    home = window.page("home")
    qtbot.waitUntil(lambda: home.values["members"].text() != "", timeout=3000)
    return window, home


def test_a_new_book_offers_the_opening_beside_the_demo(book, qtbot, answers, monkeypatch):
    window, home = shown_home(book, qtbot)
    qtbot.waitUntil(home.start_opening.isVisible, timeout=3000)
    assert home.fill_demo.isVisible()
    assert home.start_opening.text() == "Mulai buku kelompok (saldo awal)…"
    assert home.start_opening.y() == home.fill_demo.y() and home.start_opening.x() < home.fill_demo.x()  # side by side
    assert window.opening_action.isEnabled()

    home.start_opening.click()
    wizard = window.dialog
    assert wizard.objectName() == "opening_wizard" and wizard.isVisible()
    monkeypatch.setattr("app.opening.commit.commit", lambda opening, progress=None: commit.Committed(
        members.add_member(MemberInput(name="Siti Aminah", joined_on=date(2025, 1, 6))) and 1, (), 0))
    with qtbot.waitSignal(wizard.accepted, timeout=3000):
        wizard.commit_now()  # Catat (the keys to it are the wizard test's): the window follows
    qtbot.waitUntil(lambda: home.values["members"].text() == "1", timeout=3000)
    qtbot.waitUntil(lambda: not home.start_opening.isVisible(), timeout=3000)
    assert not window.opening_action.isEnabled()


def test_a_book_with_members_offers_neither(book, qtbot, answers):
    members.add_member(MemberInput(name="Siti Aminah", joined_on=date(2025, 1, 6)))
    window, home = shown_home(book, qtbot)
    QApplication.processEvents()
    assert not home.start_opening.isVisible() and not home.fill_demo.isVisible()
    assert not window.opening_action.isEnabled()


def test_every_page_of_the_wizard_fits_1366x768(book, qtbot, answers):
    from ui.opening.wizard import OpeningWizard

    translation.apply("id")
    wizard = OpeningWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    need = wizard.minimumSizeHint()
    assert need.width() <= 1366 and need.height() <= MAXIMISED[1], need
    found = []
    for step in wizard.steps:  # every page reached in turn (a kind's page is checked before it lets her on)
        qtbot.waitUntil(lambda: wizard.currentPage() is step, timeout=3000)
        QApplication.processEvents()
        wizard.grab()
        # a kind's grid is her paper register, as wide as it is: it scrolls sideways (the rest must fit)
        found += [p for p in problems(wizard, wizard.currentPage().title()) if not ("LinesView" in p and "horizontal scroll" in p)]
        wizard.next()
    assert not found, "\n".join(found)
