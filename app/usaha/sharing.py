"""Profit share (bagi hasil) of a business, posted when the group decides.

The rule of a business: parts in percent (up to two decimals) that add up to exactly 100 %:
"members" (the working members) and fund accounts (3-301 Dana cadangan, 2-301 SHU belum
dibagikan, 2-302 Dana insentif PAUD, 2-303 Dana sosial). The members' part is split in
proportion to a basis: "hours" or "pieces" of their work records in the period, or "sales"
(the sales they made as seller in the period).

Rupiah: the profit is split between the parts, and the members' part between the members, by
the largest-remainder method (DOMAIN "Year end: SHU"): round down, then one rupiah each to the
largest remainders (ties: the earlier part, the lower member id), so they add up exactly.

Posting (one entry dated the decision day): Dr 3-401 SHU tahun berjalan the whole profit (with
the business); Cr 2-101 Simpanan sukarela each member's share (with the member: she may
withdraw it or keep saving it); Cr each fund account its part. The period's income and
expense postings are untouched, so the period's profit stays what was shared; year-end SHU
must count 3-401's debits (profit already handed out by the businesses). A period is shared
once: a business's shared periods never overlap (a reversed share frees its period). A period
with no profit (a loss, or zero) is not shared.

Who shares: only the members of the business group (business_members). Work is recorded only for
a member of the group; a member who joined the group during the period shares by the work she
did (none is recorded before she joined). A member no longer in the group when the share is
worked out (taken out of the group, or left the kelompok) gets nothing: her work and sales are
left out and the others share the members' part. A period whose profit was shared is locked
(app.yearend.lock): its income and expense for this business cannot change until the share is
reversed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from app import ledger, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.ledger import credit, debit
from app.usaha import report
from app.usaha.common import business_issues, business_name, date_issues, member_issues, now_text, read_quantity

BASES = ("hours", "pieces", "sales")
MEMBERS = "members"
FUND_ACCOUNTS = ("3-301", "2-301", "2-302", "2-303")
SURPLUS = "3-401"
SUKARELA = "2-101"


@dataclass(frozen=True)
class SharePart:
    target: str  # "members" or a fund account code
    percent: Decimal


@dataclass(frozen=True)
class ShareRule:
    business_id: int
    basis: str
    parts: tuple[SharePart, ...]


@dataclass(frozen=True)
class PartAmount:
    target: str
    percent: Decimal
    amount_rp: int


@dataclass(frozen=True)
class MemberShare:
    member_id: int
    name: str
    weight: Decimal  # hours, pieces or rupiah of sales in the period
    amount_rp: int


@dataclass(frozen=True)
class SharePlan:
    business_id: int
    start: date
    end: date
    profit_rp: int
    basis: str
    parts: tuple[PartAmount, ...]
    members: tuple[MemberShare, ...]


@dataclass(frozen=True)
class ShareResult:
    share_id: int
    entry_id: int
    plan: SharePlan


def largest_remainder(total: int, weights: list) -> list[int]:
    """`total` rupiah split in proportion to `weights` (ints, Decimals or Fractions, ≥ 0, not all
    zero): whole rupiah adding up exactly to `total`."""
    exact = [Fraction(w) for w in weights]
    whole = sum(exact)
    shares = [total * w / whole for w in exact]
    floors = [s.numerator // s.denominator for s in shares]
    left = total - sum(floors)
    order = sorted(range(len(shares)), key=lambda i: (-(shares[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return floors


def _percent(target: str, value, issues: list[Issue]) -> int | None:
    """A part in percent as basis points (60 -> 6000; "12.5" -> 1250)."""
    field = f"parts.{target}"
    found: list[Issue] = []
    percent = read_quantity(field, value, found)
    if found or percent is None or percent * 100 != (percent * 100).to_integral_value():
        issues.append(Issue(field, "share.percent_unreadable", {"percent": str(value)}))
        return None
    if percent <= 0 or percent > 100:
        issues.append(Issue(field, "share.percent_out_of_range"))
        return None
    return int(percent * 100)


@roles.needs("records")
def set_rule(business_id: int, basis: str, parts: dict) -> ShareRule:
    """The business's share rule, e.g. set_rule(b, "hours", {"members": 60, "3-301": 40})."""
    with db.atomic():
        issues = business_issues(business_id, active=False)
        if basis not in BASES:
            issues.append(Issue("basis", "share.bad_basis", {"basis": basis}))
        points = {}
        for target, value in dict(parts).items():
            if target != MEMBERS and target not in FUND_ACCOUNTS:
                issues.append(Issue(f"parts.{target}", "share.bad_target", {"target": target}))
                continue
            bp = _percent(target, value, issues)
            if bp is not None:
                points[target] = bp
        if not parts:
            issues.append(Issue("parts", "share.parts_not_100", {"total": Decimal(0)}))
        elif not issues and sum(points.values()) != 10000:
            issues.append(Issue("parts", "share.parts_not_100", {"total": Decimal(sum(points.values())) / 100}))
        if issues:
            raise Rejected(issues)
        db.execute_sql("DELETE FROM usaha_share_parts WHERE business_id = ?", (business_id,))
        db.execute_sql("INSERT INTO usaha_share_rules (business_id, basis, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (business_id) DO UPDATE SET basis = excluded.basis, updated_at = excluded.updated_at",
                       (business_id, basis, now_text()))
        current().insert_many(db, "INSERT INTO usaha_share_parts (business_id, target, percent_bp) VALUES (?, ?, ?)",
                                  [(business_id, t, bp) for t, bp in points.items()])
    return get_rule(business_id)


