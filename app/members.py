"""The members register (Buku Daftar Anggota) and membership of the business groups."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from peewee import fn

from app import clock, dates, nik, text_rules
from app.access import roles
from app.audit import chain
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.models import Business, BusinessMember, Member, Posting, Sequence

SEXES = ("L", "P")
WELFARE_STAGES = ("pra_sejahtera", "ks1", "ks2", "ks3", "ks3_plus")
EARLIEST_BIRTH = date(1900, 1, 1)
PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 \-]*$")
LIMITS = {  # characters (app.text_rules); the other texts are checked by their own rules
    "name": text_rules.NAME, "birth_place": text_rules.PLACE, "street": text_rules.NAME, "desa": text_rules.PLACE,
    "kecamatan": text_rules.PLACE, "kabupaten": text_rules.PLACE, "provinsi": text_rules.PLACE,
}
REASON_LIMIT = text_rules.TEXT  # why a leaving was undone


@dataclass
class MemberInput:
    """What the add/edit form collects. Text comes as typed; dates as dates or None."""

    name: str = ""
    nik: str = ""
    sex: str = "P"
    birth_place: str = ""
    birth_date: date | None = None
    phone: str = ""
    street: str = ""
    rt: str = ""
    rw: str = ""
    desa: str = ""
    kecamatan: str = ""
    kabupaten: str = ""
    provinsi: str = ""
    postal_code: str = ""
    welfare_stage: str = ""
    joined_on: date | None = None
    left_on: date | None = None
    business_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class MemberRow:
    id: int
    number: int
    name: str
    nik: str
    sex: str
    birth_place: str
    birth_date: date | None
    phone: str
    street: str
    rt: str
    rw: str
    desa: str
    kecamatan: str
    kabupaten: str
    provinsi: str
    postal_code: str
    welfare_stage: str
    joined_on: date
    left_on: date | None
    business_ids: tuple[int, ...] = ()
    version: int = 0  # of her row as read: update_member refuses a save made on an older one

    @property
    def active(self) -> bool:
        return self.left_on is None

    def as_input(self) -> MemberInput:
        values = {f.name: getattr(self, f.name) for f in fields(MemberInput) if f.name != "business_ids"}
        return MemberInput(**values, business_ids=list(self.business_ids))


@checked
def format_number(number: int) -> str:
    return f"{number:04d}"


TEXTS = tuple(f.name for f in fields(MemberInput) if f.name not in ("birth_date", "joined_on", "left_on", "business_ids"))


def _clean(data: MemberInput) -> MemberInput:
    values = {name: text_rules.tidy(getattr(data, name)) for name in TEXTS}
    if isinstance(values["nik"], str):
        values["nik"] = nik.compact(values["nik"])
    return MemberInput(
        **values, birth_date=data.birth_date, joined_on=data.joined_on, left_on=data.left_on,
        business_ids=sorted(set(data.business_ids)),
    )


@checked
def validate(data: MemberInput, member_id: int | None = None) -> list[Issue]:
    """Every problem with a member's data, field by field; empty when it may be saved."""
    data = _clean(data)
    today = clock.today()
    issues = [issue for name in TEXTS
              for issue in text_rules.text_issues(name, getattr(data, name), LIMITS.get(name, text_rules.PLACE), name == "name")]
    if any(i.code in ("text.not_text", "text.bad_character") for i in issues):
        return issues  # the checks below read the texts
    if data.sex not in SEXES:
        issues.append(Issue("sex", "member.bad_sex"))
    if data.birth_date is not None:
        if data.birth_date > today:
            issues.append(Issue("birth_date", "date.in_future"))
        elif data.birth_date < EARLIEST_BIRTH:
            issues.append(Issue("birth_date", "date.too_early", {"earliest": EARLIEST_BIRTH}))
    issues += nik.check(data.nik, data.birth_date, data.sex if data.sex in SEXES else None)
    if data.nik and not any(i.field == "nik" for i in issues):
        other = Member.get_or_none((Member.nik == data.nik) & (Member.id != (member_id or 0)))
        if other is not None:
            issues.append(Issue("nik", "nik.taken", {"number": format_number(other.number), "name": other.name}))
    digits = re.sub(r"\D", "", data.phone)
    if data.phone and (not PHONE_PATTERN.match(data.phone) or not 8 <= len(digits) <= 15):
        issues.append(Issue("phone", "member.bad_phone"))
    for name in ("rt", "rw"):
        value = getattr(data, name)
        if value and not (value.isdigit() and len(value) <= 3):
            issues.append(Issue(name, "member.bad_rt_rw"))
    if data.postal_code and not (data.postal_code.isdigit() and len(data.postal_code) == 5):
        issues.append(Issue("postal_code", "member.bad_postal_code"))
    if data.welfare_stage and data.welfare_stage not in WELFARE_STAGES:
        issues.append(Issue("welfare_stage", "member.bad_welfare_stage"))
    if data.joined_on is None:
        issues.append(Issue("joined_on", "required"))
    elif wrong := dates.date_issues("joined_on", data.joined_on):
        issues += wrong
    else:
        if data.joined_on > today:
            issues.append(Issue("joined_on", "date.in_future"))
        if data.birth_date is not None and data.joined_on < data.birth_date:
            issues.append(Issue("joined_on", "member.joined_before_birth"))
    if data.left_on is not None and (wrong := dates.date_issues("left_on", data.left_on)):
        issues += wrong
    elif data.left_on is not None:
        if data.left_on > today:
            issues.append(Issue("left_on", "date.in_future"))
        if data.joined_on is not None and data.left_on < data.joined_on:
            issues.append(Issue("left_on", "member.left_before_joined"))
    if data.business_ids:
        known = Business.select().where(Business.id.in_(data.business_ids)).count()
        if known != len(data.business_ids):
            issues.append(Issue("business_ids", "member.unknown_business"))
    return issues


