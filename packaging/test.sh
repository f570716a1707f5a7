#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite, offscreen. Arguments go to pytest.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

ensure_qt_packages
ensure_postgres_packages
ensure_venv

cd "$LUMBUNG_ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
