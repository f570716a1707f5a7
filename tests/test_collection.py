"""Setoran and the collection sheet: what is due, the split in DOMAIN order to the rupiah, one
entry and one receipt, storno restoring everything, refusals that write nothing, the sheet all
or nothing with every wrong row named."""

from __future__ import annotations

from datetime import date

import pytest

from app import collection, ledger, receipts, reversals, savings, settings
from app.collection import EditedSplit, LoanPart, Split
from app.db import db
from app.errors import Rejected
from app.loans import lifecycle, payments
from app.members import mark_left

from collection_support import DUE_RP, ON, member_with_dues
from loan_support import counts, member

TABLES = ("receipts",)


def all_counts() -> dict[str, int]:
    return {**counts(), **{t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}}


def refused(call, *args, **kw) -> list[tuple]:
    before = all_counts()
    with pytest.raises(Rejected) as info:
        call(*args, **kw)
    assert all_counts() == before
    return [(i.field, i.code, i.params) for i in info.value.issues]


def nonzero_trial_balance() -> list:
    return [row for row in ledger.trial_balance() if row.debit_rp or row.credit_rp]


@pytest.fixture
def siti(book):
    return member_with_dues()


def test_dues_per_loan_and_wajib(siti):
    member_id, loan_a, loan_b = siti
    due = collection.dues(member_id, ON)
    assert [(l.loan_id, l.denda_rp, l.jasa_rp, l.pokok_rp, l.total_rp) for l in due.loans] == [
        (loan_a, 20_000, 24_000, 200_000, 244_000), (loan_b, 0, 6_000, 100_000, 106_000)]
    assert (due.wajib_owed_rp, due.wajib_this_month_rp, due.total_rp) == (15_000, 5_000, DUE_RP)
    assert due.loans[0].payoff_rp == 20_000 + 3 * 12_000 + 900_000  # jasa of July, August and the period begun
    assert due.loans[0].outstanding_rp == 900_000


def test_take_payment_splits_in_domain_order_to_the_rupiah(siti):
    member_id, loan_a, loan_b = siti
    before = all_counts()
    result = collection.take_payment(member_id, ON, DUE_RP)
    after = all_counts()
    assert after["journal_entries"] == before["journal_entries"] + 1
    (issued,) = db.execute_sql("SELECT count(*) FROM receipts WHERE number LIKE 'KW/%'").fetchone()
    assert after["receipts"] == before["receipts"] + 1  # her two loans were paid out on BKK, not KW
    assert result.receipt_number == f"KW/2026/{issued:06d}"
    assert result.split == Split(
        (LoanPart(loan_a, "PJ/2026/0001", 20_000, 24_000, 200_000, 244_000, 700_000),
         LoanPart(loan_b, "PJ/2026/0002", 0, 6_000, 100_000, 106_000, 500_000)),
        15_000, 0, DUE_RP)
    entry = ledger.get_entry(result.entry_id)
    assert [(l.account, l.amount_rp, l.memo) for l in entry.lines] == [
        ("1-101", 365_000, ""),
        ("4-102", -20_000, "PJ/2026/0001"), ("4-101", -24_000, "PJ/2026/0001"), ("1-201", -200_000, "PJ/2026/0001"),
        ("4-101", -6_000, "PJ/2026/0002"), ("1-201", -100_000, "PJ/2026/0002"),
        ("3-102", -15_000, ""),
    ]
    assert all(l.member_id == member_id for l in entry.lines)
    assert (lifecycle.outstanding(loan_a), lifecycle.outstanding(loan_b)) == (700_000, 500_000)
    assert payments.amount_due(loan_a, ON) == payments.amount_due(loan_b, ON) == 0
    assert savings.wajib_status(member_id, ON).owed_rp == 0
    assert savings.balances(member_id).wajib_rp == 100_000
    receipt = receipts.get(result.receipt_number)
    assert (receipt.entry_id, receipt.member_id, receipt.amount_rp, receipt.print_count) == (
        result.entry_id, member_id, DUE_RP, 0)
    assert [(l.purpose, l.amount_rp) for l in receipt.lines] == [
        ("Denda PJ/2026/0001", 20_000), ("Jasa PJ/2026/0001", 24_000), ("Angsuran pokok PJ/2026/0001", 200_000),
        ("Jasa PJ/2026/0002", 6_000), ("Angsuran pokok PJ/2026/0002", 100_000), ("Simpanan wajib", 15_000)]


