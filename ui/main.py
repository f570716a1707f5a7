"""Starting Lumbung: `lumbung [--db PATH] [--demo]`, `lumbung --version`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from app import members, resource_path
from app.db import book_location, default_book_path, demo_book_path, open_book
from app.errors import BookError, Rejected
from ui import startup, translation
from ui.about import app_icon, version_text
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
    parser.add_argument("--version", action="store_true", help=translate("main", "tampilkan versi lalu keluar"))
    # For CI and the benchmark, not for her: prove the installed program works (ui.selftest);
    # stop as soon as the main window is shown (cold start).
    parser.add_argument("--selftest", metavar="DIR", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


GENERIC_FAMILIES = {"Sans Serif", "Serif", "Monospace"}  # what Qt lists when the system has no font


def _fonts_at_hand() -> None:
    """A system with no fonts at all (a bare install running the bundle): the window is drawn in
    the DejaVu Sans that every PDF embeds, instead of in no letters at all."""
    if set(QFontDatabase.families()) <= GENERIC_FAMILIES:
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        QApplication.setFont(QFont("DejaVu Sans"))


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
    if argv[1:2] in (["backup"], ["restore"], ["verify"], ["rekap"], ["move-book"]):  # the command line: no window, no QApplication
        from app import cli

        return cli.main(argv[1:])
    if "--version" in argv[1:]:  # the bundle's version check: no window, no QApplication
        print(version_text())
        return 0
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv)
        argv = app.arguments()  # without the options Qt took for itself
    app.setOrganizationName("Lumbung")
    app.setApplicationName("Lumbung")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("lumbung")  # Wayland matches the window to lumbung.desktop (its icon) by this
    _fonts_at_hand()
    GarbageCollector(app)
    translation.apply(Preferences().language)
    args = _arguments(argv[1:])
    if args.selftest is not None:
        from ui import selftest

        return selftest.run(args.selftest, open_and_show)
    path = args.db or (demo_book_path() if args.demo else default_book_path())
    try:  # a new machine is asked how to begin; a book named by --db is made only with --new
        if args.db is None and not args.demo and not path.exists():
            window = startup.first_start(path, open_and_show)
            if window is None:
                return 0
        else:
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
    if args.quit_after_show:
        return _when_shown(window)
    return app.exec()


def _when_shown(window: MainWindow) -> int:
    """0 as soon as the main window is on the screen (the benchmark's cold start)."""
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
