"""Buku Kas Umum: rows of every cash and bank movement with sumber dana and nomor bukti, the
saldo awal, a running saldo, and each month's Sisa Buku Kas Umum equal to the ledger; the PDF
read back says the same."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app import demo, ledger, members, receipts
from app.cash_book import cash_book, month_ranges
from app.db import db
from app.documents.catalogue import Request, generate
from app.formatting import rupiah
from app.ledger import credit, debit
from app.members import MemberInput
from pdf_support import page_texts, pdf_text


def post(on: date, description: str, lines, reference: str = "") -> int:
    return ledger.post_entry(on, description, lines, reference=reference)


@pytest.fixture
def village(book):
    """July and August 2026 of a small group: a grant into the bank, wajib with a receipt, a
    deposit of cash at the bank, a loan out and back, an expense with its own note number and
    one reversed."""
    siti = members.add_member(MemberInput(name="Siti Aminah", sex="P", joined_on=date(2026, 1, 5))).id
    post(date(2026, 6, 20), "Modal awal", [debit("1-101", 500_000), credit("3-201", 500_000)])
    ids = {
        "grant": post(date(2026, 7, 2), "Hibah CSR", [debit("1-102", 10_000_000), credit("3-201", 10_000_000)]),
        "wajib": post(date(2026, 7, 10), "Setoran wajib Siti", [debit("1-101", 25_000),
                                                                credit("3-102", 25_000, member_id=siti)]),
        "to_bank": post(date(2026, 7, 11), "Setor kas ke bank", [debit("1-102", 300_000), credit("1-101", 300_000)]),
        "loan": post(date(2026, 7, 15), "Pencairan pinjaman Siti", [debit("1-201", 1_000_000, member_id=siti),
                                                                    credit("1-102", 1_000_000)]),
        "instalment": post(date(2026, 8, 3), "Angsuran Siti", [
            debit("1-101", 95_000), credit("1-201", 80_000, member_id=siti), credit("4-101", 15_000, member_id=siti)]),
        "atk": post(date(2026, 8, 5), "ATK", [debit("5-201", 40_000), credit("1-101", 40_000)], reference="NOTA-17"),
    }
    receipts.issue(ids["wajib"], siti, 25_000)
    ids["storno"] = ledger._reverse_entry(ids["atk"], "salah catat", date(2026, 8, 6))
    post(date(2026, 8, 20), "Sesudah periode", [debit("1-101", 1_000), credit("3-201", 1_000)])
    return ids


def test_rows_parties_vouchers_and_running_saldo(village):
    book = cash_book(date(2026, 7, 1), date(2026, 8, 17))
    assert (book.opening_cash_rp, book.opening_bank_rp) == (500_000, 0)
    rows = [(r.entry_date, r.account, r.party, r.voucher, r.receipt_rp, r.payment_rp) for r in book.rows]
    assert rows == [
        (date(2026, 7, 2), "1-102", "Modal hibah", "—", 10_000_000, 0),  # nobody named: what came in
        (date(2026, 7, 10), "1-101", "Siti Aminah", "KW/2026/000001", 25_000, 0),
        (date(2026, 7, 11), "1-101", "Bank", "—", 0, 300_000),
        (date(2026, 7, 11), "1-102", "Kas", "—", 300_000, 0),
        (date(2026, 7, 15), "1-102", "Siti Aminah", "—", 0, 1_000_000),  # her entry, though no voucher
        (date(2026, 8, 3), "1-101", "Siti Aminah", "—", 95_000, 0),
        # a payment without voucher names nobody (never "Beban operasional"), nor its note's number
        (date(2026, 8, 5), "1-101", "—", "—", 0, 40_000),
        (date(2026, 8, 6), "1-101", "Beban operasional", "—", 40_000, 0),  # the storno, its own row
    ]
    assert [r.number for r in book.rows] == [1, 2, 3, 4, 5, 1, 2, 3]  # counted in each month
    assert book.rows[6].reversed and book.rows[7].is_reversal
    running = book.opening_rp
    for row in book.rows:
        running += row.receipt_rp - row.payment_rp
        assert row.balance_rp == running


def test_each_month_closes_at_the_ledger_balances(village):
    book = cash_book(date(2026, 7, 1), date(2026, 8, 17))
    assert [(m.start, m.end) for m in book.months] == [(date(2026, 7, 1), date(2026, 7, 31)),
                                                       (date(2026, 8, 1), date(2026, 8, 17))]
    for month in book.months:
        assert month.bank_rp == ledger.account_balance("1-102", month.end)
        assert month.cash_rp == ledger.account_balance("1-101", month.end)
        assert month.opening_rp + month.receipts_rp - month.payments_rp == month.total_rp
    july = book.months[0]
    assert (july.bank_rp, july.cash_rp, july.total_rp) == (9_300_000, 225_000, 9_525_000)
    assert book.months[1].opening_rp == july.total_rp


def test_receipts_and_payments_are_the_sums_of_the_postings(village):
    start, end = date(2026, 7, 1), date(2026, 8, 17)
    book = cash_book(start, end)
    debits, credits = db.execute_sql(
        "SELECT SUM(CASE WHEN amount_rp > 0 THEN amount_rp ELSE 0 END), SUM(CASE WHEN amount_rp < 0 THEN -amount_rp"
        " ELSE 0 END) FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE a.code IN ('1-101', '1-102') AND p.entry_date BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat())).fetchone()
    assert (book.receipts_rp, book.payments_rp) == (debits, credits)


def test_a_period_without_movement_shows_the_balances(village):
    book = cash_book(date(2026, 6, 21), date(2026, 6, 30))
    assert book.rows == ()
    assert book.closing.cash_rp == 500_000 and book.closing.total_rp == 500_000


def test_months_of_a_period():
    assert month_ranges(date(2025, 12, 15), date(2026, 2, 3)) == [
        (date(2025, 12, 15), date(2025, 12, 31)), (date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 3))]


def test_the_pdf_prints_every_month_with_its_closing_and_signatures(village, tmp_path):
    path = generate(Request("cash_book", start=date(2026, 7, 1), end=date(2026, 8, 17)), tmp_path / "bku.pdf")
    text = pdf_text(path)
    assert "BUKU KAS UMUM" in text and "1 Juli 2026 – 17 Agustus 2026" in text
    assert "Sisa Buku Kas Umum per 31 Juli 2026" in text and "Sisa Buku Kas Umum per 17 Agustus 2026" in text
    for month_end in (date(2026, 7, 31), date(2026, 8, 17)):
        bank, cash = ledger.account_balance("1-102", month_end), ledger.account_balance("1-101", month_end)
        assert f"Sisa bank {rupiah(bank)}" in text
        assert f"Sisa kas tunai {rupiah(cash)}" in text
        assert f"Jumlah {rupiah(bank + cash)}" in text
    assert "KW/2026/000001" in text and "NOTA-17" not in text and "(distorno)" in text
    assert "Storno: ATK" in text and "Siti Aminah" in text and "Modal hibah" in text
    assert "Sumber dana / Dibayar kepada" in text and "Nomor bukti" in text
    assert text.count("Mengetahui,") == 2 and "31 Juli 2026" in text.split("Mengetahui,")[1]
    pages = page_texts(path)
    assert pages[0].count("Juli 2026") >= 1 and "Agustus 2026 No Tanggal" in " ".join(pages[1:])
    # July: receipts 10.325.000, payments 1.300.000
    assert "Jumlah Rp10.325.000 Rp1.300.000 Rp9.525.000" in text


def test_an_empty_period_prints_the_balances_and_says_so(village, tmp_path):
    path = generate(Request("cash_book", start=date(2026, 6, 21), end=date(2026, 6, 30), lang="en"),
                    tmp_path / "empty.pdf")
    text = pdf_text(path)
    assert "GENERAL CASH BOOK" in text and "No cash or bank transactions this month." in text
    assert "Opening balance" in text and "Cash on hand Rp500.000" in text and "Total Rp500.000" in text


def test_the_demo_village_closes_every_month_at_the_ledger(book, tmp_path):
    demo.populate()
    start, end = date(2025, 9, 1), date(2026, 8, 17)
    cb = cash_book(start, end)
    assert len(cb.months) == 12 and len(cb.rows) > 100
    for month in cb.months:
        cash = ledger.account_balance("1-101", month.end)
        bank = ledger.account_balance("1-102", month.end)
        assert (month.cash_rp, month.bank_rp) == (cash, bank)
    assert cb.opening_rp == ledger.account_balance("1-101", start - timedelta(days=1)) + ledger.account_balance(
        "1-102", start - timedelta(days=1))
    path = generate(Request("cash_book", start=date(2026, 7, 1), end=date(2026, 7, 31)), tmp_path / "demo.pdf")
    july = cb.months[-2]
    assert f"Jumlah {rupiah(july.cash_rp + july.bank_rp)}" in pdf_text(path)
    assert f"Rp{july.receipts_rp:,}".replace(",", ".") in pdf_text(path)


def test_a_members_mixed_setoran_is_a_setoran_with_its_parts(book):
    maulidah = members.add_member(MemberInput(name="Maulidah", sex="P", joined_on=date(2026, 1, 5))).id
    number = members.format_number(members.get_member(maulidah).number)
    savings = post(date(2026, 8, 3), f"Setoran – {number} Maulidah", [
        debit("1-101", 60_000, member_id=maulidah), credit("3-102", 25_000, member_id=maulidah),
        credit("2-101", 35_000, member_id=maulidah)])
    setoran = post(date(2026, 8, 4), f"Setoran – {number} Maulidah", [
        debit("1-101", 160_000, member_id=maulidah), credit("4-102", 5_000, member_id=maulidah),
        credit("4-101", 15_000, member_id=maulidah), credit("1-201", 115_000, member_id=maulidah),
        credit("3-102", 25_000, member_id=maulidah)])
    instalment = post(date(2026, 8, 5), f"Angsuran pinjaman – {number} Maulidah", [
        debit("1-101", 95_000, member_id=maulidah), credit("1-201", 80_000, member_id=maulidah),
        credit("4-101", 15_000, member_id=maulidah)])
    wajib = post(date(2026, 8, 6), "Setoran wajib", [debit("1-101", 25_000),
                                                     credit("3-102", 25_000, member_id=maulidah)])
    storno = ledger._reverse_entry(setoran, "salah catat", date(2026, 8, 7))
    rows = {row.entry_id: (row.party, row.description) for row in cash_book(date(2026, 8, 1), date(2026, 8, 31)).rows}
    assert rows[savings] == ("Maulidah", f"Setoran – {number} Maulidah (wajib Rp25.000, sukarela Rp35.000)")
    assert rows[setoran] == ("Maulidah", f"Setoran – {number} Maulidah"
                                         " (angsuran Rp115.000, jasa Rp15.000, denda Rp5.000, wajib Rp25.000)")
    assert rows[instalment] == ("Maulidah",
                                f"Angsuran pinjaman – {number} Maulidah (angsuran Rp80.000, jasa Rp15.000)")
    assert rows[wajib] == ("Maulidah", "Setoran wajib")  # its one part is in its words already
    assert rows[storno] == ("Maulidah", f"Storno: Setoran – {number} Maulidah"
                                        " (angsuran Rp115.000, jasa Rp15.000, denda Rp5.000, wajib Rp25.000)")


def test_a_cash_sale_lists_no_cost_of_goods_among_the_money(book):
    """A cash sale moves its stock to cost in the same entry: those postings are no part of the
    money received, so the Uraian names none of them."""
    sale = post(date(2026, 8, 3), "Penjualan Kerupuk (tunai)", [
        debit("1-101", 450_000), credit("4-201", 450_000), debit("5-101", 252_897), credit("1-301", 252_897)])
    rows = {row.entry_id: row.description for row in cash_book(date(2026, 8, 1), date(2026, 8, 31)).rows}
    assert rows[sale] == "Penjualan Kerupuk (tunai)"


def test_vouchers_name_who_paid_and_who_was_paid(book):
    """Money in reads who it came from, money out who received it, each with its voucher's own
    number: the kuitansi's, the bukti kas keluar's."""
    from app.usaha import catalog, trade
    from usaha_support import ALABIO, BUTIR, KG, capital

    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 7, 1))
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    capital(ALABIO, date(2026, 7, 1), 2_000_000)
    bought = trade.purchase(ALABIO, date(2026, 7, 2), feed.id, 50, 400_000, supplier="Toko Pakan Alabio")
    spent = trade.expense(ALABIO, date(2026, 7, 3), 50_000, "Transport ke pasar", paid_to="Ojek Pak Rahman")
    unnamed = trade.expense(ALABIO, date(2026, 7, 4), 20_000, "Plastik")
    sold = trade.sell(ALABIO, date(2026, 7, 5), [trade.SaleLine(egg.id, 10, unit_price_rp=2_500)],
                      buyer_name="Warung Bu Ani", allow_negative=True, negative_reason="uji")
    rows = {row.entry_id: (row.party, row.voucher, row.description)
            for row in cash_book(date(2026, 7, 1), date(2026, 7, 31)).rows}
    assert rows[bought.entry_id][:2] == ("Toko Pakan Alabio", "BKK/2026/000001")
    assert rows[spent.entry_id][:2] == ("Ojek Pak Rahman", "BKK/2026/000002")
    assert rows[unnamed.entry_id][:2] == (trade.UNNAMED_PAYEE, "BKK/2026/000003")
    assert rows[sold.entry_id][:2] == ("Warung Bu Ani", "KW/2026/000001")


def test_the_opening_cash_names_nobody_as_its_source(book):
    """The opening's cash and bank came from the old book, not from "Selisih saldo awal" (the
    account every opening entry balances against, Rp0 on a balanced opening)."""
    from opening_support import OPENING_ON, realistic_opening

    from app.opening import commit

    commit.commit(realistic_opening())
    rows = [row for month in cash_book(OPENING_ON.replace(day=1), OPENING_ON).months for row in month.rows]
    assert [(row.party, row.description) for row in rows] == [("—", "Saldo awal kas dan bank")] * 2
    assert sum(row.receipt_rp for row in rows) == ledger.account_balance("1-101") + ledger.account_balance("1-102")
