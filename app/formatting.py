"""Rupiah and dates as DOMAIN.md writes them.

CLDR gives IDR two decimals, so Babel's default prints ",00": the pattern is set here.
Money is always written the Indonesian way (Rp1.250.000), also in the English interface,
because the group's paper books and receipts are Indonesian.
"""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date
from babel.numbers import format_currency

RUPIAH_PATTERN = "¤#,##0;-¤#,##0"
LOCALES = {"id": "id_ID", "en": "en_GB"}


def rupiah(amount_rp: int, parentheses: bool = False) -> str:
    """1250000 -> 'Rp1.250.000'; negative '-Rp1.250.000' or, in reports, '(Rp1.250.000)'."""
    if type(amount_rp) is not int:
        raise TypeError(f"money must be whole rupiah (int), not {type(amount_rp).__name__}")
    text = format_currency(abs(amount_rp), "IDR", format=RUPIAH_PATTERN, locale="id_ID", currency_digits=False)
    if amount_rp < 0:
        return f"({text})" if parentheses else f"-{text}"
    return text


def thousands(amount_rp: int) -> str:
    """1250000 -> '1.250.000' (for columns whose header already says Rp)."""
    return rupiah(amount_rp).replace("Rp", "")


# Whole rupiah as people write it: 1.250.000 or 1250000, optionally with ",00" or ",-".
_MONEY_TEXT = re.compile(r"^-?(?:[0-9]{1,3}(?:\.[0-9]{3})*|[0-9]+)(?:,0+|,-)?$")


def parse_rupiah(text: str) -> int | None:
    """'Rp1.250.000', '1.250.000,-' or '1250000' -> 1250000; None when it is not whole rupiah."""
    cleaned = re.sub(r"(?i)rp|\s", "", text)
    if not _MONEY_TEXT.match(cleaned):
        return None
    return int(cleaned.split(",")[0].replace(".", ""))


def short_date(value: date | None) -> str:
    """Tables: dd/MM/yyyy."""
    return value.strftime("%d/%m/%Y") if value else ""


def long_date(value: date, language: str = "id") -> str:
    """'Senin, 17 Agustus 2026' (or 'Monday, 17 August 2026')."""
    return format_date(value, "EEEE, d MMMM y", locale=LOCALES.get(language, "id_ID"))


def place_date(place: str, value: date, language: str = "id") -> str:
    """Receipts and signature blocks: 'Amuntai, 17 Agustus 2026'."""
    return f"{place}, {format_date(value, 'd MMMM y', locale=LOCALES.get(language, 'id_ID'))}"
