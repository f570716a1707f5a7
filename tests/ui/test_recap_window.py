"""The Rekap kecamatan window (issue 16): sources chosen, a locked backup's passphrase asked
before the run, the recap run in its own process while this book stays open, the table with
its total, problems listed, Simpan PDF; fits 1366×768 (a picture is kept for a look)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app import financial_statements
from app.db import close_book, current_path, open_book
from tests.pdf_support import pdf_text
from tests.recap_support import PASSPHRASE, VILLAGES, back_up, demo_book, rename
from ui.recap_window import RecapWindow

END = date(2026, 8, 17)


def _folder(template: Path, work: Path) -> tuple[Path, int]:
    folder = work / "flashdisk"
    folder.mkdir()
    assets = 0
    for number, (group, desa, kecamatan, moment) in enumerate(VILLAGES[:2]):
        path = rename(demo_book(template, work / f"desa{number}.sqlite", moment), group, desa, kecamatan)
        open_book(path)
        assets += financial_statements.balance_sheet(END).assets.total_rp
        close_book()
        if number == 0:
            shutil.copy(path, folder / "as-syifa.sqlite")
            back_up(path, work / "locked0", PASSPHRASE).rename(folder / "as-syifa-kunci.lumbung")
        else:
            back_up(path, work / "locked", PASSPHRASE).rename(folder / "melati.lumbung")
    (folder / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a book")
    return folder, assets


def test_the_window_recaps_in_its_own_process(template_book, book, tmp_path, qtbot, monkeypatch):
    folder, assets = _folder(template_book, tmp_path)
    open_book(book)  # the secretary's own book, open all along
    window = RecapWindow()
    qtbot.addWidget(window)
    window.resize(1366, 738)
    window.show()
    qtbot.waitExposed(window)
    assert window.focusWidget() is window.mode  # the first field; Enter in the date runs
    asked = []
    monkeypatch.setattr(window, "ask_passphrase", lambda path, group: asked.append(group) or PASSPHRASE)
    window.add_sources([folder])
    window.day.set_date(END)
    qtbot.keyClick(window.day, Qt.Key.Key_Return)
    assert window.wait()
    assert len(asked) == 1  # the second locked backup opened with the passphrase already given
    result = window.result
    assert result is not None and len(result.groups) == 2 and len(result.set_aside) == 1
    assert result.total(lambda f: f.assets_rp) == assets
    total_row = window.table.rowCount() - 1
    assert window.table.item(total_row, 0).text() == "Jumlah 2 kelompok"
    assert "foto.jpg" in window.notes.toPlainText() and "bukan buku Lumbung" in window.notes.toPlainText()
    assert current_path() == book  # this process's book is untouched by the recap
    assert window.grab().save(str(tmp_path / "rekap-kecamatan.png"))  # 1366×768, looked at by hand

    target = tmp_path / "rekap.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_pdf.click()
    assert "JUMLAH 2 KELOMPOK" in pdf_text(target)


def test_a_book_on_a_server_is_added_by_its_address_and_password(template_book, pg_server, tmp_path, qtbot,
                                                                 monkeypatch):
    """Tambah buku di server…: the address, then the password (asked hidden); listed without the
    password, read by the worker like the files."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from app import bookmove
    from pg_server import PASSWORD, PASSWORD_ROLE

    group, desa, kecamatan, moment = VILLAGES[1]
    book = rename(demo_book(template_book, tmp_path / "melati.sqlite", moment), group, desa, kecamatan)
    pg_server.create_database("rekap_jendela", owner=PASSWORD_ROLE)
    address = pg_server.url("rekap_jendela", PASSWORD_ROLE)
    bookmove.move_book(book, pg_server.url("rekap_jendela", PASSWORD_ROLE, PASSWORD))
    answers = [(address, True), (PASSWORD, True)]
    modes = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda parent, title, label, mode=QLineEdit.EchoMode.Normal, *rest: modes.append(mode)
                        or answers.pop(0))
    window = RecapWindow()
    qtbot.addWidget(window)
    window.show()
    window.add_server.click()
    assert modes == [QLineEdit.EchoMode.Normal, QLineEdit.EchoMode.Password]
    listed = window.sources.item(0).text()
    assert listed == address and PASSWORD not in listed
    window.day.set_date(END)
    qtbot.keyClick(window.day, Qt.Key.Key_Return)
    assert window.wait()
    (read,) = window.result.groups
    assert read.figures.identity.group_name == group and read.kind == "server"
    assert PASSWORD not in window.notes.toPlainText() and PASSWORD not in read.source
