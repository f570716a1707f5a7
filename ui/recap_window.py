"""Rekap kecamatan: many villages' books and backups read into one recap, from the window.

The recap runs in a process of its own (`lumbung rekap --worker`, app.recap.command): it opens
each copy as the book, and this process keeps the secretary's own book open. The passphrases
of encrypted backups are asked here, before it starts, and handed to it on its stdin.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import app
from app import clock
from app.documents.output import DocumentError
from app.formatting import rupiah, short_date, thousands
from app.recap import command, report
from app.recap.run import Recap
from app.engine import is_url
from app.recap.sources import locked_backups, passphrase_fits
from ui.date_field import DateField
from ui.dialog_keys import KeyboardDialog
from ui.passphrase_dialog import PassphraseDialog
from ui import translation
from ui.retranslating import Retranslating

BY_DATE, BY_YEAR = 0, 1


def worker_command() -> list[str]:
    """How to start `lumbung rekap --worker`: the frozen program itself, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "rekap", "--worker"]
    return [sys.executable, "-m", "app.cli", "rekap", "--worker"]


class RecapWindow(Retranslating, KeyboardDialog, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recapWindow")
        self.result: Recap | None = None
        self.process: QProcess | None = None
        self._buffer = b""  # the worker's output up to its last full line
        self.sources = QListWidget()
        self.sources.setObjectName("recapSources")
        self.sources.setMaximumHeight(90)
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sources.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # chosen by the buttons
        self.add_folder = QPushButton(clicked=self.choose_folder)
        self.add_files = QPushButton(clicked=self.choose_files)
        self.add_server = QPushButton(clicked=self.choose_server)
        self.addresses: dict[str, str] = {}  # a server's address as listed -> with its password (memory only)
        self.remove = QPushButton(clicked=self.remove_sources)
        self.mode = QComboBox()
        self.mode.setObjectName("recapMode")
        self.mode.addItems(["", ""])
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.day = DateField()
        self.day.setObjectName("recapDate")
        self.day.set_date(clock.today())
        self.day.returnPressed.connect(self.run)
        self.year = QSpinBox()
        self.year.setObjectName("recapYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year - 1)
        self.run_button = QPushButton(clicked=self.run)
        self.run_button.setObjectName("recapRun")
        self.run_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.table = QTableWidget()
        self.table.setObjectName("recapTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("recapProblems")
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(110)
        self.save_pdf = QPushButton(clicked=self.write_pdf)
        self.save_xlsx = QPushButton(clicked=self.write_xlsx)
        self.close_button = QPushButton(clicked=self.reject)
        self.sources_label, self.period_label, self.notes_label = QLabel(), QLabel(), QLabel()
        self.sources_label.setBuddy(self.sources)
        self.period_label.setBuddy(self.mode)

        source_buttons = QVBoxLayout()
        for button in (self.add_folder, self.add_files, self.add_server, self.remove):
            source_buttons.addWidget(button)
        source_buttons.addStretch()
        source_row = QHBoxLayout()
        source_row.addWidget(self.sources, 1)
        source_row.addLayout(source_buttons)
        period_row = QHBoxLayout()
        for widget in (self.period_label, self.mode, self.day, self.year, self.run_button):
            period_row.addWidget(widget)
        period_row.addWidget(self.progress, 1)
        bottom = QHBoxLayout()
        bottom.addStretch()
        for button in (self.save_pdf, self.save_xlsx, self.close_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sources_label)
        layout.addLayout(source_row)
        layout.addLayout(period_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        layout.addLayout(bottom)
        self.setTabOrder(self.mode, self.day)
        self._mode_changed()
        self._show_result()
        self.retranslate()
        self.resize(1180, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rekap kecamatan"))
        self.sources_label.setText(self.tr("&Sumber: buku (.sqlite) dan cadangan (.lumbung) dari desa-desa, atau foldernya"))
        self.add_folder.setText(self.tr("Tambah &folder…"))
        self.add_files.setText(self.tr("Tambah &berkas…"))
        self.add_server.setText(self.tr("Tambah buku di se&rver…"))
        self.remove.setText(self.tr("&Hapus dari daftar"))
        self.period_label.setText(self.tr("&Periode:"))
        self.mode.setItemText(BY_DATE, self.tr("Keadaan per tanggal"))
        self.mode.setItemText(BY_YEAR, self.tr("Satu tahun penuh"))
        self.run_button.setText(self.tr("&Rekap"))
        self.notes_label.setText(self.tr("Catatan dan sumber yang tidak terbaca:"))
        self.save_pdf.setText(self.tr("Simpan P&DF…"))
        self.save_xlsx.setText(self.tr("Simpan &Excel…"))
        self.close_button.setText(self.tr("&Tutup"))
        self._show_result()

    # --- choosing ---------------------------------------------------------------------------

    def add_sources(self, paths: list[Path]) -> None:
        shown = {self.sources.item(i).text() for i in range(self.sources.count())}
        for path in paths:
            if str(path) not in shown:
                self.sources.addItem(str(path))

    def source_paths(self) -> list[Path | str]:
        """The files and folders, and the servers' addresses (str, with their passwords)."""
        listed = [self.sources.item(i).text() for i in range(self.sources.count())]
        return [self.addresses[text] if text in self.addresses else Path(text) for text in listed]

    def choose_server(self) -> None:
        """A book kept on PostgreSQL (a kabupaten's server): its address, then its password
        (not shown, not stored); listed without the password."""
        from app.engine.postgres import shown, with_password  # psycopg loads only when asked for
        address, given = QInputDialog.getText(
            self, self.tr("Buku di server"), self.tr("Alamat basis data (postgresql://pengguna@server/nama):"))
        address = address.strip()
        if not given or not address:
            return
        if not is_url(address):
            self.notes.setPlainText(self.tr("Alamat ditulis postgresql://pengguna@server/nama_basis_data."))
            return
        password, given = QInputDialog.getText(self, self.tr("Buku di server"),
                                               self.tr("Kata sandi untuk {address} (kosongkan bila tidak perlu):")
                                               .format(address=shown(address)), QLineEdit.EchoMode.Password)
        if not given:
            return
        full = with_password(address, password) if password else address
        self.addresses[shown(full)] = full
        self.add_sources([shown(full)])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder berisi buku dan cadangan"))
        if folder:
            self.add_sources([Path(folder)])

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Buku dan cadangan"), "",
            self.tr("Buku dan cadangan Lumbung (*.sqlite *.db *.lumbung);;Semua berkas (*)"))
        self.add_sources([Path(f) for f in files])

    def remove_sources(self) -> None:
        for item in self.sources.selectedItems():
            self.sources.takeItem(self.sources.row(item))

    def _mode_changed(self) -> None:
        by_year = self.mode.currentIndex() == BY_YEAR
        self.day.setVisible(not by_year)
        self.year.setVisible(by_year)

    # --- running ----------------------------------------------------------------------------

    def request(self) -> dict | None:
        """What the worker is asked, or None (nothing chosen, a date unreadable, a passphrase
        not given: said on the window)."""
        sources = self.source_paths()
        if not sources:
            self.notes.setPlainText(self.tr("Pilih dulu folder, berkas atau buku di server yang direkap."))
            return None
        as_of = year = None
        if self.mode.currentIndex() == BY_YEAR:
            year = self.year.value()
        else:
            as_of = self.day.date()
            if as_of is None:
                self.notes.setPlainText(self.tr("Tanggal ditulis hh/bb/tttt, misalnya 17/08/2026."))
                self.day.setFocus()
                return None
        secrets: dict[str, str] = {}
        for path, group in locked_backups(sources):
            # One given for an earlier backup first: a kecamatan's villages often share one.
            secret = next((s for s in dict.fromkeys(secrets.values()) if passphrase_fits(path, s)), None)
            if secret is None:
                secret = self.ask_passphrase(path, group)
            if secret is not None:
                secrets[str(path)] = secret
        return {"sources": [str(p) for p in sources], "as_of": as_of.isoformat() if as_of else None,
                "year": year, "passphrases": secrets}

    def ask_passphrase(self, path: Path, group: str) -> str | None:
        """The passphrase of one locked backup; None: skipped (the recap lists it)."""
        def check(passphrase: str) -> str | None:
            return None if passphrase_fits(path, passphrase) else self.tr("Kata sandi salah untuk cadangan ini.")

        dialog = PassphraseDialog(False, self, file_name=f"{path.name} ({group})", check=check)
        return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None

    def run(self) -> None:
        if self.process is not None:
            return
        request = self.request()
        if request is None:
            return
        self.result = None
        self._buffer = b""
        self.process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        # The child imports the same app/ as this window (a checkout is not always the one installed).
        here = str(Path(app.__file__).resolve().parent.parent)
        environment.insert("PYTHONPATH", os.pathsep.join(filter(None, [here, environment.value("PYTHONPATH")])))
        self.process.setProcessEnvironment(environment)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        command_line = worker_command()
        self.run_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.notes.setPlainText(self.tr("Membaca buku-buku…"))
        self.process.start(command_line[0], command_line[1:])
        self.process.write((json.dumps(request) + "\n").encode("utf-8"))
        self.process.closeWriteChannel()

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            kind, value = json.loads(line)
            if kind == command.PROGRESS:
                name, done, total = value
                self.progress.setRange(0, total)
                self.progress.setValue(done)
                self.progress.setFormat(f"{done}/{total} {name}")
            elif kind == command.RESULT:
                self.result = command.read_result(value)

    def _finished(self) -> None:
        self._read()
        failed = self.result is None
        errors = bytes(self.process.readAllStandardError()).decode("utf-8", "replace").strip()
        self.process.deleteLater()
        self.process = None
        self.progress.hide()
        self.run_button.setEnabled(True)
        self._show_result()
        if failed:
            self.notes.setPlainText(self.tr("Rekap gagal.") + ("\n" + errors[-2000:] if errors else ""))

    def wait(self, msecs: int = 120_000) -> bool:
        """For tests and for closing: until the worker is done."""
        if self.process is None:
            return True
        done = self.process.waitForFinished(msecs)
        if self.process is not None:
            self._finished()
        return done

    # --- showing ----------------------------------------------------------------------------

    COLUMNS = ("group", "desa", "kecamatan", "last_entry", "members", "savings", "outstanding", "arrears",
               "assets", "profit", "shu")

    def _titles(self) -> list[str]:
        return [self.tr("Kelompok"), self.tr("Desa"), self.tr("Kecamatan"), self.tr("Transaksi terakhir"),
                self.tr("Anggota"), self.tr("Simpanan"), self.tr("Sisa pinjaman"), self.tr("Tunggakan"),
                self.tr("Jumlah aset"), self.tr("Laba usaha"), self.tr("SHU")]

    def _show_result(self) -> None:
        self.table.setColumnCount(len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self._titles())
        result = self.result
        self.save_pdf.setEnabled(result is not None)
        self.save_xlsx.setEnabled(result is not None)
        if result is None:
            self.table.setRowCount(0)
            self._fit_columns()
            return
        rows = [self._row(result, g.figures) for g in result.groups]
        total = result.total
        rows.append([self.tr("Jumlah {n} kelompok").format(n=len(result.groups)), "", "", "",
                     thousands(total(lambda f: f.members)), rupiah(total(lambda f: f.savings_total_rp)),
                     rupiah(total(lambda f: f.outstanding_rp)), rupiah(total(lambda f: f.arrears_rp)),
                     rupiah(total(lambda f: f.assets_rp)), rupiah(total(lambda f: f.business_profit_rp)),
                     rupiah(total(lambda f: f.shu_rp))])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self._fit_columns()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.notes.setPlainText("\n".join(self._notes(result)))

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text, with a little room: a header font a pixel
        wider (another style, a bold sort mark) must not cut a title."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            header.resizeSection(column, header.sectionSize(column) + 8)

    def _row(self, result: Recap, f) -> list[str]:
        last = short_date(f.last_entry) or "—"
        if report.is_stale(result, f):
            last += " *"
        return [f.identity.group_name, f.identity.desa, f.identity.kecamatan, last, thousands(f.members),
                rupiah(f.savings_total_rp), rupiah(f.outstanding_rp), rupiah(f.arrears_rp), rupiah(f.assets_rp),
                rupiah(f.business_profit_rp), rupiah(f.shu_rp)]

    def _notes(self, result: Recap) -> list[str]:
        lines = []
        if any(report.is_stale(result, g.figures) for g in result.groups):
            lines.append(self.tr("* transaksi terakhir lebih dari {days} hari sebelum tanggal rekap: data mungkin"
                                 " belum lengkap.").format(days=report.STALE_DAYS))
        for aside in result.set_aside:
            lines.append(self.tr("{path}: salinan lebih lama dari {used}; tidak dihitung.").format(
                path=aside.path, used=aside.used))
        lines += [report.namesake_text(files, translation.current()) for files in result.namesakes]
        lines += [report.problem_text(p, translation.current()) for p in result.problems]
        return lines or [self.tr("Semua sumber terbaca.")]

    # --- saving -----------------------------------------------------------------------------

    def write_pdf(self) -> None:
        self._save(self.tr("Simpan rekap sebagai PDF"), "rekap-up2k.pdf", self.tr("PDF (*.pdf)"), report.write_pdf)

    def write_xlsx(self) -> None:
        self._save(self.tr("Simpan rekap sebagai Excel"), "rekap-up2k.xlsx", self.tr("Excel (*.xlsx)"),
                   report.write_xlsx)

    def _save(self, title: str, name: str, kinds: str, write) -> None:
        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kinds)
        if not path:
            return
        try:
            write(self.result, Path(path), translation.current())
        except DocumentError as error:
            self.notes.appendPlainText(self.tr("Gagal menyimpan {path} ({code}).").format(path=path, code=error.code))
            return
        self.notes.appendPlainText(self.tr("Disimpan: {path}").format(path=path))

    def reject(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.wait(5000)
        super().reject()
