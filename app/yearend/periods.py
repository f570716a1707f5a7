"""Tutup buku: closing a month or a year, and reopening as a recorded act.

The rule of the ledger stays: nothing is posted on or before settings.closed_through(). Here:
- close_month(year, month): the book is closed through the month's last day. December is
  closed with its year.
- close_year(year): posts the closing entry dated 31 December (every income and expense
  account's balance of the year to 0, the difference into 3-401 SHU tahun berjalan) and closes
  the book through that day; the next year starts with its income and expense at zero. The
  year must be over: closing needs today later than 31 December (a year whose entries may still
  come is refused, "period.not_over"; entries dated in the next year are the next year's). The
  year before it must be closed first if it has income or expense, and the book not already
  closed through 31 December (December is never closed as a month: it closes with its year).
- reopen(day, reason): the book is closed only through the day before `day` again. Who, when
  and why are kept in period_events; reopening a closed year reverses its closing entry (it is
  posted again when the year is closed again). A year whose SHU was shared is not reopened
  until that distribution is reversed.

The closing entries (and their stornos) are recognisable by period_events.entry_id: the
Laporan Hasil Usaha of a year leaves them out (closing_entry_ids), so a closed year still shows
its figures; the Neraca and the trial balance at a date keep them (after the closing, the year's
surplus stands in 3-401).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app import clock, ledger, settings, text_rules
from app.access import roles
from app.audit import log
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected

SURPLUS = "3-401"


@dataclass(frozen=True)
class PeriodEvent:
    id: int
    action: str  # close_month, close_year, reopen
    period_start: date
    period_end: date
    closed_before: date | None
    closed_after: date | None
    reason: str
    entry_id: int | None
    done_at: str
    done_by: str


@checked
def month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _record(action: str, start: date, end: date, before: date | None, after: date | None, reason: str = "",
            entry_id: int | None = None) -> int:
    return current().insert(db,
        "INSERT INTO period_events (action, period_start, period_end, closed_before, closed_after, reason, entry_id,"
        " done_at, done_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (action, start.isoformat(), end.isoformat(), _iso(before), _iso(after), reason, entry_id,
         clock.now().isoformat(sep=" "), settings.operator_name()))


def _close_issues(end: date, field: str) -> list[Issue]:
    closed = settings.closed_through()
    if end >= clock.today():
        return [Issue(field, "period.not_over", {"end": end})]
    if closed is not None and end <= closed:
        return [Issue(field, "period.already_closed", {"closed_through": closed})]
    return []


@roles.needs("close")
def close_month(year: int, month: int) -> int:
    """Close the book through the end of `month`; returns the event id."""
    if not (type(year) is int and type(month) is int and 1 <= month <= 12 and 1900 < year < 10000):
        raise Rejected.one("month", "date.unreadable")
    if month == 12:
        raise Rejected.one("month", "period.december_is_year", year=year)
    end = month_end(year, month)
    with db.atomic():
        issues = _close_issues(end, "month")
        if issues:
            raise Rejected(issues)
        before = settings.closed_through()
        settings.record({"closed_through": end.isoformat()})
        event = _record("close_month", date(year, month, 1), end, before, end)
        _audit("close_month", f"Tutup buku bulan {month:02d}/{year}", before, end)
        return event


@checked
def year_balances(year: int) -> list[tuple[str, int]]:
    """Each income and expense account's sum of postings (debit positive) dated in `year`,
    the closing entries left out (as the year's Laporan Hasil Usaha reads them)."""
    rows = db.execute_sql(
        "SELECT a.code, sum(p.amount_rp) FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE a.kind IN ('income', 'expense') AND p.entry_date BETWEEN ? AND ?"
        " AND p.entry_id NOT IN (SELECT entry_id FROM period_events WHERE entry_id IS NOT NULL)"
        " GROUP BY a.code ORDER BY a.code", (f"{year}-01-01", f"{year}-12-31"))
    return [(code, total) for code, total in rows if total]


def _earlier_unclosed(year: int) -> bool:
    (total,) = db.execute_sql(
        "SELECT count(*) FROM (SELECT p.account_id FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE a.kind IN ('income', 'expense') AND p.entry_date < ? GROUP BY p.account_id"
        " HAVING sum(p.amount_rp) != 0) AS unclosed", (f"{year}-01-01",)).fetchone()
    return total > 0


@checked
def closing_entry(year: int) -> int | None:
    """The standing closing entry of `year` (None: the year is not closed)."""
    row = db.execute_sql(
        "SELECT ev.entry_id FROM period_events ev JOIN journal_entries e ON e.id = ev.entry_id"
        " WHERE ev.action = 'close_year' AND ev.period_end = ? AND e.reversed_by_id IS NULL",
        (f"{year}-12-31",)).fetchone()
    return row[0] if row else None


@checked
def is_year_closed(year: int) -> bool:
    closed = settings.closed_through()
    return closed is not None and closed >= date(year, 12, 31) and _year_close_event(year)


def _year_close_event(year: int) -> bool:
    """The year was closed (with or without a closing entry: a year with no income or expense
    has none) and not reopened since."""
    row = db.execute_sql(
        "SELECT action FROM period_events WHERE period_start <= ? AND (action = 'reopen' OR"
        " (action = 'close_year' AND period_end = ?)) ORDER BY id DESC LIMIT 1",
        (f"{year}-12-31", f"{year}-12-31")).fetchone()
    return row is not None and row[0] == "close_year"


@roles.needs("close")
def close_year(year: int) -> int:
    """Post the year's closing entry and close the book through 31 December; returns the event id."""
    if not (type(year) is int and 1900 < year < 10000):
        raise Rejected.one("year", "date.unreadable")
    end = date(year, 12, 31)
    with db.atomic():
        issues = _close_issues(end, "year")
        if not issues and _earlier_unclosed(year):
            issues.append(Issue("year", "period.earlier_year_open", {"year": year - 1}))
        if issues:
            raise Rejected(issues)
        before = settings.closed_through()
        balances = year_balances(year)
        entry_id = None
        if balances:
            memo = f"Tutup buku tahun {year}"
            lines = [ledger.Line(code, -total, memo=memo) for code, total in balances]
            surplus = sum(total for _, total in balances)  # debit positive: a profit is a credit to 3-401
            if surplus:
                lines.append(ledger.Line(SURPLUS, surplus, memo=memo))
            if len(lines) >= 2:
                entry_id = ledger.post_entry(end, memo, lines, reference=f"TUTUP/{year}")
        settings.record({"closed_through": end.isoformat()})
        event = _record("close_year", date(year, 1, 1), end, before, end, entry_id=entry_id)
        _audit("close_year", f"Tutup buku tahun {year}", before, end, entry_id=entry_id)
        return event


@roles.needs("close")
def reopen(day: date, reason: str) -> int:
    """Open the book again from `day` (closed through the day before); returns the event id."""
    if not ledger._is_date(day):
        raise Rejected.one("day", "date.unreadable")
    with db.atomic():
        closed = settings.closed_through()
        issues = []
        reason = text_rules.clean_text(reason, "reason", text_rules.TEXT, issues, required=True)
        if closed is None or day > closed:
            issues.append(Issue("day", "period.not_closed", {"day": day}))
        from app.yearend import shu  # a year whose SHU was shared stays closed

        shared = [y for y in range(day.year, closed.year + 1) if shu.standing_distribution(y)] if closed else []
        if shared:
            issues.append(Issue("day", "period.shu_shared", {"year": shared[0]}))
        if issues:
            raise Rejected(issues)
        after = day - timedelta(days=1)
        storno_ids = []
        for year in range(day.year, closed.year + 1):
            entry_id = closing_entry(year)
            if entry_id is not None and date(year, 12, 31) >= day:
                storno_ids.append(_reverse_closing(entry_id, year, reason))
        settings.record({"closed_through": after.isoformat()})
        event = _record("reopen", day, closed, closed, after, reason)
        for storno in storno_ids:  # the storno is a closing entry too: left out of the year's LHU
            _record("reopen", day, closed, closed, after, reason, entry_id=storno)
        _audit("reopen", f"Buka kembali buku dari {day:%d/%m/%Y}", closed, after, reason,
               storno_ids[0] if storno_ids else None)
        return event


def _audit(action: str, subject: str, before: date | None, after: date | None, reason: str = "",
           entry_id: int | None = None) -> None:
    """The audit trail: the book closed through `before`, now through `after` (old and new)."""
    detail = {"action": action, "closed_through": [_iso(before) or "", _iso(after) or ""]}
    if reason:
        detail["reason"] = reason
    log.record("period", subject, detail, entry_id=entry_id)


def _reverse_closing(entry_id: int, year: int, reason: str) -> int:
    """The storno of a closing entry, dated 31 December like it (posted while the book is
    briefly closed through the day before)."""
    settings.record({"closed_through": date(year, 12, 30).isoformat()})
    from app import reversals

    return reversals.reverse(entry_id, f"Buka kembali tahun {year}: {reason}", date(year, 12, 31))


def first_open_year() -> int:
    """The earliest year that may be closed next: the year after the closed one, else the year of
    the first entry (this year's if the book is empty)."""
    closed = settings.closed_through()
    if closed is not None:
        return closed.year + (1 if (closed.month, closed.day) == (12, 31) else 0)
    return first_entry_year()


def first_entry_year() -> int:
    """The year of the book's first entry (this year's if the book is empty)."""
    (first,) = db.execute_sql("SELECT min(entry_date) FROM journal_entries").fetchone()
    return date.fromisoformat(str(first)).year if first else clock.today().year


def closing_entry_ids() -> set[int]:
    return {row[0] for row in db.execute_sql("SELECT entry_id FROM period_events WHERE entry_id IS NOT NULL")}


def history() -> list[PeriodEvent]:
    """Every closing and reopening, newest first (a reopening's storno rows folded in)."""
    rows = db.execute_sql(
        "SELECT id, action, period_start, period_end, closed_before, closed_after, reason, entry_id, done_at, done_by"
        " FROM period_events WHERE NOT (action = 'reopen' AND entry_id IS NOT NULL) ORDER BY id DESC")

    def day(text):
        return date.fromisoformat(text) if text else None

    return [PeriodEvent(i, a, day(s), day(e), day(b), day(af), r, en, at, by)
            for i, a, s, e, b, af, r, en, at, by in rows]


@checked
def reopenings_within(start: date, end: date) -> list[PeriodEvent]:
    """Reopenings that opened a day of [start, end] again: the period's documents name them."""
    return [e for e in history() if e.action == "reopen" and e.period_start <= end and e.closed_before
            and e.closed_before >= start]
