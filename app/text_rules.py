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
ADDRESS = 200  # a street, the group's address
TEXT = 200  # a description, a reason, a note, a party's name, a memo
LIST = 300  # the group's partners, in one line
PARAGRAPHS = 2000  # the group's own words under a note to the statements
# A journal entry's description: a typed one (TEXT) or one a service composes of names and a
# reason ("Stok opname <business> – <product>: <reason>"), which stays well below this.
ENTRY_DESCRIPTION = 600

_REFUSED = {"\x00"}  # a NUL ends the text for C code (SQLite's C API, reportlab's fonts)
_LINE_BREAKS = "\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def clean_text(value, field: str, limit: int, issues: list[Issue], required: bool = False,
               paragraphs: bool = False) -> str:
    """`value` as the book keeps it, or "" with an Issue added to `issues` (nothing else is raised).

    NFC; whitespace runs collapsed to one space (with `paragraphs`: lines kept, each collapsed);
    control and invisible format characters (zero-width, bidi overrides and embeddings) dropped,
    so they can neither hide a name nor make one display as another; NUL and lone surrogates
    refused ("text.bad_character"); "required" when nothing visible is left; "text.too_long"
    above `limit` characters, counted after cleaning."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        issues.append(Issue(field, "text.not_text"))
        return ""
    bad = next((c for c in value if c in _REFUSED or 0xD800 <= ord(c) <= 0xDFFF), None)
    if bad is not None:
        issues.append(Issue(field, "text.bad_character", {"code": f"U+{ord(bad):04X}"}))
        return ""
    text = unicodedata.normalize("NFC", value)
    if paragraphs:
        lines = (_one_line(line) for line in text.replace("\r\n", "\n").split("\n"))
        text = "\n".join(lines).strip("\n")
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
    else:
        text = _one_line(text)
    if required and not text:
        issues.append(Issue(field, "required"))
    elif len(text) > limit:
        issues.append(Issue(field, "text.too_long", {"limit": limit}))
    return text


def _one_line(text: str) -> str:
    kept = "".join(" " if c in _LINE_BREAKS else c for c in text
                   if c in _LINE_BREAKS or unicodedata.category(c) not in ("Cc", "Cf"))
    return " ".join(kept.split())


def checked(value, field: str, limit: int, required: bool = False, paragraphs: bool = False) -> str:
    """clean_text for a service that checks one text alone: the cleaned text, or Rejected."""
    issues: list[Issue] = []
    text = clean_text(value, field, limit, issues, required, paragraphs)
    if issues:
        raise Rejected(issues)
    return text
