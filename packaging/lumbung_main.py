"""The bundle's entry point (PyInstaller runs a script, not the `lumbung` console script)."""

import sys

from ui.main import main

sys.exit(main())