@checked
def get_rule(business_id: int) -> ShareRule | None:
    row = db.execute_sql("SELECT basis FROM usaha_share_rules WHERE business_id = ?", (business_id,)).fetchone()
    if row is None:
        return None
    parts = db.execute_sql("SELECT target, percent_bp FROM usaha_share_parts WHERE business_id = ?"
                           " ORDER BY target = 'members' DESC, target", (business_id,))
    return ShareRule(business_id, row[0], tuple(SharePart(t, Decimal(bp) / 100) for t, bp in parts))


@roles.needs("records")
@checked
def record_work(business_id: int, member_id: int, on: date, hours=0, pieces: int = 0, note: str = "") -> int:
    """A member's work for the business on a day: hours (exact, e.g. "2.5") and/or pieces."""
    with db.atomic():
        issues = business_issues(business_id) + member_issues("member", member_id)
        if not issues and not _in_group(business_id, member_id):
            issues.append(Issue("member", "share.not_in_group", {"business": business_name(business_id)}))
        issues += [i for i in date_issues("work_date", on) if i.code != "entry.period_closed"]
        found: list[Issue] = []
        h = read_quantity("hours", hours, found)
        issues += found
        if h is not None and (h < 0 or h > 24):
            issues.append(Issue("hours", "share.hours_out_of_range"))
        if type(pieces) is not int or pieces < 0:
            issues.append(Issue("pieces", "quantity.not_positive"))
        elif h is not None and h == 0 and pieces == 0:
            issues.append(Issue("hours", "share.no_work_given"))
        note = text_rules.clean_text(note, "note", text_rules.TEXT, issues)
        if issues:
            raise Rejected(issues)
        return current().insert(db,
            "INSERT INTO usaha_work (business_id, member_id, work_date, hours, pieces, note, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (business_id, member_id, on.isoformat(), format(h.normalize(), "f"), pieces, note,
             now_text()))


def _in_group(business_id: int, member_id: int) -> bool:
    return db.execute_sql("SELECT 1 FROM business_members bm JOIN members m ON m.id = bm.member_id"
                          " WHERE bm.business_id = ? AND bm.member_id = ? AND m.left_on IS NULL",
                          (business_id, member_id)).fetchone() is not None


_IN_GROUP = (" AND m.left_on IS NULL AND EXISTS (SELECT 1 FROM business_members bm"
             " WHERE bm.business_id = ? AND bm.member_id = m.id)")


@checked
def member_weights(business_id: int, basis: str, start: date, end: date) -> list[tuple[int, str, Decimal]]:
    """Each member's hours, pieces or sales in the period: members of the group only (see module)."""
    s, e = start.isoformat(), end.isoformat()
    if basis == "sales":
        rows = db.execute_sql(
            "SELECT s.seller_member_id, m.name, sum(s.amount_rp) FROM usaha_sales s"
            " JOIN journal_entries e ON e.id = s.entry_id JOIN members m ON m.id = s.seller_member_id"
            " WHERE s.business_id = ? AND s.sale_date BETWEEN ? AND ? AND e.reversed_by_id IS NULL" + _IN_GROUP +
            " GROUP BY s.seller_member_id, m.name ORDER BY s.seller_member_id", (business_id, s, e, business_id))
        return [(i, n, Decimal(w)) for i, n, w in rows]
    totals: dict[int, Decimal] = {}
    names = {}
    for member_id, name, hours, pieces in db.execute_sql(
            "SELECT w.member_id, m.name, w.hours, w.pieces FROM usaha_work w JOIN members m ON m.id = w.member_id"
            " WHERE w.business_id = ? AND w.work_date BETWEEN ? AND ?" + _IN_GROUP, (business_id, s, e, business_id)):
        totals[member_id] = totals.get(member_id, Decimal(0)) + (Decimal(hours) if basis == "hours" else pieces)
        names[member_id] = name
    return [(i, names[i], totals[i]) for i in sorted(totals) if totals[i] > 0]


