"""The grid's columns, one spec per field of a kind's line: her header, how typed text is read
(rupiah, dates, numbers, choices by their words) and how a value is shown."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import accounts
from app.dates import read_date
from app.errors import Issue
from app.formatting import read_rupiah, short_date, thousands
from app.funds.funders import KINDS as FUNDER_KINDS
from app.inventory import CONDITIONS, ITEM_KINDS
from app.loans.schedule import METHODS, PERIODS
from app.members import WELFARE_STAGES
from app.nik import compact
from app.opening.draft import LINE_TYPES
from app.usaha.catalog import KINDS as STOCK_KINDS
from ui.percent import parse_percent, percent_text

CONTEXT = "opening"
_NUMBER = re.compile(r"^[0-9]{1,9}(?:[.,][0-9]{1,6})?$")

KIND_TITLES = {
    "members": QT_TRANSLATE_NOOP("opening", "Anggota"),
    "savings": QT_TRANSLATE_NOOP("opening", "Simpanan"),
    "loans": QT_TRANSLATE_NOOP("opening", "Pinjaman berjalan"),
    "cash": QT_TRANSLATE_NOOP("opening", "Kas dan Bank"),
    "funders": QT_TRANSLATE_NOOP("opening", "Sumber dana"),
    "bank_loans": QT_TRANSLATE_NOOP("opening", "Pinjaman bank"),
    "stock": QT_TRANSLATE_NOOP("opening", "Persediaan"),
    "assets": QT_TRANSLATE_NOOP("opening", "Inventaris"),
    "balances": QT_TRANSLATE_NOOP("opening", "Saldo lain"),
}
KIND_HINTS = {
    "members": QT_TRANSLATE_NOOP("opening", "Salin Buku Daftar Anggota, satu baris per anggota, dengan nomor anggota kelompok sendiri."),
    "savings": QT_TRANSLATE_NOOP("opening", "Simpanan tiap anggota pada tanggal saldo awal."),
    "loans": QT_TRANSLATE_NOOP("opening", "Pinjaman anggota yang belum lunas: isi angsuran yang sudah dibayar, atau sisa pokok dan jatuh tempo berikut."),
    "cash": QT_TRANSLATE_NOOP("opening", "Uang di kas (kotak) dan di bank pada tanggal saldo awal."),
    "funders": QT_TRANSLATE_NOOP("opening", "Pemberi modal (CSR, Dinas, desa) dan hibah yang sudah diterima."),
    "bank_loans": QT_TRANSLATE_NOOP("opening", "Pinjaman kelompok ke bank atau Dinas yang belum lunas."),
    "stock": QT_TRANSLATE_NOOP("opening", "Stok usaha kelompok, dalam satuan hitungnya (butir, rak, kg)."),
    "assets": QT_TRANSLATE_NOOP("opening", "Buku Inventaris: barang milik kelompok dan harganya."),
    "balances": QT_TRANSLATE_NOOP("opening", "Saldo lain yang ada di buku lama (dana cadangan, utang usaha, modal awal)."),
}
CHOICE_WORDS = {
    "sex": {"P": QT_TRANSLATE_NOOP("opening", "P"), "L": QT_TRANSLATE_NOOP("opening", "L")},
    "welfare_stage": {"": "", "pra_sejahtera": QT_TRANSLATE_NOOP("opening", "Pra sejahtera"),
                      "ks1": QT_TRANSLATE_NOOP("opening", "KS I"), "ks2": QT_TRANSLATE_NOOP("opening", "KS II"),
                      "ks3": QT_TRANSLATE_NOOP("opening", "KS III"), "ks3_plus": QT_TRANSLATE_NOOP("opening", "KS III plus")},
    "cash_account": {"1-101": QT_TRANSLATE_NOOP("opening", "Kas"), "1-102": QT_TRANSLATE_NOOP("opening", "Bank")},
    "method": {"": "", "flat": QT_TRANSLATE_NOOP("opening", "Flat"), "efektif": QT_TRANSLATE_NOOP("opening", "Efektif (menurun)"),
               "anuitas": QT_TRANSLATE_NOOP("opening", "Anuitas")},
    "period": {"": "", "monthly": QT_TRANSLATE_NOOP("opening", "Bulanan"), "weekly": QT_TRANSLATE_NOOP("opening", "Mingguan")},
    "funder_kind": {"csr": QT_TRANSLATE_NOOP("opening", "CSR perusahaan"), "dinas": QT_TRANSLATE_NOOP("opening", "Dinas"),
                    "bank": QT_TRANSLATE_NOOP("opening", "Bank"), "dana_desa": QT_TRANSLATE_NOOP("opening", "Dana desa"),
                    "anggota": QT_TRANSLATE_NOOP("opening", "Modal anggota"), "lainnya": QT_TRANSLATE_NOOP("opening", "Lainnya")},
    "stock_kind": {"product": QT_TRANSLATE_NOOP("opening", "Barang jadi"), "material": QT_TRANSLATE_NOOP("opening", "Bahan")},
    "asset_kind": {"furniture": QT_TRANSLATE_NOOP("opening", "Mebel"), "tools": QT_TRANSLATE_NOOP("opening", "Peralatan"),
                   "machine": QT_TRANSLATE_NOOP("opening", "Mesin")},
    "condition": {"baik": QT_TRANSLATE_NOOP("opening", "Baik"), "rusak_ringan": QT_TRANSLATE_NOOP("opening", "Rusak ringan"),
                  "rusak_berat": QT_TRANSLATE_NOOP("opening", "Rusak berat")},
}
# The choices are the app's own (a new method or kind there must get its words here).
assert set(CHOICE_WORDS["welfare_stage"]) == {"", *WELFARE_STAGES} and set(CHOICE_WORDS["funder_kind"]) == set(FUNDER_KINDS)
assert set(CHOICE_WORDS["method"]) == {"", *METHODS} and set(CHOICE_WORDS["period"]) == {"", *PERIODS}
assert set(CHOICE_WORDS["stock_kind"]) == set(STOCK_KINDS) and set(CHOICE_WORDS["asset_kind"]) == set(ITEM_KINDS)
assert set(CHOICE_WORDS["condition"]) == set(CONDITIONS)


def translated(text: str) -> str:
    """A word of this module (marked with QT_TRANSLATE_NOOP in the context "opening") in the language shown."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


