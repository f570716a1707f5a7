"""The funds kept for a purpose: PAUD incentive (2-302) and dana sosial (2-303).

Money comes in from the year's SHU (the year-end distribution credits them) or from elsewhere
(a donation: `receive`); it goes out only as an incentive to a PAUD teacher (app.funds.paud) or
help to a member (app.funds.social), never above what the fund holds. A year's report: what
the fund held at the start, what came in and from where, what was paid to whom and why, what is
left; the closing figure is the account's balance at the year's (or period's) end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import ledger, receipts, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.funds.checks import amount_issues, cash_issues, clean, date_issues, text_issues

ACCOUNTS = {"paud": "2-302", "sosial": "2-303"}
# An entry that moves money into a fund from the SHU debits one of these.
SHU_ACCOUNTS = ("2-301", "3-401")
SOURCE_LIMIT = text_rules.TEXT


@dataclass(frozen=True)
class Movement:
    entry_id: int
    entry_date: date
    description: str
    amount_rp: int  # into the fund (> 0) or out of it (> 0 in `paid`)
    from_shu: bool = False  # money in: from the year's SHU
    to_whom: str = ""  # money out: the teacher or member
    reason: str = ""
    receipt_number: str = ""


@dataclass(frozen=True)
class FundPeriod:
    fund: str
    start: date
    end: date
    opening_rp: int
    came_in: tuple[Movement, ...]
    paid: tuple[Movement, ...]
    closing_rp: int

    @property
    def in_rp(self) -> int:
        return sum(m.amount_rp for m in self.came_in)

    @property
    def out_rp(self) -> int:
        return sum(m.amount_rp for m in self.paid)

    @property
    def from_shu_rp(self) -> int:
        return sum(m.amount_rp for m in self.came_in if m.from_shu)


@checked
def balance(fund: str, as_of: date | None = None) -> int:
    """What the fund holds (its account's credit balance)."""
    return -ledger.account_balance(ACCOUNTS[fund], as_of)


@checked
def available(fund: str, on: date) -> int:
    """What may be paid out on `on`: no more than it held that day nor than it holds now."""
    return min(balance(fund, on), balance(fund))


def _insufficient(fund: str) -> str:
    if fund == "paud":
        return "fund.paud_insufficient"
    return "fund.sosial_insufficient"


def payment_issues(fund: str, amount_rp, on, cash_account: str) -> list[Issue]:
    issues = amount_issues("amount_rp", amount_rp) + date_issues("entry_date", on) + cash_issues(cash_account)
    if not issues:
        held = available(fund, on)
        if amount_rp > held:
            issues.append(Issue("amount_rp", _insufficient(fund), {"balance_rp": held}))
    return issues


@roles.needs("money")
@checked
def record_payment(entry_id: int, fund: str, teacher_id: int | None, member_id: int | None, reason: str) -> None:
    db.execute_sql("INSERT INTO fund_payments (entry_id, fund, teacher_id, member_id, reason) VALUES (?,?,?,?,?)",
                   (entry_id, fund, teacher_id, member_id, reason))


@roles.needs("money")
@checked
def receive(fund: str, amount_rp: int, on: date, source: str, cash_account: str = "1-101") -> int:
    """Money given into the fund from elsewhere than the SHU (a donation): Dr Kas, Cr the fund;
    a kuitansi for whoever gave it. Returns the entry id."""
    if fund not in ACCOUNTS:
        raise ValueError(fund)
    source = clean(source)
    issues = amount_issues("amount_rp", amount_rp) + date_issues("entry_date", on) + cash_issues(cash_account)
    issues += text_issues("source", source, SOURCE_LIMIT, required=True)
    if issues:
        raise Rejected(issues)
    name = "Dana insentif PAUD" if fund == "paud" else "Dana sosial"
    with db.atomic():
        entry_id = ledger.post_entry(on, f"{name} diterima dari {source}",
                                     [ledger.debit(cash_account, amount_rp, memo=source),
                                      ledger.credit(ACCOUNTS[fund], amount_rp, memo=source)])
        receipts.issue(entry_id, party_name=source)
    return entry_id


@checked
def year_report(fund: str, year: int) -> FundPeriod:
    return period_report(fund, date(year, 1, 1), date(year, 12, 31))


@checked
def period_report(fund: str, start: date, end: date) -> FundPeriod:
    """What the fund held the day before `start`, what came in and went out up to `end`, what
    it held at `end` (= the account's balance then)."""
    account = ACCOUNTS[fund]
    rows = db.execute_sql(
        "SELECT e.id, e.entry_date, e.description, -p.amount_rp,"
        " EXISTS (SELECT 1 FROM postings s JOIN accounts sa ON sa.id = s.account_id"
        "         WHERE s.entry_id = e.id AND sa.code IN (?, ?) AND s.amount_rp > 0),"
        " coalesce(t.name, m.name, ''), coalesce(f.reason, ''), coalesce(r.number, '')"
        " FROM postings p JOIN accounts a ON a.id = p.account_id JOIN journal_entries e ON e.id = p.entry_id"
        " LEFT JOIN fund_payments f ON f.entry_id = e.id LEFT JOIN paud_teachers t ON t.id = f.teacher_id"
        " LEFT JOIN members m ON m.id = f.member_id LEFT JOIN receipts r ON r.entry_id = e.id"
        " WHERE a.code = ? AND p.entry_date BETWEEN ? AND ? ORDER BY p.entry_date, p.id",
        (*SHU_ACCOUNTS, account, start.isoformat(), end.isoformat()))
    came_in, paid = [], []
    for entry_id, day, description, amount, from_shu, whom, reason, number in rows:
        day = date.fromisoformat(day)
        if amount > 0:
            came_in.append(Movement(entry_id, day, description, amount, bool(from_shu), receipt_number=number))
        else:
            paid.append(Movement(entry_id, day, description, -amount, False, whom, reason, number))
    return FundPeriod(fund, start, end, balance(fund, date.fromordinal(start.toordinal() - 1)), tuple(came_in),
                      tuple(paid), balance(fund, end))
