"""`python -m ui.main` starts the program (ui/main.py runs main() when run as a module)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_python_m_ui_main_runs_main():
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "ui.main", "--help"], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0 and "--demo" in done.stdout, done.stderr
