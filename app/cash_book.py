"""Buku Kas Umum (PKK Buku Keuangan): every receipt and payment of cash (1-101) and bank (1-102).

    book = cash_book(date(2026, 8, 1), date(2026, 8, 31))

One row per entry and cash account it touches (a deposit of cash at the bank is a payment out
of Kas and a receipt into Bank: two rows), with the saldo awal before the period, a running
saldo of cash + bank, and for each month of the period its "Sisa Buku Kas Umum": sisa bank,
sisa kas tunai and their total at the month's end (or the period's end) — the ledger's own
balances of 1-102 and 1-101 on that day. A storno is a row of its own, as on paper.

The columns say what the PKK book means by them: "Nomor bukti" is the cash voucher's own
number (the kuitansi KW/… of money in, the bukti kas keluar BKK/… of money out; a dash when
there is none, never a journal number); "Sumber dana" of money in is who it came from and
"Dibayar kepada" of money out who received it (the voucher's member or party); a member's
Setoran of several parts keeps them, with their amounts, in the Uraian.

Read with plain SQL: the entries of the period by their date index with their postings and
receipt; the opening balances by the covering index postings_account_date. A district month
(8 500 entries) takes a few tens of milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from app.dates import checked
from app.db import db
from app.formatting import rupiah
from app.opening.draft import OPENING_ACCOUNT

CASH, BANK = "1-101", "1-102"
CASH_ACCOUNTS = (CASH, BANK)
NONE = "—"  # no voucher, or nobody to name
# The parts of a member's money in (or out) on several accounts at once (a Setoran: angsuran,
# jasa, wajib...) follow the Uraian with their amounts, in this order; other accounts by name.
PART_WORDS = {"1-201": "angsuran", "4-101": "jasa", "4-102": "denda", "3-101": "pokok", "3-102": "wajib",
              "2-101": "sukarela"}
PART_RANK = {code: rank for rank, code in enumerate(PART_WORDS)}
# The parts' amounts repeat (every wajib is Rp5.000): each is formatted once, not per row.
_part_rupiah = lru_cache(maxsize=4096)(rupiah)


@dataclass(frozen=True, slots=True)
class CashRow:
    number: int  # No, counted from 1 in each month
    entry_id: int
    entry_date: date
    account: str  # 1-101 (kas tunai) or 1-102 (bank)
    party: str  # sumber dana of money in, dibayar kepada of money out: see _party
    description: str  # the entry's, with its parts: "Setoran – 0013 Maulidah (angsuran Rp80.000, jasa Rp15.000)"
    voucher: str  # nomor bukti: its kuitansi (KW) or bukti kas keluar (BKK), else NONE
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
    # postings_entry), with its voucher and whom that names; the entries that touch no cash
    # account are passed over.
    cursor = db.execute_sql(
        "SELECT e.id, e.entry_date, e.description, e.reverses_id, e.reversed_by_id, r.number,"
        " COALESCE(rm.name, r.party_name), p.account_id, p.amount_rp, pm.name"
        " FROM journal_entries e JOIN postings p ON p.entry_id = e.id LEFT JOIN members pm ON pm.id = p.member_id"
        " LEFT JOIN receipts r ON r.entry_id = e.id LEFT JOIN members rm ON rm.id = r.member_id"
        " WHERE e.entry_date BETWEEN ? AND ? ORDER BY e.entry_date, e.id, p.id",
        (start.isoformat(), end.isoformat()))
    entries: list[tuple] = []  # (entry fields, {account_id: amount}, the names of its members)
    current_id, fields, amounts, names = None, None, None, set()
    for (entry_id, entry_date, description, reverses, reversed_by, voucher, named, account_id, amount,
         member) in cursor:
        if entry_id != current_id:
            if amounts is not None and not cash_ids.isdisjoint(amounts):
                entries.append((fields, amounts, names))
            current_id = entry_id
            fields = (entry_id, entry_date, description, reverses, reversed_by, voucher, named)
            amounts, names = {}, set()
        amounts[account_id] = amounts.get(account_id, 0) + amount
        if member is not None:
            names.add(member)
    if amounts is not None and not cash_ids.isdisjoint(amounts):
        entries.append((fields, amounts, names))

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
            (entry_id, entry_date, description, reverses, reversed_by, voucher, named), amounts, names = item
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
                rows.append(CashRow(
                    len(rows) + 1, entry_id, day, code, _party(amount > 0, others, named, names, accounts),
                    _described(description, amount, others, amounts, bool(names) and amount > 0, accounts),
                    voucher or NONE,
                    max(amount, 0), max(-amount, 0), balances[CASH] + balances[BANK], reverses is not None,
                    reversed_by is not None))
            item = next(pending, None)
        months.append(MonthClosing(first, last, month_opening, receipts, payments, balances[BANK], balances[CASH],
                                   tuple(rows)))
    return CashBook(start, end, opening[CASH], opening[BANK], tuple(months))


def _party(received: bool, others: list[int], named: str | None, members: set[str],
           accounts: dict[int, tuple[str, str]]) -> str:
    """Who the money came from (or went to): the group's other cash account for a move between
    Kas and Bank; else the member or party the voucher names; else the entry's one member; else,
    for money in, what it was (the counter-account's name: "Modal hibah"); else NONE."""
    code, name = accounts[others[0]] if others else ("", "")
    if code in CASH_ACCOUNTS:
        return name
    if named:
        return named
    if len(members) == 1:
        return next(iter(members))
    if code == OPENING_ACCOUNT:  # the old book's balance brought in: nobody paid it ("Selisih saldo awal" misled)
        return NONE
    return name if received and name else NONE


def _described(description: str, amount: int, others: list[int], amounts: dict[int, int], member_in: bool,
               accounts: dict[int, tuple[str, str]]) -> str:
    """The entry's description, with its parts and their amounts when there are several that make
    up the money (not a cash sale's cost of goods, which moves no money), or, on a member's money
    in, when the one part's word is not in it already: "Setoran – 0001 Fatimah (wajib Rp5.000)")."""
    if len(others) > 1 and sum(abs(amounts[other]) for other in others) == abs(amount):
        return f"{description} ({_parts(others, amounts, accounts)})"
    if member_in and others:
        word = PART_WORDS.get(accounts[others[0]][0])
        if word and word not in description.lower():
            return f"{description} ({_parts(others, amounts, accounts)})"
    return description


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


def _parts(others: list[int], amounts: dict[int, int], accounts: dict[int, tuple[str, str]]) -> str:
    """What an entry was made of, in words and rupiah: "angsuran Rp80.000, jasa Rp15.000"."""
    rest = len(PART_RANK)
    named = sorted(others, key=lambda other: PART_RANK.get(accounts[other][0], rest))
    return ", ".join(f"{PART_WORDS.get(code, name)} {_part_rupiah(abs(amounts[other]))}"
                     for other in named for code, name in (accounts[other],))


def _date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)
