"""The bundle's size and cold start beside the source checkout's (issue 17). Run from the
repository root after `bash packaging/build.sh --deb`:

    .venv/bin/python tests/bench_bundle.py [--runs 7]

Prints the bundle's size, the .deb's size and its contents unpacked (target: under 250 MB), and
the cold start of each (launch to the main window shown on the demo book, offscreen, with
`--demo --quit-after-show`), taking turns, with the median and the bundle/checkout ratio
(target: within 1.2). Both run with a throwaway HOME whose demo book the first run fills.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "lumbung"


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def deb_figures() -> str:
    debs = sorted((ROOT / "dist").glob("lumbung_*.deb"))
    if not debs:
        return "no .deb in dist/ (bash packaging/build.sh --deb)"
    size = subprocess.run(["dpkg-deb", "--field", str(debs[-1]), "Installed-Size"], capture_output=True,
                          text=True, check=True).stdout
    return f"{debs[-1].name}: {debs[-1].stat().st_size / 2**20:.1f} MB, {int(size) / 1024:.1f} MB unpacked"


def cold_start(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([*command, "--demo", "--quit-after-show"], env=env, cwd=env["HOME"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not (BUNDLE / "lumbung").exists():
        sys.exit("no bundle in dist/lumbung: bash packaging/build.sh first")
    print(f"bundle dist/lumbung: {folder_mb(BUNDLE):.1f} MB")
    print(deb_figures())
    commands = {"bundle": [str(BUNDLE / "lumbung")], "checkout": [sys.executable, "-m", "ui.main"]}
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        envs = {"bundle": env, "checkout": {**env, "PYTHONPATH": str(ROOT)}}  # the checkout's own app/ and ui/
        cold_start(commands["checkout"], envs["checkout"])  # fills the demo book; both then start on it
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(cold_start(command, envs[name]))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"cold start, {name}: median {medians[name]:.2f} s (min {min(values):.2f}, max {max(values):.2f},"
              f" {len(values)} runs)")
    print(f"bundle / checkout: {medians['bundle'] / medians['checkout']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
