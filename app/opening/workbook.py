"""The opening as an .xlsx: the template Lumbung writes, and reading a filled one back.

The template has a sheet "Petunjuk" (how to fill it), a sheet "Saldo awal" (the opening date,
the group's data and the note on any difference), then one sheet per kind of line
(app.opening.draft.KINDS) with a header row in her words, a note on each header, lists to
choose from where a column takes words, and one example row.

Reading rules (the Petunjuk says them to her):
- columns are found by their header (case, spaces and punctuation ignored, a "(hh/bb/tttt)"
  may be left off), so moved columns work; extra columns are ignored; a required column that
  is missing is one issue for the sheet. The header row may sit under title lines (the
  members table Lumbung exports, sheet "Daftar anggota", reads as the Anggota sheet);
- the example row is any row with a cell that reads exactly "Contoh"; empty rows are skipped;
- amounts: whole numbers, or text as the app reads it ("Rp1.250.000", "1,5 juta");
- dates: date cells, Excel's day numbers, or text dd/mm/yyyy (app.dates.read_date);
- a NIK is text; a number cell loses a 16-digit NIK's last digit in Excel, so it is refused;
- a rate is the percent per period as typed: 1,5 or "1,5%" is 1,5 % (Decimal("0.015")); a
  cell formatted as a percentage holds the fraction itself;
- words (L/P, Bulanan, Anggota's welfare stage, ...) by the words in the lists, or the codes;
- an empty cell takes the line's default (app.opening.draft).
Every cell that cannot be read is an issue at its sheet, row and column; then the opening is
checked (app.opening.check) and each of its issues is placed the same way. Nothing is written
to the book, and read() never raises for a bad file: it says what is wrong with it.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.worksheet.datavalidation import DataValidation

from app import dates
from app.db import db
from app.documents.output import write_atomically
from app.errors import Issue
from app.formatting import read_rupiah
from app.members import EARLIEST_BIRTH
from app.opening import check
from app.opening.draft import KINDS, LINE_TYPES, Opening
from app.xlsx_export import DATE_FORMAT, MONEY_FORMAT, TEXT_FORMAT

Progress = Callable[[int, int], None] | None


@dataclass(frozen=True)
class SheetIssue:
    sheet: str  # the sheet's name as in the file ("Anggota")
    row: int | None  # the sheet's row number (1 = the header row), None for the sheet or file
    column: str  # the column's header as written in the template ("NIK"), "" for a whole row
    code: str  # an Issue code (ui/messages.py words it)
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReadResult:
    opening: Opening  # every row that could be read (rows with issues included, as far as read)
    issues: tuple[SheetIssue, ...]
    rows: dict[str, int]  # rows read per sheet
    fine: dict[str, int]  # rows with no issue per sheet
    # cells that could not be read, left out of their line: (kind, line index, field) -> (the
    # cell as she typed it, (code, params)), so the wizard's grid shows them to fix, never as blank
    unread: dict[tuple[str, int, str], tuple[str, tuple[str, dict]]] = field(default_factory=dict)


# --- the sheets --------------------------------------------------------------------------------

SEXES = (("L", "L"), ("P", "P"))
STAGES = (("pra_sejahtera", "Pra Sejahtera"), ("ks1", "KS I"), ("ks2", "KS II"), ("ks3", "KS III"),
          ("ks3_plus", "KS III Plus"))
METHODS = (("flat", "Flat"), ("efektif", "Efektif"), ("anuitas", "Anuitas"))
PERIODS = (("monthly", "Bulanan"), ("weekly", "Mingguan"))
CASH = (("1-101", "Kas"), ("1-102", "Bank"))
FUNDER_KINDS = (("csr", "CSR"), ("dinas", "Dinas"), ("bank", "Bank"), ("dana_desa", "Dana desa"),
                ("anggota", "Anggota"), ("lainnya", "Lainnya"))
STOCK_KINDS = (("product", "Produk"), ("material", "Bahan"))
ITEM_KINDS = (("furniture", "Mebel"), ("tools", "Peralatan"), ("machine", "Mesin"))
CONDITIONS = (("baik", "Baik"), ("rusak_ringan", "Rusak ringan"), ("rusak_berat", "Rusak berat"))
EXAMPLE = "Contoh"  # a row with a cell reading exactly this is the template's example
LAST_VALIDATED_ROW = 5000  # the lists to choose from reach this far down
_ACCOUNT = re.compile(r"^\s*(\d-\d{3})\b")


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str  # text, number (whole), money, date, nik, rate, quantity, choice, account
    note: str
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (code, her word)
    aliases: tuple[str, ...] = ()  # other headers it is found by (the members export's)
    earliest: date = dates.FIRST_DAY


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    example: dict[str, Any]
    aliases: tuple[str, ...] = ()


def _member_number(note: str = "Nomor anggota di buku kelompok (angka).", name: str = "member_number") -> Column:
    return Column(name, "No. anggota", "number", note, required=True)


def _schedule(received: str) -> tuple[Column, ...]:
    """The columns a running loan (a member's or the group's at a bank) shares."""
    return (
        Column("method", "Cara hitung jasa", "choice", "Flat, Efektif (menurun) atau Anuitas.", choices=METHODS),
        Column("rate", "Jasa per periode (%)", "rate", "Persen jasa per bulan (atau per minggu), misalnya 1,5 untuk 1,5%."),
        Column("period", "Periode", "choice", "Bulanan atau Mingguan.", choices=PERIODS),
        Column("periods", "Lama (kali angsuran)", "number", "Berapa kali angsuran seluruhnya."),
        Column("principal_rp", "Pokok pinjaman (Rp)", "money", "Jumlah pinjaman waktu diberikan.", required=True),
        Column(received[0], received[1], "date", "Tanggal uang pinjaman diterima (hh/bb/tttt)."),
        Column("first_due", "Angsuran pertama (hh/bb/tttt)", "date", "Tanggal jatuh tempo angsuran pertama."),
        Column("instalments_paid", "Angsuran sudah dibayar (kali)", "number",
               "Berapa kali angsuran sudah lunas dibayar. Atau isi sisa pokok dan jatuh tempo berikutnya."),
        Column("outstanding_rp", "Sisa pokok (Rp)", "money", "Pokok yang masih harus dibayar pada tanggal saldo awal."),
        Column("next_due", "Jatuh tempo berikutnya (hh/bb/tttt)", "date", "Tanggal angsuran berikutnya."),
    )


_LOAN_EXAMPLE = {"method": "flat", "rate": Decimal("0.015"), "period": "monthly", "periods": 10,
                 "principal_rp": 1_000_000, "first_due": date(2025, 2, 10), "instalments_paid": 4}

SHEETS: dict[str, Sheet] = {
    "members": Sheet("Anggota", (
        _member_number("Nomor anggota di buku kelompok (angka), tidak boleh dobel.", "number"),
        Column("name", "Nama lengkap", "text", "Nama sesuai KTP.", required=True, aliases=("Nama",)),
        Column("nik", "NIK", "nik", "16 angka dari KTP/KK. Kolom ini berformat teks: jangan ubah jadi angka."),
        Column("sex", "L/P", "choice", "L (laki-laki) atau P (perempuan).", choices=SEXES),
        Column("birth_place", "Tempat lahir", "text", "Kota atau kabupaten tempat lahir."),
        Column("birth_date", "Tanggal lahir (hh/bb/tttt)", "date", "Misalnya 17/08/1980.", earliest=EARLIEST_BIRTH),
        Column("phone", "Telepon", "text", "Nomor HP, boleh kosong."),
        Column("street", "Alamat", "text", "Jalan, dusun atau kampung."),
        Column("rt", "RT", "text", "Nomor RT, misalnya 003."),
        Column("rw", "RW", "text", "Nomor RW, misalnya 001."),
        Column("desa", "Desa", "text", "Desa atau kelurahan."),
        Column("kecamatan", "Kecamatan", "text", "Kecamatan."),
        Column("kabupaten", "Kabupaten", "text", "Kabupaten atau kota."),
        Column("provinsi", "Provinsi", "text", "Provinsi."),
        Column("postal_code", "Kode pos", "text", "Lima angka, boleh kosong."),
        Column("welfare_stage", "Tahap keluarga sejahtera", "choice",
               "Pra Sejahtera, KS I, KS II, KS III atau KS III Plus; boleh kosong.", choices=STAGES),
        Column("joined_on", "Tanggal masuk (hh/bb/tttt)", "date", "Tanggal menjadi anggota."),
        Column("businesses", "Kelompok usaha", "text", "Nama kelompok usahanya, dipisah koma; boleh kosong."),
    ), {"number": EXAMPLE, "name": "Siti Aminah", "nik": "6308015708800001", "sex": "P", "birth_place": "Amuntai",
        "birth_date": date(1980, 8, 17), "rt": "003", "rw": "001", "desa": "Sungai Malang",
        "welfare_stage": "ks1", "joined_on": date(2019, 3, 1), "businesses": "Telur Alabio"},
        aliases=("Daftar anggota",)),
    "savings": Sheet("Simpanan", (
        _member_number(),
        Column("pokok_rp", "Simpanan pokok (Rp)", "money", "Simpanan pokok yang sudah dibayar."),
        Column("wajib_rp", "Simpanan wajib (Rp)", "money", "Jumlah simpanan wajib sampai tanggal saldo awal."),
        Column("wajib_months", "Wajib sudah dibayar (bulan)", "number",
               "Berapa bulan wajib sudah dibayar; boleh kosong (dihitung dari jumlahnya)."),
        Column("sukarela_rp", "Simpanan sukarela (Rp)", "money", "Saldo simpanan sukarela."),
    ), {"member_number": EXAMPLE, "pokok_rp": 10_000, "wajib_rp": 60_000, "wajib_months": 12}),
    "loans": Sheet("Pinjaman", (
        _member_number("Nomor anggota peminjam."),
        Column("number", "No. pinjaman", "text", "Nomor pinjaman di buku lama; boleh kosong."),
        Column("product", "Jenis pinjaman", "text", "Nama jenis pinjaman di Lumbung; boleh kosong bila syaratnya diisi."),
        *_schedule(("disbursed_on", "Tanggal cair (hh/bb/tttt)")),
    ), {"member_number": EXAMPLE, **_LOAN_EXAMPLE, "disbursed_on": date(2025, 1, 10)}),
    "cash": Sheet("Kas dan Bank", (
        Column("account", "Kas/Bank", "choice", "Kas (uang tunai) atau Bank.", required=True, choices=CASH),
        Column("amount_rp", "Jumlah (Rp)", "money", "Saldo pada tanggal saldo awal.", required=True),
        Column("note", "Keterangan", "text", "Kotak kas yang mana, atau nama bank dan nomor rekening."),
    ), {"account": "1-102", "amount_rp": 2_500_000, "note": EXAMPLE}),
    "funders": Sheet("Sumber Dana", (
        Column("name", "Nama sumber dana", "text", "Nama perusahaan, dinas atau bank.", required=True),
        Column("kind", "Jenis", "choice", "CSR, Dinas, Bank, Dana desa, Anggota atau Lainnya.", choices=FUNDER_KINDS),
        Column("programme", "Program", "text", "Nama program bantuannya."),
        Column("agreement_number", "No. perjanjian", "text", "Nomor surat perjanjian."),
        Column("contact", "Kontak", "text", "Nama dan telepon orang yang dihubungi."),
        Column("grant_rp", "Hibah diterima (Rp)", "money", "Hibah yang sudah diterima sebelum buku ini."),
    ), {"name": EXAMPLE, "kind": "csr", "programme": "Bina UMKM", "grant_rp": 5_000_000}),
    "bank_loans": Sheet("Pinjaman Bank", (
        Column("funder", "Sumber dana", "text", "Nama sumber dana, sama dengan di lembar Sumber Dana.", required=True),
        Column("agreement_number", "No. perjanjian", "text", "Nomor perjanjian kredit."),
        *_schedule(("received_on", "Tanggal diterima (hh/bb/tttt)")),
    ), {"funder": EXAMPLE, **_LOAN_EXAMPLE, "received_on": date(2025, 1, 10)}),
    "stock": Sheet("Persediaan", (
        Column("business", "Kelompok usaha", "text", "Nama usaha kelompok.", required=True),
        Column("item", "Barang", "text", "Nama produk atau bahan.", required=True),
        Column("kind", "Jenis", "choice", "Produk (dijual) atau Bahan (dipakai membuat produk).", choices=STOCK_KINDS),
        Column("unit", "Satuan", "text", "butir, rak, kg, bungkus ..."),
        Column("quantity", "Jumlah", "quantity", "Banyaknya, dalam satuan di atas (boleh 2,5)."),
        Column("unit_cost_rp", "Harga pokok per satuan (Rp)", "money", "Berapa biaya satu satuan."),
        Column("price_rp", "Harga jual per satuan (Rp)", "money", "Untuk produk: harga jual satu satuan."),
    ), {"business": EXAMPLE, "item": "Telur asin", "kind": "product", "unit": "butir", "quantity": Decimal(100),
        "unit_cost_rp": 2_500, "price_rp": 3_500}),
    "assets": Sheet("Inventaris", (
        Column("name", "Nama barang", "text", "Nama barang inventaris.", required=True),
        Column("kind", "Jenis", "choice", "Mebel, Peralatan atau Mesin.", choices=ITEM_KINDS),
        Column("acquired_on", "Tanggal perolehan (hh/bb/tttt)", "date", "Tanggal dibeli atau diterima."),
        Column("quantity", "Jumlah", "number", "Banyaknya barang."),
        Column("unit", "Satuan", "text", "buah, unit, set ..."),
        Column("value_rp", "Nilai perolehan (Rp)", "money", "Harga waktu dibeli (semuanya)."),
        Column("depreciated_rp", "Penyusutan sebelumnya (Rp)", "money", "Penyusutan yang sudah dicatat sebelum buku ini."),
        Column("origin", "Asal", "text", "Dibeli sendiri, hibah dari ..."),
        Column("location", "Lokasi", "text", "Di mana barangnya disimpan."),
        Column("condition", "Kondisi", "choice", "Baik, Rusak ringan atau Rusak berat.", choices=CONDITIONS),
        Column("note", "Keterangan", "text", "Catatan lain."),
    ), {"name": EXAMPLE, "kind": "furniture", "acquired_on": date(2020, 5, 2), "quantity": 10, "unit": "buah",
        "value_rp": 1_500_000, "condition": "baik"}),
    "balances": Sheet("Saldo Lain", (
        Column("account", "Akun", "account", "Kode akun, misalnya 3-301 (Dana cadangan); nama boleh ditulis sesudahnya.",
               required=True),
        Column("amount_rp", "Jumlah (Rp)", "money", "Saldo akun pada tanggal saldo awal.", required=True),
        Column("note", "Keterangan", "text", "Asal saldo ini."),
    ), {"account": "3-301 Dana cadangan", "amount_rp": 750_000, "note": EXAMPLE}),
}
assert tuple(SHEETS) == KINDS

OPENING_SHEET = "Saldo awal"
GUIDE_SHEET = "Petunjuk"
# The "Saldo awal" sheet: one label and its value per row, under a header row.
OPENING_FIELDS = (
    ("on", "Tanggal saldo awal (hh/bb/tttt)"), ("group.group_name", "Nama kelompok"),
    ("group.default_desa", "Desa"), ("group.ketua_name", "Ketua"), ("group.sekretaris_name", "Sekretaris"),
    ("group.bendahara_name", "Bendahara"), ("difference_note", "Keterangan selisih"),
)
GUIDE = (
    "Cara mengisi buku saldo awal",
    "1. Isi lembar 'Saldo awal': tanggal saldo awal (hari pertama Lumbung dipakai, biasanya tanggal 1) dan data kelompok.",
    "2. Isi setiap lembar dari buku-buku lama: satu baris satu anggota, satu simpanan, satu pinjaman, dan seterusnya.",
    "3. Baris bertulisan 'Contoh' hanya contoh: tidak dibaca. Boleh dihapus atau dibiarkan.",
    "4. Arahkan tetikus ke judul kolom untuk membaca catatan apa yang diisi di kolom itu.",
    "5. Tanggal ditulis hh/bb/tttt (misalnya 17/08/1980). Uang ditulis angka (1250000) atau Rp1.250.000.",
    "6. NIK ditulis sebagai teks 16 angka (kolomnya sudah berformat teks).",
    "7. Jasa pinjaman ditulis persen per periode: 1,5 berarti 1,5% sebulan.",
    "8. Urutan kolom boleh diubah, tetapi judul kolom jangan diganti. Kolom tambahan diabaikan.",
    "9. Simpan sebagai .xlsx (Buku Kerja Excel), lalu di Lumbung: Mulai buku kelompok (saldo awal), tombol 'Muat dari Excel…'.",
    "Lumbung memeriksa semua baris dulu. Bila ada yang salah, tidak ada yang disimpan:",
    "daftar masalahnya menyebut lembar, baris dan kolomnya.",
)


def _key(text) -> str:
    return re.sub(r"[\W_]+", "", str(text or "").casefold())


def _keys(header: str) -> set[str]:
    """A header is found by its words, with or without what it has in brackets."""
    return {_key(header), _key(re.sub(r"\(.*?\)", "", header))}


# --- writing -----------------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True)
_EXAMPLE_FONT = Font(italic=True, color="808080")


def _written(column: Column, value):
    """A line's value as its cell holds it: words for codes, percent for a rate."""
    if value is None or value == "":
        return None
    if isinstance(value, str):  # characters a cell cannot hold (control codes) are dropped
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if column.kind == "choice":
        return dict(column.choices).get(value, value)
    if column.kind == "rate":
        return value * 100
    if column.kind == "number" and not isinstance(value, int):
        return str(value)  # the example's "Contoh"
    return value


