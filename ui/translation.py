"""Switching the interface language live: Indonesian is the source, English a catalogue.

Installing or removing the translator makes Qt send QEvent.LanguageChange to every widget;
widgets answer it with their retranslate() (see ui.retranslating).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app import resource_path

_translator: QTranslator | None = None  # kept referenced: Qt does not own it
_language = "id"


def current() -> str:
    return _language


def apply(language: str) -> None:
    """Install the catalogue for `language` ("id" needs none: it is the source language)."""
    global _translator, _language
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
    _language = "id"
    if language == "id":
        return
    translator = QTranslator()
    if not translator.load(f"lumbung_{language}", str(resource_path("translations"))):
        raise FileNotFoundError(resource_path("translations", f"lumbung_{language}.qm"))
    QCoreApplication.installTranslator(translator)
    _translator, _language = translator, language
