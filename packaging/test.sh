#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite, offscreen. Arguments go to pytest.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

ensure_debian_packages "${QT_LIBS_OFFSCREEN[@]}"
ensure_venv test

cd "$LUMBUNG_ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
