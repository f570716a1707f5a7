"""The group's profile for the lomba UP2K and its row in the Pokja II table, from the data
already in the book (DOMAIN.md "PKK reporting").

Definitions used (a judge reads them off the profile, so each is one plain rule):
- Modal sekarang (current capital) = total assets − liabilities on the date. That is the
  equity accounts (3-xxx: simpanan pokok and wajib, hibah, cadangan, SHU tahun berjalan) plus
  the surplus of income over expenses not yet closed into equity. Simpanan sukarela is owed to
  the members (a liability) and is not capital.
- Members: joined on or before the date and not left by then.
- Borrowers: members with a loan outstanding on the date (loan_portfolio.portfolio).
- "This year": 1 January of the date's year up to the date.
- Business turnover: credits to 4-201 (penjualan usaha kelompok) this year, by the business
  tagged on the posting; sales not tagged with a business are shown apart.
- Grant sources: the entries that credited 3-201 (modal hibah), with their description.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import ledger, settings
from app.dates import checked
from app.db import db
from app.documents.loan_portfolio import portfolio
from app.members import WELFARE_STAGES, list_members
from app.savings import ACCOUNTS as SAVINGS_ACCOUNTS

SALES_ACCOUNT = "4-201"
GRANT_ACCOUNT = "3-201"


@dataclass(frozen=True)
class BusinessFigures:
    business_id: int | None  # None: sales posted without a business
    name: str
    members: int  # active members in the business group on the date
    turnover_rp: int  # this year


@dataclass(frozen=True)
class Grant:
    on: date
    description: str
    amount_rp: int


@dataclass(frozen=True)
class GroupProfile:
    as_of: date
    group_name: str
    address: str
    dusun: str
    desa: str
    kecamatan: str
    kabupaten: str
    founded_year: str
    starting_capital_rp: int | None
    starting_capital_source: str
    current_capital_rp: int
    total_assets_rp: int
    total_liabilities_rp: int
    members: int
    members_by_sex: dict[str, int]  # L, P
    members_by_stage: dict[str, int]  # members.WELFARE_STAGES and "" (not recorded)
    borrowers: int
    loans_outstanding: int
    outstanding_rp: int
    loans_this_year: int
    disbursed_this_year_rp: int
    savings_rp: dict[str, int]  # pokok, wajib, sukarela
    businesses: tuple[BusinessFigures, ...]
    turnover_this_year_rp: int
    partners: str
    grants: tuple[Grant, ...]
    up2k_level: str
    ketua: str
    sekretaris: str
    bendahara: str


@dataclass(frozen=True)
class Pokja2Row:
    """One row of the Pokja II table (appendix 4.22): the group itself (in its dusun), or its desa
    or kecamatan, with, for each UP2K level, the number of groups and participants. One group's
    book knows only its own row: the desa's and kecamatan's figures are the TP PKK's recap of
    all their groups, left blank (None) for it to fill in."""

    level_of_area: str  # group, desa, kecamatan
    area: str  # the dusun of the group's row ("" when not set)
    groups: dict[str, int] | None  # by level (settings.UP2K_LEVELS); None: the TP PKK fills it in
    participants: dict[str, int] | None


def _balances(as_of: date) -> dict[str, int]:
    """Natural balance (credit-side kinds positive) of each account kind on the date."""
    totals: dict[str, int] = {}
    for row in ledger.trial_balance(as_of):
        amount = ledger.natural_balance(row.kind, row.debit_rp - row.credit_rp)
        totals[row.kind] = totals.get(row.kind, 0) + amount
    return totals


def _account_natural(code: str, as_of: date) -> int:
    kind = db.execute_sql("SELECT kind FROM accounts WHERE code = ?", (code,)).fetchone()
    return ledger.natural_balance(kind[0], ledger.account_balance(code, as_of)) if kind else 0


def _businesses(as_of: date, active_ids: set[int]) -> tuple[list[BusinessFigures], int]:
    year_start = date(as_of.year, 1, 1).isoformat()
    turnover = dict(db.execute_sql(
        "SELECT p.business_id, -SUM(p.amount_rp) FROM postings p JOIN accounts a ON a.id = p.account_id"
        " WHERE a.code = ? AND p.entry_date BETWEEN ? AND ? GROUP BY p.business_id",
        (SALES_ACCOUNT, year_start, as_of.isoformat())).fetchall())
    members: dict[int, int] = {}
    for business_id, member_id in db.execute_sql("SELECT business_id, member_id FROM business_members"):
        if member_id in active_ids:
            members[business_id] = members.get(business_id, 0) + 1
    result = [BusinessFigures(b_id, name, members.get(b_id, 0), turnover.get(b_id, 0))
              for b_id, name, active in db.execute_sql("SELECT id, name, is_active FROM businesses ORDER BY id")
              if active or turnover.get(b_id)]
    if turnover.get(None):
        result.append(BusinessFigures(None, "", 0, turnover[None]))
    return result, sum(turnover.values())


def _grants(as_of: date) -> list[Grant]:
    rows = db.execute_sql(
        "SELECT e.entry_date, e.description, -SUM(p.amount_rp) FROM postings p"
        " JOIN accounts a ON a.id = p.account_id JOIN journal_entries e ON e.id = p.entry_id"
        " WHERE a.code = ? AND p.entry_date <= ? AND p.amount_rp < 0"
        " AND e.reverses_id IS NULL AND e.reversed_by_id IS NULL"
        " GROUP BY e.id ORDER BY e.entry_date, e.id", (GRANT_ACCOUNT, as_of.isoformat()))
    return [Grant(date.fromisoformat(on), description, amount) for on, description, amount in rows]


def _place(key: str) -> str:
    """The group's own place, or (not set) the default for new members."""
    return settings.get(key) or settings.get(f"default_{key}")


