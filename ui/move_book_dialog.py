"""Pengaturan → Buku bersama di server: the open book copied into the office's empty PostgreSQL
database (a book on this PC), or a book on the server copied into a new file; the copy is proved
table by table before it is kept (app.bookmove) and the open book is only read. Done, she may
open the copy in this window."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import bookmove
from app.db import current_source
from app.engine import is_url
from app.errors import BookError, Rejected
from app.formatting import rupiah
from ui import long_task, roles_ui
from ui.form_dialog import FormDialog
from ui.messages import backup_error_text, book_error_text, issue_text


class MoveBookDialog(FormDialog):
    open_requested = Signal(str)  # the copy's address (with its password) or file

    def __init__(self, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveBookDialog")
        self.source = source  # the open book: a file, or the server's address with its password
        self.to_server = not is_url(source)
        self.target: str | None = None
        self.result: bookmove.MoveResult | None = None
        self._task: long_task.LongTask | None = None
        if self.to_server:
            self.address = self.add_field("address", QLineEdit(), stretch=True)
            self.address.setPlaceholderText("postgresql://pengurus@192.168.1.10/lumbung_desa")
            self.password = self.add_field("password", QLineEdit())
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
        else:
            self.file = self.add_field("file", QLineEdit(), stretch=True)
            self.choose = QPushButton(objectName="chooseFile")
            self.choose.clicked.connect(self._choose_file)
            self.grid.addWidget(self.choose, self._rows, 1, Qt.AlignmentFlag.AlignLeft)
            self._rows += 1
        self.progress = QProgressBar(objectName="moveProgress")
        self.progress.hide()
        self.grid.addWidget(self.progress, self._rows, 0, 1, 2)
        self._rows += 1
        self.done_note = self.add_note("moveDone")
        self.done_note.hide()
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openCopy")
        self.open_button.clicked.connect(self._open_copy)
        self.open_button.hide()
        self.retranslate()
        self.grow_to_fit()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Pindahkan buku ke server") if self.to_server else self.tr("Salin buku ke berkas"))
        if self.to_server:
            self.intro.setText(self.tr(
                "Buku ini disalin ke basis data PostgreSQL kantor supaya beberapa pengurus bisa memakainya "
                "bersamaan dari komputer masing-masing. Basis data itu harus sudah dibuat oleh pengelola "
                "server dan masih kosong. Salinannya diperiksa tabel demi tabel sebelum disimpan; buku di "
                "komputer ini tidak diubah."))
            self.captions["address"].setText(self.tr("Alamat basis data"))
            self.captions["password"].setText(self.tr("Kata sandi (tidak disimpan)"))
        else:
            self.intro.setText(self.tr(
                "Buku di server ini disalin ke sebuah berkas buku baru di komputer ini (misalnya untuk "
                "dibawa atau disimpan). Salinannya diperiksa tabel demi tabel; buku di server tidak diubah."))
            self.captions["file"].setText(self.tr("Berkas buku baru"))
            self.choose.setText(self.tr("Pilih…"))
        self.save_button.setText(self.tr("Pindahkan") if self.to_server else self.tr("Salin"))
        self.open_button.setText(self.tr("Buka buku itu"))
        if self._task is not None:
            self.cancel_button.setText(self.tr("Hentikan"))
        elif self.result is not None:
            self.cancel_button.setText(self.tr("Tutup"))

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Berkas buku baru"), str(Path.home() / "buku-lumbung.sqlite"),
                                                self.tr("Buku Lumbung (*.sqlite)"))
        if chosen:
            self.file.setText(chosen)

    def _target(self) -> str:
        """What she typed, or the refusal beside its field."""
        if self.to_server:
            address = self.address.text().strip()
            if not address:
                raise Rejected.one("address", "move.address_empty")
            if not is_url(address) or not urlsplit(address).path.strip("/"):
                raise Rejected.one("address", "move.address_form")
            if not self.password.text():
                return address
            from app.engine.postgres import with_password  # psycopg loads only for a server book

            return with_password(address, self.password.text())
        path = self.file.text().strip()
        if not path:
            raise Rejected.one("file", "move.file_empty")
        return path

    def save(self):
        """Start the copy off the GUI thread; the dialog stays open to say how it went."""
        target = self._target()
        self.target = target
        self.errors.clear()
        for widget in (self.save_button, *self.findChildren(QLineEdit)):
            widget.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setText(self.tr("Hentikan"))
        self._task = long_task.start(lambda progress: bookmove.move_book(self.source, target, progress=progress),
                                     self._progressed, self._finished)
        return None

    def _progressed(self, label: str, done: int, total: int) -> None:
        if label == "copy" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Menyalin tabel %v dari %m"))
        elif label == "check":
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Memeriksa salinan…"))

    def _finished(self, result, error: Exception | None) -> None:
        self._task = None
        self.progress.hide()
        if error is not None:
            for widget in (self.save_button, *self.findChildren(QLineEdit)):
                widget.setEnabled(True)
            self.cancel_button.setText(self.tr("Batal"))
            self.general_error.show_text(self._error_text(error))
            self.grow_to_fit()
            # the cursor back where she corrects it (disabled, the field had lost it to Batal)
            where = self.address if self.to_server else self.file
            where.setFocus()
            where.selectAll()
            return
        self.result = result
        self.saved = result  # nothing typed is lost by closing now
        self.save_button.hide()
        self.cancel_button.setText(self.tr("Tutup"))
        self.done_note.setText(self.tr(
            "Buku dipindahkan dan sudah diperiksa: {target}. {members} anggota, {entries} transaksi; isi setiap "
            "tabel dan saldo semua akun sama dengan buku asal (Kas {kas}).").format(
                target=result.target, members=result.members, entries=result.entries,
                kas=rupiah(result.balances.get("1-101", 0))))
        self.done_note.show()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self.grow_to_fit()

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, BookError):
            return book_error_text(error)
        if isinstance(error, bookmove.BackupError):
            return backup_error_text(error)
        if isinstance(error, Rejected):
            return "\n".join(issue_text(issue) for issue in error.issues)
        return self.tr("Buku tidak bisa dipindahkan ({reason}). Tidak ada yang disimpan.").format(reason=error)

    def _open_copy(self) -> None:
        self.open_requested.emit(self.target)
        QDialog.accept(self)  # done: nothing to save (FormDialog.accept would start again)

    def reject(self) -> None:
        if self._task is not None:  # Hentikan: the copy stops and keeps nothing
            self._task.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self._task is not None:
            self._task.cancel()
            event.ignore()
            return
        super().closeEvent(event)



class ServerPanel(QGroupBox):
    """Pengaturan's offer: this PC's book moved to the office's server, or the server's book
    copied into a file. The Ketua's (as the users are)."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPanel")
        self.text = QLabel(objectName="serverText")
        self.text.setWordWrap(True)
        self.button = QPushButton(objectName="moveBook")
        self.button.clicked.connect(self.open_dialog)
        roles_ui.guard(self.button, "users")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.dialog: MoveBookDialog | None = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Buku bersama di server (PostgreSQL)"))
        if is_url(current_source() or ""):
            self.text.setText(self.tr(
                "Buku ini disimpan di server kantor dan bisa dipakai bersamaan dari beberapa komputer. "
                "Salinannya dapat dibuat sebagai berkas buku di komputer ini."))
            self.button.setText(self.tr("Salin buku ke berkas…"))
        else:
            self.text.setText(self.tr(
                "Bila dua atau tiga pengurus perlu memakai buku ini bersamaan dari komputer yang berbeda, "
                "buku dapat dipindahkan ke server PostgreSQL kantor (basis data kosong yang dibuat pengelola "
                "server). Buku di komputer ini tetap ada dan tidak diubah."))
            self.button.setText(self.tr("Pindahkan buku ke server…"))

    def open_dialog(self) -> None:
        dialog = MoveBookDialog(current_source(), self.window())
        dialog.open_requested.connect(self.open_requested)
        self.dialog = dialog
        dialog.exec()
        self.dialog = None
