"""The numbered notes (Catatan atas Laporan Keuangan) and which note each Neraca account refers to.

The Neraca prints "Catatan 4" beside Piutang pinjaman anggota and the notes document explains
it under "4. Piutang pinjaman anggota dan penyisihannya": both read their numbers from here, so
they cannot drift apart. An account refers to the note of its longest matching code prefix.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    number: int
    key: str
    title_id: str
    title_en: str

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_id


NOTES: tuple[Note, ...] = (
    Note(1, "general", "Gambaran umum kelompok", "About the group"),
    Note(2, "policies", "Kebijakan akuntansi", "Accounting policies"),
    Note(3, "cash", "Kas dan bank", "Cash and bank"),
    Note(4, "loans", "Piutang pinjaman anggota dan penyisihannya", "Member loans and their allowance"),
    Note(5, "sales_receivable", "Piutang penjualan usaha", "Receivables from business sales"),
    Note(6, "stock", "Persediaan usaha kelompok", "Stock of the group businesses"),
    Note(7, "fixed_assets", "Inventaris dan penyusutan", "Equipment and depreciation"),
    Note(8, "savings", "Simpanan anggota", "Members' savings"),
    Note(9, "debts", "Utang usaha dan utang bank", "Trade and bank debts"),
    Note(10, "funds", "Dana titipan dan SHU belum dibagikan", "Earmarked funds and SHU not yet paid"),
    Note(11, "grants", "Modal hibah menurut pemberi dana", "Grant capital by funder"),
    Note(12, "surplus", "Cadangan dan sisa hasil usaha", "Reserve and surplus"),
    Note(13, "opening", "Modal awal dan selisih saldo awal", "Starting capital and opening difference"),
)

BY_KEY = {note.key: note for note in NOTES}

# Code prefix -> note key; the longest prefix that matches wins (1-203, the loan allowance, is
# read with the loans; 1-402, accumulated depreciation, with the equipment).
_PREFIXES = {
    "1-1": "cash",
    "1-20": "loans",
    "1-202": "sales_receivable",
    "1-3": "stock",
    "1-4": "fixed_assets",
    "2-101": "savings",
    "3-101": "savings",
    "3-102": "savings",
    "2-102": "debts",
    "2-2": "debts",
    "2-3": "funds",
    "3-201": "grants",
    "3-3": "surplus",
    "3-4": "surplus",
    "3-5": "opening",  # 3-501 Modal awal, 3-502 Selisih saldo awal (app.opening)
}


def note_for(code: str) -> Note | None:
    """The note an account's Neraca line refers to (None: an account no note explains)."""
    matches = [prefix for prefix in _PREFIXES if code.startswith(prefix)]
    return BY_KEY[_PREFIXES[max(matches, key=len)]] if matches else None
