"""Loan products: the group's terms, validated field by field; a refusal writes nothing."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from app.db import db
from app.errors import Rejected
from app.loans import products
from app.loans.products import ProductInput, add_product, deductions, get_product, update_product

BASIC = ProductInput(name="Pinjaman biasa", rate=D("0.01"), max_periods=24)


def count() -> int:
    return db.execute_sql("SELECT count(*) FROM loan_products").fetchone()[0]


def refused(data: ProductInput) -> dict[str, str]:
    with pytest.raises(Rejected) as info:
        add_product(data)
    assert count() == 0
    return {i.field: i.code for i in info.value.issues}


def test_add_and_read_back(book):
    row = add_product(replace(BASIC, name="  Pinjaman   biasa ", fee_kind="percent", fee_rate=D("0.0100"),
                              penalty_kind="fixed", penalty_rp=5_000, grace_days=3, tanggung_renteng=True))
    assert row == get_product(row.id)
    assert (row.name, row.rate, row.fee_rate, row.penalty_rp, row.rounding_unit_rp) == (
        "Pinjaman biasa", D("0.01"), D("0.01"), 5_000, 500
    )
    assert db.execute_sql("SELECT rate, fee_rate FROM loan_products").fetchone() == ("0.01", "0.01")
    assert row.is_active and row.tanggung_renteng


@pytest.mark.parametrize("rate, code", [
    (D("-0.01"), "loan.rate_negative"),
    (D("10"), "loan.rate_too_high"),  # 1000 %
    (D("NaN"), "loan.rate_not_a_number"),
    (0.01, "loan.rate_not_a_number"),  # a float has lost the exact rate
    (D("0"), "loan.rate_zero"),
    (D("0.000"), "loan.rate_zero"),
])
def test_bad_rates(book, rate, code):
    assert refused(replace(BASIC, rate=rate)) == {"rate": code}


def test_interest_free_product_needs_rate_zero(book):
    assert refused(replace(BASIC, interest_free=True)) == {"rate": "loan_product.interest_free_rate"}
    assert add_product(replace(BASIC, interest_free=True, rate=D(0))).rate == 0


@pytest.mark.parametrize("changes, expected", [
    (dict(min_periods=0), {"min_periods": "loan.periods_out_of_range"}),
    (dict(max_periods=600), {"max_periods": "loan.periods_out_of_range"}),
    (dict(min_periods=12, max_periods=6), {"max_periods": "loan_product.max_below_min"}),
    (dict(min_principal_rp=0), {"min_principal_rp": "amount.not_positive"}),
    (dict(max_principal_rp=1.5), {"max_principal_rp": "posting.not_whole_rupiah"}),
    (dict(min_principal_rp=5_000_000, max_principal_rp=1_000_000), {"max_principal_rp": "loan_product.max_below_min"}),
    (dict(rounding_unit_rp=250), {"rounding_unit_rp": "loan.bad_rounding_unit"}),
    (dict(method="bunga"), {"method": "loan.bad_method"}),
    (dict(period="daily"), {"period": "loan.bad_period"}),
    (dict(name=" "), {"name": "required"}),
    (dict(fee_kind="percent"), {"fee_rate": "loan_product.percent_zero"}),
    (dict(fee_kind="fixed", fee_rp=-1), {"fee_rp": "amount.not_positive"}),
    (dict(fee_kind="half"), {"fee_kind": "loan_product.bad_kind"}),
    (dict(penalty_kind="percent_day", penalty_rate=D("2")), {"penalty_rate": "loan.rate_too_high"}),
    (dict(grace_days=-1), {"grace_days": "loan_product.grace_out_of_range"}),
    (dict(fee_kind="fixed", fee_rp=60_000, withhold_kind="fixed", withhold_rp=40_000),
     {"fee_kind": "loan_product.deductions_too_large"}),  # nothing left to pay out at Rp100.000
])
def test_bad_fields(book, changes, expected):
    assert refused(replace(BASIC, **changes)) == expected


def test_fee_paid_separately_does_not_reduce_cash_out(book):
    add_product(replace(BASIC, fee_kind="fixed", fee_rp=100_000, fee_deducted=False))


def test_name_taken_ignoring_case(book):
    add_product(BASIC)
    with pytest.raises(Rejected) as info:
        add_product(replace(BASIC, name="PINJAMAN BIASA"))
    assert info.value.codes() == ["loan_product.name_taken"]


def test_update_and_deactivate(book):
    row = add_product(BASIC)
    assert update_product(row.id, replace(BASIC, rate=D("0.015"))).rate == D("0.015")
    with pytest.raises(Rejected):
        update_product(row.id, replace(BASIC, rate=D("-1")))
    assert get_product(row.id).rate == D("0.015")
    assert not products.set_active(row.id, False).is_active
    assert products.list_products(active_only=True) == []
    with pytest.raises(Rejected) as info:
        products.get_product(99)
    assert info.value.codes() == ["loan_product.not_found"]


def test_deductions_round_half_up():
    terms = replace(BASIC, fee_kind="percent", fee_rate=D("0.015"), withhold_kind="percent", withhold_rate=D("0.05"))
    assert deductions(terms, 1_000_033) == (15_000, 50_002)  # 15 000,495 and 50 001,65