def test_short_cash_reaches_the_oldest_loan_first(siti):
    member_id, loan_a, loan_b = siti
    split = collection.preview(member_id, ON, 250_000)
    assert [(p.loan_id, p.denda_rp, p.jasa_rp, p.pokok_rp) for p in split.loans] == [
        (loan_a, 20_000, 24_000, 200_000), (loan_b, 0, 6_000, 0)]
    assert (split.wajib_rp, split.sukarela_rp) == (0, 0)
    assert all_counts()["journal_entries"] == counts()["journal_entries"]  # preview writes nothing


def test_above_the_dues_goes_to_sukarela_when_ticked_else_to_the_loans(siti):
    member_id, loan_a, loan_b = siti
    due = collection.dues(member_id, ON)
    most = sum(loan.payoff_rp for loan in due.loans) + due.wajib_owed_rp  # both loans paid off, wajib
    assert refused(collection.take_payment, member_id, ON, most + 1) == [
        ("cash_rp", "collection.overpayment", {"max_rp": most})]
    assert collection.preview(member_id, ON, DUE_RP + 1).sukarela_rp == 0  # Rp1 ahead on loan A, not sukarela
    result = collection.take_payment(member_id, ON, DUE_RP + 50_000, to_sukarela=True)  # the tick: her choice
    assert (result.split.wajib_rp, result.split.sukarela_rp) == (15_000, 50_000)
    assert [p.ahead_rp for p in result.split.loans] == [0, 0]  # no next instalment paid
    assert savings.balances(member_id).sukarela_rp == 50_000
    assert collection.dues(member_id, ON).total_rp == 0
    assert lifecycle.get_loan(loan_a).status == lifecycle.get_loan(loan_b).status == "disbursed"


def test_money_above_the_dues_pays_her_next_instalments(siti):
    member_id, loan_a, loan_b = siti
    # loan A: 112.000 a month (12.000 jasa + 100.000 pokok); Rp112.000 more pays September's whole
    result = collection.take_payment(member_id, ON, DUE_RP + 112_000)
    a, b = result.split.loans
    assert (a.denda_rp, a.jasa_rp, a.pokok_rp, a.ahead_rp) == (20_000, 36_000, 300_000, 112_000)
    assert (a.outstanding_after_rp, b.ahead_rp, result.split.sukarela_rp) == (600_000, 0, 0)
    card = payments.card(loan_a, ON)
    assert (card[5].jasa_paid_rp, card[5].pokok_paid_rp) == (12_000, 100_000)  # instalment 6: September
    assert collection.dues(member_id, ON).total_rp == 0


def test_wajib_first_when_pengaturan_says_so(siti):
    member_id, loan_a, loan_b = siti
    settings.update({"collection_order": "wajib_first"})
    split = collection.preview(member_id, ON, 50_000)
    assert split.wajib_rp == 15_000 and [p.total_rp for p in split.loans] == [35_000]
    settings.update({"collection_order": "loans_first"})
    assert collection.preview(member_id, ON, 50_000).wajib_rp == 0
    assert refused(settings.update, {"collection_order": "sometimes"})[0][:2] == (
        "collection_order", "settings.bad_choice")


def test_an_edited_split_within_the_rules_is_posted(siti):
    member_id, loan_a, loan_b = siti
    # Rp360.000: by the rules loan B gets 106.000 and wajib 10.000; she moves Rp5.000 from B to wajib
    assert collection.preview(member_id, ON, 360_000).wajib_rp == 10_000
    edited = EditedSplit({loan_a: 244_000, loan_b: 101_000}, wajib_rp=15_000)
    assert collection.preview(member_id, ON, 360_000, split=edited).wajib_rp == 15_000
    result = collection.take_payment(member_id, ON, 360_000, split=edited)
    assert [(p.jasa_rp, p.pokok_rp) for p in result.split.loans] == [(24_000, 200_000), (6_000, 95_000)]
    assert result.split.loans[0].denda_rp == 20_000  # denda -> jasa -> pokok inside a loan stays
    assert savings.wajib_status(member_id, ON).owed_rp == 0


