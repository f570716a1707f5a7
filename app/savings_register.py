"""The Simpanan page's register: every member with her three balances and her wajib status.

savings.wajib_status() answers for one member with a few queries; a district book lists 3 000
members, so wajib paid is summed here for everyone in one grouped query, with exactly the same
rule (see savings.wajib_status and savings._wajib_paid; tests/test_savings_register.py checks
the two agree member by member).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import clock, ledger, members, savings
from app.dates import checked
from app.db import db
from app.engine import current
from app.members import MemberRow
from app.models import Account
from app.savings import SavingsBalances, WajibStatus

# Wajib postings up to a day, summed per member down the covering index postings_member
# (member_id, account_id, entry_date, amount_rp): members first, so no table row is read.
_WAJIB_SUMS = """
SELECT m.id, SUM(p.amount_rp) FROM members m
CROSS JOIN postings p ON p.member_id = m.id AND p.account_id = ? AND p.entry_date <= ?
GROUP BY m.id
"""
# The few debits on wajib (stornos of deposits and pay-outs on leaving), with their entry.
_WAJIB_DEBITS = """
SELECT m.id, p.entry_id, p.amount_rp, e.reverses_id FROM members m
CROSS JOIN postings p ON p.member_id = m.id AND p.account_id = ? AND p.entry_date <= ? AND p.amount_rp > 0
JOIN journal_entries e ON e.id = p.entry_id
"""
# Stornos of pay-outs: they give back what the pay-out took, and are not paid either.
_PAYOUT_STORNOS = """
SELECT p.member_id, e.reverses_id, p.amount_rp FROM journal_entries e
JOIN postings p ON p.entry_id = e.id AND p.account_id = ? AND p.entry_date <= ?
WHERE e.reverses_id IN ({marks})
"""


@dataclass(frozen=True)
class RegisterRow:
    member: MemberRow
    balances: SavingsBalances
    wajib: WajibStatus


@checked
def wajib_statuses(member_rows: list[MemberRow], as_of: date | None = None) -> dict[int, WajibStatus]:
    """savings.wajib_status for each of `member_rows`, by member id, in three queries.

    Paid is everything on wajib up to the day except the pay-out on leaving (a wajib debit that
    is not a storno) and stornos of such a pay-out, the rule of savings._wajib_paid.
    """
    as_of = as_of or clock.today()
    wajib = Account.get(Account.code == savings.ACCOUNTS["wajib"])
    args = (wajib.id, as_of.isoformat())
    raw = dict(db.execute_sql(_WAJIB_SUMS, args).fetchall())
    payouts: dict[int, set[int]] = {}
    for member_id, entry_id, amount, reverses in db.execute_sql(_WAJIB_DEBITS, args).fetchall():
        if reverses is None:
            payouts.setdefault(member_id, set()).add(entry_id)
            raw[member_id] -= amount
    payout_ids = sorted(set().union(*payouts.values())) if payouts else []
    for chunk in (payout_ids[i:i + 500] for i in range(0, len(payout_ids), 500)):
        sql = _PAYOUT_STORNOS.format(marks=", ".join("?" * len(chunk)))
        for member_id, reverses, amount in db.execute_sql(sql, (*args, *chunk)).fetchall():
            if reverses in payouts.get(member_id, ()):
                raw[member_id] -= amount
    monthly = savings.wajib_amount()
    brought = savings.opening_wajib()
    result = {}
    for m in member_rows:
        result[m.id] = savings.wajib_of(m, as_of, ledger.natural_balance(wajib.kind, raw.get(m.id) or 0), monthly,
                                        brought.get(m.id, (0, 0)))
    return result


@checked
def register(as_of: date | None = None) -> list[RegisterRow]:
    """Every member (active and left), her savings and her wajib status as of a day (today)."""
    as_of = as_of or clock.today()
    # One read snapshot (no write lock, so it may run off the GUI thread while the GUI thread
    # writes): balances and wajib come from the same state of the book.
    with current().snapshot(db):
        rows = members.list_members()
        held = savings.all_balances(as_of)
        wajib = wajib_statuses(rows, as_of)
    zero = SavingsBalances(0, 0, 0, 0)
    return [RegisterRow(m, held.get(m.id, zero), wajib[m.id]) for m in rows]
