"""The "Jejak audit" PDF: the records as filtered, in her words, with the chain's verification
(clean, or each finding named) and its date, read back from the PDF."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app import settings
from app.audit import verify
from app.audit.verify import Finding, Verification
from app.documents.catalogue import Request, generate
from app.loans.products import ProductInput, add_product, update_product
from pdf_support import pdf_text

CHECKED = datetime(2026, 8, 17, 9, 30)


@pytest.fixture
def trail(book):
    settings.update({"group_name": "UP2K As Syifa", "ketua_name": "Hj. Rusmini", "operator_name": "Rahmah"})
    product = add_product(ProductInput(name="Pinjaman biasa", rate=Decimal("0.015"), max_periods=12))
    update_product(product.id, ProductInput(name="Pinjaman biasa", rate=Decimal("0.02"), max_periods=12))
    return product


def clean(monkeypatch, findings=()):
    monkeypatch.setattr(verify, "verify", lambda: Verification(CHECKED, 3, 120, tuple(findings)))


def test_clean_chain_said_with_its_date(trail, monkeypatch, tmp_path):
    clean(monkeypatch)
    path = generate(Request("audit_trail"), target=tmp_path / "jejak.pdf")
    text = " ".join(pdf_text(path).split())
    assert "JEJAK AUDIT" in text and "UP2K As Syifa" in text and "Semua catatan" in text
    assert "Pemeriksaan rantai 17 Agustus 2026 09.30: UTUH." in text
    assert "3 catatan audit dan 120 transaksi diperiksa" in text
    assert "Pengaturan diubah" in text and "Nama kelompok: UP2K PKK → UP2K As Syifa" in text
    assert "Jenis pinjaman Pinjaman biasa" in text and "Jasa: 0.015 → 0.02" in text
    assert "Rahmah" in text  # who (the operator's name while sign-in is off)


def test_findings_named_each(trail, monkeypatch, tmp_path):
    clean(monkeypatch, [Finding("JU-751", "audit.entry_changed", {"record": 12}),
                        Finding("catatan audit #2", "audit.record_deleted", {"records": "#1"})])
    path = generate(Request("audit_trail"), target=tmp_path / "jejak.pdf")
    text = " ".join(pdf_text(path).split())
    assert "DITEMUKAN 2 KEJANGGALAN" in text and "UTUH" not in text
    assert "JU-751: transaksi ini diubah di luar Lumbung (jumlah atau baris posting tidak cocok dengan catatan" \
           " audit #12)" in text
    assert "catatan audit #2: catatan audit sebelumnya (#1) dihapus di luar Lumbung" in text


def test_filters_printed_and_applied(trail, monkeypatch, tmp_path):
    clean(monkeypatch)
    path = generate(Request("audit_trail", audit_kind="product", start=date(2026, 8, 1), end=date(2026, 8, 17)),
                    target=tmp_path / "jejak.pdf")
    text = " ".join(pdf_text(path).split())
    assert "Saringan: jenis Jenis pinjaman, dari 01/08/2026, sampai 17/08/2026" in text
    assert "Pengaturan diubah" not in text and "2 catatan." in text


def test_english(trail, monkeypatch, tmp_path):
    clean(monkeypatch)
    text = " ".join(pdf_text(generate(Request("audit_trail", lang="en"), target=tmp_path / "a.pdf")).split())
    assert "AUDIT TRAIL" in text and "INTACT" in text and "Interest: 0.015 → 0.02" in text


def test_nothing_recorded(book, monkeypatch, tmp_path):
    clean(monkeypatch)
    text = pdf_text(generate(Request("audit_trail", audit_user="Siapa"), target=tmp_path / "a.pdf"))
    assert "Tidak ada catatan audit dengan saringan ini." in " ".join(text.split())


def test_the_chains_anchor_printed_for_the_minutes(trail, monkeypatch, tmp_path):
    monkeypatch.setattr(verify, "verify", lambda: Verification(CHECKED, 3, 120, (), "#3-0123456789abcdef"))
    text = " ".join(pdf_text(generate(Request("audit_trail"), target=tmp_path / "jejak.pdf")).split())
    assert "Sidik rantai: #3-0123456789abcdef. Catat sidik ini di berita acara pemeriksaan" in text