def _already_shared(business_id: int, start: date, end: date) -> tuple | None:
    return db.execute_sql(
        "SELECT s.period_start, s.period_end FROM usaha_shares s JOIN journal_entries e ON e.id = s.entry_id"
        " WHERE s.business_id = ? AND e.reversed_by_id IS NULL AND s.period_start <= ? AND s.period_end >= ?",
        (business_id, end.isoformat(), start.isoformat())).fetchone()


def preview(business_id: int, start: date, end: date) -> SharePlan:
    """What sharing the period's profit would hand to each part and member; writes nothing."""
    issues = business_issues(business_id, active=False)
    if not ledger._is_date(start) or not ledger._is_date(end):
        raise Rejected(issues + [Issue("start", "date.unreadable")])
    if end < start:
        raise Rejected(issues + [Issue("end", "usaha.period_reversed")])
    if issues:
        raise Rejected(issues)
    rule = get_rule(business_id)
    if rule is None:
        raise Rejected.one("rule", "share.no_rule", business=business_name(business_id))
    shared = _already_shared(business_id, start, end)
    if shared:
        issues.append(Issue("start", "share.already_shared",
                            {"start": date.fromisoformat(shared[0]), "end": date.fromisoformat(shared[1])}))
    profit = report.profit(business_id, start, end)
    if profit <= 0:
        issues.append(Issue("", "share.no_profit", {"profit_rp": profit}))
    weights = member_weights(business_id, rule.basis, start, end)
    if any(p.target == MEMBERS for p in rule.parts) and not weights:
        issues.append(Issue("", "share.no_work", {"basis": rule.basis}))
    if issues:
        raise Rejected(issues)
    amounts = largest_remainder(profit, [p.percent for p in rule.parts])
    parts = tuple(PartAmount(p.target, p.percent, a) for p, a in zip(rule.parts, amounts))
    members_rp = sum(p.amount_rp for p in parts if p.target == MEMBERS)
    member_rows: tuple[MemberShare, ...] = ()
    if weights:
        split = largest_remainder(members_rp, [w for _, _, w in weights])
        member_rows = tuple(MemberShare(i, n, w, a) for (i, n, w), a in zip(weights, split))
    return SharePlan(business_id, start, end, profit, rule.basis, parts, member_rows)


@roles.needs("money")
def post_share(business_id: int, start: date, end: date, on: date) -> ShareResult:
    """Post the share decided on `on` (not before the period's end): one entry, see module."""
    with db.atomic():
        issues = date_issues("entry_date", on)
        if not issues and ledger._is_date(end) and on < end:
            issues.append(Issue("entry_date", "share.before_period_end", {"end": end}))
        if issues:
            raise Rejected(issues)
        plan = preview(business_id, start, end)
        b = business_id
        period = f"{start.strftime('%d/%m/%Y')}–{end.strftime('%d/%m/%Y')}"
        memo = f"Bagi hasil {business_name(b)} {period}"
        lines = [debit(SURPLUS, plan.profit_rp, business_id=b, memo=memo)]
        lines += [credit(SUKARELA, m.amount_rp, member_id=m.member_id, business_id=b, memo=memo)
                  for m in plan.members if m.amount_rp]
        lines += [credit(p.target, p.amount_rp, business_id=b, memo=memo)
                  for p in plan.parts if p.target != MEMBERS and p.amount_rp]
        entry_id = ledger.post_entry(on, memo, lines)
        share_id = current().insert(db,
            "INSERT INTO usaha_shares (business_id, period_start, period_end, profit_rp, basis, entry_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (b, start.isoformat(), end.isoformat(), plan.profit_rp, plan.basis, entry_id, now_text()))
        return ShareResult(share_id, entry_id, plan)