def test_an_edited_split_that_breaks_the_rules_is_refused(siti):
    member_id, loan_a, loan_b = siti
    due = collection.dues(member_id, ON)
    assert refused(collection.take_payment, member_id, ON, 100_000,
                   split=EditedSplit({loan_a: 90_000}, wajib_rp=5_000)) == [
        ("split", "collection.split_not_cash", {"split_rp": 95_000, "cash_rp": 100_000})]
    assert refused(collection.take_payment, member_id, ON, 100_000,
                   split=EditedSplit({loan_a: 80_000}, wajib_rp=20_000)) == [
        ("split.wajib", "collection.split_over_wajib", {"max_rp": 15_000})]
    too_much = due.loans[1].payoff_rp + 1
    assert refused(collection.take_payment, member_id, ON, too_much,
                   split=EditedSplit({loan_b: too_much})) == [
        ("split.loan.%d" % loan_b, "collection.split_over_loan",
         {"loan": "PJ/2026/0002", "max_rp": too_much - 1})]
    assert refused(collection.preview, member_id, ON, 10_000,
                   split=EditedSplit({loan_a: -5_000}, wajib_rp=15_000)) == [
        ("split.loan.%d" % loan_a, "amount.negative", {})]
    assert refused(collection.preview, member_id, ON, 10_000, split=EditedSplit({999: 10_000})) == [
        ("split.loan.999", "collection.no_such_open_loan", {"loan_ids": [999]})]


def test_payoff_when_chosen(siti):
    member_id, loan_a, loan_b = siti
    result = collection.take_payment(member_id, ON, 956_000 + 106_000 + 15_000, payoff=[loan_a])
    assert result.split.loans[0].outstanding_after_rp == 0
    assert lifecycle.get_loan(loan_a).status == "paid_off"


def test_reversal_restores_schedules_and_balances(siti):
    member_id, loan_a, loan_b = siti
    cards = {loan: payments.card(loan, ON) for loan in (loan_a, loan_b)}
    balances, wajib = savings.balances(member_id), savings.wajib_status(member_id, ON)
    trial = nonzero_trial_balance()
    result = collection.take_payment(member_id, ON, DUE_RP + 10_000, to_sukarela=True)
    reversals.reverse(result.entry_id, "salah anggota", ON)
    assert {loan: payments.card(loan, ON) for loan in (loan_a, loan_b)} == cards
    assert (lifecycle.outstanding(loan_a), lifecycle.outstanding(loan_b)) == (900_000, 600_000)
    assert savings.balances(member_id) == balances and savings.wajib_status(member_id, ON) == wajib
    assert nonzero_trial_balance() == trial
    assert receipts.get(result.receipt_number).entry_id == result.entry_id  # the receipt stays, as paper does


def test_refusals_write_nothing(siti):
    member_id, loan_a, loan_b = siti
    assert refused(collection.take_payment, member_id, ON, 0) == [("cash_rp", "amount.not_positive", {})]
    assert refused(collection.take_payment, member_id, ON, -5_000) == [("cash_rp", "amount.not_positive", {})]
    assert refused(collection.take_payment, member_id, ON, 5_000.0) == [
        ("cash_rp", "posting.not_whole_rupiah", {"amount": "5000.0"})]
    assert refused(collection.take_payment, member_id, date(2026, 8, 18), 5_000) == [
        ("on", "date.in_future", {})]
    # loan B was disbursed on 15/07: paying it off on 01/07 is before its disbursement
    assert refused(collection.take_payment, member_id, date(2026, 7, 1), 700_000, payoff=[loan_b]) == [
        ("on", "loan.before_disbursement", {"disbursed_on": date(2026, 7, 15)})]
    assert refused(collection.take_payment, member_id, ON, 5_000, payoff=[999]) == [
        ("payoff", "collection.no_such_open_loan", {"loan_ids": [999]})]
    other = member("Jumiati")
    mark_left(other, date(2026, 8, 1))
    assert refused(collection.take_payment, other, ON, 0) == [
        ("cash_rp", "amount.not_positive", {}), ("member", "member.has_left", {"left_on": date(2026, 8, 1)})]
    assert refused(collection.take_payment, 9_999, ON, 5_000) == [
        ("member", "member.not_found", {"member_id": 9_999})]


