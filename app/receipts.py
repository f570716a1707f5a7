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

A receipt names a member, or a party who is none (a walk-in buyer: `party_name`). A receipt
for money paid on a loan also says the loan's sisa pinjaman after that payment.

Finding one again: `find("490")` is KW/<this year>/000490 (the full number works too);
`search(member_id, start, end)` lists receipts by member and date, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import clock, ledger, members, settings, text_rules
from app.access import roles
from app.dates import checked
from app.db import atomic_once, db
from app.errors import Issue, Rejected
from app.ledger import is_cash
from app.models import JournalEntry, Receipt

IN, OUT = "in", "out"
PARTY_LIMIT = text_rules.TEXT

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
    "3-201": ("Hibah modal", "Capital grant"),
    "2-302": ("Dana insentif PAUD", "PAUD incentive fund"),
    "2-303": ("Dana sosial", "Social fund"),
    "4-304": ("Pemulihan piutang dihapus", "Recovery of a written-off loan"),
}
# Money out: the debits.
PURPOSES_OUT = {
    "2-101": ("Penarikan simpanan sukarela", "Withdrawal of voluntary savings"),
    "1-201": ("Pencairan pinjaman", "Loan paid out"),
    "3-101": ("Pengembalian simpanan pokok", "Principal savings returned"),
    "3-102": ("Pengembalian simpanan wajib", "Compulsory savings returned"),
    "2-301": ("Pembayaran SHU", "Surplus share paid"),
    "2-302": ("Insentif guru PAUD", "PAUD teacher incentive"),
    "2-303": ("Bantuan dana sosial", "Help from the social fund"),
    "1-301": ("Pembelian persediaan", "Purchase of stock"),
    "2-102": ("Pembayaran utang usaha", "Payment to a supplier"),
    "2-201": ("Angsuran pokok pinjaman bank", "Bank loan principal"),
    "5-302": ("Bunga pinjaman bank", "Bank loan interest"),
}
# A leaving member's savings all come back in one entry: her sukarela is returned, not withdrawn.
RETURNED_SUKARELA = ("Pengembalian simpanan sukarela", "Voluntary savings returned")
# A storno's own kuitansi: each line of the one it cancels, "Pembatalan: Simpanan wajib".
CANCELLATION = ("Pembatalan", "Cancellation")
# Kept back from money paid out (credits of an OUT entry): "Dipotong: Provisi PJ/2026/0001".
DEDUCTED = ("Dipotong", "Less")


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
    loan_balances: tuple[tuple[str, int], ...] = ()  # (loan number, sisa pinjaman after this payment)
    cancelled_by: str = ""  # the storno's kuitansi (or "" if it has none) once the entry is reversed
    cancelled_on: date | None = None  # the storno's date: the receipt reads BATAL from then on
    cancels: str = ""  # on a storno's own kuitansi: the number of the one it cancels

    @property
    def cancelled(self) -> bool:
        return self.cancelled_on is not None

    @property
    def is_member(self) -> bool:
        return self.member_id is not None


# The two gapless series of a year, by which way the money went: a kuitansi for money in, a
# bukti kas keluar for money out (and for a move between Kas and Bank: the money leaves the
# hands that counted it, and whoever took it signs for it; the bank's slip shows it arrived).
SERIES = {IN: ("KW", "receipt_{year}"), OUT: ("BKK", "cash_out_{year}")}


