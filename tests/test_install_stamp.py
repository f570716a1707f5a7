"""packaging/bootstrap.sh installs into .venv only what is missing: run.sh and test.sh (extras
"test") install nothing again after each other or after build.sh ("test,build"); a changed
pyproject.toml installs again. Run on a copy whose .venv/bin/python only notes its calls."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_each_extra_is_installed_once(tmp_path):
    (tmp_path / "packaging").mkdir()
    shutil.copy(ROOT / "packaging" / "bootstrap.sh", tmp_path / "packaging")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(f'#!/bin/sh\necho "$@" >> {tmp_path}/calls\n')
    python.chmod(0o755)

    def ensure(extras: str) -> list[str]:
        subprocess.run(["bash", "-c", "source packaging/bootstrap.sh; ensure_venv"], cwd=tmp_path, check=True,
                       env={"PATH": "/usr/bin:/bin", "LUMBUNG_EXTRAS": extras}, capture_output=True)
        calls = (tmp_path / "calls").read_text().splitlines() if (tmp_path / "calls").exists() else []
        (tmp_path / "calls").unlink(missing_ok=True)
        return [call.split()[-1].removeprefix(str(tmp_path)) for call in calls if " -e " in call]

    assert ensure("") == ["[test]"]  # test.sh, the first time
    assert ensure("") == []  # run.sh after it
    assert ensure("test,build") == ["[build,test]"]  # build.sh
    assert ensure("") == [] and ensure("test") == []  # test.sh and run.sh after build.sh
    with open(tmp_path / "pyproject.toml", "a") as fh:
        fh.write("# changed\n")
    assert ensure("") == ["[test]"]
