"""packaging/windows/lumbung.nsi compiles (makensis, from Debian's nsis) against a stand-in bundle:
the Windows installer itself can only be built and run on Windows (README, Installing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (apt-get install nsis)")
def test_the_installer_script_compiles(tmp_path):
    bundle = tmp_path / "lumbung"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "lumbung.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "resources" / "stand-in.txt").write_text("x")
    done = subprocess.run(["makensis", "-V2", "-DVERSION=0.1.0", f"-DBUNDLE={bundle}", f"-DOUTDIR={tmp_path}",
                           "lumbung.nsi"], cwd=ROOT / "packaging" / "windows", capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    setup = tmp_path / "lumbung-0.1.0-setup.exe"
    assert setup.read_bytes()[:2] == b"MZ" and setup.stat().st_size > 50_000
