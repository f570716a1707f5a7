"""Free text as the book keeps it: one cleaning and one length limit for every field.

Every service passes what a person typed through `clean_text`, so a name cannot hold what would
crash a PDF or a backup (a lone surrogate, a NUL byte), what would make it look like another
name (right-to-left overrides, zero-width characters), or more than its documents can print
(a 100 000-letter description made a month's Buku Kas Umum impossible to draw). The screens
take their maxLength from the same constants.
"""

from __future__ import annotations

import unicodedata

from app.errors import Issue, Rejected

# Characters per field. A document wraps every one of them (tests/test_long_texts.py prints
# them all at these lengths), so raise one only with that test.
UNIT = 20  # "lembar", "kg": an inventory item's unit
MEASURE = 30  # a business's unit of measure ("ekor", "bungkus isi 10")
PLACE = 60  # a desa, kecamatan, birth place; an officer's name in Pengaturan
SHORT_NAME = 60  # a business, a loan product, an SHU part
ITEM_NAME = 80  # an account, a product in the catalogue, a sales point
NAME = 100  # a member, an inventory item, the group, a PAUD
FUNDER_NAME = 120  # a funder (a bank's or a ministry's full name)
AGREEMENT = 100  # an agreement's number
ADDRESS = 200  # the group's address (a member's street is a NAME: it fits her row in the register)
TEXT = 200  # a description, a reason, a note, a party's name, a memo
LIST = 300  # the group's partners, in one line
PARAGRAPHS = 2000  # the group's own words under a note to the statements
# A journal entry's description: a typed one (TEXT) or one a service composes of names and a
# reason ("Stok opname <business> – <product>: <reason>"), which stays well below this.
ENTRY_DESCRIPTION = 600

_LINE_BREAKS = "\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_INVISIBLE = ("Cc", "Cf")  # controls; zero-width characters, bidi overrides and embeddings


def clean_text(value, field: str, limit: int, issues: list[Issue], required: bool = False,
               paragraphs: bool = False) -> str:
    """`value` as the book keeps it (`tidy`), with an Issue added to `issues` if it may not be kept
    (`text_issues`); nothing is raised."""
    text = tidy(value, paragraphs)
    found = text_issues(field, text, limit, required)
    issues += found
    return "" if found else text


def tidy(value, paragraphs: bool = False) -> str:
    """NFC; whitespace runs collapsed to one space (with `paragraphs`: lines kept, each collapsed);
    controls and invisible format characters (zero-width, bidi overrides) dropped, so they can
    neither hide a name nor make one display as another. NUL and lone surrogates are kept for
    `text_issues` to refuse; None is ""; anything not a str is returned as it is, for the same."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    if _refused(value) is None:
        value = unicodedata.normalize("NFC", value)
    if not paragraphs:
        return _one_line(value)
    lines = [_one_line(line) for line in value.replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


def text_issues(field: str, text, limit: int, required: bool = False) -> list[Issue]:
    """What is wrong with a tidied text: not text, a NUL or a lone surrogate (which would crash
    a PDF, a backup or SQLite's C side), missing, or longer than `limit` characters."""
    if not isinstance(text, str):
        return [Issue(field, "text.not_text")]
    bad = _refused(text)
    if bad is not None:
        return [Issue(field, "text.bad_character", {"code": f"U+{ord(bad):04X}"})]
    if required and not text:
        return [Issue(field, "required")]
    if len(text) > limit:
        return [Issue(field, "text.too_long", {"limit": limit})]
    return []


def checked(value, field: str, limit: int, required: bool = False, paragraphs: bool = False) -> str:
    """clean_text for a service that checks one text alone: the cleaned text, or Rejected."""
    issues: list[Issue] = []
    text = clean_text(value, field, limit, issues, required, paragraphs)
    if issues:
        raise Rejected(issues)
    return text


def _refused(text: str) -> str | None:
    return next((c for c in text if c == "\x00" or "\ud800" <= c <= "\udfff"), None)


def _one_line(text: str) -> str:
    kept = "".join(" " if c in _LINE_BREAKS else c for c in text
                   if c in _LINE_BREAKS or c == "\x00" or unicodedata.category(c) not in _INVISIBLE)
    return " ".join(kept.split())
