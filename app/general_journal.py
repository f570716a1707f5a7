"""Jurnal Umum: every entry of a period in the order it happened (date, then entry number),
each with its lines (account, debit, credit). A storno names the entry it reverses and the
entry it reverses names its storno, so the pair is read together wherever each falls.

One query reads the entries of the period with their postings. Every entry balances, so the
journal's debit total equals its credit total.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.dates import checked
from app.db import db


@dataclass(frozen=True)
class JournalLine:
    code: str
    name: str
    debit_rp: int
    credit_rp: int
    memo: str


@dataclass(frozen=True)
class JournalEntry:
    id: int
    entry_date: date
    description: str
    voucher: str  # its kuitansi or bukti kas keluar number, else the reference it was given, else ""
    reverses: tuple[int, date] | None  # the entry this storno reverses (id, date)
    reversed_by: tuple[int, date] | None  # the storno of this entry, if any (dated after the period too)
    lines: tuple[JournalLine, ...]

    @property
    def debit_rp(self) -> int:
        return sum(line.debit_rp for line in self.lines)

    @property
    def credit_rp(self) -> int:
        return sum(line.credit_rp for line in self.lines)


@dataclass(frozen=True)
class Journal:
    start: date
    end: date
    entries: tuple[JournalEntry, ...]

    @property
    def debit_rp(self) -> int:
        return sum(entry.debit_rp for entry in self.entries)

    @property
    def credit_rp(self) -> int:
        return sum(entry.credit_rp for entry in self.entries)


@checked
def journal(start: date, end: date) -> Journal:
    """The entries dated in [start, end], each with its lines: debits first, then credits (as a
    journal is written), each side in the order it was posted."""
    rows = db.execute_sql(
        "SELECT e.id, e.entry_date, e.description,"
        " coalesce((SELECT number FROM receipts WHERE entry_id = e.id), e.reference, ''),"
        " e.reverses_id, r.entry_date, e.reversed_by_id, s.entry_date,"
        " a.code, a.name, p.amount_rp, p.memo"
        " FROM journal_entries e JOIN postings p ON p.entry_id = e.id JOIN accounts a ON a.id = p.account_id"
        " LEFT JOIN journal_entries r ON r.id = e.reverses_id LEFT JOIN journal_entries s ON s.id = e.reversed_by_id"
        " WHERE e.entry_date BETWEEN ? AND ? ORDER BY e.entry_date, e.id, p.amount_rp < 0, p.id",
        (start.isoformat(), end.isoformat()))
    entries: list[JournalEntry] = []
    head, lines = None, []
    for entry_id, on, description, voucher, reverses, reverses_on, storno, storno_on, code, name, amount, memo in rows:
        if head is None or head[0] != entry_id:
            if head is not None:
                entries.append(JournalEntry(*head, tuple(lines)))
            head = (entry_id, _day(on), description, voucher, _link(reverses, reverses_on), _link(storno, storno_on))
            lines = []
        lines.append(JournalLine(code, name, max(amount, 0), max(-amount, 0), memo))
    if head is not None:
        entries.append(JournalEntry(*head, tuple(lines)))
    return Journal(start, end, tuple(entries))


def _day(value) -> date:
    return date.fromisoformat(str(value))


def _link(entry_id: int | None, on) -> tuple[int, date] | None:
    return (entry_id, _day(on)) if entry_id is not None else None
