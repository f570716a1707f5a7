"""Making a document from the screens: one call for every page and dialog.

    make_document(parent, Request("cash_book", start=..., end=...))
    print_receipt(parent, "KW/2026/000123")
    print_receipts(parent, ["KW/2026/000123", "KW/2026/000124"])   # a meeting's, in one PDF

checks the request (a refusal is said at once, nothing is written), writes the PDF off the GUI
thread (ui.long_task) behind a progress dialog with Cancel that appears only when the work
takes longer than SHOW_PROGRESS_AFTER_MS (a receipt is done before), and opens it in the
preview (ui.pdf_preview) with Print, Save as PDF and Open folder. Refusals and file problems are
shown in the user's language; a cancelled run leaves no file behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from app import settings
from app.documents.catalogue import Request, check, generate
from app.documents.output import DocumentError
from app.errors import Rejected
from app.formatting import short_date
from ui import long_task, translation
from ui.document_titles import title
from ui.messages import document_error_text, issue_text
from ui.pdf_preview import PreviewDialog

log = logging.getLogger(__name__)

SHOW_PROGRESS_AFTER_MS = 400

_runs: set["DocumentRun"] = set()  # keeps each run alive until it has reported


translate = QCoreApplication.translate  # lupdate reads translate("documents_ui", "…")


def progress_text(label: str, done: int, total: int) -> str:
    """Words for what a document module reports as it lays out its parts."""
    parts = {
        "member": translate("documents_ui", "Anggota {done} dari {total}…"),
        "month": translate("documents_ui", "Bulan {done} dari {total}…"),
        "account": translate("documents_ui", "Akun {done} dari {total}…"),
        "loan": translate("documents_ui", "Pinjaman {done} dari {total}…"),
        "page": translate("documents_ui", "Halaman {done} dari {total}…"),
    }
    if label in parts and total:
        return parts[label].format(done=min(done + 1, total), total=total)
    if total:
        return translate("documents_ui", "Menyusun dokumen… ({done} dari {total})").format(done=min(done + 1, total), total=total)
    return translate("documents_ui", "Menyusun dokumen…")


def document_title(request: Request) -> str:
    """"Buku Kas Umum 01/08/2026 – 31/08/2026", "Kuitansi KW/2026/000123": the preview's title."""
    name = title(request.kind)
    if request.kind == "receipt" and request.number:
        return translate("documents_ui", "Kuitansi {number}").format(number=request.number)
    if request.kind == "receipts" and request.numbers:
        return translate("documents_ui", "Kuitansi {first} – {last}").format(
            first=request.numbers[0], last=request.numbers[-1])
    if request.start and request.end:
        return f"{name} {short_date(request.start)} – {short_date(request.end)}"
    if request.end:
        return f"{name} {short_date(request.end)}"
    return name


def refusal_text(refused: Rejected) -> str:
    return "\n".join(issue_text(issue) for issue in refused.issues)


