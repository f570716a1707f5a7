"""The kuitansi: the text a reader extracts from the PDF on each paper (number, who paid whom,
the amount in words and figures, the split, place and date, who signs), the meterai box only
above Rp5.000.000, SALINAN on a reprint, receipts for money paid out, parties who are not
members, fonts embedded, written atomically."""

from __future__ import annotations

from datetime import date

import pytest

from app import collection, ledger, receipts, savings, settings
from app.db import db
from app.documents.catalogue import Request, generate
from app.documents.output import DocumentError
from app.documents.receipt import default_path, write_receipt
from app.errors import Rejected
from app.ledger import credit, debit
from app.loans import lifecycle
from app.terbilang import rupiah_words

from collection_support import DUE_RP, ON, member_with_dues
from loan_support import fund, member, product
from pdf_support import fonts, page_size_mm, page_texts, pdf_text


@pytest.fixture
def group(book):
    settings.update({"group_name": "UP2K As Syifa", "group_address": "Desa Pandulangan, Sungai Pandan",
                     "operator_name": "Hj. Rusmilawati", "place_name": "Amuntai"})


@pytest.fixture
def number(group):
    member_id, *_ = member_with_dues()
    return collection.take_payment(member_id, ON, DUE_RP).receipt_number


def sale(amount_rp: int, party: str) -> str:
    """A walk-in cash sale with its receipt for a party who is no member."""
    with db.atomic():
        entry = ledger.post_entry(ON, "Penjualan telur itik", [debit("1-101", amount_rp),
                                                               credit("4-201", amount_rp, memo="telur itik")])
        return receipts.issue(entry, party_name=party)


SETORAN_TEXT = (
    "UP2K As Syifa", "Desa Pandulangan, Sungai Pandan", "KUITANSI",
    "Telah terima dari : Siti Aisyah (No. anggota 0001)",
    "Uang sejumlah : Tiga ratus enam puluh lima ribu rupiah",
    "Untuk pembayaran", "Denda PJ/2026/0001 Rp20.000", "Jasa PJ/2026/0001 Rp24.000",
    "Angsuran pokok PJ/2026/0001 Rp200.000", "Jasa PJ/2026/0002 Rp6.000",
    "Angsuran pokok PJ/2026/0002 Rp100.000", "Simpanan wajib Rp15.000", "Jumlah Rp365.000",
    "Amuntai, 17 Agustus 2026", "Yang menerima,", "( Hj. Rusmilawati )",
)


@pytest.mark.parametrize("paper, size", [("HALF_F4", (215.0, 165.0)), ("A4", (210.0, 297.0))])
def test_receipt_text_on_sheets(number, tmp_path, paper, size):
    path = write_receipt(number, tmp_path / "kuitansi.pdf", paper=paper)
    text = pdf_text(path)
    for expected in (*SETORAN_TEXT, f"No. {number}"):
        assert expected in text, expected
    assert text.count("Rp365.000") == 2  # the total of the split and the figure in its box
    assert "SALINAN" not in text and "Meterai" not in text
    assert page_size_mm(path) == size and len(page_texts(path)) == 1
    assert fonts(path) and all(name.split("+")[-1].startswith("DejaVuSans") for name in fonts(path))
    assert receipts.get(number).print_count == 1


def test_receipt_on_a_58mm_roll_is_as_tall_as_its_content(number, tmp_path):
    path = write_receipt(number, tmp_path / "roll.pdf", paper="ROLL_58")
    text = pdf_text(path)
    for expected in ("UP2K As Syifa", "KUITANSI", f"No. {number}", "Siti Aisyah (No. anggota 0001)",
                     "Rp200.000", "Simpanan wajib Rp15.000", "Amuntai, 17 Agustus 2026", "( Hj. Rusmilawati )"):
        assert expected in text, expected
    assert "Tiga ratus enam puluh lima ribu" in text
    width, height = page_size_mm(path)
    assert width == 58.0 and 100 < height < 200  # fitted: no long blank tail of paper
    assert len(page_texts(path)) == 1


