"""The documents' own labels in Indonesian and English. app/ knows no Qt, so each document
module keeps its labels beside its drawing code, as pairs (Indonesian, English)."""

from __future__ import annotations

LANGUAGES = ("id", "en")


class Blank(dict):
    """Parameters for str.format_map: one a message names but was not given reads "?"."""

    def __missing__(self, key: str) -> str:
        return "?"


class Words:
    def __init__(self, pairs: dict[str, tuple[str, str]]) -> None:
        self._pairs = pairs

    def __call__(self, key: str, lang: str) -> str:
        indonesian, english = self._pairs[key]
        return english if lang == "en" else indonesian

    def keys(self):
        return self._pairs.keys()

    def filled(self, key: str, lang: str, params: dict) -> str:
        """The text with its {parameters} put in ("?" for one not given)."""
        return self(key, lang).format_map(Blank(params))