@dataclass(frozen=True)
class Column:
    field: str
    header: str  # QT_TRANSLATE_NOOP("opening", ...)
    reads: str = "text"  # text, nik, rupiah, date, int, quantity, percent, choice, account
    choices: str = ""  # a CHOICE_WORDS key, for reads == "choice"

    def title(self) -> str:
        return translated(self.header)

    def words(self) -> dict[str, str]:
        """value -> her word, for a choice (the accounts by their names)."""
        if self.reads == "account":
            return {a.code: a.name for a in accounts.list_accounts(active_only=True)}
        return {value: translated(word) for value, word in CHOICE_WORDS.get(self.choices, {}).items()}


def _c(field: str, header: str, reads: str = "text", choices: str = "") -> Column:
    return Column(field, header, reads, choices)


_M = "member_number", QT_TRANSLATE_NOOP("opening", "No. anggota"), "int"
_LOAN_TERMS = (
    _c("method", QT_TRANSLATE_NOOP("opening", "Cara hitung jasa"), "choice", "method"),
    _c("rate", QT_TRANSLATE_NOOP("opening", "Jasa per periode (%)"), "percent"),
    _c("period", QT_TRANSLATE_NOOP("opening", "Periode"), "choice", "period"),
    _c("periods", QT_TRANSLATE_NOOP("opening", "Jangka (kali)"), "int"),
    _c("principal_rp", QT_TRANSLATE_NOOP("opening", "Pokok pinjaman"), "rupiah"),
)
_LOAN_PAID = (
    _c("first_due", QT_TRANSLATE_NOOP("opening", "Angsuran pertama"), "date"),
    _c("instalments_paid", QT_TRANSLATE_NOOP("opening", "Angsuran sudah dibayar"), "int"),
    _c("outstanding_rp", QT_TRANSLATE_NOOP("opening", "Sisa pokok"), "rupiah"),
    _c("next_due", QT_TRANSLATE_NOOP("opening", "Jatuh tempo berikut"), "date"),
)
COLUMNS: dict[str, tuple[Column, ...]] = {
    "members": (
        _c("number", QT_TRANSLATE_NOOP("opening", "No. anggota"), "int"),
        _c("name", QT_TRANSLATE_NOOP("opening", "Nama")),
        _c("nik", QT_TRANSLATE_NOOP("opening", "NIK"), "nik"),
        _c("sex", QT_TRANSLATE_NOOP("opening", "L/P"), "choice", "sex"),
        _c("birth_place", QT_TRANSLATE_NOOP("opening", "Tempat lahir")),
        _c("birth_date", QT_TRANSLATE_NOOP("opening", "Tanggal lahir"), "date"),
        _c("phone", QT_TRANSLATE_NOOP("opening", "No. HP")),
        _c("street", QT_TRANSLATE_NOOP("opening", "Alamat")),
        _c("rt", QT_TRANSLATE_NOOP("opening", "RT")),
        _c("rw", QT_TRANSLATE_NOOP("opening", "RW")),
        _c("desa", QT_TRANSLATE_NOOP("opening", "Desa")),
        _c("kecamatan", QT_TRANSLATE_NOOP("opening", "Kecamatan")),
        _c("kabupaten", QT_TRANSLATE_NOOP("opening", "Kabupaten")),
        _c("provinsi", QT_TRANSLATE_NOOP("opening", "Provinsi")),
        _c("postal_code", QT_TRANSLATE_NOOP("opening", "Kode pos")),
        _c("welfare_stage", QT_TRANSLATE_NOOP("opening", "Tahap KS"), "choice", "welfare_stage"),
        _c("joined_on", QT_TRANSLATE_NOOP("opening", "Tanggal masuk"), "date"),
        _c("businesses", QT_TRANSLATE_NOOP("opening", "Kelompok usaha")),
    ),
    "savings": (
        _c(*_M),
        _c("pokok_rp", QT_TRANSLATE_NOOP("opening", "Simpanan pokok"), "rupiah"),
        _c("wajib_rp", QT_TRANSLATE_NOOP("opening", "Simpanan wajib"), "rupiah"),
        _c("wajib_months", QT_TRANSLATE_NOOP("opening", "Wajib sudah dibayar (bulan)"), "int"),
        _c("sukarela_rp", QT_TRANSLATE_NOOP("opening", "Simpanan sukarela"), "rupiah"),
    ),
    "loans": (
        _c(*_M),
        _c("number", QT_TRANSLATE_NOOP("opening", "No. pinjaman")),
        _c("product", QT_TRANSLATE_NOOP("opening", "Produk")),
        *_LOAN_TERMS,
        _c("disbursed_on", QT_TRANSLATE_NOOP("opening", "Tanggal cair"), "date"),
        *_LOAN_PAID,
    ),
    "cash": (
        _c("account", QT_TRANSLATE_NOOP("opening", "Kas atau Bank"), "choice", "cash_account"),
        _c("amount_rp", QT_TRANSLATE_NOOP("opening", "Saldo"), "rupiah"),
        _c("note", QT_TRANSLATE_NOOP("opening", "Keterangan (kotak, bank dan no. rekening)")),
    ),
    "funders": (
        _c("name", QT_TRANSLATE_NOOP("opening", "Nama sumber dana")),
        _c("kind", QT_TRANSLATE_NOOP("opening", "Jenis"), "choice", "funder_kind"),
        _c("programme", QT_TRANSLATE_NOOP("opening", "Program")),
        _c("agreement_number", QT_TRANSLATE_NOOP("opening", "No. perjanjian")),
        _c("contact", QT_TRANSLATE_NOOP("opening", "Kontak")),
        _c("grant_rp", QT_TRANSLATE_NOOP("opening", "Hibah sudah diterima"), "rupiah"),
    ),
    "bank_loans": (
        _c("funder", QT_TRANSLATE_NOOP("opening", "Pemberi pinjaman")),
        _c("agreement_number", QT_TRANSLATE_NOOP("opening", "No. perjanjian")),
        *_LOAN_TERMS,
        _c("received_on", QT_TRANSLATE_NOOP("opening", "Tanggal terima"), "date"),
        *_LOAN_PAID,
    ),
    "stock": (
        _c("business", QT_TRANSLATE_NOOP("opening", "Usaha")),
        _c("item", QT_TRANSLATE_NOOP("opening", "Barang")),
        _c("kind", QT_TRANSLATE_NOOP("opening", "Jenis"), "choice", "stock_kind"),
        _c("unit", QT_TRANSLATE_NOOP("opening", "Satuan")),
        _c("quantity", QT_TRANSLATE_NOOP("opening", "Jumlah"), "quantity"),
        _c("unit_cost_rp", QT_TRANSLATE_NOOP("opening", "Harga pokok per satuan"), "rupiah"),
        _c("price_rp", QT_TRANSLATE_NOOP("opening", "Harga jual per satuan"), "rupiah"),
    ),
    "assets": (
        _c("name", QT_TRANSLATE_NOOP("opening", "Nama barang")),
        _c("kind", QT_TRANSLATE_NOOP("opening", "Jenis"), "choice", "asset_kind"),
        _c("acquired_on", QT_TRANSLATE_NOOP("opening", "Tanggal beli"), "date"),
        _c("quantity", QT_TRANSLATE_NOOP("opening", "Jumlah"), "int"),
        _c("unit", QT_TRANSLATE_NOOP("opening", "Satuan")),
        _c("value_rp", QT_TRANSLATE_NOOP("opening", "Harga beli"), "rupiah"),
        _c("depreciated_rp", QT_TRANSLATE_NOOP("opening", "Sudah disusutkan"), "rupiah"),
        _c("origin", QT_TRANSLATE_NOOP("opening", "Asal")),
        _c("location", QT_TRANSLATE_NOOP("opening", "Tempat")),
        _c("condition", QT_TRANSLATE_NOOP("opening", "Kondisi"), "choice", "condition"),
        _c("note", QT_TRANSLATE_NOOP("opening", "Keterangan")),
    ),
    "balances": (
        _c("account", QT_TRANSLATE_NOOP("opening", "Akun"), "account"),
        _c("amount_rp", QT_TRANSLATE_NOOP("opening", "Saldo"), "rupiah"),
        _c("note", QT_TRANSLATE_NOOP("opening", "Keterangan")),
    ),
}
assert all({c.field for c in COLUMNS[k]} == {f.name for f in fields(t)} for k, t in LINE_TYPES.items())


