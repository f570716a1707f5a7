"""The storno service: the ledger's reversal plus every domain rule — savings never below zero
on any later day, a loan's disbursement, fee and write-off not reversible, a payment reversible
with the loan card back as it was. Refusals write nothing."""

from __future__ import annotations

from datetime import date

import pytest

from app import leaving, ledger, reversals, savings
from app.db import db
from app.errors import Rejected
from app.loans import lifecycle
from app.loans.payments import card, pay
from app.savings import SavingsBalances
from loan_support import counts, disbursed, fund, member, product

ON = date(2026, 1, 10)  # the loans' disbursement
JOINED = date(2025, 1, 2)


def refused(entry_id: int, reason: str = "salah", on: date | None = None) -> list[tuple]:
    before = counts(), db.execute_sql("SELECT * FROM journal_entries ORDER BY id").fetchall()
    with pytest.raises(Rejected) as info:
        reversals.reverse(entry_id, reason, on)
    assert (counts(), db.execute_sql("SELECT * FROM journal_entries ORDER BY id").fetchall()) == before
    return [(i.field, i.code, i.params) for i in info.value.issues]


@pytest.fixture
def siti(book) -> int:
    return member()


# --- loans ---------------------------------------------------------------------------------


def test_a_disbursement_reverses_with_its_fee_and_the_loan_is_approved_again(siti):
    fund(ON, 1_000_000)  # the box holds the loan before it is paid out
    cash = ledger.account_balance("1-101")
    loan = lifecycle.get_loan(disbursed(siti, product(fee_kind="fixed", fee_rp=50_000, fee_deducted=False),
                                        1_000_000, 10, on=ON))
    assert refused(loan.fee_entry_id) == [("entry", "loan.fee_with_disbursement", {"loan": loan.number})]
    preview = reversals.preview(loan.disbursement_entry_id, date(2026, 1, 12))
    assert preview.allowed and [u.code for u in preview.undoes] == ["loan.disbursement", "loan.fee"]
    assert len(preview.receipts) == 2
    storno = reversals.reverse(loan.disbursement_entry_id, "salah anggota", date(2026, 1, 12))
    again = lifecycle.get_loan(loan.id)
    assert (again.status, again.disbursed_on, again.disbursement_entry_id, again.fee_entry_id) == (
        "approved", None, None, None)
    assert ledger.account_balance("1-101") == cash and ledger.account_balance("1-201") == 0
    assert ledger.account_balance("4-103") == 0
    assert ledger.get_entry(loan.fee_entry_id).reversed_by_id is not None
    assert db.execute_sql("SELECT disbursement_entry_id, fee_entry_id, storno_entry_id FROM"
                          " loan_disbursement_reversals").fetchall() == [
        (loan.disbursement_entry_id, loan.fee_entry_id, storno)]
    # paid out again, the right way: a schedule of its own
    lifecycle.disburse(loan.id, date(2026, 1, 15), first_due=date(2026, 2, 15))
    assert lifecycle.get_loan(loan.id).status == "disbursed" and len(lifecycle.schedule(loan.id)) == 10


def test_a_disbursement_with_a_payment_and_a_write_off_are_not_reversed(siti):
    loan = lifecycle.get_loan(disbursed(siti, product(), 1_000_000, 10, on=ON))
    payment = pay(loan.id, 100_000, date(2026, 2, 10))
    assert refused(loan.disbursement_entry_id) == [
        ("entry", "loan.has_payments", {"loan": loan.number, "count": 1})]
    reversals.reverse(payment.entry_id, "salah", date(2026, 2, 11))
    assert refused(loan.disbursement_entry_id) == [("entry", "loan.had_payments", {"loan": loan.number})]
    written_off = lifecycle.write_off(loan.id, date(2026, 8, 1), "meninggal dunia")
    expected = [("entry", "loan.entry_not_reversible", {"loan": loan.number})]
    assert refused(written_off.write_off_entry_id) == expected
    assert refused(loan.disbursement_entry_id) == expected
    assert lifecycle.get_loan(loan.id).status == "written_off"


def test_reversing_a_payment_restores_the_card(siti):
    loan = disbursed(siti, product(), 9_000_000, 12, on=ON)
    before = card(loan, date(2026, 8, 1)), ledger.account_balance("1-201")
    payment = pay(loan, 840_000, date(2026, 2, 10))
    storno = reversals.reverse(payment.entry_id, "uang palsu", date(2026, 2, 11))
    assert ledger.get_entry(storno).reverses_id == payment.entry_id
    assert (card(loan, date(2026, 8, 1)), ledger.account_balance("1-201")) == before
    assert lifecycle.outstanding(loan) == 9_000_000


# --- savings -------------------------------------------------------------------------------


