"""The document preview: every page of a PDF, zoom, Print, Save as PDF, Open folder, Close.

    PreviewDialog(path, title).open()

Printing draws each page as an image at the printer's resolution (at most MAX_DPI, so that an
F4 page stays ~40 MB on an old 4 GB laptop) on the paper the PDF was made for: F4, half F4 and
the 58 mm roll are set as exact custom sizes, so the driver does not snap them to Folio or
Legal. A missing printer, a printer that refuses to start or fails mid-way (out of paper) is
said in words; the preview stays open so that the secretary can save the PDF instead.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QMarginsF, QPointF, QRectF, QSettings, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents.output import DocumentError, write_atomically
from ui.messages import document_error_text
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating

MAX_DPI = 300  # a page image at 600 dpi would be 160 MB on F4
SAVE_FOLDER_KEY = "documents/save_folder"  # the last folder a PDF was saved to (QSettings)
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0
_TOLERANCE_MM = 1.0
_MM_PER_POINT = 25.4 / 72


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE_MM


def _exact(width_mm: float, height_mm: float, name: str) -> QPageSize:
    return QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, name,
                     QPageSize.SizeMatchPolicy.ExactMatch)


def page_layout_for(width_pt: float, height_pt: float) -> QPageLayout:
    """The printer's page for a PDF page of this size (in points), without margins: the PDF
    already has its own. The papers of app.documents.paper are recognised in either orientation;
    F4 (215×330), half F4 (215×165) and the 58 mm roll (any length) are exact custom sizes."""
    width, height = width_pt * _MM_PER_POINT, height_pt * _MM_PER_POINT
    portrait, landscape = QPageLayout.Orientation.Portrait, QPageLayout.Orientation.Landscape
    known = (
        (210, 297, lambda: QPageSize(QPageSize.PageSizeId.A4)),
        (215, 330, lambda: _exact(215, 330, "F4")),
        (215, 165, lambda: _exact(215, 165, "F4 1/2")),
    )
    size, orientation = None, portrait
    for w, h, make in known:
        if _near(width, w) and _near(height, h):
            size = make()
            break
        if _near(width, h) and _near(height, w):
            size, orientation = make(), landscape
            break
    if size is None and _near(width, 58):
        size = _exact(58, round(height, 1), "Roll 58 mm")
    if size is None:
        size = _exact(round(width, 1), round(height, 1), f"{round(width)}x{round(height)} mm")
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def pages_to_print(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """The 0-based pages the print dialog asked for, in printing order."""
    if page_count <= 0:
        return []
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current, 0), page_count - 1)]
    elif chosen == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = min(max(printer.fromPage(), 1), page_count)
        last = min(max(printer.toPage() or page_count, first), page_count)
        pages = list(range(first - 1, last))
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    if not printer.supportsMultipleCopies() and printer.copyCount() > 1:
        pages = pages * printer.copyCount()  # collated: 1 2 3, 1 2 3
    return pages


def print_pages(document: QPdfDocument, printer: QPrinter, pages: list[int]) -> str | None:
    """Draw `pages` of `document` on `printer`; None when every page went out, else a code:
    "cannot_start" (QPainter.begin refused: printer offline, file not writable) or "failed"
    (the printer went into its error state, e.g. out of paper) or "render_failed"."""
    painter = QPainter()
    if not painter.begin(printer):
        return "cannot_start"
    problem = None
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for number, index in enumerate(pages):
            if number and not printer.newPage():
                problem = "failed"
                break
            size_pt = document.pagePointSize(index)
            image = document.render(index, QSize(max(1, round(size_pt.width() * dpi / 72)),
                                                 max(1, round(size_pt.height() * dpi / 72))))
            if image.isNull():
                problem = "render_failed"
                break
            painter.drawImage(_fitted(size_pt, QRectF(painter.viewport())), image)
            if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
                problem = "failed"
                break
    finally:
        if not painter.end() and problem is None:
            problem = "failed"
    if problem is None and printer.printerState() == QPrinter.PrinterState.Error:
        problem = "failed"
    return problem


def _fitted(size: QSizeF, area: QRectF) -> QRectF:
    """The largest rectangle of `size`'s shape inside `area`, at its top left (the PDF is
    made for this paper, so it normally fills it exactly)."""
    if size.width() <= 0 or size.height() <= 0:
        return area
    scale = min(area.width() / size.width(), area.height() / size.height())
    return QRectF(area.topLeft(), QSizeF(size.width() * scale, size.height() * scale))


class PreviewDialog(Retranslating, KeyboardDialog, QDialog):
    """A PDF in Lumbung's own window. Print is the default button: Ctrl+P (or Enter), then
    Enter in the print dialog."""

    asks_before_discarding = False  # a page or zoom chosen is nothing of hers to lose

    def __init__(self, path: str | Path, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.path = Path(path)
        self.document_title = title or self.path.stem
        self.saved_to: Path | None = None

        self.document = QPdfDocument(self)
        self.load_error = self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.viewport().installEventFilter(self)
        self.failed = QLabel(objectName="loadFailed")
        self.failed.setWordWrap(True)
        self.failed.setStyleSheet("color: #b00020;")
        self.failed.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.print_button = QPushButton(objectName="print")
        self.print_button.clicked.connect(self.print_document)
        self.print_button.setDefault(True)
        self.print_button.setAutoDefault(True)
        self.save_button = QPushButton(objectName="saveAs")
        self.save_button.clicked.connect(self.save_as)
        self.folder_button = QPushButton(objectName="openFolder")
        self.folder_button.clicked.connect(self.open_folder)
        self.zoom_out_button = QPushButton("−", objectName="zoomOut")
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button = QPushButton("+", objectName="zoomIn")
        self.zoom_in_button.clicked.connect(self.zoom_in)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") + 28)
            button.setAutoDefault(False)
        self.fit_button = QPushButton(objectName="fitWidth")
        self.fit_button.clicked.connect(self.fit_width)
        self.zoom_label = QLabel(objectName="zoom")
        self.page_label = QLabel(objectName="pageOf")
        self.close_button = QPushButton(objectName="close")
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.folder_button, self.fit_button, self.close_button):
            button.setAutoDefault(False)
        self.file_label = QLabel(objectName="file")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(objectName="note")
        self.note.setWordWrap(True)

        keys = (
            ("Ctrl+P", self.print_document), ("Ctrl+S", self.save_as),
            ("Ctrl++", self.zoom_in), ("Ctrl+=", self.zoom_in), ("Ctrl+-", self.zoom_out), ("Ctrl+0", self.fit_width),
            ("PgDown", lambda: self.go_to_page(self.current_page() + 1)),
            ("PgUp", lambda: self.go_to_page(self.current_page() - 1)),
            ("Ctrl+Home", lambda: self.go_to_page(0)), ("Ctrl+End", lambda: self.go_to_page(self.page_count() - 1)),
        )
        for key, action in keys:
            QShortcut(QKeySequence(key), self, action)

        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.folder_button)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addSpacing(16)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.failed, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.file_label)
        loaded = self.load_error == QPdfDocument.Error.None_
        self.view.setVisible(loaded)
        self.failed.setVisible(not loaded)
        for widget in (self.print_button, self.save_button, self.zoom_in_button, self.zoom_out_button, self.fit_button):
            widget.setEnabled(loaded)
        self.note.hide()
        self._fit_screen()
        self.retranslate()
        self.print_button.setFocus()

    def _fit_screen(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() is not None else self.screen())
        available = screen.availableGeometry() if screen is not None else None
        width = min(1100, available.width() - 40) if available is not None else 1100
        height = min(900, available.height() - 40) if available is not None else 700
        self.resize(width, height)

    # texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{title} – pratinjau").format(title=self.document_title))
        self.print_button.setText(self.tr("Cetak… (Ctrl+P)"))
        self.save_button.setText(self.tr("Simpan sebagai PDF…"))
        self.folder_button.setText(self.tr("Buka folder"))
        self.fit_button.setText(self.tr("Sepenuh lebar"))
        self.zoom_in_button.setToolTip(self.tr("Perbesar (Ctrl++)"))
        self.zoom_out_button.setToolTip(self.tr("Perkecil (Ctrl+-)"))
        self.fit_button.setToolTip(self.tr("Halaman selebar jendela (Ctrl+0)"))
        self.close_button.setText(self.tr("Tutup (Esc)"))
        self.file_label.setText(self.tr("Berkas: {path}").format(path=self.path))
        self.failed.setText(self.tr("Dokumen {path} tidak bisa dibuka untuk pratinjau.").format(path=self.path))
        self._show_page()
        self._show_zoom()

    def _show_page(self, *_) -> None:
        self.page_label.setText(self.tr("Halaman {page} dari {pages}").format(
            page=min(self.current_page() + 1, max(self.page_count(), 1)), pages=self.page_count()))

    def _show_zoom(self, *_) -> None:
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)}%")

    def zoom_factor(self) -> float:
        """The zoom as shown: in "fit width" mode QPdfView keeps zoomFactor at 1, so the
        factor is worked out from the viewport and the widest page."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or not self.page_count():
            return self.view.zoomFactor()
        widest = max(self.document.pagePointSize(p).width() for p in range(self.page_count()))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        natural = widest * self.view.logicalDpiX() / 72
        return room / natural if natural > 0 and room > 0 else 1.0

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._show_zoom()
        return super().eventFilter(watched, event)

    def _say(self, text: str, ok: bool = True) -> None:
        self.note.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # pages and zoom

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if self.page_count():
            page = min(max(page, 0), self.page_count() - 1)
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def zoom_in(self) -> None:
        self._zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.zoom_factor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_MIN), ZOOM_MAX))
        self._show_zoom()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    # printing

    def print_document(self) -> bool:
        """Ask for the printer and pages, then print; True when the pages went to the printer."""
        if not self.page_count():
            return False
        if not QPrinterInfo.availablePrinters():
            QMessageBox.warning(self, self.tr("Cetak"), self.tr(
                "Tidak ada printer yang terpasang di komputer ini. Pasang printernya dulu, atau "
                "tekan \"Simpan sebagai PDF…\" lalu cetak berkasnya dari komputer lain."))
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document_title)
        printer.setFullPage(True)  # the PDF has its margins; the page image covers the whole sheet
        size = self.document.pagePointSize(0)
        printer.setPageLayout(page_layout_for(size.width(), size.height()))
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak {title}").format(title=self.document_title))
        dialog.setMinMax(1, self.page_count())
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        pages = pages_to_print(printer, self.page_count(), self.current_page())
        problem = print_pages(self.document, printer, pages)
        if problem is not None:
            QMessageBox.warning(self, self.tr("Cetak"), self._print_problem_text(problem, printer))
            self._say(self.tr("Belum tercetak. Dokumen tetap terbuka; coba lagi atau simpan sebagai PDF."), ok=False)
            return False
        self._say(self.tr("Dikirim ke printer {printer}: %n halaman.", "", len(pages)).format(
            printer=printer.printerName() or printer.outputFileName()))
        return True

    def _print_problem_text(self, problem: str, printer: QPrinter) -> str:
        name = printer.printerName() or printer.outputFileName()
        if problem == "cannot_start":
            return self.tr("Printer {printer} tidak bisa mulai mencetak. Periksa bahwa printer menyala, "
                           "kabelnya tersambung dan tidak ada kertas yang macet, lalu coba lagi. Dokumen "
                           "tetap terbuka.").format(printer=name)
        if problem == "render_failed":
            return self.tr("Halaman dokumen tidak bisa disiapkan untuk dicetak (memori komputer mungkin "
                           "kurang). Tutup program lain lalu coba lagi, atau simpan sebagai PDF.")
        return self.tr("Pencetakan di {printer} gagal di tengah jalan (kertas habis, macet, atau tinta "
                       "habis?). Periksa printernya lalu cetak lagi; pilih halaman yang belum tercetak. "
                       "Dokumen tetap terbuka.").format(printer=name)

    # saving and the folder

    def save_as(self) -> Path | None:
        """Copy the PDF where she chooses (a flashdisk, to print elsewhere); the copy is written
        under a temporary name in that folder and renamed when complete."""
        folder = QSettings().value(SAVE_FOLDER_KEY, "") or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan sebagai PDF"), str(Path(folder) / self.path.name),
            self.tr("Dokumen PDF (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            if target.resolve() != self.path.resolve():
                write_atomically(target, lambda temp: shutil.copyfile(self.path, temp))
        except DocumentError as error:
            text = document_error_text(error)
            QMessageBox.warning(self, self.tr("Simpan sebagai PDF"), text)
            self._say(text, ok=False)
            return None
        QSettings().setValue(SAVE_FOLDER_KEY, str(target.parent))
        self.saved_to = target
        self._say(self.tr("Disimpan: {path}").format(path=target))
        return target

    def open_folder(self) -> None:
        folder = self.path.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(self, self.tr("Buka folder"), self.tr(
                "Folder tidak bisa dibuka dari Lumbung. Dokumen ada di:\n{folder}").format(folder=folder))
