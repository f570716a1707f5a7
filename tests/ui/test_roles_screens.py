"""The screens follow the roles (issue 15): with sign-in on, what the one signed in may not do is
disabled, its reason as tooltip and status tip; the Pemeriksa reads and prints; the Ketua
approves a loan the Sekretaris entered, and not one she entered herself."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import settings
from app.access import roles, session
from app.access.session import Who
from app.documents.catalogue import Request, generate
from app.loans import lifecycle
from ui import roles_ui
from ui.areas import AREAS
from ui.main_window import ROLE_GUARDS, _found

from loan_ui_support import member, product, with_dialog

LOANS_PAGE = 3  # Ctrl+4
KETUA = Who(1, "Rina", frozenset({"ketua"}))
SEKRETARIS = Who(2, "Sekar", frozenset({"sekretaris"}))
BENDAHARA = Who(3, "Bunga", frozenset({"bendahara"}))
PEMERIKSA = Who(4, "Pipit", frozenset({"pemeriksa"}))
KETUA_ONLY = "Hanya Ketua yang menyetujui atau menolak pinjaman."


@pytest.fixture
def sign_in(window):
    """Turn sign-in on and put `who` at the desk (the users part's dialog does this in the app)."""
    settings.record({roles.SIGN_IN: "on"})

    def as_(who: Who):
        session.start(who)
        window.apply_roles()

    yield as_
    session.end()
    roles_ui.refresh()


def _guarded(window):
    """Every guarded button and menu action of the window, with its actions."""
    found = []
    for key, guards in ROLE_GUARDS.items():
        for path, action in guards.items():
            target = _found(window.page(key), path)
            if target is not None:
                found.append((f"{key}.{path}", target, (action,) if isinstance(action, str) else action))
    for name in ("setoran_action", "collection_action", "opening_action", "demo_action"):
        target = getattr(window, name)
        found.append((name, target, roles_ui.guarded_action(target)))
    return found


def _applied_loan(who: Who) -> lifecycle.LoanRow:
    session.start(who)
    try:
        return lifecycle.apply(member(), product(), 1_000_000, 10, date(2026, 9, 17))
    finally:
        session.end()


def _loans_page(qtbot, window, loan_id: int):
    page = window.page("loans")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.go_to(LOANS_PAGE)
    page._show_loan(loan_id)
    return page


def test_every_guard_is_found(window):
    """The paths in ROLE_GUARDS name real buttons (a renamed one would leave its action open)."""
    missing = [f"{key}.{path}" for key, guards in ROLE_GUARDS.items() for path in guards
               if _found(window.page(key), path) is None]
    assert missing == []


def test_as_bendahara_the_ketua_only_actions_are_disabled_with_the_reason(qtbot, window, sign_in):
    loan = _applied_loan(SEKRETARIS)
    sign_in(BENDAHARA)
    page = _loans_page(qtbot, window, loan.id)
    for button in (page.approve_button, page.reject_button, page.write_off_button, page.allowance_button):
        assert not button.isEnabled()
    assert page.approve_button.toolTip() == KETUA_ONLY and page.approve_button.statusTip() == KETUA_ONLY
    assert page.write_off_button.toolTip().startswith("Hanya Ketua yang menutup dan membuka periode")
    yearend = window.page("yearend")
    assert not any(yearend.buttons[key].isEnabled() for key in ("close_month", "close_year", "reopen", "shu"))
    assert not window.page("settings").save_button.isEnabled()
    # hers: the money
    assert window.setoran_action.isEnabled() and window.page("cashbook").receive_button.isEnabled()
    assert window.page("cashbook").receive_button.toolTip() == ""
    # F6 on a disabled Setujui does nothing
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F6)
    assert lifecycle.get_loan(loan.id).status == "applied"


