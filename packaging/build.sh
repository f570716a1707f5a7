#!/usr/bin/env bash
# Build the one-folder bundle dist/lumbung/ (PyInstaller, packaging/lumbung.spec); with --deb also
# the Debian package dist/lumbung_VERSION_ARCH.deb (packaging/build_deb.sh).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

ensure_qt_packages
LUMBUNG_EXTRAS="test,build" ensure_venv

cd "$LUMBUNG_ROOT"
rm -rf dist/lumbung
say "building the bundle in dist/lumbung (a few minutes)"
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/lumbung.spec
dist/lumbung/lumbung --version
if [ "${1:-}" = "--deb" ]; then
  bash packaging/build_deb.sh
fi
