"""Buku Kas Umum (PKK Buku Keuangan): every receipt and payment of cash (1-101) and bank (1-102).

    book = cash_book(date(2026, 8, 1), date(2026, 8, 31))

One row per entry and cash account it touches (a deposit of cash at the bank is a payment out
of Kas and a receipt into Bank: two rows), with the saldo awal before the period, a running
saldo of cash + bank, and for each month of the period its "Sisa Buku Kas Umum": sisa bank,
sisa kas tunai and their total at the month's end (or the period's end) — the ledger's own
balances of 1-102 and 1-101 on that day. A storno is a row of its own, as on paper.

Read with plain SQL: the entries of the period by their date index with their postings and
receipt; the opening balances by the covering index postings_account_date. A district month
(8 500 entries) takes a few tens of milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.dates import checked
from app.db import db

CASH, BANK = "1-101", "1-102"
CASH_ACCOUNTS = (CASH, BANK)
# Sumber dana is the counter-account's name; the loan account reads better by what happened.
LOAN = "1-201"
LOAN_SOURCES = {True: "Angsuran pinjaman", False: "Pencairan pinjaman"}  # receipt: True
# A member's money in (or out) on several accounts at once (a Setoran: angsuran, jasa, wajib...)
# is one line of the PKK book by what it is; its parts follow the Uraian, in this order.
MEMBER_SOURCES = {True: "Setoran anggota", False: "Pembayaran ke anggota"}  # receipt: True
PART_WORDS = {"1-201": "angsuran", "4-101": "jasa", "4-102": "denda", "3-101": "pokok", "3-102": "wajib",
              "2-101": "sukarela"}
LOAN_PARTS = frozenset({"1-201", "4-101", "4-102"})  # an instalment alone is still "Angsuran pinjaman"
PART_RANK = {code: rank for rank, code in enumerate(PART_WORDS)}


@dataclass(frozen=True, slots=True)
class CashRow:
    number: int  # No, counted from 1 in each month
    entry_id: int
    entry_date: date
    account: str  # 1-101 (kas tunai) or 1-102 (bank)
    source: str  # sumber dana: the counter-account's name (a member's mixed Setoran: MEMBER_SOURCES)
    source_account: str  # its code, the largest one's where several ("" when the entry has no other)
    description: str  # the entry's, with the parts of a mixed entry: "Setoran – 0013 Maulidah (angsuran, jasa)"
    voucher: str  # nomor bukti kas: its KW or BKK number, else the entry's reference, else "—"
    receipt_rp: int  # penerimaan
    payment_rp: int  # pengeluaran
    balance_rp: int  # saldo kas + bank after this row
    is_reversal: bool
    reversed: bool


@dataclass(frozen=True)
class MonthClosing:
    """A month of the period: its receipts and payments and its Sisa Buku Kas Umum."""

    start: date  # the month's first day inside the period
    end: date  # its last day inside the period: the day of the closing
    opening_rp: int
    receipts_rp: int
    payments_rp: int
    bank_rp: int  # sisa bank
    cash_rp: int  # sisa kas tunai
    rows: tuple[CashRow, ...]

    @property
    def total_rp(self) -> int:
        return self.bank_rp + self.cash_rp


@dataclass(frozen=True)
class CashBook:
    start: date
    end: date
    opening_cash_rp: int  # saldo awal: balances at start - 1
    opening_bank_rp: int
    months: tuple[MonthClosing, ...]

    @property
    def opening_rp(self) -> int:
        return self.opening_cash_rp + self.opening_bank_rp

    @property
    def rows(self) -> tuple[CashRow, ...]:
        return tuple(row for month in self.months for row in month.rows)

    @property
    def receipts_rp(self) -> int:
        return sum(m.receipts_rp for m in self.months)

    @property
    def payments_rp(self) -> int:
        return sum(m.payments_rp for m in self.months)

    @property
    def closing(self) -> MonthClosing:
        return self.months[-1]


@checked
def month_ranges(start: date, end: date) -> list[tuple[date, date]]:
    """The calendar months of [start, end], each cut to the period."""
    ranges = []
    first = start
    while first <= end:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last = min(following - timedelta(days=1), end)
        ranges.append((first, last))
        first = following
    return ranges


def _account_ids() -> dict[int, tuple[str, str]]:
    """Every account: id -> (code, name)."""
    return {account_id: (code, name) for account_id, code, name in
            db.execute_sql("SELECT id, code, name FROM accounts")}


def _balance_before(account_id: int | None, day: date) -> int:
    if account_id is None:
        return 0
    (total,) = db.execute_sql("SELECT SUM(amount_rp) FROM postings WHERE account_id = ? AND entry_date < ?",
                              (account_id, day.isoformat())).fetchone()
    return total or 0


@checked
def cash_book(start: date, end: date) -> CashBook:
    """The Buku Kas Umum of [start, end] (both days included)."""
    if start > end:
        raise ValueError("start after end")
    accounts = _account_ids()
    ids = {code: account_id for account_id, (code, _) in accounts.items()}
    cash_ids = {ids.get(CASH), ids.get(BANK)} - {None}
    opening = {code: _balance_before(ids.get(code), start) for code in CASH_ACCOUNTS}

    # Every posting of every entry in the period, entry by entry (journal_entries_date, then
    # postings_entry); the entries that touch no cash account are passed over.
    cursor = db.execute_sql(
        "SELECT e.id, e.entry_date, e.description, e.reference, e.reverses_id, e.reversed_by_id,"
        " (SELECT r.number FROM receipts r WHERE r.entry_id = e.id), p.account_id, p.amount_rp, p.member_id"
        " FROM journal_entries e JOIN postings p ON p.entry_id = e.id"
        " WHERE e.entry_date BETWEEN ? AND ? ORDER BY e.entry_date, e.id, p.id",
        (start.isoformat(), end.isoformat()))
    entries: list[tuple] = []  # (entry fields, {account_id: amount}, a member's entry)
    current_id, fields, amounts, member = None, None, None, False
    for (entry_id, entry_date, description, reference, reverses, reversed_by, receipt, account_id, amount,
         member_id) in cursor:
        if entry_id != current_id:
            if amounts is not None and not cash_ids.isdisjoint(amounts):
                entries.append((fields, amounts, member))
            current_id = entry_id
            fields = (entry_id, entry_date, description, reference, reverses, reversed_by, receipt)
            amounts, member = {}, False
        amounts[account_id] = amounts.get(account_id, 0) + amount
        if member_id is not None:
            member = True
    if amounts is not None and not cash_ids.isdisjoint(amounts):
        entries.append((fields, amounts, member))

    balances = dict(opening)
    cash_order = [(ids[code], code) for code in CASH_ACCOUNTS if code in ids]
    days: dict[str, date] = {}
    months = []
    pending = iter(entries)
    item = next(pending, None)
    for first, last in month_ranges(start, end):
        month_opening = balances[CASH] + balances[BANK]
        rows: list[CashRow] = []
        receipts = payments = 0
        last_text = last.isoformat()
        while item is not None and str(item[0][1]) <= last_text:
            (entry_id, entry_date, description, reference, reverses, reversed_by, receipt), amounts, member = item
            day = days.get(entry_date) or days.setdefault(entry_date, _date(entry_date))
            for account_id, code in cash_order:
                amount = amounts.get(account_id)
                if not amount:
                    continue  # not touched, or money moved in and out of the same account
                balances[code] += amount
                if amount > 0:
                    receipts += amount
                else:
                    payments -= amount
                others = _counter_accounts(account_id, amount, amounts)
                source_id = others[0] if others else None
                source_code, source = accounts[source_id] if source_id is not None else ("", "")
                mixed = len(others) > 1
                text = f"{description} ({_parts(others, accounts)})" if mixed else description
                if source_code == LOAN and (not mixed or all(accounts[o][0] in LOAN_PARTS for o in others)):
                    source = LOAN_SOURCES[amount > 0]  # the loan's own money: pokok, jasa, denda
                elif mixed and member:  # a storno of a Setoran is still about a Setoran
                    source = MEMBER_SOURCES[(amount > 0) is (reverses is None)]
                rows.append(CashRow(
                    len(rows) + 1, entry_id, day, code, source, source_code, text,
                    receipt or reference or "—", max(amount, 0), max(-amount, 0),
                    balances[CASH] + balances[BANK], reverses is not None, reversed_by is not None))
            item = next(pending, None)
        months.append(MonthClosing(first, last, month_opening, receipts, payments, balances[BANK], balances[CASH],
                                   tuple(rows)))
    return CashBook(start, end, opening[CASH], opening[BANK], tuple(months))


def _counter_accounts(account_id: int, amount: int, amounts: dict[int, int]) -> list[int]:
    """The accounts on the other side (the credits of a receipt, the debits of a payment), the
    one carrying the most first (ties: the first posted)."""
    sign = -1 if amount > 0 else 1
    if len(amounts) == 2:  # most entries: one account on each side
        for other, other_amount in amounts.items():
            if other != account_id:
                return [other] if other_amount * sign > 0 else []
    others = [other for other, other_amount in amounts.items() if other != account_id and other_amount * sign > 0]
    if len(others) > 1:
        others.sort(key=lambda other: -abs(amounts[other]))  # stable: ties keep their order
    return others


def _parts(others: list[int], accounts: dict[int, tuple[str, str]]) -> str:
    """What a mixed entry was made of, in words: "angsuran, jasa, wajib"."""
    rest = len(PART_RANK)
    named = sorted((accounts[other] for other in others), key=lambda account: PART_RANK.get(account[0], rest))
    return ", ".join(PART_WORDS.get(code, name) for code, name in named)


def _date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)