def _next_number() -> int:
    """Take the next member number from the counter, in the caller's transaction."""
    Sequence.insert(name="member_number", last_value=0).on_conflict_ignore().execute()
    Sequence.update(last_value=Sequence.last_value + 1).where(Sequence.name == "member_number").execute()
    return Sequence.get_by_id("member_number").last_value


def _values(data: MemberInput) -> dict:
    values = {f.name: getattr(data, f.name) for f in fields(MemberInput) if f.name != "business_ids"}
    values["nik"] = data.nik or None
    return values


def _set_groups(member_id: int, business_ids: list[int]) -> list[list[str]] | None:
    """Her business groups as given; their names [before, after] when they changed (her edit
    joins the audit chain then, even when her own row is unchanged), else None."""
    current = {bm.business_id for bm in BusinessMember.select().where(BusinessMember.member == member_id)}
    wanted = set(business_ids)
    if current == wanted:
        return None
    if current - wanted:
        BusinessMember.delete().where(
            (BusinessMember.member == member_id) & BusinessMember.business.in_(list(current - wanted))
        ).execute()
    for business_id in sorted(wanted - current):
        BusinessMember.create(member=member_id, business=business_id)
    names = {b.id: b.name for b in Business.select(Business.id, Business.name).where(Business.id.in_(current | wanted))}
    return [[names[i] for i in sorted(current)], [names[i] for i in sorted(wanted)]]


def _own_number(number: int) -> int:
    """A number the group gave her before the book (app.opening): kept, and the counter goes
    on after the highest, so the next member added gets the number after it."""
    if Member.select().where(Member.number == number).exists():
        raise Rejected.one("number", "member.number_taken", number=format_number(number))
    Sequence.insert(name="member_number", last_value=0).on_conflict_ignore().execute()
    Sequence.update(last_value=number).where(
        (Sequence.name == "member_number") & (Sequence.last_value < number)).execute()
    return number


@roles.needs("records")
@checked
def add_member(data: MemberInput, number: int | None = None) -> MemberRow:
    """Register a new member with the next number (or her own `number`, a positive int, when
    the group brings its register in); refuse (writing nothing) on any issue."""
    data = _clean(data)
    with db.atomic():
        issues = validate(data)
        if number is not None and (type(number) is not int or number <= 0):
            issues.append(Issue("number", "member.bad_number"))
        if issues:
            raise Rejected(issues)
        now = clock.now()
        number = _own_number(number) if number is not None else _next_number()
        member = Member.create(number=number, created_at=now, updated_at=now, **_values(data))
        chain.member_changed(member.id, None, "added", groups=_set_groups(member.id, data.business_ids))
    return get_member(member.id)


