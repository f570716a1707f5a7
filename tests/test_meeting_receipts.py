"""A kuitansi for every rupiah of a meeting, and easy to find again: Bayar angsuran issues one
in the same transaction, a loan payment's kuitansi says the sisa pinjaman after it (on every
paper), a meeting's receipts print in one PDF in member order, and "490" finds KW/2026/000490."""

from __future__ import annotations

from datetime import date

import pytest

from app import collection, receipts, reversals, settings
from app.db import db
from app.documents.catalogue import Request, generate
from app.documents.receipt import write_receipt
from app.errors import Rejected
from app.loans import payments

from collection_support import DUE_RP, ON, member_with_dues
from loan_support import member
from pdf_support import page_size_mm, page_texts, pdf_text


@pytest.fixture
def siti(book):
    settings.update({"group_name": "UP2K-PKK Mawar", "place_name": "Amuntai"})
    return member_with_dues()


def test_bayar_angsuran_issues_a_kuitansi_with_the_sisa(siti, tmp_path):
    member_id, loan_a, loan_b = siti
    payment = payments.pay(loan_b, 106_000, ON)
    receipt = receipts.get(payment.receipt_number)
    assert (receipt.entry_id, receipt.member_id, receipt.amount_rp) == (payment.entry_id, member_id, 106_000)
    assert receipt.loan_balances == (("PJ/2026/0002", 500_000),)
    for paper in ("HALF_F4", "A4", "ROLL_58"):
        text = pdf_text(write_receipt(payment.receipt_number, tmp_path / f"{paper}.pdf", paper=paper))
        assert "Sisa pinjaman PJ/2026/0002 setelah pembayaran ini: Rp500.000" in text, paper


def test_a_refused_payment_takes_no_kuitansi_number(siti):
    member_id, loan_a, loan_b = siti
    (before,) = db.execute_sql("SELECT count(*) FROM receipts").fetchone()
    with pytest.raises(Rejected):
        payments.pay(loan_b, 10_000_000, ON)
    assert db.execute_sql("SELECT count(*) FROM receipts").fetchone() == (before,)


def test_a_setoran_kuitansi_shows_each_loans_sisa_even_when_reprinted_later(siti, tmp_path):
    member_id, loan_a, loan_b = siti
    first = collection.take_payment(member_id, ON, DUE_RP)
    later = payments.pay(loan_b, 106_000, ON)  # a later payment does not change what the first receipt said
    assert receipts.get(first.receipt_number).loan_balances == (("PJ/2026/0001", 700_000), ("PJ/2026/0002", 500_000))
    assert receipts.get(later.receipt_number).loan_balances == (("PJ/2026/0002", 400_000),)
    text = pdf_text(write_receipt(first.receipt_number, tmp_path / "k.pdf"))
    assert "Sisa pinjaman PJ/2026/0001 setelah pembayaran ini: Rp700.000" in text
    reversals.reverse(later.entry_id, "salah ketik", ON)
    assert receipts.get(later.receipt_number).loan_balances == (("PJ/2026/0002", 400_000),)  # as it was paid


def test_a_savings_only_receipt_has_no_sisa(book):
    rina = member("Rina")
    result = collection.take_payment(rina, ON, 10_000)
    assert receipts.get(result.receipt_number).loan_balances == ()


def test_print_all_puts_every_receipt_in_one_pdf_in_the_order_given(siti, tmp_path):
    member_id, *_ = siti
    rina, ani = member("Rina"), member("Ani")
    sheet = collection.post_sheet(ON, {ani: 20_000, member_id: DUE_RP, rina: 15_000})
    ordered = [p.receipt_number for p in sorted(sheet.payments, key=lambda p: p.member_id)]
    for paper in ("HALF_F4", "ROLL_58"):
        path = generate(Request("receipts", numbers=tuple(ordered), paper=paper), tmp_path / f"all-{paper}.pdf")
        pages = page_texts(path)
        assert len(pages) == 3
        assert [next(n for n in ordered if n in page) for page in pages] == ordered
        assert "Siti Aisyah" in pages[0] and "Rina" in pages[1] and "Ani" in pages[2]
    assert "SALINAN" in pages[0]  # printed once before on half F4
    assert page_size_mm(path, 0) != page_size_mm(path, 2)  # a roll's page is as tall as its receipt
    with pytest.raises(Rejected) as refused:
        generate(Request("receipts", numbers=("KW/2026/999999",), paper="A4"), tmp_path / "x.pdf")
    assert [(i.field, i.code) for i in refused.value.issues] == [("numbers", "receipt.not_found")]
    assert not (tmp_path / "x.pdf").exists()


def test_find_by_short_or_full_number(siti):
    member_id, loan_a, loan_b = siti
    number = collection.take_payment(member_id, ON, 10_000).receipt_number
    short = str(int(number.rsplit("/", 1)[1]))
    assert receipts.find(short) == receipts.find(number) == receipts.find(f" {number.lower()} ") == number
    assert receipts.find(f"2026/{short}") == number
    for missing in ("490", "KW/2025/000001", "abc"):
        with pytest.raises(Rejected) as refused:
            receipts.find(missing)
        assert refused.value.issues[0].field == "number" and refused.value.issues[0].code == "receipt.not_found"
    with pytest.raises(Rejected) as refused:
        receipts.find("490")
    assert refused.value.issues[0].params == {"number": "KW/2026/000490"}


def test_search_by_member_and_dates(siti):
    member_id, *_ = siti
    rina = member("Rina")
    mine = collection.take_payment(member_id, ON, 10_000).receipt_number
    hers = collection.take_payment(rina, ON, 5_000).receipt_number
    assert [r.number for r in receipts.search(rina)] == [hers]
    assert receipts.search(member_id)[0].number == mine
    assert all(r.member_id == member_id for r in receipts.search(member_id))
    assert [r.number for r in receipts.search(start=ON, end=ON)][:2] == [hers, mine]
    assert receipts.search(member_id, start=date(2026, 8, 18)) == []
