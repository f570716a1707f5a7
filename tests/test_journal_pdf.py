"""Jurnal Umum, read back from the PDF: every entry of the period in date order with its
accounts, debit and credit; a storno and the entry it reverses name each other; each page that
goes on ends with the totals so far and the next starts with them; the grand total is debit =
credit; an entry never splits over two pages."""

from __future__ import annotations

import re
from datetime import date

from app import demo, general_journal, ledger, reversals, settings
from app.documents.catalogue import Request, generate
from app.documents.general_ledger import entry_number
from app.formatting import rupiah
from app.ledger import credit, debit
from pdf_support import page_runs, page_texts, pdf_text


def small_book() -> dict[str, int]:
    ids = {
        "grant": ledger.post_entry(date(2026, 7, 1), "Hibah desa", [debit("1-102", 5_000_000),
                                                                   credit("3-201", 5_000_000)]),
        "jasa": ledger.post_entry(date(2026, 7, 10), "Jasa pinjaman Juli", [debit("1-101", 90_000),
                                                                           credit("4-101", 90_000)]),
        "atk": ledger.post_entry(date(2026, 7, 5), "Beli ATK", [debit("5-202", 45_000), credit("1-102", 45_000)]),
        "june": ledger.post_entry(date(2026, 6, 30), "Juni", [debit("1-101", 1_000), credit("4-303", 1_000)]),
    }
    ids["storno"] = reversals.reverse(ids["jasa"], "Salah catat", date(2026, 7, 12))
    return ids


def test_entries_in_date_order_with_their_accounts_and_totals(book, tmp_path):
    ids = small_book()
    found = general_journal.journal(date(2026, 7, 1), date(2026, 7, 31))
    assert [e.id for e in found.entries] == [ids["grant"], ids["atk"], ids["jasa"], ids["storno"]]
    assert found.debit_rp == found.credit_rp == 5_000_000 + 45_000 + 90_000 + 90_000
    text = pdf_text(generate(Request("journal", start=date(2026, 7, 1), end=date(2026, 7, 31)), tmp_path / "j.pdf"))
    assert "JURNAL UMUM" in text and "Juli 2026" in text
    assert "Tanggal No. jurnal Uraian / akun Debit (Rp) Kredit (Rp)" in text
    assert (f"01/07/2026 JU-{ids['grant']} Hibah desa 1-102 Bank Rp5.000.000 3-201 Modal hibah Rp5.000.000"
            in text)
    assert text.index(f"JU-{ids['atk']} Beli ATK") < text.index(f"JU-{ids['jasa']} Jasa pinjaman Juli")
    assert "Juni" not in text  # June is not in the period
    total = rupiah(found.debit_rp)
    assert f"JUMLAH {total} {total}" in text
    assert "Mengetahui," in text


def test_a_storno_and_the_entry_it_reverses_name_each_other(book, tmp_path):
    ids = small_book()
    text = pdf_text(generate(Request("journal", start=date(2026, 7, 1), end=date(2026, 7, 31)), tmp_path / "j.pdf"))
    assert f"Distorno dengan JU-{ids['storno']} tanggal 12 Juli 2026" in text
    assert f"Storno atas JU-{ids['jasa']} tanggal 10 Juli 2026" in text
    # the storno's lines turn the original's round: Kas credited, jasa debited
    storno = text[text.index(f"JU-{ids['storno']} "):]
    assert re.search(r"4-101 Pendapatan jasa pinjaman Rp90\.000 1-101 Kas Rp90\.000", storno)
    english = pdf_text(generate(Request("journal", start=date(2026, 7, 1), end=date(2026, 7, 31), lang="en"),
                                tmp_path / "en.pdf"))
    assert "GENERAL JOURNAL" in english and f"Reversal of JU-{ids['jasa']} of 10 July 2026" in english


def money(text: str) -> list[int]:
    return [int(m.replace(".", "")) for m in re.findall(r"Rp([\d.]+)", text)]


def test_a_long_journal_carries_its_totals_from_page_to_page(book, tmp_path):
    demo.populate()
    start, end = date(2026, 1, 1), date(2026, 8, 17)
    found = general_journal.journal(start, end)
    path = generate(Request("journal", start=start, end=end), tmp_path / "j.pdf")
    pages = page_texts(path)
    assert len(pages) > 3
    carried_label, brought_label = "Jumlah dipindahkan ke halaman berikut", "Jumlah pindahan dari halaman sebelumnya"
    carried_before = None
    seen: dict[str, int] = {}
    taller_than_a_page = {entry_number(e.id) for e in found.entries if len(e.lines) >= 70}  # JU-408, SHU to 70 members
    for number, page in enumerate(pages):
        if carried_before is not None:
            heads = f"{settings.get('group_name')} Jurnal Umum Tanggal No. jurnal Uraian / akun"
            assert page.startswith(heads)  # the running header, then the heads again
            brought = money(page[page.index(brought_label):])[:2]
            assert brought == carried_before
        if carried_label in page:
            carried = money(page[page.index(carried_label):])[:2]
            assert carried[0] == carried[1]  # every entry balances, so do the totals so far
            carried_before = carried
        else:
            carried_before = None
        for entry in re.findall(r"JU-\d+", page):
            seen.setdefault(entry, number)
            assert (seen[entry] == number or f"Storno atas {entry}" in page or f"Distorno dengan {entry}" in page
                    or entry in taller_than_a_page)  # its head repeated over its rest
    assert carried_label in pages[0] and carried_label not in pages[-1]
    total = rupiah(found.debit_rp)
    assert f"JUMLAH {total} {total}" in pages[-1]
    assert entry_number(found.entries[-1].id) in pages[-1]  # the grand total never stands alone on a page
    assert len({e for e in seen}) >= len(found.entries)
    runs = page_runs(path)
    for before, page in zip(runs, runs[1:]):  # brought forward in line with the carried line and the columns
        carried = [r for r in before if r.text.startswith("Jumlah dipindahkan")]
        brought = [r for r in page if r.text.startswith("Jumlah pindahan")]
        if carried and brought:
            assert round(brought[0].x, 1) == round(carried[0].x, 1)
            assert round(max(r.right for r in page if r.y == brought[0].y), 1) == \
                round(max(r.right for r in before if r.y == carried[0].y), 1)


def test_an_entry_taller_than_a_page_starts_on_the_first_page_with_its_head_repeated(book, tmp_path):
    """The opening's savings (60 members, 180 lines) left the first page blank under its column
    heads; the entry now starts there, and its date and number head each page it runs on."""
    from opening_support import OPENING_ON, realistic_opening

    from app.opening import commit

    commit.commit(realistic_opening())
    path = generate(Request("journal", start=OPENING_ON.replace(day=1), end=OPENING_ON), tmp_path / "jurnal.pdf")
    pages = page_texts(path)
    assert "Saldo awal simpanan anggota" in pages[0] and "0001" in pages[0]
    running = [page for page in pages if "3-101 Simpanan pokok" in page]
    assert len(running) >= 2 and all("JU-1" in page for page in running)
