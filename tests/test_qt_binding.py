"""PySide6 6.12.0 on Python 3.11 loses a reference to None on every call of a void Qt method
(setText, setEnabled ...) until the interpreter aborts. pyproject.toml keeps such a release
out; this test fails if one comes back."""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_none_alive():
    QApplication.instance() or QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 100  # the bug loses exactly 2000
