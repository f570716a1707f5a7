"""Running loans brought in at the opening (app.opening.loans): the remaining schedule rebuilt
from the original terms, 1-201 and 2-201, arrears from day one, and later days just work."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st_

from app import ledger, reversals
from app.db import db
from app.errors import Rejected
from app.funds import bank
from app.loans import allowance, arrears, lifecycle, payments, schedule
from app.loans import state as st
from app.opening import loans
from app.opening.draft import BankLoanLine, LoanLine
from tests import loan_support
from tests.pdf_support import pdf_text
from tests.opening_loan_support import FLAT, ON
from tests.opening_loan_support import opening as _opening
from tests.opening_loan_support import post as _post


def _original(line: LoanLine, rounding: int = 1) -> tuple[schedule.ScheduleRow, ...]:
    return schedule.generate(line.principal_rp, line.rate, line.periods, line.method, rounding, line.first_due,
                             line.period)


def _only_loan() -> lifecycle.LoanRow:
    (loan,) = lifecycle.list_loans()
    return loan


def _fields(issues) -> dict[str, str]:
    return {issue.field: issue.code for issue in issues}


@pytest.mark.parametrize("method", ["flat", "efektif", "anuitas"])
def test_k_instalments_paid_keeps_the_original_rows_still_owed(book, method):
    line = LoanLine(member_number=1, instalments_paid=6, **{**FLAT, "method": method})
    opening = _opening(line)
    expected = _original(line)[6:]
    assert loans.amounts(opening)["loans"] == {"1-201": sum(r.pokok_rp for r in expected)}

    entry_ids = _post(opening)

    loan = _only_loan()
    assert (loan.status, loan.method, loan.disbursed_on, loan.disbursement_entry_id) == (
        "disbursed", method, ON, entry_ids[0])  # on this book from the opening
    state = st.load_state(loan.id)
    # Flat jasa stays on the original principal: the rows are the original's, renumbered from 1.
    assert [(r.due_date, r.pokok_rp, r.jasa_rp) for r in state.schedule] == [
        (r.due_date, r.pokok_rp, r.jasa_rp) for r in expected]
    assert [r.number for r in state.schedule] == list(range(1, 7))
    assert st.outstanding(state) == loan.outstanding_rp == ledger.account_balance("1-201", ON)
    assert ledger.account_balance("3-502", ON) == -loan.outstanding_rp
    opened = loans.opened(loan.id)
    assert (opened.original_principal_rp, opened.original_given_on, opened.instalments_paid, opened.pokok_paid_rp) == (
        1_200_000, line.disbursed_on, 6, 1_200_000 - loan.outstanding_rp)
    assert arrears.standing(state, ON).days_past_due == 0


def test_outstanding_and_next_due_with_a_part_paid_instalment(book):
    line = LoanLine(member_number=1, **FLAT)
    rows = _original(line)
    owed = sum(r.pokok_rp for r in rows[4:]) - 30_000  # 30.000 of the 5th instalment's pokok paid
    _post(_opening(replace(line, outstanding_rp=owed, next_due=rows[4].due_date)))

    state = st.load_state(_only_loan().id)
    first, *rest = state.schedule
    # The part-paid row keeps the pokok still owed; its jasa was paid before its pokok.
    assert (first.due_date, first.pokok_rp, first.jasa_rp) == (rows[4].due_date, rows[4].pokok_rp - 30_000, 0)
    assert [(r.pokok_rp, r.jasa_rp) for r in rest] == [(r.pokok_rp, r.jasa_rp) for r in rows[5:]]
    assert st.outstanding(state) == owed == ledger.account_balance("1-201", ON)
    assert loans.opened(state.loan_id).instalments_paid == 4


def test_a_loan_100_days_behind_is_in_arrears_from_its_own_due_date(book):
    due = date(2026, 4, 22)  # (ON - due) = 100 days
    line = LoanLine(member_number=1, instalments_paid=3, **{**FLAT, "disbursed_on": date(2025, 12, 22),
                                                             "first_due": date(2026, 1, 22)})
    _post(_opening(line))

    loan = _only_loan()
    standing = arrears.standing(st.load_state(loan.id), ON)
    assert standing.days_past_due == (ON - due).days
    assert standing.kolektibilitas == arrears.classify((ON - due).days) == "kurang_lancar"
    assert [r.loan_id for r in arrears.arrears_list(ON)] == [loan.id]
    by_class = {c.kolektibilitas: c.outstanding_rp for c in allowance.required(ON)}  # PPAP reads it by its class
    assert by_class["kurang_lancar"] == loan.outstanding_rp


def test_several_loans_sum_to_1_201_and_keep_the_old_numbers(book):
    lines = [LoanLine(member_number=1, number="SP-07", instalments_paid=2, **FLAT),
             LoanLine(member_number=2, product="", instalments_paid=0, **{**FLAT, "principal_rp": 500_000}),
             LoanLine(member_number=2, number="SP-07", instalments_paid=11, **FLAT)]
    opening = _opening(*lines, numbers=(1, 2))
    preview = loans.amounts(opening)["loans"]["1-201"]
    _post(opening)
    every = lifecycle.list_loans()
    assert sum(loan.outstanding_rp for loan in every) == preview == ledger.account_balance("1-201", ON)
    numbers = sorted(loan.number for loan in every)
    assert numbers.count("SP-07") == 0 and len(set(numbers)) == 3  # a repeated old number is not kept
    # The terms without a product: one inactive product made for them, shared.
    assert {loan.product_id for loan in every} == {every[0].product_id}


def test_an_old_number_given_once_is_kept(book):
    _post(_opening(LoanLine(member_number=1, number="SP-07", instalments_paid=2, **FLAT)))
    assert _only_loan().number == "SP-07"


def test_a_named_product_gives_its_terms_and_penalty(book):
    product_id = loan_support.product(name="Pinjaman flat", penalty_kind="fixed", penalty_rp=5_000)
    line = LoanLine(member_number=1, product="pinjaman FLAT", instalments_paid=3,
                    **{k: v for k, v in FLAT.items() if k not in ("method", "rate", "period")})
    _post(_opening(line))
    loan = _only_loan()
    assert (loan.product_id, loan.method, loan.rate) == (product_id, "flat", Decimal("0.01"))
    state = st.load_state(loan.id)
    assert state.penalty.kind == "fixed"
    full = schedule.generate(1_200_000, Decimal("0.01"), 12, "flat", 500, line.first_due, "monthly")
    assert [r.pokok_rp for r in state.schedule] == [r.pokok_rp for r in full[3:]]


def test_terms_without_a_product_take_a_product_of_the_same_terms(book):
    product_id = loan_support.product(name="Modal usaha", rate=Decimal("0.02"), penalty_kind="fixed",
                                      penalty_rp=2_500)
    _post(_opening(LoanLine(member_number=1, instalments_paid=3, **FLAT)))
    loan = _only_loan()
    assert loan.product_id == product_id and st.load_state(loan.id).penalty.amount_rp == 2_500
    assert loan.rounding_unit_rp == 1  # the old book's rounding is not known: the schedule is exact


def test_a_payment_after_the_opening_pays_the_next_instalment(book):
    line = LoanLine(member_number=1, instalments_paid=6, **FLAT)
    _post(_opening(line))
    loan = _only_loan()
    next_row = _original(line)[6]
    got = payments.pay(loan.id, next_row.total_rp, next_row.due_date)
    state = st.load_state(loan.id)
    assert {(p.instalment_number, p.component, p.amount_rp) for p in state.paid} == {
        (1, "jasa", next_row.jasa_rp), (1, "pokok", next_row.pokok_rp)}
    assert got.entry_id and arrears.standing(state, next_row.due_date).days_past_due == 0
    assert ledger.account_balance("1-201") == loan.outstanding_rp - next_row.pokok_rp
    reversals.reverse(got.entry_id, "salah catat", next_row.due_date)  # an ordinary storno puts it back
    assert st.load_state(loan.id).paid == () and ledger.account_balance("1-201") == loan.outstanding_rp
    got = payments.pay(loan.id, next_row.total_rp, next_row.due_date)
    # Payoff, then nothing is owed.
    day = date(2026, 8, 17)
    payments.pay(loan.id, st.payoff_amount(state, day), day)
    assert lifecycle.get_loan(loan.id).status == "paid_off" and ledger.account_balance("1-201") == 0


def test_an_opened_loan_is_written_off_and_its_opening_entry_not_reversed(book):
    entry_ids = _post(_opening(LoanLine(member_number=1, instalments_paid=2, **FLAT)))
    loan = _only_loan()
    with pytest.raises(Rejected) as refused:
        reversals.reverse(entry_ids[0], "salah ketik", ON)
    assert "loan.opening_not_reversible" in {i.code for i in refused.value.issues}
    assert lifecycle.get_loan(loan.id).status == "disbursed"
    lifecycle.write_off(loan.id, date(2026, 8, 17), "pindah ke luar kota")
    assert ledger.account_balance("1-201") == 0


def test_bank_loan_owed_is_2_201_and_a_repayment_works(book):
    line = BankLoanLine(funder="bri unit desa", agreement_number="B-1", method="flat", rate=Decimal("0.01"),
                        periods=24, principal_rp=24_000_000, received_on=date(2025, 10, 1),
                        first_due=date(2025, 11, 1), instalments_paid=9)
    opening = _opening(bank_loans=[line])
    rows = _original(line)
    owed = sum(r.pokok_rp for r in rows[9:])
    assert loans.amounts(opening)["bank_loans"] == {"2-201": -owed}
    _post(opening)
    (loan,) = bank.list_loans()
    assert loan.owed_pokok_rp == owed == -ledger.account_balance("2-201", ON)
    assert loan.owed_jasa_rp == sum(r.jasa_rp for r in rows[9:])
    assert loans.opened_bank_loan(loan.id).instalments_paid == 9
    loan_support.fund(date(2026, 8, 1), rows[9].total_rp, "1-102")
    paid = bank.pay(loan.id, rows[9].total_rp, date(2026, 8, 1))
    assert (paid.pokok_rp, paid.jasa_rp) == (rows[9].pokok_rp, rows[9].jasa_rp)
    assert -ledger.account_balance("2-201") == owed - rows[9].pokok_rp


def test_every_refusal_names_its_row_and_field(book):
    good = LoanLine(member_number=1, instalments_paid=2, **FLAT)
    rows = _original(good)
    bad = [
        replace(good, member_number=9),
        replace(good, product="Tidak ada"),
        replace(good, method=""),
        replace(good, principal_rp=0),
        replace(good, periods=0),
        replace(good, first_due=good.disbursed_on),
        replace(good, disbursed_on=date(2026, 8, 1), first_due=date(2026, 9, 1)),
        replace(good, instalments_paid=12),
        replace(good, instalments_paid=13),
        replace(good, instalments_paid=None, outstanding_rp=1_300_000, next_due=rows[0].due_date),
        replace(good, instalments_paid=None, outstanding_rp=500_000, next_due=date(2026, 3, 6)),
        replace(good, outstanding_rp=500_000, next_due=rows[2].due_date),
        replace(good, instalments_paid=None),
        replace(good, instalments_paid=None, outstanding_rp=rows[11].pokok_rp, next_due=rows[2].due_date),
        replace(good, instalments_paid=None, outstanding_rp=-1, next_due=rows[2].due_date),
        replace(good, instalments_paid=-1),
    ]
    bank_bad = BankLoanLine(funder="Bank lain", agreement_number="x" * 500, rate=Decimal("0.01"), periods=12, principal_rp=1_000_000,
                            received_on=date(2026, 1, 1), first_due=date(2026, 2, 1), instalments_paid=1)
    opening = _opening(*bad, bank_loans=[bank_bad])
    got = _fields(loans.check(opening))
    expected = {
        "loans.0.member_number": "opening.loan_member_unknown",
        "loans.1.product": "opening.loan_product_unknown",
        "loans.2.method": "required",
        "loans.3.principal_rp": "loan.principal_not_positive",
        "loans.4.periods": "loan.periods_out_of_range",
        "loans.5.first_due": "loan.first_due_too_early",
        "loans.6.disbursed_on": "opening.loan_after_opening",
        "loans.7.instalments_paid": "opening.loan_paid_off",
        "loans.8.instalments_paid": "opening.loan_paid_more_than_owed",
        "loans.9.outstanding_rp": "opening.loan_outstanding_above_principal",
        "loans.10.next_due": "opening.loan_next_due_unknown",
        "loans.11.instalments_paid": "opening.loan_paid_how",
        "loans.12.instalments_paid": "opening.loan_paid_how",
        "loans.13.outstanding_rp": "opening.loan_outstanding_not_fitting",
        "loans.14.outstanding_rp": "opening.loan_paid_more_than_owed",
        "loans.15.instalments_paid": "opening.loan_instalments_paid_range",
        "bank_loans.0.funder": "opening.bank_loan_funder_unknown",
        "bank_loans.0.agreement_number": "text.too_long",
    }
    assert {k: got.get(k) for k in expected} == expected
    assert loans.check(_opening(good)) == []
    assert loans.amounts(opening) == {"loans": {"1-201": 0}, "bank_loans": {"2-201": 0}}
    with pytest.raises(Rejected):
        _post(opening)
    assert lifecycle.list_loans() == []


def test_the_portfolio_the_collection_and_the_printed_card_read_opened_loans(book, tmp_path):
    from app import collection
    from app.documents.catalogue import Request, generate
    from app.documents.loan_portfolio import portfolio

    today = date(2026, 8, 17)
    _post(_opening(LoanLine(member_number=1, instalments_paid=5, **FLAT),
                   LoanLine(member_number=2, instalments_paid=2, **FLAT), numbers=(1, 2)))
    data = portfolio(today)
    assert data.total_outstanding_rp == ledger.account_balance("1-201", today)
    assert {r.days_late for r in data.rows} == {(today - date(2026, 7, 5)).days, (today - date(2026, 4, 5)).days}
    first = lifecycle.list_loans()[-1]
    due = collection.dues(first.member_id, today)
    (owed,) = due.loans
    assert owed.total_rp == payments.amount_due(first.id, today)
    collection.take_payment(first.member_id, today, owed.total_rp)
    assert arrears.standing(st.load_state(first.id), today).days_past_due == 0
    path = generate(Request("loan_card", member_id=first.member_id, end=today), target=tmp_path / "card.pdf")
    assert "Pinjaman dari buku lama: pokok awal Rp1.200.000, cair 05/01/2026, 5 angsuran dibayar sebelum 31/07/2026" \
        in " ".join(pdf_text(path).split())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(method=st_.sampled_from(schedule.METHODS), principal=st_.integers(100_000, 50_000_000),
       periods=st_.integers(2, 36), rate_bp=st_.integers(0, 500), data=st_.data())
def test_the_rows_kept_always_add_up_to_what_is_owed(book, method, principal, periods, rate_bp, data):
    line = LoanLine(member_number=1, method=method, rate=Decimal(rate_bp) / 10_000, period="monthly",
                    periods=periods, principal_rp=principal, disbursed_on=date(2025, 1, 10),
                    first_due=date(2025, 2, 10))
    rows = _original(line)
    k = data.draw(st_.integers(0, periods - 1))
    cut = data.draw(st_.integers(0, rows[k].pokok_rp - 1))
    owed = sum(r.pokok_rp for r in rows[k:]) - cut
    by_count = loans.amounts(_opening(replace(line, instalments_paid=k)))["loans"]["1-201"]
    assert by_count == sum(r.pokok_rp for r in rows[k:])
    part = replace(line, outstanding_rp=owed, next_due=rows[k].due_date)
    assert loans.check(_opening(part)) == []
    assert loans.amounts(_opening(part))["loans"]["1-201"] == owed


def test_loans_brought_in_are_not_loans_given_out_this_year(book):
    from app.funds.report import funder_report
    from app.group_profile import profile

    _post(_opening(LoanLine(member_number=1, instalments_paid=2, **FLAT)))  # given out 5 Jan 2026, before the book
    today = date(2026, 8, 17)
    got = profile(today)
    assert (got.loans_this_year, got.disbursed_this_year_rp) == (0, 0)
    funder_id = db.execute_sql("SELECT id FROM funders").fetchone()[0]
    report = funder_report(funder_id, date(2026, 1, 1), today)
    assert (report.member_loans_count, report.member_loans_paid_rp) == (0, 0)
    assert report.member_loans_outstanding_rp == ledger.account_balance("1-201", today) > 0


def test_nothing_is_paid_or_listed_before_the_opening(book):
    from app.documents.loan_portfolio import portfolio

    line = LoanLine(member_number=1, instalments_paid=3, **FLAT)
    _post(_opening(line))
    loan = _only_loan()
    before = date(2026, 5, 5)  # the 4th instalment's due date, in the old book's time
    with pytest.raises(Rejected) as refused:
        payments.pay(loan.id, _original(line)[3].total_rp, before)
    assert {i.code for i in refused.value.issues} == {"loan.before_disbursement"}
    then = portfolio(before)
    assert not then.rows and then.total_outstanding_rp == ledger.account_balance("1-201", before) == 0
