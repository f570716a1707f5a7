"""Adding and changing members through the dialog, as the secretary types them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import members
from ui.member_dialog import MemberDialog


def type_into(qtbot, dialog, values: dict[str, str]) -> None:
    widgets = {**dialog.edits, "birth_date": dialog.birth_date, "joined_on": dialog.joined_on}
    for field, text in values.items():
        widgets[field].clear()
        qtbot.keyClicks(widgets[field], text)


@pytest.fixture
def dialog(book, qtbot):
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_add_member_through_dialog_shows_her_in_the_register(members_page, qtbot, column_texts):
    def fill_and_save():
        dialog = QApplication.activeModalWidget()
        type_into(qtbot, dialog, {"name": "Siti Aminah", "nik": "6308055503850001",
                                  "birth_date": "15/03/1985", "phone": "0812 5123 4567"})
        qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_and_save)
    qtbot.mouseClick(members_page.add_button, Qt.MouseButton.LeftButton)

    assert column_texts(members_page, "name") == ["Siti Aminah"]
    row = [members_page.proxy.index(0, c).data() for c in range(members_page.proxy.columnCount())]
    assert row[:4] == ["0001", "Siti Aminah", "6308055503850001", "P"]
    assert row[7:] == ["17/08/2026", "Aktif"]  # joined today by default
    assert members_page.count.text() == "1 anggota ditampilkan"
    assert members_page.table.currentIndex().row() == 0  # the new member is selected


def test_new_member_gets_the_default_address_from_settings(dialog):
    assert dialog.edits["kabupaten"].text() == "Hulu Sungai Utara"
    assert dialog.edits["provinsi"].text() == "Kalimantan Selatan"
    assert dialog.joined_on.text() == "17/08/2026"


@pytest.mark.parametrize(
    "values, field, message",
    [
        ({"name": ""}, "name", "Wajib diisi."),
        ({"nik": "630805550385000"}, "nik", "NIK harus 16 angka (tertulis 15)."),
        ({"nik": "63080555O3850001"}, "nik", "NIK hanya boleh berisi angka."),
        ({"nik": "6308055503850001", "birth_date": "16/03/1985"}, "nik",
         "Tanggal lahir di dalam NIK tidak sama dengan tanggal lahir yang diisi."),
        # (joining before one's birth is then also wrong, and said under Tanggal masuk)
        ({"birth_date": "18/08/2026"}, "birth_date", "Tanggal tidak boleh di masa depan."),
        ({"birth_date": "31/02/1985"}, "birth_date", "Februari 1985 tidak punya tanggal 31."),
        ({"phone": "0812-abc-999"}, "phone",
         "Nomor telepon hanya boleh berisi angka (8–15 angka), boleh diawali +."),
    ],
)
def test_bad_input_is_shown_beside_its_field_and_nothing_is_written(dialog, qtbot, values, field, message):
    type_into(qtbot, dialog, {"name": "Norhasanah", **values})
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Return)

    assert dialog.isVisible()  # stays open
    assert dialog.errors.label(field).text() == message
    assert dialog.errors.label(field).isVisible()
    others = [f for f in ("name", "nik", "birth_date", "phone") if f != field]
    assert not any(dialog.errors.label(f).isVisible() for f in others)
    assert members.count_members(active_only=False) == 0


def test_duplicate_nik_names_the_member_who_has_it(book, qtbot):
    members.add_member(members.MemberInput(name="Siti Aminah", nik="6308055503850001", joined_on=date(2025, 1, 6)))
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, {"name": "Aluh Rusmini", "nik": "6308 0555 0385 0001"})
    qtbot.keyClick(dialog.edits["nik"], Qt.Key.Key_Enter)

    assert dialog.errors.label("nik").text() == "NIK ini sudah dipakai anggota 0001 – Siti Aminah."
    assert members.count_members(active_only=False) == 1


def test_issue_without_a_field_goes_to_the_general_line(dialog):
    from app.errors import Issue

    dialog.errors.show([Issue("member", "member.not_found", {"member_id": 9})])
    assert dialog.general_error.text() == "Anggota tidak ditemukan (mungkin buku sudah berganti)."


def test_escape_cancels_and_writes_nothing(dialog, qtbot):
    type_into(qtbot, dialog, {"name": "Jumiati"})
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert dialog.result() == MemberDialog.DialogCode.Rejected
    assert members.count_members(active_only=False) == 0


def test_editing_keeps_the_number_and_changes_the_row(members_page, four_members, qtbot):
    members_page.refresh()
    jumiati = four_members[3]

    def change_and_save():
        dialog = QApplication.activeModalWidget()
        assert dialog.windowTitle() == "Ubah anggota 0004 – Jumiati"
        type_into(qtbot, dialog, {"desa": "Alabio", "phone": "081351234567"})
        qtbot.keyClick(dialog.edits["desa"], Qt.Key.Key_Return)

    members_page.select_member(jumiati.id)
    QTimer.singleShot(0, change_and_save)
    qtbot.keyClick(members_page.table, Qt.Key.Key_Return)

    row = members_page.table.currentIndex().row()
    texts = [members_page.proxy.index(row, c).data() for c in (0, 1, 4, 5)]
    assert texts == ["0004", "Jumiati", "Alabio", "081351234567"]


def test_dialog_fits_a_small_laptop_screen(dialog):
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= min(screen.width(), 1366)
    assert dialog.height() <= min(screen.height(), 768)


def test_tab_order_follows_the_form(dialog, qtbot):
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.edits["name"])
    visited = ["name"]
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    assert visited == ["name", "nik", "sex", "birth_place", "birth_date", "phone", "street", "rt", "rw", "desa"]
