"""The kuitansi PDF: the text a reader extracts from it (number, name, amounts, the split, place
and date, the operator), fonts embedded, SALINAN on a reprint, written atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app import collection, receipts, settings
from app.receipt_pdf import write_receipt

from collection_support import DUE_RP, ON, member_with_dues


@pytest.fixture
def number(book):
    settings.update({"group_name": "UP2K As Syifa", "group_address": "Desa Pandulangan, Sungai Pandan",
                     "operator_name": "Hj. Rusmilawati"})
    member_id, *_ = member_with_dues()
    return collection.take_payment(member_id, ON, DUE_RP).receipt_number


def text_of(path: Path) -> str:
    """The words in reading order, one space between them (pypdf breaks lines at each string)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_receipt_text(number, tmp_path):
    path = write_receipt(number, tmp_path / "kuitansi.pdf")
    text = text_of(path)
    for expected in (
        "UP2K As Syifa", "Desa Pandulangan, Sungai Pandan", "KUITANSI", "No. KW/2026/000001",
        "Telah terima dari", "Telah terima dari : Siti Aisyah (No. anggota 0001)", "Uang sejumlah : Rp365.000",
        "Untuk pembayaran", "Denda PJ/2026/0001 Rp20.000", "Jasa PJ/2026/0001 Rp24.000",
        "Angsuran pokok PJ/2026/0001 Rp200.000", "Jasa PJ/2026/0002 Rp6.000",
        "Angsuran pokok PJ/2026/0002 Rp100.000", "Simpanan wajib Rp15.000",
        "Amuntai, 17 Agustus 2026", "Penerima,", "( Hj. Rusmilawati )",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text and "Meterai" not in text
    fonts = {f["/BaseFont"] for f in (p["/Resources"]["/Font"][k].get_object() for p in PdfReader(path).pages
                                      for k in p["/Resources"]["/Font"])}
    assert all("DejaVuSans" in str(f) for f in fonts) and fonts  # TrueType subsets, embedded
    assert receipts.get(number).print_count == 1


def test_reprint_is_marked_copy(number, tmp_path):
    write_receipt(number, tmp_path / "first.pdf")
    assert "SALINAN" in text_of(write_receipt(number, tmp_path / "again.pdf"))
    assert receipts.get(number).print_count == 2


def test_big_receipt_shows_the_stamp_box(book, tmp_path):
    from loan_support import member

    siti = member()
    number = collection.take_payment(siti, ON, 6_000_000, to_sukarela=True).receipt_number
    text = text_of(write_receipt(number, tmp_path / "k.pdf"))
    assert "Meterai" in text and "Simpanan wajib Rp100.000" in text and "Simpanan sukarela Rp5.900.000" in text


def test_a_failed_write_leaves_the_old_file(number, tmp_path, monkeypatch):
    path = write_receipt(number, tmp_path / "k.pdf")
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("app.receipt_pdf._draw", broken)
    with pytest.raises(OSError):
        write_receipt(number, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.glob("*.pdf")] == ["k.pdf"]  # no temporary file left
