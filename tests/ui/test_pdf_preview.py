"""The document preview (pages, zoom, Print, Save as PDF) and make_document (background run,
Cancel, refusals, a kind whose module is missing), on PDFs made here and fake document kinds."""

from __future__ import annotations

import errno
import sys
import threading
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QPushButton
from reportlab.pdfgen.canvas import Canvas

from app import settings
from app.documents import catalogue
from app.documents.catalogue import PERIOD, RECEIPT, Kind, Request
from app.documents.output import step
from app.documents.paper import F4, PAPERS
from pdf_support import page_size_mm
from ui import documents_ui
from ui.pdf_preview import PreviewDialog, page_layout_for


def write_pdf(path: Path, pages: int, size=F4.size, progress=None) -> Path:
    canvas = Canvas(str(path), pagesize=size)
    for page in range(pages):
        step(progress, "page", page, pages)
        canvas.drawString(72, size[1] - 72, f"Halaman uji {page + 1}")
        canvas.showPage()
    canvas.save()
    return Path(path)


@pytest.fixture
def f4_pdf(tmp_path) -> Path:
    return write_pdf(tmp_path / "uji-f4.pdf", 3)


@pytest.fixture
def preview(f4_pdf, qtbot):
    dialog = PreviewDialog(f4_pdf, "Buku Uji")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def warnings(monkeypatch):
    said = []
    monkeypatch.setattr("ui.pdf_preview.QMessageBox.warning", lambda parent, title, text: said.append(text))
    return said


class FakePrintDialog:
    """Stands for QPrintDialog: "the person chose a printer (here: a PDF file) and pressed Print"."""

    output = None
    page_range: tuple[int, int] | None = None
    opened = 0

    def __init__(self, printer, parent=None) -> None:
        self.printer = printer

    def setWindowTitle(self, title) -> None: ...
    def setMinMax(self, low, high) -> None: ...
    def setOption(self, option, on=True) -> None: ...

    def exec(self) -> int:
        type(self).opened += 1
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(type(self).output))
        if type(self).page_range:
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(*type(self).page_range)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def printer_file(monkeypatch, tmp_path):
    FakePrintDialog.output, FakePrintDialog.page_range, FakePrintDialog.opened = tmp_path / "printed.pdf", None, 0
    monkeypatch.setattr("ui.pdf_preview.QPrintDialog", FakePrintDialog)
    monkeypatch.setattr("ui.pdf_preview.QPrinterInfo.availablePrinters", lambda: ["a printer"])
    return FakePrintDialog


# the preview


def test_preview_shows_every_page_pages_through_and_zooms(preview, qtbot):
    assert preview.page_count() == 3
    assert preview.page_label.text() == "Halaman 1 dari 3"
    assert preview.print_button.hasFocus() and preview.print_button.isDefault()
    assert "uji-f4.pdf" in preview.file_label.text()
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: preview.page_label.text() == "Halaman 2 dari 3")
    qtbot.keyClick(preview, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: preview.page_label.text() == "Halaman 3 dari 3")
    fitted = preview.zoom_factor()
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_factor() == pytest.approx(fitted * 1.25)
    assert preview.zoom_label.text() == f"{round(fitted * 125)}%"
    qtbot.keyClick(preview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_factor() == pytest.approx(fitted)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def test_a_file_that_is_not_a_pdf_says_so(tmp_path, qtbot):
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"not a pdf")
    dialog = PreviewDialog(broken, "Rusak")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.failed.isVisible() and "tidak bisa dibuka" in dialog.failed.text()
    assert not dialog.print_button.isEnabled()


# paper


def test_page_layout_keeps_f4_half_f4_and_the_roll_exact():
    mm = QPageSize.Unit.Millimeter
    f4 = page_layout_for(*PAPERS["F4"].size)
    assert f4.pageSize().id() == QPageSize.PageSizeId.Custom and f4.pageSize().name() == "F4"
    assert f4.pageSize().size(mm).toTuple() == (215, 330)
    assert f4.orientation() == QPageLayout.Orientation.Portrait
    assert f4.margins().isNull()
    half = page_layout_for(*PAPERS["HALF_F4"].size)
    assert half.pageSize().id() == QPageSize.PageSizeId.Custom and half.pageSize().size(mm).toTuple() == (215, 165)
    assert half.fullRect(QPageLayout.Unit.Millimeter).size().toTuple() == (215, 165)
    roll = page_layout_for(58 * 72 / 25.4, 123.4 * 72 / 25.4)  # a roll grows to its content
    assert roll.pageSize().id() == QPageSize.PageSizeId.Custom
    assert roll.pageSize().size(mm).toTuple() == pytest.approx((58, 123.4))
    a4 = page_layout_for(*PAPERS["A4"].size)
    assert a4.pageSize().id() == QPageSize.PageSizeId.A4
    f4_turned = page_layout_for(PAPERS["F4"].size[1], PAPERS["F4"].size[0])
    assert f4_turned.pageSize().name() == "F4" and f4_turned.orientation() == QPageLayout.Orientation.Landscape
    assert f4_turned.fullRect(QPageLayout.Unit.Millimeter).size().toTuple() == (330, 215)


