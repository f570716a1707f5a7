"""Per-computer preferences (language, window geometry) in QSettings.

Business settings live in the book (app.settings); these belong to the desk, not the group.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("id", "en")


class Preferences:
    def __init__(self) -> None:
        self._settings = QSettings()

    @property
    def language(self) -> str:
        value = self._settings.value("language", "id")
        return value if value in LANGUAGES else "id"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._settings.setValue("language", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)
