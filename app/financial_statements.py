"""Neraca saldo, Neraca (balance sheet), Laporan Hasil Usaha (income statement) and the Buku
Besar (general ledger), as plain data in natural signs (ledger.natural_balance).

A year's closing entry (app.yearend.periods) moves its income and expense into 3-401: the
Neraca reads it like any entry (before and after the closing it agrees), the Laporan Hasil Usaha
leaves it out (a closed year still shows its figures; the next year starts at zero), and so
does the Neraca Saldo on the closed year's last day.

The Neraca shows income − expense of the current financial year (since 1 January of its date)
as "SHU tahun berjalan" in equity, and income − expense of earlier years that no closing entry
has moved yet as "SHU tahun lalu belum dibagi", so that assets = liabilities + equity to the
rupiah; a business's bagi hasil of this year shows as the part of this year's SHU already
shared. A loss is named one ("Rugi tahun berjalan", "Rugi tahun lalu"). The lines are grouped
current / non-current (assets) and short / long term (liabilities), as SAK EP reads them.

The Neraca Saldo and the Buku Besar run income and expense from 1 January of their year (what
came before is one equity line, "SHU tahun lalu belum dibagi"), so that a year's trial balance
ties to its Laporan Hasil Usaha. The Laporan Hasil Usaha is set beside the same period of last
year, or beside the whole of last year.

Sums per account come from the covering index postings_account_date (one range per account
and date interval, each posting read once), as in ledger.trial_balance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app import ledger
from app.dates import checked
from app.db import db
from app.ledger import natural_balance

SURPLUS = "3-401"  # SHU tahun berjalan: closings, bagi hasil and SHU decisions (shown in the SHU lines)
SHU_CURRENT = "SHU tahun berjalan"
SHU_EARLIER = "SHU tahun lalu belum dibagi"
LOSS_CURRENT = "Rugi tahun berjalan"
LOSS_EARLIER = "Rugi tahun lalu"
MIXED_CURRENT = "SHU (rugi) tahun berjalan"  # a profit in one column, a loss in the other
MIXED_EARLIER = "SHU (rugi) tahun lalu"
SHU_GROSS = "hasil usaha tahun ini"  # the parts of SHU tahun berjalan once a business shared profit
SHU_SHARED = "dikurangi: bagi hasil yang sudah dibagi"
YEAR_CARRIED = "carried"  # the Buku Besar's line that brings an income or expense account to 0 at a new year

# The groups of the Neraca (SAK EP: current / non-current; short / long term), by code prefix.
CURRENT_ASSET, FIXED_ASSET = "current_asset", "noncurrent_asset"
SHORT_LIABILITY, LONG_LIABILITY = "short_liability", "long_liability"
EQUITY = "equity"
_LONG_TERM = ("1-4", "1-5", "1-6", "1-7", "1-8", "1-9", "2-2")  # equipment and what follows; bank loans


def group_of(code: str, kind: str) -> str:
    """The Neraca group of a balance-sheet account (or of a computed line, code "")."""
    long_term = code.startswith(_LONG_TERM)
    if kind == "asset":
        return FIXED_ASSET if long_term else CURRENT_ASSET
    if kind == "liability":
        return LONG_LIABILITY if long_term else SHORT_LIABILITY
    return EQUITY


@checked
def surplus_name(now_rp: int, previous_rp: int, this_year: bool) -> str:
    """SHU for a surplus, Rugi for a loss, both words when the two columns differ."""
    profit, loss = now_rp > 0 or previous_rp > 0, now_rp < 0 or previous_rp < 0
    if profit and loss:
        return MIXED_CURRENT if this_year else MIXED_EARLIER
    if loss:
        return LOSS_CURRENT if this_year else LOSS_EARLIER
    return SHU_CURRENT if this_year else SHU_EARLIER


@dataclass(frozen=True)
class Line:
    code: str  # "" for a computed line (SHU)
    name: str
    amount_rp: int  # natural sign
    previous_rp: int
    parts: tuple["Line", ...] = ()  # shown under the line, not added to the section's total


@dataclass(frozen=True)
class Section:
    kind: str  # asset, liability, equity, income, expense
    lines: tuple[Line, ...]

    @property
    def total_rp(self) -> int:
        return sum(line.amount_rp for line in self.lines)

    @property
    def previous_total_rp(self) -> int:
        return sum(line.previous_rp for line in self.lines)

    def groups(self) -> list[tuple[str, "Section"]]:
        """The lines by Neraca group (current first), each group a section of its own."""
        found: dict[str, list[Line]] = {}
        for line in self.lines:
            found.setdefault(group_of(line.code, self.kind), []).append(line)
        order = (CURRENT_ASSET, FIXED_ASSET, SHORT_LIABILITY, LONG_LIABILITY, EQUITY)
        return [(group, Section(self.kind, tuple(found[group]))) for group in order if group in found]


@dataclass(frozen=True)
class BalanceSheet:
    as_of: date
    previous_as_of: date
    assets: Section
    liabilities: Section
    equity: Section  # with SHU tahun berjalan (and earlier years' SHU not yet moved)
    shu_rp: int  # income − expense of the year at as_of (a closed year's closing brings it to 0: see the lines)
    previous_shu_rp: int

    @property
    def liabilities_and_equity_rp(self) -> int:
        return self.liabilities.total_rp + self.equity.total_rp

    @property
    def previous_liabilities_and_equity_rp(self) -> int:
        return self.liabilities.previous_total_rp + self.equity.previous_total_rp

    @property
    def is_empty(self) -> bool:
        return not (self.assets.lines or self.liabilities.lines or self.equity.lines)


@dataclass(frozen=True)
class IncomeStatement:
    start: date
    end: date
    previous_start: date
    previous_end: date
    income: Section
    expense: Section

    @property
    def shu_rp(self) -> int:
        return self.income.total_rp - self.expense.total_rp

    @property
    def previous_shu_rp(self) -> int:
        return self.income.previous_total_rp - self.expense.previous_total_rp


@dataclass(frozen=True)
class TrialBalance:
    as_of: date
    rows: tuple[ledger.TrialBalanceRow, ...]

    @property
    def debit_rp(self) -> int:
        return sum(row.debit_rp for row in self.rows)

    @property
    def credit_rp(self) -> int:
        return sum(row.credit_rp for row in self.rows)


@dataclass(frozen=True)
class LedgerLine:
    entry_id: int
    entry_date: date
    description: str
    debit_rp: int
    credit_rp: int
    balance_rp: int  # natural sign, after this line


@dataclass(frozen=True)
class LedgerAccount:
    code: str
    name: str
    kind: str
    opening_rp: int  # natural sign, at start - 1
    lines: tuple[LedgerLine, ...]

    @property
    def debit_rp(self) -> int:
        return sum(line.debit_rp for line in self.lines)

    @property
    def credit_rp(self) -> int:
        return sum(line.credit_rp for line in self.lines)

    @property
    def closing_rp(self) -> int:
        return self.lines[-1].balance_rp if self.lines else self.opening_rp


@checked
def trial_balance(as_of: date) -> TrialBalance:
    """The Neraca Saldo at the end of `as_of`: income and expense of its year only (a closing
    entry left out, so on a closed year's last day it is the year's own), 3-401 with this
    year's bagi hasil, and everything earlier years left as one equity line. Every posting
    balances, so that line is what the other rows leave over."""
    first = year_start(as_of)
    rows = []
    for code, name, kind, total in db.execute_sql(
            "SELECT a.code, a.name, a.kind, CASE WHEN a.kind IN ('income', 'expense')"
            f" THEN (SELECT SUM(p.amount_rp) FROM postings p WHERE p.account_id = a.id AND p.entry_date >= ?"
            f" AND p.entry_date <= ? AND p.entry_id NOT IN ({CLOSING_IDS}))"
            " ELSE (SELECT SUM(p.amount_rp) FROM postings p WHERE p.account_id = a.id AND p.entry_date <= ?) END"
            " FROM accounts a ORDER BY a.code", (first.isoformat(), as_of.isoformat(), as_of.isoformat())):
        if code == SURPLUS:
            total = -_surplus_by_year(as_of).get((as_of.year, False), 0) or None
        if total is not None:
            rows.append(ledger.TrialBalanceRow(code, name, kind, max(total, 0), max(-total, 0)))
    left = sum(row.debit_rp - row.credit_rp for row in rows)  # earlier years' result, credit positive
    if left:
        rows.append(ledger.TrialBalanceRow("", surplus_name(left, 0, this_year=False), "equity", max(-left, 0),
                                           max(left, 0)))
    return TrialBalance(as_of, tuple(rows))


CLOSING_IDS = "SELECT entry_id FROM period_events WHERE entry_id IS NOT NULL"  # closings and their stornos


def _accounts() -> list[tuple[int, str, str, str]]:
    return list(db.execute_sql("SELECT id, code, name, kind FROM accounts ORDER BY code"))


def _sums(cuts: list[date], kinds: tuple[str, ...], since: date | None = None,
          without_closing: bool = False) -> dict[int, list[int]]:
    """For each account of `kinds`: the sum of its postings (debit positive) after `since`
    (None: from the beginning) up to each of `cuts`, which are sorted and later than `since`.
    `without_closing`: the year-closing entries (app.yearend.periods) left out, as a year's
    Laporan Hasil Usaha reads them.

    One range of the covering index per account and interval, so each posting between `since`
    and the last cut is read once and no other posting is read."""
    parts, params = [], []
    previous = since
    for cut in cuts:
        if previous is None:
            parts.append("(SELECT SUM(p.amount_rp) FROM postings p WHERE p.account_id = a.id AND p.entry_date <= ?)")
            params.append(cut.isoformat())
        else:
            parts.append("(SELECT SUM(p.amount_rp) FROM postings p WHERE p.account_id = a.id"
                         " AND p.entry_date > ? AND p.entry_date <= ?)")
            params += [previous.isoformat(), cut.isoformat()]
        previous = cut
    result = {}
    sql = f"SELECT a.id, {', '.join(parts)} FROM accounts a WHERE a.kind IN ({', '.join('?' * len(kinds))})"
    for account_id, *pieces in db.execute_sql(sql, params + list(kinds)):
        running, balances = 0, []
        for piece in pieces:
            running += piece or 0
            balances.append(running)
        result[account_id] = balances
    if without_closing:
        _leave_out_closing(result, cuts, since)
    return result


def _leave_out_closing(result: dict[int, list[int]], cuts: list[date], since: date | None) -> None:
    """Take the closing entries' postings (a few per closed year) back out of the sums."""
    for account_id, day, amount in db.execute_sql(
            "SELECT p.account_id, p.entry_date, p.amount_rp FROM postings p JOIN period_events ev"
            " ON ev.entry_id = p.entry_id WHERE p.entry_date > ? AND p.entry_date <= ?",
            ((since or date.min).isoformat(), cuts[-1].isoformat())):
        balances = result.get(account_id)
        if balances is None:
            continue
        on = date.fromisoformat(str(day))
        for i, cut in enumerate(cuts):
            if on <= cut:
                balances[i] -= amount


