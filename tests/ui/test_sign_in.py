"""Signing in, by keyboard (issue 15): sign-in turned on in Pengaturan → Pengguna, a Bendahara
added and signed in, a wrong password said beside its field, the window locked after idle time
with a dialog left open, the Ketua signing in over it; a book opened again asks again; the
lockout said with its minutes; the Ketua's recovery code."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import ledger
from app.access import roles, session, users
from app.db import close_book
from app.loans import lifecycle
from loan_ui_support import member, product, with_dialog
from ui.main import open_and_show
from ui.sign_in import ForgotPasswordDialog, SignInDialog
from ui.recovery_code import RecoveryCodeDialog, recovery_sheet
from ui.users_panel import TurnOnSignInDialog, UserDialog

KETUA, KETUA_PASSWORD = "Bu Rahmah", "padi-menguning-7"
BENDAHARA, BENDAHARA_PASSWORD = "Siti Aminah", "uang-kas-aman"


@pytest.fixture(autouse=True)
def signed_out():
    session.end()
    yield
    session.end()


def when_shown(cls, act, found: list | None = None):
    """Run act(dialog) once a dialog of `cls` is shown (a modal one runs its own event loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def look():
        for widget in QApplication.topLevelWidgets():
            if type(widget) is cls and widget.isVisible():
                timer.stop()
                if found is not None:
                    found.append(widget)
                act(widget)
                return

    timer.timeout.connect(look)
    timer.start()
    return timer  # kept by the caller while it runs


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def sign_in_by_keyboard(qtbot, dialog: SignInDialog, name: str, password: str):
    type_into(qtbot, dialog.name, name)
    type_into(qtbot, dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def press(qtbot, button):
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def turn_on_in_pengaturan(window, qtbot) -> str:
    window.go_to(8)
    page = window.page("settings")
    panel = page.users_panel
    assert "belum aktif" in panel.state.text()
    codes = []

    def fill(dialog: TurnOnSignInDialog):
        type_into(qtbot, dialog.name, KETUA)
        type_into(qtbot, dialog.password, KETUA_PASSWORD)
        type_into(qtbot, dialog.again, KETUA_PASSWORD)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    def keep(dialog: RecoveryCodeDialog):
        codes.append(dialog.code_label.text())
        assert dialog.focusWidget() is dialog.print_button  # Enter prints: the code is meant for paper
        assert codes[0] in dialog.sheet()
        press(qtbot, dialog.done_button)

    timers = [when_shown(TurnOnSignInDialog, fill), when_shown(RecoveryCodeDialog, keep)]
    press(qtbot, panel.turn_on_button)
    assert timers and codes and len(codes[0]) == 23
    assert roles.sign_in_on() and session.current().name == KETUA
    assert "aktif" in panel.state.text() and panel.turn_off_button.isVisible()
    return codes[0]


def add_bendahara(window, qtbot):
    panel = window.page("settings").users_panel

    def fill(dialog: UserDialog):
        type_into(qtbot, dialog.name, BENDAHARA)
        press(qtbot, dialog.roles.boxes["bendahara"])
        type_into(qtbot, dialog.password, BENDAHARA_PASSWORD)
        type_into(qtbot, dialog.again, BENDAHARA_PASSWORD)
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)

    timer = when_shown(UserDialog, fill)
    press(qtbot, panel.add_button)
    assert timer
    table = panel.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {KETUA: "Ketua", BENDAHARA: "Bendahara"}


def nothing_of_the_book_shows(window) -> bool:
    """The locked window's page area is one plain colour: no balance, name or menu of a page."""
    image = window.grab().toImage()
    top = window.menuBar().height() + 4
    colours = {image.pixel(x, y) for x in range(10, image.width() - 10, 7)
               for y in range(top, image.height() // 3, 5)}
    return len(colours) == 1


def test_turn_on_sign_in_as_bendahara_idle_lock_then_ketua(window, qtbot):
    assert window.who_label.text() == ""  # sign-in off: nothing to say
    code = turn_on_in_pengaturan(window, qtbot)
    assert "-" in code
    assert window.who_label.text() == "Masuk sebagai Bu Rahmah (Ketua)"
    add_bendahara(window, qtbot)

    # Ganti pengguna / Keluar: the window locks for the next one
    window.sign_out_action.trigger()
    assert window.locked and window.lock_cover.isVisible() and session.current() is None
    assert nothing_of_the_book_shows(window)
    dialog = window.sign_in_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.name.text() == "" and not dialog.cancel_button.isVisible()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # Esc does not open the lock
    assert dialog.isVisible() and window.locked
    sign_in_by_keyboard(qtbot, dialog, BENDAHARA, "bukan-sandinya")
    assert dialog.isVisible() and window.locked
    error = dialog.findChild(type(dialog.general_error), "error_password")
    assert error.isVisible() and error.text() == "Kata sandi salah."
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.password, BENDAHARA_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not window.locked and not window.lock_cover.isVisible()
    assert session.current().name == BENDAHARA
    assert window.who_label.text() == "Masuk sebagai Siti Aminah (Bendahara)"
    assert ledger.Lookups().operator_name == BENDAHARA  # her name signs what she posts

    # a dialog left open when the time runs out stays, but takes nothing until someone signs in
    window.open_setoran()
    setoran = window.dialog
    qtbot.waitUntil(setoran.isVisible)
    window.idle_watch.interval_ms = 300
    window.idle_watch.start()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert session.current() is None and window.lock_cover.isVisible()
    lock = window.sign_in_dialog
    qtbot.waitUntil(lock.isVisible)
    assert setoran.isVisible()
    assert QApplication.activeModalWidget() is lock
    assert lock.name.text() == BENDAHARA and lock.focusWidget() is lock.password  # she most likely goes on
    sign_in_by_keyboard(qtbot, lock, KETUA, KETUA_PASSWORD)
    assert not window.locked and session.current().name == KETUA and setoran.isVisible()
    assert window.who_label.text() == "Masuk sebagai Bu Rahmah (Ketua)"
    assert window.idle_watch.timer.isActive()
    window.idle_watch.interval_ms = None  # no second lock while the test closes up
    window.idle_watch.start()
    setoran.close()


def test_a_book_opened_again_still_asks_for_sign_in(book, qtbot):
    users.turn_on_sign_in(KETUA, KETUA_PASSWORD)
    users.add_user(BENDAHARA, ["bendahara"], BENDAHARA_PASSWORD)
    close_book()
    session.end()
    window = open_and_show(book)  # as at the next start, or on another PC
    qtbot.addWidget(window)
    assert window.locked and window.lock_cover.isVisible() and window.who_label.text() == "Belum ada yang masuk"
    dialog = window.sign_in_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not window.menuBar().isEnabled()
    sign_in_by_keyboard(qtbot, dialog, BENDAHARA, BENDAHARA_PASSWORD)
    assert not window.locked and session.current().name == BENDAHARA
    # the same book opened again from Berkas: asked again
    assert window.switch_book(book)
    assert window.locked and session.current() is None
    sign_in_by_keyboard(qtbot, window.sign_in_dialog, KETUA, KETUA_PASSWORD)
    assert session.current().name == KETUA


def test_lockout_said_with_its_time(book, qtbot):
    users.turn_on_sign_in(KETUA, KETUA_PASSWORD)
    users.add_user(BENDAHARA, ["bendahara"], BENDAHARA_PASSWORD)
    users.sign_out()
    dialog = SignInDialog(locked=True)
    qtbot.addWidget(dialog)
    dialog.show()
    error = dialog.findChild(type(dialog.general_error), "error_password")
    for attempt in range(5):
        sign_in_by_keyboard(qtbot, dialog, BENDAHARA, f"salah-{attempt}-xyz")
    assert "dikunci" in error.text() and "1 menit" in error.text()
    sign_in_by_keyboard(qtbot, dialog, BENDAHARA, BENDAHARA_PASSWORD)  # the right one waits too
    assert "dikunci" in error.text() and session.current() is None


def test_forgotten_ketua_password_with_the_recovery_code(book, qtbot):
    code = users.turn_on_sign_in(KETUA, KETUA_PASSWORD)
    users.sign_out()
    dialog = SignInDialog(locked=True)
    qtbot.addWidget(dialog)
    dialog.show()
    signed = []
    dialog.signed_in.connect(signed.append)

    def fill(forgot: ForgotPasswordDialog):
        type_into(qtbot, forgot.code, code.lower())
        type_into(qtbot, forgot.new_password, "sandi-baru-ketua")
        type_into(qtbot, forgot.again, "sandi-baru-ketua")
        qtbot.keyClick(forgot.again, Qt.Key.Key_Return)

    renewed = []

    def keep(shown: RecoveryCodeDialog):
        renewed.append(shown.code_label.text())
        assert "tidak berlaku lagi" in shown.intro.text() and shown.focusWidget() is shown.print_button
        qtbot.keyClick(shown.done_button, Qt.Key.Key_Return)

    timers = [when_shown(ForgotPasswordDialog, fill), when_shown(RecoveryCodeDialog, keep)]
    press(qtbot, dialog.forgot_button)
    assert timers and signed and signed[0].name == KETUA and not dialog.isVisible()
    assert renewed and renewed[0] != code  # the new code, to be printed; the old one is spent
    users.sign_out()
    assert users.sign_in(KETUA, "sandi-baru-ketua")


def test_recovery_sheet_names_the_group_and_the_code():
    sheet = recovery_sheet("ACDEF-GHJKM-NPQRT-UVWXY", "UP2K Melati")
    assert "ACDEF-GHJKM-NPQRT-UVWXY" in sheet and "UP2K Melati" in sheet and "Lupa kata sandi Ketua?" in sheet


def test_the_last_ketua_is_kept_and_the_matrix_is_shown_in_her_words(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    turn_on_in_pengaturan(window, qtbot)
    add_bendahara(window, qtbot)
    panel = window.page("settings").users_panel
    matrix = panel.matrix
    header = [matrix.horizontalHeaderItem(c).text() for c in range(matrix.columnCount())]
    assert header == ["Pekerjaan", "Ketua", "Sekretaris", "Bendahara", "Pemeriksa"]
    rows = {matrix.item(r, 0).text(): [matrix.item(r, c).text() for c in range(1, 5)] for r in range(matrix.rowCount())}
    assert rows["Menyetujui atau menolak pengajuan pinjaman"] == ["✓", "–", "–", "–"]
    assert rows["Melihat dan mencetak semua catatan"] == ["✓", "✓", "✓", "✓"]
    assert not matrix.editTriggers() & matrix.EditTrigger.AllEditTriggers
    # the Bendahara deactivated (asked first); the Ketua, who is signed in, refused with words
    names = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    panel.table.selectRow(names.index(BENDAHARA))
    timer = when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    press(qtbot, panel.active_button)
    assert timer
    assert panel.table.item(names.index(BENDAHARA), 2).text() == "Nonaktif"
    panel.table.selectRow(names.index(KETUA))
    timer = when_shown(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    press(qtbot, panel.active_button)
    assert timer and panel.error.isVisible()
    assert panel.error.text().startswith("Bu Rahmah adalah satu-satunya Ketua.")
    assert users.get_user(panel._users[names.index(KETUA)].id).active


def test_the_officers_day_from_the_issue(window, qtbot):
    """Issue 15's journey in one go, through the real dialogs: sign-in turned on, the Sekretaris
    enters a loan, the Bendahara finds the Ketua's actions disabled with the reason, the window
    locks after idle time, the Ketua signs in over the lock and approves the loan by F6."""
    turn_on_in_pengaturan(window, qtbot)
    users.add_user("Nurul", ["sekretaris"], "buku-anggota-1")
    users.add_user(BENDAHARA, ["bendahara"], BENDAHARA_PASSWORD)
    window.sign_out_action.trigger()
    sign_in_by_keyboard(qtbot, window.sign_in_dialog, "nurul", "buku-anggota-1")
    assert window.who_label.text() == "Masuk sebagai Nurul (Sekretaris)"
    loan = lifecycle.apply(member(), product(), 1_000_000, 10, date(2026, 9, 17))

    window.sign_out_action.trigger()
    sign_in_by_keyboard(qtbot, window.sign_in_dialog, BENDAHARA, BENDAHARA_PASSWORD)
    page = window.page("loans")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.go_to(3)  # Pinjaman
    page._show_loan(loan.id)
    assert not page.approve_button.isEnabled()
    assert page.approve_button.toolTip() == "Hanya Ketua yang menyetujui atau menolak pinjaman."

    window.idle_watch.interval_ms = 300
    window.idle_watch.start()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    lock = window.sign_in_dialog
    qtbot.waitUntil(lock.isVisible)
    sign_in_by_keyboard(qtbot, lock, KETUA, KETUA_PASSWORD)
    assert not window.locked and page.approve_button.isEnabled()
    # back to Pengaturan's minutes: 300 ms would lock again over the approval dialog on a slow
    # machine, and the dialog below would then wait under the lock for ever
    window.idle_watch.interval_ms = None
    window.idle_watch.start()

    def approve(dialog):
        qtbot.keyClicks(dialog.note, "rapat pengurus")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    def press():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_F6)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, approve, press)
    approved = lifecycle.get_loan(loan.id)
    assert (approved.status, approved.applied_by, approved.decided_by) == ("approved", "Nurul", KETUA)
