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


# Whole rupiah as people write it: 1.250.000 or 1250000, optionally with ",00" or ",-"; or in
# words of thousands and millions: "300rb", "300 ribu", "1,5 juta", "1,5jt".
_NUMBER = re.compile(r"^(?P<whole>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?P<fraction>[0-9]+)|,-)?$", re.ASCII)
_MULTIPLIERS = {"rb": 1_000, "ribu": 1_000, "k": 1_000, "jt": 1_000_000, "juta": 1_000_000,
                "miliar": 1_000_000_000, "milyar": 1_000_000_000}
_WORDS = re.compile(r"^(?P<number>.*?)(?P<word>rb|ribu|k|jt|juta|miliar|milyar)$", re.ASCII)
_DOTS_NOT_THOUSANDS = re.compile(r"^[0-9.]*\.[0-9.]*$", re.ASCII)


def read_rupiah(text: str) -> tuple[int | None, str | None]:
    """The whole rupiah in `text`, or None and why not: 'amount.unreadable' (not an amount),
    'amount.ambiguous' ("1.5", "20.00", "20,000": a dot or comma that is not clearly thousands
    or decimals), 'amount.not_whole' ("1,5", "20.000,50": less than a rupiah)."""
    cleaned = re.sub(r"\s", "", text).lower()
    sign = -1 if re.match(r"^(?:-rp|rp\.?-|-)", cleaned) else 1  # -Rp5.000, Rp-5.000, -5.000
    cleaned = re.sub(r"^-?(?:rp\.?)?-?", "", cleaned)
    multiplier = 1
    words = _WORDS.match(cleaned)
    if words and words["number"]:
        multiplier, cleaned = _MULTIPLIERS[words["word"]], words["number"]
    if not cleaned:
        return None, "amount.unreadable"
    match = _NUMBER.match(cleaned)
    if match is None:
        if _DOTS_NOT_THOUSANDS.match(cleaned) and cleaned.strip("."):
            return None, "amount.ambiguous"  # 1.5, 20.00, 1.2500: a decimal point or a slip?
        return None, "amount.unreadable"
    fraction = match["fraction"] or ""
    if multiplier == 1 and len(fraction) == 3 and "." not in match["whole"]:
        return None, "amount.ambiguous"  # 20,000: twenty thousand the English way, or twenty?
    whole = int(match["whole"].replace(".", ""))
    numerator = (whole * 10 ** len(fraction) + int(fraction or "0")) * multiplier
    value, rest = divmod(numerator, 10 ** len(fraction))
    if rest:
        return None, "amount.not_whole"
    return sign * value, None


def parse_rupiah(text: str) -> int | None:
    """'Rp1.250.000', '1.250.000,-', '1250000', '300rb' or '1,5 juta' -> whole rupiah; None when
    it is not whole rupiah or not clear (read_rupiah says why)."""
    return read_rupiah(text)[0]


def short_date(value: date | None) -> str:
    """Tables: dd/MM/yyyy."""
    return value.strftime("%d/%m/%Y") if value else ""


def long_date(value: date, language: str = "id") -> str:
    """'Senin, 17 Agustus 2026' (or 'Monday, 17 August 2026')."""
    return format_date(value, "EEEE, d MMMM y", locale=LOCALES.get(language, "id_ID"))


def place_date(place: str, value: date, language: str = "id") -> str:
    """Receipts and signature blocks: 'Amuntai, 17 Agustus 2026'."""
    return f"{place}, {format_date(value, 'd MMMM y', locale=LOCALES.get(language, 'id_ID'))}"