@checked
def year_start(day: date) -> date:
    return date(day.year, 1, 1)


@checked
def balance_sheet(as_of: date, previous_as_of: date | None = None) -> BalanceSheet:
    """The Neraca at the end of `as_of`, beside `previous_as_of` (default: the end of the
    previous month).

    Assets, liabilities and equity are read from the beginning; income and expense only from
    the first of the two financial years: every posting balances, so the surplus of all time
    is minus the sum of the other accounts, and earlier years' is that less this year's."""
    if previous_as_of is None:
        previous_as_of = as_of.replace(day=1) - timedelta(days=1)
    dates = sorted({as_of, previous_as_of})
    held = _sums(dates, ("asset", "liability", "equity"))
    before_year = year_start(as_of) - timedelta(days=1)
    previous_before_year = year_start(previous_as_of) - timedelta(days=1)
    since = min(before_year, previous_before_year)
    cuts = sorted({as_of, previous_as_of, before_year, previous_before_year} - {since})
    earned = _sums(cuts, ("income", "expense"), since)
    at = {cut: i for i, cut in enumerate(cuts)}

    def within_year(balances: list[int], day: date, before: date) -> int:
        return balances[at[day]] - (balances[at[before]] if before != since else 0)

    sections: dict[str, list[Line]] = {"asset": [], "liability": [], "equity": []}
    all_time = [0] * len(dates)  # income − expense since the beginning: the other accounts' sum
    shu = previous_shu = 0
    for account_id, code, name, kind in _accounts():
        if kind in ("income", "expense"):
            balances = earned.get(account_id)
            if balances:
                shu -= within_year(balances, as_of, before_year)
                previous_shu -= within_year(balances, previous_as_of, previous_before_year)
            continue
        balances = held.get(account_id, [0] * len(dates))
        now, prev = balances[dates.index(as_of)], balances[dates.index(previous_as_of)]
        for i, balance in enumerate(balances):
            all_time[i] += balance
        if (now == 0 and prev == 0) or code == SURPLUS:  # 3-401 is shown in the two SHU lines below
            continue
        sections[kind].append(Line(code, name, natural_balance(kind, now), natural_balance(kind, prev)))
    earlier = all_time[dates.index(as_of)] - shu
    previous_earlier = all_time[dates.index(previous_as_of)] - previous_shu
    (kept_now, shared_now, kept_earlier) = _surplus_parts(as_of)
    (kept_prev, shared_prev, kept_prev_earlier) = _surplus_parts(previous_as_of)
    left, previous_left = earlier + kept_earlier, previous_earlier + kept_prev_earlier
    if left or previous_left:
        sections["equity"].append(Line("", surplus_name(left, previous_left, this_year=False), left, previous_left))
    net, previous_net = shu + kept_now, previous_shu + kept_prev
    if net or previous_net or shared_now or shared_prev:
        parts = ()
        if shared_now or shared_prev:  # what the year earned, less the bagi hasil already paid out of it
            parts = (Line("", SHU_GROSS, net - shared_now, previous_net - shared_prev),
                     Line("", SHU_SHARED, shared_now, shared_prev))
        sections["equity"].append(Line("", surplus_name(net, previous_net, this_year=True), net, previous_net,
                                       parts))
    return BalanceSheet(as_of, previous_as_of, Section("asset", tuple(sections["asset"])),
                        Section("liability", tuple(sections["liability"])),
                        Section("equity", tuple(sections["equity"])), shu, previous_shu)


