"""Sumber dana: funders, grants in cash and in kind, a bank loan and its repayments, and the
funder report tied to the ledger (issue 11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import inventory, ledger, receipts
from app import settings as book_settings
from app.db import db
from app.errors import Rejected
from app.funds import bank, funders, report
from app.funds.funders import FunderInput
from tests import loan_support

TABLES = ("journal_entries", "postings", "receipts", "sequences", "funders", "funder_entries", "bank_loans",
          "bank_loan_instalments", "bank_loan_payments", "inventory_items")


def counts() -> dict[str, int]:
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def csr(name="CSR Tambang Batubara", kind="csr") -> int:
    return funders.add_funder(FunderInput(kind, name, "Bpk. Rahmat, 0812 5555 1234", "Peduli UMKM 2026",
                                          "PKS/017/CSR/2026")).id


def test_a_cash_grant_is_modal_hibah_with_a_kuitansi_for_the_funder(book):
    funder = csr()
    got = funders.receive_grant(funder, 25_000_000, date(2026, 2, 3), "1-102", "modal simpan pinjam")
    assert ledger.account_balance("3-201") == -25_000_000
    assert ledger.account_balance("1-102") == 25_000_000
    receipt = receipts.get(got.receipt_number)
    assert receipt.member_name == "CSR Tambang Batubara" and receipt.amount_rp == 25_000_000
    assert receipt.direction == receipts.IN
    assert [line.purpose for line in receipt.lines] == ["Hibah modal (CSR Tambang Batubara)"]
    assert report.funder_postings(funder, "3-201") == -25_000_000


def test_an_in_kind_grant_goes_into_the_inventory_at_its_value(book):
    funder = csr()
    got = funders.receive_in_kind(funder, inventory.InventoryInput(
        name="Freezer 200 liter", acquired_on=date(2026, 3, 1), quantity=1, value_rp=4_500_000, location="Rumah ketua"))
    item = inventory.get_item(got.inventory_item_id)
    assert (item.name, item.origin, item.value_rp) == ("Freezer 200 liter", "Hibah CSR Tambang Batubara", 4_500_000)
    assert ledger.account_balance("1-401") == 4_500_000
    assert ledger.account_balance("3-201") == -4_500_000
    assert ledger.get_entry(got.entry_id).entry_date == date(2026, 3, 1)
    assert ledger.get_entry(got.entry_id).description == "Hibah barang dari CSR Tambang Batubara: Freezer 200 liter"
    assert report.funder_postings(funder, "1-401") == 4_500_000  # linked to its funder
    assert got.receipt_number is None  # no money moved: no kuitansi

    def refused(funder_id: int, item: inventory.InventoryInput) -> list[str]:
        before = counts()
        with pytest.raises(Rejected) as caught:
            funders.receive_in_kind(funder_id, item)
        assert counts() == before  # neither the item nor the entry: a refusal writes nothing
        return caught.value.codes()

    kompor = inventory.InventoryInput(name="Kompor", acquired_on=date(2026, 3, 1), value_rp=750_000)
    assert refused(funder, replace(kompor, value_rp=0)) == ["amount.not_positive"]
    book_settings.close_period(date(2026, 3, 31))
    assert refused(funder, kompor) == ["entry.period_closed"]  # the item is not kept without its entry
    funders.set_active(funder, False)
    assert refused(funder, replace(kompor, acquired_on=date(2026, 4, 1))) == ["funder.inactive"]


def test_a_bank_loan_is_received_paid_in_schedule_order_and_never_overpaid(book):
    bri = csr("BRI Unit Amuntai", "bank")
    loan = bank.receive_loan(bri, 10_000_000, Decimal("0.01"), 10, "flat", "monthly", date(2026, 1, 15),
                             date(2026, 2, 15), "1-102", "KUR/BRI/2026/88")
    assert ledger.account_balance("2-201") == -10_000_000 and ledger.account_balance("1-102") == 10_000_000
    assert len(loan.instalments) == 10
    assert {(i.pokok_rp, i.jasa_rp) for i in loan.instalments} == {(1_000_000, 100_000)}
    assert loan.instalments[0].due_date == date(2026, 2, 15) and loan.owed_rp == 11_000_000

    paid = bank.pay(loan.id, 1_650_000, date(2026, 2, 15), "1-102")
    assert (paid.pokok_rp, paid.jasa_rp) == (1_450_000, 200_000)  # jasa 1, pokok 1, jasa 2, part of pokok 2
    assert ledger.account_balance("2-201") == -8_550_000
    assert ledger.account_balance("5-302") == 200_000
    assert ledger.account_balance("1-102") == 8_350_000
    loan = bank.get_loan(loan.id)
    assert (loan.owed_pokok_rp, loan.owed_jasa_rp, loan.owed_rp) == (8_550_000, 800_000, 9_350_000)
    assert [i.paid_rp for i in loan.instalments[:3]] == [1_100_000, 550_000, 0]
    assert loan.next_due().number == 2

    before = counts()
    with pytest.raises(Rejected) as refused:
        bank.pay(loan.id, 9_350_001, date(2026, 3, 15), "1-102")
    assert [(i.field, i.code, i.params) for i in refused.value.issues] == [
        ("amount_rp", "bank_loan.more_than_owed", {"owed_rp": 9_350_000})]
    assert counts() == before

    ledger.post_entry(date(2026, 3, 1), "Setoran kas ke bank", [ledger.debit("1-102", 1_000_000),
                                                                ledger.credit("3-201", 1_000_000)])
    bank.pay(loan.id, 9_350_000, date(2026, 3, 15), "1-102")  # the bank held 8.350.000: a grant made it enough
    loan = bank.get_loan(loan.id)
    assert loan.owed_rp == 0 and loan.next_due() is None
    assert ledger.account_balance("2-201") == 0 and ledger.account_balance("5-302") == 1_000_000
    assert sum(row.debit_rp - row.credit_rp for row in ledger.trial_balance()) == 0


def test_bank_loan_refusals_name_their_fields(book):
    bri = csr("BRI", "bank")
    before = counts()
    with pytest.raises(Rejected) as refused:
        bank.receive_loan(bri, 0, Decimal("0.01"), 10, "flat", "monthly", date(2026, 1, 15), date(2026, 1, 10),
                          "2-201")
    assert {i.field for i in refused.value.issues} == {"principal_rp", "first_due", "cash_account"}
    assert counts() == before


def test_a_funder_with_money_is_never_deleted_one_without_may_be(book):
    funder, empty = csr(), csr("Dinas Koperasi HSU", "dinas")
    funders.receive_grant(funder, 1_000_000, date(2026, 2, 3))
    before = counts()
    with pytest.raises(Rejected) as refused:
        funders.remove_funder(funder)
    assert [(i.code, i.params) for i in refused.value.issues] == [("funder.has_money", {"name": "CSR Tambang Batubara"})]
    assert counts() == before
    with pytest.raises(Exception):  # the book refuses it too, whatever writes
        db.execute_sql("DELETE FROM funders WHERE id = ?", (funder,))
    funders.remove_funder(empty)
    assert [f.name for f in funders.list_funders()] == ["CSR Tambang Batubara"]
    funders.set_active(funder, False)
    with pytest.raises(Rejected) as refused:
        funders.receive_grant(funder, 1_000_000, date(2026, 2, 4))
    assert refused.value.codes() == ["funder.inactive"]


def test_funder_register_refusals(book):
    csr()
    with pytest.raises(Rejected) as refused:
        funders.add_funder(FunderInput("csr", " csr tambang  batubara "))
    assert refused.value.codes() == ["funder.name_taken"]
    with pytest.raises(Rejected) as refused:
        funders.add_funder(FunderInput("koperasi", ""))
    assert {(i.field, i.code) for i in refused.value.issues} == {("kind", "funder.bad_kind"), ("name", "required")}


def test_the_funder_report_ties_to_the_ledger_and_says_what_it_financed(book):
    tambang, dinas, bri = csr(), csr("Dinas Koperasi HSU", "dinas"), csr("BRI Unit Amuntai", "bank")
    funders.receive_grant(tambang, 20_000_000, date(2025, 11, 3), "1-102")  # before the period
    funders.receive_grant(tambang, 10_000_000, date(2026, 2, 3), "1-102")
    funders.receive_in_kind(tambang, inventory.InventoryInput(name="Freezer", acquired_on=date(2026, 3, 1),
                                                              value_rp=5_000_000))
    funders.receive_grant(dinas, 7_000_000, date(2026, 4, 1))
    loan = bank.receive_loan(bri, 10_000_000, Decimal("0.01"), 10, "flat", "monthly", date(2026, 1, 15),
                             date(2026, 2, 15), "1-102")
    bank.pay(loan.id, 1_100_000, date(2026, 2, 15), "1-102")
    siti = loan_support.member()
    loan_support.disbursed(siti, loan_support.product(), 6_000_000, on=date(2026, 5, 2))  # Kas holds 7M

    start, end = date(2026, 1, 1), date(2026, 8, 17)
    got = report.funder_report(tambang, start, end)
    assert got.grants_rp == -report.funder_postings(tambang, "3-201", start, end) == 15_000_000
    assert got.in_kind_rp == 5_000_000 and got.received_before_rp == 20_000_000
    assert [(r.entry_date, r.kind, r.amount_rp) for r in got.received] == [
        (date(2026, 2, 3), "grant", 10_000_000), (date(2026, 3, 1), "in_kind", 5_000_000)]
    # The capital at the end: 35M + 7M of grants and 9M still owed to the bank.
    assert got.group_capital_rp == 51_000_000 and got.funder_capital_rp == 35_000_000
    assert got.financed_loans_rp == 6_000_000 * 35 // 51
    assert got.financed_equipment_rp == 5_000_000  # the freezer it gave; nothing bought
    assert got.items_given == (("Freezer", date(2026, 3, 1), 5_000_000),)
    assert got.left_in_cash_rp == int(ledger.account_balance("1-101") + ledger.account_balance("1-102")) * 35 // 51
    assert got.left_in_loans_rp == 6_000_000 * 35 // 51

    by_bank = report.funder_report(bri, start, end)
    assert by_bank.loans_received_rp == 10_000_000
    assert (by_bank.repaid_pokok_rp, by_bank.repaid_jasa_rp) == (1_000_000, 100_000)
    assert by_bank.owed_rp == -ledger.account_balance("2-201") == 9_000_000
    assert by_bank.grants_rp == 0

    # Every rupiah of modal hibah belongs to one funder.
    assert sum(report.funder_postings(f.id, "3-201") for f in funders.list_funders()) == ledger.account_balance("3-201")


def test_the_capital_over_the_years(book):
    funders.receive_grant(csr(), 20_000_000, date(2025, 11, 3))
    loan_support.member()
    from app import savings
    savings.deposit(1, "pokok", savings.pokok_amount(), date(2025, 12, 1))
    rows = report.capital_over_years(date(2026, 8, 17))
    assert [(r.year, r.as_of, r.savings_rp, r.grants_rp, r.bank_rp, r.reserves_rp) for r in rows] == [
        (2025, date(2025, 12, 31), savings.pokok_amount(), 20_000_000, 0, 0),
        (2026, date(2026, 8, 17), savings.pokok_amount(), 20_000_000, 0, 0)]


@given(st.lists(st.integers(min_value=1, max_value=3_000_000), min_size=1, max_size=12))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_bank_payments_follow_the_schedule_and_never_exceed_it(template_book, tmp_path_factory, amounts):
    """Whatever is paid, in whatever pieces: each payment's pokok + jasa is the payment, jasa is
    paid before the pokok of its instalment, and nothing is paid beyond the schedule."""
    import shutil

    from app.db import close_book, open_book

    path = tmp_path_factory.mktemp("bank") / "book.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    try:
        bri = csr("BRI", "bank")
        funders.receive_grant(csr(), 1_000_000, date(2026, 1, 2), "1-102")  # the bank never goes below zero
        loan = bank.receive_loan(bri, 5_000_000, Decimal("0.015"), 6, "efektif", "monthly", date(2026, 1, 15),
                                 date(2026, 2, 15), "1-102", rounding_unit_rp=500)
        total = sum(i.total_rp for i in loan.instalments)
        paid = 0
        for amount in amounts:
            owed = bank.get_loan(loan.id).owed_rp
            if amount > owed:
                with pytest.raises(Rejected):
                    bank.pay(loan.id, amount, date(2026, 3, 1), "1-102")
                continue
            payment = bank.pay(loan.id, amount, date(2026, 3, 1), "1-102")
            assert payment.pokok_rp + payment.jasa_rp == amount
            paid += amount
        loan = bank.get_loan(loan.id)
        assert loan.owed_rp == total - paid >= 0
        assert loan.paid_pokok_rp == loan.principal_rp + ledger.account_balance("2-201")
        assert ledger.account_balance("5-302") == loan.paid_jasa_rp
        # In schedule order: no instalment has anything paid before the one ahead is whole ...
        parts = [i.paid_rp for i in loan.instalments]
        assert all(later == 0 for earlier, i in zip(parts, loan.instalments) if earlier < i.total_rp
                   for later in parts[loan.instalments.index(i) + 1:])
        # ... and within one, its jasa before its pokok.
        assert loan.paid_jasa_rp == sum(min(i.paid_rp, i.jasa_rp) for i in loan.instalments)
    finally:
        close_book()
