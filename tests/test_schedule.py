"""Loan schedules against DOMAIN.md "Loans (pinjaman)".

Expected figures are worked out here from the DOMAIN formulas with Fraction and plain integer
arithmetic (half_up, up_to below), never by calling the code under test.
"""

import calendar
import math
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import Rejected
from app.loans.schedule import ScheduleRow, generate, summary

D = Decimal
LOAN = dict(principal_rp=9_000_000, rate=D("0.01"), periods=12, method="flat", rounding_unit_rp=500,
            first_due=date(2026, 9, 17), period="monthly")
FIELD_CODES = {
    "loan.principal_not_positive", "loan.principal_too_large", "loan.rate_not_a_number", "loan.rate_negative",
    "loan.rate_too_high", "loan.periods_out_of_range", "loan.bad_method", "loan.bad_rounding_unit", "loan.bad_period",
    "loan.schedule_beyond_range",
}
# The longest term within the book's range (app.dates: ten years after the tests' clock, 2026-08-17).
LONGEST = dict(periods=360, period="weekly")
ROUNDING_CODE = "loan.rounding_exceeds_instalment"


def half_up(x: Fraction) -> int:  # x >= 0
    return math.floor(x + Fraction(1, 2))


def up_to(x: Fraction, unit: int) -> int:
    return math.ceil(x / unit) * unit


def loan(**changes):
    return generate(**{**LOAN, **changes})


def parts(rows):
    return [(row.pokok_rp, row.jasa_rp, row.total_rp, row.outstanding_after_rp) for row in rows]


def declining_reference(principal, rate, n, method, unit):
    """DOMAIN's efektif / anuitas rules, row by row, with the last row taking the remainder."""
    r = Fraction(rate)
    annuity = principal * r / (1 - (1 + r) ** -n) if r else Fraction(principal, n)
    rows, outstanding = [], principal
    for number in range(1, n + 1):
        jasa = half_up(outstanding * r)
        if number == n:
            pokok = outstanding
        else:
            exact = annuity if method == "anuitas" else Fraction(principal, n) + outstanding * r
            pokok = up_to(exact, unit) - jasa
        outstanding -= pokok
        rows.append((pokok, jasa, pokok + jasa, outstanding))
    return rows


# --- worked examples ---------------------------------------------------------------------

def test_domain_worked_example_flat_9_juta_1_percent_12_months():
    rows = loan()
    assert parts(rows) == [(750_000, 90_000, 840_000, 9_000_000 - 750_000 * k) for k in range(1, 13)]
    assert [row.number for row in rows] == list(range(1, 13))
    assert summary(rows) == (9_000_000, 1_080_000, 10_080_000)


def test_flat_where_rounding_bites_last_row_takes_the_remainder():
    principal, r, n, unit = 1_000_000, Fraction(15, 1000), 7, 500
    instalment = up_to(Fraction(principal, n) + principal * r, unit)  # 142.857,14 + 15.000 → 158.000
    jasa = half_up(principal * r)  # 15.000
    pokok = instalment - jasa  # 143.000
    last_pokok = principal - (n - 1) * pokok  # 1.000.000 − 858.000 = 142.000
    assert (instalment, pokok, last_pokok) == (158_000, 143_000, 142_000)

    rows = loan(principal_rp=principal, rate=D("0.015"), periods=n)
    expected = [(pokok, jasa, instalment, principal - k * pokok) for k in range(1, n)]
    assert parts(rows) == expected + [(last_pokok, jasa, last_pokok + jasa, 0)]
    assert rows[-1].total_rp == 157_000  # not rounded
    assert summary(rows) == (1_000_000, 105_000, 1_105_000)


def test_flat_jasa_is_rounded_half_up():
    # 333.333 × 1,5 % = 4.999,995 → 5.000; instalment 33.333,3 + 4.999,995 → 38.400 (unit 100)
    rows = loan(principal_rp=333_333, rate=D("0.015"), periods=10, rounding_unit_rp=100)
    assert {row.jasa_rp for row in rows} == {5_000}
    assert {row.total_rp for row in rows[:-1]} == {38_400}
    assert rows[-1].pokok_rp == 333_333 - 9 * 33_400