def _surplus_by_year(day: date) -> dict[tuple[int, bool], int]:
    """3-401 at the end of `day` (natural sign) by (year it belongs to, is a closing entry).

    Each posting belongs to a year: a closing entry (and its storno) to the year it closes, a
    business's bagi hasil to the year it is dated in (it was shared out of that year's profit),
    an SHU decision of the members' meeting (and its storno) to the year whose SHU it shares,
    though dated in the next. So a closed year's SHU is "SHU tahun lalu belum dibagi" until the
    meeting shares it, and this year's bagi hasil lowers this year's SHU."""
    rows = db.execute_sql(
        "SELECT coalesce(d.year, d2.year, CAST(substr(p.entry_date, 1, 4) AS INTEGER)),"
        f" p.entry_id IN ({CLOSING_IDS}), sum(p.amount_rp)"
        " FROM postings p JOIN journal_entries e ON e.id = p.entry_id"
        " LEFT JOIN shu_distribution_entries de ON de.entry_id = p.entry_id"
        " LEFT JOIN shu_distributions d ON d.id = de.distribution_id"
        " LEFT JOIN shu_distribution_entries de2 ON de2.entry_id = e.reverses_id"
        " LEFT JOIN shu_distributions d2 ON d2.id = de2.distribution_id"
        " WHERE p.account_id = (SELECT id FROM accounts WHERE code = ?) AND p.entry_date <= ? GROUP BY 1, 2",
        (SURPLUS, day.isoformat()))
    return {(year, bool(closing)): -total for year, closing, total in rows}


