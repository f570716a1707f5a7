"""`lumbung --selftest DIR`: the installed program proves itself where no one watches (CI, after
installing the .deb): a new book in DIR, its main window shown, a member, a Setoran posted, its
kuitansi written as a PDF and read back by Qt's own PDF module. Each step is a line on stdout;
exit 0 when all were done, 1 at the first that failed (with its reason)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontInfo
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from app import clock, collection, members
from app.db import close_book
from app.documents.receipt import write_receipt

SETORAN_RP = 75_000
SHOWN_WITHIN_S = 30


def run(folder: Path, open_window) -> int:
    """`open_window(path, create=True)` opens a book and shows its window (ui.main.open_and_show)."""
    folder = folder.expanduser().resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        window = open_window(folder / "buku-uji.sqlite", create=True)
        _wait_until_shown(window)
        print(f"buku dibuka: {window.book.path} (huruf layar: {QFontInfo(window.font()).family()})")
        today = clock.today()
        member = members.add_member(members.MemberInput(name="Siti Aminah", joined_on=today))
        paid = collection.take_payment(member.id, today, SETORAN_RP, to_sukarela=True)
        print(f"setoran {SETORAN_RP} dari {member.name}: kuitansi {paid.receipt_number}")
        pdf = write_receipt(paid.receipt_number, folder / "kuitansi.pdf")
        pages = _pdf_pages(pdf)
        print(f"kuitansi ditulis: {pdf} ({pages} halaman, dibaca oleh QtPdf)")
        window.hide()  # not close(): no backup question to answer here
        return 0
    except Exception as error:  # the reason in one line, for the log of whoever ran it
        print(f"uji gagal: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        close_book()


def _wait_until_shown(window) -> None:
    deadline = time.monotonic() + SHOWN_WITHIN_S
    while not (window.windowHandle() is not None and window.windowHandle().isExposed()):
        if time.monotonic() > deadline:
            raise TimeoutError("jendela utama tidak tampil")
        QApplication.processEvents()


def _pdf_pages(path: Path) -> int:
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise ValueError(f"QtPdf tidak bisa membaca {path}")
    if document.render(0, QSize(200, 280)).isNull():
        raise ValueError(f"QtPdf tidak bisa menggambar {path}")
    return document.pageCount()
