"""Kas & Buku's own money (app.cashbox): income from outside the members with a kuitansi, group
costs and equipment with a bukti kas keluar, moves between Kas and Bank; every refusal writes
nothing; the usual pos by name, extendable."""

from __future__ import annotations

from datetime import date

import pytest

from app import inventory, ledger, receipts, settings
from app.cashbox import moves, pos
from app.cashbox.moves import CashMove
from app.db import db
from app.errors import Rejected
from app.inventory import InventoryInput
from app.ledger import BANK, KAS, credit, debit

TODAY = date(2026, 8, 17)


def counts() -> tuple[int, ...]:
    return tuple(db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
                 for table in ("journal_entries", "postings", "receipts", "inventory_items", "sequences"))


def capital(amount_rp: int, on: date = date(2026, 8, 1), account: str = KAS) -> None:
    ledger.post_entry(on, "Modal awal", [debit(account, amount_rp), credit("3-201", amount_rp)])


def rejected_codes(call) -> dict[str, str]:
    before = counts()
    with pytest.raises(Rejected) as caught:
        call()
    assert counts() == before  # a refusal writes nothing
    return {issue.field: issue.code for issue in caught.value.issues}


def test_usual_pos_by_name(book):
    income = {p.name: p.code for p in pos.income()}
    assert income == {"Bunga bank": "4-301", "Bantuan desa / sumbangan": "4-302", "Pendapatan lain-lain": "4-303",
                      "Modal hibah": "3-201"}
    costs = {p.name for p in pos.costs()}
    assert {"Beban operasional", "Alat tulis kantor (ATK)", "Konsumsi rapat", "Transport",
            "Biaya administrasi bank"} <= costs
    assert costs.isdisjoint({"Harga pokok / bahan baku", "Selisih persediaan", "Beban penghapusan piutang",
                             "Beban penyusutan"})


def test_add_pos_takes_the_next_free_code(book):
    # 5-206 is Beban penyusutan (m0013); 4-304 recoveries of written-off loans (m0012)
    assert pos.add("  Sewa   tenda ", "expense") == pos.Pos("5-207", "Sewa tenda", "expense")
    assert pos.add("Hadiah lomba", "income").code == "4-305"
    assert "Sewa tenda" in {p.name for p in pos.costs()}
    assert rejected_codes(lambda: pos.add("sewa TENDA", "expense")) == {"name": "pos.name_taken"}
    assert rejected_codes(lambda: pos.add("", "income")) == {"name": "required"}
    assert rejected_codes(lambda: pos.add("Utang", "liability")) == {"kind": "account.bad_kind"}


def test_codes_shown_only_when_turned_on(book):
    assert pos.label("5-203", "Konsumsi rapat") == "Konsumsi rapat"
    settings.update({"show_account_codes": "1"})
    assert pos.label("5-203", "Konsumsi rapat") == "5-203 Konsumsi rapat"


def test_receive_income_with_kuitansi(book):
    done = moves.receive(CashMove(TODAY, "Bunga tabungan Juli", 12_345, "4-301", BANK, "Bank Kalsel"))
    assert done.receipt_number == "KW/2026/000001"
    assert ledger.account_balance(BANK) == 12_345
    assert ledger.account_balance("4-301") == -12_345
    receipt = receipts.get(done.receipt_number)
    assert (receipt.direction, receipt.amount_rp, receipt.member_name) == (receipts.IN, 12_345, "Bank Kalsel")
    assert [(line.purpose, line.amount_rp) for line in receipt.lines] == [("Bunga bank: Bunga tabungan Juli", 12_345)]


def test_pay_cost_with_bukti_kas_keluar(book):
    capital(200_000)
    done = moves.pay(CashMove(TODAY, "Snack rapat Agustus", 150_000, "5-203", KAS, "Warung Bu Ida"))
    assert done.receipt_number == "BKK/2026/000001"
    assert ledger.account_balance(KAS) == 50_000
    assert ledger.account_balance("5-203") == 150_000
    receipt = receipts.get(done.receipt_number)
    assert (receipt.direction, receipt.amount_rp, receipt.party_name) == (receipts.OUT, 150_000, "Warung Bu Ida")
    assert [line.purpose for line in receipt.lines] == ["Konsumsi rapat: Snack rapat Agustus"]


