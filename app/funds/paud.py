"""The village's PAUD teachers and their incentive, paid from the PAUD fund (2-302).

A payment is Dr Dana insentif PAUD, Cr Kas/Bank, with a kuitansi the teacher signs (her name is
the receipt's party). A payment above what the fund holds is refused with the fund's balance,
and nothing is written. Teachers are never deleted; one who stops teaching is made inactive.

Refusals name: name, paud_name, since, teacher, amount_rp, entry_date, cash_account, memo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import clock, ledger, receipts, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.funds import earmarked
from app.funds.checks import clean, date_issues, text_issues

LIMIT = text_rules.NAME


@dataclass(frozen=True)
class Teacher:
    id: int
    name: str
    paud_name: str
    since: date
    is_active: bool


@dataclass(frozen=True)
class Paid:
    entry_id: int
    receipt_number: str
    balance_after_rp: int


def _teacher_issues(name: str, paud_name: str, since) -> list[Issue]:
    return (text_issues("name", name, LIMIT, required=True) + text_issues("paud_name", paud_name, LIMIT, required=True)
            + date_issues("since", since))


@checked
def get_teacher(teacher_id: int) -> Teacher:
    values = db.execute_sql("SELECT id, name, paud_name, since, is_active FROM paud_teachers WHERE id = ?",
                            (teacher_id,)).fetchone()
    if values is None:
        raise Rejected.one("teacher", "teacher.not_found")
    return Teacher(values[0], values[1], values[2], date.fromisoformat(values[3]), bool(values[4]))


def list_teachers(active_only: bool = False) -> list[Teacher]:
    where = " WHERE is_active = 1" if active_only else ""
    return [get_teacher(i) for (i,) in db.execute_sql(f"SELECT id FROM paud_teachers{where} ORDER BY name, id")]


@roles.needs("records")
def add_teacher(name: str, paud_name: str, since: date) -> Teacher:
    name, paud_name = clean(name), clean(paud_name)
    issues = _teacher_issues(name, paud_name, since)
    if issues:
        raise Rejected(issues)
    with db.atomic():
        teacher_id = current().insert(db,
            "INSERT INTO paud_teachers (name, paud_name, since, created_at) VALUES (?, ?, ?, ?)",
            (name, paud_name, since.isoformat(), clock.now().isoformat(sep=" ")))
    return get_teacher(teacher_id)


@roles.needs("records")
@checked
def update_teacher(teacher_id: int, name: str, paud_name: str, since: date, active: bool) -> Teacher:
    name, paud_name = clean(name), clean(paud_name)
    with db.atomic():
        get_teacher(teacher_id)
        issues = _teacher_issues(name, paud_name, since)
        if issues:
            raise Rejected(issues)
        db.execute_sql("UPDATE paud_teachers SET name = ?, paud_name = ?, since = ?, is_active = ? WHERE id = ?",
                       (name, paud_name, since.isoformat(), int(bool(active)), teacher_id))
    return get_teacher(teacher_id)


@roles.needs("money")
@checked
def pay_incentive(teacher_id: int, amount_rp: int, on: date, cash_account: str = "1-101", memo: str = "") -> Paid:
    memo = clean(memo)
    with db.atomic():
        teacher = get_teacher(teacher_id)
        issues = earmarked.payment_issues("paud", amount_rp, on, cash_account) + text_issues("memo", memo, text_rules.TEXT)
        if not teacher.is_active:
            issues.append(Issue("teacher", "teacher.inactive", {"name": teacher.name}))
        if issues:
            raise Rejected(issues)
        what = f"{teacher.name} ({teacher.paud_name})"
        entry_id = ledger.post_entry(
            on, f"Insentif guru PAUD {what}" + (f" – {memo}" if memo else ""),
            [ledger.debit(earmarked.ACCOUNTS["paud"], amount_rp, memo=memo or teacher.paud_name),
             ledger.credit(cash_account, amount_rp, memo=teacher.name)])
        earmarked.record_payment(entry_id, "paud", teacher_id, None, memo)
        number = receipts.issue(entry_id, party_name=teacher.name)
    return Paid(entry_id, number, earmarked.balance("paud"))
