"""Catatan atas Laporan Keuangan, Laporan Arus Kas and Laporan Perubahan Ekuitas read back from
the PDF: every note's number and title, the Neraca's figures in the notes, the group's own words
under their note, the statements' closing figures; a period that starts after it ends refused
with nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from app import demo, ledger
from app.assets import depreciation
from app import financial_statements as fs
from app.documents.catalogue import Request, generate
from app.documents.cash_flow import WORDS as FLOW_WORDS
from app.documents.financial import WORDS as STATEMENT_WORDS
from app.documents.loan_portfolio import portfolio
from app.errors import Rejected
from app.loans import allowance
from app.formatting import rupiah
from app.reports import cash_flow as cf
from app.reports import equity_changes as ec
from app.reports import notes
from app.statement_notes import NOTES
from pdf_support import page_texts, pdf_text

TODAY = date(2026, 8, 17)


@pytest.fixture
def village(book):
    demo.populate()


def money(amount: int) -> str:
    return rupiah(amount, parentheses=True)


def test_every_note_with_its_number_title_and_the_neraca_figures(village, tmp_path):
    notes.set_note_texts({"loans": "Dua pinjaman macet sedang ditagih oleh pengurus bersama kepala dusun.",
                          "general": "Kelompok dibina TP PKK Kecamatan Sungai Pandan."})
    text = pdf_text(generate(Request("notes", end=TODAY), tmp_path / "notes.pdf"))
    assert "CATATAN ATAS LAPORAN KEUANGAN" in text and "per 17 Agustus 2026, dibandingkan dengan 31 Desember 2025" in text
    positions = [text.index(f"{note.number}. {note.title_id}") for note in NOTES if note.key != "opening"]
    assert positions == sorted(positions)  # in their order, each once found
    sheet = fs.balance_sheet(TODAY, date(2025, 12, 31))
    for section in (sheet.assets, sheet.liabilities, sheet.equity):
        for line in section.lines:
            name = line.name if line.code else STATEMENT_WORDS(line.name, "id")
            assert f"{line.code} {name} {money(line.amount_rp)} {money(line.previous_rp)}".strip() in text, line
    loans = text[text.index("4. Piutang pinjaman"):text.index("5. Piutang penjualan")]
    assert "Lancar" in loans and "Macet" in loans
    assert loans.rstrip().endswith("Catatan kelompok: Dua pinjaman macet sedang ditagih oleh pengurus bersama "
                                   "kepala dusun.")
    assert "Catatan kelompok: Kelompok dibina TP PKK Kecamatan Sungai Pandan." in text
    cash = sum(line.amount_rp for line in sheet.assets.lines if line.code.startswith("1-1"))
    assert f"Jumlah {money(cash)}" in text[text.index("3. Kas dan bank"):text.index("4. Piutang pinjaman")]


def test_the_loans_by_class_add_up_to_the_neraca(village):
    figures = next(f for f in notes.notes(TODAY).notes if f.note.key == "loans")
    on_loan = next(line.amount_rp for line in figures.lines if line.code == "1-201")
    assert portfolio(TODAY).total_outstanding_rp == on_loan > 0  # the allowance (1-203) is its own line
    stock = next(f for f in notes.notes(TODAY).notes if f.note.key == "stock")
    assert sum(part.amount_rp for part in stock.parts) == stock.total_rp > 0
    savings = next(f for f in notes.notes(TODAY).notes if f.note.key == "savings")
    assert sum(part.amount_rp for part in savings.parts) == savings.total_rp > 0
    grants = next(f for f in notes.notes(TODAY).notes if f.note.key == "grants")
    assert sum(part.amount_rp for part in grants.parts) == grants.total_rp > 0


def test_the_groups_words_are_kept_and_a_long_one_refused(book):
    notes.set_note_texts({"stock": "  Stok dihitung tiap akhir bulan.  "})
    assert notes.note_texts()["stock"] == "Stok dihitung tiap akhir bulan."
    with pytest.raises(Rejected) as refused:
        notes.set_note_texts({"stock": "x" * (notes.TEXT_LIMIT + 1), "cash": "Kas di rumah bendahara."})
    assert refused.value.codes() == ["text.too_long"]
    assert notes.note_texts()["stock"] == "Stok dihitung tiap akhir bulan." and notes.note_texts()["cash"] == ""


def test_the_cash_flow_and_equity_pdfs_close_where_the_book_stands(village, tmp_path):
    start = date(2026, 1, 1)
    flow = pdf_text(generate(Request("cash_flow", start=start, end=TODAY), tmp_path / "kas.pdf"))
    closing = cf.cash_flow(start, TODAY).closing_rp
    assert closing == cf.cash_at(TODAY)
    assert f"Kas dan bank akhir periode (17 Agustus 2026) {money(closing)}" in flow
    assert "ARUS KAS DARI AKTIVITAS OPERASI" in flow and "Penerimaan angsuran pokok pinjaman" in flow
    equity = pdf_text(generate(Request("equity_changes", start=start, end=TODAY), tmp_path / "ekuitas.pdf"))
    changes = ec.equity_changes(start, TODAY)
    assert changes.total("closing_rp") == fs.balance_sheet(TODAY).equity.total_rp
    totals = (money(changes.total(part)) for part in ("opening_rp", "additions_rp", "reductions_rp", "closing_rp"))
    assert f"JUMLAH EKUITAS {' '.join(totals)}" in equity
    english = pdf_text(generate(Request("cash_flow", lang="en", start=start, end=TODAY), tmp_path / "en.pdf"))
    assert "CASH FLOW STATEMENT" in english and "Loan principal repaid by members" in english


@pytest.mark.parametrize("kind", ["cash_flow", "equity_changes"])
def test_a_period_that_starts_after_it_ends_writes_nothing(book, tmp_path, kind):
    target = tmp_path / f"{kind}.pdf"
    with pytest.raises(Rejected) as refused:
        generate(Request(kind, start=date(2026, 8, 1), end=date(2026, 7, 1)), target)
    assert refused.value.codes() == ["period.reversed"] and not target.exists()


def test_every_flow_has_words_in_both_languages():
    for flow in cf.FLOWS:
        for way in ("in", "out"):
            assert FLOW_WORDS(f"{flow.key}.{way}", "id") and FLOW_WORDS(f"{flow.key}.{way}", "en")


def test_a_notes_heading_never_ends_a_page_without_its_table(village, tmp_path):
    for length in range(8, 40, 3):  # the group's words push the notes about the pages
        notes.set_note_texts({note.key: "Catatan kelompok. " * length for note in NOTES})
        pages = page_texts(generate(Request("notes", end=TODAY), tmp_path / f"notes-{length}.pdf"))
        for note in NOTES[2:]:  # the opening's note too: the group wrote words under it
            page = next(p for p in pages if f"{note.number}. {note.title_id}" in p)
            after = page[page.index(f"{note.number}. {note.title_id}"):]
            assert "Kode Akun" in after or "Tidak ada saldo" in after, (length, note.title_id)


def test_an_empty_book_prints_the_three_with_zeros(book, tmp_path):
    for kind in ("cash_flow", "equity_changes", "notes"):
        text = pdf_text(generate(Request(kind, start=date(2026, 1, 1), end=TODAY), tmp_path / f"{kind}.pdf"))
        assert "Rp0" in text or "Tidak ada saldo" in text, kind
    assert cf.cash_flow(date(2026, 1, 1), TODAY).lines == ()
    assert [row.code for row in ec.equity_changes(date(2026, 1, 1), TODAY).rows] == [ec.SHU_ROW]


def test_the_loans_note_sets_the_allowance_by_class_beside_what_is_booked(village, tmp_path):
    needed = allowance.allowance(TODAY)
    text = pdf_text(generate(Request("notes", end=TODAY), tmp_path / "notes.pdf"))
    loans = text[text.index("4. Piutang pinjaman"):text.index("5. Piutang penjualan")]
    assert "Tarif PPAP" in loans and needed.required_rp > 0
    book = portfolio(TODAY)
    assert f"Jumlah {len(book.rows)} {rupiah(book.total_outstanding_rp)} {rupiah(needed.required_rp)}" in loans
    assert f"Penyisihan yang sudah dibukukan (akun 1-203): {rupiah(needed.booked_rp)}" in loans


def test_the_equipment_note_deducts_the_depreciation_the_ledger_holds(village, tmp_path):
    for month in range(1, 8):
        depreciation.run(2026, month)
    text = pdf_text(generate(Request("notes", end=TODAY), tmp_path / "notes.pdf"))
    accumulated = -ledger.account_balance("1-402", TODAY)
    assert accumulated > 0
    equipment = text[text.index("7. Inventaris"):text.index("8. ")]
    assert f"Dikurangi: akumulasi penyusutan (Jadwal Penyusutan) {money(-accumulated)}" in equipment


def test_note_13_says_when_the_old_books_came_in_and_explains_a_difference_only_when_there_is_one(book, tmp_path):
    """Note 13 of a balanced opening said "penjelasannya di bawah" with nothing below; it gives
    the opening date, and speaks of the difference only when there is one."""
    from app.opening import commit
    from opening_support import realistic_opening

    commit.commit(realistic_opening())  # balanced, on 31/12/2025
    path = generate(Request("notes", end=date(2026, 1, 20)), tmp_path / "catatan.pdf")
    text = " ".join(pdf_text(path).split())
    note = text[text.index("13. Modal awal"):]
    assert "Saldo buku lama dicatat per 31 Desember 2025, tanggal saldo awal." in note
    assert "penjelasannya di bawah" not in note and "Selisih saldo awal" not in note.split("Kode")[0]
    english = " ".join(pdf_text(generate(Request("notes", lang="en", end=date(2026, 1, 20)), tmp_path / "notes.pdf")).split())
    assert "brought in as at 31 December 2025, the opening date." in english and "explained below" not in english


def test_note_13_explains_a_difference_with_her_words(book, tmp_path):
    from app.opening import commit
    from opening_support import realistic_opening

    opening = realistic_opening()
    opening.cash[0].amount_rp += 50_000
    opening.difference_note = "Uang kas lama belum dicatat"
    commit.commit(opening)
    text = " ".join(pdf_text(generate(Request("notes", end=date(2026, 1, 20)), tmp_path / "catatan.pdf")).split())
    note = text[text.index("13. Modal awal"):]
    assert "penjelasannya di bawah" in note and "Uang kas lama belum dicatat" in note and "3-502" in note
