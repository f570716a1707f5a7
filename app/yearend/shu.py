"""The year's SHU and its distribution (DOMAIN.md "Year end: SHU").

SHU of a year = income − expense of the year (closing entries left out) − the profit the group
businesses already shared during it (their bagi hasil entries debit 3-401), so nothing is
shared twice. It is split by the rule of the year (app.yearend.rule) into lines by the
largest-remainder method; the two member lines go to the members:
    SHU_a = (S_a / ΣS)·JM + (T_a / ΣT)·JP
S = pokok + wajib savings (the setting SAVINGS_BASIS: the balance on 31 December, or the average
of the twelve month-end balances), T = jasa pinjaman paid in the year (4-101 postings tagged
with her, net of stornos), each line split by the largest-remainder method (ties: lower member
number first), so each line adds up exactly and the members' shares to JM + JP.

Who shares: everyone who was a member on some day of the year. A member who left during the
year: the setting LEAVERS — "exclude" (default: she was paid out when she left and shares no
more) or "include" (she shares by her figures and is paid in cash). A member who left after the
year's end shares and is paid in cash (she has no savings left to credit).

Posting the meeting's decision (post) is ONE transaction, dated the meeting's day (after the
year's end, the year closed): Dr 3-401 the SHU; Cr each account line (3-301, 2-302, 2-303,
2-301); Cr 2-301 each member's share (tagged with her) — then paid: credited to her simpanan
sukarela (Dr 2-301 / Cr 2-101, one entry) or in cash (one entry and one kuitansi each). A year
is distributed once; reverse() stornos all its entries in one act. A loss year is not split:
decide_loss covers it from dana cadangan (Dr 3-301 / Cr 3-401) or carries it forward (nothing
posted, the decision recorded).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from app import clock, ledger, receipts, reversals, settings, text_rules
from app.access import roles
from app.audit import log
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.ledger import credit, debit
from app.usaha.sharing import largest_remainder
from app.yearend import periods
from app.yearend.lock import standing_shu as standing_distribution  # noqa: F401 - used as shu.standing_distribution
from app.yearend.rule import ACCOUNT_DESTINATIONS, MEMBERS_CAPITAL, MEMBERS_LOANS, Rule, rule_for

SURPLUS = "3-401"
DECLARED = "2-301"
SUKARELA = "2-101"
RESERVE = "3-301"
JASA = "4-101"
SAVINGS_BASES = ("year_end", "monthly_average")
LEAVER_RULES = ("exclude", "include")
PAYMENTS = ("sukarela", "cash")
LOSS_DECISIONS = ("reserve", "carry")


@dataclass(frozen=True)
class LineAmount:
    name: str
    destination: str
    percent_bp: int
    amount_rp: int


@dataclass(frozen=True)
class MemberShare:
    member_id: int
    number: int
    name: str
    left_on: date | None
    savings: Fraction  # S: rupiah, exact (an average of twelve balances may have a fraction)
    jasa_paid_rp: int  # T
    capital_rp: int  # her part of jasa modal
    loans_rp: int  # her part of jasa pinjaman

    @property
    def total_rp(self) -> int:
        return self.capital_rp + self.loans_rp


@dataclass(frozen=True)
class ShuPlan:
    year: int
    income_rp: int
    expense_rp: int
    shared_rp: int  # bagi hasil of the businesses during the year
    rule: Rule
    lines: tuple[LineAmount, ...]
    members: tuple[MemberShare, ...]
    savings_basis: str
    leavers: str

    @property
    def shu_rp(self) -> int:
        return self.income_rp - self.expense_rp - self.shared_rp

    @property
    def members_rp(self) -> int:
        return sum(line.amount_rp for line in self.lines if line.destination in (MEMBERS_CAPITAL, MEMBERS_LOANS))

    @property
    def is_loss(self) -> bool:
        return self.shu_rp <= 0


@dataclass(frozen=True)
class Distribution:
    id: int
    year: int
    kind: str  # shared, loss_covered, loss_carried
    shu_rp: int
    payment: str
    decided_on: date
    entry_id: int | None
    entry_ids: tuple[int, ...]
    standing: bool
    savings_basis: str
    leavers: str
    rule_id: int | None


# --- settings -------------------------------------------------------------------------------


def savings_basis() -> str:
    value = settings.get("shu_savings_basis")
    return value if value in SAVINGS_BASES else SAVINGS_BASES[0]


def leavers_rule() -> str:
    value = settings.get("shu_leavers")
    return value if value in LEAVER_RULES else LEAVER_RULES[0]


@roles.needs("close")
def set_options(basis: str, leavers: str) -> None:
    issues = []
    if basis not in SAVINGS_BASES:
        issues.append(Issue("savings_basis", "settings.bad_choice", {"allowed": SAVINGS_BASES}))
    if leavers not in LEAVER_RULES:
        issues.append(Issue("leavers", "settings.bad_choice", {"allowed": LEAVER_RULES}))
    if issues:
        raise Rejected(issues)
    settings.record({"shu_savings_basis": basis, "shu_leavers": leavers})


# --- the figures ----------------------------------------------------------------------------


def _account_id(code: str) -> int:
    return db.execute_sql("SELECT id FROM accounts WHERE code = ?", (code,)).fetchone()[0]


@checked
def business_shared(year: int) -> int:
    """What the businesses' bagi hasil took out of the year's profit (3-401 debits of their share
    entries dated in the year, less the stornos of those shares dated in it)."""
    (total,) = db.execute_sql(
        "SELECT coalesce(sum(p.amount_rp), 0) FROM postings p WHERE p.account_id = ? AND p.entry_date BETWEEN ? AND ?"
        " AND p.entry_id IN (SELECT entry_id FROM usaha_shares UNION SELECT e.reversed_by_id FROM usaha_shares s"
        " JOIN journal_entries e ON e.id = s.entry_id WHERE e.reversed_by_id IS NOT NULL)",
        (_account_id(SURPLUS), f"{year}-01-01", f"{year}-12-31")).fetchone()
    return total


@checked
def year_figures(year: int) -> tuple[int, int, int]:
    """(income, expense, shared by the businesses) of the year in rupiah, natural signs."""
    income = expense = 0
    kinds = dict(db.execute_sql("SELECT code, kind FROM accounts"))
    for code, total in periods.year_balances(year):
        if kinds[code] == "income":
            income -= total
        else:
            expense += total
    return income, expense, business_shared(year)


def _savings(year: int, basis: str) -> dict[int, Fraction]:
    ids = (_account_id("3-101"), _account_id("3-102"))
    ends = [date(year, 12, 31)] if basis == "year_end" else [periods.month_end(year, m) for m in range(1, 13)]
    totals: dict[int, Fraction] = {}
    for end in ends:
        for member_id, total in db.execute_sql(
                "SELECT member_id, -sum(amount_rp) FROM postings WHERE account_id IN (?, ?) AND member_id IS NOT NULL"
                " AND entry_date <= ? GROUP BY member_id", (*ids, end.isoformat())):
            totals[member_id] = totals.get(member_id, Fraction(0)) + Fraction(max(total, 0), len(ends))
    return totals


def _jasa_paid(year: int) -> dict[int, int]:
    return {member_id: max(total, 0) for member_id, total in db.execute_sql(
        "SELECT member_id, -sum(amount_rp) FROM postings WHERE account_id = ? AND member_id IS NOT NULL"
        " AND entry_date BETWEEN ? AND ? GROUP BY member_id", (_account_id(JASA), f"{year}-01-01", f"{year}-12-31"))}


def _sharing_members(year: int, leavers: str) -> list[tuple[int, int, str, date | None]]:
    rows = db.execute_sql("SELECT id, number, name, left_on FROM members WHERE joined_on <= ?"
                          " AND (left_on IS NULL OR left_on >= ?) ORDER BY number", (f"{year}-12-31", f"{year}-01-01"))
    found = [(i, n, name, date.fromisoformat(left) if left else None) for i, n, name, left in rows]
    if leavers == "exclude":
        found = [row for row in found if row[3] is None or row[3] > date(year, 12, 31)]
    return found


def _split(total: int, weights: list[Fraction]) -> list[int]:
    if total == 0 or not any(weights):
        return [0] * len(weights)
    return largest_remainder(total, weights)


def compute(year: int, basis: str | None = None, leavers: str | None = None, rule: Rule | None = None) -> ShuPlan:
    """The SHU of `year` and how the rule splits it; writes nothing. A loss (or nothing) is not
    split: every line and share is 0."""
    if type(year) is not int or not 1900 < year < 10000:
        raise Rejected.one("year", "date.unreadable")
    basis = basis or savings_basis()
    leavers = leavers or leavers_rule()
    rule = rule or rule_for(year)
    income, expense, shared = year_figures(year)
    shu = income - expense - shared
    amounts = largest_remainder(shu, [line.percent_bp for line in rule.lines]) if shu > 0 else [0] * len(rule.lines)
    lines = tuple(LineAmount(line.name, line.destination, line.percent_bp, amount)
                  for line, amount in zip(rule.lines, amounts))
    jm = sum(line.amount_rp for line in lines if line.destination == MEMBERS_CAPITAL)
    jp = sum(line.amount_rp for line in lines if line.destination == MEMBERS_LOANS)
    people = _sharing_members(year, leavers)
    held, paid = _savings(year, basis), _jasa_paid(year)
    savings = [held.get(i, Fraction(0)) for i, *_ in people]
    jasa = [paid.get(i, 0) for i, *_ in people]
    capital, loans = _split(jm, savings), _split(jp, jasa)
    members = tuple(MemberShare(i, n, name, left, s, t, c, p)
                    for (i, n, name, left), s, t, c, p in zip(people, savings, jasa, capital, loans))
    return ShuPlan(year, income, expense, shared, rule, lines, members, basis, leavers)


def _plan_issues(plan: ShuPlan) -> list[Issue]:
    issues = []
    jm = sum(line.amount_rp for line in plan.lines if line.destination == MEMBERS_CAPITAL)
    jp = sum(line.amount_rp for line in plan.lines if line.destination == MEMBERS_LOANS)
    if jm and not any(m.savings for m in plan.members):
        issues.append(Issue("rule", "shu.no_savings", {"year": plan.year}))
    if jp and not any(m.jasa_paid_rp for m in plan.members):
        issues.append(Issue("rule", "shu.no_jasa", {"year": plan.year}))
    return issues


def _decision_issues(year: int, on) -> list[Issue]:
    if type(year) is not int or not 1900 < year < 10000:
        return [Issue("year", "date.unreadable")]
    issues = []
    if not ledger._is_date(on):
        issues.append(Issue("decided_on", "date.unreadable"))
    elif on <= date(year, 12, 31):
        issues.append(Issue("decided_on", "shu.decided_in_year", {"year": year}))
    elif on > clock.today():
        issues.append(Issue("decided_on", "date.in_future"))
    if not periods.is_year_closed(year):
        issues.append(Issue("year", "shu.year_not_closed", {"year": year}))
    if standing_distribution(year) is not None:
        issues.append(Issue("year", "shu.already_shared", {"year": year}))
    return issues


def _record(year: int, kind: str, shu_rp: int, rule_id, basis: str, leavers: str, payment: str, on: date,
            entry_id: int | None) -> int:
    return current().insert(db,
        "INSERT INTO shu_distributions (year, kind, shu_rp, rule_id, savings_basis, leavers, payment, decided_on,"
        " entry_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (year, kind, shu_rp, rule_id, basis, leavers, payment, on.isoformat(), entry_id,
         clock.now().isoformat(sep=" "), settings.operator_name()))


def _save_rule_of(plan: ShuPlan):
    """A plan made with the default rule records it as a rule in force from 1 January of the
    year, so the distribution names the rule it used (and later years keep it)."""
    if plan.rule.id is not None:
        return plan.rule.id
    from app.yearend import rule as rules

    return rules.set_rule(date(plan.year, 1, 1), [(l.name, l.destination, l.percent) for l in plan.rule.lines]).id


@roles.needs("close")
def post(year: int, on: date, payment: str = "sukarela", cash_account: str = "1-101", rule_lines=None,
         basis: str | None = None, leavers: str | None = None) -> Distribution:
    """Post the meeting's decision to share the year's SHU (see the module); refused whole.
    `rule_lines` ((name, destination, percent) each): the split the meeting agreed, kept as the
    rule in force from 1 January of the year; `basis`, `leavers`: the settings it used (kept)."""
    with db.atomic():
        issues = _decision_issues(year, on)
        if payment not in PAYMENTS:
            issues.append(Issue("payment", "settings.bad_choice", {"allowed": PAYMENTS}))
        if issues:
            raise Rejected(issues)
        if basis is not None or leavers is not None:
            set_options(basis or savings_basis(), leavers or leavers_rule())
        if rule_lines is not None:
            from app.yearend import rule as rules

            rules.set_rule(date(year, 1, 1), rule_lines)
        plan = compute(year)
        if plan.is_loss:
            raise Rejected.one("year", "shu.loss_year", year=year, loss_rp=-plan.shu_rp)
        issues = _plan_issues(plan)
        if issues:
            raise Rejected(issues)
        rule_id = _save_rule_of(plan)
        memo = f"SHU tahun {year}"
        lines = [debit(SURPLUS, plan.shu_rp, memo=memo)]
        by_account: dict[str, int] = {}
        for line in plan.lines:
            if line.destination in ACCOUNT_DESTINATIONS and line.amount_rp:
                by_account[line.destination] = by_account.get(line.destination, 0) + line.amount_rp
        lines += [credit(code, amount, memo=memo) for code, amount in by_account.items()]
        lines += [credit(DECLARED, m.total_rp, member_id=m.member_id, memo=memo) for m in plan.members if m.total_rp]
        entry_id = ledger.post_entry(on, f"Pembagian SHU tahun {year} (keputusan RAT)", lines, reference=f"SHU/{year}")
        distribution_id = _record(year, "shared", plan.shu_rp, rule_id, plan.savings_basis, plan.leavers, payment,
                                  on, entry_id)
        entries = [entry_id]
        payouts = _pay(plan, on, payment, cash_account, memo)
        entries += sorted(set(payouts.values()))
        current().insert_many(db,
            "INSERT INTO shu_distribution_lines (distribution_id, position, name, destination, percent_bp, amount_rp)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(distribution_id, i, l.name, l.destination, l.percent_bp, l.amount_rp) for i, l in enumerate(plan.lines)])
        current().insert_many(db,
            "INSERT INTO shu_member_shares (distribution_id, member_id, savings_basis, jasa_paid_rp, capital_rp, loans_rp,"
            " payout_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(distribution_id, m.member_id, str(m.savings), m.jasa_paid_rp, m.capital_rp, m.loans_rp,
              payouts.get(m.member_id)) for m in plan.members])
        current().insert_many(db, "INSERT INTO shu_distribution_entries (distribution_id, entry_id) VALUES (?, ?)",
                                  [(distribution_id, e) for e in entries])
        log.record("shu", f"SHU tahun {year}", {"action": "shared", "shu_rp": plan.shu_rp, "payment": payment,
                                                "decided_on": on.isoformat(), "distribution": distribution_id,
                                                "members": len(plan.members)}, entry_id=entry_id)
        return get(distribution_id)


def _pay(plan: ShuPlan, on: date, payment: str, cash_account: str, memo: str) -> dict[int, int]:
    """Pay the members' shares out of 2-301; returns each paid member's entry id."""
    paid: dict[int, int] = {}
    lookups = ledger.Lookups()
    credited = [m for m in plan.members if m.total_rp and payment == "sukarela" and m.left_on is None]
    if credited:
        lines = [debit(DECLARED, m.total_rp, member_id=m.member_id, memo=memo) for m in credited]
        lines += [credit(SUKARELA, m.total_rp, member_id=m.member_id, memo=memo) for m in credited]
        entry_id = ledger.post_entry(on, f"SHU tahun {plan.year} ke simpanan sukarela", lines,
                                     reference=f"SHU/{plan.year}", lookups=lookups)
        paid.update({m.member_id: entry_id for m in credited})
    operator = settings.operator_name()
    for m in plan.members:
        if m.total_rp and m.member_id not in paid:
            entry_id = ledger.post_entry(
                on, f"Pembayaran SHU tahun {plan.year}",
                [debit(DECLARED, m.total_rp, member_id=m.member_id, memo=memo), credit(cash_account, m.total_rp)],
                reference=f"SHU/{plan.year}", lookups=lookups)
            receipts.issue(entry_id, m.member_id, m.total_rp, issued_by=operator)
            paid[m.member_id] = entry_id
    return paid


@roles.needs("close")
def decide_loss(year: int, on: date, decision: str) -> Distribution:
    """A loss year: covered from dana cadangan ("reserve": Dr 3-301 / Cr 3-401) or carried
    forward ("carry": nothing posted, the decision recorded)."""
    with db.atomic():
        issues = _decision_issues(year, on)
        if decision not in LOSS_DECISIONS:
            issues.append(Issue("decision", "settings.bad_choice", {"allowed": LOSS_DECISIONS}))
        if issues:
            raise Rejected(issues)
        plan = compute(year)
        if not plan.is_loss:
            raise Rejected.one("decision", "shu.not_a_loss", year=year)
        loss = -plan.shu_rp
        entry_id = None
        if decision == "reserve" and loss:
            reserve = -ledger.account_balance(RESERVE, on)
            if reserve < loss:
                raise Rejected.one("decision", "shu.reserve_too_small", reserve_rp=reserve, loss_rp=loss)
            memo = f"Rugi tahun {year} ditutup dari dana cadangan"
            entry_id = ledger.post_entry(on, memo, [debit(RESERVE, loss, memo=memo), credit(SURPLUS, loss, memo=memo)],
                                         reference=f"SHU/{year}")
        kind = "loss_covered" if decision == "reserve" else "loss_carried"
        distribution_id = _record(year, kind, plan.shu_rp, plan.rule.id, plan.savings_basis, plan.leavers, "",
                                  on, entry_id)
        if entry_id:
            db.execute_sql("INSERT INTO shu_distribution_entries (distribution_id, entry_id) VALUES (?, ?)",
                           (distribution_id, entry_id))
        log.record("shu", f"SHU tahun {year}", {"action": kind, "shu_rp": plan.shu_rp, "decided_on": on.isoformat(),
                                                "distribution": distribution_id}, entry_id=entry_id)
        return get(distribution_id)


@roles.needs("close")
@checked
def reverse(distribution_id: int, reason: str, on: date | None = None) -> list[int]:
    """Reverse a distribution (or a loss decision) in one act: every entry it posted, paid-out
    shares first; returns the stornos' entry ids. The year may then be shared again."""
    on = on or clock.today()
    with db.atomic():
        found = get_or_none(distribution_id)
        if found is None:
            raise Rejected.one("distribution", "shu.not_found", id=distribution_id)
        issues = []
        if not found.standing:
            issues.append(Issue("distribution", "shu.already_reversed", {"year": found.year}))
        reason = text_rules.clean_text(reason, "reason", text_rules.TEXT, issues, required=True)
        if issues:
            raise Rejected(issues)
        stornos = [reversals.reverse(entry_id, f"Batal SHU tahun {found.year}: {reason}", on)
                   for entry_id in sorted(found.entry_ids, reverse=True)]
        db.execute_sql("UPDATE shu_distributions SET reversed_at = ?, reversal_reason = ? WHERE id = ?",
                       (clock.now().isoformat(sep=" "), reason, distribution_id))
        log.record("shu", f"SHU tahun {found.year}", {"action": "reversed", "reason": reason, "shu_rp": found.shu_rp,
                                                      "distribution": distribution_id, "standing": [True, False]},
                   entry_id=stornos[0] if stornos else None)
        return stornos