def test_as_pemeriksa_every_writing_action_is_disabled_but_reports_print(qtbot, window, sign_in, tmp_path):
    sign_in(SEKRETARIS)
    member("Siti Aminah")
    sign_in(PEMERIKSA)
    for name, target, actions in _guarded(window):
        assert not target.isEnabled(), name
        assert target.toolTip().startswith("Hanya "), (name, target.toolTip())
    members_page = window.page("members")
    window.go_to(1)
    assert members_page.print_button.isEnabled() and window.reprint_action.isEnabled()
    assert window.page("reports").make_button.isEnabled()
    assert roles_ui.guarded_action(window.page("backup").backup_button) is None  # backups: every role
    pdf = generate(Request("member_register", end=date(2026, 8, 17)), tmp_path / "buku-anggota.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_storno_of_a_row_follows_the_role(qtbot, window, sign_in):
    sign_in(SEKRETARIS)
    action = window.page("cashbook").storno_action
    assert not action.isEnabled() and action.run() is False
    sign_in(BENDAHARA)
    assert action.isEnabled()


def test_as_ketua_she_approves_a_loan_the_sekretaris_entered(qtbot, window, sign_in):
    loan = _applied_loan(SEKRETARIS)
    sign_in(KETUA)
    page = _loans_page(qtbot, window, loan.id)
    assert page.approve_button.isEnabled() and page.approve_button.toolTip() != KETUA_ONLY
    assert not page.apply_button.isEnabled() and not page.disburse_button.isEnabled()

    def approve(dialog):
        assert dialog.objectName() == "approveDialog"
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
    assert (approved.status, approved.applied_by, approved.decided_by) == ("approved", "Sekar", "Rina")


def test_she_cannot_approve_what_she_entered_herself(qtbot, window, sign_in):
    both = Who(5, "Siti", frozenset({"ketua", "sekretaris"}))
    loan = _applied_loan(both)
    sign_in(both)
    page = _loans_page(qtbot, window, loan.id)
    seen = []

    def approve(dialog):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
        seen.append(dialog.general_error.text())  # beside Simpan; the dialog stays open
        dialog.reject()

    def press():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_F6)

    with_dialog(qtbot, approve, press)
    assert "harus disetujui pengurus lain" in seen[-1] and "Hanya satu pengurus" in seen[-1]
    assert lifecycle.get_loan(loan.id).status == "applied"

    # the one-officer office says so where the refusal sends her: Pengaturan → Pengguna
    window.go_to([area.key for area in AREAS].index("settings"))
    single = window.page("settings").users_panel.single
    assert single.isVisibleTo(window.page("settings")) and single.isEnabled() and single.text().startswith(
        "Hanya satu pengurus")
    single.setFocus()
    qtbot.keyClick(single, Qt.Key.Key_Space)
    assert settings.get(roles.SINGLE_OFFICER) == "on"

    def approve_now(dialog):
        qtbot.keyClicks(dialog.note, "satu pengurus")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    window.go_to(LOANS_PAGE)
    page._show_loan(loan.id)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        with_dialog(qtbot, approve_now, press)
    assert lifecycle.get_loan(loan.id).status == "approved"


def test_only_the_ketua_manages_the_officers_in_pengaturan(qtbot, window, sign_in):
    sign_in(BENDAHARA)
    panel = window.page("settings").users_panel
    for button in (panel.add_button, panel.turn_off_button, panel.idle_save, panel.single):
        assert not button.isEnabled() and button.toolTip().startswith("Hanya Ketua"), button.objectName()
    assert window.page("settings").pos_panel.add_button.isEnabled()  # a cost or income pos: her money
    sign_in(PEMERIKSA)
    assert not window.page("settings").pos_panel.add_button.isEnabled()
    sign_in(KETUA)
    assert panel.add_button.isEnabled() and panel.single.isEnabled()


def test_without_sign_in_nothing_is_disabled_for_a_role(qtbot, window):
    loan = _applied_loan(SEKRETARIS)  # the session ended: no one signed in, and no sign-in asked
    page = _loans_page(qtbot, window, loan.id)
    assert page.approve_button.isEnabled() and page.approve_button.toolTip() == ""
    assert window.page("yearend").buttons["close_year"].toolTip() == ""
    assert window.page("settings").save_button.isEnabled()


def test_a_rows_enter_opens_no_form_her_role_may_not_use(qtbot, window, sign_in):
    """Enter on a row does what the row's button does: for a role that may not, no form opens to
    be filled in vain; the reason shows in the status bar."""
    sign_in(SEKRETARIS)
    member("Siti Aminah")
    loan = _applied_loan(SEKRETARIS)
    sign_in(PEMERIKSA)
    opened = []

    def close_any():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog.objectName() or type(dialog).__name__)
            dialog.reject()

    for key, table_of in (("savings", lambda p: p.table),):
        window.go_to([area.key for area in AREAS].index(key))
        page = window.page(key)
        page.refresh()
        table = table_of(page)
        qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=5000)
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        QTimer.singleShot(300, close_any)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.wait(400)
        assert window.statusBar().currentMessage().startswith("Hanya "), key
    page = _loans_page(qtbot, window, loan.id)
    page.table.setFocus()
    QTimer.singleShot(300, close_any)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.wait(400)
    assert opened == [] and window.statusBar().currentMessage() == KETUA_ONLY
    # a member's row opens her detail to read (tests/ui/test_privacy_ui.py): no form to fill
