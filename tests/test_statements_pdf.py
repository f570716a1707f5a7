"""Member statements (buku simpanan, kartu pinjaman) read back from the PDF: names, numbers,
running balances across a storno, closing balances equal to app.savings, sisa pinjaman equal
to app.loans, one section per member, English labels, Cancel, long and Arabic names."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app import reversals, savings, settings
from app.documents.catalogue import Request, documents_folder, generate
from app.documents.loan_portfolio import portfolio
from app.documents.output import DocumentError
from app.formatting import rupiah
from app.loans import lifecycle, written_off
from app.loans.payments import pay
from app.models import Member
from collection_support import member_with_dues
from loan_support import disbursed, member, product
from pdf_support import page_texts, pdf_text

TODAY = date(2026, 8, 17)
LONG_NAME = "Siti Nur'aini binti Haji Abdurrahman " * 6  # about 200 characters


def _saver(name: str = "Siti Aisyah") -> int:
    """Pokok, wajib, sukarela in and out, and a wajib deposit reversed (storno)."""
    siti = member(name)
    savings.deposit(siti, "pokok", savings.pokok_amount(), date(2025, 1, 2))
    savings.deposit(siti, "wajib", 60_000, date(2025, 12, 1))
    wrong = savings.deposit(siti, "wajib", 25_000, date(2026, 2, 1)).entry_id
    reversals.reverse(wrong, "salah jumlah", date(2026, 2, 3))
    savings.deposit(siti, "wajib", 20_000, date(2026, 3, 1))
    savings.deposit(siti, "sukarela", 250_000, date(2026, 4, 5))
    savings.withdraw(siti, 75_000, date(2026, 6, 9))
    return siti


def _passbook(member_id=None, lang="id", end=TODAY, progress=None):
    return generate(Request("passbook", lang=lang, end=end, member_id=member_id), progress=progress)


def test_passbook_shows_running_balances_and_closing_balances_of_the_book(book):
    settings.update({"group_name": "UP2K As Syifa"})
    siti = _saver()
    text = pdf_text(_passbook(siti))
    assert "UP2K As Syifa" in text and "BUKU SIMPANAN ANGGOTA" in text and "Per 17 Agustus 2026" in text
    assert "Nomor anggota : 0001" in text and "Siti Aisyah" in text
    for kind in savings.KINDS:
        for row in savings.passbook(siti, kind):
            assert f"{row.entry_date:%d/%m/%Y}" in text
            assert rupiah(row.saldo_rp) in text
    held = savings.balances(siti, TODAY)
    assert (held.pokok_rp, held.wajib_rp, held.sukarela_rp) == (10_000, 80_000, 175_000)
    assert (f"Simpanan Pokok {rupiah(held.pokok_rp)} · Simpanan Wajib {rupiah(held.wajib_rp)} · "
            f"Simpanan Sukarela {rupiah(held.sukarela_rp)}") in text
    assert f"Jumlah simpanan: {rupiah(held.total_rp)}" in text
    # The storno: the deposit stays, marked, and the reversal takes the saldo back.
    assert "Setoran simpanan wajib (dibatalkan) Rp25.000 Rp85.000" in text
    assert "Rp25.000 Rp60.000" in text and "Storno: Setoran simpanan wajib" in text
    assert "Rp75.000 Rp175.000" in text  # the withdrawal in Tarik
    status = savings.wajib_status(siti, TODAY)
    assert f"dibayar {rupiah(status.paid_rp)}; tunggakan {rupiah(status.owed_rp)}" in text
    assert text.count("Saldo per 17/08/2026") == 4  # the summary and one closing line per kind


def test_passbook_as_of_an_earlier_day_leaves_out_what_came_later(book):
    siti = _saver()
    text = pdf_text(_passbook(siti, end=date(2026, 2, 2)))
    assert "Per 2 Februari 2026" in text
    assert "(dibatalkan)" not in text  # the storno of 3 February had not happened yet
    assert "Simpanan Wajib Rp85.000" in text and "Simpanan Sukarela Rp0" in text
    assert "05/04/2026" not in text


def test_all_members_one_section_each_on_its_own_pages(book):
    names = ["Siti Aisyah", "Nurul Hidayah", "Rabiatul Adawiyah"]
    ids = [_saver(name) for name in names]
    late = member("Belum Masuk")
    Member.update(joined_on=date(2026, 9, 1)).where(Member.id == late).execute()
    path = _passbook()
    assert path.parent == documents_folder() and path.name == "buku-simpanan_2026-08-17.pdf"
    pages = page_texts(path)
    firsts = [page for page in pages if "BUKU SIMPANAN ANGGOTA" in page]
    assert len(firsts) == len(ids)
    for number, (name, page) in enumerate(zip(names, firsts), start=1):
        assert f"Nomor anggota : {number:04d} Nama : {name}" in page
    assert "Belum Masuk" not in " ".join(pages)  # joined after the day
    assert all("Halaman 1 dari 1" in page for page in pages)


def test_english_labels(book):
    siti = _saver()
    text = pdf_text(_passbook(siti, lang="en"))
    assert "MEMBER'S SAVINGS PASSBOOK" in text and "As of 17 August 2026" in text
    assert "Date Description Deposit Withdrawal Balance Initials" in text
    assert "Compulsory savings (wajib)" in text and "(reversed)" in text and "Page 1 of 1" in text
    assert "Saldo" not in text and "Tanggal" not in text


def test_cancelled_run_leaves_no_file(book):
    for name in ("Siti Aisyah", "Nurul Hidayah", "Rabiatul Adawiyah"):
        _saver(name)
    seen = []

    def cancel_after_first(label, done, total):
        seen.append((label, done, total))
        return done < 1

    with pytest.raises(DocumentError) as cancelled:
        _passbook(progress=cancel_after_first)
    assert cancelled.value.code == "cancelled"
    assert seen == [("0001 Siti Aisyah", 0, 3), ("0002 Nurul Hidayah", 1, 3)]
    assert not documents_folder().exists() or list(documents_folder().iterdir()) == []


def test_long_and_arabic_names_print(book):
    long_one, arabic = _saver("Siti"), _saver("Nur")
    Member.update(name=LONG_NAME.strip()).where(Member.id == long_one).execute()
    Member.update(name="نور عائشة").where(Member.id == arabic).execute()
    text = pdf_text(_passbook())
    assert text.count("Abdurrahman") >= 6  # the whole name, wrapped, in the member block
    assert "0002" in text and "Rp175.000" in text
    card = pdf_text(generate(Request("loan_card", end=TODAY, member_id=long_one)))
    assert "Belum ada pinjaman." in card


def test_loan_card_shows_payments_and_sisa_pinjaman_of_the_book(book):
    siti, loan_a, loan_b = member_with_dues()
    path = generate(Request("loan_card", end=TODAY, member_id=siti))
    text = pdf_text(path)
    a, b = lifecycle.get_loan(loan_a), lifecycle.get_loan(loan_b)
    assert "KARTU PINJAMAN ANGGOTA" in text and "Siti Aisyah" in text
    # July and August unpaid: 38 days late, as the portfolio classes it, with what is in arrears.
    assert f"Pinjaman {a.number} · Status: Menunggak 38 hari · Dalam Perhatian Khusus" in text
    assert "Tunggakan per 17/08/2026: pokok Rp200.000, jasa Rp24.000, denda Rp20.000; jumlah Rp244.000" in text
    assert f"Pinjaman {b.number} · Status: Menunggak 2 hari" in text
    assert "Pokok pinjaman Rp1.200.000 · Jasa 1% per bulan (flat) · Jangka waktu 12 bulan · Dicairkan 10/03/2026" in text
    # April-June paid Rp112.000 each (100.000 pokok + 12.000 jasa): the sisa after each payment.
    for month, sisa in ((4, 1_100_000), (5, 1_000_000), (6, 900_000)):
        assert f"dibayar 10/{month:02d}/2026 Rp100.000 Rp12.000 Rp112.000 {rupiah(sisa)}" in text
    assert f"Dibayar Rp300.000 Rp36.000 Rp336.000 {rupiah(a.outstanding_rp)}" in text
    assert a.outstanding_rp == 900_000
    # July and August are late: fixed denda Rp10.000 each, shown on the instalment row.
    assert "5 10/08/2026 Rp100.000 Rp12.000 Rp10.000 Rp122.000" in text
    assert f"Dibayar Rp0 Rp0 Rp0 {rupiah(b.outstanding_rp)}" in text


def test_loan_card_of_a_loan_105_days_late_reads_as_the_portfolio(book):
    siti = member("Siti Aisyah")
    loan = disbursed(siti, product(), 1_200_000, 12, on=date(2026, 1, 1), first_due=date(2026, 2, 1))
    pay(loan, 112_000, date(2026, 2, 1))
    pay(loan, 112_000, date(2026, 2, 3))  # March's angsuran, paid early; April onwards unpaid
    on = date(2026, 4, 1) + timedelta(days=105)
    [row] = portfolio(on).rows
    assert (row.days_late, row.kolektibilitas) == (105, "kurang_lancar")
    text = pdf_text(generate(Request("loan_card", end=on, member_id=siti)))
    assert "Berjalan" not in text
    assert f"Pinjaman {lifecycle.get_loan(loan).number} · Status: Menunggak 105 hari · Kurang Lancar" in text
    assert (f"Tunggakan per {on:%d/%m/%Y}: pokok Rp400.000, jasa Rp48.000, denda Rp0; jumlah {rupiah(row.arrears_rp)}"
            in text)
    on_time = pdf_text(generate(Request("loan_card", end=date(2026, 3, 31), member_id=siti)))
    assert "Status: Berjalan · Lancar" in on_time and "Tunggakan" not in on_time


def test_loan_card_statuses_and_the_all_members_card_skips_members_without_loans(book):
    siti, nur, kosong = member("Siti Aisyah"), member("Nurul Hidayah"), member("Tanpa Pinjaman")
    flat = product()
    paid_off = disbursed(siti, flat, 1_200_000, 2, on=date(2026, 5, 10))
    for due in lifecycle.schedule(paid_off):
        pay(paid_off, due.total_rp, due.due_date)
    gone = disbursed(nur, flat, 600_000, 6, on=date(2026, 3, 1))
    lifecycle.write_off(gone, date(2026, 8, 1), "meninggal dunia")
    written_off.recover(gone, date(2026, 8, 5), 50_000)
    waiting = lifecycle.apply(nur, flat, 500_000, 5, date(2026, 9, 20))
    pages = page_texts(generate(Request("loan_card", end=TODAY)))
    firsts = [page for page in pages if "KARTU PINJAMAN ANGGOTA" in page]
    assert len(firsts) == 2 and "Tanpa Pinjaman" not in " ".join(pages)
    assert "1 anggota tanpa pinjaman tidak dicetak." in firsts[0]
    text = " ".join(pages)
    assert f"{lifecycle.get_loan(paid_off).number} · Status: Lunas" in text
    assert "Status: Dihapusbukukan 01/08/2026" in text
    assert "hapus buku 01/08/2026 Rp600.000 Rp0" in text
    assert "pemulihan 05/08/2026 Rp50.000" in text
    assert f"{waiting.number} · Status: Diajukan" in text and "Belum dicairkan" in text
    # Before the write-off the same loan was still running, with all its pokok outstanding.
    earlier = pdf_text(generate(Request("loan_card", end=date(2026, 7, 31), member_id=nur)))
    assert "Status: Menunggak 121 hari · Diragukan" in earlier and "Dibayar Rp0 Rp0 Rp0 Rp600.000" in earlier
    assert waiting.number not in earlier
    alone = pdf_text(generate(Request("loan_card", end=TODAY, member_id=kosong)))
    assert "Tanpa Pinjaman" in alone and "Belum ada pinjaman." in alone
