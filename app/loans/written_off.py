"""Written-off loans (dihapusbukukan) and the money received on them later (recoveries).

A write-off takes the loan off 1-201; a payment received afterwards is income of its own:
Dr Kas (or Bank) / Cr 4-304 Pemulihan piutang yang dihapus, with a kuitansi, and a row in
`loan_recoveries` naming the loan. No more can be recovered than was written off. A recovery
whose entry was reversed (storno) no longer counts anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import accounts, clock, ledger, receipts, settings
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.ledger import credit, debit
from app.loans import allowance, lifecycle
from app.loans.checks import rupiah_issues
from app.loans.lifecycle import RECEIVABLE
from app.usaha.common import date_issues

RECOVERY_INCOME = "4-304"  # Pemulihan piutang yang dihapus


@dataclass(frozen=True)
class Recovery:
    id: int
    loan_id: int
    loan_number: str
    member_name: str
    received_on: date
    amount_rp: int
    entry_id: int
    receipt_number: str | None


@dataclass(frozen=True)
class WrittenOff:
    loan_id: int
    loan_number: str
    member_number: int
    member_name: str
    written_off_on: date
    reason: str
    amount_rp: int  # pokok taken off 1-201
    from_allowance_rp: int  # of which charged to 1-203; the rest to 5-301
    recovered_rp: int  # received since, up to the date asked

    @property
    def expense_rp(self) -> int:
        return self.amount_rp - self.from_allowance_rp

    @property
    def unrecovered_rp(self) -> int:
        return self.amount_rp - self.recovered_rp


_STANDING = "e.reversed_by_id IS NULL AND e.reverses_id IS NULL"

_WRITTEN_OFF = f"""
    SELECT l.id, l.number, m.number, m.name, l.written_off_on, l.write_off_reason,
        (SELECT -SUM(p.amount_rp) FROM postings p JOIN accounts a ON a.id = p.account_id
         WHERE p.entry_id = l.write_off_entry_id AND a.code = '{RECEIVABLE}'),
        (SELECT COALESCE(SUM(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id
         WHERE p.entry_id = l.write_off_entry_id AND a.code = '{allowance.ALLOWANCE}'),
        (SELECT COALESCE(SUM(r.amount_rp), 0) FROM loan_recoveries r JOIN journal_entries e ON e.id = r.entry_id
         WHERE r.loan_id = l.id AND r.received_on <= ?2 AND {_STANDING})
    FROM loans l JOIN members m ON m.id = l.member_id
    WHERE l.status = 'written_off' AND l.written_off_on >= ?1 AND l.written_off_on <= ?2
    ORDER BY l.written_off_on, l.number"""

_RECOVERIES = f"""
    SELECT r.id, r.loan_id, l.number, m.name, r.received_on, r.amount_rp, r.entry_id, rc.number
    FROM loan_recoveries r JOIN journal_entries e ON e.id = r.entry_id
    JOIN loans l ON l.id = r.loan_id JOIN members m ON m.id = l.member_id
    LEFT JOIN receipts rc ON rc.entry_id = r.entry_id
    WHERE {_STANDING} AND r.received_on >= ?1 AND r.received_on <= ?2 {{loan}}
    ORDER BY r.received_on, r.id"""


@checked
def written_off(end: date, start: date = date.min) -> list[WrittenOff]:
    """Loans written off from `start` to `end`, with what was recovered on each by `end`."""
    return [WrittenOff(loan_id, number, member_number, name, date.fromisoformat(on), reason, amount, charged,
                       recovered)
            for loan_id, number, member_number, name, on, reason, amount, charged, recovered
            in db.execute_sql(_WRITTEN_OFF, (start.isoformat(), end.isoformat()))]


@checked
def recoveries(end: date, start: date = date.min, loan_id: int | None = None) -> list[Recovery]:
    """Money received on written-off loans from `start` to `end` (one loan's, or all)."""
    params: tuple = (start.isoformat(), end.isoformat())
    if loan_id is not None:
        params += (loan_id,)
    sql = _RECOVERIES.format(loan="AND r.loan_id = ?3" if loan_id is not None else "")
    return [Recovery(rid, lid, number, name, date.fromisoformat(on), amount, entry_id, receipt)
            for rid, lid, number, name, on, amount, entry_id, receipt in db.execute_sql(sql, params)]


@roles.needs("money")
@checked
def recover(loan_id: int, on: date, amount_rp: int, cash_account: str = "1-101") -> Recovery:
    """Money received on a written-off loan: Dr cash / Cr 4-304, a kuitansi, a loan_recoveries row."""
    with db.atomic():
        lifecycle.hold(loan_id)  # two recoveries never both take what is left unrecovered
        row = db.execute_sql("SELECT status, written_off_on, number, member_id FROM loans WHERE id = ?",
                             (loan_id,)).fetchone()
        if row is None:
            raise Rejected.one("loan", "loan.not_found", loan_id=loan_id)
        status, written_off_on, number, member_id = row
        if status != "written_off":
            raise Rejected.one("loan", "loan.not_written_off", loan=number)
        written_off_on = date.fromisoformat(written_off_on)
        issues = (date_issues("on", on) + rupiah_issues("amount_rp", amount_rp)
                  + accounts.cash_account_issues(cash_account))
        if not issues and on < written_off_on:
            issues.append(Issue("on", "loan.recovery_before_write_off", {"written_off_on": written_off_on}))
        left = next(w for w in written_off(date.max, written_off_on) if w.loan_id == loan_id)
        if not issues and amount_rp > left.unrecovered_rp:
            issues.append(Issue("amount_rp", "loan.recovery_too_much", {"max_rp": left.unrecovered_rp}))
        if issues:
            raise Rejected(issues)
        tag = {"member_id": member_id, "memo": number}
        lines = [debit(cash_account, amount_rp, memo=number), credit(RECOVERY_INCOME, amount_rp, **tag)]
        entry_id = ledger.post_entry(on, f"Pemulihan piutang dihapus {number} – {left.member_name}", lines, number)
        receipts.issue(entry_id, member_id, amount_rp)
        recovery_id = current().insert(
            db, "INSERT INTO loan_recoveries (loan_id, entry_id, received_on, amount_rp, recorded_at, recorded_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (loan_id, entry_id, on.isoformat(), amount_rp, clock.now().isoformat(sep=" "), settings.operator_name()))
    return next(r for r in recoveries(date.max, loan_id=loan_id) if r.id == recovery_id)