def test_efektif_example():
    rows = loan(principal_rp=5_000_000, rate=D("0.025"), periods=6, method="efektif")
    assert parts(rows) == declining_reference(5_000_000, D("0.025"), 6, "efektif", 500)
    # by hand: 5.000.000 × 2,5 % = 125.000; 833.333,33 + 125.000 → 958.500, pokok 833.500;
    # then 4.166.500 × 2,5 % = 104.162,5 → 104.163 (half up); 937.495,83 → 937.500, pokok 833.337
    assert parts(rows)[:2] == [(833_500, 125_000, 958_500, 4_166_500), (833_337, 104_163, 937_500, 3_333_163)]
    assert parts(rows)[-1] == (832_628, 20_816, 853_444, 0)  # 832.628 × 2,5 % = 20.815,7
    assert summary(rows) == (5_000_000, 437_444, 5_437_444)


def test_anuitas_example():
    rows = loan(principal_rp=10_000_000, rate=D("0.02"), periods=12, method="anuitas", rounding_unit_rp=1000)
    assert parts(rows) == declining_reference(10_000_000, D("0.02"), 12, "anuitas", 1000)
    # A = 10.000.000 × 0,02 / (1 − 1,02^−12) = 945.595,96 → 946.000
    assert {row.total_rp for row in rows[:-1]} == {946_000}
    assert parts(rows)[:2] == [(746_000, 200_000, 946_000, 9_254_000), (760_920, 185_080, 946_000, 8_493_080)]
    assert parts(rows)[-1] == (922_140, 18_443, 940_583, 0)


@pytest.mark.parametrize("method", ["flat", "efektif", "anuitas"])
def test_zero_rate_is_an_interest_free_loan(method):
    rows = loan(principal_rp=1_000_000, rate=D("0"), periods=3, method=method)
    assert parts(rows) == [(333_500, 0, 333_500, 666_500), (333_500, 0, 333_500, 333_000), (333_000, 0, 333_000, 0)]


def test_one_period_pays_everything_unrounded():
    rows = loan(principal_rp=1_234, rate=D("0.01"), periods=1, method="anuitas")
    assert parts(rows) == [(1_234, 12, 1_246, 0)]


@pytest.mark.parametrize(("method", "rate"), [("flat", D("1")), ("efektif", D("1")), ("anuitas", D("0.05"))])
def test_largest_loan_over_the_longest_term_stays_exact(method, rate):
    rows = loan(principal_rp=10**15 - 1, rate=rate, method=method, rounding_unit_rp=1, **LONGEST)
    assert summary(rows)[0] == 10**15 - 1 and rows[-1].outstanding_after_rp == 0


def test_annuity_whose_pokok_is_below_a_rupiah_is_refused():
    # 100 % a period over 360 periods: A − P·r = P / (2^360 − 1), far below one rupiah
    with pytest.raises(Rejected) as refused:
        loan(principal_rp=10**15 - 1, rate=D("1"), method="anuitas", rounding_unit_rp=1, **LONGEST)
    assert refused.value.codes() == [ROUNDING_CODE]


def test_rows_are_immutable():
    with pytest.raises(AttributeError):
        loan()[0].pokok_rp = 0
    assert isinstance(loan()[0], ScheduleRow)


# --- due dates -----------------------------------------------------------------------------

def due_dates(first_due, periods, period="monthly"):
    return [row.due_date for row in loan(first_due=first_due, periods=periods, period=period, rounding_unit_rp=1)]


def test_monthly_keeps_the_anchor_day_after_a_short_month_leap_year():
    assert due_dates(date(2024, 1, 31), 5) == [
        date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30), date(2024, 5, 31)]


def test_monthly_clamps_february_in_a_common_year_and_crosses_the_year():
    assert due_dates(date(2025, 11, 30), 5) == [
        date(2025, 11, 30), date(2025, 12, 30), date(2026, 1, 30), date(2026, 2, 28), date(2026, 3, 30)]


