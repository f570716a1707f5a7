"""The storno preview: a whole transaction, every line, member and account, the cash, the kuitansi
it cancels and what else it undoes, and the reason it would be refused; reverse() does what the
preview shows. The reversed kuitansi reads BATAL on every print after, and money going back gets
its own kuitansi."""

from __future__ import annotations

from datetime import date

import pytest

from app import collection, ledger, receipts, reversals, savings
from app.documents.receipt import write_receipt
from app.errors import Rejected
from app.loans import lifecycle
from app.loans.payments import pay
from app.usaha import catalog, sharing, stock, trade
from app.usaha.trade import SaleLine
from collection_support import ON, member_with_dues
from loan_support import counts, disbursed, member, product
from pdf_support import pdf_text
from usaha_support import ALABIO, BUTIR, capital
from usaha_support import member as usaha_member


def codes(preview) -> list[str]:
    return [issue.code for issue in preview.issues]


@pytest.fixture
def saniah(book) -> tuple[int, int, int]:
    return member_with_dues("Hj. Saniah")


def test_preview_of_a_mixed_setoran_lists_every_line(saniah):
    member_id, loan_a, loan_b = saniah
    # Money above the day's dues would pay the next instalment: the treasurer steers 20 000 to sukarela.
    edited = collection.EditedSplit(loans={loan_a: 244_000, loan_b: 106_000}, wajib_rp=15_000, sukarela_rp=20_000)
    taken = collection.take_payment(member_id, ON, 365_000 + 20_000, to_sukarela=True, split=edited)
    wajib_line = next(line for line in savings.passbook(member_id) if line.entry_id == taken.entry_id)
    preview = reversals.preview(wajib_line.entry_id, ON)
    assert preview.allowed and preview.issues == ()
    assert preview.entry_id == taken.entry_id and preview.entry_date == ON
    names = {(line.account_name, line.member_name, line.amount_rp) for line in preview.lines}
    number_a, number_b = lifecycle.get_loan(loan_a).number, lifecycle.get_loan(loan_b).number
    split = taken.split
    assert ("Kas", "Hj. Saniah", 385_000) in names
    assert ("Simpanan wajib", "Hj. Saniah", -split.wajib_rp) in names
    assert ("Simpanan sukarela", "Hj. Saniah", -20_000) in names
    assert {line.memo for line in preview.lines if line.account == "1-201"} == {number_a, number_b}
    assert sum(line.amount_rp for line in preview.lines) == 0
    assert len(preview.lines) == len(ledger.get_entry(taken.entry_id).lines)
    assert preview.cash_rp == 385_000
    assert preview.receipts == (taken.receipt_number,) and preview.refund_receipt
    assert [(u.code, u.params["loan"]) for u in preview.undoes] == [("loan.payment", number_a),
                                                                    ("loan.payment", number_b)]
    assert {line.member_number for line in preview.lines if line.member_id} == {"0001"}


def test_reverse_does_what_the_preview_shows_and_issues_the_refund_receipt(saniah):
    member_id, loan_a, _ = saniah
    taken = collection.take_payment(member_id, ON, 365_000, to_sukarela=False)
    preview = reversals.preview(taken.entry_id, ON)
    storno = reversals.reverse(taken.entry_id, "salah anggota", ON)
    mirror = ledger.get_entry(storno)
    assert [(l.account, -l.amount_rp, l.member_id) for l in mirror.lines] == [
        (l.account, l.amount_rp, l.member_id) for l in preview.lines]
    refund = receipts.get(receipts.for_entry(storno))
    assert (refund.direction, refund.member_id, refund.amount_rp, refund.cancels) == (
        receipts.OUT, member_id, 365_000, taken.receipt_number)
    assert refund.lines[0].purpose.startswith("Pembatalan: ")
    assert sum(line.amount_rp for line in refund.lines) == 365_000
    cancelled = receipts.get(taken.receipt_number)
    assert (cancelled.cancelled_by, cancelled.cancelled_on) == (refund.number, ON)


