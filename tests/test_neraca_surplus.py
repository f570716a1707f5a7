"""The Neraca's surplus: one "SHU tahun berjalan" line once a business shared profit, with the
bagi hasil already shared as its part; next year "SHU tahun lalu belum dibagi" is what is left,
not what was earned; a loss reads "Rugi". And the Neraca grouped current / non-current with
subtotals and each line's note number."""

from __future__ import annotations

from datetime import date

from app import ledger
from app import financial_statements as fs
from app.documents.catalogue import Request, generate
from app.ledger import credit, debit
from app.statement_notes import note_for
from pdf_support import pdf_text


def line_of(sheet: fs.BalanceSheet, name: str) -> fs.Line:
    return next(line for line in sheet.equity.lines if line.name == name)


def shared_business_profit():
    """2025: capital, a bank loan, equipment, sales 1.000.000 less costs 400.000, and in
    November the business's bagi hasil of 450.000 (300.000 to the members' sukarela, 150.000 to
    the reserve), as app.usaha.sharing posts it: out of 3-401."""
    ledger.post_entry(date(2025, 2, 1), "Hibah", [debit("1-102", 10_000_000), credit("3-201", 10_000_000)])
    ledger.post_entry(date(2025, 2, 2), "Pinjaman bank", [debit("1-102", 5_000_000), credit("2-201", 5_000_000)])
    ledger.post_entry(date(2025, 2, 3), "Timbangan", [debit("1-401", 2_000_000), credit("1-102", 2_000_000)])
    ledger.post_entry(date(2025, 6, 1), "Jual", [debit("1-101", 1_000_000), credit("4-201", 1_000_000)])
    ledger.post_entry(date(2025, 6, 2), "Bahan", [debit("5-101", 400_000), credit("1-101", 400_000)])
    ledger.post_entry(date(2025, 11, 1), "Bagi hasil usaha", [debit("3-401", 450_000), credit("2-101", 300_000),
                                                              credit("3-301", 150_000)])


def test_one_shu_line_with_the_bagi_hasil_as_its_part(book):
    shared_business_profit()
    sheet = fs.balance_sheet(date(2025, 12, 31), date(2025, 10, 31))
    shu_lines = [line for line in sheet.equity.lines if line.code in ("", fs.SURPLUS)]
    assert [line.name for line in shu_lines] == [fs.SHU_CURRENT]  # no 3-401 beside it
    (shu,) = shu_lines
    assert (shu.amount_rp, shu.previous_rp) == (150_000, 600_000)
    assert [(part.name, part.amount_rp, part.previous_rp) for part in shu.parts] == [
        (fs.SHU_GROSS, 600_000, 600_000), (fs.SHU_SHARED, -450_000, 0)]
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp
    assert sheet.equity.total_rp == 10_000_000 + 150_000 + 150_000  # grant, reserve, SHU left


def test_next_year_what_is_left_not_what_was_earned(book):
    shared_business_profit()
    sheet = fs.balance_sheet(date(2026, 3, 31), date(2025, 12, 31))
    earlier = line_of(sheet, fs.SHU_EARLIER)
    assert (earlier.amount_rp, earlier.previous_rp) == (150_000, 0)  # 600.000 earned, 450.000 shared
    current = line_of(sheet, fs.SHU_CURRENT)
    assert (current.amount_rp, current.previous_rp) == (0, 150_000)
    assert current.parts[1] == fs.Line("", fs.SHU_SHARED, 0, -450_000)
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp


def test_a_loss_reads_as_a_loss(book, tmp_path):
    ledger.post_entry(date(2025, 2, 1), "Hibah", [debit("1-101", 1_000_000), credit("3-201", 1_000_000)])
    ledger.post_entry(date(2025, 3, 1), "Beban 2025", [debit("5-201", 200_000), credit("1-101", 200_000)])
    ledger.post_entry(date(2026, 3, 1), "Beban 2026", [debit("5-201", 50_000), credit("1-101", 50_000)])
    sheet = fs.balance_sheet(date(2026, 3, 31), date(2026, 2, 28))
    assert [(line.name, line.amount_rp) for line in sheet.equity.lines if not line.code] == [
        (fs.LOSS_EARLIER, -200_000), (fs.LOSS_CURRENT, -50_000)]
    text = pdf_text(generate(Request("balance_sheet", start=date(2026, 3, 1), end=date(2026, 3, 31)),
                             tmp_path / "n.pdf"))
    assert "Rugi tahun lalu (Rp200.000) (Rp200.000)" in text
    assert "Rugi tahun berjalan (Rp50.000) Rp0" in text
    assert "SHU tahun" not in text
    english = pdf_text(generate(Request("balance_sheet", start=date(2026, 3, 1), end=date(2026, 3, 31), lang="en"),
                                tmp_path / "en.pdf"))
    assert "Loss of earlier years (Rp200.000)" in english


def test_a_profit_turned_loss_names_both(book):
    ledger.post_entry(date(2025, 2, 1), "Hibah", [debit("1-101", 1_000_000), credit("3-201", 1_000_000)])
    ledger.post_entry(date(2025, 3, 1), "Jasa", [debit("1-101", 100_000), credit("4-101", 100_000)])
    ledger.post_entry(date(2025, 4, 1), "Beban", [debit("5-201", 300_000), credit("1-101", 300_000)])
    sheet = fs.balance_sheet(date(2025, 4, 30), date(2025, 3, 31))
    assert [line.name for line in sheet.equity.lines if not line.code] == [fs.MIXED_CURRENT]


def test_the_neraca_is_grouped_with_subtotals_and_notes(book, tmp_path):
    shared_business_profit()
    sheet = fs.balance_sheet(date(2025, 12, 31), date(2025, 10, 31))
    assert [group for group, _ in sheet.assets.groups()] == [fs.CURRENT_ASSET, fs.FIXED_ASSET]
    assert [group for group, _ in sheet.liabilities.groups()] == [fs.SHORT_LIABILITY, fs.LONG_LIABILITY]
    current = dict(sheet.assets.groups())[fs.CURRENT_ASSET]
    text = pdf_text(generate(Request("balance_sheet", start=date(2025, 11, 1), end=date(2025, 12, 31)),
                             tmp_path / "n.pdf"))
    assert "Cat. Kode Nama akun" in text
    assert "Aset lancar" in text and f"Jumlah aset lancar Rp{current.total_rp:,}".replace(",", ".") in text
    assert "Aset tidak lancar" in text and "Jumlah aset tidak lancar Rp2.000.000 Rp2.000.000" in text
    assert "Kewajiban jangka pendek" in text and "Kewajiban jangka panjang" in text
    assert f"{note_for('1-101').number} 1-101 Kas" in text
    assert f"{note_for('1-401').number} 1-401 Inventaris / peralatan" in text
    assert f"{note_for('2-201').number} 2-201 Utang bank / pinjaman modal" in text
    assert "SHU tahun berjalan Rp150.000 Rp600.000" in text
    assert "hasil usaha tahun ini Rp600.000 Rp600.000" in text
    assert "dikurangi: bagi hasil yang sudah dibagi (Rp450.000) Rp0" in text
    assert "3-401" not in text
