"""The "Mulai buku" wizard: Kelompok, Tanggal saldo awal, one page per kind, Neraca awal, Selesai.

What she types is the draft (app.opening.store), saved on every page change and every half
minute: Esc or the close box saves it and says it can be resumed; opening the wizard again
resumes it. Nothing is posted before Catat on the last page (app.opening.commit, all or nothing,
off the GUI thread with its progress shown)."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget, QWizard

from app.errors import Issue, Rejected
from app.opening import check, commit, store, workbook
from app.opening.draft import KINDS, Opening, to_json
from ui import long_task
from ui.dialog_keys import select_all
from ui.loan_dialogs import confirm
from ui.messages import issue_text
from ui.opening.pages import DatePage, DonePage, GroupPage, KindPage, NeracaPage
from ui.retranslating import Retranslating

SAVE_EVERY_MS = 30_000


def sheet_issue_line(issue: workbook.SheetIssue) -> str:
    """'Anggota, baris 3, NIK: ...' as the file names them."""
    where = [issue.sheet]
    if issue.row is not None:
        where.append(QCoreApplication.translate("OpeningWizard", "baris {row}").format(row=issue.row))
    if issue.column:
        where.append(issue.column)
    return ", ".join(where) + ": " + issue_text(Issue(issue.column, issue.code, issue.params))


class OpeningWizard(Retranslating, QWizard):
    changed = Signal()  # the opening was committed: the pages reload

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opening_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        saved = store.load()
        self.resumed = saved is not None
        self.opening: Opening = saved or Opening()
        self.committed: commit.Committed | None = None
        self.task: long_task.LongTask | None = None
        self.group_page, self.date_page = GroupPage(self), DatePage(self)
        self.kind_pages = {kind: KindPage(self, kind) for kind in KINDS}
        self.neraca_page, self.done_page = NeracaPage(self), DonePage(self)
        self.steps = (self.group_page, self.date_page, *self.kind_pages.values(), self.neraca_page, self.done_page)
        for step in self.steps:
            self.addPage(step)
        self.resize(1100, 640)
        self.setMinimumSize(760, 520)
        self.currentIdChanged.connect(self._page_changed)
        self.timer = QTimer(self, interval=SAVE_EVERY_MS, timeout=self.save_draft)
        self.timer.start()
        self._opened_as = self._saved_as = to_json(self.opening)  # Esc on what she has not touched closes at once
        self.retranslate()

    # --- the draft ------------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Kept in the book when it changed (merely opening the wizard leaves no draft behind)."""
        now = to_json(self.opening)
        if self.committed is None and now != self._saved_as:
            store.save(self.opening)
            self._saved_as = now

    def _page_changed(self, _id: int) -> None:
        self.save_draft()
        QTimer.singleShot(0, self._focus_first)

    # --- keys -----------------------------------------------------------------------------------

    def first_field(self) -> QWidget | None:
        step = self.currentPage()
        return getattr(step, "first", None) if step is not None else None

    def _focus_first(self) -> None:
        field = self.first_field()
        if field is None:  # nothing to type: Lanjut or Catat has the cursor
            field = self.button(QWizard.WizardButton.FinishButton if self.currentPage() is self.done_page
                                else QWizard.WizardButton.NextButton)
        field.setFocus()
        select_all(field)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_first)

    def keyPressEvent(self, event) -> None:
        # Enter (Ctrl+Enter from a grid, where Enter goes to the next cell) does the page's action.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.button(QWizard.WizardButton.FinishButton) if self.currentPage() is self.done_page
             else self.button(QWizard.WizardButton.NextButton)).click()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc, Batal or the close box: what she typed stays as the draft, and she is told so."""
        if self.task is not None:
            return  # Catat is writing: it finishes first
        if self.committed is None and to_json(self.opening) != self._opened_as:
            if not confirm(self, self.tr("Mulai buku"), self.tr("Tutup? Draf disimpan, bisa dilanjutkan nanti."),
                           self.tr("Tutup"), self.tr("Lanjut mengisi")):
                return
            self.save_draft()
        self.timer.stop()
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mulai buku (saldo awal)"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Catat"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Tutup"))
        for step in self.steps:
            step.retranslate()
        if self.resumed:
            self.group_page.resumed.setText(self.tr(
                "Melanjutkan draf yang disimpan sebelumnya ({members} anggota). Belum ada yang dicatat.").format(
                members=len(self.opening.members)))

    # --- Catat ----------------------------------------------------------------------------------

    def commit_now(self) -> bool:
        """Catat pressed: True once committed (the wizard closes); else the writing starts."""
        if self.committed is not None:
            return True
        if self.task is None:
            self.save_draft()
            self.done_page.progress.setRange(0, 0)
            self.done_page.progress.show()
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
                self.button(button).setEnabled(False)
            opening = copy.deepcopy(self.opening)
            self.task = long_task.start(lambda progress: commit.commit(opening, lambda done, total: progress("", done, total)),
                                        self._progressed, self._committed)
        return False

    def _progressed(self, _label: str, done: int, total: int) -> None:
        self.done_page.progress.setRange(0, max(total, 1))
        self.done_page.progress.setValue(done)

    def _committed(self, result, error: Exception | None) -> None:
        self.task = None
        self.done_page.progress.hide()
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(True)
        if isinstance(error, Rejected):
            self.done_page.show_problems(error.issues)
            return
        if error is not None:
            raise error
        self.committed = result
        self.timer.stop()
        self.changed.emit()
        self.accept()

    # --- the spreadsheet ------------------------------------------------------------------------

    def load_workbook(self) -> None:
        """Muat dari Excel: read, show what is wrong sheet by sheet, replace the grids only when she says so."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Muat dari Excel"), str(Path.home()),
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if not path:
            return
        waiting = QProgressDialog(self.tr("Membaca {name}…").format(name=Path(path).name), "", 0, 0, self)
        waiting.setCancelButton(None)
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(0)

        def progressed(_label: str, done: int, total: int) -> None:
            waiting.setRange(0, max(total, 1))
            waiting.setValue(done)

        def read(result, error: Exception | None) -> None:
            waiting.close()
            if error is not None:
                QMessageBox.warning(self, self.tr("Muat dari Excel"), self.tr("Berkas tidak bisa dibaca: {reason}")
                                    .format(reason=getattr(error, "strerror", None) or error))
                return
            self.offer_workbook(result)

        long_task.start(lambda progress: workbook.read(path, lambda done, total: progress("", done, total)), progressed, read)

    def offer_workbook(self, result: workbook.ReadResult) -> None:
        fine = "\n".join(self.tr("{sheet}: {fine} dari {rows} baris baik").format(sheet=sheet, fine=result.fine.get(sheet, 0), rows=rows)
                         for sheet, rows in result.rows.items())
        order = [workbook.OPENING_SHEET, *(sheet.name for sheet in workbook.SHEETS.values())]
        issues = sorted(result.issues, key=lambda issue: (order.index(issue.sheet) if issue.sheet in order else len(order),
                                                          issue.row or 0))  # as she goes through the file
        problems = "\n".join(sheet_issue_line(issue) for issue in issues[:15])
        if len(result.issues) > 15:
            problems += "\n" + self.tr("… dan {count} masalah lain").format(count=len(result.issues) - 15)
        text = fine + ("\n\n" + self.tr("Masalah (bisa diperbaiki di tabel sesudah dimuat):") + "\n" + problems if problems else "")
        if not confirm(self, self.tr("Muat dari Excel"), text + "\n\n" + self.tr("Ganti isi semua tabel dengan isi berkas ini?"),
                       self.tr("Ganti"), self.tr("Batal")):
            return
        issues = check.check(result.opening)
        for kind, page in self.kind_pages.items():
            typed = {(row, field): cell for (of, row, field), cell in result.unread.items() if of == kind}
            page.grid.model.replace_lines(result.opening.lines(kind), typed)
            page.grid.set_issues(issues)  # the file's problems now in the grids, to fix there
        if result.opening.on is not None:
            self.opening.on = result.opening.on
            self.date_page.on.set_date(result.opening.on)
        for key, value in result.opening.group.items():
            if value and key in self.group_page.edits:
                self.opening.group[key] = value
                self.group_page.edits[key].setText(value)
        self.save_draft()
        if self.currentPage() in self.kind_pages.values():  # back to the grid she loaded from
            self.activateWindow()  # the reading's progress window took the focus with it
            self.currentPage().grid.view.setFocus()

    def write_template(self) -> None:
        """Simpan templat Excel: the empty template, or the draft filled in when it has rows."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan templat Excel"), str(Path.home() / "saldo-awal.xlsx"),
                                              self.tr("Buku kerja Excel (*.xlsx)"))
        if not path:
            return
        filled = any(self.opening.lines(kind) for kind in KINDS)
        try:
            workbook.write_template(path, self.opening if filled else None)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Simpan templat Excel"), self.tr("Berkas tidak bisa disimpan: {reason}")
                                .format(reason=error.strerror or error))
