"""Terbilang against rules of our own: hand-checked words, an inverse written separately (words
back to a number) that every amount must survive, and DOMAIN.md's rules checked on the text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.terbilang import MAX, rupiah_words, terbilang

CHECKED = {
    0: "nol",
    1: "satu",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    19: "sembilan belas",
    20: "dua puluh",
    21: "dua puluh satu",
    99: "sembilan puluh sembilan",
    100: "seratus",
    110: "seratus sepuluh",
    111: "seratus sebelas",
    200: "dua ratus",
    1_000: "seribu",
    1_001: "seribu satu",
    1_100: "seribu seratus",
    2_000: "dua ribu",
    11_000: "sebelas ribu",
    15_000: "lima belas ribu",
    100_000: "seratus ribu",
    101_000: "seratus satu ribu",
    111_111: "seratus sebelas ribu seratus sebelas",
    365_000: "tiga ratus enam puluh lima ribu",
    1_000_000: "satu juta",
    1_001_000: "satu juta seribu",
    1_250_000: "satu juta dua ratus lima puluh ribu",
    5_000_001: "lima juta satu",
    100_100_100: "seratus juta seratus ribu seratus",
    1_000_000_000: "satu miliar",
    1_000_001_000: "satu miliar seribu",
    1_000_000_000_000: "satu triliun",
    999_999_999_999_999: "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh"
                         " sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus"
                         " sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
}


@pytest.mark.parametrize("amount, words", CHECKED.items())
def test_hand_checked_words(amount, words):
    assert terbilang(amount) == words


# --- the inverse, written from the grammar, not from terbilang's code ------------------------

DIGITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9}
BIG = {"triliun": 10**12, "miliar": 10**9, "juta": 10**6, "ribu": 1000}


def words_to_number(text: str) -> int:
    """'seratus satu ribu' -> 101000. Refuses what a reader would not accept (a scale word
    with nothing before it, scales out of order, 'satu ratus', 'satu ribu')."""
    if text == "nol":
        return 0
    tokens = text.split(" ")
    total, group, previous_scale = 0, 0, 10**15
    i = 0
    while i < len(tokens):
        word = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if word == "seratus":
            group += 100
        elif word == "seribu":
            assert group == 0 and previous_scale > 1000, text
            total += 1000
            previous_scale = 1000
        elif word == "sepuluh":
            group += 10
        elif word == "sebelas":
            group += 11
        elif word in DIGITS and nxt in ("ratus", "puluh", "belas"):
            assert word != "satu", text  # seratus, sepuluh, sebelas
            group += DIGITS[word] * {"ratus": 100, "puluh": 10, "belas": 1}[nxt] + (10 if nxt == "belas" else 0)
            i += 1
        elif word in DIGITS:
            group += DIGITS[word]
        elif word in BIG:
            scale = BIG[word]
            assert 0 < group < 1000 and scale < previous_scale, text
            assert not (scale == 1000 and group == 1), text  # one thousand is seribu
            total += group * scale
            group, previous_scale = 0, scale
        else:
            raise AssertionError(f"unknown word {word!r} in {text!r}")
        i += 1
    return total + group


def test_the_inverse_reads_the_hand_checked_table():
    assert {words_to_number(w) for w in CHECKED.values()} == set(CHECKED)


@given(st.integers(min_value=0, max_value=MAX))
def test_every_amount_reads_back(amount):
    words = terbilang(amount)
    assert words_to_number(words) == amount
    assert "  " not in words and words == words.strip()
    assert "satu ratus" not in words and "satu puluh" not in words and "satu belas" not in words
    assert "milyar" not in words
    tokens = ["^", *words.split(" ")]
    for i, word in enumerate(tokens[1:-1], start=1):
        if word == "satu" and tokens[i + 1] == "ribu":  # only inside a number: seratus satu ribu
            assert tokens[i - 1] not in ("^", "triliun", "miliar", "juta"), words


@given(st.integers(min_value=0, max_value=999), st.sampled_from([1, 1000, 10**6, 10**9, 10**12]))
def test_one_group_at_each_scale_reads_back(group, scale):
    assert words_to_number(terbilang(group * scale)) == group * scale


@pytest.mark.parametrize("bad", [True, False, 1.0, -1, MAX + 1, "100", None])
def test_refuses_what_is_not_whole_rupiah_in_range(bad):
    with pytest.raises(ValueError):
        terbilang(bad)


def test_rupiah_words_for_receipts():
    assert rupiah_words(101_000) == "Seratus satu ribu rupiah"
    assert rupiah_words(1_001_000) == "Satu juta seribu rupiah"
    assert rupiah_words(0) == "Nol rupiah"