def blank(line_type, name: str):
    """What an emptied cell holds: the field's default when it is 0 (an amount not owed), else None or ""."""
    default = next(f.default for f in fields(line_type) if f.name == name)
    if isinstance(default, str):
        return ""
    return 0 if default == 0 else None


def read(column: Column, line_type, text: str):
    """The value of a cell as she typed it: (value, None), or (None, the Issue's code and params)."""
    text = text.strip()
    if not text:
        return blank(line_type, column.field), None
    if column.reads == "text":
        return text, None
    if column.reads == "nik":
        return compact(text), None
    if column.reads == "rupiah":
        value, problem = read_rupiah(text)
        return (value, None) if value is not None else (None, (problem or "amount.unreadable", {"text": text}))
    if column.reads == "date":
        value, issue = read_date(text, column.field)
        return (value, None) if issue is None else (None, (issue.code, issue.params))
    if column.reads == "int":
        return (int(text), None) if text.isdigit() and len(text) <= 9 else (None, ("opening.not_a_number", {"text": text}))
    if column.reads == "quantity":
        try:
            return (Decimal(text.replace(",", ".")), None) if _NUMBER.match(text) else (None, ("opening.not_a_number", {"text": text}))
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            return None, ("opening.not_a_number", {"text": text})
    if column.reads == "percent":
        value = parse_percent(text)
        return (value, None) if value is not None else (None, ("opening.not_a_number", {"text": text}))
    for value, word in column.words().items():  # a choice: her word, or the value itself
        if text.casefold() in (word.casefold(), value.casefold()):
            return value, None
    return None, ("opening.not_a_choice", {"text": text, "choices": ", ".join(w for w in column.words().values() if w)})


def show(column: Column, value) -> str:
    if value is None or value == "":
        return ""
    if column.reads == "rupiah":
        return thousands(value)
    if column.reads == "date":
        return short_date(value)
    if column.reads == "quantity":
        return format(value, "f").replace(".", ",")
    if column.reads == "percent":
        return percent_text(value, sign=False)
    if column.reads in ("choice", "account"):
        return column.words().get(value, value)
    return str(value)


def issue_of(kind: str, index: int, column: Column, problem: tuple[str, dict]) -> Issue:
    code, params = problem
    return Issue(f"{kind}.{index}.{column.field}", code, params)