@roles.needs("records")
@checked
def update_member(member_id: int, data: MemberInput, version: int | None = None) -> MemberRow:
    """Change her data. `version`: her row's version as the form read it (MemberRow.version);
    when her row was changed since (another desktop saved her first, or marked her left), the
    save is refused (member.changed_elsewhere) and nothing is written over it."""
    data = _clean(data)
    with db.atomic():
        found = Member.get_or_none(Member.id == member_id)
        if found is None:
            raise Rejected.one("member", "member.not_found", member_id=member_id)
        if version is not None and found.version != version:
            raise Rejected.one("", "member.changed_elsewhere")
        issues = validate(data, member_id)
        if issues:
            raise Rejected(issues)
        before = chain.member_before(member_id)
        if not _changed(member_id, version, updated_at=clock.now(), **_values(data)):
            raise Rejected.one("", "member.changed_elsewhere")
        chain.member_changed(member_id, before, groups=_set_groups(member_id, data.business_ids))
    return get_member(member_id)


def _changed(member_id: int, version: int | None, **values) -> bool:
    """Write her row and count the change; with `version`, only if her row is still at it. On
    PostgreSQL a second desktop's UPDATE waits for the first's row lock and then finds the
    version moved: the compare is in the UPDATE itself, not only in the read before it."""
    query = Member.update(version=Member.version + 1, **values).where(Member.id == member_id)
    if version is not None:
        query = query.where(Member.version == version)
    return query.execute() == 1


def hold(member_ids) -> None:
    """Inside the caller's transaction, before reading what its checks need: wait until no other
    desktop works on these members' savings or loans (two withdrawals checked against one
    balance, two payments split over the same instalments). In id order, so two desktops
    holding several (collection sheets) never wait on each other. The lock order is members,
    then cash accounts, then the audit head. On SQLite the write transaction holds the whole
    file already."""
    engine = current()
    for member_id in sorted({i for i in member_ids if type(i) is int}):
        engine.serialize(db, f"member {member_id}")


@roles.needs("records")
@checked
def mark_left(member_id: int, left_on: date, settlement_entry_id: int | None = None) -> MemberRow:
    """A member leaves: she keeps her number and history and takes no new business.

    Not a way round the leaving settlement: a member who still holds savings or owes on a loan
    leaves through app.leaving.settle (Simpanan, "Anggota keluar & pengembalian"), which pays
    her out and then marks her left here.

    Only the leaving date is checked and written, so a member whose older data would not pass
    today's rules (an old NIK, say) can still be marked as left. The leaving is kept in her
    history (member_events), with the settlement's entry when settle() paid her out.
    """
    with db.atomic():
        member = get_member(member_id)
        if member.left_on is not None:  # moving a leaving date is an edit, not a second leaving
            raise Rejected.one("left_on", "member.already_left", left_on=member.left_on)
        if left_on is None:
            raise Rejected.one("left_on", "required")
        issues = []
        if left_on > clock.today():
            issues.append(Issue("left_on", "date.in_future"))
        if left_on < member.joined_on:
            issues.append(Issue("left_on", "member.left_before_joined"))
        if not issues:
            issues += _unsettled_issues(member_id)
        if issues:
            raise Rejected(issues)
        before = chain.member_before(member_id)
        _changed(member_id, None, left_on=left_on, updated_at=clock.now())
        _record(member_id, "left", left_on, "", settlement_entry_id)
        chain.member_changed(member_id, before, "left")
    return get_member(member_id)


@dataclass(frozen=True)
class MemberEvent:
    what: str  # "left" or "returned"
    on: date
    who: str
    at: datetime
    reason: str
    settlement_entry_id: int | None


def _record(member_id: int, what: str, on: date, reason: str, settlement_entry_id: int | None = None) -> None:
    from app import settings  # settings reads the book's settings table: at call time

    db.execute_sql(
        'INSERT INTO member_events (member_id, what, "on", who, at, reason, settlement_entry_id)'
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (member_id, what, on.isoformat(), settings.operator_name(), clock.now().isoformat(" "), reason,
         settlement_entry_id),
    )


@checked
def member_history(member_id: int) -> list[MemberEvent]:
    """Her leavings and returns, oldest first (a leaving from before version 11 is not in it)."""
    rows = db.execute_sql(
        'SELECT what, "on", who, at, reason, settlement_entry_id FROM member_events'
        " WHERE member_id = ? ORDER BY id", (member_id,),
    ).fetchall()
    return [MemberEvent(what, date.fromisoformat(on), who, datetime.fromisoformat(at), reason, entry)
            for what, on, who, at, reason, entry in rows]


