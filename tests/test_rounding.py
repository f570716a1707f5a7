"""app.rounding: the one function that turns exact amounts into whole rupiah."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rounding import Rounding, ceil_to_unit, round_rupiah


@pytest.mark.parametrize(
    ("value", "half_up", "up", "down"),
    [
        (Decimal("1234"), 1234, 1234, 1234),
        (Decimal("104162.5"), 104163, 104163, 104162),  # a half goes up
        (Decimal("83329.075"), 83329, 83330, 83329),
        (Decimal("20815.7"), 20816, 20816, 20815),
        (Fraction(1_000_000, 7), 142857, 142858, 142857),
        (Fraction(1, 2), 1, 1, 0),
        (Decimal("0.4999"), 0, 1, 0),
        (0, 0, 0, 0),
        (Decimal("-2.5"), -3, -3, -2),  # measured from zero: a storno mirrors its original
        (Fraction(-1, 3), 0, -1, 0),
    ],
)
def test_modes(value, half_up, up, down):
    assert round_rupiah(value, Rounding.HALF_UP) == half_up
    assert round_rupiah(value, Rounding.UP) == up
    assert round_rupiah(value, Rounding.DOWN) == down
    assert type(round_rupiah(value, Rounding.UP)) is int


@pytest.mark.parametrize("value", [0.5, 1.0, True, "1.5", None])
def test_refuses_inexact_or_non_numbers(value):
    with pytest.raises(TypeError):
        round_rupiah(value, Rounding.HALF_UP)


def test_refuses_a_mode_that_is_not_named():
    with pytest.raises(TypeError):
        round_rupiah(Decimal("1.5"), "half_up")


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (157_858, 500, 158_000),
        (158_000, 500, 158_000),
        (1, 1000, 1000),
        (0, 500, 0),
        (99, 100, 100),
        (7, 1, 7),
        (-1_200, 500, -1_500),  # away from zero, as Rounding.UP
    ],
)
def test_ceil_to_unit(amount, unit, expected):
    assert ceil_to_unit(amount, unit) == expected


@pytest.mark.parametrize(("amount", "unit"), [(1.0, 500), (Decimal(1), 500), (1, 500.0), (True, 1)])
def test_ceil_to_unit_refuses_non_int(amount, unit):
    with pytest.raises(TypeError):
        ceil_to_unit(amount, unit)


@pytest.mark.parametrize("unit", [0, -500])
def test_ceil_to_unit_refuses_a_unit_that_is_not_positive(unit):
    with pytest.raises(ValueError):
        ceil_to_unit(1000, unit)


exact_amounts = st.fractions(max_denominator=10**6).filter(lambda f: abs(f) < 10**15)


@settings(deadline=None)
@given(exact_amounts)
def test_modes_bracket_the_exact_value(value):
    down, up, half_up = (round_rupiah(value, mode) for mode in (Rounding.DOWN, Rounding.UP, Rounding.HALF_UP))
    assert abs(down) <= abs(value) <= abs(up)
    assert up - down == (0 if value.denominator == 1 else (1 if value > 0 else -1))
    assert abs(value - half_up) <= Fraction(1, 2)
    assert round_rupiah(-value, Rounding.HALF_UP) == -half_up


@settings(deadline=None)
@given(st.integers(0, 10**15), st.sampled_from([1, 100, 500, 1000]))
def test_ceil_to_unit_is_the_next_multiple(amount, unit):
    rounded = ceil_to_unit(amount, unit)
    assert rounded % unit == 0
    assert amount <= rounded < amount + unit
