"""Restoring the book from a backup: see what it holds, beside the current book, before anything
changes; then restore (the current book is saved aside first) with progress.

restore_from(path, parent) is the whole way: it reads the backup (asking the passphrase when the
backup is locked), shows RestoreDialog, and returns the RestoreResult, or None when nothing
changed. The dialog is application-modal: while it is open no other window of Lumbung takes
input, so no form can be half-way through a save when the book is replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import backup
from app.db import close_book, current_path, hold_lock
from app.errors import BookError
from app.formatting import long_date, rupiah
from ui import long_task, translation
from ui.background import read_in_background
from ui.field_errors import ErrorLabel
from ui.messages import backup_error_text, backup_problems_text, moment_text, step_text
from ui.passphrase_dialog import PassphraseDialog
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating

CASH, BANK = "1-101", "1-102"
ROWS = ("group", "created", "members", "entries", "last_entry", "cash", "bank")


def _refuse(parent: QWidget | None, error: Exception) -> None:
    title = QCoreApplication.translate("RestoreDialog", "Cadangan tidak bisa dipulihkan")
    QMessageBox.critical(parent, title, refusal_text(error))


def refusal_text(error: Exception) -> str:
    text = QCoreApplication.translate("RestoreDialog", "{why}\nBuku sekarang tidak diubah.")
    return text.format(why=backup_error_text(error))


def inspect_waiting(path: Path, passphrase: str | None, parent: QWidget | None):
    """inspect_backup off the GUI thread (it reads the whole file through to prove it) behind a
    small busy dialog; returns its BackupInfo or raises its error."""
    checking = QCoreApplication.translate("RestoreDialog", "Memeriksa cadangan…")
    progress = QProgressDialog(checking, "", 0, 0, parent)
    progress.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Pulihkan dari cadangan"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)
    progress.setValue(0)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def done(info, error: Exception | None) -> None:
        outcome.update(info=info, error=error)
        loop.quit()

    read_in_background(lambda: backup.inspect_backup(path, passphrase), done)
    if not outcome:
        loop.exec()
    progress.close()
    progress.deleteLater()
    if outcome["error"] is not None:
        raise outcome["error"]
    return outcome["info"]


def read_backup(path: Path, parent: QWidget | None = None) -> tuple[object, str | None] | None:
    """(BackupInfo, passphrase) of the backup at `path`, asking the passphrase if it is locked;
    None after saying why it cannot be used (or when she cancels)."""
    try:
        return inspect_waiting(path, None, parent), None
    except backup.BackupError as error:
        if error.code != "passphrase_required":
            _refuse(parent, error)
            return None

    opened: dict[str, object] = {}

    def check(passphrase: str) -> str | None:
        try:
            opened["info"] = inspect_waiting(path, passphrase, dialog)
        except backup.BackupError as error:
            if error.code in ("wrong_passphrase", "passphrase_required"):
                return backup_error_text(error)
            opened["error"] = error  # not a passphrase matter: said once the dialog is closed
        return None

    dialog = PassphraseDialog(False, parent, path.name, check)
    if not dialog.exec():
        return None
    if "error" in opened:
        _refuse(parent, opened["error"])
        return None
    return opened["info"], dialog.passphrase


def restore_from(path: Path, parent: QWidget | None = None):
    """The whole restore, from choosing the file to the restored book; None if nothing changed."""
    try:
        backup.refuse_itself(Path(path), current_path())
    except backup.BackupError as error:
        _refuse(parent, error)
        return None
    read = read_backup(Path(path), parent)
    if read is None:
        return None
    info, passphrase = read
    dialog = RestoreDialog(Path(path), info, passphrase, parent)
    dialog.exec()
    return dialog.result_value


class RestoreDialog(Retranslating, KeyboardDialog, QDialog):
    def __init__(self, path: Path, info, passphrase: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.path = path
        self.info = info
        self._passphrase = passphrase
        self.current = backup.current_summary()
        self.result_value = None
        self._task: long_task.LongTask | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.headers = (QLabel(), QLabel())
        bold = QFont(self.font())
        bold.setBold(True)
        for column, header in enumerate(self.headers, start=1):
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[tuple[str, str], QLabel] = {}
        for row, key in enumerate(ROWS, start=1):
            self.captions[key] = QLabel()
            grid.addWidget(self.captions[key], row, 0)
            for column, side in enumerate(("backup", "current"), start=1):
                label = QLabel()
                label.setObjectName(f"{side}_{key}")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if key in ("cash", "bank", "members", "entries"):
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.values[(key, side)] = label
                grid.addWidget(label, row, column)
        grid.setColumnStretch(3, 1)
        self.warning = QLabel()
        self.warning.setObjectName("restoreWarning")
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning.setStyleSheet("QLabel#restoreWarning { background: #fff4e5; color: #5d4037; padding: 8px; }")
        self.status = QLabel()
        self.status.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.error = ErrorLabel()
        self.error.setObjectName("restoreError")
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("confirmRestore")
        self.restore_button.setAutoDefault(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setDefault(True)  # Enter alone never replaces the book
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.start_restore)
        self.cancel_button.clicked.connect(self._cancel_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(min(720, self._screen_width() - 40))
        self.cancel_button.setFocus()

    def _screen_width(self) -> int:
        return (self.screen() or QGuiApplication.primaryScreen()).availableGeometry().width()

    # what is shown

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.intro.setText(self.tr("Cadangan: {path}").format(path=self.path))
        self.headers[0].setText(self.tr("Isi cadangan ini"))
        self.headers[1].setText(self.tr("Buku sekarang"))
        for key, text in {
            "group": self.tr("Kelompok"), "created": self.tr("Dibuat pada"),
            "members": self.tr("Anggota (aktif)"), "entries": self.tr("Transaksi"),
            "last_entry": self.tr("Transaksi terakhir"), "cash": self.tr("Saldo kas"), "bank": self.tr("Saldo bank"),
        }.items():
            self.captions[key].setText(text)
        self._fill("backup", self.info.summary, self.info.created_at)
        self._fill("current", self.current, None)
        self.warning.setText(self.tr(
            "Memulihkan mengganti seluruh isi buku sekarang dengan isi cadangan ini. Buku sekarang "
            "lebih dulu disimpan di samping (tidak dihapus), sehingga masih bisa dibuka lagi lewat "
            "Berkas → Buka buku lain. Transaksi yang dicatat sesudah cadangan ini dibuat tidak ada di "
            "dalam cadangan."
        ) + ("\n\n" + backup_problems_text(self.info.book_check) if self.info.book_check else ""))
        self.restore_button.setText(self.tr("Pulihkan buku dari cadangan ini"))
        self.cancel_button.setText(self.tr("Hentikan") if self._task is not None else self.tr("Batal"))

    def _fill(self, side: str, summary, created) -> None:
        language = translation.current()
        values = {
            "group": summary.group_name,
            "created": moment_text(created) if created else "–",
            "members": self.tr("{members} ({active})").format(members=summary.members, active=summary.active_members),
            "entries": str(summary.entries),
            "last_entry": long_date(summary.last_entry_date, language) if summary.last_entry_date
            else self.tr("belum ada transaksi"),
            "cash": rupiah(summary.balances.get(CASH, 0)),
            "bank": rupiah(summary.balances.get(BANK, 0)),
        }
        for key, text in values.items():
            self.values[(key, side)].setText(text)

    def shown(self, side: str) -> dict[str, str]:
        """What the dialog shows for one side ("backup" or "current"), by row."""
        return {key: self.values[(key, side)].text() for key in ROWS}

    # restoring

    def start_restore(self) -> None:
        if self._task is not None:
            return
        self.error.show_text("")
        self.restore_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Menyiapkan…"))
        self.status.show()
        path, passphrase = self.path, self._passphrase
        # The GUI thread lets go of the book (and readers still at work finish first); the
        # restore replaces it on its own thread and reopens it; every page reads it afresh.
        QThreadPool.globalInstance().waitForDone(10_000)
        close_book()
        self._task = long_task.start(
            lambda progress: backup.restore_backup(path, passphrase=passphrase, progress=progress),
            self._progressed, self._restored,
        )
        self.retranslate()

    def _progressed(self, label: str, done: int, total: int) -> None:
        if self._task is None or self._task.cancelled:
            return
        self.status.setText(step_text(label))
        if total and total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(int(done * 1000 / total), 1000))

    def _restored(self, result, error: Exception | None) -> None:
        cancelled = self._task is not None and self._task.cancelled
        self._task = None
        self.progress.hide()
        self.status.hide()
        self.retranslate()
        if error is None:
            self.result_value = result
            self._passphrase = None
            super().accept()
            return
        try:
            hold_lock()  # the book stays as it was, and this window keeps it
        except BookError:
            pass  # another Lumbung took it meanwhile: the next save says so
        if not isinstance(error, backup.BackupError):
            self.error.show_text(self.tr("Pemulihan gagal ({reason}).").format(reason=error))
            raise error
        self.restore_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Tutup"))
        if cancelled or error.code == "cancelled":
            self.error.show_text(self.tr("Pemulihan dibatalkan. Buku sekarang tidak diubah."))
        else:
            self.error.show_text(refusal_text(error))

    def _cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Membatalkan…"))
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def reject(self) -> None:
        if self._task is None:  # never closed half-way: the restore finishes or rolls back first
            self._passphrase = None
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            event.ignore()
            return
        super().closeEvent(event)