@checked
def profile(as_of: date) -> GroupProfile:
    active = [m for m in list_members() if m.joined_on <= as_of and (m.left_on is None or m.left_on > as_of)]
    by_stage = {stage: 0 for stage in (*WELFARE_STAGES, "")}
    for m in active:
        by_stage[m.welfare_stage if m.welfare_stage in by_stage else ""] += 1
    loans = portfolio(as_of)
    year_start = date(as_of.year, 1, 1).isoformat()
    count, disbursed = db.execute_sql(  # loans brought in at the opening were not given out by this book
        "SELECT COUNT(*), COALESCE(SUM(principal_rp), 0) FROM loans WHERE disbursed_on BETWEEN ? AND ?"
        " AND id NOT IN (SELECT loan_id FROM opening_loans)",
        (year_start, as_of.isoformat())).fetchone()
    kinds = _balances(as_of)
    assets, liabilities = kinds.get("asset", 0), kinds.get("liability", 0)
    businesses, turnover = _businesses(as_of, {m.id for m in active})
    return GroupProfile(
        as_of=as_of,
        group_name=settings.get("group_name") or "UP2K-PKK",
        address=settings.get("group_address"),
        dusun=settings.get("dusun"), desa=_place("desa"), kecamatan=_place("kecamatan"),
        kabupaten=_place("kabupaten"),
        founded_year=settings.get("founded_year"),
        starting_capital_rp=settings.starting_capital(),
        starting_capital_source=settings.get("starting_capital_source"),
        current_capital_rp=assets - liabilities,
        total_assets_rp=assets, total_liabilities_rp=liabilities,
        members=len(active),
        members_by_sex={sex: sum(1 for m in active if m.sex == sex) for sex in ("L", "P")},
        members_by_stage=by_stage,
        borrowers=len({r.member_number for r in loans.rows}),
        loans_outstanding=len(loans.rows),
        outstanding_rp=loans.total_outstanding_rp,
        loans_this_year=count, disbursed_this_year_rp=disbursed,
        savings_rp={kind: _account_natural(code, as_of) for kind, code in SAVINGS_ACCOUNTS.items()},
        businesses=tuple(businesses), turnover_this_year_rp=turnover,
        partners=settings.get("partners"),
        grants=tuple(_grants(as_of)),
        up2k_level=settings.get("up2k_level"),
        ketua=settings.get("ketua_name"), sekretaris=settings.get("sekretaris_name"),
        bendahara=settings.get("bendahara_name"),
    )


@checked
def pokja2_rows(as_of: date) -> list[Pokja2Row]:
    """The group's own row (one group of its level, its active members as participants; a group
    whose level is not set is counted in no level column), then its desa and kecamatan, blank."""
    data = profile(as_of)
    groups = {level: int(level == data.up2k_level) for level in settings.UP2K_LEVELS}
    participants = {level: data.members if level == data.up2k_level else 0 for level in settings.UP2K_LEVELS}
    return [Pokja2Row("group", data.dusun, groups, participants),
            Pokja2Row("desa", data.desa, None, None), Pokja2Row("kecamatan", data.kecamatan, None, None)]