_FORMATS = {"money": MONEY_FORMAT, "date": DATE_FORMAT, "rate": "0.0##", "quantity": "#,##0.###", "number": "0"}


_LEAST_WIDTH = {"nik": 19, "date": 12, "money": 13}  # a 16-digit NIK, 31/12/2025, 12.500.000 never shown cut


def _width(column: Column, lines: list) -> int:
    """Wide enough for the header and what the rows hold (a name, a bank's account number), at most 40."""
    values = (line.get(column.field) if isinstance(line, dict) else getattr(line, column.field, None) for line in lines)
    longest = max((len(str(_written(column, value))) for value in values if value not in (None, "")), default=0)
    return min(40, max(10, _LEAST_WIDTH.get(column.kind, 0), len(column.header) + 2, longest + 2))


def _named(values: dict, spec: Sheet) -> dict:
    """An account as she reads it, its name after its code ("3-501 Modal awal", read back by the
    code); the code alone when no book is open."""
    for column in spec.columns:
        code = values.get(column.field)
        if column.kind == "account" and isinstance(code, str) and _ACCOUNT.fullmatch(code):
            name = db.execute_sql("SELECT name FROM accounts WHERE code = ?", (code,)).fetchone() if db.obj else None
            values[column.field] = f"{code} {name[0]}" if name else code
    return values


