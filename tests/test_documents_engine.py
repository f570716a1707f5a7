"""The document engine: letterhead, tables, signatures, page numbers, fonts, paper sizes, and
the atomic write that leaves nothing behind when cancelled or refused."""

from __future__ import annotations

import os
from datetime import date

import pytest

from app import settings
from app.documents import report
from app.documents.catalogue import Request, check, file_name
from app.documents.letterhead import letterhead
from app.documents.output import DocumentError, write_atomically
from app.documents.paper import A4, F4, HALF_F4
from app.errors import Rejected
from pdf_support import fonts, page_size_mm, page_texts, pdf_text

LONG_NAME = "Siti Nur'aini binti Haji Abdurrahman " * 6  # about 200 characters


def _officers():
    settings.update({"group_name": "UP2K As Syifa", "group_address": "Desa Pandulangan, Sungai Pandan",
                     "place_name": "Amuntai", "ketua_name": "Hj. Rusmini", "bendahara_name": "Mariatul Qiftiah"})


def _write(path, rows, paper=A4, progress=None):
    lh = letterhead()
    columns = [report.Column("Nama", 3), report.Column("Tanggal", 1, "date"), report.Column("Jumlah", 1.5, "money")]
    story = [*report.heading(lh, "DAFTAR UJI", "Agustus 2026"),
             report.table(columns, rows, totals=["Jumlah", "", sum(r[2] for r in rows)], width=report.usable_width(paper))]
    for i in range(3):
        story.append(report.Mark(progress, "part", i, 3))
    story += report.signatures(lh, date(2026, 8, 31), width=report.usable_width(paper))
    return write_atomically(path, lambda temp: report.build(temp, paper, story, title="Uji"))


def test_report_prints_letterhead_rows_totals_signatures_and_page_numbers(book, tmp_path):
    _officers()
    rows = [(f"Anggota {i}", date(2026, 8, 1 + i % 28), 12_500 * i) for i in range(1, 120)]
    path = _write(tmp_path / "uji.pdf", rows)
    text = pdf_text(path)
    assert "UP2K As Syifa" in text and "Desa Pandulangan, Sungai Pandan" in text and "DAFTAR UJI" in text
    assert "Anggota 119" in text and "Rp1.487.500" in text
    assert f"Rp{sum(12_500 * i for i in range(1, 120)):,}".replace(",", ".") in text
    assert "Mengetahui," in text and "( Hj. Rusmini )" in text and "( Mariatul Qiftiah )" in text
    assert "Amuntai, 31 Agustus 2026" in text
    pages = page_texts(path)
    assert len(pages) >= 3
    assert all(f"Halaman {n} dari {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert all("Nama" in page and "Jumlah" in page for page in pages)  # header repeats
    assert all(name.split("+")[-1].startswith("DejaVuSans") for name in fonts(path))
    assert page_size_mm(path) == (210.0, 297.0)


def test_long_accented_and_arabic_names_wrap_and_print(book, tmp_path):
    names = [LONG_NAME, "Hélène Ñúñez", "نور عائشة"]
    path = _write(tmp_path / "names.pdf", [(n, date(2026, 8, 2), 1) for n in names], paper=F4)
    text = pdf_text(path)
    assert "Hélène Ñúñez" in text and "Abdurrahman" in text
    assert page_size_mm(path) == (215.0, 330.0)


def test_half_f4_is_215_by_165():
    assert (HALF_F4.width_mm, HALF_F4.height_mm) == (215, 165)


def test_cancel_leaves_no_file_and_keeps_an_older_one(book, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "uji.pdf"
    target.write_bytes(b"the older good file")
    with pytest.raises(DocumentError) as refused:
        _write(target, [("A", date(2026, 8, 1), 1)], progress=lambda label, done, total: done < 1)
    assert refused.value.code == "cancelled"
    assert target.read_bytes() == b"the older good file"
    assert sorted(p.name for p in target.parent.iterdir()) == ["uji.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_is_a_clear_error(book, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DocumentError) as refused:
            _write(folder / "uji.pdf", [("A", date(2026, 8, 1), 1)])
        assert refused.value.code == "folder_read_only"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failing_writer_leaves_nothing(tmp_path):
    def broken(temp):
        open(temp, "wb").write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(DocumentError) as refused:
        write_atomically(tmp_path / "x.pdf", broken)
    assert refused.value.code == "disk_full"
    assert list(tmp_path.iterdir()) == []


def test_requests_are_checked_before_anything_is_written(book):
    with pytest.raises(Rejected) as refused:
        check(Request("cash_book", start=date(2026, 8, 10), end=date(2026, 8, 1)))
    assert refused.value.codes() == ["period.reversed"]
    with pytest.raises(Rejected) as refused:
        check(Request("cash_book", start=date(2026, 8, 1), end=date(2026, 12, 31)))
    assert refused.value.codes() == ["period.in_future"]
    with pytest.raises(Rejected) as refused:
        check(Request("receipt", paper="F4"))
    assert set(refused.value.codes()) == {"document.paper_not_offered", "required"}
    check(Request("collection_sheet", end=date(2026, 9, 1)))  # a coming meeting day is fine


def test_file_names_say_what_and_when():
    request = Request("cash_book", start=date(2026, 8, 1), end=date(2026, 8, 31), paper="F4")
    assert file_name(request) == "buku-kas-umum_2026-08-01_2026-08-31_f4.pdf"


def test_logo_must_be_an_image(book):
    with pytest.raises(Rejected) as refused:
        settings.set_logo(b"GIF89a....")
    assert refused.value.codes() == ["logo.not_an_image"]
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 10
    settings.set_logo(png)
    assert settings.logo() == png
    settings.set_logo(None)
    assert settings.logo() is None