# printing


def test_printing_sends_every_page_on_f4(preview, printer_file, qtbot):
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printer_file.opened == 1
    from pypdf import PdfReader

    printed = printer_file.output
    assert len(PdfReader(printed).pages) == 3
    for page in range(3):
        width, height = page_size_mm(printed, page)
        assert abs(width - 215) < 0.5 and abs(height - 330) < 0.5  # F4, not Folio (216 × 330) or Legal
    assert "3 halaman" in preview.note.text()


def test_printing_a_page_range(preview, printer_file):
    printer_file.page_range = (2, 3)
    assert preview.print_document()
    from pypdf import PdfReader

    assert len(PdfReader(printer_file.output).pages) == 2


def test_no_printer_suggests_saving_as_pdf(preview, monkeypatch, warnings):
    monkeypatch.setattr("ui.pdf_preview.QPrinterInfo.availablePrinters", lambda: [])
    assert not preview.print_document()
    assert len(warnings) == 1 and "Tidak ada printer" in warnings[0] and "Simpan sebagai PDF" in warnings[0]
    assert preview.isVisible()


def test_a_printer_that_cannot_start_is_said_and_the_preview_stays(preview, printer_file, warnings, tmp_path):
    printer_file.output = tmp_path / "no-such-folder" / "printed.pdf"  # QPainter.begin refuses
    assert not preview.print_document()
    assert len(warnings) == 1 and "tidak bisa mulai mencetak" in warnings[0]
    assert preview.isVisible() and "Belum tercetak" in preview.note.text()


def test_a_printer_failing_mid_way_is_said(preview, printer_file, warnings, monkeypatch):
    monkeypatch.setattr(QPrinter, "newPage", lambda self: False)  # out of paper after page 1
    assert not preview.print_document()
    assert len(warnings) == 1 and "gagal di tengah jalan" in warnings[0]
    assert preview.isVisible()


# saving a copy


def test_save_as_copies_the_pdf(preview, f4_pdf, tmp_path, monkeypatch):
    (tmp_path / "flashdisk").mkdir()
    monkeypatch.setattr("ui.pdf_preview.QFileDialog.getSaveFileName",
                        lambda *args: (str(tmp_path / "flashdisk" / "kas-agustus"), "PDF"))
    saved = preview.save_as()
    assert saved == tmp_path / "flashdisk" / "kas-agustus.pdf"
    assert saved.read_bytes() == f4_pdf.read_bytes()
    assert sorted(p.name for p in saved.parent.iterdir()) == ["kas-agustus.pdf"]
    assert str(saved) in preview.note.text()


