"""The opening workbook meets the UI: the members table Lumbung exports reads back as the
Anggota sheet (same members), and every workbook issue is said with its sheet, row, column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView

from app.businesses import add_business, list_businesses
from app.db import close_book, open_book
from app.members import MemberInput, add_member, list_members
from app.opening.workbook import SheetIssue, read
from ui.member_table import MemberTableModel
from ui.messages import sheet_issue_text
from opening_support import realistic_opening
from ui.table_export import export_table


def test_the_members_lumbung_exported_read_back_as_the_same_members(book, template_book, qtbot, monkeypatch, tmp_path):
    telur = add_business("Telur Alabio").id
    for line in realistic_opening(members=12, loans=0).members:
        values = {name: getattr(line, name) for name in ("name", "nik", "sex", "birth_date", "phone", "desa", "joined_on")}
        add_member(MemberInput(**values, business_ids=[telur] if line.number % 2 else []))
    names = {b.id: b.name for b in list_businesses()}
    model = MemberTableModel()
    model.set_members(list_members(), names)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    target = tmp_path / "anggota.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    assert export_table(view, None, "anggota") == target

    members = list_members()
    close_book()  # read into a new book, as on the group's new PC
    shutil.copy(template_book, tmp_path / "baru.sqlite")
    open_book(tmp_path / "baru.sqlite")

    result = read(target)

    # only the opening date is wanted (a members list has none; the wizard's date page gives it)
    assert [(i.sheet, i.code) for i in result.issues] == [("Saldo awal", "required")]
    assert result.rows == {"Daftar anggota": len(members)}
    assert [(m.number, m.name, m.nik, m.sex, m.desa, m.phone, m.joined_on, m.businesses)
            for m in result.opening.members] == [
        (m.number, m.name, m.nik, m.sex, m.desa, m.phone, m.joined_on, ", ".join(names[i] for i in m.business_ids))
        for m in members]


@pytest.mark.parametrize("issue, said", [
    (SheetIssue("Anggota", 7, "NIK", "workbook.nik_as_number"), "Lembar Anggota, baris 7, kolom NIK: NIK tersimpan"),
    (SheetIssue("Anggota", None, "No. anggota", "workbook.column_missing", {"header": "No. anggota", "sheet": "Anggota"}),
     "Lembar Anggota: Kolom 'No. anggota' tidak ada di lembar Anggota."),
    (SheetIssue("Pinjaman", 4, "", "required"), "Lembar Pinjaman, baris 4: Wajib diisi."),
    (SheetIssue("Simpanan", 3, "Simpanan pokok (Rp)", "amount.ambiguous", {"text": "20,000"}),
     "Lembar Simpanan, baris 3, kolom Simpanan pokok (Rp): \"20,000\" bisa dibaca dua cara."),
    (SheetIssue("", None, "", "workbook.xls", {"path": str(Path("lama.xls"))}), "Berkas lama.xls berformat Excel lama (.xls)."),
])
def test_a_sheet_issue_is_said_with_its_place(issue, said):
    assert sheet_issue_text(issue).startswith(said)
