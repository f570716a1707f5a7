"""The lock on shared profit: a period whose profit was shared is locked for that purpose.

- A business's bagi hasil (app.usaha.sharing) shared the profit of [period_start, period_end]:
  an entry dated inside it that touches income or expense WITH THAT BUSINESS is refused.
- The year's SHU (app.yearend.shu) shared the surplus of the year: an entry dated in that year
  that touches income or expense is refused.
A reversal is judged on the original's date as well as its own: reversing a sale of a shared
period would leave the members holding profit never earned, whenever the storno is dated. The
share itself reversed first (its entry stornoed), the period is free again.

ONE function per path, called by app.ledger (entry_issues in the entry check,
reversal_issues in the storno). Plain SQL and no app imports: the ledger imports this module.
"""

from __future__ import annotations

from datetime import date, datetime

from app.dates import checked
from app.db import db
from app.errors import Issue

_STANDING_SHU = (
    "SELECT d.id FROM shu_distributions d LEFT JOIN journal_entries e ON e.id = d.entry_id"
    " WHERE d.year = ? AND d.reversed_at IS NULL AND (d.entry_id IS NULL OR e.reversed_by_id IS NULL)"
    " ORDER BY d.id DESC LIMIT 1")


@checked
def standing_shu(year: int) -> int | None:
    """The id of the year's SHU decision still standing (None: not shared, or reversed)."""
    row = db.execute_sql(_STANDING_SHU, (year,)).fetchone()
    return row[0] if row else None


def profit_codes() -> set[str]:
    return {code for (code,) in db.execute_sql("SELECT code FROM accounts WHERE kind IN ('income', 'expense')")}


def entry_issues(entry_date, lines, field: str = "entry_date", profit: set[str] | None = None) -> list[Issue]:
    """Why an entry of `lines` (ledger.Line: account, business_id) dated `entry_date` may not
    be posted because it would change profit already shared; [] if it may. `profit`: the
    income and expense accounts' codes when the caller has read them (a sheet's 200 entries)."""
    if not isinstance(entry_date, date) or isinstance(entry_date, datetime):
        return []
    profit = profit if profit is not None else profit_codes()
    touched = [line for line in lines if line.account in profit]
    if not touched:
        return []
    issues = []
    if standing_shu(entry_date.year) is not None:
        issues.append(Issue(field, "lock.shu_shared", {"year": entry_date.year}))
    day = entry_date.isoformat()
    for business_id in sorted({line.business_id for line in touched if line.business_id is not None}):
        row = db.execute_sql(
            "SELECT b.name, s.period_start, s.period_end FROM usaha_shares s JOIN journal_entries e ON e.id = s.entry_id"
            " JOIN businesses b ON b.id = s.business_id WHERE s.business_id = ? AND e.reversed_by_id IS NULL"
            " AND s.period_start <= ? AND s.period_end >= ?", (business_id, day, day)).fetchone()
        if row:
            issues.append(Issue(field, "lock.business_shared", {
                "business": row[0], "start": date.fromisoformat(row[1]), "end": date.fromisoformat(row[2])}))
    return issues


class _Line:
    __slots__ = ("account", "business_id")

    def __init__(self, account: str, business_id: int | None) -> None:
        self.account, self.business_id = account, business_id


def reversal_issues(entry_id: int, on, field: str = "entry_date") -> list[Issue]:
    """Why the storno of `entry_id` dated `on` would change shared profit; [] if it would not."""
    row = db.execute_sql("SELECT entry_date FROM journal_entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        return []
    lines = [_Line(code, business) for code, business in db.execute_sql(
        "SELECT a.code, p.business_id FROM postings p JOIN accounts a ON a.id = p.account_id WHERE p.entry_id = ?",
        (entry_id,))]
    issues = entry_issues(date.fromisoformat(str(row[0])), lines, field)
    return issues + [i for i in entry_issues(on, lines, field) if i not in issues]
