"""One book's figures for the recap, read from the open book (a working copy) through the
report services the book's own documents use, so that a group's row in the recap says what
its own Neraca, loan portfolio and Laporan Hasil Usaha say. No ledger sums by hand here.

The period is the calendar year up to `end`: with a date, 1 January of its year to that date;
with a year, the whole year. Balances (savings, loans, capital, Neraca) are at `end`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app import financial_statements, group_profile
from app.dates import checked
from app.db import db
from app.documents.loan_portfolio import portfolio
from app.funds import earmarked
from app.funds.report import group_capital
from app.usaha.report import profit
from app.yearend.shu import business_shared

SAVINGS_KINDS = ("pokok", "wajib", "sukarela")
CAPITAL_PARTS = ("savings", "grants", "bank", "reserves")


@dataclass(frozen=True)
class Identity:
    """Who the book belongs to (Pengaturan), and which book it is: two files with the same
    identity and the same `made` are copies of one book; another `made` is another book."""

    group_name: str
    desa: str
    kecamatan: str
    kabupaten: str
    made: str  # when the book was made (its chart of accounts' first row) and its first entry

    @property
    def key(self) -> tuple[str, str, str]:
        return tuple(" ".join(part.split()).casefold() for part in (self.group_name, self.desa, self.kecamatan))


@dataclass(frozen=True)
class BookFigures:
    identity: Identity
    schema_version: int
    entries: int
    last_entry: date | None  # stale data shows
    members: int
    savings_rp: dict[str, int]  # SAVINGS_KINDS at `end`
    savings_before_rp: int  # all three kinds the day before the period
    assets_rp: int  # the Neraca at `end`
    liabilities_rp: int
    equity_rp: int
    loans: int  # outstanding at `end`
    borrowers: int
    outstanding_rp: int
    arrears_rp: int
    by_class_rp: dict[str, int]  # outstanding by kolektibilitas (app.loans.arrears.CLASSES)
    sales_rp: int  # the period
    business_profit_rp: int
    shu_rp: int  # income − expense − the businesses' bagi hasil
    paud_paid_rp: int  # incentive paid to PAUD teachers
    capital_rp: dict[str, int]  # CAPITAL_PARTS at `end`

    @property
    def savings_total_rp(self) -> int:
        return sum(self.savings_rp.values())

    @property
    def savings_growth_rp(self) -> int:
        return self.savings_total_rp - self.savings_before_rp

    @property
    def lancar_bp(self) -> int:
        """Lancar's share of the outstanding in basis points; no loan outstanding is 100%."""
        if not self.outstanding_rp:
            return 10_000
        return self.by_class_rp.get("lancar", 0) * 10_000 // self.outstanding_rp


def _identity(profile: group_profile.GroupProfile) -> Identity:
    made = db.execute_sql("SELECT min(created_at) FROM accounts").fetchone()[0] or ""
    first = db.execute_sql("SELECT entry_date, entered_at FROM journal_entries ORDER BY id LIMIT 1").fetchone()
    return Identity(profile.group_name, profile.desa, profile.kecamatan, profile.kabupaten,
                    f"{made}|{first[0]}|{first[1]}" if first else made)


@checked
def book_figures(start: date, end: date) -> BookFigures:
    """The open book's figures for the period [start, end]."""
    profile = group_profile.profile(end)
    sheet = financial_statements.balance_sheet(end)
    loans = portfolio(end)
    before = start - timedelta(days=1)
    capital_before = group_capital(before)
    entries, last = db.execute_sql("SELECT count(*), max(entry_date) FROM journal_entries").fetchone()
    businesses = [b for (b,) in db.execute_sql("SELECT id FROM businesses ORDER BY id")]
    income = financial_statements.income_statement(start, end)
    return BookFigures(
        identity=_identity(profile),
        schema_version=db.execute_sql("PRAGMA user_version").fetchone()[0],
        entries=entries,
        last_entry=date.fromisoformat(last) if last else None,
        members=profile.members,
        savings_rp={kind: profile.savings_rp.get(kind, 0) for kind in SAVINGS_KINDS},
        savings_before_rp=capital_before["savings"],
        assets_rp=sheet.assets.total_rp,
        liabilities_rp=sheet.liabilities.total_rp,
        equity_rp=sheet.equity.total_rp,
        loans=profile.loans_outstanding,
        borrowers=profile.borrowers,
        outstanding_rp=loans.total_outstanding_rp,
        arrears_rp=loans.total_arrears_rp,
        by_class_rp={c.kolektibilitas: c.outstanding_rp for c in loans.classes},
        sales_rp=profile.turnover_this_year_rp,
        business_profit_rp=sum(profit(b, start, end) for b in businesses),
        shu_rp=income.shu_rp - business_shared(end.year),
        paud_paid_rp=earmarked.period_report("paud", start, end).out_rp,
        capital_rp=group_capital(end),
    )

