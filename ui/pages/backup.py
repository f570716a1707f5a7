"""Cadangan Data: back the book up to a flashdisk or a folder, and restore it from a backup.

The backup runs off the GUI thread (ui.long_task) behind a progress dialog with Cancel; only a
checked backup is reported as done. Restoring goes through ui.restore_dialog, which shows what
the backup holds before anything changes.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import backup, clock
from app.formatting import long_date, short_date
from ui import long_task, translation
from ui.areas import Area
from ui.background import read_in_background
from ui.messages import backup_error_text, backup_problems_text, moment_text, size_text, step_text
from ui.pages.page import Page
from ui.passphrase_dialog import PassphraseDialog
from ui.restore_dialog import restore_from
from ui.table_export import RAW_ROLE, add_export_action

BACKUP_SUFFIX = ".lumbung"
FOLDER_KEY = "backup/folder"  # the last folder chosen on this computer (QSettings)
GREEN, RED = "color: #1b5e20;", "color: #b00020;"


class BackupReminder(QObject):
    """The reminder's words (a QObject so that its plural form reaches the catalogue)."""

    def never(self) -> str:
        return self.tr("Buku ini belum pernah dicadangkan.")

    def days_ago(self, days: int) -> str:
        return self.tr("Cadangan terakhir dibuat %n hari lalu.", "", days)


def reminder_text() -> str | None:
    """The reminder sentence when a backup is due, else None (Beranda and the exit question)."""
    if not backup.backup_due():
        return None
    last = backup.last_backup_at()
    if last is None:
        return BackupReminder().never()
    return BackupReminder().days_ago(max((clock.now() - last).days, 0))


NAMED_MOMENT = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?\.lumbung$")  # lumbung-<group>-YYYYMMDD-HHMMSS


@dataclass(frozen=True)
class BackupFile:
    path: Path
    modified: datetime
    size_bytes: int


def _made_at(name: str, modified: float) -> datetime:
    """When a backup was made: from its name (the moment the book was copied), else the file's date."""
    match = NAMED_MOMENT.search(name)
    if match:
        try:
            return datetime.strptime(match[1], "%Y%m%d-%H%M%S")
        except ValueError:
            pass
    return datetime.fromtimestamp(modified)


def backups_in(folder: Path) -> list[BackupFile]:
    """The backup files in a folder, newest first (a missing or unreadable folder has none)."""
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(BACKUP_SUFFIX) and entry.is_file():
                    stat = entry.stat()
                    found.append(BackupFile(Path(entry.path), _made_at(entry.name, stat.st_mtime), stat.st_size))
    except OSError:
        return []
    return sorted(found, key=lambda f: (f.modified, f.path.name), reverse=True)


