"""`lumbung --selftest DIR` from the checkout (the bundle's is in test_bundle.py): a new book, a
Setoran and its kuitansi, on a machine with no fonts of its own (the window then uses the DejaVu
Sans Lumbung carries) and with a folder name of spaces and non-ASCII letters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def test_selftest_on_a_machine_without_fonts(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(NO_FONTS.format(cache=tmp_path / "cache"))
    folder = tmp_path / "Buku Bu Siti – ñ"
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "ui.main", "--selftest", str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(huruf layar: DejaVu Sans)" in done.stdout
    assert (folder / "kuitansi.pdf").read_bytes()[:5] == b"%PDF-" and (folder / "buku-uji.sqlite").exists()