def test_monthly_from_29_february():
    assert due_dates(date(2024, 2, 29), 13)[-2:] == [date(2025, 1, 29), date(2025, 2, 28)]


def test_weekly_adds_seven_days_across_a_leap_day():
    assert due_dates(date(2024, 2, 22), 3, "weekly") == [date(2024, 2, 22), date(2024, 2, 29), date(2024, 3, 7)]


# --- refusals ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"principal_rp": 0}, "principal_rp", "loan.principal_not_positive"),
        ({"principal_rp": -500_000}, "principal_rp", "loan.principal_not_positive"),
        ({"principal_rp": 10**15}, "principal_rp", "loan.principal_too_large"),
        ({"rate": D("-0.01")}, "rate", "loan.rate_negative"),
        ({"rate": D("10")}, "rate", "loan.rate_too_high"),  # 1000 %
        ({"rate": D("1.0001")}, "rate", "loan.rate_too_high"),
        ({"rate": D("NaN")}, "rate", "loan.rate_not_a_number"),
        ({"rate": D("Infinity")}, "rate", "loan.rate_not_a_number"),
        ({"periods": 0}, "periods", "loan.periods_out_of_range"),
        ({"periods": 600}, "periods", "loan.periods_out_of_range"),
        ({"method": "bunga"}, "method", "loan.bad_method"),
        ({"rounding_unit_rp": 250}, "rounding_unit_rp", "loan.bad_rounding_unit"),
        ({"rounding_unit_rp": 0}, "rounding_unit_rp", "loan.bad_rounding_unit"),
        ({"period": "daily"}, "period", "loan.bad_period"),
        # a unit larger than the instalment: 2 × 500 pays off 1.000 before row 3 of 12
        ({"principal_rp": 1_000, "rate": D("0")}, "rounding_unit_rp", ROUNDING_CODE),
        # unit 1 still cannot split Rp1 in two instalments
        ({"principal_rp": 1, "periods": 2, "rounding_unit_rp": 1}, "rounding_unit_rp", ROUNDING_CODE),
        # jasa rounded up eats the whole instalment: pokok 0 on row 1
        ({"principal_rp": 1, "rate": D("0.5"), "periods": 3, "rounding_unit_rp": 1}, "rounding_unit_rp", ROUNDING_CODE),
    ],
)
def test_refusals(changes, field, code):
    with pytest.raises(Rejected) as refused:
        loan(**changes)
    assert [(issue.field, issue.code) for issue in refused.value.issues] == [(field, code)]


def test_boundaries_are_accepted():
    assert summary(loan(principal_rp=10**15 - 1))[0] == 10**15 - 1
    assert len(loan(rate=D("1"), **LONGEST)) == 360
    assert len(loan(periods=1)) == 1


def test_all_issues_are_collected_in_one_refusal():
    with pytest.raises(Rejected) as refused:
        loan(principal_rp=0, rate=D("-1"), periods=361, method="", rounding_unit_rp=5, period="yearly")
    assert refused.value.codes() == [
        "loan.principal_not_positive", "loan.rate_negative", "loan.periods_out_of_range",
        "loan.bad_method", "loan.bad_rounding_unit", "loan.bad_period"]


@pytest.mark.parametrize(
    "changes",
    [{"principal_rp": 9e6}, {"principal_rp": True}, {"rate": 0.01}, {"rate": "0.01"}, {"periods": 12.0},
     {"rounding_unit_rp": 500.0}, {"first_due": "2026-09-17"}],
)
def test_wrong_types_are_programming_errors(changes):
    with pytest.raises(TypeError):
        loan(**changes)


# --- properties ----------------------------------------------------------------------------

def loans(principals):
    return st.fixed_dictionaries({
        "principal_rp": principals,
        "rate": st.integers(0, 500).map(lambda bp: D(bp) / 10_000),  # 0..5 % per period
        "periods": st.integers(1, 60),
        "method": st.sampled_from(["flat", "efektif", "anuitas"]),
        "rounding_unit_rp": st.sampled_from([1, 100, 500, 1000]),
        "first_due": st.dates(date(2000, 1, 1), date(2031, 8, 17)),  # 60 months later still in the range
        "period": st.sampled_from(["monthly", "weekly"]),
    })