def test_reverse_refuses_to_overdraw_what_she_has_withdrawn(siti):
    deposit = savings.deposit(siti, "sukarela", 100_000, date(2026, 2, 1)).entry_id
    savings.withdraw(siti, 80_000, date(2026, 3, 1))
    fund(date(2026, 3, 1), 80_000)  # the box holds the money again: only her savings stand in the way
    assert refused(deposit, "salah", date(2026, 3, 5)) == [
        ("entry", "savings.reversal_overdraws", {"kind": "sukarela", "member_id": siti, "balance_rp": -80_000})
    ]
    # A withdrawal may always be reversed, and then the deposit can be.
    withdrawal = savings.passbook(siti)[-1].entry_id
    reversals.reverse(withdrawal, "batal", date(2026, 3, 5))
    storno = reversals.reverse(deposit, "salah", date(2026, 3, 5))
    assert ledger.get_entry(storno).reverses_id == deposit
    assert savings.balances(siti) == SavingsBalances(0, 0, 0, 0)


def test_settlement_is_not_undone_by_reversing_an_old_deposit(siti):
    deposit = savings.deposit(siti, "sukarela", 20_000, JOINED).entry_id
    leaving.settle(siti, date(2026, 8, 1))
    fund(date(2026, 8, 1), 20_000)
    assert refused(deposit, "salah", date(2026, 8, 2)) == [
        ("entry", "savings.reversal_overdraws", {"kind": "sukarela", "member_id": siti, "balance_rp": -20_000})
    ]


def test_a_leaving_settlement_is_not_reversed(siti):
    savings.deposit(siti, "pokok", savings.pokok_amount(), JOINED)
    savings.deposit(siti, "sukarela", 20_000, JOINED)
    settlement = leaving.settle(siti, date(2026, 8, 1)).entry_id
    number_and_name = {"number": "0001", "name": "Siti Aisyah"}
    assert refused(settlement, "salah", date(2026, 8, 2)) == [("entry", "member.leaving_not_reversible", number_and_name)]


def test_ledger_refusals_pass_through(siti):
    deposit = savings.deposit(siti, "sukarela", 100_000, date(2026, 2, 1)).entry_id
    assert refused(deposit, " ", date(2026, 3, 1)) == [("reason", "required", {})]
    assert refused(999, "x") == [("entry", "entry.not_found", {"entry_id": 999})]
    assert refused(deposit, "x", date(2026, 8, 18)) == [("entry_date", "date.in_future", {})]


# --- group businesses --------------------------------------------------------------------------


def test_a_purchase_whose_stock_was_sold_since_is_not_reversed(book):
    from app.usaha import catalog, stock, trade
    from app.usaha.trade import SaleLine
    from app.errors import Issue
    from ui.messages import issue_text

    from usaha_support import ALABIO, BUTIR

    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 7, 1))
    fund(date(2026, 7, 1), 180_000)
    bought = trade.purchase(ALABIO, date(2026, 7, 1), egg.id, 100, 180_000, supplier="Peternak Haur Gading")
    trade.sell(ALABIO, date(2026, 7, 5), [SaleLine(egg.id, 60)])
    issues = refused(bought.entry_id, "Salah harga", date(2026, 7, 10))
    assert issues == [("entry", "stock.insufficient", {"item": "Telur itik", "on_hand": 40, "asked": 100,
                                                       "unit": "butir", "item_id": egg.id, "unit_id": None})]
    assert issue_text(Issue(*issues[0])) == "Stok Telur itik hanya 1 rak 10 butir, diminta 3 rak 10 butir."
    assert stock.on_hand(egg.id) == 40


def test_a_credit_sale_with_a_payment_standing_is_not_reversed_and_a_plain_sale_is(book):
    from app.usaha import catalog, stock, trade
    from app.usaha.trade import SaleLine

    from usaha_support import ALABIO, BUTIR, RAK

    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 7, 1))
    fund(date(2026, 7, 1), 180_000)
    trade.purchase(ALABIO, date(2026, 7, 1), egg.id, 100, 180_000)
    on_credit = trade.sell(ALABIO, date(2026, 7, 5), [SaleLine(egg.id, 30)], buyer_name="Warung Bu Ani",
                           on_credit=True)
    trade.collect(on_credit.sale_id, date(2026, 7, 6), 25_000)
    assert [code for _, code, _ in refused(on_credit.entry_id, "Salah", date(2026, 7, 10))] == ["usaha.has_payments"]
    cash = trade.sell(ALABIO, date(2026, 7, 7), [SaleLine(egg.id, 1, RAK)])
    assert stock.on_hand(egg.id) == 40
    storno = reversals.reverse(cash.entry_id, "Pembeli batal", date(2026, 7, 8))
    assert ledger.get_entry(storno).reverses_id == cash.entry_id
    assert stock.on_hand(egg.id) == 70  # the rak came back
    assert ledger.business_balance(ALABIO, "1-301") == sum(r.value_rp for r in stock.stock_list(ALABIO))
    assert ledger.business_balance(ALABIO, "4-201") == -75_000  # only the credit sale stands
