"""Receipts (kuitansi): one gapless number per year for each entry that moves money in or out.

`issue` runs inside the caller's transaction, after its entry is posted: the counter row and
the receipt commit with the entry or not at all, so a refused payment consumes no number.
What the receipt says it was for, and which way the money went, are read back from the entry's
postings, never stored twice:

- money IN (Setoran, a fee paid, a walk-in sale): cash or bank (1-1xx) debited; the lines are
  the entry's credits ("Angsuran pokok PJ/2026/0001", "Simpanan wajib"); the group's
  treasurer signs as the one who received it;
- money OUT (a withdrawal, a loan paid out, a leaving member's pay-out): cash or bank
  credited; the lines are the entry's debits ("Penarikan simpanan sukarela", "Pencairan
  pinjaman PJ/2026/0001") less what was kept back (a fee deducted, her loans paid off from her
  savings), and the member (or party) who received the cash signs.

A receipt names a member, or a party who is none (a walk-in buyer: `party_name`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import clock, ledger, members, settings
from app.db import db
from app.errors import Rejected
from app.models import JournalEntry, Receipt

IN, OUT = "in", "out"
PARTY_LIMIT = 200

# What a posting is on a receipt, (Indonesian, English); loan lines add the loan number (memo).
# Money in: the credits.
PURPOSES_IN = {
    "4-102": ("Denda", "Penalty"),
    "4-101": ("Jasa", "Interest"),
    "1-201": ("Angsuran pokok", "Principal instalment"),
    "3-101": ("Simpanan pokok", "Principal savings"),
    "3-102": ("Simpanan wajib", "Compulsory savings"),
    "2-101": ("Simpanan sukarela", "Voluntary savings"),
    "4-103": ("Provisi / administrasi", "Loan fee"),
    "4-201": ("Penjualan", "Sales"),
    "1-202": ("Pelunasan piutang penjualan", "Payment of a credit sale"),
}
# Money out: the debits.
PURPOSES_OUT = {
    "2-101": ("Penarikan simpanan sukarela", "Withdrawal of voluntary savings"),
    "1-201": ("Pencairan pinjaman", "Loan paid out"),
    "3-101": ("Pengembalian simpanan pokok", "Principal savings returned"),
    "3-102": ("Pengembalian simpanan wajib", "Compulsory savings returned"),
    "2-301": ("Pembayaran SHU", "Surplus share paid"),
}
# A leaving member's savings all come back in one entry: her sukarela is returned, not withdrawn.
RETURNED_SUKARELA = ("Pengembalian simpanan sukarela", "Voluntary savings returned")
# A storno's own kuitansi: each line of the one it cancels, "Pembatalan: Simpanan wajib".
CANCELLATION = ("Pembatalan", "Cancellation")
# Kept back from money paid out (credits of an OUT entry): "Dipotong: Provisi PJ/2026/0001".
DEDUCTED = ("Dipotong", "Less")


def is_cash(account: str) -> bool:
    """Kas, Bank and any 1-1xx account the group added: where money comes and goes."""
    return account.startswith("1-1")


@dataclass(frozen=True)
class ReceiptLine:
    purpose: str  # "Angsuran pokok PJ/2026/0001", "Dipotong: Provisi PJ/2026/0001"
    amount_rp: int  # negative: kept back from money paid out
    purpose_en: str = ""  # the same in English, for an English print

    def text(self, lang: str = "id") -> str:
        return self.purpose_en if lang == "en" and self.purpose_en else self.purpose


@dataclass(frozen=True)
class ReceiptRow:
    number: str
    entry_id: int
    entry_date: date
    member_id: int | None
    member_number: str  # "" for a party who is no member
    member_name: str  # her name, or the party's
    amount_rp: int
    issued_at: str
    issued_by: str
    print_count: int
    lines: tuple[ReceiptLine, ...]
    party_name: str = ""
    direction: str = IN  # IN: the group received the money; OUT: the group paid it
    cancelled_by: str = ""  # the storno's kuitansi (or "" if it has none) once the entry is reversed
    cancelled_on: date | None = None  # the storno's date: the receipt reads BATAL from then on
    cancels: str = ""  # on a storno's own kuitansi: the number of the one it cancels

    @property
    def cancelled(self) -> bool:
        return self.cancelled_on is not None

    @property
    def is_member(self) -> bool:
        return self.member_id is not None


def issue(entry_id: int, member_id: int | None = None, amount_rp: int | None = None,
          issued_by: str | None = None, party_name: str = "") -> str:
    """Number a receipt for a posted entry (call inside the transaction that posted it);
    returns the number. The year is the entry's, not today's. `amount_rp` defaults to the
    cash the entry moved. Plain SQL: a collection sheet issues 200 in one save, and peewee's
    query building would cost more than SQLite's work. `issued_by`: the operator's name when
    the caller has read it already (default: the setting). Refuses (writing nothing) a receipt
    that names neither a member nor a party, or a party name above 200 letters."""
    party_name = (party_name or "").strip()
    if member_id is None and not party_name:
        raise Rejected.one("party_name", "required")
    if len(party_name) > PARTY_LIMIT:
        raise Rejected.one("party_name", "text.too_long", limit=PARTY_LIMIT)
    with db.atomic():
        (year,) = db.execute_sql("SELECT substr(entry_date, 1, 4) FROM journal_entries WHERE id = ?",
                                 (entry_id,)).fetchone()
        if amount_rp is None:
            amount_rp = _amount(ledger.get_entry(entry_id))
        (last,) = db.execute_sql(
            "INSERT INTO sequences (name, last_value) VALUES (?, 1)"
            " ON CONFLICT (name) DO UPDATE SET last_value = last_value + 1 RETURNING last_value",
            (f"receipt_{year}",),
        ).fetchone()
        number = f"KW/{year}/{last:06d}"
        db.execute_sql(
            "INSERT INTO receipts (number, entry_id, member_id, party_name, amount_rp, issued_at, issued_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (number, entry_id, member_id, party_name, amount_rp, clock.now().isoformat(sep=" "),
             settings.operator_name() if issued_by is None else issued_by),
        )
    return number


def direction(entry: ledger.Entry) -> str:
    """OUT when the entry's cash and bank postings together are a credit (money paid)."""
    return OUT if sum(line.amount_rp for line in entry.lines if is_cash(line.account)) < 0 else IN


