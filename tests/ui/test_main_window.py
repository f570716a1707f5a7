"""The main window: navigation, Beranda, start-up refusals, remembered geometry, other pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMessageBox

from app import ledger, members, settings
from app.members import MemberInput
from ui import main as ui_main
from ui.main import open_and_show

AREA_TITLES = ["Beranda", "Anggota", "Simpanan", "Pinjaman", "Usaha Kelompok", "Kas & Buku", "Laporan",
               "Cadangan Data", "Pengaturan", "Dana & Modal", "Tutup Buku & SHU", "Jejak Audit"]


def nav_labels(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_navigation_lists_every_area_and_ctrl_numbers_switch(window, qtbot):
    assert nav_labels(window) == AREA_TITLES
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().title.text() == "Usaha Kelompok"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().title.text() == "Anggota"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # the tenth
    assert window.stack.currentWidget().title.text() == "Dana & Sumber Modal"


def test_title_names_the_group_and_the_book(window, book):
    assert window.windowTitle() == f"UP2K PKK – {book} – Lumbung"


def test_an_area_not_built_says_so_without_figures(qtbot):
    from ui.areas import AREAS
    from ui.pages.not_built import NotBuiltPage

    page = NotBuiltPage(next(area for area in AREAS if area.key == "reports"))
    qtbot.addWidget(page)
    assert page.title.text() == "Laporan"
    assert page.notice.text() == "Bagian ini belum tersedia di versi Lumbung ini."
    assert "neraca" in page.plan.text()


def test_laporan_is_ctrl_7(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page("reports")
    assert window.page("reports").chosen_kind() == "cash_book"


def test_beranda_on_an_empty_book_offers_demo_data(window, qtbot):
    home = window.page("home")
    qtbot.waitUntil(lambda: home.values["members"].text() != "")
    assert home.values["members"].text() == "0"
    assert home.values["cash"].text() == "Rp0"
    assert home.values["last_entry"].text() == "belum ada transaksi"
    assert home.fill_demo.isVisible() and home.empty_note.isVisible()
    assert window.demo_action.isEnabled()


def test_beranda_shows_real_figures(book, qtbot):
    members.add_member(MemberInput(name="Siti Aminah", joined_on=date(2025, 1, 6)))
    ledger.post_entry(date(2026, 8, 3), "Hibah CSR", [ledger.debit("1-101", 1_500_000), ledger.debit("1-102", 2_000_000),
                                                       ledger.credit("3-201", 3_500_000)])
    settings.update({"group_name": "UP2K PKK As Syifa"})
    window = open_and_show(book)
    qtbot.addWidget(window)
    home = window.page("home")
    qtbot.waitUntil(lambda: home.values["group"].text() != "" and home.values["usaha"].text() != ""
                    and home.values["shu"].text() != "")
    texts = {key: label.text() for key, label in home.values.items()}
    assert texts == {"group": "UP2K PKK As Syifa", "members": "1", "cash": "Rp1.500.000",
                     "bank": "Rp2.000.000", "last_entry": "Senin, 3 Agustus 2026",
                     "usaha": "penjualan Rp0, laba Rp0, nilai stok Rp0", "shu": "Rp0"}
    assert not home.fill_demo.isVisible()
    assert not window.demo_action.isEnabled()


def test_a_file_that_is_not_a_book_stops_start_up_with_a_message(tmp_path, capsys):
    from backup_support import answered, when_modal
    from ui.startup import StartupRefusal

    bad = tmp_path / "catatan.sqlite"
    bad.write_bytes(b"Ini bukan basis data, hanya catatan.\n")
    shown = []

    def close(box: StartupRefusal) -> None:
        shown.append((box.windowTitle(), box.text()))
        box.close_button.click()

    outcome = when_modal(StartupRefusal, close)
    assert ui_main.main(["lumbung", "--db", str(bad)]) == 2
    answered(outcome)

    message = f"Berkas {bad} bukan buku Lumbung. Berkas ini tidak diubah."
    assert shown == [("Lumbung tidak bisa membuka buku", message)]
    assert message in capsys.readouterr().err
    assert bad.read_bytes() == b"Ini bukan basis data, hanya catatan.\n"
    assert {p.name for p in tmp_path.iterdir()} <= {"catatan.sqlite", "settings"}  # no -wal, no copy


def test_opening_another_book_that_is_refused_keeps_the_current_one(window, book, tmp_path, monkeypatch):
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert not window.switch_book(folder)
    assert shown == [f"{folder} adalah folder, bukan berkas buku. Pilih sebuah berkas."]
    assert str(book) in window.windowTitle()


def test_opening_another_book_shows_its_members(window, tmp_path, column_texts):
    other = tmp_path / "lain.sqlite"
    assert window.switch_book(other, create=True)
    members.add_member(MemberInput(name="Hj. Masitah", joined_on=date(2025, 1, 6)))
    window.go_to(1)
    assert column_texts(window.page("members"), "name") == ["Hj. Masitah"]
    assert str(other) in window.windowTitle()


def test_window_geometry_is_remembered(book, qtbot):
    first = open_and_show(book)
    qtbot.addWidget(first)
    first.setGeometry(QRect(10, 50, 780, 620))  # inside the offscreen screen (800 wide), above the narrowest window
    first.close()

    second = open_and_show(book)
    qtbot.addWidget(second)
    assert (second.geometry().size().width(), second.geometry().size().height()) == (780, 620)
    assert (second.geometry().x(), second.geometry().y()) == (10, 50)


def test_business_groups_page_lists_and_adds(window, qtbot):
    window.go_to(4)
    page = window.page("businesses")
    names = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert names == ["Bordir", "Telur itik Alabio", "Kerupuk", "Kue kering", "Warung makan"]

    qtbot.keyClicks(page.name, "bordir")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.errors.label("name").text() == 'Kelompok usaha "bordir" sudah ada.'
    page.name.clear()
    qtbot.keyClicks(page.name, "Anyaman purun")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table.item(5, 0).text() == "Anyaman purun"
    assert page.table.item(5, 1).text() == "0"
    assert not page.errors.label("name").isVisible()


def test_settings_are_saved_with_inline_errors(window, qtbot):
    window.go_to(8)
    page = window.page("settings")
    page.edits["operator_name"].clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors.label("operator_name").text() == "Wajib diisi."
    assert settings.get("operator_name") == "Sekretaris"

    qtbot.keyClicks(page.edits["operator_name"], "Rusmilawati")
    page.edits["group_name"].clear()
    qtbot.keyClicks(page.edits["group_name"], "UP2K PKK As Syifa")
    qtbot.keyClick(page.edits["group_name"], Qt.Key.Key_Return)
    assert page.saved_note.text() == "Pengaturan tersimpan."
    assert settings.operator_name() == "Rusmilawati"
    assert window.windowTitle().startswith("UP2K PKK As Syifa – ")


def test_on_a_laptop_screen_the_window_starts_maximised(book, qtbot):
    from PySide6.QtGui import QGuiApplication

    from ui.main_window import SMALL_SCREEN_WIDTH
    assert QGuiApplication.primaryScreen().geometry().width() <= SMALL_SCREEN_WIDTH
    window = open_and_show(book)
    qtbot.addWidget(window)
    assert window.isMaximized()