def test_english_labels_keep_the_words_of_the_amount_in_indonesian(number, tmp_path):
    text = pdf_text(write_receipt(number, tmp_path / "en.pdf", lang="en"))
    for expected in ("RECEIPT", "Received from : Siti Aisyah (Member no. 0001)",
                     "The sum of : Tiga ratus enam puluh lima ribu rupiah", "In payment of",
                     "Penalty PJ/2026/0001 Rp20.000", "Principal instalment PJ/2026/0001 Rp200.000",
                     "Compulsory savings Rp15.000", "Amuntai, 17 August 2026", "Received by,"):
        assert expected in text, expected
    assert "KUITANSI" not in text and "Telah terima" not in text


@pytest.mark.parametrize("amount_rp", [1, 101_000, 1_001_000, 5_000_000, 5_000_001, 123_456_789, 10**12 + 1_100,
                                       ledger.MAX_AMOUNT_RP])  # the largest amount the book takes has its words
def test_words_match_the_figure_and_the_stamp_box_is_above_five_million(group, tmp_path, amount_rp):
    number = sale(amount_rp, "Bu Warung")
    text = pdf_text(write_receipt(number, tmp_path / "k.pdf"))
    words = " ".join(rupiah_words(amount_rp).split())
    assert words in text
    figure = f"Rp{amount_rp:,}".replace(",", ".")
    assert f"Penjualan (telur itik) {figure}" in text
    assert ("Meterai Rp10.000" in text) == (amount_rp > 5_000_000)  # exactly Rp5.000.000: no stamp


def test_reprint_is_marked_copy_and_keeps_its_number(number, tmp_path):
    first = pdf_text(write_receipt(number, tmp_path / "first.pdf"))
    again = pdf_text(write_receipt(number, tmp_path / "again.pdf", paper="ROLL_58"))
    third = pdf_text(write_receipt(number, tmp_path / "third.pdf"))
    assert "SALINAN" not in first and "SALINAN" in again and "SALINAN" in third
    assert all(f"No. {number}" in t for t in (first, again, third))
    assert receipts.get(number).print_count == 3


def test_default_folder_is_kuitansi_beside_the_book(number, book):
    expected = default_path(number)
    path = write_receipt(number)
    assert path == book.parent / "kuitansi" / f"{number.replace('/', '-')}.pdf" == expected
    assert path.exists() and "KUITANSI" in pdf_text(path)


def test_a_withdrawal_names_the_member_as_receiver(group, tmp_path):
    siti = member("Siti Aminah")
    savings.deposit(siti, "sukarela", 100_000, date(2026, 3, 1))
    withdrawn = savings.withdraw(siti, 60_000, ON)
    receipt = receipts.get(withdrawn.receipt_number)
    assert (receipt.direction, receipt.amount_rp, receipt.entry_id) == (receipts.OUT, 60_000, withdrawn.entry_id)
    settings.update({"bendahara_name": "Hj. Masitah"})
    text = pdf_text(write_receipt(withdrawn.receipt_number, tmp_path / "out.pdf"))
    for expected in ("Telah dibayarkan kepada : Siti Aminah (No. anggota 0001)", "Enam puluh ribu rupiah",
                     "Penarikan simpanan sukarela Rp60.000", "Yang membayarkan,", "( Hj. Masitah ) Bendahara",
                     "Yang menerima,", "( Siti Aminah ) No. anggota 0001"):
        assert expected in text, expected
    assert "Hj. Rusmilawati" not in text and "Telah terima dari" not in text


def test_a_loan_paid_out_is_the_cash_handed_over_less_the_fee(group, tmp_path):
    from decimal import Decimal

    siti = member("Siti Aminah")
    with_fee = product(name="Dengan provisi", fee_kind="percent", fee_rate=Decimal("0.01"))
    applied = lifecycle.apply(siti, with_fee, 9_000_000, 12, date(2026, 9, 17))
    fund(ON, 8_910_000)
    loan = lifecycle.disburse(lifecycle.approve(applied.id).id, ON)
    assert loan.receipt_number == "BKK/2026/000001"  # money out: a bukti kas keluar
    receipt = receipts.get(loan.receipt_number)
    assert (receipt.direction, receipt.amount_rp) == (receipts.OUT, 8_910_000)
    assert [(line.purpose, line.amount_rp) for line in receipt.lines] == [
        (f"Pencairan pinjaman {loan.number}", 9_000_000), (f"Dipotong: Provisi / administrasi {loan.number}", -90_000)]
    text = pdf_text(write_receipt(loan.receipt_number, tmp_path / "loan.pdf"))
    assert "KUITANSI" not in text
    for expected in ("BUKTI KAS KELUAR", "No. BKK/2026/000001", "Delapan juta sembilan ratus sepuluh ribu rupiah", "Meterai Rp10.000", "( Siti Aminah )",
                     f"Pencairan pinjaman {loan.number} Rp9.000.000", "-Rp90.000", "Jumlah Rp8.910.000"):
        assert expected in text, expected


