"""When the book will not open at start: why, and the ways out that need no open book.

"Pulihkan dari cadangan…" restores a backup onto the book's path without opening the book (it
may be damaged, or missing on a new PC; the file there is kept beside it), then opens it.
"Buka buku lain…" opens another. Only when no file is there at all is a new book offered; a
book held by another program is only tried again ("Coba lagi").

On a new machine (no book yet) the first start asks what she wants: a new book, a book she has
(a file, or a backup on a flashdisk), or the demo village to look around in (FirstStart).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from app import backup, members
from app.db import demo_book_path
from app.engine import is_url
from app.errors import BookError
from ui.about import app_icon
from ui.messages import book_error_text, moment_text, step_text
from ui.open_book_dialog import OpenBookDialog
from ui.restore_dialog import read_backup, refusal_text


# What a backup can put right: the file itself is broken, empty, not a book or gone. A book held
# by another program is whole: she closes that one and tries again (never a restore over it).
RESTORABLE = frozenset({"damaged", "empty_file", "not_a_book", "missing"})
HELD = frozenset({"in_use", "locked", "pg_unreachable"})  # "Coba lagi": the other program, or the server, may be back


class StartupRefusal(QMessageBox):
    """The reason the book was refused, with the ways out that fit it as buttons."""

    def __init__(self, path: Path, error: BookError) -> None:
        super().__init__(QMessageBox.Icon.Critical, self.tr("Lumbung tidak bisa membuka buku"), book_error_text(error))
        self.setObjectName("startupRefusal")
        self.path = path
        role = QMessageBox.ButtonRole.ActionRole
        self.retry_button = self.addButton(self.tr("Coba lagi"), role) if error.code in HELD else None
        self.restore_button = self.addButton(self.tr("Pulihkan dari cadangan…"), role) \
            if error.code in RESTORABLE else None
        self.other_button = self.addButton(self.tr("Buka buku lain…"), role)
        self.new_button = self.addButton(self.tr("Buat buku baru di sini"), role) if error.code == "missing" else None
        self.close_button = self.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button or self.restore_button or self.other_button)


class FirstStart(QMessageBox):
    """No book on this machine yet: the four ways to begin, each a button (Alt + its letter)."""

    def __init__(self, path: Path) -> None:
        super().__init__(QMessageBox.Icon.Question, self.tr("Selamat datang di Lumbung"), self.tr(
            "Belum ada buku Lumbung di komputer ini. Apa yang mau dilakukan?"))
        self.setObjectName("firstStart")
        self.setIconPixmap(app_icon().pixmap(64, 64))  # the rice barn she will find in the menu
        self.setInformativeText(self.tr(
            "Mulai buku baru: buku kelompok yang masih kosong, disimpan di {path}.\n"
            "Buka buku: berkas buku Lumbung yang sudah ada (.sqlite).\n"
            "Pulihkan cadangan: buku dari cadangan di flashdisk (.lumbung).\n"
            "Lihat contoh: desa contoh untuk mencoba Lumbung; buku kelompok tidak dibuat.").format(path=path))
        role = QMessageBox.ButtonRole.ActionRole
        self.new_button = self.addButton(self.tr("&Mulai buku baru"), role)
        self.other_button = self.addButton(self.tr("&Buka buku…"), role)
        self.restore_button = self.addButton(self.tr("&Pulihkan cadangan…"), role)
        self.demo_button = self.addButton(self.tr("&Lihat contoh"), role)
        self.close_button = self.addButton(self.tr("&Tutup"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.new_button)
        self.setEscapeButton(self.close_button)


def first_start(path: Path, open_window: Callable[..., QWidget]) -> QWidget | None:
    """Ask how to begin where no book is at `path` yet, until a book opens (its window is
    returned) or she closes (None). A book refused on the way gets recover()'s ways out."""
    while True:
        box = FirstStart(path)
        box.exec()
        clicked = box.clickedButton()
        opening = path
        try:
            if clicked is box.new_button:
                return open_window(path, create=True)
            if clicked is box.other_button:
                opening = _choose_book(path) or path
                if opening != path:
                    return open_window(opening)
            elif clicked is box.restore_button:
                if restore_onto(path):
                    return open_window(path)
            elif clicked is box.demo_button:
                opening = demo_book_path()
                window = open_window(opening, create=True)
                if members.count_members(active_only=False) == 0:
                    window.fill_demo()
                return window
            else:
                return None
        except BookError as error:
            return recover(opening, error, open_window)