def _write_kind(workbook: Workbook, kind: str, lines: list) -> None:
    spec = SHEETS[kind]
    sheet = workbook.create_sheet(spec.name)
    rows = [(_named(asdict(line), spec), None) for line in lines] or [(spec.example, _EXAMPLE_FONT)]
    for number, column in enumerate(spec.columns, start=1):
        cell = sheet.cell(row=1, column=number, value=column.header)
        cell.font = _HEADER_FONT
        cell.comment = Comment(column.note, "Lumbung")
        letter = get_column_letter(number)
        sheet.column_dimensions[letter].width = _width(column, [values for values, _ in rows])
        if column.kind in ("nik", "text"):  # typed as text: a NIK keeps its 16th digit, a phone its 0
            sheet.column_dimensions[letter].number_format = TEXT_FORMAT
        if column.choices:
            words = ",".join(word for _, word in column.choices)
            validation = DataValidation(type="list", formula1=f'"{words}"', allow_blank=True, showErrorMessage=False)
            validation.add(f"{letter}2:{letter}{max(LAST_VALIDATED_ROW, len(lines) + 2)}")
            sheet.add_data_validation(validation)
    for row, (values, font) in enumerate(rows, start=2):
        for number, column in enumerate(spec.columns, start=1):
            value = _written(column, values.get(column.field))
            if value is None:
                continue
            cell = sheet.cell(row=row, column=number, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula
            cell.number_format = TEXT_FORMAT if isinstance(value, str) else _FORMATS[column.kind]
            if font:
                cell.font = font
    sheet.freeze_panes = "A2"


def write_template(path: str | os.PathLike, opening: Opening | None = None) -> None:
    """The template: one sheet per kind, Indonesian headers, an example row (or the opening's
    rows when given), validation and notes on each column. Written atomically
    (app.documents.output: DocumentError when the file cannot be written)."""
    opening = opening or Opening()
    workbook = Workbook()
    guide = workbook.active
    guide.title = GUIDE_SHEET
    for row, line in enumerate(GUIDE, start=1):
        guide.cell(row=row, column=1, value=line).font = _HEADER_FONT if row == 1 else Font()
    guide.column_dimensions["A"].width = 100

    start = workbook.create_sheet(OPENING_SHEET)
    start.append(["Isian", "Isi"])
    for cell in start[1]:
        cell.font = _HEADER_FONT
    for row, (name, label) in enumerate(OPENING_FIELDS, start=2):
        start.cell(row=row, column=1, value=label)
        value = _opening_value(opening, name)
        if value:
            cell = start.cell(row=row, column=2, value=value)
            cell.number_format = DATE_FORMAT if isinstance(value, date) else TEXT_FORMAT
    start["B2"].comment = Comment("Hari pertama Lumbung dipakai: saldo-saldo di lembar lain adalah saldo buku lama pada tanggal ini.",
                                  "Lumbung")
    start.column_dimensions["A"].width, start.column_dimensions["B"].width = 34, 50
    start.freeze_panes = "A2"

    for kind in KINDS:
        _write_kind(workbook, kind, opening.lines(kind))
    write_atomically(path, workbook.save)


def _opening_value(opening: Opening, name: str):
    if name.startswith("group."):
        return opening.group.get(name.removeprefix("group."), "")
    return getattr(opening, name)


# --- reading cells -----------------------------------------------------------------------------


class _Refused(Exception):
    def __init__(self, code: str, **params) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def _whole(value) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _Refused("amount.not_whole" if isinstance(value, float) else "amount.unreadable", text=str(value))


def _money(value, cell) -> int:
    if isinstance(value, str):
        amount, why = read_rupiah(value)
        if why:
            raise _Refused(why, text=value)
        return amount
    return _whole(value)


def _number(value, cell) -> int:
    if isinstance(value, str):
        if not value.strip().isdigit():
            raise _Refused("workbook.not_number")
        return int(value.strip())
    try:
        return _whole(value)
    except _Refused:
        raise _Refused("workbook.not_number") from None


def _decimal(value) -> Decimal:
    if isinstance(value, bool):
        raise InvalidOperation
    if isinstance(value, (int, float)):
        return Decimal(repr(value))
    return Decimal(str(value).strip().replace(" ", "").replace(",", "."))


def _quantity(value, cell) -> Decimal:
    try:
        return _decimal(value)
    except InvalidOperation:
        raise _Refused("workbook.not_number") from None


def _rate(value, cell) -> Decimal:
    """Percent per period as typed (1,5 or "1,5%"); a cell formatted as % holds the fraction."""
    try:
        if isinstance(value, str):
            return _decimal(value.strip().removesuffix("%")) / 100
        fraction = "%" in (getattr(cell, "number_format", "") or "")
        return _decimal(value) if fraction else _decimal(value) / 100
    except InvalidOperation:
        raise _Refused("workbook.bad_rate") from None


EXCEL_DIGITS = 15  # a number cell keeps 15 significant digits


def _nik(value, cell) -> str:
    """A NIK is text; a number cell of 16 digits has lost its last digit in Excel already."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, float) or (isinstance(value, int) and len(str(abs(value))) > EXCEL_DIGITS):
        raise _Refused("workbook.nik_as_number")
    return str(value).strip()


def _text(value, cell) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().strftime("%d/%m/%Y")
    return str(value).strip()


_READERS = {"money": _money, "number": _number, "quantity": _quantity, "rate": _rate, "nik": _nik, "text": _text}


def _cell_value(column: Column, value, cell):
    """The line's value of one cell; _Refused says why it cannot be read."""
    if column.kind == "date":
        if isinstance(value, datetime):
            value = value.date()
        elif isinstance(value, (int, float)) and not isinstance(value, bool):  # Excel's day number
            try:
                value = from_excel(value).date()
            except (ValueError, OverflowError, TypeError):
                raise _Refused("date.unreadable") from None
        elif isinstance(value, str):
            value, issue = dates.read_date(value, column.field, column.earliest)
            if issue:
                raise _Refused(issue.code, **issue.params)
            return value
        if not isinstance(value, date):
            raise _Refused("date.unreadable")
        if issue := dates.range_issue(column.field, value, column.earliest):
            raise _Refused(issue.code, **issue.params)
        return value
    if column.kind == "choice":
        word = _key(value)
        for code, shown in column.choices:
            if word in (_key(code), _key(shown)):
                return code
        raise _Refused("workbook.bad_choice", choices=", ".join(shown for _, shown in column.choices))
    if column.kind == "account":
        match = _ACCOUNT.match(str(value))
        if match is None:
            raise _Refused("workbook.bad_account")
        return match[1]
    return _READERS[column.kind](value, cell)


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- reading sheets ----------------------------------------------------------------------------


@dataclass
class _Place:
    """Where a kind's lines are in the file: the sheet, each line's row, each field's header."""

    sheet: str
    rows: list[int] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _Places:
    kinds: dict[str, _Place] = field(default_factory=dict)
    opening_sheet: str = OPENING_SHEET
    opening_rows: dict[str, int] = field(default_factory=dict)  # "on", "group.ketua_name" ... -> row


HEADER_SEARCH_ROWS = 10  # an exported table has its title lines above the header


def _find_header(rows: list[tuple], spec: Sheet) -> tuple[int, dict[int, Column]]:
    """(the header's row number, column index -> Column) of the first row naming two columns."""
    lookup = {key: column for column in spec.columns
              for header in (column.header, *column.aliases) for key in _keys(header)}
    for number, row in enumerate(rows, start=1):
        found = {}
        for index, cell in enumerate(row):
            column = lookup.get(_key(cell.value)) if not _blank(cell.value) else None
            if column is not None and column not in found.values():
                found[index] = column
        if len(found) >= 2:
            return number, found
    return 1, {}


def _read_kind(sheet, kind: str, opening: Opening, issues: list[SheetIssue], place: _Place,
               unread: dict, tick: Callable[[], None]) -> None:
    spec = SHEETS[kind]
    rows = sheet.iter_rows()
    top = []
    for row in rows:
        top.append(row)
        if len(top) == HEADER_SEARCH_ROWS:
            break
    header_row, found = _find_header(top, spec)
    missing = [c for c in spec.columns if c.required and c not in found.values()]
    if missing:
        issues += [SheetIssue(place.sheet, None, c.header, "workbook.column_missing", {"header": c.header, "sheet": place.sheet})
                   for c in missing]
        return
    place.headers = {c.field: c.header for c in spec.columns}
    line_type = LINE_TYPES[kind]
    for number, row in enumerate((*top[header_row:], *rows), start=header_row + 1):
        tick()
        cells = [(column, row[index]) for index, column in found.items() if index < len(row)]
        present = [(column, cell) for column, cell in cells if not _blank(cell.value)]
        if not present or any(isinstance(cell.value, str) and _key(cell.value) == _key(EXAMPLE) for _, cell in present):
            continue
        values = {}
        for column, cell in present:
            value = cell.value.strip() if isinstance(cell.value, str) else cell.value
            try:
                values[column.field] = _cell_value(column, value, cell)
            except _Refused as refused:
                issues.append(SheetIssue(place.sheet, number, column.header, refused.code, refused.params))
                unread[kind, len(opening.lines(kind)), column.field] = (_shown(value), (refused.code, refused.params))
        opening.lines(kind).append(line_type(**values))
        place.rows.append(number)


def _read_opening_sheet(sheet, opening: Opening, issues: list[SheetIssue], places: _Places) -> None:
    places.opening_sheet = sheet.title
    labels = {_key(re.sub(r"\(.*?\)", "", label)): (name, label) for name, label in OPENING_FIELDS}
    for number, row in enumerate(sheet.iter_rows(max_col=2), start=1):
        if len(row) < 2 or _blank(row[0].value):
            continue
        name, label = labels.get(_key(re.sub(r"\(.*?\)", "", str(row[0].value))), (None, None))
        if name is None:
            continue
        places.opening_rows[name] = number
        value = row[1].value
        if _blank(value):
            continue
        try:
            if name == "on":
                opening.on = _cell_value(Column("on", label, "date", ""), value, row[1])
            elif name.startswith("group."):
                opening.group[name.removeprefix("group.")] = _text(value, row[1])
            else:
                opening.difference_note = _text(value, row[1])
        except _Refused as refused:
            issues.append(SheetIssue(sheet.title, number, label, refused.code, refused.params))


# --- the file ----------------------------------------------------------------------------------

_SHARING_VIOLATIONS = {32, 33}  # Windows: the file is open in another program (Excel)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old Excel format's (.xls) first bytes


def _file_issue(code: str, path, **params) -> SheetIssue:
    return SheetIssue("", None, "", code, {"path": str(path), **params})


def _load(path) -> tuple[Any, SheetIssue | None]:
    """The workbook, or None and why the file cannot be read."""
    suffix = os.path.splitext(str(path))[1].casefold()
    try:
        with open(path, "rb") as file:
            content = file.read()
    except (FileNotFoundError, IsADirectoryError):
        return None, _file_issue("workbook.not_found", path)
    except PermissionError:
        return None, _file_issue("workbook.locked", path)
    except OSError as error:
        if getattr(error, "winerror", None) in _SHARING_VIOLATIONS:
            return None, _file_issue("workbook.locked", path)
        return None, _file_issue("workbook.unreadable", path, reason=error.strerror or str(error))
    if not content:
        return None, _file_issue("workbook.empty_file", path)
    if content.startswith(_OLE) or suffix == ".xls":
        return None, _file_issue("workbook.xls", path)
    if suffix in (".csv", ".txt"):
        return None, _file_issue("workbook.csv", path)
    try:
        return load_workbook(io.BytesIO(content), read_only=True, data_only=True), None
    except Exception as error:  # openpyxl raises many kinds on a damaged file; none may escape  # noqa: BLE001
        return None, _file_issue("workbook.damaged", path, reason=type(error).__name__)


def _sheet_kinds(workbook) -> dict[str, str]:
    """Sheet title -> kind (or "on" for the Saldo awal sheet), by name, as the template calls them."""
    names = {_key(spec.name): kind for kind, spec in SHEETS.items()}
    names.update({_key(alias): kind for kind, spec in SHEETS.items() for alias in spec.aliases})
    names[_key(OPENING_SHEET)] = "on"
    found = {}
    for title in workbook.sheetnames:
        kind = names.get(_key(title))
        if kind is not None and kind not in found.values():
            found[title] = kind
    return found


def _placed(issue: Issue, places: _Places) -> SheetIssue:
    """An issue of app.opening.check at its sheet, row and column."""
    parts = issue.field.split(".")
    if parts[0] in SHEETS:
        place = places.kinds.get(parts[0], _Place(SHEETS[parts[0]].name))
        index = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        row = place.rows[index] if index is not None and index < len(place.rows) else None
        column = place.headers.get(parts[2], "") if len(parts) > 2 else ""
        return SheetIssue(place.sheet, row, column, issue.code, issue.params)
    name = ".".join(parts[:2]) if parts[0] == "group" else parts[0]
    return SheetIssue(places.opening_sheet, places.opening_rows.get(name), dict(OPENING_FIELDS).get(name, ""),
                      issue.code, issue.params)


def _shown(value) -> str:
    """A cell as Excel shows it, near enough to fix it by: a date as dd/mm/yyyy, a number as typed."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def read(path: str | os.PathLike, progress: Progress = None) -> ReadResult:
    """Read a filled template (or a members sheet Lumbung exported); check every row
    (app.opening.check) and name each issue by sheet, row and column. Writes nothing."""
    opening = Opening()
    workbook, refused = _load(path)
    if refused:
        return ReadResult(opening, (refused,), {}, {})
    issues: list[SheetIssue] = []
    unread: dict = {}
    places = _Places()
    try:
        kinds = _sheet_kinds(workbook)
        if not kinds:
            return ReadResult(opening, (_file_issue("workbook.no_template_sheet", path),), {}, {})
        total = sum(workbook[title].max_row or 0 for title in kinds)  # as the file says: a guess
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None and done % 500 == 0:
                progress(done, max(done, total))

        for title, kind in kinds.items():
            try:
                if kind == "on":
                    _read_opening_sheet(workbook[title], opening, issues, places)
                else:
                    places.kinds[kind] = _Place(title)
                    _read_kind(workbook[title], kind, opening, issues, places.kinds[kind], unread, tick)
            except Exception as error:  # a damaged sheet inside a good zip  # noqa: BLE001
                issues.append(SheetIssue(title, None, "", "workbook.damaged", {"path": str(path), "reason": type(error).__name__}))
    finally:
        workbook.close()
    if progress is not None:
        progress(done, done)

    read_cells = {(i.sheet, i.row, i.column) for i in issues}
    issues += [placed for placed in (_placed(i, places) for i in check.check(opening))
               if (placed.sheet, placed.row, placed.column) not in read_cells]  # said once, where it was read

    counts = {place.sheet: len(place.rows) for place in places.kinds.values()}
    bad_rows = {(i.sheet, i.row) for i in issues if i.row is not None}
    fine = {sheet: count - sum(1 for s, _ in bad_rows if s == sheet) for sheet, count in counts.items()}
    return ReadResult(opening, tuple(issues), counts, fine, unread)