def _amount(entry: ledger.Entry) -> int:
    cash = abs(sum(line.amount_rp for line in entry.lines if is_cash(line.account)))
    return cash or sum(line.amount_rp for line in _lines(entry, IN))


def _purpose(words: tuple[str, str], memo: str) -> tuple[str, str]:
    if not memo:
        return words
    if memo.startswith("PJ/"):  # a loan's lines carry its number
        return f"{words[0]} {memo}", f"{words[1]} {memo}"
    return f"{words[0]} ({memo})", f"{words[1]} ({memo})"


def _lines(entry: ledger.Entry, way: str) -> tuple[ReceiptLine, ...]:
    """Money in: the entry's credits in posting order (Setoran posts each loan's denda, jasa and
    pokok, oldest loan first, then wajib and sukarela). Money out: its debits, then what was
    kept back (its other credits) as negative lines, so that the lines add up to the cash."""
    moved = any(is_cash(line.account) for line in entry.lines)
    sign = -1 if way == IN else 1  # IN lists credits (negative postings) as positive amounts
    table = PURPOSES_IN if way == IN else PURPOSES_OUT
    if way == OUT and any(line.account in ("3-101", "3-102") and line.amount_rp > 0 for line in entry.lines):
        table = {**table, "2-101": RETURNED_SUKARELA}
    lines = []
    for line in entry.lines:
        amount = sign * line.amount_rp
        if amount > 0 and line.account in table:
            words, words_en = _purpose(table[line.account], line.memo)
            lines.append(ReceiptLine(words, amount, words_en))
    if way == OUT and moved:
        for line in entry.lines:
            if line.amount_rp < 0 and not is_cash(line.account) and line.account in PURPOSES_IN:
                words, words_en = _purpose(PURPOSES_IN[line.account], line.memo)
                lines.append(ReceiptLine(f"{DEDUCTED[0]}: {words}", line.amount_rp, f"{DEDUCTED[1]}: {words_en}"))
    return tuple(lines)


def get(number: str) -> ReceiptRow:
    receipt = Receipt.get_or_none(Receipt.number == number)
    if receipt is None:
        raise Rejected.one("receipt", "receipt.not_found", number=number)
    entry = ledger.get_entry(receipt.entry_id)
    way = direction(entry)
    if receipt.member_id is not None:
        member = members.get_member(receipt.member_id)
        member_number, name = members.format_number(member.number), member.name
    else:
        member_number, name = "", receipt.party_name
    lines, cancels = _lines(entry, way), ""
    if entry.reverses_id is not None:  # a storno's own kuitansi: what it cancels, line by line
        original = ledger.get_entry(entry.reverses_id)
        cancels = for_entry(original.id) or ""
        lines = tuple(ReceiptLine(f"{CANCELLATION[0]}: {line.purpose}", line.amount_rp,
                                  f"{CANCELLATION[1]}: {line.purpose_en or line.purpose}")
                      for line in _lines(original, direction(original)))
    cancelled_by, cancelled_on = "", None
    if entry.reversed_by_id is not None:
        storno = JournalEntry.get_by_id(entry.reversed_by_id)
        cancelled_by, cancelled_on = for_entry(storno.id) or "", storno.entry_date
    return ReceiptRow(
        receipt.number, entry.id, entry.entry_date, receipt.member_id, member_number, name,
        receipt.amount_rp, str(receipt.issued_at), receipt.issued_by, receipt.print_count, lines,
        receipt.party_name, way, cancelled_by, cancelled_on, cancels,
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