def recover(path: Path, error: BookError, open_window: Callable[..., QWidget]) -> QWidget | None:
    """Offer the ways out until a book opens (its window is returned) or she closes (None).
    `open_window(path, create=False)` opens a book and shows its window."""
    while True:
        box = StartupRefusal(path, error)
        box.exec()
        clicked = box.clickedButton()
        try:
            if clicked is None:
                return None
            if clicked is box.retry_button:
                return open_window(path)
            if clicked is box.restore_button:
                if restore_onto(path):
                    return open_window(path)
            elif clicked is box.other_button and is_url(str(path)):
                window = _choose_server(str(path), open_window)
                if window is not None:
                    return window
            elif clicked is box.other_button:
                chosen = _choose_book(path)
                if chosen is not None:
                    path = chosen
                    return open_window(path)
            elif box.new_button is not None and clicked is box.new_button:
                return open_window(path, create=True)
            else:
                return None
        except BookError as again:  # the other book was refused too: say why, offer the same
            error = again


def _choose_book(current: Path) -> Path | None:
    translate = QCoreApplication.translate
    folder = current.parent if current.parent.is_dir() else Path.home()  # a new machine has no folder yet
    chosen, _ = QFileDialog.getOpenFileName(
        None, translate("StartupRefusal", "Buka buku lain"), str(folder),
        translate("StartupRefusal", "Buku Lumbung (*.sqlite);;Semua berkas (*)"),
    )
    return Path(chosen) if chosen else None


def _choose_server(address: str, open_window: Callable[..., QWidget]) -> QWidget | None:
    """A server's book refused at start (a password to type, another address, or a file after
    all): the open-book dialog with the address given, until a book opens or she gives up."""
    from app.engine.postgres import shown

    opened: list[QWidget] = []

    def open_it(location) -> str | None:
        try:
            opened.append(open_window(location))
        except BookError as error:
            return book_error_text(error)
        return None

    dialog = OpenBookDialog(Path.home(), open_it)
    dialog.address.setText(shown(address))
    dialog.opening_field = dialog.password  # the address is known: most often the password is wanted
    dialog.exec()
    return opened[0] if opened else None


def restore_onto(book: Path) -> bool:
    """Choose a backup (its passphrase if locked) and restore it onto `book`; True when done."""
    translate = QCoreApplication.translate
    title = translate("StartupRefusal", "Pulihkan dari cadangan")
    chosen, _ = QFileDialog.getOpenFileName(
        None, title, str(Path.home()), translate("StartupRefusal", "Cadangan Lumbung (*.lumbung);;Semua berkas (*)"),
    )
    if not chosen:
        return False
    try:
        backup.refuse_itself(Path(chosen), book.expanduser().resolve())
    except backup.BackupError as refused:
        QMessageBox.critical(None, title, refusal_text(refused))
        return False
    read = read_backup(Path(chosen))
    if read is None:  # refused (and said) or cancelled
        return False
    info, passphrase = read
    try:
        result = _restore_waiting(Path(chosen), passphrase, book, title)
    except backup.BackupError as refused:
        QMessageBox.critical(None, title, refusal_text(refused))
        return False
    done = translate("StartupRefusal", "Buku dipulihkan dari cadangan {group} ({created}).").format(
        group=info.summary.group_name or "–", created=moment_text(info.created_at))
    if result.saved_aside is not None:
        done += "\n" + translate("StartupRefusal", "Berkas buku sebelumnya disimpan di: {path}").format(
            path=result.saved_aside)
    QMessageBox.information(None, title, done)
    return True


def _restore_waiting(path: Path, passphrase: str | None, book: Path, title: str):
    """The restore on the GUI thread (no window is open yet), its steps shown as it goes."""
    progress = QProgressDialog(step_text("copy"), "", 0, 0)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)

    def report(label: str, done: int, total: int) -> bool:
        progress.setLabelText(step_text(label))
        QApplication.processEvents()
        return True

    try:
        return backup.restore_backup(path, passphrase=passphrase, progress=report, book=book)
    finally:
        progress.close()
        progress.deleteLater()
