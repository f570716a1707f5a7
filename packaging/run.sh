#!/usr/bin/env bash
# Set up (first time only) and start Lumbung. Arguments go to the app, e.g. --demo, --db FILE.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

ensure_qt_packages
ensure_venv

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
  # A machine without a screen (a server, a container): show the window on a virtual screen
  # so that the app still starts; stop it with Ctrl+C.
  say "no screen found (DISPLAY is empty): starting on a virtual screen (xvfb-run)"
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$VENV/bin/lumbung" "$@"
fi
exec "$VENV/bin/lumbung" "$@"