def check_schedule(args, rows):
    P, n, unit, method = args["principal_rp"], args["periods"], args["rounding_unit_rp"], args["method"]
    r = Fraction(args["rate"])
    assert [row.number for row in rows] == list(range(1, n + 1))
    assert sum(row.pokok_rp for row in rows) == P
    outstanding = P
    for row in rows:
        assert row.pokok_rp > 0 and row.jasa_rp >= 0 and row.total_rp == row.pokok_rp + row.jasa_rp
        assert 0 <= row.outstanding_after_rp == outstanding - row.pokok_rp < outstanding
        assert row.jasa_rp == half_up((P if method == "flat" else outstanding) * r)
        if row.number < n:
            assert row.total_rp % unit == 0
            exact = {"flat": Fraction(P, n) + P * r, "efektif": Fraction(P, n) + outstanding * r,
                     "anuitas": P * r / (1 - (1 + r) ** -n) if r else Fraction(P, n)}[method]
            assert 0 <= row.total_rp - exact < unit  # rounded up, by less than one unit
        outstanding = row.outstanding_after_rp
    assert outstanding == 0
    if method == "anuitas":
        assert len({row.total_rp for row in rows[:-1]}) <= 1
    assert rows[0].due_date == args["first_due"]
    if args["period"] == "weekly":
        assert all(b.due_date - a.due_date == timedelta(weeks=1) for a, b in zip(rows, rows[1:]))
    else:
        anchor = args["first_due"].day
        assert all(row.due_date.day == min(anchor, calendar.monthrange(row.due_date.year, row.due_date.month)[1])
                   for row in rows)
        assert all((b.due_date.year * 12 + b.due_date.month) - (a.due_date.year * 12 + a.due_date.month) == 1
                   for a, b in zip(rows, rows[1:]))


@settings(max_examples=400, deadline=None)
@given(loans(st.integers(1, 10**12)))
def test_any_schedule_is_exact_or_refused_for_rounding(args):
    try:
        rows = generate(**args)
    except Rejected as refused:
        assert refused.codes() == [ROUNDING_CODE]
        return
    check_schedule(args, rows)


@settings(max_examples=200, deadline=None)
@given(loans(st.integers(10**9, 10**12)))
def test_large_loans_are_never_refused(args):
    # P/n is then far above the drift that up to n roundings of at most one unit can cause.
    check_schedule(args, generate(**args))


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({
    "principal_rp": st.integers(-10**16, 10**16),
    "rate": st.integers(-20_000, 20_000).map(lambda bp: D(bp) / 10_000),
    "periods": st.integers(-5, 400),
    "method": st.sampled_from(["flat", "efektif", "anuitas", "bunga"]),
    "rounding_unit_rp": st.sampled_from([0, 1, 100, 250, 500, 1000]),
    "first_due": st.just(date(2026, 1, 31)),
    "period": st.sampled_from(["monthly", "weekly", "daily"]),
}))
def test_refusals_use_only_documented_codes(args):
    try:
        generate(**args)
    except Rejected as refused:
        codes = refused.codes()
        assert codes == [ROUNDING_CODE] or (codes and set(codes) <= FIELD_CODES)


@pytest.mark.parametrize(("periods", "first_due", "period"), [
    (360, date(9999, 1, 1), "monthly"),  # used to crash making a due date in year 10000
    (120, date(2026, 9, 18), "monthly"),  # the 120th on 18/08/2036: a day too late
    (360, date(2030, 1, 1), "weekly"),  # 359 weeks on: November 2036
])
def test_a_schedule_past_the_books_range_is_refused_before_any_date_is_made(periods, first_due, period):
    with pytest.raises(Rejected) as refused:
        loan(periods=periods, first_due=first_due, period=period)
    assert [(i.field, i.code) for i in refused.value.issues] == [("periods", "loan.schedule_beyond_range")]
    assert loan(periods=120, first_due=date(2026, 9, 17))[-1].due_date == date(2036, 8, 17)