def _settlement_entry(member_id: int) -> int | None:
    """The entry that paid her out when she left (app.leaving.settle), if one did."""
    from app import savings  # savings builds on members: read at call time

    history = member_history(member_id)
    if history and history[-1].what == "left" and history[-1].settlement_entry_id is not None:
        return history[-1].settlement_entry_id
    # A leaving from before member_events: her pokok or wajib paid out is the settlement.
    accounts = [savings.kind_accounts()[kind].id for kind in ("pokok", "wajib")]
    row = db.execute_sql(
        "SELECT p.entry_id FROM postings p JOIN journal_entries e ON e.id = p.entry_id"
        f" WHERE p.member_id = ? AND p.amount_rp > 0 AND p.account_id IN ({','.join('?' * len(accounts))})"
        " AND e.reverses_id IS NULL AND e.reversed_by_id IS NULL ORDER BY e.id DESC LIMIT 1",
        (member_id, *accounts),
    ).fetchone()
    return row[0] if row else None


@roles.needs("records")
@checked
def undo_leaving(member_id: int, reason: str) -> MemberRow:
    """She was marked left by "Tandai keluar" by mistake: she is active again, and the undoing
    is kept in her history with who did it, when and why.

    A leaving through the settlement (her savings paid back, her loans paid off) is not undone
    here: that entry follows the storno rules (app.reversals).
    """
    with db.atomic():
        member = get_member(member_id)
        if member.left_on is None:
            raise Rejected.one("member", "member.not_left")
        reason = text_rules.checked(reason, "reason", REASON_LIMIT, required=True)
        if _settlement_entry(member_id) is not None:
            raise Rejected.one("member", "member.leaving_settled", left_on=member.left_on)
        before = chain.member_before(member_id)
        _changed(member_id, None, left_on=None, updated_at=clock.now())
        _record(member_id, "returned", clock.today(), reason)
        chain.member_changed(member_id, before, "returned")
    return get_member(member_id)


def _unsettled_issues(member_id: int) -> list[Issue]:
    from app import savings  # savings and loans build on members: read at call time
    from app.loans import lifecycle

    held = savings.balances(member_id).total_rp
    owed = sum(loan.outstanding_rp for loan in lifecycle.list_loans(member_id) if loan.status == "disbursed")
    if held or owed:
        return [Issue("left_on", "member.unsettled", {"savings_rp": held, "owed_rp": owed})]
    return []


@checked
def has_transactions(member_id: int) -> bool:
    return Posting.select().where(Posting.member == member_id).exists()


def _groups_by_member(member_ids: list[int] | None = None) -> dict[int, tuple[int, ...]]:
    query = BusinessMember.select(BusinessMember.member, BusinessMember.business).order_by(BusinessMember.business)
    if member_ids is not None:
        query = query.where(BusinessMember.member.in_(member_ids))
    groups: dict[int, list[int]] = {}
    for row in query.tuples():
        groups.setdefault(row[0], []).append(row[1])
    return {k: tuple(v) for k, v in groups.items()}


# MemberRow's fields, which are the members table's columns; the register is read as plain
# tuples because building peewee objects (and parsing their dates) for a district's 3 000
# members took about 100 ms on every load of the Anggota page.
_COLUMNS = tuple(f.name for f in fields(MemberRow) if f.name != "business_ids")
_DATE_COLUMNS = ("birth_date", "joined_on", "left_on")


def _read(where: str = "", params: tuple = ()) -> list[MemberRow]:
    sql = f"SELECT {', '.join(_COLUMNS)} FROM members{where} ORDER BY number"
    rows = db.execute_sql(sql, params).fetchall()
    groups = _groups_by_member([r[0] for r in rows] if where else None)
    members = []
    for values in rows:
        row = dict(zip(_COLUMNS, values))
        row["nik"] = row["nik"] or ""
        for name in _DATE_COLUMNS:  # stored as ISO text by DateField
            row[name] = date.fromisoformat(row[name][:10]) if row[name] else None
        members.append(MemberRow(**row, business_ids=groups.get(row["id"], ())))
    return members


@checked
def get_member(member_id: int) -> MemberRow:
    found = _read(" WHERE id = ?", (member_id,))
    if not found:
        raise Rejected.one("member", "member.not_found", member_id=member_id)
    return found[0]


def get_members(member_ids) -> dict[int, MemberRow]:
    """The members among these ids that exist, by id, in two queries whatever their number."""
    ids = list(dict.fromkeys(member_ids))
    if not ids:
        return {}
    return {m.id: m for m in _read(f" WHERE id IN ({','.join('?' * len(ids))})", tuple(ids))}


def list_members() -> list[MemberRow]:
    """All members, by number. The register is small (hundreds, a district's few thousands)."""
    return _read()


def count_members(active_only: bool = True) -> int:
    query = Member.select(fn.COUNT(Member.id))
    if active_only:
        query = query.where(Member.left_on.is_null())
    return query.scalar()
