"""Lumbung's bookkeeping core: domain rules, persistence and documents. Imports no Qt."""

from pathlib import Path
import sys

__version__ = "0.1.0"


def resource_path(*parts: str) -> Path:
    """A file under resources/, in a checkout or in a frozen (PyInstaller) build."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)
