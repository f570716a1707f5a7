"""UI fixtures: throwaway QSettings, Indonesian after every test, a main window on the book."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from app import members
from app.members import MemberInput
from ui import translation
from ui.main import open_and_show


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_gui_thread():
    """As in the app (ui.garbage): no collection may start on a worker thread and destroy a Qt
    object there; the GUI thread collects after each test instead."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test():
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def qsettings(qapp, tmp_path):
    """Preferences go to a temporary folder, never to the developer's own settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("Lumbung")
    qapp.setApplicationName("Lumbung")
    yield tmp_path / "settings"
    translation.apply("id")


@pytest.fixture(autouse=True)
def no_exit_reminder(monkeypatch):
    """Closing a window asks about a backup only in the tests about that question (a modal
    question at teardown would wait for ever)."""
    monkeypatch.setattr("ui.main_window.reminder_text", lambda: None)


@pytest.fixture(autouse=True)
def discard_questions(request, monkeypatch):
    """Esc on a dialog she typed in asks "Buang isian yang belum disimpan?" (ui.dialog_keys), and
    leaving Pengaturan with changes asks Simpan / Buang / Batal; tests about something else
    answer Buang without a modal box and may read how often it was
    asked. Tests about the question itself take the fixture `real_discard_question`."""
    asked = []
    if "real_discard_question" not in request.fixturenames:
        monkeypatch.setattr("ui.dialog_keys.ask_discard", lambda parent: asked.append(parent) or True)
        monkeypatch.setattr("ui.pages.settings.ask_unsaved", lambda page: asked.append(page) or "discard")
    return asked


@pytest.fixture
def real_discard_question():
    """The question is a real modal box (answer it with a timer)."""


@pytest.fixture
def window(book, qtbot):
    window = open_and_show(book)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def members_page(window):
    window.go_to(1)
    return window.page("members")


def add(name: str, **values) -> members.MemberRow:
    values.setdefault("joined_on", date(2025, 1, 6))
    return members.add_member(MemberInput(name=name, **values))


@pytest.fixture
def four_members(book):
    """Numbers 0001-0004; joined dates chosen so that text order and date order differ."""
    return [
        add("Siti Aminah", nik="6308055503850001", birth_date=date(1985, 3, 15), desa="Pandulangan",
            joined_on=date(2025, 12, 17)),
        add("Hj. Masitah", nik="6308054107790002", birth_date=date(1979, 7, 1), desa="Alabio",
            joined_on=date(2026, 1, 5)),
        add("Rusmilawati", desa="Teluk Sinar", joined_on=date(2024, 6, 30)),
        add("Jumiati", desa="Pandulangan", joined_on=date(2026, 2, 1)),
    ]


@pytest.fixture
def column_texts():
    """What the Anggota table shows in one column, top to bottom."""
    from ui.member_table import COLUMNS

    def texts(page, column: str) -> list[str]:
        proxy, col = page.proxy, COLUMNS.index(column)
        return [proxy.index(row, col).data() for row in range(proxy.rowCount())]

    return texts
