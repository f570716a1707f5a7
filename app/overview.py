"""The few figures the Beranda shows, each one cheap on a book with a million entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from app import ledger, members, settings
from app.models import JournalEntry

CASH_ACCOUNT = "1-101"
BANK_ACCOUNT = "1-102"


@dataclass(frozen=True)
class Overview:
    group_name: str
    active_members: int
    all_members: int
    cash_rp: int
    bank_rp: int
    last_entry_date: date | None


def last_entry_date() -> date | None:
    """Date of the latest journal entry: one step down the entry_date index."""
    return JournalEntry.select(fn.MAX(JournalEntry.entry_date)).scalar()


def overview() -> Overview:
    return Overview(
        group_name=settings.get("group_name"),
        active_members=members.count_members(active_only=True),
        all_members=members.count_members(active_only=False),
        cash_rp=ledger.account_balance(CASH_ACCOUNT),
        bank_rp=ledger.account_balance(BANK_ACCOUNT),
        last_entry_date=last_entry_date(),
    )
