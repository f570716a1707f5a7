"""Amounts in Indonesian words (terbilang) for receipts, as DOMAIN.md "Formatting" writes them.

    terbilang(101_000)   -> "seratus satu ribu"
    terbilang(1_001_000) -> "satu juta seribu"
    rupiah_words(1_100)  -> "Seribu seratus rupiah"

"se-" stands for one hundred and one thousand in every position (seratus, seribu; a group of
thousands that is exactly one is "seribu", while "satu juta", "satu miliar", "satu triliun"
keep "satu"). Miliar, never milyar. Written here rather than taken from num2words, whose
Indonesian output has known errors.
"""

from __future__ import annotations

MAX = 999_999_999_999_999  # 999 triliun and the rest

_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas")
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))


def _below_thousand(n: int) -> list[str]:
    """1..999 as words (never "nol")."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_UNITS[hundreds], "ratus"]
    if rest >= 20:
        tens, unit = divmod(rest, 10)
        words += [_UNITS[tens], "puluh"]
        if unit:
            words.append(_UNITS[unit])
    elif rest >= 12:
        words += [_UNITS[rest - 10], "belas"]
    elif rest:
        words.append(_UNITS[rest])
    return words


def terbilang(amount: int) -> str:
    """`amount` (0 to 999.999.999.999.999) in Indonesian words, lower case."""
    if type(amount) is not int:
        raise ValueError(f"terbilang takes whole rupiah (int), not {type(amount).__name__}")
    if not 0 <= amount <= MAX:
        raise ValueError(f"terbilang takes 0 to {MAX}, not {amount}")
    if amount == 0:
        return "nol"
    words: list[str] = []
    rest = amount
    for size, name in _SCALES:
        count, rest = divmod(rest, size)
        if count:
            words += [*_below_thousand(count), name]
    thousands, rest = divmod(rest, 1000)
    if thousands == 1:
        words.append("seribu")
    elif thousands:
        words += [*_below_thousand(thousands), "ribu"]
    if rest:
        words += _below_thousand(rest)
    return " ".join(words)


def rupiah_words(amount: int) -> str:
    """The receipt's "Uang sejumlah": 'Seratus satu ribu rupiah'."""
    words = f"{terbilang(amount)} rupiah"
    return words[0].upper() + words[1:]
