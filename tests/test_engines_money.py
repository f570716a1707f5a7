"""Savings, receipts, the Setoran and its collection sheet, loans from application to
write-off, a member leaving and stornos: the same on both engines (issue 16). Each test runs
on a SQLite book and on a PostgreSQL book (any_book) and checks real balances."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app import clock, collection, leaving, ledger, receipts, reversals, savings, savings_register
from app.db import db
from app.errors import Rejected
from app.loans import arrears, lifecycle, payments, written_off
from app.members import get_member
from app.savings import SavingsBalances
from collection_support import DUE_RP, ON, member_with_dues
from loan_support import disbursed, fund, member, product

TABLES = ("journal_entries", "postings", "receipts", "loan_allocations", "loans", "loan_recoveries", "members")


def counts() -> dict[str, int]:
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def receivable_matches_loans() -> bool:
    return ledger.account_balance("1-201") == sum(loan.outstanding_rp for loan in lifecycle.list_loans())


def trial_balance_is_zero() -> bool:
    rows = ledger.trial_balance()
    return all(type(r.debit_rp) is int and type(r.credit_rp) is int for r in rows) and (
        sum(r.debit_rp - r.credit_rp for r in rows) == 0)


def test_deposits_withdrawals_the_passbook_and_the_register(any_book):
    siti, ani = member("Siti Aminah"), member("Ani")
    savings.set_amounts(10_000, 5_000)
    assert (savings.pokok_amount(), savings.wajib_amount()) == (10_000, 5_000)
    savings.set_amounts(20_000, 5_000)  # replacing the setting, not a second row
    assert savings.pokok_amount() == 20_000
    first = savings.deposit(siti, "pokok", 20_000, date(2026, 1, 5))
    savings.deposit(siti, "wajib", 40_000, date(2026, 3, 1))
    savings.deposit(siti, "sukarela", 150_000, date(2026, 7, 1))
    savings.deposit(ani, "sukarela", 30_000, date(2026, 7, 2))
    out = savings.withdraw(siti, 50_000, date(2026, 8, 1))
    assert first.receipt_number == "KW/2026/000001" and out.receipt_number == "BKK/2026/000001"
    assert savings.balances(siti) == SavingsBalances(20_000, 40_000, 100_000, 160_000)
    assert savings.balances(siti, as_of=date(2026, 7, 31)).sukarela_rp == 150_000
    assert savings.all_balances()[ani] == SavingsBalances(0, 0, 30_000, 30_000)
    assert ledger.account_balance("1-101") == 190_000
    # she may not take more than she has, on the day or dated back before a later withdrawal
    before = counts()
    for amount, on in ((100_001, date(2026, 8, 17)), (120_000, date(2026, 7, 15))):
        with pytest.raises(Rejected) as refused:
            savings.withdraw(siti, amount, on)
        assert refused.value.codes() == ["savings.insufficient_balance"]
    assert counts() == before
    book = savings.passbook(siti)
    assert [(r.setor_rp, r.tarik_rp, r.saldo_rp, r.kind) for r in book] == [
        (20_000, 0, 20_000, "pokok"), (40_000, 0, 60_000, "wajib"), (150_000, 0, 210_000, "sukarela"),
        (0, 50_000, 160_000, "sukarela")]
    # wajib: 20 months from January 2025 at Rp5.000, 40.000 paid
    status = savings.wajib_status(siti, date(2026, 8, 17))
    assert (status.months_due, status.due_rp, status.paid_rp, status.owed_rp) == (20, 100_000, 40_000, 60_000)
    register = {row.member.id: row for row in savings_register.register(date(2026, 8, 17))}
    assert register[siti].balances.total_rp == 160_000 and register[siti].wajib.paid_rp == 40_000
    assert register[ani].balances.sukarela_rp == 30_000 and register[ani].wajib.owed_rp == 100_000
    assert trial_balance_is_zero()


def test_receipt_numbers_run_per_series_and_year_and_a_refusal_takes_none(any_book):
    siti = member()
    numbers = [savings.deposit(siti, "sukarela", 1_000 * i, date(2026, 8, i)).receipt_number for i in (1, 2)]
    with pytest.raises(Rejected):
        savings.deposit(siti, "sukarela", -5, date(2026, 8, 3))
    numbers.append(savings.deposit(siti, "sukarela", 3_000, date(2026, 8, 3)).receipt_number)
    numbers.append(savings.deposit(siti, "sukarela", 4_000, date(2025, 12, 31)).receipt_number)
    assert numbers == ["KW/2026/000001", "KW/2026/000002", "KW/2026/000003", "KW/2025/000001"]
    receipt = receipts.get("KW/2026/000003")
    assert (receipt.amount_rp, receipt.member_id, receipt.direction) == (3_000, siti, receipts.IN)
    assert [(line.purpose, line.amount_rp) for line in receipt.lines] == [("Simpanan sukarela", 3_000)]
    assert receipts.find("3") == "KW/2026/000003"
    assert [r.number for r in receipts.search(member_id=siti, start=date(2026, 8, 2))] == [
        "KW/2026/000003", "KW/2026/000002"]
    assert receipts.mark_printed("KW/2026/000003") == 0 and receipts.get("KW/2026/000003").print_count == 1


def test_a_setoran_splits_to_the_rupiah_with_its_receipt(any_book):
    siti, loan_a, loan_b = member_with_dues()
    due = collection.dues(siti, ON)
    assert [(l.denda_rp, l.jasa_rp, l.pokok_rp) for l in due.loans] == [(20_000, 24_000, 200_000), (0, 6_000, 100_000)]
    assert due.total_rp == DUE_RP
    result = collection.take_payment(siti, ON, DUE_RP)
    assert [(l.account, l.amount_rp) for l in ledger.get_entry(result.entry_id).lines] == [
        ("1-101", 365_000), ("4-102", -20_000), ("4-101", -24_000), ("1-201", -200_000),
        ("4-101", -6_000), ("1-201", -100_000), ("3-102", -15_000)]
    assert (lifecycle.outstanding(loan_a), lifecycle.outstanding(loan_b)) == (700_000, 500_000)
    assert collection.dues(siti, ON).total_rp == 0
    assert savings.balances(siti).wajib_rp == 100_000
    receipt = receipts.get(result.receipt_number)
    assert (receipt.amount_rp, receipt.loan_balances) == (DUE_RP, (("PJ/2026/0001", 700_000), ("PJ/2026/0002", 500_000)))
    assert receivable_matches_loans() and trial_balance_is_zero()


def test_a_collection_sheet_posts_every_row_or_nothing(any_book):
    siti, loan_a, _ = member_with_dues("Siti")
    ani, _, _ = member_with_dues("Ani")
    rina = member("Rina")
    sheet = {row.member_id: row for row in collection.collection_sheet(ON)}
    assert sheet[siti].total_rp == sheet[ani].total_rp == DUE_RP
    assert (sheet[rina].wajib_rp, sheet[rina].total_rp) == (100_000, 100_000)  # 20 months at Rp5.000
    before, cash = counts(), ledger.account_balance("1-101")
    with pytest.raises(Rejected) as refused:
        collection.post_sheet(ON, {siti: DUE_RP, ani: 10**9, rina: 100_000})
    assert [i.field for i in refused.value.issues] == [f"rows.{ani}.amount"]
    assert counts() == before and ledger.account_balance("1-101") == cash
    result = collection.post_sheet(ON, {siti: DUE_RP, ani: DUE_RP, rina: 150_000}, sukarela_rows=[rina])
    assert result.total_rp == 2 * DUE_RP + 150_000
    numbers = [p.receipt_number for p in result.payments]
    first = int(numbers[0].rsplit("/", 1)[1])
    assert numbers == [f"KW/2026/{n:06d}" for n in range(first, first + 3)]
    assert ledger.account_balance("1-101") == cash + 2 * DUE_RP + 150_000
    assert savings.balances(rina) == SavingsBalances(0, 100_000, 50_000, 150_000)
    assert all(row.total_rp == 0 for row in collection.collection_sheet(ON))
    assert lifecycle.outstanding(loan_a) == 700_000
    assert receivable_matches_loans() and trial_balance_is_zero()


def test_a_loan_from_application_to_write_off_and_recovery(any_book, fixed_clock):
    siti, ani = member("Siti"), member("Ani")
    flat = product()
    fund(date(2025, 1, 2), 20_000_000)
    clock.fix(datetime(2025, 1, 10, 9, 0))
    loan = lifecycle.apply(siti, flat, 9_000_000, 12, date(2025, 2, 10))
    assert (loan.number, loan.status) == ("PJ/2025/0001", "applied")
    assert lifecycle.approve(loan.id).status == "approved"
    given = lifecycle.disburse(loan.id, date(2025, 1, 10))
    clock.fix(fixed_clock)
    assert (given.status, given.outstanding_rp) == ("disbursed", 9_000_000)
    assert ledger.account_balance("1-101") == 11_000_000 and ledger.account_balance("1-201") == 9_000_000
    assert len(lifecycle.schedule(loan.id)) == 12 and lifecycle.schedule(loan.id)[0].total_rp == 840_000
    paid = payments.pay(loan.id, 840_000 * 3, date(2025, 4, 10))
    assert {c: sum(a.amount_rp for a in paid.allocations if a.component == c) for c in ("jasa", "pokok")} == {
        "jasa": 270_000, "pokok": 2_250_000}
    assert lifecycle.outstanding(loan.id) == 6_750_000
    # arrears: paid through April, nothing since; on 17/08/2026 the oldest unpaid is 10/05/2025
    as_of = date(2026, 8, 17)
    other = disbursed(ani, product(name="Lain"), 1_000_000, 10, on=date(2026, 8, 1))  # not yet due
    assert arrears.days_past_due(loan.id, as_of) == (as_of - date(2025, 5, 10)).days
    rows = arrears.arrears_list(as_of)
    assert [(r.loan_id, r.kolektibilitas, r.outstanding_rp, r.overdue_rp) for r in rows] == [
        (loan.id, "macet", 6_750_000, 9 * 840_000)]
    assert [r.loan_id for r in arrears.arrears_list(as_of, include_current=True)] == [loan.id, other]
    assert arrears.members_in_arrears([siti, ani], as_of) == {siti}
    assert set(arrears.states_on(date(2025, 4, 10))) == {loan.id}
    arrears.set_thresholds(30, 60, 90)
    assert arrears.thresholds() == (30, 60, 90)
    arrears.set_thresholds(90, 120, 180)  # set again: replaced
    assert arrears.thresholds() == (90, 120, 180)
    gone = lifecycle.write_off(loan.id, as_of, "pindah ke luar daerah, keputusan RAT")
    assert (gone.status, gone.outstanding_rp) == ("written_off", 0)
    assert ledger.account_balance("1-201") == 1_000_000
    [off] = written_off.written_off(as_of)
    assert (off.loan_id, off.amount_rp, off.recovered_rp) == (loan.id, 6_750_000, 0)
    back = written_off.recover(loan.id, as_of, 500_000)
    assert (back.loan_id, back.amount_rp, back.receipt_number) == (loan.id, 500_000, receipts.for_entry(back.entry_id))
    assert written_off.written_off(as_of)[0].recovered_rp == 500_000
    assert [r.id for r in written_off.recoveries(as_of, loan_id=loan.id)] == [back.id]
    assert receivable_matches_loans() and trial_balance_is_zero()


def test_a_member_leaves_her_loan_paid_off_from_her_savings(any_book):
    siti = member("Siti Aminah")
    savings.deposit(siti, "pokok", 10_000, date(2025, 1, 2))
    savings.deposit(siti, "wajib", 90_000, date(2026, 7, 1))
    savings.deposit(siti, "sukarela", 200_000, date(2026, 7, 1))
    loan = disbursed(siti, product(interest_free=True, rate=Decimal(0)), 200_000, 4, on=date(2026, 8, 1))
    fund(ON, 100_000)
    cash = ledger.account_balance("1-101")
    result = leaving.settle(siti, ON)
    assert result.payout_rp == 100_000 and ledger.account_balance("1-101") == cash - 100_000
    assert lifecycle.get_loan(loan).status == "paid_off" and get_member(siti).left_on == ON
    assert savings.balances(siti) == SavingsBalances(0, 0, 0, 0)
    assert receipts.get(result.receipt_number).direction == receipts.OUT
    assert receivable_matches_loans() and trial_balance_is_zero()
    with pytest.raises(Rejected) as refused:
        reversals.reverse(result.entry_id, "salah")
    assert refused.value.codes() == ["member.leaving_not_reversible"]


def test_stornos_of_a_deposit_and_of_a_loan_payment(any_book):
    siti, loan_a, _ = member_with_dues()
    deposit = savings.deposit(siti, "sukarela", 50_000, ON)
    assert savings.balances(siti).sukarela_rp == 50_000
    storno = reversals.reverse(deposit.entry_id, "salah catat")
    assert savings.balances(siti).sukarela_rp == 0
    assert receipts.get(deposit.receipt_number).cancelled
    before = lifecycle.outstanding(loan_a)
    paid = payments.pay(loan_a, 112_000, ON)
    pokok = sum(a.amount_rp for a in paid.allocations if a.component == "pokok")
    assert pokok > 0 and lifecycle.outstanding(loan_a) == before - pokok
    preview = reversals.preview(paid.entry_id)
    assert [(u.code, u.params["pokok"]) for u in preview.undoes] == [("loan.payment", pokok)]
    reversals.reverse(paid.entry_id, "salah pinjaman")
    assert lifecycle.outstanding(loan_a) == before
    assert ledger.get_entry(storno).reverses_id == deposit.entry_id
    assert receivable_matches_loans() and trial_balance_is_zero()


def test_a_disbursement_reversed_with_its_fee_and_paid_out_again(any_book):
    siti = member()
    fund(date(2026, 1, 10), 1_000_000)
    cash = ledger.account_balance("1-101")
    loan = lifecycle.get_loan(disbursed(siti, product(fee_kind="fixed", fee_rp=50_000, fee_deducted=False),
                                        1_000_000, 10, on=date(2026, 1, 10)))
    preview = reversals.preview(loan.disbursement_entry_id, date(2026, 1, 12))
    assert preview.allowed and [u.code for u in preview.undoes] == ["loan.disbursement", "loan.fee"]
    storno = reversals.reverse(loan.disbursement_entry_id, "salah anggota", date(2026, 1, 12))
    again = lifecycle.get_loan(loan.id)
    assert (again.status, again.disbursement_entry_id, again.fee_entry_id) == ("approved", None, None)
    assert ledger.account_balance("1-101") == cash and ledger.account_balance("1-201") == 0
    assert db.execute_sql("SELECT storno_entry_id FROM loan_disbursement_reversals").fetchall() == [(storno,)]
    lifecycle.disburse(loan.id, date(2026, 1, 15), first_due=date(2026, 2, 15))
    assert lifecycle.get_loan(loan.id).outstanding_rp == 1_000_000 and len(lifecycle.schedule(loan.id)) == 10
    assert receivable_matches_loans() and trial_balance_is_zero()


def test_the_storno_of_a_setoran_mirrors_its_lines_in_their_order(any_book):
    siti, loan_a, loan_b = member_with_dues()
    taken = collection.take_payment(siti, ON, DUE_RP)
    preview = reversals.preview(taken.entry_id, ON)
    storno = reversals.reverse(taken.entry_id, "salah anggota", ON)
    original = [(l.account, l.amount_rp, l.member_id, l.memo) for l in ledger.get_entry(taken.entry_id).lines]
    assert [(l.account, -l.amount_rp, l.member_id, l.memo) for l in ledger.get_entry(storno).lines] == original
    assert [(l.account, l.amount_rp) for l in preview.lines] == [(a, rp) for a, rp, _, _ in original]
    refund = receipts.get(receipts.for_entry(storno))
    assert (refund.direction, refund.amount_rp, refund.cancels) == (receipts.OUT, DUE_RP, taken.receipt_number)
    assert (lifecycle.outstanding(loan_a), lifecycle.outstanding(loan_b)) == (900_000, 600_000)
    assert collection.dues(siti, ON).total_rp == DUE_RP
    assert receivable_matches_loans() and trial_balance_is_zero()