class BackupPage(Page):
    book_restored = Signal(object)  # a RestoreResult: the main window reloads every page

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self._settings = QSettings()
        saved = self._settings.value(FOLDER_KEY, "")
        self.folder: Path | None = Path(saved) if saved else None
        self.removable: list = []  # Target rows from the last search
        self._listed: list[BackupFile] = []
        self._task: long_task.LongTask | None = None
        self._progress: QProgressDialog | None = None
        self._outcome_key: tuple[str, dict] | None = None

        # When the last backup was made, and whether one is due.
        self.last_backup = QLabel()
        self.last_backup.setObjectName("lastBackup")
        self.due_note = QLabel()
        self.due_note.setObjectName("backupDue")
        self.due_note.setStyleSheet(RED)
        self.due_note.setWordWrap(True)
        self.content.addWidget(self.last_backup)
        self.content.addWidget(self.due_note)

        # Left: where to, how, and the button.
        self.target_box = QGroupBox()
        self.targets = QListWidget()
        self.targets.setObjectName("backupTargets")
        row = self.fontMetrics().height() + 6
        self.targets.setMinimumHeight(row * 4)
        self.targets.setMaximumHeight(row * 8)
        self.targets.currentItemChanged.connect(self._target_chosen)
        self.targets_hint = QLabel()
        self.targets_hint.setWordWrap(True)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.search_drives)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        self.encrypt = QCheckBox()
        self.encrypt.setObjectName("encrypt")
        self.encrypt_note = QLabel()
        self.encrypt_note.setWordWrap(True)
        self.keep = QSpinBox()
        self.keep.setObjectName("keep")
        self.keep.setRange(1, 99)
        self.keep.setValue(self._keep_setting())
        self.keep_caption = QLabel()
        self.keep_caption.setBuddy(self.keep)
        self.keep_note = QLabel()
        self.keep_note.setWordWrap(True)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        font = QFont(self.backup_button.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.backup_button.setFont(font)
        self.backup_button.setMinimumHeight(self.backup_button.fontMetrics().height() * 2 + 8)
        self.backup_button.clicked.connect(self.back_up)
        self.outcome = QLabel()
        self.outcome.setObjectName("backupOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QVBoxLayout(self.target_box)
        left.addWidget(self.targets)
        left.addWidget(self.targets_hint)
        target_buttons = QHBoxLayout()
        target_buttons.addWidget(self.search_button)
        target_buttons.addWidget(self.folder_button)
        target_buttons.addStretch(1)
        left.addLayout(target_buttons)
        left.addSpacing(6)
        left.addWidget(self.encrypt)
        left.addWidget(self.encrypt_note)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_caption)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(self.keep_note, 1)
        left.addLayout(keep_row)
        left.addSpacing(6)
        left.addWidget(self.backup_button)
        left.addWidget(self.outcome)
        left.addStretch(1)

        # Right: the backups already on that target, to restore from.
        self.existing_box = QGroupBox()
        self.existing = QTableWidget(0, 3)
        self.existing.setObjectName("existingBackups")
        self.existing.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.existing.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.existing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.existing.verticalHeader().hide()
        self.existing.setWordWrap(False)
        add_export_action(self.existing, "cadangan")
        header = self.existing.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.existing.itemActivated.connect(lambda item: self.restore_listed())
        self.existing.itemSelectionChanged.connect(self._update_buttons)
        self.existing_empty = QLabel()
        self.existing_empty.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreListed")
        self.restore_button.clicked.connect(self.restore_listed)
        self.restore_file_button = QPushButton()
        self.restore_file_button.setObjectName("restoreFromFile")
        self.restore_file_button.clicked.connect(self.restore_file)
        right = QVBoxLayout(self.existing_box)
        right.addWidget(self.existing, 1)
        right.addWidget(self.existing_empty)
        restore_buttons = QHBoxLayout()
        restore_buttons.addWidget(self.restore_button)
        restore_buttons.addWidget(self.restore_file_button)
        restore_buttons.addStretch(1)
        right.addLayout(restore_buttons)

        body = QWidget()
        columns = QGridLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.target_box, 0, 0)
        columns.addWidget(self.existing_box, 0, 1)
        columns.setColumnStretch(0, 5)
        columns.setColumnStretch(1, 6)
        # Fits 1366×768 as it is; a smaller window scrolls instead of squeezing the buttons.
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content.addWidget(scroll, 1)
        self.retranslate()
        self._update_buttons()

    # texts

    def retranslate(self) -> None:
        super().retranslate()
        self.target_box.setTitle(self.tr("Simpan cadangan ke"))
        self.search_button.setText(self.tr("Cari flashdisk lagi"))
        self.folder_button.setText(self.tr("Pilih folder lain…"))
        self.encrypt.setText(self.tr("Enkripsi dengan kata sandi"))
        self.encrypt_note.setText(self.tr(
            "Dianjurkan untuk flashdisk: bila flashdisk hilang, NIK dan alamat anggota tetap aman. "
            "Kata sandi ditanyakan setiap kali dan tidak disimpan."
        ))
        self.keep_caption.setText(self.tr("Simpan"))
        self.keep_note.setText(self.tr("cadangan terakhir di tujuan ini; yang lebih lama dihapus."))
        self.backup_button.setText(self.tr("Cadangkan sekarang"))
        self.existing_box.setTitle(self.tr("Cadangan yang sudah ada di tujuan ini"))
        self.existing.setHorizontalHeaderLabels([self.tr("Berkas"), self.tr("Dibuat"), self.tr("Ukuran")])
        self.restore_button.setText(self.tr("Pulihkan yang dipilih…"))
        self.restore_file_button.setText(self.tr("Pulihkan dari berkas lain…"))
        self._show_status()
        self._show_targets()
        self._show_existing()
        if self._outcome_key is not None:
            self._show_outcome(*self._outcome_key)

    # reading

    def refresh(self) -> None:
        if self.folder is None:  # first time on this computer: the book's last target, if a folder
            last = backup.last_backup_target()
            self.folder = last if last is not None and last.is_dir() else None
        self._show_status()
        self.search_drives()

    def _show_status(self) -> None:
        last = backup.last_backup_at()
        if last is None:
            self.last_backup.setText(self.tr("Cadangan terakhir: belum pernah."))
        else:
            self.last_backup.setText(self.tr("Cadangan terakhir: {moment}.").format(moment=moment_text(last)))
        reminder = reminder_text()
        self.due_note.setText(self.tr("{reminder} Sudah waktunya membuat cadangan.").format(reminder=reminder)
                              if reminder else "")
        self.due_note.setVisible(bool(reminder))

    def search_drives(self) -> None:
        """Look for flashdisks off the GUI thread (a slow drive must not freeze the window)."""
        self.search_button.setEnabled(False)
        read_in_background(backup.removable_targets, self._drives_found)

    def _drives_found(self, targets: list | None, error: Exception | None) -> None:
        self.search_button.setEnabled(True)
        if error is not None:
            raise error
        self.removable = list(targets or [])
        self._show_targets()

    def _show_targets(self) -> None:
        chosen = self.chosen_path() or backup.last_backup_target()
        self.targets.blockSignals(True)
        self.targets.clear()
        for target in self.removable:
            item = QListWidgetItem(self.tr("{label} – sisa {free} dari {total}").format(
                label=target.label, free=size_text(target.free_bytes), total=size_text(target.total_bytes)))
            item.setData(Qt.ItemDataRole.UserRole, (str(target.path), True))
            item.setToolTip(str(target.path))
            self.targets.addItem(item)
        if self.folder is not None and str(self.folder) not in {str(t.path) for t in self.removable}:
            item = QListWidgetItem(self.tr("Folder: {path}").format(path=self.folder) + self._free_text(self.folder))
            item.setData(Qt.ItemDataRole.UserRole, (str(self.folder), False))
            item.setToolTip(str(self.folder))
            self.targets.addItem(item)
        self.targets.blockSignals(False)
        self.targets_hint.setText(self.tr(
            "Tidak ada flashdisk yang terpasang. Colokkan flashdisk lalu tekan \"Cari flashdisk lagi\", "
            "atau pilih folder lain."
        ) if not self.removable else "")
        self.targets_hint.setVisible(not self.removable)
        rows = [self.targets.item(r).data(Qt.ItemDataRole.UserRole)[0] for r in range(self.targets.count())]
        if rows:
            self.targets.setCurrentRow(rows.index(str(chosen)) if chosen is not None and str(chosen) in rows else 0)
        else:
            self._target_chosen()

    def _free_text(self, folder: Path) -> str:
        try:
            usage = shutil.disk_usage(folder)
        except OSError:
            return ""
        return self.tr(" – sisa {free}").format(free=size_text(usage.free))

    def chosen_path(self) -> Path | None:
        item = self.targets.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)[0]) if item is not None else None

    def _target_chosen(self, *_) -> None:
        item = self.targets.currentItem()
        # On by default for a flashdisk: a lost stick must not expose NIKs.
        self.encrypt.setChecked(bool(item is not None and item.data(Qt.ItemDataRole.UserRole)[1]))
        self._list_existing()
        self._update_buttons()

    def _list_existing(self) -> None:
        path = self.chosen_path()
        self._listed = backups_in(path) if path is not None else []
        self._show_existing()

    def _show_existing(self) -> None:
        self.existing.setRowCount(len(self._listed))
        for row, found in enumerate(self._listed):
            name = QTableWidgetItem(found.path.name)
            name.setToolTip(str(found.path))
            size = QTableWidgetItem(size_text(found.size_bytes))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.existing.setItem(row, 0, name)
            modified = QTableWidgetItem(f"{short_date(found.modified.date())} {found.modified:%H:%M}")
            modified.setData(RAW_ROLE, found.modified)
            size.setData(RAW_ROLE, found.size_bytes)
            self.existing.setItem(row, 1, modified)
            self.existing.setItem(row, 2, size)
        self.existing_empty.setText(self.tr("Belum ada cadangan di tujuan ini.") if not self._listed else "")
        self.existing_empty.setVisible(not self._listed)
        self._update_buttons()

    def listed_names(self) -> list[str]:
        return [self.existing.item(row, 0).text() for row in range(self.existing.rowCount())]

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(self.chosen_path() is not None and self._task is None)
        self.restore_button.setEnabled(bool(self.existing.selectedItems()) and self._task is None)

    # choosing a folder

    def choose_folder(self) -> None:
        start = str(self.folder or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder untuk cadangan"), start)
        if not folder:
            return
        self.folder = Path(folder)
        self._settings.setValue(FOLDER_KEY, folder)
        self._show_targets()
        rows = [self.targets.item(r).data(Qt.ItemDataRole.UserRole)[0] for r in range(self.targets.count())]
        self.targets.setCurrentRow(rows.index(str(self.folder)))

    # backing up

    def _keep_setting(self) -> int:
        return int(backup.keep_count())

    def back_up(self) -> None:
        target = self.chosen_path()
        if target is None or self._task is not None:
            return
        passphrase = None
        if self.encrypt.isChecked():
            dialog = PassphraseDialog(True, self)
            if not dialog.exec():
                return
            passphrase = dialog.passphrase
        keep = self.keep.value()
        backup.set_keep_count(keep)
        self._show_outcome("", {})
        self._start(
            lambda progress: backup.create_backup(target, passphrase=passphrase, keep=keep, progress=progress),
            self.tr("Membuat cadangan"),
            self._backed_up,
        )

    def _start(self, work, title: str, done) -> None:
        progress = QProgressDialog(self)
        progress.setObjectName("backupProgress")
        progress.setWindowTitle(title)
        progress.setLabelText(self.tr("Menyiapkan…"))
        progress.setCancelButtonText(self.tr("Batal"))
        progress.setRange(0, 0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(460)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._progress = progress
        self._task = long_task.start(work, self._progressed, done)
        progress.canceled.connect(self._cancel)
        self._update_buttons()
        progress.show()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self._progress is not None:
            self._progress.show()  # Cancel hides it; it stays until the work has cleaned up
            self._progress.setLabelText(self.tr("Membatalkan… (berkas yang setengah jadi dihapus)"))
            self._progress.setCancelButton(None)

    def _progressed(self, label: str, done: int, total: int) -> None:
        progress = self._progress
        if progress is None or (self._task is not None and self._task.cancelled):
            return
        progress.setLabelText(step_text(label))
        if total and total > 0:
            # QProgressDialog counts in int: scale large totals (bytes) to per mille.
            progress.setRange(0, 1000)
            progress.setValue(min(int(done * 1000 / total), 1000))
        else:
            progress.setRange(0, 0)

    def _finish_task(self) -> bool:
        cancelled = self._task is not None and self._task.cancelled
        self._task = None
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel)
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None
        self._update_buttons()
        return cancelled

    def _backed_up(self, result, error: Exception | None) -> None:
        cancelled = self._finish_task()
        self._show_status()
        self._list_existing()
        if error is not None:
            if not isinstance(error, backup.BackupError):
                self._show_outcome("failed_unexpectedly", {"reason": str(error)})
                raise error
            if cancelled or error.code == "cancelled":
                self._show_outcome("cancelled", {})
                return
            self._show_outcome("failed", {"error": error})
            QMessageBox.warning(self, self.tr("Cadangan gagal"), self.outcome.text())
            return
        self._show_outcome("done", {"result": result})
        self.changed.emit()  # the Beranda's reminder follows
        if result.book_check:
            QMessageBox.warning(self, self.tr("Cadangan selesai, buku bermasalah"), self.outcome.text())
        else:
            QMessageBox.information(self, self.tr("Cadangan selesai"), self.outcome.text())

    def _show_outcome(self, key: str, values: dict) -> None:
        self._outcome_key = (key, values) if key else None
        style = GREEN
        if key == "done":
            text = self._done_text(values["result"])
        elif key == "restored":
            summary = values["result"].summary
            text = "\n".join([
                self.tr("Buku dipulihkan dari {name}.").format(name=Path(values["source"]).name),
                self.tr("Isinya sekarang: {members} anggota ({active} aktif), {entries} transaksi.").format(
                    members=summary.members, active=summary.active_members, entries=summary.entries),
                self.tr("Buku sebelumnya disimpan di: {path}").format(path=values["result"].saved_aside),
            ])
        elif key == "cancelled":
            text = self.tr("Pencadangan dibatalkan. Tidak ada berkas setengah jadi yang tertinggal; "
                           "buku dan cadangan lama tidak berubah.")
            style = ""
        elif key == "failed":
            text = self.tr("Cadangan tidak dibuat. {why}\nTidak ada berkas setengah jadi yang tertinggal; "
                           "buku dan cadangan lama tidak berubah.").format(why=backup_error_text(values["error"]))
            style = RED
        elif key == "failed_unexpectedly":
            text = self.tr("Cadangan tidak dibuat ({reason}).").format(reason=values["reason"])
            style = RED
        else:
            text = ""
        self.outcome.setStyleSheet(style)
        self.outcome.setText(text)

    def _done_text(self, result) -> str:
        summary = result.summary
        last = (self.tr("{date} (transaksi nomor {number})").format(
                    date=long_date(summary.last_entry_date, translation.current()), number=summary.last_entry_id)
                if summary.last_entry_date else self.tr("belum ada transaksi"))
        lines = [
            self.tr("Cadangan tersimpan dan sudah diperiksa."),
            self.tr("Berkas: {name} ({size})").format(name=Path(result.path).name, size=size_text(result.size_bytes)),
            self.tr("Di: {folder}").format(folder=Path(result.path).parent),
            self.tr("Isi: {members} anggota ({active} aktif), {entries} transaksi; transaksi terakhir {last}.").format(
                members=summary.members, active=summary.active_members, entries=summary.entries, last=last),
            self.tr("Terenkripsi dengan kata sandi.") if result.encrypted else self.tr("Tidak terenkripsi."),
        ]
        if result.removed:
            lines.append(self.tr("%n cadangan lama dihapus.", "", len(result.removed)))
        if result.book_check:
            lines.append(backup_problems_text(result.book_check))
        return "\n".join(lines)

    # restoring

    def restore_listed(self) -> None:
        rows = {index.row() for index in self.existing.selectedIndexes()}
        if not rows or self._task is not None:
            return
        self._restore(self._listed[min(rows)].path)

    def restore_file(self) -> None:
        start = str(self.chosen_path() or self.folder or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pulihkan dari cadangan"), start,
            self.tr("Cadangan Lumbung (*.lumbung);;Semua berkas (*)"),
        )
        if path:
            self._restore(Path(path))

    def _restore(self, path: Path) -> None:
        result = restore_from(path, self)
        if result is None:
            return
        self.book_restored.emit(result)
        self._show_status()
        self._list_existing()
        self._show_outcome("restored", {"result": result, "source": path})
        QMessageBox.information(self, self.tr("Buku dipulihkan"), self.outcome.text())
