"""The chart of accounts: seeded from DOMAIN.md; the group may add accounts and retire them."""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger
from app.accounts import add_account, list_accounts, set_active
from app.db import db
from app.errors import Rejected
from app.ledger import credit, debit

# DOMAIN.md, "Suggested chart of accounts" (names without the English glosses).
CHART = [
    ("1-101", "Kas", "asset"),
    ("1-102", "Bank", "asset"),
    ("1-201", "Piutang pinjaman anggota", "asset"),
    ("1-202", "Piutang penjualan", "asset"),
    ("1-203", "Penyisihan piutang tak tertagih", "asset"),  # added with the allowance (m0012): a contra asset
    ("1-301", "Persediaan produk dan bahan", "asset"),
    ("1-401", "Inventaris / peralatan", "asset"),
    ("1-402", "Akumulasi penyusutan inventaris", "asset"),  # added with depreciation (m0013): contra asset
    ("2-101", "Simpanan sukarela", "liability"),
    ("2-102", "Utang usaha", "liability"),  # added with usaha kelompok (m0006): credit purchases
    ("2-201", "Utang bank / pinjaman modal", "liability"),
    ("2-301", "SHU belum dibagikan", "liability"),
    ("2-302", "Dana insentif PAUD", "liability"),
    ("2-303", "Dana sosial", "liability"),
    ("3-101", "Simpanan pokok", "equity"),
    ("3-102", "Simpanan wajib", "equity"),
    ("3-201", "Modal hibah", "equity"),
    ("3-301", "Dana cadangan", "equity"),
    ("3-401", "SHU tahun berjalan", "equity"),
    ("3-501", "Modal awal", "equity"),  # added with the register (m0013): what was owned before the book
    ("3-502", "Selisih saldo awal", "equity"),  # moving in (m0015): what the opening entries balance against
    ("4-101", "Pendapatan jasa pinjaman", "income"),
    ("4-102", "Pendapatan denda", "income"),
    ("4-103", "Pendapatan provisi / administrasi", "income"),
    ("4-201", "Penjualan usaha kelompok", "income"),
    ("4-301", "Bunga bank", "income"),  # added with Kas & Buku's money in and out (m0007)
    ("4-302", "Bantuan desa / sumbangan", "income"),
    ("4-303", "Pendapatan lain-lain", "income"),
    ("4-304", "Pemulihan piutang yang dihapus", "income"),  # m0012: money received on written-off loans
    ("5-101", "Harga pokok / bahan baku", "expense"),
    ("5-102", "Selisih persediaan", "expense"),  # added with usaha kelompok (m0006): stock counts
    ("5-201", "Beban operasional", "expense"),
    ("5-202", "Alat tulis kantor (ATK)", "expense"),
    ("5-203", "Konsumsi rapat", "expense"),
    ("5-204", "Transport", "expense"),
    ("5-205", "Biaya administrasi bank", "expense"),
    ("5-206", "Beban penyusutan", "expense"),  # added with depreciation (m0013)
    ("5-301", "Beban penghapusan piutang", "expense"),  # added with loans (m0003): write-offs
    ("5-302", "Beban jasa pinjaman bank", "expense"),  # added with funds (m0008): interest on bank loans
    ("5-303", "Beban penyisihan piutang", "expense"),  # m0012: the allowance's yearly charge
]


def rows() -> list:
    return db.execute_sql("SELECT code, name, kind, is_active FROM accounts ORDER BY code").fetchall()


def test_seeded_chart_matches_domain(book):
    assert [(a.code, a.name, a.kind) for a in list_accounts()] == CHART
    assert all(a.is_active for a in list_accounts())
    assert rows() == [(*row, 1) for row in CHART]


def test_add_account_takes_postings(book):
    added = add_account(" 1-103 ", " Bank BRI Amuntai ", "asset")
    assert (added.code, added.name, added.kind, added.is_active) == ("1-103", "Bank BRI Amuntai", "asset", True)
    assert ("1-103", "Bank BRI Amuntai", "asset", 1) in rows()
    assert [a.code for a in list_accounts()][:3] == ["1-101", "1-102", "1-103"]  # in code order
    ledger.post_entry(date(2026, 8, 1), "Modal", [debit("1-101", 250_000), credit("3-201", 250_000)])
    ledger.post_entry(date(2026, 8, 1), "Setor ke BRI", [debit("1-103", 250_000), credit("1-101", 250_000)])
    assert ledger.account_balance("1-103") == 250_000
    assert {r.code for r in ledger.trial_balance()} == {"1-101", "1-103", "3-201"}


@pytest.mark.parametrize(
    "code, name, kind, expected",
    [
        ("1101", "Kas kecil", "asset", [("code", "account.bad_code")]),
        ("6-101", "Lain", "expense", [("code", "account.bad_code")]),
        ("1-10", "Kas kecil", "asset", [("code", "account.bad_code")]),
        ("", "Kas kecil", "asset", [("code", "account.bad_code")]),
        ("2-105", "Kas kecil", "asset", [("code", "account.code_kind_mismatch")]),
        ("1-101", "Kas lagi", "asset", [("code", "account.code_taken")]),
        ("1-105", "", "asset", [("name", "required")]),
        ("1-105", "  ", "asset", [("name", "required")]),
        ("1-105", "x" * 81, "asset", [("name", "text.too_long")]),
        ("1-105", "Kas kecil", "aset", [("kind", "account.bad_kind")]),
    ],
)
def test_add_account_refused_and_nothing_written(book, code, name, kind, expected):
    before = rows()
    with pytest.raises(Rejected) as info:
        add_account(code, name, kind)
    assert [(i.field, i.code) for i in info.value.issues] == expected
    assert rows() == before


def test_code_kind_mismatch_names_the_digit(book):
    with pytest.raises(Rejected) as info:
        add_account("2-105", "Kas kecil", "asset")
    assert info.value.issues[0].params == {"code": "2-105", "digit": "1"}


def test_set_active(book):
    ledger.post_entry(date(2026, 8, 1), "Awal", [debit("1-102", 1_000), credit("3-201", 1_000)])
    set_active("1-102", False)
    assert ("1-102", "Bank", "asset", 0) in rows()
    assert "1-102" not in [a.code for a in list_accounts(active_only=True)]
    assert "1-102" in [a.code for a in list_accounts()]
    with pytest.raises(Rejected) as info:
        ledger.post_entry(date(2026, 8, 2), "x", [debit("1-101", 5), credit("1-102", 5)])
    assert info.value.codes() == ["posting.inactive_account"]
    assert ledger.account_balance("1-102") == 1_000  # its history stays
    set_active("1-102", True)
    ledger.post_entry(date(2026, 8, 2), "x", [debit("1-101", 5), credit("1-102", 5)])
    assert ledger.account_balance("1-102") == 995


def test_set_active_unknown(book):
    before = rows()
    with pytest.raises(Rejected) as info:
        set_active("9-999", False)
    assert info.value.codes() == ["posting.unknown_account"]
    assert rows() == before
