"""What a funder's money did, and the group's capital over the years.

A funder's entries are those linked to it in funder_entries, and their reversals. In a period:
what came in and when (grants in cash and in kind, loans received), what was repaid to the bank
(pokok and jasa) and what is still owed at the period's end.

What it financed, by one stated rule (ATTRIBUTION): money is mixed in the group's cash, so a
funder's money is taken to stand in everything the group holds in the same proportion as its
part of the group's capital at the period's end (its modal hibah plus what is still owed to it,
over member savings + grants + bank loans + reserves). Loans paid out to members and equipment
bought during the period are financed by that part (rounded down to the rupiah); equipment the
funder gave in kind is wholly its own. What is left is its part of Kas and Bank and of the
members' loans still outstanding at the period's end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from app import ledger
from app.dates import checked
from app.db import db
from app.funds.funders import FunderRow, get_funder

ATTRIBUTION = ("Dana bercampur di kas kelompok: bagian sumber ini adalah dananya (hibah ditambah sisa utang) "
               "dibagi seluruh modal kelompok pada akhir periode; pinjaman anggota dan peralatan yang dibeli "
               "dalam periode dibiayai sebesar bagian itu, hibah barang seluruhnya oleh pemberinya.",
               "Money is mixed in the group's cash: this source's part is its money (grants plus what is still "
               "owed to it) over the group's whole capital at the end of the period; loans to members and "
               "equipment bought in the period are financed in that part, in-kind grants wholly by the giver.")
CAPITAL_PARTS = {"savings": ("3-101", "3-102", "2-101"), "grants": ("3-201",), "bank": ("2-201",),
                 "reserves": ("3-301",)}


@dataclass(frozen=True)
class Receipt:
    entry_date: date
    kind: str  # grant, in_kind, loan (a reversal keeps the kind of what it reverses)
    description: str
    amount_rp: int  # negative for a reversal


@dataclass(frozen=True)
class FunderReport:
    funder: FunderRow
    start: date
    end: date
    received: tuple[Receipt, ...]  # in the period
    received_before_rp: int
    grants_rp: int  # modal hibah of this funder in the period (cash and in kind)
    in_kind_rp: int
    loans_received_rp: int
    repaid_pokok_rp: int
    repaid_jasa_rp: int
    owed_rp: int  # still owed to it at the end
    funder_capital_rp: int  # its grants to date plus what is still owed to it
    group_capital_rp: int
    member_loans_paid_rp: int  # loans paid out to members in the period, all sources
    member_loans_count: int
    equipment_bought_rp: int  # equipment bought (not given) in the period, all sources
    items_given: tuple[tuple[str, date, int], ...]  # in-kind items (name, date, value) in the period
    cash_end_rp: int
    member_loans_outstanding_rp: int

    @property
    def received_rp(self) -> int:
        return sum(r.amount_rp for r in self.received)

    @property
    def share(self) -> Fraction:
        if self.group_capital_rp <= 0 or self.funder_capital_rp <= 0:
            return Fraction(0)
        return min(Fraction(self.funder_capital_rp, self.group_capital_rp), Fraction(1))

    def part(self, amount_rp: int) -> int:
        return int(self.share * amount_rp)  # rounded down: never claims a rupiah it did not give

    @property
    def financed_loans_rp(self) -> int:
        return self.part(self.member_loans_paid_rp)

    @property
    def financed_equipment_rp(self) -> int:
        return self.part(self.equipment_bought_rp) + sum(value for _, _, value in self.items_given)

    @property
    def left_in_cash_rp(self) -> int:
        return self.part(max(self.cash_end_rp, 0))

    @property
    def left_in_loans_rp(self) -> int:
        return self.part(max(self.member_loans_outstanding_rp, 0))


_FUNDER_ENTRIES = ("(SELECT entry_id FROM funder_entries WHERE funder_id = ?"
                   " UNION SELECT j.id FROM journal_entries j JOIN funder_entries fe ON fe.entry_id = j.reverses_id"
                   " WHERE fe.funder_id = ?)")


@checked
def funder_postings(funder_id: int, code: str, start: date | None = None, end: date | None = None) -> int:
    """Sum of the postings on `code` of this funder's entries between the dates (debit > 0)."""
    sql = ("SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
           f" WHERE a.code = ? AND p.entry_id IN {_FUNDER_ENTRIES}")
    params: list = [code, funder_id, funder_id]
    if start is not None:
        sql += " AND p.entry_date >= ?"
        params.append(start.isoformat())
    if end is not None:
        sql += " AND p.entry_date <= ?"
        params.append(end.isoformat())
    return db.execute_sql(sql, params).fetchone()[0]


def _natural(codes, as_of: date) -> int:
    sql = ("SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
           f" WHERE a.code IN ({','.join('?' * len(codes))}) AND p.entry_date <= ?")
    return -db.execute_sql(sql, (*codes, as_of.isoformat())).fetchone()[0]


@checked
def group_capital(as_of: date) -> dict[str, int]:
    """Member savings, grants, bank loans and reserves at a date (credit balances)."""
    return {part: _natural(codes, as_of) for part, codes in CAPITAL_PARTS.items()}


