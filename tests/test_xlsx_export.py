"""app.xlsx_export.write_xlsx: cell types and formats, refusals, atomic writing."""

from __future__ import annotations

import errno
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from app.documents.output import DocumentError
from app.xlsx_export import DATE_FORMAT, MONEY_FORMAT, PERCENT_FORMAT, sheet_title, write_xlsx

HEADERS = ["No.\nAnggota", "Nama", "Pokok", "Angsuran ke", "Tanggal", "Jasa"]
KINDS = ["text", "text", "money", "number", "date", "percent"]
ROWS = [
    ["0001", "Siti Aminah", 1_250_000, 1, date(2026, 8, 17), Decimal("0.015")],
    ["0002", "=HYPERLINK(\"http://x\")", -50_000, 12, date(2025, 1, 6), Decimal("0.0125")],
    ["0010", "Jumiati", None, None, None, None],
]


def written(tmp_path, rows=ROWS, **options):
    path = write_xlsx(tmp_path / "out.xlsx", options.pop("title", "Anggota"), HEADERS, rows, KINDS, **options)
    return path, openpyxl.load_workbook(path).active


def test_cells_have_real_types_and_formats(tmp_path):
    path, sheet = written(tmp_path)
    assert path == tmp_path / "out.xlsx"
    assert [c.value for c in sheet[1]] == ["No. Anggota", "Nama", "Pokok", "Angsuran ke", "Tanggal", "Jasa"]
    assert all(c.font.bold for c in sheet[1])
    number, name, pokok, instalment, on, rate = sheet[2]
    assert number.value == "0001" and number.data_type == "s"  # leading zeros kept: text
    assert pokok.value == 1_250_000 and type(pokok.value) is int and pokok.number_format == MONEY_FORMAT
    assert instalment.value == 1 and instalment.data_type == "n"
    assert on.value == datetime(2026, 8, 17) and on.is_date and on.number_format == DATE_FORMAT
    assert rate.value == pytest.approx(0.015) and rate.number_format == PERCENT_FORMAT
    # a negative amount is a negative number; Excel shows it -Rp50.000 with the format
    assert sheet["C3"].value == -50_000
    # text that looks like a formula stays text
    assert sheet["B3"].value == "=HYPERLINK(\"http://x\")" and sheet["B3"].data_type == "s"
    # empty cells stay empty
    assert [c.value for c in sheet[4]][2:] == [None, None, None, None]
    assert sheet.max_row == 4


def test_percent_is_written_exactly(tmp_path):
    path, _ = written(tmp_path)
    import zipfile
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<v>0.015</v>" in xml and "<v>0.0125</v>" in xml


def test_header_frozen_filtered_and_title_lines(tmp_path):
    _, sheet = written(tmp_path, title_lines=("UP2K \"As Syifa\"", "Daftar anggota", "Dicetak 17/08/2026"))
    assert [sheet.cell(row=r, column=1).value for r in (1, 2, 3)] == [
        "UP2K \"As Syifa\"", "Daftar anggota", "Dicetak 17/08/2026"]
    assert sheet["A1"].font.bold
    assert sheet["A4"].value is None  # one empty row, then the header
    assert sheet["A5"].value == "No. Anggota" and sheet["A5"].font.bold
    assert sheet.freeze_panes == "A6"
    assert sheet.auto_filter.ref == "A5:F8"
    assert sheet["C6"].value == 1_250_000


def test_without_titles_header_is_row_one(tmp_path):
    _, sheet = written(tmp_path)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F4"


def test_column_widths_follow_content(tmp_path):
    long_name = "Hj. Siti Masitah binti Haji Abdurrahman"
    _, sheet = written(tmp_path, rows=[["0001", long_name, 125_000_000, 1, date(2026, 1, 1), Decimal("0.01")]])
    assert sheet.column_dimensions["B"].width >= len(long_name)
    assert sheet.column_dimensions["A"].width < sheet.column_dimensions["B"].width
    assert sheet.column_dimensions["C"].width >= len("Rp125.000.000")


def test_sums_work_in_excel_terms(tmp_path):
    amounts = [1_250_000, 750_000, 333_333]
    _, sheet = written(tmp_path, rows=[["1", "a", a, 1, date(2026, 1, 1), Decimal("0")] for a in amounts])
    assert sum(sheet.cell(row=r, column=3).value for r in range(2, 5)) == sum(amounts)


@pytest.mark.parametrize("bad", [1250000.0, Decimal("1250000"), True])
def test_float_money_is_refused_and_nothing_written(tmp_path, bad):
    with pytest.raises(TypeError):
        write_xlsx(tmp_path / "out.xlsx", "x", ["Jumlah"], [[bad]], ["money"])
    assert list(tmp_path.iterdir()) == []


def test_float_percent_and_wrong_dates_are_refused(tmp_path):
    with pytest.raises(TypeError):
        write_xlsx(tmp_path / "a.xlsx", "x", ["Jasa"], [[0.015]], ["percent"])
    with pytest.raises(TypeError):
        write_xlsx(tmp_path / "b.xlsx", "x", ["Tanggal"], [[20260817]], ["date"])
    with pytest.raises(ValueError):
        write_xlsx(tmp_path / "c.xlsx", "x", ["A", "B"], [["a"]], ["text", "text"])
    with pytest.raises(ValueError):
        write_xlsx(tmp_path / "d.xlsx", "x", ["A"], [["a"]], ["rupiah"])
    assert list(tmp_path.iterdir()) == []


def test_words_in_a_money_column_stay_words(tmp_path):
    _, sheet = written(tmp_path, rows=[["1", "a", "—", 1, date(2026, 1, 1), Decimal("0")]])
    assert sheet["C2"].value == "—" and sheet["C2"].data_type == "s"


@pytest.mark.parametrize("title, expected", [
    ("Anggota", "Anggota"),
    ("Simpanan [semua]: 2026/08?", "Simpanan semua 2026 08"),
    ("Buku simpanan 0001 – Siti Aminah binti Abdurrahman", "Buku simpanan 0001 – Siti Amina"),
    ("'kutip'", "kutip"),
    ("***", "Lembar1"),
])
def test_sheet_title_is_one_excel_accepts(title, expected):
    assert sheet_title(title) == expected
    assert len(sheet_title(title)) <= 31


def test_long_sheet_title_in_the_file(tmp_path):
    _, sheet = written(tmp_path, title="Kartu pinjaman PJ/2026/0001 – Siti Aminah")
    assert sheet.title == "Kartu pinjaman PJ 2026 0001 – S"
    assert len(sheet.title) == 31


def test_control_characters_do_not_break_the_file(tmp_path):
    _, sheet = written(tmp_path, rows=[["1", "Siti\x07 Aminah", 1, 1, date(2026, 1, 1), Decimal("0")]])
    assert sheet["B2"].value == "Siti Aminah"


def test_read_only_folder_gives_a_code_and_no_file(tmp_path, monkeypatch):
    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("app.documents.output.os.replace", refused)
    with pytest.raises(DocumentError) as caught:
        write_xlsx(tmp_path / "out.xlsx", "x", HEADERS, ROWS, KINDS)
    assert caught.value.code == "folder_read_only"
    assert list(tmp_path.iterdir()) == []


def test_full_disk_gives_a_code_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")

    def full(self, filename):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("openpyxl.Workbook.save", full)
    with pytest.raises(DocumentError) as caught:
        write_xlsx(target, "x", HEADERS, ROWS, KINDS)
    assert caught.value.code == "disk_full"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]
