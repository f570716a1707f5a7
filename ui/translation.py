"""Switching the interface language live: Indonesian is the source, English a catalogue.

Installing or removing the translator makes Qt send QEvent.LanguageChange to every widget;
widgets answer it with their retranslate() (see ui.retranslating).

Qt's own texts (the right-click menu of a text field, Ya/Tidak of a question, the file and
folder dialogs) are English in Qt, which ships no Indonesian: resources/translations/
qtbase_id.ts words those Lumbung shows, and it is installed while the language is Indonesian.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app import resource_path

CATALOGUES = {"id": "qtbase_id", "en": "lumbung_en"}

_translator: QTranslator | None = None  # kept referenced: Qt does not own it
_language = "id"


def current() -> str:
    return _language


def apply(language: str) -> None:
    """Install the catalogue for `language`: Lumbung's own English, or Qt's texts in Indonesian."""
    global _translator, _language
    if language not in CATALOGUES:
        raise FileNotFoundError(resource_path("translations", f"lumbung_{language}.qm"))
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
    translator = QTranslator()
    if not translator.load(CATALOGUES[language], str(resource_path("translations"))):
        raise FileNotFoundError(resource_path("translations", f"{CATALOGUES[language]}.qm"))
    QCoreApplication.installTranslator(translator)
    _translator, _language = translator, language
