"""The Anggota page: search as you type, the status filter, sorting, marking a member left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import clock, members, settings
from app.documents.catalogue import Request
from app.members import MemberRow
from ui.member_table import COLUMNS, MemberFilterProxy, MemberTableModel


def search(qtbot, page, text: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)


def test_search_as_you_type_by_name_number_nik_and_desa(members_page, four_members, qtbot, column_texts):
    members_page.refresh()
    assert members_page.count.text() == "4 anggota ditampilkan"

    search(qtbot, members_page, "masi")
    assert column_texts(members_page, "name") == ["Hj. Masitah"]
    search(qtbot, members_page, "0003")
    assert column_texts(members_page, "name") == ["Rusmilawati"]
    search(qtbot, members_page, "55038")
    assert column_texts(members_page, "name") == ["Siti Aminah"]
    search(qtbot, members_page, "pandulangan")
    assert column_texts(members_page, "name") == ["Siti Aminah", "Jumiati"]
    assert members_page.count.text() == "2 anggota ditampilkan"
    search(qtbot, members_page, "tidak ada")
    assert column_texts(members_page, "name") == []
    members_page.search.clear()
    assert len(column_texts(members_page, "name")) == 4


def test_status_filter_and_mark_left(members_page, four_members, qtbot, column_texts):
    members_page.refresh()
    members_page.select_member(four_members[2].id)

    def leave_on_first_of_august():
        dialog = QApplication.activeModalWidget()
        dialog.left_on.clear()
        qtbot.keyClicks(dialog.left_on, "01/08/2026")
        qtbot.keyClick(dialog.left_on, Qt.Key.Key_Return)

    QTimer.singleShot(0, leave_on_first_of_august)
    qtbot.mouseClick(members_page.leave_button, Qt.MouseButton.LeftButton)
    assert members.get_member(four_members[2].id).left_on == date(2026, 8, 1)

    members_page.status.setCurrentIndex(members_page.status.findData("left"))
    assert column_texts(members_page, "name") == ["Rusmilawati"]
    assert column_texts(members_page, "status") == ["Keluar 01/08/2026"]
    members_page.status.setCurrentIndex(members_page.status.findData("active"))
    assert column_texts(members_page, "name") == ["Siti Aminah", "Hj. Masitah", "Jumiati"]
    assert set(column_texts(members_page, "status")) == {"Aktif"}


def test_a_left_member_is_brought_back_by_keyboard_with_a_reason(members_page, four_members, qtbot,
                                                                 discard_questions):
    """For a left member "Tandai keluar" reads "Batalkan keluar…": Esc on a typed reason asks and
    writes nothing; an empty reason is refused beside the field; a reason and Enter bring her
    back, and her details show the history left → returned."""
    settings.update({"operator_name": "Bu Ratna"})
    rusmi = four_members[2].id
    members.mark_left(rusmi, date(2026, 8, 1))
    members_page.refresh()
    members_page.select_member(four_members[0].id)
    assert members_page.leave_button.text() == "Tandai keluar"
    members_page.select_member(rusmi)
    assert members_page.leave_button.text() == "Batalkan keluar…"
    seen = {}

    def type_then_escape():
        dialog = QApplication.activeModalWidget()
        seen["focus"] = dialog.focusWidget() is dialog.reason
        qtbot.keyClicks(dialog.reason, "keliru")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)

    QTimer.singleShot(0, type_then_escape)
    members_page.leave_button.setFocus()
    qtbot.keyClick(members_page.leave_button, Qt.Key.Key_Space)
    assert seen["focus"] and len(discard_questions) == 1
    assert not members.get_member(rusmi).active and len(members.member_history(rusmi)) == 1

    def empty_then_reason():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        seen["error"] = dialog.errors.label("reason").text()
        qtbot.keyClicks(dialog.reason, "salah pilih anggota")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    QTimer.singleShot(0, empty_then_reason)
    qtbot.keyClick(members_page.leave_button, Qt.Key.Key_Space)
    assert seen["error"] == "Wajib diisi."
    assert members.get_member(rusmi).active
    assert members_page.leave_button.text() == "Tandai keluar"
    assert [(e.what, e.who, e.reason) for e in members.member_history(rusmi)] == [
        ("left", "Bu Ratna", ""), ("returned", "Bu Ratna", "salah pilih anggota")]

    def read_details():
        dialog = QApplication.activeModalWidget()
        seen["history"] = dialog.history_text.text() if dialog.history_box.isVisibleTo(dialog) else ""
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_details)
    members_page.table.setFocus()
    qtbot.keyClick(members_page.table, Qt.Key.Key_Return)
    assert seen["history"].splitlines() == [
        "Keluar 01/08/2026 – dicatat oleh Bu Ratna, 17/08/2026 09:30",
        "Aktif kembali 17/08/2026 – dicatat oleh Bu Ratna, 17/08/2026 09:30",
        "    Alasan: salah pilih anggota",
    ]


def test_a_settled_leaving_is_not_undone_here(members_page, four_members, qtbot):
    from app import leaving, savings

    siti = four_members[0].id
    savings.deposit(siti, "pokok", 10_000, date(2026, 3, 1))
    leaving.settle(siti, date(2026, 8, 1))
    members_page.refresh()
    members_page.select_member(siti)
    seen = {}

    def try_to_undo():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.reason, "keliru")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        seen["error"] = dialog.general_error.text()
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)

    QTimer.singleShot(0, try_to_undo)
    members_page.leave_button.setFocus()
    qtbot.keyClick(members_page.leave_button, Qt.Key.Key_Space)
    assert "aturan storno" in seen["error"]
    assert not members.get_member(siti).active


def click_header(qtbot, page, column: str) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMNS.index(column)) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_sorting_by_number_and_by_date(members_page, four_members, qtbot, column_texts):
    members_page.refresh()
    assert column_texts(members_page, "number") == ["0001", "0002", "0003", "0004"]
    click_header(qtbot, members_page, "number")  # already ascending: the second order is descending
    assert column_texts(members_page, "number") == ["0004", "0003", "0002", "0001"]

    click_header(qtbot, members_page, "joined")
    assert column_texts(members_page, "joined") == ["30/06/2024", "17/12/2025", "05/01/2026", "01/02/2026"]
    click_header(qtbot, members_page, "name")
    assert column_texts(members_page, "name") == ["Hj. Masitah", "Jumiati", "Rusmilawati", "Siti Aminah"]


def district_rows(count: int) -> list[MemberRow]:
    names = ("Siti", "Aminah", "Masitah", "Rusmila", "Jumiati", "Norhasanah", "Mardiana", "Rahmah")
    desa = ("Pandulangan", "Alabio", "Teluk Sinar", "Babirik", "Sungai Pandan")
    return [
        MemberRow(i, i, f"{names[i % 8]} {names[i * 7 % 8]} {i}", f"63080555038{i:05d}", "P", "", None, "",
                  "", "", "", desa[i % 5], "", "", "", "", "", date(2024, 1, 1), None, ())
        for i in range(1, count + 1)
    ]


def test_search_filters_a_district_sized_register(qtbot):
    """Correctness over 3 000 rows; the speed per keystroke is measured by tests/benchmark.py."""
    model = MemberTableModel()
    proxy = MemberFilterProxy()
    proxy.setSourceModel(model)
    rows = district_rows(3000)
    model.set_members(rows, {})
    for typed in ("s", "si", "sit", "siti", "siti ", "siti m", "siti ma", "siti m", "siti", "", "0", "00", "001"):
        proxy.set_search(typed)
        needle = " ".join(typed.split()).casefold()
        assert proxy.rowCount() == sum(
            any(needle in field.casefold() for field in (f"{m.number:04d}", m.name, m.nik, m.desa)) for m in rows
        )


def test_insert_key_opens_the_add_dialog(members_page, qtbot):
    seen = []

    def close_it():  # a button's shortcut clicks it a moment later (animateClick): wait for it
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_it)
            return
        seen.append(type(dialog).__name__)
        dialog.reject()

    members_page.window().activateWindow()
    qtbot.waitUntil(members_page.window().isActiveWindow)
    members_page.table.setFocus()
    QTimer.singleShot(0, close_it)
    qtbot.keyClick(members_page.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["MemberDialog"]


def test_print_member_register_asks_for_the_register_as_of_today(members_page, four_members, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr("ui.pages.members.make_document", lambda parent, request: asked.append((parent, request)))
    assert members_page.print_button.isEnabled()  # the whole register: no row needs choosing
    qtbot.mouseClick(members_page.print_button, Qt.MouseButton.LeftButton)
    assert asked == [(members_page, Request("member_register", end=clock.today()))]
    window = members_page.window()  # the same from the keyboard: Ctrl+P
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    members_page.table.setFocus()
    qtbot.keyClick(members_page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(asked) == 2)  # a button's shortcut clicks it a moment later
    assert asked[1] == asked[0]
    assert QApplication.activeModalWidget() is None


def test_tandai_keluar_is_refused_while_she_holds_savings(members_page, four_members, qtbot):
    from app import savings

    held = four_members[1].id
    savings.deposit(held, "sukarela", 65_000, date(2026, 3, 1))
    members_page.refresh()
    members_page.select_member(held)
    seen = {}

    def try_to_leave():
        dialog = QApplication.activeModalWidget()
        qtbot.keyClick(dialog.left_on, Qt.Key.Key_Return)
        seen["error"] = dialog.errors.label("left_on").text()
        qtbot.keyClick(dialog.left_on, Qt.Key.Key_Escape)

    QTimer.singleShot(0, try_to_leave)
    qtbot.mouseClick(members_page.leave_button, Qt.MouseButton.LeftButton)
    assert "Rp65.000" in seen["error"] and "Anggota keluar & pengembalian" in seen["error"]
    assert members.get_member(held).left_on is None
