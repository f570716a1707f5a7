"""NIK checks (no database): structure from python-stdnum, plus the birth date and sex that a
member's record adds, and the cases stdnum lets through."""

from __future__ import annotations

from datetime import date

import pytest

from app import nik


def codes(value, birth_date=None, sex=None) -> list[str]:
    return [i.code for i in nik.check(value, birth_date, sex)]


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty_is_fine(value):
    assert nik.check(value) == []


@pytest.mark.parametrize(
    "value", ["6308015708900001", "6308 0157 0890 0001", "6308.0157.0890.0001", "6308-0157-0890-0001", " 6308015708900001 "]
)
def test_separators_are_stripped(value):
    assert nik.compact(value) == "6308015708900001"
    assert nik.check(value, date(1990, 8, 17), "P") == []


@pytest.mark.parametrize(
    "value, code",
    [
        ("630801570890001", "nik.length"),
        ("1", "nik.length"),
        ("63080157089000010", "nik.length"),
        ("6308015708900OO1", "nik.not_digits"),
        ("NIK6308015708900", "nik.not_digits"),
        ("6308010008900001", "nik.bad_date"),  # day 00
        ("6308013208900001", "nik.bad_date"),  # day 32
        ("6308014008900001", "nik.bad_date"),  # day 40 (0 for a woman)
        ("6308017208900001", "nik.bad_date"),  # day 72 (32 for a woman)
        ("6308018508900001", "nik.bad_date"),  # day 85: stdnum reads it as 5
        ("6308019908900001", "nik.bad_date"),  # day 99
        ("6308011700900001", "nik.bad_date"),  # month 00
        ("6308011713900001", "nik.bad_date"),  # month 13
        ("6308013102900001", "nik.bad_date"),  # 31 February
        ("6308012902010001", "nik.bad_date"),  # 29 February of neither 1901 nor 2001
        ("9908015708900001", "nik.bad_region"),  # no province 99
        ("6399015708900001", "nik.bad_region"),  # no kabupaten 99 in Kalimantan Selatan
        ("0008015708900001", "nik.bad_region"),
    ],
)
def test_structure(value, code):
    assert codes(value) == [code]


def test_bad_region_names_the_region():
    assert nik.check("6399015708900001")[0].params == {"region": "6399"}


def test_leap_day_takes_the_century_that_fits():
    # 29 February "00" is not a date in 1900, but it is in 2000: valid.
    assert nik.check("6308016902000001", date(2000, 2, 29), "P") == []


@pytest.mark.parametrize("value", ["6308015708900001", "3171011708450001", "6371014101050001"])
def test_valid_numbers(value):
    assert nik.check(value) == []


def test_birth_date_must_match_ignoring_the_century():
    value = "6308015708900001"  # a woman born 17 August (19)90
    assert codes(value, date(1990, 8, 17), "P") == []
    assert codes(value, date(1990, 8, 18), "P") == ["nik.birth_date_mismatch"]
    assert codes(value, date(1990, 9, 17), "P") == ["nik.birth_date_mismatch"]
    assert codes(value, date(1991, 8, 17), "P") == ["nik.birth_date_mismatch"]
    # the two-digit year has no century: 1890 and 1990 both end in 90
    assert codes(value, date(1890, 8, 17), "P") == []
    young = "6308015708100001"  # 17 August (20)10
    assert codes(young, date(2010, 8, 17), "P") == []


@pytest.mark.parametrize(
    "value, sex, ok",
    [
        ("6308015708900001", "P", True),  # day 57 = 17 + 40: a woman
        ("6308015708900001", "L", False),
        ("6308011708900001", "L", True),  # day 17: a man
        ("6308011708900001", "P", False),
        ("6308011708900001", None, True),  # sex unknown: not compared
    ],
)
def test_sex(value, sex, ok):
    assert codes(value, None, sex) == ([] if ok else ["nik.sex_mismatch"])


def test_both_mismatches_reported():
    assert codes("6308011708900001", date(1990, 8, 18), "P") == ["nik.sex_mismatch", "nik.birth_date_mismatch"]
