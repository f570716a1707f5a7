"""Jejak Audit by keyboard: the records in her words, filtered by kind, user, dates and member;
exported to Excel (recorded as an export) and printed as the "Jejak audit" PDF."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import ledger, members, settings
from app.audit import log, verify
from app.audit.verify import Verification
from app.loans.products import ProductInput, add_product, update_product
from app.members import MemberInput
from pdf_support import pdf_text
from ui.areas import AREAS

AUDIT = [area.key for area in AREAS].index("audit")


@pytest.fixture
def trail(book):
    settings.update({"group_name": "UP2K As Syifa", "operator_name": "Rahmah"})
    product = add_product(ProductInput(name="Pinjaman biasa", rate=Decimal("0.015"), max_periods=12))
    update_product(product.id, ProductInput(name="Pinjaman biasa", rate=Decimal("0.02"), max_periods=12))
    siti = members.add_member(MemberInput(name="Siti Aminah", joined_on=date(2025, 1, 2))).id
    log.record("export", "Data pribadi anggota 0001", {"file": "/tmp/siti.xlsx"}, member_id=siti)
    settings.update({"operator_name": "Bu Ketua"})
    return siti


@pytest.fixture
def page(trail, window):
    window.go_to(AUDIT)
    return window.page("audit")


def shown(page) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def choose(qtbot, combo, text: str) -> None:
    """Pick an item by typing its first letters into the focused combo (as she would)."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    while combo.currentIndex() != index:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_records_in_her_words_newest_first(page):
    rows = shown(page)
    assert len(rows) == 6 and page.count.text() == "6 catatan ditampilkan"
    assert rows[0][1:4] == ["Rahmah", "Pengaturan diubah", "Pengaturan"]  # who typed the new name
    assert rows[0][4] == "Nama petugas: Rahmah \u2192 Bu Ketua"
    assert rows[0][0] == "17/08/2026 09.30"
    product_change = next(r for r in rows if r[4].startswith("diubah"))
    assert product_change[2:] == ["Jenis pinjaman", "Jenis pinjaman Pinjaman biasa", "diubah; Jasa: 0.015 \u2192 0.02"]


def test_filter_by_kind_user_member_and_dates(page, qtbot, trail):
    choose(qtbot, page.kind, "Jenis pinjaman")
    assert {r[2] for r in shown(page)} == {"Jenis pinjaman"} and len(shown(page)) == 2
    choose(qtbot, page.kind, "Selain transaksi")
    choose(qtbot, page.user, "Sekretaris")  # the operator's name until she gave hers
    assert [r[2] for r in shown(page)] == ["Pengaturan diubah"]
    choose(qtbot, page.user, "Semua")
    choose(qtbot, page.member, "0001 Siti Aminah")
    assert [r[3] for r in shown(page)] == ["Data pribadi anggota 0001", "Anggota 0001 Siti Aminah"]
    assert shown(page)[1][2] == "Data anggota" and "Nama: (kosong) \u2192 Siti Aminah" in shown(page)[1][4]
    choose(qtbot, page.member, "Semua")
    page.start.setFocus()
    QTest.keyClicks(page.start, "18/08/2026")
    QTest.keyClick(page.start, Qt.Key.Key_Tab)
    assert shown(page) == []
    page.start.clear()
    page.start.setFocus()
    QTest.keyClicks(page.start, "31/02/2026")
    QTest.keyClick(page.start, Qt.Key.Key_Tab)
    assert page.date_error.isVisibleTo(page) and "Februari" in page.date_error.text()
    page.start.clear()
    page.start.setFocus()
    QTest.keyClicks(page.start, "17/08/2026")
    QTest.keyClick(page.start, Qt.Key.Key_Tab)
    assert not page.date_error.isVisibleTo(page) and len(shown(page)) == 6


def test_journal_records_only_when_chosen(page, qtbot):
    ledger.post_entry(date(2026, 8, 17), "Hibah", [ledger.debit("1-101", 50_000), ledger.credit("3-201", 50_000)])
    page.refresh()
    assert "Transaksi dicatat" not in {r[2] for r in shown(page)}  # the Jurnal Umum lists them
    choose(qtbot, page.kind, "Transaksi dicatat")
    assert [r[2:4] for r in shown(page)] == [["Transaksi dicatat", "JU-1"]]


def test_export_writes_the_rows_shown_and_is_recorded(page, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "jejak.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    choose(qtbot, page.kind, "Jenis pinjaman")
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert target.exists()
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert ["Waktu", "Oleh", "Kejadian", "Tentang", "Rincian"] in values
    data = [row for row in values if row[2] == "Jenis pinjaman"]
    assert len(data) == 2 and isinstance(data[0][0], datetime)
    assert log.records(kind="export")[-1].detail == {"file": str(target), "rows": 2}
    assert log.records(kind="export")[-1].subject == "Jejak audit"


def test_print_carries_the_filters_and_the_verification(page, qtbot, monkeypatch, book):
    monkeypatch.setattr(verify, "verify", lambda: Verification(datetime(2026, 8, 17, 9, 30), 5, 0, ()))
    choose(qtbot, page.kind, "Jenis pinjaman")
    page.table.setFocus()
    QTest.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    QThreadPool.globalInstance().waitForDone(10_000)
    folder = book.parent / "dokumen"
    qtbot.waitUntil(lambda: folder.exists() and any(folder.glob("jejak-audit*.pdf")), timeout=10_000)
    (path,) = folder.glob("jejak-audit*.pdf")
    text = " ".join(pdf_text(path).split())
    assert "JEJAK AUDIT" in text and "Saringan: jenis Jenis pinjaman" in text
    assert "UTUH" in text
    assert "Pengaturan diubah" not in text


def test_audit_table_dropped_outside_lumbung_is_said(page):
    from app.db import db

    db.execute_sql("DROP TABLE audit_log")  # as with a SQLite tool
    page.refresh()
    assert shown(page) == []
    assert page.date_error.isVisibleTo(page) and "tidak bisa dibaca" in page.date_error.text()
