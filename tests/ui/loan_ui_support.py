"""Helpers for the Pinjaman tests (not a test module): a product, members, counts of every row
the loan services write, and answering the confirmation a dialog asks before money moves."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import members
from app.db import db
from app.loans.products import ProductInput, add_product
from app.members import MemberInput

TABLES = ("journal_entries", "postings", "loans", "loan_instalments", "loan_allocations", "loan_products")
FLAT = ProductInput(name="Modal usaha", rate=Decimal("0.01"), max_periods=24, max_principal_rp=10_000_000)


def member(name: str = "Siti Aminah", joined_on: date = date(2025, 1, 6)) -> int:
    return members.add_member(MemberInput(name=name, sex="P", joined_on=joined_on)).id


def product(data: ProductInput = FLAT) -> int:
    return add_product(data).id


def counts() -> dict[str, int]:
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def answer_confirm(qtbot, yes: bool = True) -> list[str]:
    """Click Cairkan / Hapus buku (or Batal) on the confirmation once it appears; returns its
    text in a list that fills when it was seen."""
    seen: list[str] = []
    tries = [0]

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "confirm":
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, look)
            return
        seen.append(box.text())
        role = QMessageBox.ButtonRole.AcceptRole if yes else QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, look)
    return seen


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    edit.clear()
    qtbot.keyClicks(edit, text)


def error(dialog, field: str) -> str:
    label = dialog.errors.label(field)
    return label.text() if not label.isHidden() else ""


def with_dialog(qtbot, act, press) -> None:
    """Open a dialog by pressing a key (or calling the page) and let `act(dialog)` work in it."""
    seen, tries = [], [0]

    def inside():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, inside)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, inside)
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
