"""Equipment on both engines (issue 16): items bought, given and owned before, monthly
depreciation run, caught up and refused twice, a disposal taking out what was depreciated, and
the depreciation schedule's PDF, each on a SQLite book and on a PostgreSQL book (any_book)."""

from __future__ import annotations

from datetime import date

import pytest

from app import inventory, ledger, receipts
from app.assets import depreciation, register
from app.documents.catalogue import Request, generate
from app.errors import Rejected
from app.formatting import rupiah
from app.inventory import InventoryInput
from app.ledger import credit, debit
from pdf_support import pdf_text

EQUIPMENT, ACCUMULATED, EXPENSE = "1-401", "1-402", "5-206"


def _equipment() -> tuple[int, int]:
    ledger.post_entry(date(2025, 1, 2), "Hibah modal", [debit("1-101", 20_000_000), credit("3-201", 20_000_000)])
    mesin = register.acquire(InventoryInput(name="Mesin jahit", acquired_on=date(2026, 1, 10), value_rp=4_800_000,
                                            kind="machine"), register.BOUGHT, party_name="Toko Sinar")  # 8 years
    meja = register.acquire(InventoryInput(name="Meja rapat", acquired_on=date(2025, 3, 1), value_rp=1_500_000,
                                           kind="furniture"), register.OWNED)  # 4 years
    register.acquire(InventoryInput(name="Panci", acquired_on=date(2026, 1, 10), value_rp=450_000), register.GIFT)
    assert receipts.for_entry(mesin.entry_id).startswith("BKK/2026/")
    return mesin.id, meja.id


def test_monthly_depreciation_and_a_disposal(any_book):
    mesin, meja = _equipment()
    assert ledger.account_balance(EQUIPMENT) == 6_750_000 == sum(r.value_rp for r in inventory.list_items())
    plan = depreciation.plan(2026, 1)
    # the table's months since March 2025 are caught up in the first run
    assert [(line.name, line.amount_rp) for line in plan.lines] == [
        ("Meja rapat", 11 * 31_250), ("Mesin jahit", 50_000)]
    entry = ledger.get_entry(depreciation.run(2026, 1))
    assert entry.entry_date == date(2026, 1, 31) and entry.description == "Penyusutan inventaris Januari 2026"
    with pytest.raises(Rejected) as refused:
        depreciation.run(2026, 1)
    assert refused.value.codes() == ["depreciation.already_run"]
    depreciation.run(2026, 3)  # February caught up
    assert depreciation.accumulated(mesin) == 150_000
    assert depreciation.accumulated(mesin, date(2026, 2, 28)) == 50_000  # February posted on 31 March
    schedule = depreciation.schedule(date(2026, 3, 31))
    assert sum(row.accumulated_rp for row in schedule) == -ledger.account_balance(ACCUMULATED)
    gone = register.dispose(mesin, date(2026, 4, 1), "Rusak berat")
    assert {(line.account, line.amount_rp) for line in ledger.get_entry(gone.disposal_entry_id).lines} == {
        (EQUIPMENT, -4_800_000), (ACCUMULATED, 150_000), (EXPENSE, 4_650_000)}
    assert ledger.account_balance(EQUIPMENT) == 1_950_000
    check = register.reconcile(date(2026, 8, 17))
    assert check.register_rp == check.ledger_rp == 1_950_000 and check.difference_rp == 0
    assert sum(r.debit_rp - r.credit_rp for r in ledger.trial_balance()) == 0


def test_the_depreciation_schedule_pdf(any_book, tmp_path):
    _equipment()
    for month in range(1, 8):
        depreciation.run(2026, month)
    on = date(2026, 7, 31)
    text = pdf_text(generate(Request("depreciation", end=on), target=tmp_path / "dep.pdf"))
    accumulated = -ledger.account_balance(ACCUMULATED, on)
    assert accumulated == 7 * 50_000 + 1_500_000 * 17 // 48
    money = rupiah(accumulated, parentheses=True)
    assert "JADWAL PENYUSUTAN INVENTARIS" in text
    assert f"Saldo akun Akumulasi penyusutan di Neraca (1-402) {money}" in text
