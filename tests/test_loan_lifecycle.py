"""Loan life: application with copied terms, approval or rejection, disbursement posting and
the stored schedule, tanggung renteng, write-off. Every refusal writes nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from app import ledger, members, settings
from app.errors import Rejected
from app.loans import lifecycle, products
from app.loans.lifecycle import apply, approve, disburse, reject, write_off

from loan_support import FLAT, counts, disbursed, fund, member, product

TODAY = date(2026, 8, 17)  # the fixed clock
FIRST_DUE = date(2026, 9, 17)


@pytest.fixture
def siti(book):
    return member()


@pytest.fixture
def flat(book):
    return product()


def refused(call, *args, **kw) -> list:
    before = counts()
    with pytest.raises(Rejected) as info:
        call(*args, **kw)
    assert counts() == before
    return [(i.code, i.params) for i in info.value.issues]


def test_apply_copies_terms_and_numbers_per_year(siti, flat):
    settings.update({"operator_name": "Bu Rahmah"})
    first = apply(siti, flat, 9_000_000, 12, FIRST_DUE)
    second = apply(siti, flat, 1_000_000, 6, FIRST_DUE)
    assert (first.number, second.number) == ("PJ/2026/0001", "PJ/2026/0002")
    assert (first.status, first.applied_on, first.applied_by, first.rate, first.outstanding_rp) == (
        "applied", TODAY, "Bu Rahmah", D("0.01"), 0
    )
    products.update_product(flat, products.ProductInput(**{**FLAT.__dict__, "rate": D("0.02")}))
    assert lifecycle.get_loan(first.id).rate == D("0.01")  # a later product edit changes no loan
    assert lifecycle.schedule(first.id)[0].total_rp == 840_000


def test_preview_is_the_domain_example_and_writes_nothing(siti, flat):
    before = counts()
    rows = lifecycle.preview_schedule(flat, 9_000_000, 12, FIRST_DUE)
    assert counts() == before
    assert {r.total_rp for r in rows} == {840_000}
    assert sum(r.pokok_rp for r in rows) == 9_000_000


def test_application_refusals(siti, flat):
    assert refused(apply, siti, flat, 30_000_000, 12, FIRST_DUE) == [
        ("loan.principal_outside_product", {"min_rp": 100_000, "max_rp": 20_000_000})
    ]
    assert refused(apply, siti, flat, 0, 12, FIRST_DUE) == [("amount.not_positive", {})]
    assert refused(apply, siti, flat, 1_000_000, 0, FIRST_DUE) == [("loan.periods_outside_product", {"min": 1, "max": 24})]
    assert refused(apply, siti, flat, 1_000_000, 600, FIRST_DUE)[0][0] == "loan.periods_outside_product"
    assert refused(apply, siti, flat, 1_000_000, 12, TODAY) == [("loan.first_due_too_early", {"after": TODAY})]
    assert refused(apply, siti, flat, 1_000_000, 12, FIRST_DUE, business_id=1) == [("loan.not_in_business", {})]
    members.mark_left(siti, date(2026, 8, 1))
    assert refused(apply, siti, flat, 1_000_000, 12, FIRST_DUE) == [("loan.member_left", {"left_on": date(2026, 8, 1)})]
    products.set_active(flat, False)
    assert refused(apply, member("Aluh"), flat, 1_000_000, 12, FIRST_DUE)[0][0] == "loan.product_inactive"


def test_rounding_unit_larger_than_the_instalment(siti):
    tiny = product(name="Kecil", rounding_unit_rp=1000, min_principal_rp=1_000)
    assert refused(apply, siti, tiny, 1_000, 3, FIRST_DUE) == [
        ("loan.rounding_exceeds_instalment", {"row": 2, "unit_rp": 1000})
    ]


def test_approve_and_reject_say_who_and_when(siti, flat):
    settings.update({"operator_name": "Bu Ketua"})
    loan = approve(apply(siti, flat, 1_000_000, 10, FIRST_DUE).id, "rapat pengurus")
    assert (loan.status, loan.decided_by, loan.decided_at, loan.decision_note) == (
        "approved", "Bu Ketua", "2026-08-17 09:30:00", "rapat pengurus"
    )
    assert refused(approve, loan.id) == [("loan.wrong_status", {"status": "approved"})]
    other = apply(siti, flat, 1_000_000, 10, FIRST_DUE).id
    assert refused(reject, other, " ") == [("required", {})]
    assert reject(other, "masih ada tunggakan").status == "rejected"
    assert refused(disburse, other, TODAY)[0] == ("loan.wrong_status", {"status": "rejected"})


def test_disbursement_with_deducted_fee_and_withheld_savings(siti):
    p = product(fee_kind="percent", fee_rate=D("0.01"), withhold_kind="fixed", withhold_rp=50_000)
    loan = approve(apply(siti, p, 9_000_000, 12, FIRST_DUE).id)
    assert loan.cash_out_rp == 8_860_000
    fund(TODAY, 8_860_000)
    done = disburse(loan.id, TODAY)
    assert (done.status, done.disbursed_on, done.outstanding_rp, done.fee_entry_id) == ("disbursed", TODAY, 9_000_000, None)
    entry = ledger.get_entry(done.disbursement_entry_id)
    assert [(l.account, l.amount_rp, l.member_id) for l in entry.lines] == [
        ("1-201", 9_000_000, siti), ("1-101", -8_860_000, None), ("4-103", -90_000, siti), ("3-102", -50_000, siti),
    ]
    assert (entry.reference, entry.entry_date) == ("PJ/2026/0001", TODAY)
    assert lifecycle.schedule(loan.id) == lifecycle.preview_schedule(p, 9_000_000, 12, FIRST_DUE)
    assert ledger.member_balance(siti, "3-102") == -50_000


def test_fee_paid_separately_is_its_own_entry(siti):
    p = product(fee_kind="fixed", fee_rp=25_000, fee_deducted=False)
    fund(TODAY, 1_000_000, "1-102")
    done = disburse(approve(apply(siti, p, 1_000_000, 10, FIRST_DUE).id).id, TODAY, cash_account="1-102")
    assert [(l.account, l.amount_rp) for l in ledger.get_entry(done.disbursement_entry_id).lines] == [
        ("1-201", 1_000_000), ("1-102", -1_000_000)
    ]
    assert [(l.account, l.amount_rp) for l in ledger.get_entry(done.fee_entry_id).lines] == [
        ("1-102", 25_000), ("4-103", -25_000)
    ]


def test_disbursement_refusals(siti, flat):
    loan = approve(apply(siti, flat, 1_000_000, 10, FIRST_DUE).id).id
    assert refused(disburse, loan, date(2026, 8, 18))[0][0] == "date.in_future"
    assert refused(disburse, loan, date(2026, 8, 16)) == [("loan.disbursed_before_applied", {"applied_on": TODAY})]
    assert refused(disburse, loan, TODAY, first_due=TODAY) == [("loan.first_due_too_early", {"after": TODAY})]
    assert refused(disburse, loan, TODAY)[0][0] == "cash.insufficient"  # nothing in the box yet
    fund(TODAY, 1_000_000)
    done = disburse(loan, TODAY, first_due=date(2026, 9, 1))  # the first due date may move at disbursement
    assert lifecycle.schedule(loan)[0].due_date == date(2026, 9, 1)
    assert refused(disburse, done.id, TODAY) == [("loan.wrong_status", {"status": "disbursed"})]


def test_tanggung_renteng_names_who_is_in_arrears(book):
    aluh = member("Aluh Rahmah", business_ids=[2])
    siti = member("Siti Aisyah", business_ids=[2, 3])
    joint = product(name="Tanggung renteng", tanggung_renteng=True)
    disbursed(aluh, joint, 1_000_000, 10, on=date(2026, 1, 10), first_due=date(2026, 2, 10))  # nothing paid since
    assert refused(apply, siti, joint, 1_000_000, 10, FIRST_DUE) == [
        ("loan.group_in_arrears", {"group": "Telur itik Alabio", "names": ["Aluh Rahmah (0001)"]})
    ]
    assert apply(member("Nor", business_ids=[3]), joint, 1_000_000, 10, FIRST_DUE).status == "applied"
    assert apply(siti, product(name="Biasa"), 1_000_000, 10, FIRST_DUE).status == "applied"  # other products lend


def test_write_off(siti, flat):
    loan = disbursed(siti, flat, 1_000_000, 10, on=date(2026, 1, 10))
    assert refused(write_off, loan, TODAY, "") == [("required", {})]
    done = write_off(loan, TODAY, "meninggal dunia, keputusan RAT")
    assert (done.status, done.write_off_reason, done.outstanding_rp) == ("written_off", "meninggal dunia, keputusan RAT", 0)
    entry = ledger.get_entry(done.write_off_entry_id)
    assert [(l.account, l.amount_rp, l.member_id) for l in entry.lines] == [
        ("5-301", 1_000_000, siti), ("1-201", -1_000_000, siti)
    ]
    assert ledger.member_balance(siti, "1-201") == 0
    assert refused(write_off, loan, TODAY, "lagi")[0] == ("loan.wrong_status", {"status": "written_off"})
