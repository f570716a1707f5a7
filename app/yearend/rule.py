"""The SHU split rule (DOMAIN.md "Year end: SHU"): lines with percentages adding up to exactly
100 %, each with where its money goes. Kept in basis points (10 000 = 100 %), read from text
("12,5") or a Decimal, never a float.

Destinations: MEMBERS_CAPITAL (jasa modal: to members by their savings), MEMBERS_LOANS (jasa
pinjaman: to members by the jasa they paid), or an account the money is credited to: 3-301
Dana cadangan, 2-302 Dana insentif PAUD, 2-303 Dana sosial, 2-301 SHU belum dibagikan (what the
meeting declared for the officers, for education, or a line the group adds, paid out later).

A rule is in force from a date; the rule of a year is the latest in force on 31 December of it,
so last year's SHU keeps last year's rule. Without any, DEFAULT_RULE.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app import clock, ledger, settings, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.usaha.common import read_quantity
from app.yearend.lock import standing_shu

MEMBERS_CAPITAL = "members_capital"
MEMBERS_LOANS = "members_loans"
MEMBER_DESTINATIONS = (MEMBERS_CAPITAL, MEMBERS_LOANS)
ACCOUNT_DESTINATIONS = ("3-301", "2-302", "2-303", "2-301")
DESTINATIONS = MEMBER_DESTINATIONS + ACCOUNT_DESTINATIONS
WHOLE_BP = 10_000
MAX_LINES = 20


@dataclass(frozen=True)
class RuleLine:
    name: str
    destination: str
    percent_bp: int

    @property
    def percent(self) -> Decimal:
        return Decimal(self.percent_bp) / 100


@dataclass(frozen=True)
class Rule:
    id: int | None  # None: the default, never saved
    effective_from: date | None
    lines: tuple[RuleLine, ...]


DEFAULT_RULE = Rule(None, None, (
    RuleLine("Dana cadangan", "3-301", 3000),
    RuleLine("Jasa modal", MEMBERS_CAPITAL, 2000),
    RuleLine("Jasa pinjaman", MEMBERS_LOANS, 2000),
    RuleLine("Insentif guru PAUD", "2-302", 1000),
    RuleLine("Dana sosial", "2-303", 1000),
    RuleLine("Pengurus", "2-301", 500),
    RuleLine("Dana pendidikan", "2-301", 500),
))


def percent_bp(field: str, value, issues: list[Issue]) -> int | None:
    """A percentage typed as text ("12,5"), int or Decimal, in basis points; None with an issue."""
    found: list[Issue] = []
    percent = read_quantity(field, value, found)
    if found or percent is None or percent * 100 != (percent * 100).to_integral_value():
        issues.append(Issue(field, "shu.percent_unreadable", {"percent": str(value)}))
        return None
    if percent < 0:
        issues.append(Issue(field, "shu.percent_negative"))
        return None
    if percent == 0 or percent > 100:
        issues.append(Issue(field, "shu.percent_out_of_range"))
        return None
    return int(percent * 100)


def check_lines(lines) -> tuple[list[Issue], tuple[RuleLine, ...]]:
    """`lines`: (name, destination, percent) each; the issues, and the lines read."""
    issues: list[Issue] = []
    read = []
    lines = list(lines)
    if not lines:
        issues.append(Issue("lines", "shu.lines_not_100", {"total": Decimal(0)}))
    if len(lines) > MAX_LINES:
        issues.append(Issue("lines", "shu.too_many_lines", {"limit": MAX_LINES}))
    for index, (name, destination, percent) in enumerate(lines):
        where = f"lines.{index}"
        name = text_rules.clean_text(name, f"{where}.name", text_rules.SHORT_NAME, issues, required=True)
        if destination not in DESTINATIONS:
            issues.append(Issue(f"{where}.destination", "shu.bad_destination", {"destination": destination}))
        bp = percent_bp(f"{where}.percent", percent, issues)
        if bp is not None:
            read.append(RuleLine(name, destination, bp))
    for kind in MEMBER_DESTINATIONS:
        if sum(1 for line in read if line.destination == kind) > 1:
            issues.append(Issue("lines", "shu.member_line_twice"))
            break
    if lines and not issues and sum(line.percent_bp for line in read) != WHOLE_BP:
        issues.append(Issue("lines", "shu.lines_not_100", {"total": Decimal(sum(line.percent_bp for line in read)) / 100}))
    return issues, tuple(read)


@roles.needs("close")
def set_rule(effective_from: date, lines) -> Rule:
    """Save a rule in force from `effective_from`; refused whole (nothing written) if its lines
    are wrong or a year it would govern has had its SHU shared already."""
    if not ledger._is_date(effective_from):
        raise Rejected.one("effective_from", "date.unreadable")
    issues, read = check_lines(lines)
    with db.atomic():
        years = [y for (y,) in db.execute_sql("SELECT DISTINCT year FROM shu_distributions WHERE year >= ?",
                                              (effective_from.year,)) if standing_shu(y) is not None]
        if years:
            issues.append(Issue("effective_from", "shu.rule_year_shared", {"year": max(years)}))
        if issues:
            raise Rejected(issues)
        rule_id = current().insert(db,"INSERT INTO shu_rules (effective_from, created_at, created_by) VALUES (?, ?, ?)",
                                 (effective_from.isoformat(), clock.now().isoformat(sep=" "),
                                  settings.operator_name()))
        current().insert_many(db,
            "INSERT INTO shu_rule_lines (rule_id, position, name, destination, percent_bp) VALUES (?, ?, ?, ?, ?)",
            [(rule_id, i, line.name, line.destination, line.percent_bp) for i, line in enumerate(read)])
    return Rule(rule_id, effective_from, read)


@checked
def rule_for(year: int) -> Rule:
    """The rule in force on 31 December of `year` (the default if the group set none)."""
    row = db.execute_sql("SELECT id, effective_from FROM shu_rules WHERE effective_from <= ?"
                         " ORDER BY effective_from DESC, id DESC LIMIT 1", (f"{year}-12-31",)).fetchone()
    if row is None:
        return DEFAULT_RULE
    return _read(row[0], date.fromisoformat(row[1]))


def _read(rule_id: int, effective_from: date | None) -> Rule:
    lines = db.execute_sql("SELECT name, destination, percent_bp FROM shu_rule_lines WHERE rule_id = ?"
                           " ORDER BY position", (rule_id,))
    return Rule(rule_id, effective_from, tuple(RuleLine(n, d, bp) for n, d, bp in lines))


@checked
def get_rule(rule_id: int | None) -> Rule:
    if rule_id is None:
        return DEFAULT_RULE
    row = db.execute_sql("SELECT effective_from FROM shu_rules WHERE id = ?", (rule_id,)).fetchone()
    return _read(rule_id, date.fromisoformat(row[0]))
