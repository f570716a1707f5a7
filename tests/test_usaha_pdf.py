"""The business documents (usaha_book, usaha_stock, usaha_sales, usaha_share) read back from
their PDFs: the book's profit is app.usaha.report's and the ledger's, the stock list's total is
the business's 1-301, the sales totals are its 4-201 postings, the share slips add up to exactly
the profit shared and each is what her sukarela was credited. The worked month is the Alabio
month of tests/test_usaha_alabio.py (profit Rp404.014, stock Rp717.514)."""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger, settings
from app.db import db
from app.documents import usaha_book, usaha_share
from app.documents.catalogue import Request, check, file_name, generate
from app.errors import Rejected
from app.formatting import rupiah
from app.members import get_member
from app.terbilang import rupiah_words
from app.usaha import report, sharing
from pdf_support import page_size_mm, page_texts, pdf_text
from usaha_support import ALABIO, BORDIR, alabio_july

JULY = (date(2026, 7, 1), date(2026, 7, 31))


@pytest.fixture
def month(book):
    settings.update({"group_name": "UP2K As Syifa", "ketua_name": "Hj. Rusmini", "bendahara_name": "Masitah",
                     "place_name": "Amuntai"})
    return alabio_july()


def money(amount: int) -> str:
    return rupiah(amount, parentheses=True)


def make(tmp_path, kind: str, name: str = "u.pdf", **fields):
    return generate(Request(kind, **fields), target=tmp_path / name)


def test_the_book_has_the_report_the_journal_and_what_is_open(month, tmp_path):
    r = report.business_report(ALABIO, *JULY)
    # the supplier was paid only 125.000 of 325.000 here: the book must show the 200.000 still owed
    profit = 661_500 - 205_932 - 1_554 - 50_000
    assert r.profit_rp == report.profit(ALABIO, *JULY) == profit == 404_014
    assert profit == -sum(ledger.business_balance(ALABIO, code, JULY[1]) for code in ("4-201", "5-101", "5-102", "5-201"))
    text = pdf_text(make(tmp_path, "usaha_book", business_id=ALABIO, start=JULY[0], end=JULY[1]))
    assert "UP2K As Syifa" in text and "BUKU USAHA KELOMPOK" in text
    assert "Usaha Telur itik Alabio – Juli 2026" in text
    assert f"Penjualan {money(661_500)}" in text
    assert f"Harga pokok penjualan (HPP) {money(-205_932)}" in text
    assert f"Selisih persediaan (stok opname) {money(-1_554)}" in text
    assert f"Laba (rugi) periode ini {money(r.profit_rp)}" in text
    assert f"Nilai persediaan {money(ledger.business_balance(ALABIO, '1-301', JULY[1]))}" in text
    # journal: the cash sale's receipt number, the credit sale without cash, totals equal the cash moved
    rows = usaha_book.journal(ALABIO, *JULY)
    assert len(rows) == 13  # its capital, 2 purchases, 2 productions, 3 sales, an expense, 3 payments, a count
    assert "KW/2026/000001" in text and "Transport ke pasar Amuntai" in text
    credit_sale = next(x for x in rows if "Warung Bu Ani" in x.description and x.non_cash_rp)
    assert (credit_sale.cash_in_rp, credit_sale.cash_out_rp, credit_sale.non_cash_rp) == (0, 0, 240_000)
    cash_in, cash_out = sum(x.cash_in_rp for x in rows), sum(x.cash_out_rp for x in rows)
    assert cash_in - cash_out == ledger.business_balance(ALABIO, "1-101", JULY[1])
    assert f"Jumlah {money(cash_in)} {money(cash_out)}" in text
    # open at the end: Ani owes 140.000, UD Sumber Rezeki is owed 200.000 — equal to 1-202 and 2-102
    assert f"Warung Bu Ani {money(240_000)} {money(100_000)} {money(140_000)}" in text
    assert r.receivables_rp == 140_000 and -ledger.business_balance(ALABIO, "2-102") == 200_000 == r.payables_rp
    assert f"UD Sumber Rezeki Pakan itik {money(325_000)} {money(125_000)} {money(200_000)}" in text
    assert "( Hj. Rusmini )" in text and "( Masitah )" in text and "Amuntai, 31 Juli 2026" in text


