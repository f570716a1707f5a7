"""Starting Lumbung: `lumbung [--db PATH] [--demo]`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import members
from app.db import book_location, default_book_path, demo_book_path, open_book
from app.errors import BookError, Rejected
from ui import startup, translation
from ui.garbage import GarbageCollector
from ui.main_window import MainWindow
from ui.messages import book_error_text, start_error_text
from ui.preferences import Preferences

EXIT_BOOK_ERROR = 2
MIN_POINT_SIZE = 10


def _arguments(argv: list[str]) -> argparse.Namespace:
    translate = QCoreApplication.translate
    parser = argparse.ArgumentParser(prog="lumbung", description=translate("main", "Pembukuan kelompok UP2K-PKK."))
    parser.add_argument("--db", metavar="PATH", type=book_location, help=translate("main", "buka buku (berkas data) lain"))
    parser.add_argument(
        "--demo", action="store_true",
        help=translate("main", "buka buku contoh; bila masih kosong, isi dengan desa contoh"),
    )
    parser.add_argument("--new", action="store_true", help=translate("main", "buat buku baru bila berkas --db belum ada"))
    return parser.parse_args(argv)


def _legible_font() -> None:
    """At least 10 pt: the secretary may be older, and the screen an old 1366×768 laptop's."""
    font = QApplication.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        QApplication.setFont(font)


def open_and_show(path: str | Path, create: bool = False) -> MainWindow:
    """Open the book at `path` (making it if `create` and no file is there) and show its main
    window (a QApplication must exist)."""
    book = open_book(path, create=create)
    _legible_font()
    window = MainWindow(book)
    window.show()
    window.require_sign_in()  # a book with sign-in on asks who is working before anything shows
    window.check_book_in_background()
    return window


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if argv[1:2] in (["backup"], ["restore"], ["verify"], ["rekap"]):  # the command line: no window, no QApplication
        from app import cli

        return cli.main(argv[1:])
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv)
        argv = app.arguments()  # without the options Qt took for itself
    app.setOrganizationName("Lumbung")
    app.setApplicationName("Lumbung")
    GarbageCollector(app)
    translation.apply(Preferences().language)
    args = _arguments(argv[1:])
    path = args.db or (demo_book_path() if args.demo else default_book_path())
    try:  # the usual book is made at the first start; one named by --db only with --new
        window = open_and_show(path, create=args.new or args.db is None)
    except Exception as error:  # every start-up failure is said in words, never a traceback
        if isinstance(error, BookError) and error.code != "disk_full":  # restore it, or choose another
            print(book_error_text(error), file=sys.stderr)
            window = startup.recover(path, error, open_and_show)
            if window is None:
                return EXIT_BOOK_ERROR
        else:  # a full disk or a failing one: nothing to choose here, only to be told
            if not isinstance(error, (BookError, Rejected, OSError)):
                logging.getLogger(__name__).error("opening %s failed", path, exc_info=error)
            text = start_error_text(error, path)
            print(text, file=sys.stderr)
            QMessageBox.critical(None, QCoreApplication.translate("main", "Lumbung tidak bisa membuka buku"), text)
            return EXIT_BOOK_ERROR
    if args.demo and members.count_members(active_only=False) == 0:
        window.fill_demo()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
