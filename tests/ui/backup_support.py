"""Helpers for the backup and restore screens: a book with figures, and answering modal dialogs."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import ledger, members, settings
from app.members import MemberInput


def add(name: str, **values) -> members.MemberRow:
    values.setdefault("joined_on", date(2025, 1, 6))
    return members.add_member(MemberInput(name=name, **values))


def fill_book() -> None:
    """Three members (one left), cash and bank balances, a group name."""
    settings.update({"group_name": "UP2K PKK As Syifa"})
    add("Siti Aminah", desa="Pandulangan")
    add("Hj. Masitah", desa="Alabio")
    gone = add("Rusmilawati", desa="Teluk Sinar")
    members.mark_left(gone.id, date(2026, 3, 2))
    ledger.post_entry(date(2026, 8, 3), "Hibah CSR", [
        ledger.debit("1-101", 1_500_000), ledger.debit("1-102", 2_000_000), ledger.credit("3-201", 3_500_000),
    ])


def when_modal(kind, act, timeout_s: float = 10.0) -> dict:
    """Once a modal dialog of `kind` shows, call act(dialog); act must close it. Returns a dict
    that holds "error" if act failed (the dialog is then closed, so no test waits for ever)."""
    outcome: dict = {}
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            try:
                act(widget)
            except Exception as exc:  # reported by the test after exec() returns
                outcome["error"] = exc
                widget.close()
            outcome["seen"] = True
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return outcome


def answered(outcome: dict) -> None:
    if "error" in outcome:
        raise outcome["error"]
    assert outcome.get("seen"), "the dialog never showed"
