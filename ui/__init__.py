"""Lumbung's Qt desktop: windows, dialogs and table models over the services in app/."""

import ctypes
import sys

import PySide6


def _keep_none_alive() -> None:
    """Work around PySide6 6.12.0 on Python 3.11.

    That release drops one reference to None on every Qt call that returns nothing (harmless
    from Python 3.12, where None is immortal). On 3.11 None's count reaches zero after a few
    thousand calls and Python aborts ("deallocating None"). Giving None a huge count makes it
    as good as immortal. The real fix is a PySide6 other than 6.12.0 (6.11 is not affected).
    """
    if sys.version_info < (3, 12) and PySide6.__version_info__[:3] == (6, 12, 0):
        refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt opens every PyObject
        refcount.value += 1 << 40


_keep_none_alive()
