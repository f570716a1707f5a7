"""Making a document from the screens: one call for every page and dialog.

    make_document(parent, Request("cash_book", start=..., end=...))

checks the request, writes the PDF (in the background, with progress and Cancel, for long
runs) and opens it in the preview with Print, Save as PDF and Open folder. Refusals and file
problems are shown in the user's language; nothing half-written is left behind.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.documents.catalogue import Request, generate
from app.documents.output import DocumentError
from app.errors import Rejected
from ui.messages import document_error_text, issue_text
from ui import translation


def make_document(parent: QWidget, request: Request) -> None:
    request = _in_app_language(request)
    try:
        path = generate(request)
    except Rejected as refused:
        QMessageBox.warning(parent, parent.tr("Dokumen"), "\n".join(issue_text(i) for i in refused.issues))
        return
    except DocumentError as error:
        QMessageBox.warning(parent, parent.tr("Dokumen"), document_error_text(error))
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _in_app_language(request: Request) -> Request:
    return replace(request, lang=translation.current())