def test_preview_of_a_bagi_hasil_lists_every_members_share(book):
    siti = usaha_member("Siti Aisyah", business_ids=[ALABIO])
    wati = usaha_member("Wati", business_ids=[ALABIO])
    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 7, 1))
    capital(ALABIO, date(2026, 7, 1), 180_000)  # the box pays for the eggs
    trade.purchase(ALABIO, date(2026, 7, 1), egg.id, 100, 180_000)
    trade.sell(ALABIO, date(2026, 7, 5), [SaleLine(egg.id, 60)])
    sharing.set_rule(ALABIO, "hours", {"members": 100})
    sharing.record_work(ALABIO, siti, date(2026, 7, 3), hours=2)
    sharing.record_work(ALABIO, wati, date(2026, 7, 4), hours=2)
    shared = sharing.post_share(ALABIO, date(2026, 7, 1), date(2026, 7, 31), on=date(2026, 8, 1))
    siti_line = next(line for line in savings.passbook(siti) if line.entry_id == shared.entry_id)
    preview = reversals.preview(siti_line.entry_id, date(2026, 8, 2))
    shares = {line.member_name: -line.amount_rp for line in preview.lines if line.member_id}
    assert shares == {"Siti Aisyah": 21_000, "Wati": 21_000}
    assert len({line.business_name for line in preview.lines}) == 1 and preview.lines[0].business_name
    assert [(u.code, u.params["members"]) for u in preview.undoes] == [("share", 2)]
    assert preview.cash_rp == 0 and preview.receipts == () and not preview.refund_receipt


def test_a_payment_with_a_later_payment_standing_is_refused_naming_it(book):
    siti = member()
    loan = disbursed(siti, product(), 1_200_000, 12, on=date(2026, 1, 10))
    first = pay(loan, 112_000, date(2026, 2, 10))
    second = pay(loan, 112_000, date(2026, 3, 12))
    before = counts()
    preview = reversals.preview(first.entry_id, date(2026, 3, 13))
    number = lifecycle.get_loan(loan).number
    receipt = receipts.for_entry(second.entry_id)  # Bayar angsuran may issue one
    expected = (("loan.later_payment", {"loan": number, "date": date(2026, 3, 12), "receipt": receipt}) if receipt
                else ("loan.later_payment_unreceipted", {"loan": number, "date": date(2026, 3, 12)}))
    assert [(i.code, i.params) for i in preview.issues] == [expected]
    with pytest.raises(Rejected):
        reversals.reverse(first.entry_id, "salah", date(2026, 3, 13))
    assert counts() == before
    reversals.reverse(second.entry_id, "salah", date(2026, 3, 13))  # the latest first
    reversals.reverse(first.entry_id, "salah", date(2026, 3, 13))
    assert lifecycle.outstanding(loan) == 1_200_000


def test_a_storno_of_a_storno_and_a_closed_period_are_refused_in_the_preview(book):
    siti = member()
    deposit = savings.deposit(siti, "sukarela", 50_000, date(2026, 2, 1)).entry_id
    storno = reversals.reverse(deposit, "salah", date(2026, 2, 2))
    assert codes(reversals.preview(storno, date(2026, 2, 3))) == ["entry.is_reversal"]
    assert codes(reversals.preview(deposit, date(2026, 2, 3))) == ["entry.already_reversed"]
    assert ledger.get_entry(storno).reversed_by_id is None  # the dry run left nothing


def test_a_sale_whose_goods_were_sold_again_is_refused(book):
    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 7, 1))
    capital(ALABIO, date(2026, 7, 1), 180_000)  # the box pays for the eggs
    trade.purchase(ALABIO, date(2026, 7, 1), egg.id, 100, 180_000)
    first = trade.sell(ALABIO, date(2026, 7, 5), [SaleLine(egg.id, 30)])
    trade.sell(ALABIO, date(2026, 7, 6), [SaleLine(egg.id, 30)])
    preview = reversals.preview(first.entry_id, date(2026, 7, 8))
    assert [(i.code, i.params) for i in preview.issues] == [
        ("stock.sold_again", {"item": "Telur itik", "date": date(2026, 7, 6)})]
    assert [(u.code, u.params) for u in preview.undoes] == [
        ("stock.back", {"item": "Telur itik", "quantity": 30, "unit": "butir"})]
    assert stock.on_hand(egg.id) == 40


def test_the_reversed_kuitansi_reads_batal_on_every_print_after(book):
    siti = member()
    deposit = savings.deposit(siti, "sukarela", 75_000, date(2026, 2, 1))
    number = deposit.receipt_number
    assert "BATAL" not in pdf_text(write_receipt(number))
    storno = reversals.reverse(deposit.entry_id, "dobel dicatat", date(2026, 2, 3))
    refund = receipts.for_entry(storno)
    for paper in ("HALF_F4", "ROLL_58"):
        text = pdf_text(write_receipt(number, paper=paper))
        assert "BATAL" in text and refund in text and "3 Februari 2026" in text
    refund_text = pdf_text(write_receipt(refund))
    assert f"Pembatalan kuitansi {number}" in refund_text and "BATAL" not in refund_text