def test_pay_more_than_the_box_holds_is_refused_with_the_balance(book):
    capital(150_000, date(2026, 8, 10))
    before = counts()
    with pytest.raises(Rejected) as caught:
        moves.pay(CashMove(TODAY, "Tenda", 150_001, "5-201", KAS, "Toko Sinar"))
    assert counts() == before
    (issue,) = caught.value.issues
    assert (issue.field, issue.code) == ("amount", "cash.insufficient")
    assert issue.params == {"account": KAS, "account_name": "Kas", "on": TODAY, "balance_rp": 150_000,
                            "amount_rp": 150_001}
    moves.pay(CashMove(TODAY, "Tenda", 150_000, "5-201", KAS, "Toko Sinar"))  # exactly what it holds
    assert ledger.account_balance(KAS) == 0


def test_equipment_bought_joins_the_register_in_the_same_act(book):
    capital(3_000_000, account=BANK)
    done = moves.pay(CashMove(TODAY, "Beli tenda", 2_250_000, "5-201", BANK, "Toko Sinar"),
                     item=InventoryInput(name="Tenda  biru", quantity=2, unit="buah", location="Rumah Ketua"))
    item = inventory.get_item(done.item_id)
    assert (item.name, item.quantity, item.value_rp, item.acquired_on, item.origin, item.location) == (
        "Tenda biru", 2, 2_250_000, TODAY, "Beli sendiri", "Rumah Ketua")
    assert ledger.account_balance("1-401") == 2_250_000 == sum(i.value_rp for i in inventory.list_items())
    assert ledger.account_balance(BANK) == 750_000
    assert ledger.account_balance("5-201") == 0  # equipment, not a cost
    assert done.receipt_number == "BKK/2026/000001"


def test_equipment_refusals_write_nothing(book):
    capital(100_000)
    codes = rejected_codes(lambda: moves.pay(CashMove(TODAY, "Beli kompor", 500_000, "5-201", KAS, "Toko"),
                                             item=InventoryInput(name="Kompor", quantity=1, unit="buah")))
    assert codes == {"amount": "cash.insufficient"}
    codes = rejected_codes(lambda: moves.pay(CashMove(TODAY, "Beli kompor", 50_000, "5-201", KAS, "Toko"),
                                             item=InventoryInput(name="", quantity=0, unit="")))
    assert codes == {"item_name": "required", "item_quantity": "amount.not_positive", "item_unit": "required"}


def test_transfer_between_kas_and_bank(book):
    capital(1_000_000)
    done = moves.transfer(CashMove(TODAY, "Setor ke bank", 600_000, BANK, KAS, "Bu Bendahara"))
    assert (ledger.account_balance(KAS), ledger.account_balance(BANK)) == (400_000, 600_000)
    assert done.receipt_number == "BKK/2026/000001"
    receipt = receipts.get(done.receipt_number)
    assert (receipt.direction, receipt.amount_rp) == (receipts.OUT, 600_000)
    assert [(line.purpose, line.amount_rp) for line in receipt.lines] == [("Bank: Setor ke bank", 600_000)]
    back = moves.transfer(CashMove(TODAY, "Ambil untuk rapat", 100_000, KAS, BANK, "Bu Bendahara"))
    assert back.receipt_number == "BKK/2026/000002"
    assert (ledger.account_balance(KAS), ledger.account_balance(BANK)) == (500_000, 500_000)


def test_transfer_refusals(book):
    capital(1_000_000)
    capital(1_000_000, account=BANK)
    assert rejected_codes(lambda: moves.transfer(CashMove(TODAY, "x", 10_000, BANK, BANK, "Bu B"))) == {
        "account": "cashbox.same_account"}
    assert rejected_codes(lambda: moves.transfer(CashMove(TODAY, "x", 10_000, KAS, KAS, "Bu B"))) == {
        "account": "cashbox.same_account"}
    assert rejected_codes(lambda: moves.transfer(CashMove(TODAY, "x", 10_000, "5-201", KAS, "Bu B"))) == {
        "account": "cashbox.not_cash_account"}
    assert rejected_codes(lambda: moves.transfer(CashMove(TODAY, "x", 1_000_001, KAS, BANK, "Bu B"))) == {
        "amount": "cash.insufficient"}


