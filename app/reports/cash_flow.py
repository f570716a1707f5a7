"""Laporan Arus Kas by the direct method, read from the cash postings (Kas, Bank, any 1-1xx).

Each entry that moves cash is read as one movement: its net cash (a Kas → Bank transfer nets to
nothing) is explained by its other postings, grouped into flows (FLOWS: "Penerimaan angsuran
pokok", "Pembayaran beban"...). Postings of the same flow are netted first, so a cash sale's
cost of goods (5-101 against 1-301) cancels out and the whole sale is read as a receipt. The net
cash is then split over the flows on the other side in proportion to their exact amounts, by the
largest-remainder method, so the parts add up to the rupiah.

Activities (a decision for a savings-and-loans group, DOMAIN.md): lending and members' savings
are the fund's own business, so they are operating with sales, jasa and costs; equipment is
investing; grants, bank loans, the reserve and the SHU paid out are financing.

A storno is read in the flow of the entry it cancels, as a negative amount ("Penerimaan
angsuran pokok" less the reversed repayment), not as a movement the other way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from app.dates import checked
from app.db import db
from app.errors import Rejected
from app.ledger import is_cash
from app.usaha.sharing import largest_remainder

OPERATING, INVESTING, FINANCING = "operating", "investing", "financing"
ACTIVITIES = (OPERATING, INVESTING, FINANCING)


@dataclass(frozen=True)
class Flow:
    key: str  # a group of accounts; the document words its two lines: "<key>.in", "<key>.out"
    activity: str
    prefixes: tuple[str, ...]  # account codes; the longest matching prefix wins


FLOWS: tuple[Flow, ...] = (
    Flow("sales", OPERATING, ("4-2", "1-202")),
    Flow("loan_income", OPERATING, ("4-101", "4-102", "4-103")),
    Flow("loans", OPERATING, ("1-20",)),
    Flow("recoveries", OPERATING, ("4-304",)),  # money back on loans written off
    Flow("savings", OPERATING, ("2-101", "3-101", "3-102")),
    Flow("purchases", OPERATING, ("1-3", "5-1", "2-102")),
    Flow("funds", OPERATING, ("2-3",)),  # PAUD and social funds (2-301, the SHU to pay, is financing)
    Flow("other_income", OPERATING, ("4-",)),
    Flow("bank_interest", OPERATING, ("5-302",)),
    Flow("expenses", OPERATING, ("5-",)),
    Flow("other_operating", OPERATING, ("1-", "2-1")),
    Flow("equipment", INVESTING, ("1-4",)),
    Flow("bank_loans", FINANCING, ("2-2",)),
    Flow("grants", FINANCING, ("3-2",)),
    Flow("shu_paid", FINANCING, ("2-301", "3-3", "3-4")),
    Flow("other_financing", FINANCING, ("2-", "3-")),
)


def flow_of(code: str) -> Flow:
    best, length = FLOWS[-1], 0
    for flow in FLOWS:
        for prefix in flow.prefixes:
            if code.startswith(prefix) and len(prefix) > length:
                best, length = flow, len(prefix)
    return best


@dataclass(frozen=True)
class FlowLine:
    key: str  # "<flow>.in" or "<flow>.out"
    activity: str
    amount_rp: int  # money in positive, money out negative


@dataclass(frozen=True)
class CashFlow:
    start: date
    end: date
    opening_rp: int  # kas + bank at the end of the day before `start`
    lines: tuple[FlowLine, ...]  # in FLOWS order, in before out, only those that moved

    def activity_rp(self, activity: str) -> int:
        return sum(line.amount_rp for line in self.lines if line.activity == activity)

    @property
    def net_rp(self) -> int:
        return sum(line.amount_rp for line in self.lines)

    @property
    def closing_rp(self) -> int:
        return self.opening_rp + self.net_rp


@checked
def cash_flow(start: date, end: date) -> CashFlow:
    """The Laporan Arus Kas of [start, end]. A period that starts after it ends is refused."""
    if start > end:
        raise Rejected.one("start", "period.reversed")
    entries: dict[int, list[tuple[str, int]]] = defaultdict(list)
    storno: dict[int, bool] = {}
    for entry_id, reverses, code, amount in db.execute_sql(
            "SELECT p.entry_id, e.reverses_id, a.code, p.amount_rp FROM postings p"
            " JOIN journal_entries e ON e.id = p.entry_id JOIN accounts a ON a.id = p.account_id"
            " WHERE p.entry_date BETWEEN ? AND ? AND p.entry_id IN (SELECT p2.entry_id FROM postings p2"
            " JOIN accounts a2 ON a2.id = p2.account_id WHERE a2.code LIKE '1-1%'"
            " AND p2.entry_date BETWEEN ? AND ?) ORDER BY p.entry_id, p.id",
            (start.isoformat(), end.isoformat()) * 2):
        entries[entry_id].append((code, amount))
        storno[entry_id] = reverses is not None
    totals: dict[str, int] = defaultdict(int)
    for entry_id, postings in entries.items():
        for key, amount in movement(postings, storno[entry_id]).items():
            totals[key] += amount
    lines = [FlowLine(f"{flow.key}.{way}", flow.activity, totals[f"{flow.key}.{way}"])
             for flow in FLOWS for way in ("in", "out") if totals.get(f"{flow.key}.{way}")]
    return CashFlow(start, end, cash_at(start - timedelta(days=1)), tuple(lines))


def movement(postings: list[tuple[str, int]], reverses: bool = False) -> dict[str, int]:
    """One entry's net cash split over its flows: {"loans.in": 500_000, "loan_income.in": 50_000}.

    `postings` are (account code, amount, debit positive); `reverses`: the entry is a storno,
    whose parts are read in the flows of the entry it cancels."""
    cash = sum(amount for code, amount in postings if is_cash(code))
    if cash == 0:
        return {}
    by_flow: dict[str, int] = defaultdict(int)
    for code, amount in postings:
        if not is_cash(code):
            by_flow[flow_of(code).key] += amount
    # the flows on the other side of the cash: money in is explained by credits, out by debits
    other_side = [(key, -amount) for key, amount in by_flow.items() if amount and (amount < 0) == (cash > 0)]
    parts = largest_remainder(abs(cash), [abs(weight) for _, weight in other_side])
    way = "in" if (cash > 0) != reverses else "out"
    sign = 1 if cash > 0 else -1
    return {f"{key}.{way}": sign * part for (key, _), part in zip(other_side, parts) if part}


@checked
def cash_at(day: date) -> int:
    """Kas + bank (every 1-1xx account) at the end of `day`."""
    (total,) = db.execute_sql(
        "SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE a.code LIKE '1-1%' AND p.entry_date <= ?", (day.isoformat(),)).fetchone()
    return total



@checked
def cash_accounts(day: date) -> list[tuple[str, str, int]]:
    """(code, name, balance) of Kas, Bank and any other 1-1xx account used by the end of `day`."""
    return list(db.execute_sql(
        "SELECT a.code, a.name, coalesce(sum(p.amount_rp), 0) FROM accounts a LEFT JOIN postings p"
        " ON p.account_id = a.id AND p.entry_date <= ? WHERE a.code LIKE '1-1%' GROUP BY a.id"
        " HAVING a.code IN ('1-101', '1-102') OR count(p.id) > 0 ORDER BY a.code", (day.isoformat(),)))