def test_the_book_in_english(month, tmp_path):
    text = pdf_text(make(tmp_path, "usaha_book", business_id=ALABIO, start=JULY[0], end=JULY[1], lang="en"))
    assert "GROUP BUSINESS BOOK" in text and "Business Telur itik Alabio – July 2026" in text
    assert f"Profit (loss) for the period {money(404_014)}" in text and "Business journal" in text


def test_the_stock_list_total_is_the_ledgers_stock(month, tmp_path):
    on = JULY[1]
    path = make(tmp_path, "usaha_stock", business_id=ALABIO, end=on)
    text = pdf_text(path)
    total = ledger.business_balance(ALABIO, "1-301", on)
    assert total == 270_431 + 447_083
    assert "DAFTAR PERSEDIAAN" in text and "keadaan per 31 Juli 2026" in text
    assert f"Jumlah persediaan usaha ini (bagian akun 1-301) {money(total)}" in text
    assert f"Menurut Neraca (bagian usaha ini) {money(total)}" in text and f"Selisih {money(0)}" in text
    # eggs in butir, feed in kg with a decimal comma, the average with the decimals that multiply out
    assert f"Telur itik 348 butir 777,1 {money(270_431)}" in text  # 348 × 777,1 = 270.430,8
    assert f"Pakan itik 72,5 kg 6.166,66 {money(447_083)}" in text  # 72,5 × 6.166,66 = 447.082,85
    # an earlier date: the stock as it was then
    earlier = pdf_text(make(tmp_path, "usaha_stock", "e.pdf", business_id=ALABIO, end=date(2026, 7, 9)))
    assert f"(bagian usaha ini) {money(ledger.business_balance(ALABIO, '1-301', date(2026, 7, 9)))}" in earlier
    assert "Telur itik 290 butir" in earlier


def sales_total(business_id: int, start: date, end: date) -> int:
    """The business's sales in the period as the ledger has them, read apart from the document:
    minus its 4-201 postings."""
    return -db.execute_sql(
        "SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE p.business_id = ? AND a.code = '4-201' AND p.entry_date BETWEEN ? AND ?",
        (business_id, start.isoformat(), end.isoformat())).fetchone()[0]


def test_sales_by_product_and_buyer_total_the_postings(month, tmp_path):
    text = pdf_text(make(tmp_path, "usaha_sales", business_id=ALABIO, start=JULY[0], end=JULY[1]))
    total = sales_total(ALABIO, *JULY)
    assert total == 661_500 == -ledger.business_balance(ALABIO, "4-201", JULY[1])
    assert "LAPORAN PENJUALAN" in text
    assert f"Telur itik 265 butir {money(661_500)} {money(205_932)}" in text
    assert f"Jumlah {money(total)} {money(205_932)}" in text  # by product
    assert f"Warung Bu Ani 1 {money(240_000)} {money(240_000)}" in text
    assert f"Pembeli umum 1 {money(187_500)}" in text
    assert f"Jumlah 3 {money(total)} {money(474_000)}" in text  # by buyer


