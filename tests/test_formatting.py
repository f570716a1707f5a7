"""Rupiah and dates as DOMAIN.md writes them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.formatting import long_date, parse_rupiah, place_date, read_rupiah, rupiah, short_date, thousands


@pytest.mark.parametrize(
    "amount, text",
    [
        (0, "Rp0"),
        (1, "Rp1"),
        (999, "Rp999"),
        (1_000, "Rp1.000"),
        (1_250_000, "Rp1.250.000"),
        (10**15, "Rp1.000.000.000.000.000"),
        (-1_250_000, "-Rp1.250.000"),
    ],
)
def test_rupiah(amount, text):
    assert rupiah(amount) == text
    assert "," not in text and " " not in text


def test_negative_in_parentheses_never_rp_minus():
    assert rupiah(-1_250_000, parentheses=True) == "(Rp1.250.000)"
    assert rupiah(1_250_000, parentheses=True) == "Rp1.250.000"
    assert "Rp-" not in rupiah(-5)


def test_thousands():
    assert thousands(1_250_000) == "1.250.000"
    assert thousands(-7_500) == "-7.500"


@pytest.mark.parametrize("amount", [1.0, 1250000.0, Decimal("1250000"), "1250000", True, None])
def test_rupiah_refuses_anything_but_int(amount):
    with pytest.raises(TypeError):
        rupiah(amount)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Rp1.250.000", 1_250_000),
        ("Rp 1.250.000", 1_250_000),
        ("1.250.000", 1_250_000),
        ("1250000", 1_250_000),
        ("1.250.000,00", 1_250_000),
        ("  500 ", 500),
        ("0", 0),
        ("-1.000", -1_000),
        ("Rp1.250.000,-", 1_250_000),
        ("RP 5.000", 5_000),
    ],
)
def test_parse_rupiah(text, value):
    assert parse_rupiah(text) == value


@pytest.mark.parametrize("text", ["1,5", "1.250.000,50", "abc", "1.25.000", "1.2500", "", "   ", "Rp", "1 250 000x", "12.34", "١٢٣", "１２３"])
def test_parse_rupiah_refuses(text):
    assert parse_rupiah(text) is None


@pytest.mark.parametrize(
    ("text", "value", "problem"),
    [
        ("300rb", 300_000, None),
        ("300 ribu", 300_000, None),
        ("300RB", 300_000, None),
        ("300k", 300_000, None),
        ("1,5 juta", 1_500_000, None),
        ("1,5jt", 1_500_000, None),
        ("2 miliar", 2_000_000_000, None),
        ("Rp 20.000,-", 20_000, None),
        ("Rp20.000,00", 20_000, None),
        ("Rp. 20.000", 20_000, None),
        ("20.000", 20_000, None),
        ("1,25 rb", 1_250, None),  # one and a quarter thousand: 1.250, whole
        ("1.5", None, "amount.ambiguous"),
        ("20.00", None, "amount.ambiguous"),
        ("20,000", None, "amount.ambiguous"),  # English thousands, or twenty rupiah?
        ("1.5 juta", None, "amount.ambiguous"),
        ("1,2345 rb", None, "amount.not_whole"),
        ("1,5", None, "amount.not_whole"),
        ("20.000,50", None, "amount.not_whole"),
        ("dua puluh ribu", None, "amount.unreadable"),
        ("rb", None, "amount.unreadable"),
        ("", None, "amount.unreadable"),
    ],
)
def test_amounts_as_people_write_them_or_the_reason_why_not(text, value, problem):
    assert read_rupiah(text) == (value, problem)
    assert parse_rupiah(text) == value


@pytest.mark.parametrize("amount", [0, 7, 1_250_000, -42_000, 10**15])
def test_parse_reads_what_rupiah_writes(amount):
    assert parse_rupiah(rupiah(amount)) == amount
    assert parse_rupiah(thousands(amount)) == amount


def test_short_date():
    assert short_date(date(2026, 8, 17)) == "17/08/2026"
    assert short_date(date(2026, 1, 5)) == "05/01/2026"
    assert short_date(None) == ""


DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_ID = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
    "November", "Desember",
]
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]


def test_long_date_example():
    assert long_date(date(2026, 8, 17)) == "Senin, 17 Agustus 2026"
    assert long_date(date(2026, 8, 17), "en") == "Monday, 17 August 2026"


def test_long_date_every_day():
    monday = date(2026, 8, 17)
    for offset in range(7):
        day = monday + timedelta(days=offset)
        assert long_date(day) == f"{DAYS_ID[day.weekday()]}, {day.day} Agustus 2026"
        assert long_date(day, "en") == f"{DAYS_EN[day.weekday()]}, {day.day} August 2026"
    assert "Jum'at" not in long_date(date(2026, 8, 21)) and "Jum’at" not in long_date(date(2026, 8, 21))


def test_long_date_every_month():
    for month, (name, english) in enumerate(zip(MONTHS_ID, MONTHS_EN), start=1):
        day = date(2026, month, 3)
        assert long_date(day) == f"{DAYS_ID[day.weekday()]}, 3 {name} 2026"
        assert long_date(day, "en") == f"{DAYS_EN[day.weekday()]}, 3 {english} 2026"


def test_place_date():
    assert place_date("Amuntai", date(2026, 8, 17)) == "Amuntai, 17 Agustus 2026"
    assert place_date("Amuntai", date(2026, 5, 1)) == "Amuntai, 1 Mei 2026"
    assert place_date("Amuntai", date(2026, 8, 17), "en") == "Amuntai, 17 August 2026"
