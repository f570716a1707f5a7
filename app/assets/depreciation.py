"""Penyusutan: straight-line depreciation of the inventaris, one entry a month or a year.

    plan = depreciation.plan(2026, 3)   # what the March run would post, and why it would not
    entry_id = depreciation.run(2026, 3)   # Dr 5-206 Beban penyusutan / Cr 1-402 per item
    entry_id = depreciation.run(2026)      # a year, when the policy says yearly

An item depreciates from the month it was acquired, over its life in months (L = years × 12).
Its accumulated depreciation at the end of its m-th month is cost × min(m, L) // L, whole
rupiah: a run posts, per item, that figure at the period's end less what standing runs
posted already. So each period takes its share, the last one the remainder, the total never
passes the cost, and a missed month is caught up by the next run. Items disposed of (or whose
entry was reversed) are not depreciated any more; their disposal takes their accumulated
depreciation out of 1-402 (app.assets.register).

A run for a period that a standing run covers already (the same month, or a later one) is
refused (depreciation.already_run), as is one for a period not yet over; a run's entry may be
reversed (the latest standing run only), and the period run again.

Refusals name the field "period".
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from app import clock, inventory, ledger
from app.access import roles
from app.assets import policy as policies
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected

EXPENSE, ACCUMULATED = "5-206", "1-402"
MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember")
# The runs whose entries stand: a reversed run no longer counts.
_STANDING = "depreciation_runs r JOIN journal_entries e ON e.id = r.entry_id AND e.reversed_by_id IS NULL"
_STANDING_LINES = ("depreciation_lines l JOIN depreciation_runs r ON r.id = l.run_id"
                   " JOIN journal_entries e ON e.id = r.entry_id AND e.reversed_by_id IS NULL")


@dataclass(frozen=True)
class Period:
    year: int
    month: int | None = None  # None: the whole year

    @property
    def start(self) -> date:
        return date(self.year, self.month or 1, 1)

    @property
    def end(self) -> date:
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def key(self) -> str:
        return f"{self.year}-{self.month:02d}" if self.month else str(self.year)

    @property
    def label(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.year}" if self.month else f"tahun {self.year}"


@dataclass(frozen=True)
class PlanLine:
    item_id: int
    name: str
    cost_rp: int
    life_years: int
    amount_rp: int


@dataclass(frozen=True)
class Plan:
    period: Period
    lines: tuple[PlanLine, ...]
    issues: tuple[Issue, ...]  # empty: run() will post it

    @property
    def total_rp(self) -> int:
        return sum(line.amount_rp for line in self.lines)


@dataclass(frozen=True)
class ScheduleRow:
    item: inventory.InventoryRow
    life_years: int | None  # None: below the threshold, not depreciated
    per_period_rp: int  # a month's or a year's share (policy), the last one takes the remainder
    accumulated_rp: int
    book_value_rp: int


@checked
def months_held(acquired_on: date, end: date) -> int:
    """Months from the month of acquisition through the month of `end`, both counted."""
    return max(0, (end.year * 12 + end.month) - (acquired_on.year * 12 + acquired_on.month) + 1)


@checked
def due(cost_rp: int, life_years: int, acquired_on: date, end: date) -> int:
    """The accumulated depreciation at `end`: cost × min(m, L) // L, whole rupiah."""
    life_months = life_years * 12
    return cost_rp * min(months_held(acquired_on, end), life_months) // life_months


@checked
def accumulated(item_id: int, as_of: date | None = None) -> int:
    """What runs standing at `as_of` (all standing runs when None) posted for the item, and
    what it had taken before the book when the book's opening brought it in (app.opening)."""
    if as_of is None:
        sql, params = f"SELECT COALESCE(sum(l.amount_rp), 0) FROM {_STANDING_LINES} WHERE l.item_id = ?", (item_id,)
    else:
        day = as_of.isoformat()
        sql = ("SELECT COALESCE(sum(l.amount_rp), 0) FROM depreciation_lines l JOIN depreciation_runs r"
               " ON r.id = l.run_id JOIN journal_entries e ON e.id = r.entry_id"
               " LEFT JOIN journal_entries s ON s.id = e.reversed_by_id"
               " WHERE l.item_id = ? AND r.period_end <= ? AND (s.id IS NULL OR s.entry_date > ?)")
        params = (item_id, day, day)
    brought = db.execute_sql("SELECT COALESCE(sum(amount_rp), 0) FROM opening_depreciation WHERE item_id = ?",
                             (item_id,)).fetchone()[0]
    return db.execute_sql(sql, params).fetchone()[0] + brought


