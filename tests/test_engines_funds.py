"""Sumber dana on both engines (issue 16): grants in cash and in kind, a bank loan received and
paid, the funder report tied to the ledger, the PAUD and social funds in and out, and the
capital sources report's PDF, each on a SQLite book and on a PostgreSQL book (any_book)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app import inventory, ledger, receipts
from app.db import db
from app.documents.catalogue import Request, generate
from app.errors import Rejected
from app.funds import bank, earmarked, funders, paud, report, social
from app.funds.funders import FunderInput
from loan_support import member
from pdf_support import pdf_text

YEAR = (date(2026, 1, 1), date(2026, 8, 17))


def funder(name: str, kind: str) -> int:
    return funders.add_funder(FunderInput(kind, name, "", "Peduli UMKM 2026", "PKS/017/2026")).id


def test_grants_and_a_bank_loan_in_and_out_tie_to_the_ledger(any_book):
    tambang, bri = funder("CSR Tambang Batubara", "csr"), funder("BRI Unit Amuntai", "bank")
    with pytest.raises(Rejected) as refused:  # NOCASE on both engines
        funder(" csr tambang  batubara ", "csr")
    assert refused.value.codes() == ["funder.name_taken"]
    funders.receive_grant(tambang, 20_000_000, date(2025, 11, 3), "1-102")
    got = funders.receive_grant(tambang, 10_000_000, date(2026, 2, 3), "1-102")
    assert receipts.get(got.receipt_number).amount_rp == 10_000_000
    item = funders.receive_in_kind(tambang, inventory.InventoryInput(
        name="Freezer", acquired_on=date(2026, 3, 1), value_rp=5_000_000)).inventory_item_id
    assert inventory.get_item(item).origin == "Hibah CSR Tambang Batubara"
    loan = bank.receive_loan(bri, 10_000_000, Decimal("0.01"), 10, "flat", "monthly", date(2026, 1, 15),
                             date(2026, 2, 15), "1-102", "KUR/BRI/2026/88")
    assert len(loan.instalments) == 10 and loan.owed_rp == 11_000_000
    paid = bank.pay(loan.id, 1_650_000, date(2026, 2, 15), "1-102")
    assert (paid.pokok_rp, paid.jasa_rp) == (1_450_000, 200_000)
    loan = bank.get_loan(loan.id)
    assert (loan.owed_pokok_rp, loan.owed_jasa_rp) == (8_550_000, 800_000) and loan.next_due().number == 2
    assert ledger.account_balance("1-102") == 30_000_000 + 10_000_000 - 1_650_000
    assert ledger.account_balance("3-201") == -35_000_000 and ledger.account_balance("2-201") == -8_550_000

    by_tambang = report.funder_report(tambang, *YEAR)
    assert (by_tambang.grants_rp, by_tambang.in_kind_rp, by_tambang.received_before_rp) == (
        10_000_000 + 5_000_000, 5_000_000, 20_000_000)  # grants: cash and in kind
    assert [(r.entry_date, r.kind, r.amount_rp) for r in by_tambang.received] == [
        (date(2026, 2, 3), "grant", 10_000_000), (date(2026, 3, 1), "in_kind", 5_000_000)]
    assert by_tambang.items_given == (("Freezer", date(2026, 3, 1), 5_000_000),)
    by_bank = report.funder_report(bri, *YEAR)
    assert (by_bank.loans_received_rp, by_bank.repaid_pokok_rp, by_bank.repaid_jasa_rp, by_bank.owed_rp) == (
        10_000_000, 1_450_000, 200_000, 8_550_000)
    capital = report.group_capital(YEAR[1])
    assert sum(capital.values()) == 35_000_000 + 8_550_000
    assert sum(r.debit_rp - r.credit_rp for r in ledger.trial_balance()) == 0


def test_the_paud_and_social_funds_in_and_out(any_book):
    earmarked.receive("paud", 300_000, date(2025, 12, 1), "Donatur lama")
    earmarked.receive("paud", 2_000_000, date(2026, 1, 20), "Donatur H. Basri")
    ani = paud.add_teacher("Ani Rahmawati", "PAUD Melati", date(2019, 7, 15))
    paid = paud.pay_incentive(ani.id, 500_000, date(2026, 2, 1), memo="Januari")
    assert paid.balance_after_rp == earmarked.balance("paud") == 1_800_000
    assert receipts.get(paid.receipt_number).direction == receipts.OUT
    before = db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]
    with pytest.raises(Rejected) as refused:
        paud.pay_incentive(ani.id, 1_800_001, date(2026, 3, 1))
    assert [(i.code, i.params) for i in refused.value.issues] == [("fund.paud_insufficient", {"balance_rp": 1_800_000})]
    assert db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0] == before
    year = earmarked.year_report("paud", 2026)
    assert (year.opening_rp, year.in_rp, year.out_rp, year.closing_rp) == (300_000, 2_000_000, 500_000, 1_800_000)
    assert [(m.to_whom, m.reason, m.amount_rp) for m in year.paid] == [("Ani Rahmawati", "Januari", 500_000)]

    earmarked.receive("sosial", 1_000_000, date(2026, 1, 20), "Kas desa")
    siti = member()
    social.give_help(siti, 250_000, date(2026, 4, 2), "Rawat inap")
    assert ledger.member_balance(siti, "2-303") == 250_000
    sosial = earmarked.year_report("sosial", 2026)
    assert sosial.closing_rp == -ledger.account_balance("2-303") == 750_000


def test_the_capital_sources_report_pdf(any_book, tmp_path):
    tambang, bri = funder("CSR Tambang Batubara", "csr"), funder("BRI Unit Amuntai", "bank")
    funders.receive_grant(tambang, 10_000_000, date(2026, 2, 3), "1-102")
    loan = bank.receive_loan(bri, 10_000_000, Decimal("0.01"), 10, "flat", "monthly", date(2026, 1, 15),
                             date(2026, 2, 15), "1-102")
    bank.pay(loan.id, 1_100_000, date(2026, 2, 15), "1-102")
    text = pdf_text(generate(Request("funder_report", start=YEAR[0], end=YEAR[1]), tmp_path / "f.pdf"))
    for expected in ("LAPORAN SUMBER DANA", "CSR Tambang Batubara", "Rp10.000.000", "BRI Unit Amuntai",
                     "pokok Rp1.000.000, jasa Rp100.000", "Sisa utang pada 17/08/2026: Rp9.000.000"):
        assert expected in text, expected