def test_share_slips_add_up_to_the_profit_and_match_the_savings(month, tmp_path):
    siti, wati = month["siti"], month["wati"]
    sharing.set_rule(ALABIO, "hours", {"members": 60, "3-301": 40})
    sharing.record_work(ALABIO, siti, date(2026, 7, 3), hours="2.5")
    sharing.record_work(ALABIO, wati, date(2026, 7, 4), hours=4)
    result = sharing.post_share(ALABIO, *JULY, on=date(2026, 8, 1))
    [share] = usaha_share.posted_shares(ALABIO, *JULY)
    assert share.profit_rp == result.plan.profit_rp == 404_014
    assert sum(p.amount_rp for p in share.parts) == share.profit_rp
    assert {m.member_id: m.amount_rp for m in share.members} == {siti: 93_234, wati: 149_174}
    for m in share.members:
        assert m.amount_rp == -ledger.member_balance(m.member_id, "2-101")
    path = make(tmp_path, "usaha_share", business_id=ALABIO, start=JULY[0], end=JULY[1])
    pages = page_texts(path)
    summary, slips = pages[0], pages[1:]
    assert "BAGI HASIL USAHA KELOMPOK" in summary
    assert f"Anggota yang bekerja 60% {money(242_408)}" in summary
    assert f"Dana cadangan 40% {money(161_606)}" in summary
    assert f"Laba yang dibagi 100% {money(404_014)}" in summary
    assert f"Siti Aisyah 2,5 38,46% {money(93_234)}" in summary and f"Wati 4 61,54% {money(149_174)}" in summary
    assert f"Jumlah 6,5 100% {money(242_408)}" in summary
    text = " ".join(slips)
    assert text.count("SLIP BAGI HASIL") == 2
    for member_id, amount in ((siti, 93_234), (wati, 149_174)):
        name = get_member(member_id).name
        assert f"( {name} )" in text
        assert f"Jumlah bagi hasil : {rupiah(amount)}" in text
        assert rupiah_words(amount) in text
    assert "2,5 dari 6,5 jam kerja" in text and "Simpanan sukarela, 1 Agustus 2026" in text
    # half F4: one slip a page after the summary
    half = make(tmp_path, "usaha_share", "h.pdf", business_id=ALABIO, start=JULY[0], end=JULY[1], paper="HALF_F4")
    assert page_size_mm(half) == (215.0, 165.0)
    half_pages = page_texts(half)
    assert sum("SLIP BAGI HASIL" in p for p in half_pages) == 2
    assert all(p.count("SLIP BAGI HASIL") <= 1 for p in half_pages)
    english = pdf_text(make(tmp_path, "usaha_share", "en.pdf", business_id=ALABIO, start=JULY[0], end=JULY[1],
                            lang="en"))
    assert "PROFIT-SHARE SLIP" in english and "Reserve fund 40%" in english


def test_a_period_without_anything_prints_a_correct_document(book, tmp_path):
    june = dict(business_id=BORDIR, start=date(2026, 6, 1), end=date(2026, 6, 30))
    book_text = pdf_text(make(tmp_path, "usaha_book", "b.pdf", **june))
    assert "Usaha Bordir – Juni 2026" in book_text and f"Laba (rugi) periode ini {money(0)}" in book_text
    assert "Tidak ada transaksi usaha ini pada periode ini." in book_text
    assert "Tidak ada piutang penjualan." in book_text and "Tidak ada utang usaha." in book_text
    stock_text = pdf_text(make(tmp_path, "usaha_stock", "s.pdf", business_id=BORDIR, end=date(2026, 6, 30)))
    assert "belum mempunyai produk" in stock_text and f"(bagian akun 1-301) {money(0)}" in stock_text
    sales_text = pdf_text(make(tmp_path, "usaha_sales", "p.pdf", **june))
    assert sales_text.count("Tidak ada penjualan pada periode ini.") == 2
    share_text = pdf_text(make(tmp_path, "usaha_share", "h.pdf", **june))
    assert "Belum ada bagi hasil usaha ini yang dibukukan" in share_text


def test_a_reversed_share_is_not_printed(month, tmp_path):
    from app.reversals import reverse

    sharing.set_rule(ALABIO, "sales", {"members": 70, "2-303": 30})
    result = sharing.post_share(ALABIO, *JULY, on=date(2026, 8, 1))
    assert len(usaha_share.posted_shares(ALABIO, *JULY)) == 1
    reverse(result.entry_id, "Salah aturan", date(2026, 8, 2))
    assert usaha_share.posted_shares(ALABIO, *JULY) == []


@pytest.mark.parametrize("kind", ["usaha_book", "usaha_stock", "usaha_sales", "usaha_share"])
def test_a_request_without_a_business_is_refused(book, tmp_path, kind):
    with pytest.raises(Rejected) as refused:
        generate(Request(kind, start=JULY[0], end=JULY[1]), target=tmp_path / "x.pdf")
    assert [(i.field, i.code) for i in refused.value.issues] == [("business", "required")]
    with pytest.raises(Rejected) as unknown:
        check(Request(kind, start=JULY[0], end=JULY[1], business_id=99))
    assert [(i.field, i.code) for i in unknown.value.issues] == [("business", "posting.unknown_business")]
    assert not (tmp_path / "x.pdf").exists()
    assert "usaha-2" in file_name(Request(kind, start=JULY[0], end=JULY[1], business_id=ALABIO))