def test_a_refused_withdrawal_consumes_no_number(group):
    siti = member("Siti Aminah")
    savings.deposit(siti, "sukarela", 10_000, date(2026, 3, 1))
    first = savings.withdraw(siti, 5_000, date(2026, 3, 2)).receipt_number
    with pytest.raises(Rejected):
        savings.withdraw(siti, 5_001, ON)
    assert first.startswith("BKK/2026/")  # money out has its own series
    assert savings.withdraw(siti, 5_000, ON).receipt_number == f"BKK/2026/{int(first[-6:]) + 1:06d}"


def test_long_accented_and_arabic_party_names_wrap_and_print(group, tmp_path):
    party = ("Hélène Ñúñez binti Abdurrahman نور عائشة " * 6)[:200]
    number = sale(75_000, party)
    receipt = receipts.get(number)
    assert (receipt.member_id, receipt.member_name, receipt.party_name) == (None, party.strip(), party.strip())
    for paper in ("HALF_F4", "ROLL_58"):
        path = write_receipt(number, tmp_path / f"{paper}.pdf", paper=paper)
        text = pdf_text(path)
        assert "Hélène Ñúñez binti Abdurrahman" in text and "Tujuh puluh lima ribu rupiah" in text
        assert len(page_texts(path)) == 1
        assert all(name.split("+")[-1].startswith("DejaVuSans") for name in fonts(path))


def test_a_receipt_names_a_member_or_a_party(group):
    with db.atomic():
        entry = ledger.post_entry(ON, "Penjualan", [debit("1-101", 1_000), credit("4-201", 1_000)])
    with pytest.raises(Rejected) as refused:
        receipts.issue(entry)
    assert refused.value.codes() == ["required"]
    with pytest.raises(Rejected) as refused:
        receipts.issue(entry, party_name="x" * 201)
    assert refused.value.codes() == ["text.too_long"]
    assert db.execute_sql("SELECT count(*) FROM receipts").fetchone() == (0,)
    assert receipts.get(receipts.issue(entry, party_name="  Bu Warung ")).member_name == "Bu Warung"


def test_an_unknown_number_writes_nothing(group, tmp_path):
    with pytest.raises(Rejected) as refused:
        write_receipt("KW/2026/999999", tmp_path / "out" / "k.pdf")
    assert refused.value.codes() == ["receipt.not_found"]
    assert list((tmp_path / "out").iterdir()) == []


def test_a_failed_write_leaves_the_old_file_and_counts_no_print(number, tmp_path, monkeypatch):
    path = write_receipt(number, tmp_path / "out" / "k.pdf")
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.documents.receipt._build", broken)
    with pytest.raises(DocumentError) as failed:
        write_receipt(number, path)
    assert failed.value.code == "disk_full"
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["k.pdf"]  # no temporary file left
    assert receipts.get(number).print_count == 1


def test_the_largest_figure_stays_on_one_line_of_a_58mm_roll(group, tmp_path):
    number = sale(ledger.MAX_AMOUNT_RP, "Bu Warung")
    text = pdf_text(write_receipt(number, tmp_path / "roll.pdf", paper="ROLL_58"))
    assert text.count("Rp999.999.999.999.999") == 2  # in the split and in the box, neither broken


def test_a_reprint_gets_its_own_file_and_the_original_stays(number, book):
    request = Request("receipt", number=number, paper="HALF_F4")
    original = generate(request)
    copy = generate(request)
    second = generate(request)
    stem = f"kuitansi_{number.replace('/', '-')}_halff4"
    assert [p.name for p in (original, copy, second)] == [
        f"{stem}.pdf", f"{stem}_salinan-1.pdf", f"{stem}_salinan-2.pdf"]
    assert "SALINAN" not in pdf_text(original)  # never written over by the copy
    assert "SALINAN" in pdf_text(copy) and "SALINAN" in pdf_text(second)
    assert write_receipt(number).name == f"{number.replace('/', '-')}_salinan-3.pdf"