@checked
def last_depreciated(item_id: int) -> date | None:
    """The end of the latest standing run that depreciated the item."""
    (day,) = db.execute_sql(f"SELECT max(r.period_end) FROM {_STANDING_LINES} WHERE l.item_id = ?", (item_id,)).fetchone()
    return date.fromisoformat(day) if day else None


def _latest_run() -> tuple[str, date, int] | None:
    row = db.execute_sql(f"SELECT r.period, r.period_end, r.entry_id FROM {_STANDING}"
                         " ORDER BY r.period_end DESC, r.id DESC LIMIT 1").fetchone()
    return (row[0], date.fromisoformat(row[1]), row[2]) if row else None


def _period_issues(period: Period, policy: policies.Policy) -> list[Issue]:
    if (period.month is None) != (policy.period == policies.YEARLY):
        return [Issue("period", "depreciation.wrong_period", {"policy": policy.period})]
    if period.end > clock.today():
        return [Issue("period", "depreciation.period_not_over", {"end": period.end})]
    latest = _latest_run()
    if latest is not None and period.end <= latest[1]:
        return [Issue("period", "depreciation.already_run", {"through": latest[1]})]
    closed = ledger.Lookups().closed_through
    if closed is not None and period.end <= closed:
        return [Issue("period", "entry.period_closed", {"closed_through": closed})]
    return []


def plan(year: int, month: int | None = None) -> Plan:
    """What run(year, month) would post and, when it would be refused, why; writes nothing."""
    if type(year) is not int or not 1900 < year < 3000 or (month is not None and month not in range(1, 13)):
        raise Rejected.one("period", "date.unreadable")
    period, policy = Period(year, month), policies.current()
    issues = _period_issues(period, policy)
    lines = []
    if not issues:
        for item in inventory.list_items(include_disposed=False):  # held today: disposed ones stop
            if item.acquired_on > period.end or not policy.depreciates(item):
                continue
            life = policy.life_of(item)
            amount = due(item.value_rp, life, item.acquired_on, period.end) - accumulated(item.id)
            if amount > 0:
                lines.append(PlanLine(item.id, item.name, item.value_rp, life, amount))
        if not lines:
            issues.append(Issue("period", "depreciation.nothing"))
    return Plan(period, tuple(lines), tuple(issues))


@roles.needs("close")
def run(year: int, month: int | None = None) -> int:
    """Post the period's depreciation as one entry dated its last day; returns the entry id.
    Refused whole, writing nothing, for the reasons plan() gives."""
    with db.atomic():
        planned = plan(year, month)
        if planned.issues:
            raise Rejected(list(planned.issues))
        period = planned.period
        lines = [ledger.debit(EXPENSE, planned.total_rp, memo=f"Penyusutan {period.label}")]
        lines += [ledger.credit(ACCUMULATED, line.amount_rp, memo=line.name) for line in planned.lines]
        try:
            entry_id = ledger.post_entry(period.end, f"Penyusutan inventaris {period.label}", lines)
        except Rejected as rejected:
            raise Rejected([Issue("period", i.code, i.params) for i in rejected.issues]) from None
        run_id = current().insert(db,
            "INSERT INTO depreciation_runs (period, period_end, entry_id, created_at) VALUES (?, ?, ?, ?)",
            (period.key, period.end.isoformat(), entry_id, clock.now().isoformat(sep=" ")))
        current().insert_many(db, "INSERT INTO depreciation_lines (run_id, item_id, amount_rp) VALUES (?, ?, ?)",
                                  [(run_id, line.item_id, line.amount_rp) for line in planned.lines])
    return entry_id


@checked
def reversal_issues(entry_id: int) -> list[Issue]:
    """A run's entry is reversed only while it is the latest standing run (later runs were
    figured on top of it)."""
    row = db.execute_sql("SELECT period FROM depreciation_runs WHERE entry_id = ?", (entry_id,)).fetchone()
    latest = _latest_run()
    if row is None or latest is None or latest[2] == entry_id:
        return []
    return [Issue("entry", "depreciation.later_run", {"through": latest[1]})]


@checked
def schedule(as_of: date) -> list[ScheduleRow]:
    """Every item held at `as_of` whose value is in the ledger: cost, life, a period's share,
    accumulated depreciation and book value at that date (the jadwal penyusutan)."""
    policy = policies.current()
    rows = []
    for item in inventory.list_items(as_of, include_disposed=False):
        if item.entry_id is None or item.value_rp <= 0:
            continue
        life = policy.life_of(item) if policy.depreciates(item) else None
        periods = (life * 12 if policy.period == policies.MONTHLY else life) if life else 0
        share = item.value_rp // periods if periods else 0
        acc = accumulated(item.id, as_of)
        rows.append(ScheduleRow(item, life, share, acc, item.value_rp - acc))
    return rows