def test_save_as_to_a_read_only_folder_says_so_and_writes_nothing(preview, tmp_path, monkeypatch, warnings):
    target = tmp_path / "readonly"
    target.mkdir()
    monkeypatch.setattr("ui.pdf_preview.QFileDialog.getSaveFileName",
                        lambda *args: (str(target / "salinan.pdf"), "PDF"))

    def refuse(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr("app.documents.output.os.replace", refuse)
    assert preview.save_as() is None
    assert len(warnings) == 1 and "hanya bisa dibaca" in warnings[0] and str(target) in warnings[0]
    assert list(target.iterdir()) == []  # the temporary copy is gone too
    assert preview.saved_to is None


# make_document


def fake_kind(monkeypatch, key: str, build=None, needs=frozenset({PERIOD}), papers=("A4", "F4")) -> None:
    """Register a document kind whose module is `build` (or a missing module when None)."""
    module_name = f"fake_{key}"
    monkeypatch.setitem(catalogue.KINDS, key, Kind(key, module_name, f"uji-{key}", frozenset(needs), papers))
    if build is not None:
        module = types.ModuleType(f"app.documents.{module_name}")
        module.build = build
        monkeypatch.setitem(sys.modules, module.__name__, module)


def period_request(kind: str) -> Request:
    from datetime import date

    return Request(kind, paper="F4", start=date(2026, 8, 1), end=date(2026, 8, 17))


def documents_written(book: Path) -> list[str]:
    folder = book.parent / "dokumen"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def parent(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_make_document_writes_in_the_background_and_opens_the_preview(book, parent, qtbot, monkeypatch):
    fake_kind(monkeypatch, "two_pages", lambda request, target, progress:
              write_pdf(Path(target), 2, PAPERS[request.paper].size, progress))
    run = documents_ui.make_document(parent, period_request("two_pages"))
    qtbot.waitUntil(lambda: run.done, timeout=10_000)
    assert run.outcome == "shown"
    assert documents_written(book) == ["uji-two_pages_2026-08-01_2026-08-17_f4.pdf"]
    preview = run.preview
    assert preview.isVisible() and preview.page_count() == 2
    assert preview.page_label.text() == "Halaman 1 dari 2"
    assert preview.print_button.hasFocus()
    preview.close()


def test_cancel_stops_the_run_and_leaves_no_file(book, parent, qtbot, monkeypatch):
    go_on = threading.Event()

    def slow(request, target, progress):
        step(progress, "page", 0, 3)
        go_on.wait(10)
        write_pdf(Path(target), 3, progress=progress)

    fake_kind(monkeypatch, "slow", slow)
    notes = []
    run = documents_ui.make_document(parent, period_request("slow"), quiet_note=notes.append)
    qtbot.waitUntil(lambda: run.progress.isVisible(), timeout=5_000)  # after SHOW_PROGRESS_AFTER_MS
    assert parent.isEnabled()
    qtbot.waitUntil(lambda: "Halaman 1 dari 3" in run.progress.labelText())
    run.progress.findChild(QPushButton).click()  # Batal
    assert "Membatalkan" in run.progress.labelText()
    go_on.set()
    qtbot.waitUntil(lambda: run.done, timeout=10_000)
    assert run.outcome == "cancelled" and run.preview is None
    assert notes == ["Dibatalkan. Tidak ada berkas yang ditulis."]
    assert documents_written(book) == []


def test_a_short_document_shows_no_progress_dialog(book, parent, qtbot, monkeypatch):
    fake_kind(monkeypatch, "quick", lambda request, target, progress: write_pdf(Path(target), 1))
    run = documents_ui.make_document(parent, period_request("quick"))
    qtbot.waitUntil(lambda: run.done, timeout=5_000)
    assert run.progress_shown is False
    run.preview.close()


def test_a_kind_whose_module_is_missing_is_said_clearly(book, parent, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr("ui.documents_ui.QMessageBox.warning", lambda p, title, text: said.append(text))
    fake_kind(monkeypatch, "not_yet")
    run = documents_ui.make_document(parent, period_request("not_yet"))
    qtbot.waitUntil(lambda: run.done, timeout=5_000)
    assert run.outcome == "missing"
    assert len(said) == 1 and "belum bisa dibuat" in said[0]
    assert documents_written(book) == []


def test_a_refused_request_is_said_at_once_and_nothing_runs(book, parent, monkeypatch):
    from datetime import date

    said = []
    monkeypatch.setattr("ui.documents_ui.QMessageBox.warning", lambda p, title, text: said.append(text))
    fake_kind(monkeypatch, "refused", lambda *args: pytest.fail("must not run"))
    run = documents_ui.make_document(parent, Request("refused", start=date(2026, 8, 10), end=date(2026, 8, 1)))
    assert run is None
    assert said == ["Tanggal awal sesudah tanggal akhir."]


def test_print_receipt_uses_the_paper_from_settings(book, parent, monkeypatch):
    asked = []
    monkeypatch.setattr(documents_ui, "make_document", lambda p, request: asked.append(request))
    documents_ui.print_receipt(parent, "KW/2026/000001")
    settings.record({"receipt_paper": "ROLL_58"})
    documents_ui.print_receipt(parent, "KW/2026/000002")
    settings.record({"receipt_paper": "LETTER"})  # not a receipt paper: back to the default
    documents_ui.print_receipt(parent, "KW/2026/000003")
    assert [(r.kind, r.number, r.paper) for r in asked] == [
        ("receipt", "KW/2026/000001", "HALF_F4"), ("receipt", "KW/2026/000002", "ROLL_58"),
        ("receipt", "KW/2026/000003", "HALF_F4")]


def test_receipt_opens_in_the_preview_on_half_f4(book, parent, qtbot, monkeypatch):
    def receipt(request, target, progress):
        write_pdf(Path(target), 1, PAPERS[request.paper].size)

    monkeypatch.setitem(catalogue.KINDS, "receipt", Kind("receipt", "fake_receipt", "kuitansi",
                                                          frozenset({RECEIPT}), ("HALF_F4", "A4", "ROLL_58")))
    module = types.ModuleType("app.documents.fake_receipt")
    module.build = receipt
    monkeypatch.setitem(sys.modules, module.__name__, module)
    run = documents_ui.print_receipt(parent, "KW/2026/000009")
    qtbot.waitUntil(lambda: run.done, timeout=5_000)
    assert run.path.name == "kuitansi_KW-2026-000009_halff4.pdf"
    assert page_size_mm(run.path) == (215.0, 165.0)
    assert run.preview.windowTitle().startswith("Kuitansi KW/2026/000009")
    assert run.preview.print_button.hasFocus()
    run.preview.close()
