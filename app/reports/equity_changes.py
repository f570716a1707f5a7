"""Laporan Perubahan Ekuitas: each equity account's opening, additions, reductions and closing
over a period, and one row for the surplus (SHU) whose closing ties to the Neraca's SHU lines.

The SHU row reads income, expense and 3-401 together, as the Neraca does: its additions are the
period's result as the Laporan Hasil Usaha shows it (year-closing entries left out: they only
move the result into 3-401), its reductions the SHU shared in the period (bagi hasil, the
members' meeting's decisions: every other 3-401 posting, net of stornos). So the row's change is
LHU result − distributions, and the rows' closings add up to the Neraca's equity.

Selisih saldo awal (3-502) is the counterpart of every opening entry: it shows only its net
change (none, on a balanced opening), not the opening's whole Neraca added and taken away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.dates import checked
from app.db import db
from app.errors import Rejected
from app.financial_statements import SURPLUS
from app.opening.draft import OPENING_ACCOUNT

SHU_ROW = "shu"  # the code of the computed row


@dataclass(frozen=True)
class EquityRow:
    code: str  # an account's code, or SHU_ROW
    name: str
    opening_rp: int  # natural sign (credit positive)
    additions_rp: int
    reductions_rp: int

    @property
    def closing_rp(self) -> int:
        return self.opening_rp + self.additions_rp - self.reductions_rp


@dataclass(frozen=True)
class EquityChanges:
    start: date
    end: date
    rows: tuple[EquityRow, ...]

    def total(self, part: str) -> int:
        return sum(getattr(row, part) for row in self.rows)

    @property
    def shu(self) -> EquityRow:
        return next(row for row in self.rows if row.code == SHU_ROW)


@checked
def equity_changes(start: date, end: date) -> EquityChanges:
    """The Laporan Perubahan Ekuitas of [start, end]. A period that starts after it ends is refused."""
    if start > end:
        raise Rejected.one("start", "period.reversed")
    first, last = start.isoformat(), end.isoformat()
    rows, shu_opening, result, shared = [], 0, 0, 0
    for code, name, kind, before, debits, credits, closing in db.execute_sql(
            "SELECT a.code, a.name, a.kind,"
            " (SELECT coalesce(sum(p.amount_rp), 0) FROM postings p WHERE p.account_id = a.id AND p.entry_date < ?),"
            " (SELECT coalesce(sum(p.amount_rp), 0) FROM postings p WHERE p.account_id = a.id"
            "  AND p.entry_date BETWEEN ? AND ? AND p.amount_rp > 0),"
            " (SELECT coalesce(sum(p.amount_rp), 0) FROM postings p WHERE p.account_id = a.id"
            "  AND p.entry_date BETWEEN ? AND ? AND p.amount_rp < 0),"
            " (SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN period_events ev ON ev.entry_id = p.entry_id"
            "  WHERE p.account_id = a.id AND p.entry_date BETWEEN ? AND ?)"
            " FROM accounts a WHERE a.kind IN ('equity', 'income', 'expense') ORDER BY a.code",
            (first, first, last, first, last, first, last)):
        if kind == "equity" and code != SURPLUS:
            if code == OPENING_ACCOUNT:  # every opening entry's counterpart: only what it is left with is a change
                net = -(debits + credits)
                debits, credits = max(-net, 0), -max(net, 0)
            if before or debits or credits:
                rows.append(EquityRow(code, name, -before, -credits, debits))
            continue
        shu_opening -= before
        if code == SURPLUS:
            shared += debits + credits - closing
        else:
            result -= debits + credits - closing
    rows.append(EquityRow(SHU_ROW, "", shu_opening, result, shared))
    return EquityChanges(start, end, tuple(rows))