@checked
def get_or_none(distribution_id: int) -> Distribution | None:
    row = db.execute_sql(
        "SELECT id, year, kind, shu_rp, payment, decided_on, entry_id, savings_basis, leavers, rule_id"
        " FROM shu_distributions WHERE id = ?", (distribution_id,)).fetchone()
    if row is None:
        return None
    i, year, kind, shu, payment, decided, entry_id, basis, leavers, rule_id = row
    entries = tuple(e for (e,) in db.execute_sql(
        "SELECT entry_id FROM shu_distribution_entries WHERE distribution_id = ? ORDER BY entry_id", (i,)))
    return Distribution(i, year, kind, shu, payment, date.fromisoformat(decided), entry_id, entries,
                        standing_distribution(year) == i, basis, leavers, rule_id)


def get(distribution_id: int) -> Distribution:
    found = get_or_none(distribution_id)
    if found is None:
        raise Rejected.one("distribution", "shu.not_found", id=distribution_id)
    return found


def distributions() -> list[Distribution]:
    return [get(i) for (i,) in db.execute_sql("SELECT id FROM shu_distributions ORDER BY id DESC")]


@checked
def shares_of(distribution_id: int) -> tuple[tuple[LineAmount, ...], tuple[MemberShare, ...]]:
    """The lines and member shares a distribution recorded (what was decided, as decided)."""
    lines = tuple(LineAmount(n, d, bp, a) for n, d, bp, a in db.execute_sql(
        "SELECT name, destination, percent_bp, amount_rp FROM shu_distribution_lines WHERE distribution_id = ?"
        " ORDER BY position", (distribution_id,)))
    members = tuple(
        MemberShare(i, n, name, date.fromisoformat(left) if left else None, Fraction(s), t, c, p)
        for i, n, name, left, s, t, c, p in db.execute_sql(
            "SELECT m.id, m.number, m.name, m.left_on, s.savings_basis, s.jasa_paid_rp, s.capital_rp, s.loans_rp"
            " FROM shu_member_shares s JOIN members m ON m.id = s.member_id WHERE s.distribution_id = ?"
            " ORDER BY m.number", (distribution_id,)))
    return lines, members