@roles.needs("money")
@checked
def issue(entry_id: int, member_id: int | None = None, amount_rp: int | None = None,
          issued_by: str | None = None, party_name: str = "", attempt: str | None = None) -> str:
    """Number a receipt for a posted entry (call inside the transaction that posted it);
    returns the number: KW/2026/000123 for money in, BKK/2026/000001 for money out (each its
    own gapless series). The year is the entry's, not today's. `amount_rp` defaults to the
    cash the entry moved. Plain SQL: a collection sheet issues 200 in one save, and peewee's
    query building would cost more than SQLite's work. `issued_by`: the operator's name when
    the caller has read it already (default: the setting). `attempt`: the token of the
    dialog's attempt that saves it (saved_attempts). Refuses (writing nothing) a receipt
    that names neither a member nor a party, or a party name above 200 letters."""
    party_name = text_rules.checked(party_name, "party_name", PARTY_LIMIT, required=member_id is None)
    with atomic_once():  # the entry's transaction
        year, net, lowest = db.execute_sql(
            "SELECT substr(e.entry_date, 1, 4), SUM(p.amount_rp), MIN(p.amount_rp) FROM journal_entries e"
            " LEFT JOIN postings p ON p.entry_id = e.id"
            " AND p.account_id IN (SELECT id FROM accounts WHERE code LIKE '1-1%')"
            " WHERE e.id = ? GROUP BY e.id", (entry_id,)).fetchone()
        prefix, counter = SERIES[_way(net or 0, lowest or 0)]
        if amount_rp is None:
            amount_rp = _amount(ledger.get_entry(entry_id))
        (last,) = db.execute_sql(
            "INSERT INTO sequences (name, last_value) VALUES (?, 1)"
            " ON CONFLICT (name) DO UPDATE SET last_value = sequences.last_value + 1 RETURNING last_value",
            (counter.format(year=year),),
        ).fetchone()
        number = f"{prefix}/{year}/{last:06d}"
        db.execute_sql(
            "INSERT INTO receipts (number, entry_id, member_id, party_name, amount_rp, issued_at, issued_by, attempt)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (number, entry_id, member_id, party_name, amount_rp, clock.now().isoformat(sep=" "),
             settings.operator_name() if issued_by is None else issued_by, attempt),
        )
    return number


def saved_attempts(tokens) -> dict[str, str]:
    """The receipts already saved by these attempts' tokens: token -> receipt number. A COMMIT
    whose answer was lost may have saved one; asking again with its token finds it."""
    tokens = list(tokens)
    if not tokens:
        return {}
    return dict(db.execute_sql(
        f"SELECT attempt, number FROM receipts WHERE attempt IN ({','.join('?' * len(tokens))})", tokens).fetchall())


def _way(net_rp: int, lowest_rp: int) -> str:
    """OUT when the cash and bank postings together are a credit (money paid), or when they
    cancel out with one of them credited (a move between Kas and Bank)."""
    return OUT if net_rp < 0 or (net_rp == 0 and lowest_rp < 0) else IN


@checked
def direction(entry: ledger.Entry) -> str:
    cash = [line.amount_rp for line in entry.lines if is_cash(line.account)]
    return _way(sum(cash), min(cash, default=0))


def _amount(entry: ledger.Entry) -> int:
    """The cash moved; for a move between Kas and Bank, what left the one."""
    cash = [line.amount_rp for line in entry.lines if is_cash(line.account)]
    moved = abs(sum(cash)) or -sum(amount for amount in cash if amount < 0)
    return moved or sum(line.amount_rp for line in _lines(entry, IN))


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
    if not lines:  # income, a group cost, a move between Kas and Bank: the other side by its name
        for line in entry.lines:
            amount = sign * line.amount_rp
            if amount > 0 and (way == OUT or not is_cash(line.account)):
                words = f"{line.account_name}: {line.memo}" if line.memo else line.account_name
                lines.append(ReceiptLine(words, amount, words))
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
        receipt.party_name, way, _loan_balances(entry) if way == IN else (), cancelled_by, cancelled_on, cancels,
    )


_LOAN_ACCOUNTS = ("4-102", "4-101", "1-201")  # what a loan payment credits, tagged with the loan's number


