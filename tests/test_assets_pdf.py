"""The Buku Inventaris's reconciliation with the Neraca and the Jadwal penyusutan, read back
from the PDFs."""

from __future__ import annotations

from datetime import date

from app import ledger
from app.assets import depreciation, register
from app.documents.catalogue import Request, generate
from app.formatting import rupiah
from app.inventory import InventoryInput
from app.ledger import credit, debit
from pdf_support import pdf_text


def money(amount: int) -> str:
    return rupiah(amount, parentheses=True)


def _book_with_equipment() -> dict[str, int]:
    ledger.post_entry(date(2025, 1, 2), "Hibah modal", [debit("1-101", 20_000_000), credit("3-201", 20_000_000)])
    mesin = register.acquire(InventoryInput(name="Mesin jahit bordir", acquired_on=date(2026, 1, 10),
                                            value_rp=4_800_000, kind="machine"), register.BOUGHT, party_name="Toko Sinar")
    meja = register.acquire(InventoryInput(name="Meja rapat", acquired_on=date(2025, 3, 1), value_rp=1_500_000,
                                           kind="furniture"), register.OWNED)
    register.acquire(InventoryInput(name="Panci besar", acquired_on=date(2026, 2, 1), value_rp=450_000), register.GIFT)
    for month in range(1, 8):
        depreciation.run(2026, month)
    return {"mesin": mesin.id, "meja": meja.id}


def test_the_register_shows_its_reconciliation_with_the_neraca(book, tmp_path):
    _book_with_equipment()
    text = pdf_text(generate(Request("inventory", end=date(2026, 8, 15)), target=tmp_path / "inv.pdf"))
    total = 4_800_000 + 1_500_000 + 450_000
    assert ledger.account_balance("1-401", date(2026, 8, 15)) == total
    assert f"Jumlah menurut buku inventaris {money(total)}" in text
    assert f"Saldo akun Peralatan di Neraca (1-401) {money(total)}" in text and f"Selisih {money(0)}" in text
    assert "Buku inventaris sama dengan akun Peralatan di Neraca." in text


def test_a_difference_is_explained_on_the_page(book, tmp_path):
    _book_with_equipment()
    ledger.post_entry(date(2026, 8, 1), "Beli lemari arsip", [debit("1-401", 700_000), credit("1-101", 700_000)])
    text = pdf_text(generate(Request("inventory", end=date(2026, 8, 15)), target=tmp_path / "inv.pdf"))
    assert f"Selisih {money(-700_000)}" in text
    assert f"Jurnal 01/08/2026 tanpa barang di buku inventaris: Beli lemari arsip, {rupiah(700_000)}" in text


def test_the_depreciation_schedule_sums_and_ties_to_1_402(book, tmp_path):
    _book_with_equipment()
    on = date(2026, 7, 31)
    text = pdf_text(generate(Request("depreciation", end=on), target=tmp_path / "dep.pdf"))
    assert "JADWAL PENYUSUTAN INVENTARIS" in text and "Keadaan per 31 Juli 2026" in text
    # the machine: 4.800.000 over 96 months = 50.000 a month, 7 months; the table: 1.500.000 over 48 months
    mesin, meja = 7 * 50_000, 1_500_000 * 17 // 48
    assert f"Mesin jahit bordir 10/01/2026 {money(4_800_000)} 8 {money(50_000)} {money(mesin)} " \
           f"{money(4_800_000 - mesin)}" in text
    assert f"Meja rapat 01/03/2025 {money(1_500_000)} 4 {money(31_250)} {money(meja)}" in text
    assert f"Panci besar 01/02/2026 {money(450_000)} – {money(0)} {money(450_000)}" in text  # below the threshold
    accumulated = -ledger.account_balance("1-402", on)
    assert accumulated == mesin + meja
    assert f"Jumlah {money(6_750_000)} {money(accumulated)} {money(6_750_000 - accumulated)}" in text
    assert f"Jumlah akumulasi penyusutan menurut jadwal {money(accumulated)}" in text
    assert f"Saldo akun Akumulasi penyusutan di Neraca (1-402) {money(accumulated)}" in text


def test_the_schedule_in_english_and_empty(book, tmp_path):
    text = pdf_text(generate(Request("depreciation", end=date(2026, 8, 1), lang="en"), target=tmp_path / "e.pdf"))
    assert "DEPRECIATION SCHEDULE" in text and "No item is in the ledger yet." in text