def _surplus_parts(day: date) -> tuple[int, int, int]:
    """3-401 at the end of `day` as (this year's part, of which this year's bagi hasil, earlier
    years' part), natural signs (bagi hasil is negative)."""
    by_year = _surplus_by_year(day)
    this_year = sum(amount for (year, _), amount in by_year.items() if year == day.year)
    earlier = sum(amount for (year, _), amount in by_year.items() if year != day.year)
    return this_year, by_year.get((day.year, False), 0), earlier


SAME_PERIOD, LAST_YEAR = "same_period", "last_year"  # what the Laporan Hasil Usaha is set beside
COMPARISONS = (SAME_PERIOD, LAST_YEAR)


def _year_earlier(day: date, month_end: bool) -> date:
    """The same day a year earlier; a month's last day stays its month's last (29 Feb → 28 Feb)."""
    if month_end:
        return (date(day.year - 1, day.month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if (day.month, day.day) == (2, 29):
        return date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


@checked
def comparison_period(start: date, end: date, compare: str = SAME_PERIOD) -> tuple[date, date]:
    """The period a Laporan Hasil Usaha of [start, end] is set beside: the same dates a year
    earlier (what a bank reads: January–July against January–July), or the whole last year."""
    if compare == LAST_YEAR:
        return date(end.year - 1, 1, 1), date(end.year - 1, 12, 31)
    if compare != SAME_PERIOD:
        raise ValueError(compare)
    return _year_earlier(start, False), _year_earlier(end, (end + timedelta(days=1)).day == 1)


@checked
def income_statement(start: date, end: date, compare: str = SAME_PERIOD) -> IncomeStatement:
    """The Laporan Hasil Usaha of [start, end] beside the comparison_period."""
    previous_start, previous_end = comparison_period(start, end, compare)
    since = min(start, previous_start) - timedelta(days=1)
    cuts = sorted({start - timedelta(days=1), end, previous_start - timedelta(days=1), previous_end} - {since})
    sums = _sums(cuts, ("income", "expense"), since, without_closing=True)
    at = {cut: i for i, cut in enumerate(cuts)}
    at[since] = None
    sections: dict[str, list[Line]] = {"income": [], "expense": []}
    for account_id, code, name, kind in _accounts():
        if kind not in sections:
            continue
        balances = sums.get(account_id, [0] * len(cuts)) + [0]  # at[since] is None: index -1, nothing yet
        now = balances[at[end]] - balances[_index(at, start - timedelta(days=1))]
        prev = balances[at[previous_end]] - balances[_index(at, previous_start - timedelta(days=1))]
        if now == 0 and prev == 0:
            continue
        sections[kind].append(Line(code, name, natural_balance(kind, now), natural_balance(kind, prev)))
    return IncomeStatement(start, end, previous_start, previous_end, Section("income", tuple(sections["income"])),
                           Section("expense", tuple(sections["expense"])))


def _index(at: dict, day: date) -> int:
    return -1 if at[day] is None else at[day]


@checked
def general_ledger(start: date, end: date, account: str | None = None) -> list[LedgerAccount]:
    """The Buku Besar of one account, or of every account with postings in [start, end]: its
    balance before the period, each posting with the running balance, in natural signs.

    Income and expense start each year at 0: the opening is this year's postings before
    `start`, and a period running into a new year gets a line (entry_id 0, YEAR_CARRIED) that
    carries the old year's balance to "SHU tahun lalu" when no closing entry has."""
    chosen = [row for row in _accounts() if account is None or row[1] == account]
    books = []
    for account_id, code, name, kind in chosen:
        rows = db.execute_sql(
            "SELECT p.entry_id, p.entry_date, e.description, p.memo, p.amount_rp FROM postings p"
            " JOIN journal_entries e ON e.id = p.entry_id"
            " WHERE p.account_id = ? AND p.entry_date BETWEEN ? AND ? ORDER BY p.entry_date, p.entry_id, p.id",
            (account_id, start.isoformat(), end.isoformat())).fetchall()
        if not rows and account is None:
            continue
        yearly = kind in ("income", "expense")
        since = year_start(start) if yearly else date.min
        (before,) = db.execute_sql("SELECT SUM(amount_rp) FROM postings WHERE account_id = ? AND entry_date >= ?"
                                   " AND entry_date < ?", (account_id, since.isoformat(), start.isoformat())).fetchone()
        running = before or 0
        year = start.year
        lines = []
        for entry_id, entry_date, description, memo, amount in rows:
            on = date.fromisoformat(str(entry_date))
            if yearly and on.year != year:
                if running:
                    lines.append(LedgerLine(0, date(year, 12, 31), YEAR_CARRIED, max(-running, 0), max(running, 0), 0))
                running, year = 0, on.year
            running += amount
            text = f"{description} – {memo}" if memo and memo not in description else description
            lines.append(LedgerLine(entry_id, on, text, max(amount, 0), max(-amount, 0),
                                    natural_balance(kind, running)))
        books.append(LedgerAccount(code, name, kind, natural_balance(kind, before or 0), tuple(lines)))
    return books
