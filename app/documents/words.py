"""The documents' own labels in Indonesian and English. app/ knows no Qt, so each document
module keeps its labels beside its drawing code, as pairs (Indonesian, English)."""

from __future__ import annotations

LANGUAGES = ("id", "en")


class Words:
    def __init__(self, pairs: dict[str, tuple[str, str]]) -> None:
        self._pairs = pairs

    def __call__(self, key: str, lang: str) -> str:
        indonesian, english = self._pairs[key]
        return english if lang == "en" else indonesian

    def keys(self):
        return self._pairs.keys()