class DocumentRun(QObject):
    """One document being made: the background task, its progress dialog, then the preview.
    `finished` fires once at the end, whatever happened; `preview`, `path`, `outcome` tell what."""

    finished = Signal()

    def __init__(self, parent: QWidget, request: Request, quiet_note: Callable[[str], None] | None) -> None:
        super().__init__()
        self.parent_widget = parent
        self.request = request
        self.title = document_title(request)
        self._quiet_note = quiet_note
        self.preview: PreviewDialog | None = None
        self.path: Path | None = None
        self.outcome = ""  # "shown", "cancelled", "refused", "failed", "missing"
        self.message = ""
        self.done = False
        self.progress_shown = False
        self.progress = QProgressDialog(parent)
        self.progress.setObjectName("documentProgress")
        self.progress.setWindowTitle(translate("documents_ui", "Membuat {title}").format(title=self.title))
        self.progress.setLabelText(translate("documents_ui", "Menyiapkan…"))
        self.progress.setCancelButtonText(translate("documents_ui", "Batal"))
        self.progress.setRange(0, 0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.progress.setMinimumWidth(420)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.canceled.connect(self.cancel)
        self.progress.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        request = self.request
        self.task = long_task.start(lambda progress: generate(request, progress=progress), self._progressed, self._done)
        self._timer.start(SHOW_PROGRESS_AFTER_MS)

    def _show_progress(self) -> None:
        if not self.done and isValid(self.progress):
            self.progress_shown = True
            self.progress.show()

    def cancel(self) -> None:
        self.task.cancel()
        if not self.done and isValid(self.progress):
            self.progress.show()  # Cancel hides it; it stays until the half-made file is gone
            self.progress.setLabelText(translate("documents_ui", "Membatalkan… (berkas yang setengah jadi dihapus)"))
            self.progress.setCancelButton(None)

    def _progressed(self, label: str, done: int, total: int) -> None:
        if self.done or self.task.cancelled or not isValid(self.progress):
            return
        self.progress.setLabelText(progress_text(label, done, total))
        if total and total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(int(done * 1000 / total), 1000))

    def _done(self, path, error: Exception | None) -> None:
        self.done = True
        self._timer.stop()
        if isValid(self.progress):
            self.progress.canceled.disconnect(self.cancel)
            self.progress.hide()
            self.progress.deleteLater()
        parent = self.parent_widget if isValid(self.parent_widget) else None
        try:
            if error is None:
                self.path = Path(path)
                self.outcome = "shown"
                if parent is not None:  # the screen that asked is gone: the file stays in dokumen
                    self.preview = show_preview(parent, self.path, self.title)
            else:
                self._failed(parent, error)
        finally:
            _runs.discard(self)
            self.finished.emit()
            self.deleteLater()  # its timer goes on the GUI thread (see ui.garbage); the Python side keeps the outcome

    def _failed(self, parent: QWidget | None, error: Exception) -> None:
        if isinstance(error, DocumentError) and (error.code == "cancelled" or self.task.cancelled):
            self.outcome, self.message = "cancelled", document_error_text(DocumentError("cancelled"))
            if parent is not None:
                (self._quiet_note or (lambda text: _information(parent, text)))(self.message)
            return
        if isinstance(error, DocumentError):
            self.outcome, self.message = "failed", document_error_text(error)
        elif isinstance(error, Rejected):
            self.outcome, self.message = "refused", refusal_text(error)
        elif isinstance(error, ImportError):  # the kind's module is not in this Lumbung yet
            log.warning("document module missing for %s: %s", self.request.kind, error)
            self.outcome = "missing"
            self.message = translate("documents_ui", "{title} belum bisa dibuat: bagian Lumbung yang menyusunnya belum terpasang "
                               "di versi ini. Dokumen lain tetap bisa dibuat.").format(title=title(self.request.kind))
        else:
            log.error("document %s not made", self.request.kind, exc_info=error)
            self.outcome = "failed"
            self.message = translate("documents_ui", "{title} tidak bisa dibuat ({reason}). Tidak ada berkas yang ditulis.").format(
                title=title(self.request.kind), reason=str(error) or type(error).__name__)
        if parent is not None:
            QMessageBox.warning(parent, translate("documents_ui", "Dokumen"), self.message)


def _information(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, translate("documents_ui", "Dokumen"), text)


def show_preview(parent: QWidget, path: Path, title_text: str) -> PreviewDialog:
    preview = PreviewDialog(path, title_text, parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.setWindowModality(Qt.WindowModality.WindowModal)
    preview.open()
    preview.print_button.setFocus()
    return preview


def make_document(parent: QWidget, request: Request,
                  quiet_note: Callable[[str], None] | None = None) -> DocumentRun | None:
    """Check, make in the background, preview. Returns the run (None when refused at once).
    `quiet_note` shows "cancelled" where the caller wants it (default: a small information box)."""
    request = _in_app_language(request)
    try:
        check(request)
    except Rejected as refused:
        QMessageBox.warning(parent, translate("documents_ui", "Dokumen"), refusal_text(refused))
        return None
    run = DocumentRun(parent, request, quiet_note)
    _runs.add(run)
    return run


def print_receipt(parent: QWidget, number: str) -> DocumentRun | None:
    """The receipt on the chosen paper, in the preview with Print focused: Ctrl+P, Enter."""
    return make_document(parent, Request("receipt", number=number, paper=settings.receipt_paper()))


def print_receipts(parent: QWidget, numbers) -> DocumentRun | None:
    """Several receipts in ONE PDF, in the order given, on the receipt paper of Pengaturan."""
    return make_document(parent, Request("receipts", numbers=tuple(numbers), paper=settings.receipt_paper()))


def running() -> bool:
    return bool(_runs)


def _in_app_language(request: Request) -> Request:
    return replace(request, lang=translation.current())
