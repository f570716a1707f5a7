"""The meeting-day collection sheet (daftar tagihan) read back from the PDF: one row per active
member with her dues, totals equal to the sum of app.collection's dues, blank columns to fill
by hand, landscape, signatures; a coming meeting day is allowed."""

from __future__ import annotations

from datetime import date

from app import collection, members, settings
from app.documents.catalogue import Request, generate
from app.formatting import rupiah
from collection_support import DUE_RP, ON, member_with_dues
from loan_support import member
from pdf_support import page_size_mm, pdf_text


def test_sheet_lists_each_member_with_her_dues_and_totals(book):
    settings.update({"place_name": "Amuntai", "ketua_name": "Hj. Rusmini", "bendahara_name": "Mariatul Qiftiah"})
    siti, _, _ = member_with_dues()
    nur = member("Nurul Hidayah")
    gone = member("Sudah Keluar")
    members.mark_left(gone, date(2026, 6, 1))
    path = generate(Request("collection_sheet", end=ON))
    text = pdf_text(path)
    assert page_size_mm(path) == (297.0, 210.0)
    assert "DAFTAR TAGIHAN PERTEMUAN" in text and "Pertemuan Senin, 17 Agustus 2026" in text
    assert "No No. anggota Nama anggota Angsuran pokok Jasa Denda Simpanan wajib Jumlah tagihan Dibayar Paraf" in text
    # Siti: pokok 300.000, jasa 30.000, denda 20.000, wajib 15.000 (collection_support).
    assert f"1 0001 Siti Aisyah Rp300.000 Rp30.000 Rp20.000 Rp15.000 {rupiah(DUE_RP)}" in text
    due = collection.dues(siti, ON)
    assert due.total_rp == DUE_RP
    rows = collection.collection_sheet(ON)
    assert [r.member_id for r in rows] == [siti, nur]
    assert "Sudah Keluar" not in text
    total = sum(r.total_rp for r in rows)
    nur_due = collection.dues(nur, ON).total_rp
    assert f"2 0002 Nurul Hidayah {rupiah(nur_due)}" in text
    assert (f"Jumlah (2 anggota) Rp300.000 Rp30.000 Rp20.000 {rupiah(15_000 + nur_due)} {rupiah(total)}") in text
    assert "Mengetahui, Amuntai, 17 Agustus 2026" in text and "( Mariatul Qiftiah )" in text


def test_a_coming_meeting_day_and_english(book):
    member_with_dues()
    coming = date(2026, 9, 14)
    rows = collection.collection_sheet(coming)
    text = pdf_text(generate(Request("collection_sheet", lang="en", end=coming, paper="F4")))
    assert "MEETING COLLECTION SHEET" in text and "Meeting of Monday, 14 September 2026" in text
    assert "Principal due" in text and "Initials" in text and "Paid" in text
    assert "Total (1 members) " in text and rupiah(sum(r.total_rp for r in rows)) in text


def test_no_member_says_so(book):
    text = pdf_text(generate(Request("collection_sheet", end=date(2026, 8, 20))))
    assert "Tidak ada anggota aktif pada tanggal ini." in text