def _received(funder_id: int, start: date, end: date) -> list[Receipt]:
    rows = db.execute_sql(
        "SELECT e.entry_date, coalesce(fe.kind, orig.kind), e.description, -sum(p.amount_rp)"
        " FROM journal_entries e JOIN postings p ON p.entry_id = e.id JOIN accounts a ON a.id = p.account_id"
        " LEFT JOIN funder_entries fe ON fe.entry_id = e.id LEFT JOIN funder_entries orig ON orig.entry_id = e.reverses_id"
        f" WHERE e.id IN {_FUNDER_ENTRIES} AND coalesce(fe.kind, orig.kind) IN ('grant', 'in_kind', 'loan')"
        " AND a.code IN ('3-201', '2-201') AND e.entry_date BETWEEN ? AND ?"
        " GROUP BY e.id, fe.kind, orig.kind ORDER BY e.entry_date, e.id",
        (funder_id, funder_id, start.isoformat(), end.isoformat()))
    return [Receipt(date.fromisoformat(day), kind, text, amount) for day, kind, text, amount in rows]


@checked
def funder_report(funder_id: int, start: date, end: date) -> FunderReport:
    funder = get_funder(funder_id)
    received = _received(funder_id, start, end)
    day_before = date.fromordinal(start.toordinal() - 1)
    before = sum(-funder_postings(funder_id, code, end=day_before) for code in ("3-201", "2-201"))
    repaid = db.execute_sql(
        "SELECT coalesce(sum(bp.pokok_rp), 0), coalesce(sum(bp.jasa_rp), 0) FROM bank_loan_payments bp"
        " JOIN bank_loans b ON b.id = bp.loan_id JOIN journal_entries e ON e.id = bp.entry_id"
        " WHERE b.funder_id = ? AND bp.pay_date BETWEEN ? AND ? AND e.reversed_by_id IS NULL",
        (funder_id, start.isoformat(), end.isoformat())).fetchone()
    owed = -funder_postings(funder_id, "2-201", end=end)
    grants_to_date = -funder_postings(funder_id, "3-201", end=end)
    capital = group_capital(end)
    loans = db.execute_sql(
        "SELECT count(*), coalesce(sum(l.principal_rp), 0) FROM loans l JOIN journal_entries e"
        " ON e.id = l.disbursement_entry_id WHERE l.disbursed_on BETWEEN ? AND ? AND e.reversed_by_id IS NULL"
        " AND l.id NOT IN (SELECT loan_id FROM opening_loans)",  # brought in, not given out by this book
        (start.isoformat(), end.isoformat())).fetchone()
    bought = db.execute_sql(
        "SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE a.code = '1-401' AND p.amount_rp > 0 AND p.entry_date BETWEEN ? AND ?"
        " AND p.entry_id NOT IN (SELECT entry_id FROM funder_entries WHERE kind = 'in_kind')",
        (start.isoformat(), end.isoformat())).fetchone()[0]
    items = tuple(
        (name, date.fromisoformat(day), value) for name, day, value in db.execute_sql(
            "SELECT i.name, e.entry_date, i.value_rp FROM funder_entries fe JOIN inventory_items i"
            " ON i.id = fe.inventory_item_id JOIN journal_entries e ON e.id = fe.entry_id"
            " WHERE fe.funder_id = ? AND fe.kind = 'in_kind' AND e.reversed_by_id IS NULL"
            " AND e.entry_date BETWEEN ? AND ? ORDER BY e.entry_date, e.id",
            (funder_id, start.isoformat(), end.isoformat())))
    cash = db.execute_sql(
        "SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE a.code LIKE '1-1%' AND a.kind = 'asset' AND p.entry_date <= ?", (end.isoformat(),)).fetchone()[0]
    return FunderReport(
        funder, start, end, tuple(received), before,
        sum(r.amount_rp for r in received if r.kind in ("grant", "in_kind")),
        sum(r.amount_rp for r in received if r.kind == "in_kind"),
        sum(r.amount_rp for r in received if r.kind == "loan"),
        repaid[0], repaid[1], owed, grants_to_date + owed, sum(capital.values()),
        loans[1], loans[0], bought, items, cash, ledger.account_balance("1-201", end))


@dataclass(frozen=True)
class CapitalYear:
    year: int
    as_of: date
    savings_rp: int
    grants_rp: int
    bank_rp: int
    reserves_rp: int

    @property
    def total_rp(self) -> int:
        return self.savings_rp + self.grants_rp + self.bank_rp + self.reserves_rp


@checked
def capital_over_years(as_of: date) -> list[CapitalYear]:
    """One row per year from the first entry's year to `as_of`'s, each at its year's end (the
    last one at `as_of`)."""
    first = db.execute_sql("SELECT min(entry_date) FROM postings").fetchone()[0]
    if first is None:
        return []
    rows = []
    for year in range(int(first[:4]), as_of.year + 1):
        day = min(date(year, 12, 31), as_of)
        parts = group_capital(day)
        rows.append(CapitalYear(year, day, parts["savings"], parts["grants"], parts["bank"], parts["reserves"]))
    return rows
