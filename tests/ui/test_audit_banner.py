"""The check after start includes the audit chain (app.audit.verify): what was changed in the
file outside Lumbung is said at once, and the banner keeps it in sight, naming where."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from app import ledger, members
from app.db import db
from app.members import MemberInput
from ui.main import open_and_show


def problems_box(window) -> QMessageBox | None:
    return window.findChild(QMessageBox, "bookProblems")


def test_a_nik_changed_behind_lumbungs_back_is_named_in_the_box_and_the_banner(book, qtbot):
    members.add_member(MemberInput(name="Satu", joined_on=date(2026, 1, 5)))
    siti = members.add_member(MemberInput(name="Siti Aminah", joined_on=date(2026, 1, 5)))
    db.execute_sql("UPDATE members SET nik = '3308015505800099' WHERE id = ?", (siti.id,))  # no trigger guards it
    window = open_and_show(book)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: problems_box(window) is not None and problems_box(window).isVisible())
    said = "anggota 0002: data anggota ini diubah di luar Lumbung"
    assert said in problems_box(window).text()
    problems_box(window).close()
    assert window.banner.isVisible()
    assert window.banner.text.text().startswith(f"Buku ini bermasalah: {said}")


def test_many_findings_are_counted_after_the_first_few(book, qtbot):
    ledger.post_entry(date(2026, 8, 3), "Hibah CSR", [ledger.debit("1-101", 5_000), ledger.credit("3-201", 5_000)])
    db.execute_sql("DROP TRIGGER audit_log_no_delete")
    for n in range(8):
        members.add_member(MemberInput(name=f"Anggota {n}", joined_on=date(2026, 1, 5)))
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql("DELETE FROM audit_log WHERE kind = 'member'")
    window = open_and_show(book)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.banner.isVisible())
    text = window.banner.text.text()
    assert "anggota 0001: anggota ini ditambahkan di luar Lumbung" in text
    assert "Dan 4 temuan jejak audit lainnya" in text  # 8 members + the dropped guard: 5 named, 4 counted
