"""Receipts (kuitansi): one gapless number per year for each Setoran entry.

`issue` runs inside the caller's transaction, after its entry is posted: the counter row and
the receipt commit with the entry or not at all, so a refused payment consumes no number.
What the receipt says it was for is read back from the entry's postings, never stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import clock, ledger, members, settings
from app.db import db
from app.errors import Rejected
from app.models import Receipt

# What each credited account is on a receipt; loan lines add the loan number (their memo).
PURPOSES = {
    "4-102": "Denda",
    "4-101": "Jasa",
    "1-201": "Angsuran pokok",
    "3-102": "Simpanan wajib",
    "2-101": "Simpanan sukarela",
}


@dataclass(frozen=True)
class ReceiptLine:
    purpose: str  # "Angsuran pokok PJ/2026/0001", "Simpanan wajib"
    amount_rp: int


@dataclass(frozen=True)
class ReceiptRow:
    number: str
    entry_id: int
    entry_date: date
    member_id: int
    member_number: str
    member_name: str
    amount_rp: int
    issued_at: str
    issued_by: str
    print_count: int
    lines: tuple[ReceiptLine, ...]


def issue(entry_id: int, member_id: int, amount_rp: int, issued_by: str | None = None) -> str:
    """Number a receipt for a posted entry (call inside the transaction that posted it);
    returns the number. The year is the entry's, not today's. Plain SQL: a collection sheet
    issues 200 in one save, and peewee's query building would cost more than SQLite's work.
    `issued_by`: the operator's name when the caller has read it already (default: the setting)."""
    with db.atomic():
        (year,) = db.execute_sql("SELECT substr(entry_date, 1, 4) FROM journal_entries WHERE id = ?",
                                 (entry_id,)).fetchone()
        (last,) = db.execute_sql(
            "INSERT INTO sequences (name, last_value) VALUES (?, 1)"
            " ON CONFLICT (name) DO UPDATE SET last_value = last_value + 1 RETURNING last_value",
            (f"receipt_{year}",),
        ).fetchone()
        number = f"KW/{year}/{last:06d}"
        db.execute_sql(
            "INSERT INTO receipts (number, entry_id, member_id, amount_rp, issued_at, issued_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (number, entry_id, member_id, amount_rp, clock.now().isoformat(sep=" "),
             settings.operator_name() if issued_by is None else issued_by),
        )
    return number


def _lines(entry: ledger.Entry) -> tuple[ReceiptLine, ...]:
    """The entry's credits in posting order (Setoran posts each loan's denda, jasa and pokok,
    oldest loan first, then wajib and sukarela); loan lines carry the loan number."""
    return tuple(
        ReceiptLine(" ".join(filter(None, (PURPOSES[line.account], line.memo))), -line.amount_rp)
        for line in entry.lines
        if line.account in PURPOSES and line.amount_rp < 0
    )


def get(number: str) -> ReceiptRow:
    receipt = Receipt.get_or_none(Receipt.number == number)
    if receipt is None:
        raise Rejected.one("receipt", "receipt.not_found", number=number)
    entry = ledger.get_entry(receipt.entry_id)
    member = members.get_member(receipt.member_id)
    return ReceiptRow(
        receipt.number, entry.id, entry.entry_date, member.id, members.format_number(member.number), member.name,
        receipt.amount_rp, str(receipt.issued_at), receipt.issued_by, receipt.print_count, _lines(entry),
    )


def for_entry(entry_id: int) -> str | None:
    """The number of the receipt issued for an entry, if any."""
    receipt = Receipt.get_or_none(Receipt.entry == entry_id)
    return receipt.number if receipt is not None else None


def mark_printed(number: str) -> int:
    """Count one more print; returns how many times it had been printed before (0: original)."""
    with db.atomic():
        before = get(number).print_count
        Receipt.update(print_count=Receipt.print_count + 1).where(Receipt.number == number).execute()
    return before
