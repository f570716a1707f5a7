"""Personal data on screen: NIK and address masked for a Bendahara in the member table and her
detail (which she may not save: the register is the Sekretaris'), the Ketua's erasure from the detail
with what goes shown first, and the words in Pengaturan."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app import members, settings
from app.access import roles, session
from app.audit import log
from app.members import MemberInput
from ui.member_table import COLUMNS

NIK = "6308014101900001"
MASKED = "6308\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220001"


@pytest.fixture
def siti(book):
    return members.add_member(MemberInput(
        name="Siti Aminah", nik=NIK, sex="P", birth_date=date(1990, 1, 1), phone="081234567890",
        street="Jl. Pandulangan", rt="003", desa="Pandulangan", joined_on=date(2025, 1, 2))).id


@pytest.fixture
def as_role():
    def sign_in(*held):
        settings.record({roles.SIGN_IN: "on"})
        session.start(session.Who(1, "Petugas", frozenset(held)))

    yield sign_in
    session.end()


def nik_cell(page) -> str:
    return page.proxy.index(0, COLUMNS.index("nik")).data()


def open_detail(page, qtbot, act) -> None:
    """Enter on the first row opens her detail; `act(dialog)` runs while it is open."""
    done = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, run)
            return
        try:
            act(dialog)
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, run)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def test_bendahara_reads_her_detail_with_the_nik_masked(siti, as_role, members_page, qtbot):
    as_role("bendahara")
    members_page.refresh()
    assert nik_cell(members_page) == MASKED
    seen = {}

    def check(dialog):
        seen["nik"] = dialog.edits["nik"].text()
        seen["street"] = dialog.edits["street"].text()
        seen["read_only"] = dialog.edits["nik"].isReadOnly()
        seen["erase"] = dialog.erase_button.isVisibleTo(dialog)
        seen["export"] = dialog.export_button.isVisibleTo(dialog)
        seen["street_says"] = dialog.edits["street"].placeholderText()
        # the register is the Sekretaris': she reads, and cannot save
        seen["phone_read_only"] = dialog.edits["phone"].isReadOnly()
        seen["save"] = dialog.save_button.isVisibleTo(dialog)
        seen["title"] = dialog.windowTitle()
        QTest.keyClick(dialog.edits["phone"], Qt.Key.Key_Escape)  # nothing typed: closes at once
        seen["open"] = dialog.isVisible()

    open_detail(members_page, qtbot, check)
    assert seen == {"nik": MASKED, "street": "", "read_only": True, "erase": False, "export": False,
                    "street_says": "\u2022\u2022\u2022", "phone_read_only": True, "save": False,
                    "title": "Data anggota 0001 \u2013 Siti Aminah", "open": False}
    kept = members.get_member(siti)  # the masked fields were never taken for her data
    assert kept.phone == "081234567890" and kept.nik == NIK and kept.street == "Jl. Pandulangan"


def test_sekretaris_sees_it_whole(siti, as_role, members_page):
    as_role("sekretaris")
    members_page.refresh()
    assert nik_cell(members_page) == NIK


def test_ketua_erases_from_her_detail(siti, as_role, members_page, qtbot):
    members.mark_left(siti, date(2026, 8, 1))
    as_role("ketua")
    members_page.refresh()
    shown = {}

    def erase(dialog):
        assert dialog.erase_button.isVisibleTo(dialog)

        def confirm():
            confirm_dialog = QApplication.activeModalWidget()
            if confirm_dialog is dialog or confirm_dialog is None:
                QTimer.singleShot(50, confirm)
                return
            shown["what"] = confirm_dialog.what.text()
            QTest.keyClicks(confirm_dialog.reason, "Permintaan anggota")
            QTest.keyClick(confirm_dialog.reason, Qt.Key.Key_Return)

        QTimer.singleShot(50, confirm)
        dialog.erase_button.click()

    open_detail(members_page, qtbot, erase)
    assert NIK in shown["what"] and "Jl. Pandulangan" in shown["what"] and "081234567890" in shown["what"]
    assert members.get_member(siti).name == "Anggota 0001 (data dihapus)"
    assert members_page.proxy.index(0, COLUMNS.index("name")).data() == "Anggota 0001 (data dihapus)"
    assert log.records(kind="erasure")[0].detail["reason"] == "Permintaan anggota"


def test_pengaturan_says_where_the_data_lives(window):
    window.go_to(8)
    text = window.page("settings").privacy_text.text()
    assert "hanya terlihat oleh Ketua dan Sekretaris" in text and "Hapus data pribadi" in text
    assert "Ekspor data pribadi" in text
