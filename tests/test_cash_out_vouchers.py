"""Bukti kas keluar (BKK): every payment of money gets one, numbered in its own gapless series
per year, naming whoever received the money; the PDF says BUKTI KAS KELUAR, "Telah dibayarkan
kepada", the amount in words and what it paid for, and is signed by the receiver and the
Bendahara; a reprint is a SALINAN, and once the payment is reversed every print says BATAL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app import ledger, receipts, reversals, savings, settings
from app.cash_book import cash_book
from app.documents.receipt import write_receipt
from app.errors import Rejected
from app.funds import bank, earmarked, funders, paud, social
from app.funds.funders import FunderInput
from app.loans import lifecycle
from app.usaha import catalog, trade

from loan_support import fund, member, product
from pdf_support import pdf_text
from usaha_support import ALABIO, BUTIR, KG, capital, counts

ON = date(2026, 8, 17)  # today: a loan is paid out no earlier than applied for


@pytest.fixture
def group(book):
    settings.update({"group_name": "UP2K As Syifa", "place_name": "Amuntai", "bendahara_name": "Mariatul Qiftiah",
                     "operator_name": "Hj. Rusmilawati"})
    fund(date(2026, 7, 1), 20_000_000)
    fund(date(2026, 7, 1), 20_000_000, "1-102")
    capital(ALABIO, date(2026, 7, 1), 2_000_000)
    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 7, 1))
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    return {"egg": egg.id, "feed": feed.id}


def paid_out(group) -> dict[str, str]:
    """One payment of each kind, in this order: {kind: its receipt number}."""
    numbers = {}
    numbers["purchase"] = trade.purchase(ALABIO, ON, group["feed"], 100, 600_000,
                                         supplier="Toko Pakan Alabio").receipt_number
    on_credit = trade.purchase(ALABIO, ON, group["feed"], 50, 325_000, supplier="UD Sumber Rezeki", on_credit=True)
    assert on_credit.receipt_number is None  # no money paid yet
    numbers["supplier"] = trade.pay_supplier(on_credit.purchase_id, ON, 325_000).receipt_number
    numbers["expense"] = trade.expense(ALABIO, ON, 50_000, "Transport ke pasar",
                                       paid_to="Ojek Pak Rahman").receipt_number
    earmarked.receive("paud", 1_000_000, ON, "Donatur H. Basri")  # money in: a kuitansi
    teacher = paud.add_teacher("Ani Rahmawati", "PAUD Melati", date(2019, 7, 15))
    numbers["paud"] = paud.pay_incentive(teacher.id, 400_000, ON, memo="Juli 2026").receipt_number
    earmarked.receive("sosial", 1_000_000, ON, "Kas desa")
    siti = member("Siti Aisyah")
    numbers["social"] = social.give_help(siti, 250_000, ON, "Rawat inap").receipt_number
    savings.deposit(siti, "sukarela", 100_000, ON)
    numbers["withdrawal"] = savings.withdraw(siti, 60_000, ON).receipt_number
    applied = lifecycle.apply(siti, product(), 1_000_000, 10, date(2026, 9, 10))
    numbers["loan"] = lifecycle.disburse(lifecycle.approve(applied.id).id, ON).receipt_number
    bri = funders.add_funder(FunderInput("bank", "BRI Unit Amuntai", "", "", "KUR/BRI/2026/88")).id
    loan = bank.receive_loan(bri, 10_000_000, Decimal("0.01"), 10, "flat", "monthly", date(2026, 7, 15),
                             ON, "1-102", "KUR/BRI/2026/88")
    numbers["bank"] = bank.pay(loan.id, 1_100_000, ON, "1-102").receipt_number
    sale = trade.sell(ALABIO, ON, [trade.SaleLine(group["egg"], 20, unit_price_rp=2_500)], buyer_name="Warung Bu Ani",
                      allow_negative=True, negative_reason="uji")
    numbers["sale"] = sale.receipt_number
    storno = reversals.reverse(sale.entry_id, "salah catat", ON)
    numbers["refund"] = receipts.for_entry(storno)
    return numbers


def test_every_payment_gets_a_bukti_kas_keluar_in_one_gapless_series(group):
    numbers = paid_out(group)
    out = {kind: number for kind, number in numbers.items() if kind != "sale"}
    assert list(out.values()) == [f"BKK/2026/{n:06d}" for n in range(1, len(out) + 1)]
    assert numbers["sale"].startswith("KW/2026/")  # the money the refund gives back came in on a kuitansi
    paid_to = {kind: receipts.get(number).member_name for kind, number in out.items()}
    assert paid_to == {"purchase": "Toko Pakan Alabio", "supplier": "UD Sumber Rezeki", "expense": "Ojek Pak Rahman",
                       "paud": "Ani Rahmawati", "social": "Siti Aisyah", "withdrawal": "Siti Aisyah",
                       "loan": "Siti Aisyah", "bank": "BRI Unit Amuntai", "refund": "Warung Bu Ani"}
    assert all(receipts.get(number).direction == receipts.OUT for number in out.values())
    # the Buku Kas Umum carries each BKK with whom it was paid to
    rows = {row.voucher: row.party for row in cash_book(ON, ON).rows}
    assert all(rows[number] == paid_to[kind] for kind, number in out.items())


def test_an_unnamed_payee_and_a_refused_payment(group):
    assert receipts.get(trade.expense(ALABIO, ON, 20_000, "Plastik").receipt_number).member_name == trade.UNNAMED_PAYEE
    before = counts()
    with pytest.raises(Rejected) as refused:
        trade.expense(ALABIO, ON, 20_000, "Plastik", paid_to="x" * 201)
    assert [issue.field for issue in refused.value.issues] == ["paid_to"]
    assert counts() == before  # no entry, no number taken
    assert trade.expense(ALABIO, ON, 20_000, "Plastik", paid_to="Toko Plastik").receipt_number == "BKK/2026/000002"


def test_an_unnamed_payee_signs_on_a_dotted_line(group, tmp_path):
    number = trade.expense(ALABIO, ON, 20_000, "Plastik").receipt_number
    for paper in ("A4", "ROLL_58"):
        text = pdf_text(write_receipt(number, tmp_path / f"{paper}.pdf", paper=paper))
        assert "Yang menerima," in text and f"( {trade.UNNAMED_PAYEE} )" not in text
        assert text.count("( " + "." * 30 + " )") == 1  # the receiver's; the Bendahara is named


def test_the_voucher_reads_paid_to_in_words_signed_by_receiver_and_treasurer(group, tmp_path):
    number = trade.purchase(ALABIO, ON, group["feed"], 100, 600_000, supplier="Toko Pakan Alabio").receipt_number
    text = pdf_text(write_receipt(number, tmp_path / "bkk.pdf"))
    for expected in ("UP2K As Syifa", "BUKTI KAS KELUAR", "No. BKK/2026/000001",
                     "Telah dibayarkan kepada : Toko Pakan Alabio", "Uang sejumlah : Enam ratus ribu rupiah",
                     "Untuk pembayaran : Pembelian persediaan (Pakan itik 100 kg – Toko Pakan Alabio) Rp600.000",
                     "Amuntai, 17 Agustus 2026", "Yang membayarkan,", "( Mariatul Qiftiah ) Bendahara",
                     "Yang menerima,", "( Toko Pakan Alabio )"):
        assert expected in text, expected
    assert "KUITANSI" not in text and "Telah terima dari" not in text and "SALINAN" not in text
    assert "SALINAN" in pdf_text(write_receipt(number, tmp_path / "again.pdf"))  # a reprint
    roll = pdf_text(write_receipt(number, tmp_path / "roll.pdf", paper="ROLL_58"))
    for expected in ("BUKTI KAS KELUAR", "Telah dibayarkan kepada:", "Toko Pakan Alabio", "Yang membayarkan,",
                     "( Mariatul Qiftiah )", "Yang menerima,"):
        assert expected in roll, expected
    english = pdf_text(write_receipt(number, tmp_path / "en.pdf", lang="en"))
    assert "CASH PAYMENT VOUCHER" in english and "Paid to : Toko Pakan Alabio" in english
    assert "Enam ratus ribu rupiah" in english  # the amount in words stays Indonesian: the legal text


def test_a_reversed_payment_prints_batal_and_its_storno_names_it(group, tmp_path):
    bought = trade.purchase(ALABIO, ON, group["feed"], 100, 600_000, supplier="Toko Pakan Alabio")
    assert "BATAL" not in pdf_text(write_receipt(bought.receipt_number, tmp_path / "before.pdf"))
    storno = reversals.reverse(bought.entry_id, "salah catat", ON)
    back = receipts.for_entry(storno)
    assert back == "KW/2026/000001"  # the money came back in: a kuitansi
    for name in ("after.pdf", "again.pdf"):  # on every print after the reversal
        text = pdf_text(write_receipt(bought.receipt_number, tmp_path / name))
        assert "BATAL" in text and "Dibatalkan dengan storno tanggal" in text
        assert f"17 Agustus 2026, kuitansi {back}" in text
    assert "Pembatalan bukti kas keluar BKK/2026/000001" in pdf_text(write_receipt(back, tmp_path / "storno.pdf"))


def test_a_reversed_cash_sale_refunds_on_a_bukti_kas_keluar(group, tmp_path):
    sale = trade.sell(ALABIO, ON, [trade.SaleLine(group["egg"], 20, unit_price_rp=2_500)], buyer_name="Warung Bu Ani",
                      allow_negative=True, negative_reason="uji")
    storno = reversals.reverse(sale.entry_id, "salah catat", ON)
    refund = receipts.get(receipts.for_entry(storno))
    assert (refund.number, refund.direction, refund.amount_rp) == ("BKK/2026/000001", receipts.OUT, 50_000)
    text = pdf_text(write_receipt(refund.number, tmp_path / "refund.pdf"))
    for expected in ("BUKTI KAS KELUAR", "Telah dibayarkan kepada : Warung Bu Ani", "Lima puluh ribu rupiah",
                     f"Pembatalan kuitansi {sale.receipt_number}", "( Warung Bu Ani )"):
        assert expected in text, expected
    text = pdf_text(write_receipt(sale.receipt_number, tmp_path / "sale.pdf"))
    assert "BATAL" in text and f"bukti kas keluar {refund.number}" in text
    assert ledger.account_balance("1-101", ON) == 20_000_000 + 2_000_000