def _loan_balances(entry: ledger.Entry) -> tuple[tuple[str, int], ...]:
    """Each loan this entry paid, with its sisa pinjaman (principal less every pokok paid) after
    this payment: the payments in force dated up to it, and this one."""
    numbers = list(dict.fromkeys(line.memo for line in entry.lines
                                 if line.account in _LOAN_ACCOUNTS and line.amount_rp < 0 and line.memo.startswith("PJ/")))
    balances = []
    for number in numbers:
        row = db.execute_sql(
            "SELECT l.principal_rp - COALESCE((SELECT SUM(a.amount_rp) FROM loan_allocations a"
            " JOIN journal_entries e ON e.id = a.entry_id WHERE a.loan_id = l.id AND a.component = 'pokok'"
            " AND (e.id = ? OR (e.reversed_by_id IS NULL AND e.reverses_id IS NULL"
            " AND (e.entry_date < ? OR (e.entry_date = ? AND e.id < ?))))), 0)"
            " FROM loans l WHERE l.number = ?",
            (entry.id, entry.entry_date.isoformat(), entry.entry_date.isoformat(), entry.id, number)).fetchone()
        if row is not None:
            balances.append((number, row[0]))
    return tuple(balances)


@checked
def find(text: str, today: date | None = None) -> str:
    """The number of the receipt `text` names: "490" or "000490" is KW/<this year>/000490,
    "2025/490" KW/2025/000490, and the full number itself; a bukti kas keluar by its series:
    "BKK 17", "BKK17", "BKK/2026/17" or BKK/2026/000017 ("17" alone stays a kuitansi).
    Refuses (field number) what names no receipt, saying what was looked for."""
    text = (text or "").strip().upper().replace(" ", "")
    if not text:
        raise Rejected.one("number", "required")
    year = (today or clock.today()).year
    series = next((prefix for prefix, _ in SERIES.values() if text.startswith(prefix)), "KW")
    parts = text.removeprefix(series).strip("/-").replace("-", "/").split("/")
    if len(parts) == 1 and parts[0].isdigit():
        number = f"{series}/{year}/{int(parts[0]):06d}"
    elif len(parts) == 2 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        number = f"{series}/{parts[0]}/{int(parts[1]):06d}"
    else:
        raise Rejected([Issue("number", "receipt.not_found", {"number": text})])
    if Receipt.get_or_none(Receipt.number == number) is None:
        raise Rejected([Issue("number", "receipt.not_found", {"number": number})])
    return number


@dataclass(frozen=True)
class ReceiptListed:
    number: str
    entry_date: date
    member_id: int | None
    name: str  # the member's, or the party's
    amount_rp: int
    print_count: int


SEARCH_LIMIT = 500


@checked
def search(member_id: int | None = None, start: date | None = None, end: date | None = None,
           limit: int = SEARCH_LIMIT) -> list[ReceiptListed]:
    """Receipts of one member (None: everyone) dated from `start` to `end` (either open),
    newest first, at most `limit`."""
    where, params = ["1 = 1"], []
    if member_id is not None:
        where.append("r.member_id = ?")
        params.append(member_id)
    if start is not None:
        where.append("e.entry_date >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("e.entry_date <= ?")
        params.append(end.isoformat())
    rows = db.execute_sql(
        "SELECT r.number, e.entry_date, r.member_id, COALESCE(m.name, r.party_name), r.amount_rp, r.print_count"
        " FROM receipts r JOIN journal_entries e ON e.id = r.entry_id LEFT JOIN members m ON m.id = r.member_id"
        f" WHERE {' AND '.join(where)} ORDER BY e.entry_date DESC, r.id DESC LIMIT ?", (*params, limit)).fetchall()
    return [ReceiptListed(number, date.fromisoformat(on), member, name, amount, printed)
            for number, on, member, name, amount, printed in rows]


@checked
def for_entry(entry_id: int) -> str | None:
    """The number of the receipt issued for an entry, if any."""
    receipt = Receipt.get_or_none(Receipt.entry == entry_id)
    return receipt.number if receipt is not None else None


@roles.needs("read")
def mark_printed(number: str) -> int:
    """Count one more print; returns how many times it had been printed before (0: original)."""
    with db.atomic():
        before = get(number).print_count
        Receipt.update(print_count=Receipt.print_count + 1).where(Receipt.number == number).execute()
    return before

