"""Pengaturan: officers, the group's profile keys and the logo, saved from the page and seen on
a generated document; refusals beside their fields; the form scrolls on a small screen."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from app import settings
from app.documents.catalogue import Request, generate
from pdf_support import pdf_text


def png_bytes(width=120, height=80) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def settings_page(window):
    window.go_to(8)
    return window.page("settings")


def type_in(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_officers_and_logo_show_on_a_generated_document(window, qtbot, tmp_path):
    page = settings_page(window)
    type_in(qtbot, page.edits["ketua_name"], "Hj. Rusmini")
    type_in(qtbot, page.edits["bendahara_name"], "Mariatul Qiftiah")
    type_in(qtbot, page.edits["founded_year"], "2009")
    type_in(qtbot, page.edits["starting_capital_rp"], "800000")
    page.choices["up2k_level"].setCurrentIndex(page.choices["up2k_level"].findData("Madya"))
    page.choices["receipt_paper"].setCurrentIndex(page.choices["receipt_paper"].findData("ROLL_58"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved_note.text() == "Pengaturan tersimpan."
    assert page.edits["starting_capital_rp"].text() == "800.000"  # read back as people write it
    assert (settings.get("ketua_name"), settings.get("up2k_level"), settings.receipt_paper()) == (
        "Hj. Rusmini", "Madya", "ROLL_58")
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_bytes())
    assert page.set_logo_from(logo)
    assert not page.logo_preview.pixmap().isNull() and page.logo_remove.isEnabled()
    assert settings.logo() == logo.read_bytes()

    path = generate(Request("group_profile", end=date(2026, 8, 17)), target=tmp_path / "profil.pdf")
    text = pdf_text(path)
    assert "Ketua Hj. Rusmini" in text and "( Hj. Rusmini )" in text and "( Mariatul Qiftiah )" in text
    assert "Modal awal Rp800.000" in text and "Tingkat UP2K Madya" in text
    assert len(PdfReader(path).pages[0].images) == 1  # the logo in the letterhead

    qtbot.mouseClick(page.logo_remove, Qt.MouseButton.LeftButton)
    assert settings.logo() is None and not page.logo_remove.isEnabled()
    assert not PdfReader(generate(Request("group_profile", end=date(2026, 8, 17)),
                                  target=tmp_path / "tanpa.pdf")).pages[0].images


def test_a_bad_logo_file_shows_the_message_beside_it(window, tmp_path):
    page = settings_page(window)
    text_file = tmp_path / "logo.png"
    text_file.write_text("bukan gambar")
    assert not page.set_logo_from(text_file)
    assert page.logo_error.text() == "Logo harus gambar PNG atau JPEG." and page.logo_error.isVisible()
    big = tmp_path / "besar.png"
    big.write_bytes(png_bytes()[:8] + b"\0" * (settings.LOGO_LIMIT_BYTES + 1))
    assert not page.set_logo_from(big)
    assert page.logo_error.text() in ("Logo harus gambar PNG atau JPEG.", "Logo terlalu besar: paling besar 512 KB.")
    assert not page.set_logo_from(tmp_path / "tidak-ada.png")
    assert page.logo_error.text().startswith("Berkas tidak bisa dibaca")
    assert settings.logo() is None


def test_bad_profile_values_are_refused_beside_their_fields(window, qtbot):
    page = settings_page(window)
    type_in(qtbot, page.edits["founded_year"], "209")
    type_in(qtbot, page.edits["starting_capital_rp"], "8.00")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors.label("founded_year").text() == "Tulis tahun dengan 4 angka, dari 1945 sampai 2026."
    assert page.errors.label("starting_capital_rp").text().startswith('"8.00" bisa dibaca dua cara.')
    assert page.saved_note.text() == "" and settings.get("founded_year") == ""


def test_the_form_scrolls_and_save_stays_visible_on_a_small_window(window, qtbot):
    window.resize(760, 620)
    page = settings_page(window)
    qtbot.waitUntil(lambda: page.scroll.verticalScrollBar().maximum() > 0)
    assert page.save_button.isVisible()
    assert page.save_button.mapTo(window, page.save_button.rect().bottomLeft()).y() <= window.height()


def test_the_wheel_scrolls_past_a_choice_it_does_not_change_it(window, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window.resize(1000, 500)
    page = settings_page(window)
    paper = page.choices["receipt_paper"]
    page.edits["group_name"].setFocus()
    before = paper.currentIndex()

    def wheel(widget):
        event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)

    wheel(paper)
    assert paper.currentIndex() == before
    paper.setFocus()
    wheel(paper)
    assert paper.currentIndex() != before  # with the cursor in it, the wheel chooses


def test_leaving_pengaturan_with_changes_asks_and_keeps_or_saves_them(window, qtbot, discard_questions, monkeypatch):
    page = settings_page(window)
    type_in(qtbot, page.edits["ketua_name"], "Hj. Rusmini")
    answers = ["stay"]
    monkeypatch.setattr("ui.pages.settings.ask_unsaved", lambda p: discard_questions.append(p) or answers.pop(0))
    window.go_to(1)
    assert window.stack.currentWidget() is page and window.nav.currentRow() == 8
    assert page.edits["ketua_name"].text() == "Hj. Rusmini" and len(discard_questions) == 1
    answers.append("save")
    window.go_to(1)
    assert window.stack.currentWidget() is window.page("members")
    assert settings.get("ketua_name") == "Hj. Rusmini"

    page = settings_page(window)
    type_in(qtbot, page.edits["ketua_name"], "Salah ketik")
    answers.append("stay")
    assert not window.close() and window.isVisible()  # Batal: not quitting
    answers.append("discard")
    window.go_to(0)
    assert settings.get("ketua_name") == "Hj. Rusmini" and page.edits["ketua_name"].text() == "Hj. Rusmini"
    settings_page(window)
    window.go_to(0)  # nothing changed: no question
    assert len(discard_questions) == 4
