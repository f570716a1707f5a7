"""The opening as an .xlsx: the template read back as written, her own files read by header,
and every bad file or cell named by sheet, row and column, without raising.

app.opening.check is another part's: here it is replaced by a fake, so what is tested is the
reading and where each of check's issues is placed."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import Issue
from app.opening import check, workbook
from app.opening.draft import KINDS, Opening
from app.opening.workbook import SHEETS, read, write_template
from tests.opening_support import realistic_opening


@pytest.fixture(autouse=True)
def no_check(monkeypatch):
    """check.check finds nothing unless a test says otherwise; what it was given is kept."""
    given = []

    def fake(opening):
        given.append(opening)
        return []

    monkeypatch.setattr(check, "check", fake)
    return given


def headers(kind: str) -> list[str]:
    return [column.header for column in SHEETS[kind].columns]


def xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A workbook of her own: each sheet's rows as given (the first is the header)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def codes(result) -> list[tuple]:
    return [(i.sheet, i.row, i.column, i.code) for i in result.issues]


# --- the template --------------------------------------------------------------------------


def test_the_empty_template_reads_back_as_nothing(tmp_path):
    path = tmp_path / "saldo-awal.xlsx"
    write_template(path)
    result = read(path)
    assert result.issues == ()
    assert result.opening == Opening()  # the example rows are not read
    assert set(result.rows) == {SHEETS[kind].name for kind in KINDS}
    assert set(result.rows.values()) == {0}

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Petunjuk", "Saldo awal", "Anggota", "Simpanan", "Pinjaman", "Kas dan Bank",
                               "Sumber Dana", "Pinjaman Bank", "Persediaan", "Inventaris", "Saldo Lain"]
    members = book["Anggota"]
    assert [c.value for c in members[1]] == headers("members")
    assert all(c.comment is not None and c.comment.text for c in members[1])
    assert members.freeze_panes == "A2"
    example = members[2]
    assert example[0].value == "Contoh" and example[1].font.i and example[1].font.color.rgb.endswith("808080")
    nik = headers("members").index("NIK") + 1
    assert members.cell(row=2, column=nik).number_format == "@"
    for header in ("NIK", "Telepon", "RT", "Kode pos"):  # what she types there stays text: 0812..., 003
        letter = openpyxl.utils.get_column_letter(headers("members").index(header) + 1)
        assert members.column_dimensions[letter].number_format == "@"
    lists = {next(iter(rule.sqref.ranges)).min_col: rule.formula1 for rule in members.data_validations.dataValidation}
    assert lists[headers("members").index("L/P") + 1] == '"L,P"'
    assert "KS III Plus" in lists[headers("members").index("Tahap keluarga sejahtera") + 1]
    loans = book["Pinjaman"]
    loan_lists = {rule.formula1 for rule in loans.data_validations.dataValidation}
    assert {'"Flat,Efektif,Anuitas"', '"Bulanan,Mingguan"'} <= loan_lists


def test_a_realistic_opening_written_reads_back_equal(tmp_path, no_check):
    opening = realistic_opening()
    path = tmp_path / "draft.xlsx"
    write_template(path, opening)
    seen = []
    result = read(path, progress=lambda done, total: seen.append((done, total)))
    assert result.issues == ()
    assert result.opening == opening
    assert no_check == [result.opening]  # checked once, on what was read
    assert result.rows["Anggota"] == 60 and result.rows["Pinjaman"] == 25
    assert result.fine == result.rows
    assert seen and seen[-1][0] == seen[-1][1]


def test_the_opening_sheet_holds_the_date_the_group_and_the_note(tmp_path):
    opening = Opening(on=date(2025, 6, 30), group={"group_name": "UP2K Melati", "bendahara_name": "Bu Ani"},
                      difference_note="Selisih kas lama")
    write_template(tmp_path / "o.xlsx", opening)
    assert read(tmp_path / "o.xlsx").opening == opening


# --- her columns -----------------------------------------------------------------------------


def test_moved_columns_and_her_spelling_of_the_headers_are_read(tmp_path):
    path = xlsx(tmp_path / "moved.xlsx", {"anggota": [
        ["nama LENGKAP", "Catatan saya", "no anggota", "Tanggal lahir", "nik", "l / p"],
        ["Siti Aminah", "ketua", 7, "17/08/1980", "6308015708800001", "P"],
        [None, None, None, None, None, None],  # an empty row is skipped
        ["Nur Aisyah", "", "8", datetime(1985, 1, 2), "", "p"],
    ]})
    result = read(path)
    assert result.issues == ()
    members = result.opening.members
    assert [(m.number, m.name, m.nik, m.sex, m.birth_date) for m in members] == [
        (7, "Siti Aminah", "6308015708800001", "P", date(1980, 8, 17)), (8, "Nur Aisyah", "", "P", date(1985, 1, 2))]
    assert result.rows == {"anggota": 2} and result.fine == {"anggota": 2}


def test_a_renamed_required_column_is_one_issue_for_the_sheet(tmp_path):
    path = xlsx(tmp_path / "renamed.xlsx", {"Anggota": [["Nomor", "Nama lengkap", "NIK"], [1, "Siti", ""]],
                                            "Simpanan": [headers("savings"), [1, 10_000, 5_000, 1, 0]]})
    result = read(path)
    assert codes(result) == [("Anggota", None, "No. anggota", "workbook.column_missing")]
    assert result.issues[0].params == {"header": "No. anggota", "sheet": "Anggota"}
    assert result.opening.members == [] and len(result.opening.savings) == 1


def test_the_example_row_is_ignored_wherever_its_marker_moved(tmp_path):
    path = xlsx(tmp_path / "ex.xlsx", {"Kas dan Bank": [
        ["Jumlah (Rp)", "Keterangan", "Kas/Bank"], [2_500_000, "Contoh", "Bank"], [100_000, "kotak", "Kas"]]})
    result = read(path)
    assert [(c.account, c.amount_rp) for c in result.opening.cash] == [("1-101", 100_000)]
    assert result.rows == {"Kas dan Bank": 1}


# --- her cells -------------------------------------------------------------------------------


def savings_file(tmp_path, *amounts) -> Path:
    return xlsx(tmp_path / "s.xlsx", {"Simpanan": [headers("savings")] + [[n, a, 0, None, 0] for n, a in enumerate(amounts, 1)]})


def test_amounts_as_numbers_or_her_text(tmp_path):
    result = read(savings_file(tmp_path, "Rp1.250.000", "1,5 juta", 1_250_000.0, 10_000, "Rp 25.000,-"))
    assert result.issues == ()
    assert [s.pokok_rp for s in result.opening.savings] == [1_250_000, 1_500_000, 1_250_000, 10_000, 25_000]


def test_amounts_that_are_not_whole_rupiah_are_named_by_cell(tmp_path):
    result = read(savings_file(tmp_path, 1250.5, "seribu", "20,000", 5_000))
    column = "Simpanan pokok (Rp)"
    assert codes(result) == [("Simpanan", 2, column, "amount.not_whole"), ("Simpanan", 3, column, "amount.unreadable"),
                             ("Simpanan", 4, column, "amount.ambiguous")]
    assert result.issues[2].params == {"text": "20,000"}
    assert result.rows == {"Simpanan": 4} and result.fine == {"Simpanan": 1}


def member_file(tmp_path, **cells) -> Path:
    row = {"No. anggota": 1, "Nama lengkap": "Siti Aminah", **cells}
    return xlsx(tmp_path / "m.xlsx", {"Anggota": [list(row), list(row.values())]})


def test_dates_as_cells_excel_day_numbers_or_text(tmp_path):
    path = member_file(tmp_path, **{"Tanggal masuk (hh/bb/tttt)": 45_000, "Tanggal lahir (hh/bb/tttt)": "1-2-1970"})
    member = read(path).opening.members[0]
    assert member.joined_on == date(2023, 3, 15) and member.birth_date == date(1970, 2, 1)


def test_a_date_that_does_not_exist_is_named_by_cell(tmp_path):
    result = read(member_file(tmp_path, **{"Tanggal masuk": "31/02/2025"}))
    assert codes(result) == [("Anggota", 2, "Tanggal masuk (hh/bb/tttt)", "date.no_such_day")]
    assert result.issues[0].params == {"day": 31, "month_name": 2, "year": 2025}
    assert result.opening.members[0].joined_on is None  # the rest of the row is read
    assert result.fine == {"Anggota": 0}


def test_a_nik_typed_as_a_number(tmp_path):
    result = read(member_file(tmp_path, NIK=630801570880001))  # 15 digits: check says it is short
    assert result.issues == () and result.opening.members[0].nik == "630801570880001"
    for typed in (6308015708800000, 6.308015708800001e15):  # Excel kept 15 of its 16 digits
        result = read(member_file(tmp_path, NIK=typed))
        assert codes(result) == [("Anggota", 2, "NIK", "workbook.nik_as_number")]


@pytest.mark.parametrize("typed, rate", [(1.5, Decimal("0.015")), ("1,5 %", Decimal("0.015")), ("2", Decimal("0.02")),
                                         (1, Decimal("0.01"))])
def test_a_rate_is_the_percent_per_period_as_typed(tmp_path, typed, rate):
    path = xlsx(tmp_path / "r.xlsx", {"Pinjaman": [["No. anggota", "Pokok pinjaman (Rp)", "Jasa per periode (%)", "Cara hitung jasa",
                                                    "Periode"], [3, "Rp2.000.000", typed, "efektif", "Mingguan"]]})
    result = read(path)
    assert result.issues == ()
    loan = result.opening.loans[0]
    assert (loan.rate, loan.method, loan.period, loan.principal_rp) == (rate, "efektif", "weekly", 2_000_000)


def test_a_cell_formatted_as_percent_holds_the_fraction(tmp_path):
    path = xlsx(tmp_path / "p.xlsx", {"Pinjaman": [["No. anggota", "Pokok pinjaman (Rp)", "Jasa per periode (%)"], [3, 1, 0.015]]})
    book = openpyxl.load_workbook(path)
    book["Pinjaman"]["C2"].number_format = "0.00%"
    book.save(path)
    assert read(path).opening.loans[0].rate == Decimal("0.015")


def test_words_not_in_the_list_are_named(tmp_path):
    result = read(member_file(tmp_path, **{"L/P": "X", "Tahap keluarga sejahtera": "KS 3"}))
    assert codes(result) == [("Anggota", 2, "L/P", "workbook.bad_choice")]
    assert result.issues[0].params == {"choices": "L, P"}
    assert result.opening.members[0].welfare_stage == "ks3"  # the code is fine too


# --- check's issues, placed ------------------------------------------------------------------


def test_each_issue_of_the_check_is_placed_at_its_sheet_row_and_column(tmp_path, monkeypatch):
    opening = realistic_opening(members=5, loans=2)
    write_template(tmp_path / "o.xlsx", opening)
    found = [Issue("savings.1.pokok_rp", "amount.negative"), Issue("members.4.number", "member.number_taken"),
             Issue("loans.0", "loan.paid_beyond_schedule"), Issue("on", "required"),
             Issue("group.ketua_name", "text.too_long", {"limit": 40}), Issue("cash", "opening.no_cash")]
    monkeypatch.setattr(check, "check", lambda o: found)
    result = read(tmp_path / "o.xlsx")
    assert [(i.sheet, i.row, i.column, i.code, i.params) for i in result.issues] == [
        ("Simpanan", 3, "Simpanan pokok (Rp)", "amount.negative", {}),
        ("Anggota", 6, "No. anggota", "member.number_taken", {}),
        ("Pinjaman", 2, "", "loan.paid_beyond_schedule", {}),
        ("Saldo awal", 2, "Tanggal saldo awal (hh/bb/tttt)", "required", {}),
        ("Saldo awal", 5, "Ketua", "text.too_long", {"limit": 40}),
        ("Kas dan Bank", None, "", "opening.no_cash", {}),
    ]
    assert result.fine["Simpanan"] == 4 and result.fine["Anggota"] == 4 and result.fine["Pinjaman"] == 1


def test_an_issue_read_in_a_cell_is_not_said_again_by_the_check(tmp_path, monkeypatch):
    monkeypatch.setattr(check, "check", lambda o: [Issue("members.0.joined_on", "required")])
    result = read(member_file(tmp_path, **{"Tanggal masuk": "31/02/2025"}))
    assert codes(result) == [("Anggota", 2, "Tanggal masuk (hh/bb/tttt)", "date.no_such_day")]


# --- files that are not her filled template ---------------------------------------------------


def file_codes(path) -> list[tuple]:
    result = read(path)
    assert result.opening == Opening() and result.rows == {}
    return [(i.sheet, i.row, i.code) for i in result.issues]


@pytest.mark.parametrize("name, content, code", [
    ("kosong.xlsx", b"", "workbook.empty_file"),
    ("lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, "workbook.xls"),
    ("lama-dinamai.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, "workbook.xls"),
    ("anggota.csv", b"No. anggota;Nama\n1;Siti\n", "workbook.csv"),
    ("rusak.xlsx", b"PK\x03\x04 this is not a whole zip", "workbook.damaged"),
    ("teks.xlsx", b"No. anggota,Nama\n1,Siti\n", "workbook.damaged"),
])
def test_a_file_that_is_not_an_xlsx_is_refused_with_its_reason(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    assert file_codes(path) == [("", None, code)]
    assert read(path).issues[0].params["path"] == str(path)


def test_a_zip_that_is_no_workbook_is_damaged(tmp_path):
    with zipfile.ZipFile(tmp_path / "x.xlsx", "w") as archive:
        archive.writestr("readme.txt", "halo")
    assert file_codes(tmp_path / "x.xlsx") == [("", None, "workbook.damaged")]


def test_a_workbook_without_a_sheet_of_the_template(tmp_path):
    path = xlsx(tmp_path / "lain.xlsx", {"Sheet1": [["a", "b"], [1, 2]]})
    assert file_codes(path) == [("", None, "workbook.no_template_sheet")]


def test_a_missing_file(tmp_path):
    assert file_codes(tmp_path / "tidak-ada.xlsx") == [("", None, "workbook.not_found")]


def test_a_file_locked_by_another_program(tmp_path, monkeypatch):
    path = tmp_path / "terkunci.xlsx"
    write_template(path)

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(workbook, "open", locked, raising=False)
    assert file_codes(path) == [("", None, "workbook.locked")]

    def sharing_violation(*args, **kwargs):  # Windows: Excel has it open
        error = OSError(22, "The process cannot access the file")
        error.winerror = 32
        raise error

    monkeypatch.setattr(workbook, "open", sharing_violation, raising=False)
    assert file_codes(path) == [("", None, "workbook.locked")]


def test_nothing_is_written_to_the_book(book, tmp_path):
    from app.members import count_members
    write_template(tmp_path / "o.xlsx", realistic_opening(members=5, loans=2))
    assert len(read(tmp_path / "o.xlsx").opening.members) == 5
    assert count_members(active_only=False) == 0


def test_every_code_the_workbook_gives_has_words():
    from ui.messages import ISSUES
    source = Path(workbook.__file__).read_text()
    given = set(re.findall(r'"((?:workbook|amount|date)\.[a-z_]+)"', source))
    assert len(given) > 10 and given <= set(ISSUES)


def test_the_support_opening_is_balanced_and_valid_niks():
    from app import nik
    opening = realistic_opening(seed=3, members=30, loans=12)
    assert all(nik.check(m.nik, m.birth_date, m.sex) == [] for m in opening.members)
    assert len({m.nik for m in opening.members}) == 30
    assert all(line.instalments_paid is not None or (line.outstanding_rp and line.next_due) for line in opening.loans)
    assert {line.method for line in opening.loans} == {"flat", "efektif", "anuitas"}
    assert opening.balances[-1].account == "3-501" and opening.balances[-1].amount_rp > 0


def test_a_bad_opening_date_is_named_on_the_saldo_awal_sheet(tmp_path):
    path = xlsx(tmp_path / "o.xlsx", {"SALDO AWAL": [["Isian", "Isi"], ["Tanggal saldo awal", "31/13/2025"],
                                                     ["Nama kelompok", "UP2K Melati"]]})
    result = read(path)
    assert codes(result) == [("SALDO AWAL", 2, "Tanggal saldo awal (hh/bb/tttt)", "date.no_such_month")]
    assert result.opening.group == {"group_name": "UP2K Melati"} and result.opening.on is None


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), members=st.integers(1, 12), loans=st.integers(0, 8))
def test_any_realistic_opening_reads_back_equal(tmp_path, seed, members, loans):
    opening = realistic_opening(seed=seed, members=members, loans=loans)
    write_template(tmp_path / "o.xlsx", opening)
    result = read(tmp_path / "o.xlsx")
    assert result.issues == () and result.opening == opening


def test_the_guide_names_the_button_she_presses(tmp_path):
    """The Petunjuk's last step names the wizard's own button and the home page's entry (it said
    "Baca dari Excel", which is nowhere in Lumbung)."""
    write_template(tmp_path / "t.xlsx")
    guide = "\n".join(str(c.value) for c in openpyxl.load_workbook(tmp_path / "t.xlsx")["Petunjuk"]["A"])
    assert "Baca dari Excel" not in guide
    for words in ("Muat dari Excel…", "Mulai buku kelompok (saldo awal)"):
        assert words in guide
    import ui.opening.pages as pages
    import ui.pages.home as home
    assert 'self.tr("Muat dari Excel…")' in Path(pages.__file__).read_text()
    assert 'self.tr("Mulai buku kelompok (saldo awal)…")' in Path(home.__file__).read_text()


def test_the_columns_are_wide_enough_for_what_they_hold(tmp_path):
    """A 16-digit NIK, a member's full name and a bank's account number are not cut in Excel
    (the widths followed the headers only: NIK 10 characters wide)."""
    opening = realistic_opening()
    write_template(tmp_path / "filled.xlsx", opening)
    write_template(tmp_path / "empty.xlsx")
    for name in ("filled.xlsx", "empty.xlsx"):
        sheets = openpyxl.load_workbook(tmp_path / name)
        for kind, spec in SHEETS.items():
            sheet = sheets[spec.name]
            for number, column in enumerate(spec.columns, start=1):
                letter = openpyxl.utils.get_column_letter(number)
                width = sheet.column_dimensions[letter].width
                longest = max((len(str(c.value)) for c in sheet[letter] if c.value is not None and not hasattr(c.value, "year")), default=0)
                assert width >= min(40, longest), (name, spec.name, column.header, width, longest)
        assert sheets["Anggota"].column_dimensions["C"].width >= 18  # NIK, empty or not


def test_saldo_lain_shows_each_account_by_its_name_and_reads_back(book, tmp_path):
    """The filled template's Saldo Lain said "3-301" alone; she reads the account's name beside it."""
    opening = realistic_opening()
    write_template(tmp_path / "t.xlsx", opening)
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["Saldo Lain"]
    assert [sheet["A2"].value, sheet["A3"].value] == ["3-301 Dana cadangan", "3-501 Modal awal"]
    assert [line.account for line in read(tmp_path / "t.xlsx").opening.balances] == ["3-301", "3-501"]
