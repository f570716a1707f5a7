"""The first start on a new machine (no book yet) asks how to begin: a new book, a book she has
(a file, or a backup on a flashdisk), or the demo village; all by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app import backup, members
from app.db import close_book
from backup_support import answered, fill_book, when_modal
from ui import main as ui_main
from ui.main import open_and_show
from ui.main_window import MainWindow
from ui.startup import FirstStart, StartupRefusal, first_start


@pytest.fixture
def new_machine(tmp_path, monkeypatch) -> Path:
    """Where the book would be (Lumbung's data folder, not made yet); the demo beside it."""
    path = tmp_path / "data" / "Lumbung" / "lumbung.sqlite"
    monkeypatch.setattr("ui.main.default_book_path", lambda: path)
    monkeypatch.setattr("ui.startup.demo_book_path", lambda: path.with_name("lumbung-demo.sqlite"))
    return path


def press(key, modifier=Qt.KeyboardModifier.NoModifier):
    """Her key on the question: Enter, Esc, or Alt and a button's underlined letter."""
    def act(box: FirstStart) -> None:
        box.activateWindow()  # Alt+letter works in the active window only
        QTest.qWaitForWindowActive(box)
        QTest.keyClick(QApplication.focusWidget() or box, key, modifier)
        for _ in range(40):  # Alt+letter clicks its button a moment later
            if not box.isVisible():
                return
            QTest.qWait(50)
        raise AssertionError("the key chose nothing")
    return act


ALT = Qt.KeyboardModifier.AltModifier


def test_enter_starts_a_new_book_where_lumbung_keeps_it(new_machine, qtbot):
    seen = []
    outcome = when_modal(FirstStart, lambda box: (seen.append([b.text() for b in box.buttons()]),
                                                  press(Qt.Key.Key_Return)(box)))
    window = first_start(new_machine, open_and_show)
    qtbot.addWidget(window)
    answered(outcome)
    assert sorted(seen[0]) == ["&Buka buku…", "&Lihat contoh", "&Mulai buku baru", "&Pulihkan cadangan…", "&Tutup"]
    assert window.book.path == new_machine and new_machine.exists()


def test_alt_b_opens_a_book_she_has(new_machine, book, tmp_path, monkeypatch, qtbot):
    fill_book()
    close_book()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(book), ""))
    outcome = when_modal(FirstStart, press(Qt.Key.Key_B, ALT))
    window = first_start(new_machine, open_and_show)
    qtbot.addWidget(window)
    answered(outcome)
    assert window.book.path == book and members.count_members(active_only=False) == 3
    assert not new_machine.exists()  # nothing made where no one asked for it


def test_a_backup_from_a_flashdisk_becomes_her_book(new_machine, book, tmp_path, monkeypatch, qtbot):
    fill_book()
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.create_backup(usb).path
    close_book()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(made), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    outcome = when_modal(FirstStart, press(Qt.Key.Key_P, ALT))
    window = first_start(new_machine, open_and_show)
    qtbot.addWidget(window)
    answered(outcome)
    assert window.book.path == new_machine and members.count_members(active_only=False) == 3


def test_the_demo_village_opens_filled_and_her_own_book_is_not_made(new_machine, qtbot):
    outcome = when_modal(FirstStart, press(Qt.Key.Key_L, ALT))
    window = first_start(new_machine, open_and_show)
    qtbot.addWidget(window)
    answered(outcome)
    assert window.book.path.name == "lumbung-demo.sqlite" and members.count_members(active_only=False) > 10
    assert not new_machine.exists()


def test_esc_leaves_without_making_anything(new_machine, qtbot):
    outcome = when_modal(FirstStart, press(Qt.Key.Key_Escape))
    assert first_start(new_machine, open_and_show) is None
    answered(outcome)
    assert not new_machine.parent.exists()


def test_lumbung_asks_only_where_no_book_is_yet(new_machine, qtbot):
    """`lumbung` on a new machine asks; the second start opens her book without asking."""
    asked = []
    outcome = when_modal(FirstStart, lambda box: (asked.append(box), press(Qt.Key.Key_Return)(box)))
    assert ui_main.main(["lumbung", "--quit-after-show"]) == 0
    answered(outcome)
    assert ui_main.main(["lumbung", "--quit-after-show"]) == 0
    assert len(asked) == 1 and new_machine.exists()
    QThreadPool.globalInstance().waitForDone()  # the pages' background reads, then their answers
    QApplication.processEvents()
    for window in QApplication.topLevelWidgets():  # main() left them open: gone before the next test
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    close_book()


def test_a_data_folder_that_cannot_be_made_is_said_and_other_ways_are_offered(tmp_path, monkeypatch, qtbot):
    """No writable home: the new book cannot be made; she is told where and why, not a traceback."""
    blocked = tmp_path / "home"
    blocked.write_text("a file where her home folder should be")
    path = blocked / ".local" / "share" / "Lumbung" / "lumbung.sqlite"
    seen = []

    def close(box: StartupRefusal) -> None:
        seen.append(box.text())
        box.close_button.click()

    outcomes = [when_modal(FirstStart, press(Qt.Key.Key_Return)), when_modal(StartupRefusal, close)]
    assert first_start(path, open_and_show) is None
    for outcome in outcomes:
        answered(outcome)
    assert seen == [f"Buku baru tidak bisa dibuat di {path} (Not a directory)."]
