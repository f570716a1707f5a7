"""One cold start for tests/benchmark.py: `python tests/bench_start.py BOOK SETTINGS_DIR`.

Starts as `lumbung` does (QApplication, names, language) with throwaway QSettings, opens the
book through ui.main.open_and_show, processes events until the window is exposed, and prints
the moments (time.perf_counter, the system's monotonic clock, which the parent shares) when
the window was exposed and when Beranda showed its cash figure.
"""

import time

T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

app = QApplication(sys.argv[:1])
app.setOrganizationName("Lumbung")
app.setApplicationName("Lumbung")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])

from ui import translation  # noqa: E402
from ui.main import open_and_show  # noqa: E402
from ui.preferences import Preferences  # noqa: E402

translation.apply(Preferences().language)
window = open_and_show(sys.argv[1])
deadline = T0 + 30


def wait_until(condition) -> float:
    while not condition():
        if time.perf_counter() > deadline:
            sys.exit("the main window was never ready")
        app.processEvents()
    return time.perf_counter()


exposed = wait_until(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
# Beranda reads its figures off the GUI thread, after the window is up.
cash = window.findChild(QLabel, "home_cash")
figures = wait_until(lambda: cash is None or cash.text() != "")
print(f"{exposed:.6f} {figures:.6f}")