def test_receipt_numbers_gapless_per_year_and_none_taken_by_a_refusal(book):
    ana, budi = member("Ana"), member("Budi")
    assert collection.take_payment(ana, date(2025, 12, 31), 5_000, to_sukarela=True).receipt_number == "KW/2025/000001"
    refused(collection.take_payment, budi, date(2026, 1, 2), 10**9)  # more than owed, no sukarela
    numbers = [collection.take_payment(who, date(2026, 1, 2), 5_000, to_sukarela=True).receipt_number
               for who in (ana, budi)]
    assert numbers == ["KW/2026/000001", "KW/2026/000002"]
    assert collection.take_payment(ana, date(2025, 12, 31), 5_000, to_sukarela=True).receipt_number == "KW/2025/000002"


def test_receipts_are_immutable_except_print_count(siti):
    member_id, *_ = siti
    number = collection.take_payment(member_id, ON, DUE_RP).receipt_number
    assert receipts.mark_printed(number) == 0 and receipts.mark_printed(number) == 1
    assert receipts.get(number).print_count == 2
    for statement in ("UPDATE receipts SET amount_rp = 1", "UPDATE receipts SET print_count = 0",
                      "DELETE FROM receipts"):
        with pytest.raises(Exception, match="lumbung: receipts"):
            db.execute_sql(statement)
    assert refused(receipts.get, "KW/2026/999999") == [("receipt", "receipt.not_found", {"number": "KW/2026/999999"})]


# --- the collection sheet ------------------------------------------------------------------


@pytest.fixture
def sheet_members(siti):
    rina = member("Rina")
    left = member("Keluar")
    mark_left(left, date(2026, 1, 1))
    return siti[0], rina


def test_sheet_lists_active_members_with_what_each_owes(sheet_members):
    siti, rina = sheet_members
    rows = {row.member_id: row for row in collection.collection_sheet(ON)}
    assert set(rows) == {siti, rina}  # the member who left is not on it
    assert (rows[siti].pokok_rp, rows[siti].jasa_rp, rows[siti].denda_rp, rows[siti].wajib_rp, rows[siti].total_rp) == (
        300_000, 30_000, 20_000, 15_000, DUE_RP)
    assert (rows[rina].wajib_rp, rows[rina].total_rp) == (100_000, 100_000)  # 20 months of Rp5.000


def test_sheet_posts_all_rows_in_one_go(sheet_members):
    siti, rina = sheet_members
    (issued,) = db.execute_sql("SELECT count(*) FROM receipts WHERE number LIKE 'KW/%'").fetchone()  # money in
    result = collection.post_sheet(ON, {siti: DUE_RP, rina: 100_000, 9_999: 0})
    assert [p.receipt_number for p in result.payments] == [f"KW/2026/{issued + 1:06d}", f"KW/2026/{issued + 2:06d}"]
    assert result.total_rp == DUE_RP + 100_000
    assert [row.total_rp for row in collection.collection_sheet(ON)] == [0, 0]


def test_sheet_takes_next_instalments_and_sukarela_per_row(sheet_members):
    siti, rina = sheet_members
    result = collection.post_sheet(ON, {siti: DUE_RP + 112_000, rina: 150_000}, sukarela_rows={rina})
    by_member = {p.member_id: p.split for p in result.payments}
    assert by_member[siti].loans[0].ahead_rp == 112_000 and by_member[siti].sukarela_rp == 0
    assert (by_member[rina].wajib_rp, by_member[rina].sukarela_rp) == (100_000, 50_000)
    assert savings.balances(rina).sukarela_rp == 50_000


def test_sheet_with_bad_rows_saves_nothing_and_names_every_one(sheet_members):
    siti, rina = sheet_members
    other = member("Wati")
    issues = refused(collection.post_sheet, ON, {siti: DUE_RP + 1, rina: 100_001, other: "abc", 9_999: 5_000})
    assert issues == [
        (f"rows.{rina}.amount", "collection.overpayment", {"max_rp": 100_000}),
        (f"rows.{other}.amount", "posting.not_whole_rupiah", {"amount": "abc"}),
        ("rows.9999.amount", "member.not_found", {"member_id": 9_999}),
    ]
    assert refused(collection.post_sheet, date(2026, 8, 18), {rina: 5_000}) == [("on", "date.in_future", {})]