@checked
def unshared_years(today: date | None = None) -> list[int]:
    """Years that have ended with income or expense and whose SHU is not decided yet."""
    today = today or clock.today()
    row = db.execute_sql("SELECT min(entry_date) FROM postings").fetchone()
    if row[0] is None:
        return []
    first = date.fromisoformat(str(row[0])).year
    return [y for y in range(first, today.year) if standing_distribution(y) is None and any(year_figures(y)[:2])]



@dataclass(frozen=True)
class YearSoFar:
    year: int
    shu_rp: int  # this year's SHU up to today (after the businesses' bagi hasil)
    unshared_year: int | None  # last year, if it had income or expense and its SHU is not decided
    unshared_rp: int


@checked
def year_so_far(today: date | None = None) -> YearSoFar:
    """What Beranda shows: cheap on a big book (the statements' index ranges, not a scan)."""
    from app import financial_statements

    today = today or clock.today()
    year = today.year
    current = financial_statements.income_statement(date(year, 1, 1), today)
    last = financial_statements.income_statement(date(year - 1, 1, 1), date(year - 1, 12, 31))
    unshared = None
    if (last.income.lines or last.expense.lines) and standing_distribution(year - 1) is None:
        unshared = year - 1
    return YearSoFar(year, current.shu_rp - business_shared(year), unshared,
                     last.shu_rp - business_shared(year - 1) if unshared else 0)