@pytest.mark.parametrize("amount, code", [(0, "amount.not_positive"), (-5_000, "amount.not_positive"),
                                          (None, "required"), (10**15, "posting.amount_too_large")])
def test_bad_amounts(book, amount, code):
    capital(100_000)
    for call in (moves.receive, moves.pay):
        account = "4-303" if call is moves.receive else "5-201"
        assert rejected_codes(lambda: call(CashMove(TODAY, "x", amount, account, KAS, "Bu B"))) == {"amount": code}


def test_other_refusals_name_their_fields(book):
    capital(100_000)
    codes = rejected_codes(lambda: moves.receive(CashMove(None, " ", 1_000, "5-201", "1-201", "")))
    assert codes == {"entry_date": "required", "description": "required", "account": "cashbox.bad_pos",
                     "cash_account": "cashbox.not_cash_account", "party_name": "required"}
    codes = rejected_codes(lambda: moves.pay(CashMove(date(2026, 8, 18), "x", 1_000, "4-301", KAS, "Bu B")))
    assert codes == {"entry_date": "date.in_future", "account": "cashbox.bad_pos"}
    codes = rejected_codes(lambda: moves.pay(CashMove(TODAY, "x", 1_000, "5-101", KAS, "Bu B")))
    assert codes == {"account": "cashbox.bad_pos"}  # the businesses' cost of goods


def test_a_date_in_a_closed_period_is_refused(book):
    capital(100_000, date(2026, 6, 1))
    settings.close_period(date(2026, 6, 30))
    for call, account in ((moves.receive, "4-303"), (moves.pay, "5-201")):
        issue = None
        before = counts()
        with pytest.raises(Rejected) as caught:
            call(CashMove(date(2026, 6, 30), "x", 1_000, account, KAS, "Bu B"))
        assert counts() == before
        (issue,) = caught.value.issues
        assert (issue.field, issue.code, issue.params) == ("entry_date", "entry.period_closed",
                                                           {"closed_through": date(2026, 6, 30)})


def test_money_in_and_out_keep_their_own_gapless_series(book):
    capital(1_000_000)
    numbers = [
        moves.receive(CashMove(TODAY, "Sumbangan", 50_000, "4-302", KAS, "Pak Kades")).receipt_number,
        moves.pay(CashMove(TODAY, "ATK", 20_000, "5-202", KAS, "Toko")).receipt_number,
    ]
    with pytest.raises(Rejected):  # refused: consumes no number of either series
        moves.pay(CashMove(TODAY, "ATK", 10**9, "5-202", KAS, "Toko"))
    numbers += [moves.pay(CashMove(TODAY, "Transport", 30_000, "5-204", KAS, "Bu Ani")).receipt_number,
                moves.receive(CashMove(TODAY, "Sumbangan", 5_000, "4-302", KAS, "Bu Ani")).receipt_number]
    assert numbers == ["KW/2026/000001", "BKK/2026/000001", "BKK/2026/000002", "KW/2026/000002"]


def test_the_bukti_kas_keluar_on_paper(book, tmp_path):
    from app.documents.receipt import write_receipt

    from pdf_support import pdf_text

    settings.update({"group_name": "UP2K As Syifa", "place_name": "Amuntai"})
    capital(200_000)
    number = moves.pay(CashMove(TODAY, "Snack rapat Agustus", 150_000, "5-203", KAS, "Warung Bu Ida")).receipt_number
    text = pdf_text(write_receipt(number, tmp_path / "bkk.pdf"))
    for expected in ("BUKTI KAS KELUAR", f"No. {number}", "Telah dibayarkan kepada : Warung Bu Ida",
                     "Seratus lima puluh ribu rupiah", "Konsumsi rapat: Snack rapat Agustus Rp150.000",
                     "Yang menerima,", "( Warung Bu Ida )"):
        assert expected in text, expected
    assert "KUITANSI" not in text
    english = pdf_text(write_receipt(number, tmp_path / "bkk-en.pdf", lang="en"))
    assert "CASH PAYMENT VOUCHER" in english and "RECEIPT" not in english
    income = moves.receive(CashMove(TODAY, "Sumbangan", 50_000, "4-302", KAS, "Pak Kades")).receipt_number
    assert "KUITANSI" in pdf_text(write_receipt(income, tmp_path / "kw.pdf"))
