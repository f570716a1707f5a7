"""Members' savings (simpanan): pokok, wajib and sukarela (UU 25/1992 art. 41, DOMAIN.md).

Nothing is stored as a balance: every figure here is a query over the ledger's postings that
are tagged with the member. Pokok and wajib are members' equity and stay in the group until she
leaves; sukarela is owed to her and may be withdrawn at any time, never below zero.

Refusals are `Rejected` with these fields: member, kind, amount_rp, entry_date (the `on`
argument, the same field the ledger uses for a closed period), cash_account. Leaving (savings
back, less her loans) is app.leaving; a storno of any entry is app.reversals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import JOIN, Case, fn

from app import clock, dates, ledger, members, receipts, settings
from app.access import roles
from app.accounts import cash_account_issues
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.ledger import credit, debit
from app.members import MemberRow
from app.models import Account, JournalEntry, Member, Posting

ACCOUNTS = {"pokok": "3-101", "wajib": "3-102", "sukarela": "2-101"}
KINDS = tuple(ACCOUNTS)
MAX_SETTING_RP = 10**9
DEFAULT_POKOK_RP = 10_000
DEFAULT_WAJIB_RP = 5_000


@dataclass(frozen=True)
class SavingsBalances:
    pokok_rp: int
    wajib_rp: int
    sukarela_rp: int
    total_rp: int


@dataclass(frozen=True)
class Withdrawal:
    entry_id: int
    receipt_number: str  # the kuitansi she signs for the cash


@dataclass(frozen=True)
class Deposit:
    entry_id: int
    receipt_number: str  # the kuitansi the treasurer signs for the cash received


@dataclass(frozen=True)
class WajibStatus:
    months_due: int
    due_rp: int
    paid_rp: int
    owed_rp: int
    paid_ahead_rp: int


@dataclass(frozen=True)
class PassbookRow:
    entry_date: date
    entry_id: int
    description: str
    setor_rp: int
    tarik_rp: int
    saldo_rp: int
    is_reversal: bool  # this line is a storno
    reversed: bool  # this line was cancelled by a later storno
    kind: str  # pokok, wajib or sukarela: one passbook may show all three


# --- settings ------------------------------------------------------------------------------


def pokok_amount() -> int:
    return int(settings.get("simpanan_pokok_rp", str(DEFAULT_POKOK_RP)))


def wajib_amount() -> int:
    """The simpanan wajib due each month."""
    return int(settings.get("simpanan_wajib_rp", str(DEFAULT_WAJIB_RP)))


@roles.needs("close")
def set_amounts(pokok_rp: int, wajib_rp: int) -> None:
    """Save the group's pokok and monthly wajib amounts; refuse (writing nothing) a bad one.

    Not in settings.EDITABLE: those are free text checked for length only, these are rupiah.
    """
    issues = [
        *_amount_issues("pokok_rp", pokok_rp, MAX_SETTING_RP),
        *_amount_issues("wajib_rp", wajib_rp, MAX_SETTING_RP),
    ]
    if issues:
        raise Rejected(issues)
    with db.atomic():
        for key, value in (("simpanan_pokok_rp", pokok_rp), ("simpanan_wajib_rp", wajib_rp)):
            settings._put(key, str(value))


# --- checks --------------------------------------------------------------------------------


def _amount_issues(name: str, value, limit: int = ledger.MAX_AMOUNT_RP) -> list[Issue]:
    if type(value) is not int:  # bool, float and Decimal are refused, as in the ledger
        return [Issue(name, "posting.not_whole_rupiah", {"amount": str(value)})]
    if value <= 0:
        return [Issue(name, "savings.amount_not_positive")]
    if value > limit:
        return [Issue(name, "posting.amount_too_large", {"limit": limit})]
    return []


def _member(member_id: int, issues: list[Issue]) -> MemberRow | None:
    try:
        return members.get_member(member_id)
    except Rejected as refused:
        issues += refused.issues
        return None


def _date_issues(on, member: MemberRow | None) -> list[Issue]:
    if wrong := dates.date_issues("entry_date", on):
        return wrong
    if on > clock.today():
        return [Issue("entry_date", "date.in_future")]
    if member is not None and on < member.joined_on:
        return [Issue("entry_date", "savings.before_joining", {"joined_on": member.joined_on})]
    return []


def _active_member(member_id: int, on, issues: list[Issue], known: MemberRow | None = None) -> MemberRow | None:
    member = _member(member_id, issues) if known is None else known
    if member is not None and not member.active:
        issues.append(Issue("member", "member.has_left", {"left_on": member.left_on}))
    issues += _date_issues(on, member)
    return member


@checked
def label(member: MemberRow) -> str:
    """Her number and name, as entry descriptions name her."""
    return f"{members.format_number(member.number)} {member.name}"


# --- balances ------------------------------------------------------------------------------


def kind_accounts() -> dict[str, Account]:
    """The three savings accounts by kind (pokok, wajib, sukarela)."""
    by_code = {a.code: a for a in Account.select().where(Account.code.in_(list(ACCOUNTS.values())))}
    return {kind: by_code[code] for kind, code in ACCOUNTS.items()}


def _balances_by_member(as_of: date | None, member_id: int | None = None,
                        member_ids: list[int] | None = None) -> dict[int, SavingsBalances]:
    """Every member's (or one member's) three balances in one grouped query.

    Members without savings are listed with zeros. The postings_member index covers it.
    """
    accounts = kind_accounts()
    joined = (Posting.member == Member.id) & Posting.account.in_([a.id for a in accounts.values()])
    if as_of is not None:
        joined &= Posting.entry_date <= as_of
    sums = [fn.SUM(Case(None, [(Posting.account == a.id, Posting.amount_rp)], 0)) for a in accounts.values()]
    query = Member.select(Member.id, *sums).join(Posting, JOIN.LEFT_OUTER, on=joined).group_by(Member.id)
    if member_id is not None:
        query = query.where(Member.id == member_id)
    if member_ids is not None:
        query = query.where(Member.id.in_(member_ids))
    kinds = [a.kind for a in accounts.values()]
    result = {}
    for row_id, *raw in query.tuples():
        pokok, wajib, sukarela = (ledger.natural_balance(k, r) for k, r in zip(kinds, raw))
        result[row_id] = SavingsBalances(pokok, wajib, sukarela, pokok + wajib + sukarela)
    return result


@checked
def balances(member_id: int, as_of: date | None = None) -> SavingsBalances:
    found = _balances_by_member(as_of, member_id)
    if member_id not in found:
        raise Rejected.one("member", "member.not_found", member_id=member_id)
    return found[member_id]


@checked
def all_balances(as_of: date | None = None) -> dict[int, SavingsBalances]:
    """Every member's savings, by member id, in one query (a district lists 3 000 members)."""
    return _balances_by_member(as_of)


def _lowest_from(member_id: int, account: Account, on: date) -> int:
    """Her lowest end-of-day balance on `on` or any later day: what may leave on `on`.

    A withdrawal dated back must not take a later day below zero (she may have withdrawn the
    money since), so the balance on `on` alone is not enough.
    """
    by_day = list(
        Posting.select(Posting.entry_date, fn.SUM(Posting.amount_rp))
        .where((Posting.member == member_id) & (Posting.account == account.id))
        .group_by(Posting.entry_date)
        .tuples()
    )
    running = ledger.natural_balance(account.kind, sum(amount for day, amount in by_day if day <= on))
    lowest = running
    for day, amount in sorted(by_day):
        if day > on:
            running += ledger.natural_balance(account.kind, amount)
            lowest = min(lowest, running)
    return lowest


# --- writes --------------------------------------------------------------------------------


@roles.needs("money")
@checked
def deposit(member_id: int, kind: str, amount_rp: int, on: date, cash_account: str = "1-101",
            memo: str = "") -> Deposit:
    """Setoran: debit cash, credit her savings account; one entry and, in the same transaction,
    a receipt for the money received (a refusal consumes no number).

    Pokok is paid once, exactly the set amount. Wajib takes any positive amount: members pay
    arrears and months ahead, and wajib_status() reads what is owed from the total paid.
    """
    with db.atomic():
        members.hold([member_id])
        issues: list[Issue] = []
        member = _deposit_checked(member_id, kind, amount_rp, on, issues, cash_account)
        if issues:
            raise Rejected(issues)
        entry_id = ledger.post_entry(
            on,
            f"Setoran simpanan {kind} – {label(member)}",
            [
                debit(cash_account, amount_rp, member_id=member_id, memo=memo),
                credit(ACCOUNTS[kind], amount_rp, member_id=member_id, memo=memo),
            ],
        )
        return Deposit(entry_id, receipts.issue(entry_id, member_id, amount_rp))


@checked
def deposit_lines(member_id: int, kind: str, amount_rp: int, on: date, memo: str = "",
                  member: MemberRow | None = None) -> list[ledger.Line]:
    """The savings credit of a deposit, checked as deposit() checks it, for a caller that posts
    it in a combined entry with its own cash debit (Setoran); writes nothing. `member`: her row
    as the caller read it in this transaction (a collection sheet reads them all at once)."""
    issues: list[Issue] = []
    _deposit_checked(member_id, kind, amount_rp, on, issues, known=member)
    if issues:
        raise Rejected(issues)
    return [credit(ACCOUNTS[kind], amount_rp, member_id=member_id, memo=memo)]


def _deposit_checked(member_id: int, kind: str, amount_rp: int, on: date, issues: list[Issue],
                     cash_account: str | None = None, known: MemberRow | None = None) -> MemberRow | None:
    if known is not None and known.id != member_id:
        raise ValueError(f"member {member_id} given the row of member {known.id}")
    member = _active_member(member_id, on, issues, known)
    issues += _amount_issues("amount_rp", amount_rp)
    if cash_account is not None:
        issues += cash_account_issues(cash_account)
    if kind not in KINDS:
        issues.append(Issue("kind", "savings.bad_kind", {"kind": str(kind)}))
    elif kind == "pokok" and member is not None:
        if balances(member_id).pokok_rp > 0:
            issues.append(Issue("kind", "savings.pokok_already_paid"))
        elif type(amount_rp) is int and amount_rp != pokok_amount():
            issues.append(Issue("amount_rp", "savings.pokok_amount", {"expected_rp": pokok_amount()}))
    return member


@roles.needs("money")
@checked
def withdraw(
    member_id: int, amount_rp: int, on: date, cash_account: str = "1-101", memo: str = "", kind: str = "sukarela"
) -> Withdrawal:
    """Penarikan: sukarela only, never below zero on `on` or after; one entry and, in the same
    transaction, a receipt for the cash she is handed (a refusal consumes no number).

    Pokok and wajib come back only with her leaving (app.leaving).
    """
    with db.atomic():
        members.hold([member_id])
        issues: list[Issue] = []
        member = _active_member(member_id, on, issues)
        issues += _amount_issues("amount_rp", amount_rp)
        issues += cash_account_issues(cash_account)
        if kind not in KINDS:
            issues.append(Issue("kind", "savings.bad_kind", {"kind": str(kind)}))
        elif kind != "sukarela":
            issues.append(Issue("kind", "savings.locked_until_leaving", {"kind": kind}))
        if not issues:
            available = _lowest_from(member_id, kind_accounts()["sukarela"], on)
            if amount_rp > available:
                issues.append(Issue("amount_rp", "savings.insufficient_balance", {"balance_rp": available}))
        if issues:
            raise Rejected(issues)
        entry_id = ledger.post_entry(
            on,
            f"Penarikan simpanan sukarela – {label(member)}",
            [
                debit(ACCOUNTS["sukarela"], amount_rp, member_id=member_id, memo=memo),
                credit(cash_account, amount_rp, member_id=member_id, memo=memo),
            ],
        )
        return Withdrawal(entry_id, receipts.issue(entry_id, member_id, amount_rp))


@checked
def paid_out_member(entry_id: int) -> int | None:
    """The member whose savings `entry_id` paid out when she left, if it is such an entry.

    Pokok and wajib leave the fund only then, so an entry (not a storno) that debits either
    for a member is her settlement.
    """
    locked = [kind_accounts()[kind].id for kind in ("pokok", "wajib")]
    row = (
        Posting.select(Posting.member)
        .join(JournalEntry)
        .where((Posting.entry == entry_id) & Posting.account.in_(locked) & (Posting.amount_rp > 0)
               & Posting.member.is_null(False) & JournalEntry.reverses.is_null())
        .first()
    )
    return row.member_id if row is not None else None


@checked
def overdraw_issues(entry_id: int, on: date) -> list[Issue]:
    """savings.reversal_overdraws for every member's savings the (posted) entry takes below
    zero on `on` or any later day: a storno of a deposit whose money she has since withdrawn
    (or had paid back when she left). Called by app.reversals inside its transaction."""
    by_id = {a.id: (kind, a) for kind, a in kind_accounts().items()}
    touched = (
        Posting.select(Posting.member, Posting.account)
        .where((Posting.entry == entry_id) & Posting.member.is_null(False) & Posting.account.in_(list(by_id)))
        .distinct()
        .tuples()
    )
    issues = []
    for member_id, account_id in touched:
        kind, account = by_id[account_id]
        lowest = _lowest_from(member_id, account, on)
        if lowest < 0:
            issues.append(Issue("entry", "savings.reversal_overdraws", {
                "kind": kind, "member_id": member_id, "balance_rp": lowest,
            }))
    return issues


@checked
def leaving_member(member_id: int, on: date, cash_account: str) -> MemberRow:
    """The member, if she may leave on `on` paid from `cash_account`: still a member, a real
    day from her joining to today, and no savings movement after it; else Rejected."""
    issues: list[Issue] = []
    member = _member(member_id, issues)
    if member is not None and not member.active:
        issues.append(Issue("member", "member.already_left", {"left_on": member.left_on}))
    issues += _date_issues(on, member)
    issues += cash_account_issues(cash_account)
    if issues:
        raise Rejected(issues)
    last = _last_savings_date(member_id)
    if last is not None and last > on:
        raise Rejected.one("entry_date", "savings.entries_after_leaving", last_date=last)
    return member


@checked
def payout_lines(member_id: int, held: SavingsBalances) -> list[ledger.Line]:
    """The debits that empty her three savings when she leaves; the caller credits where the
    money goes (her loans, cash)."""
    return [
        debit(ACCOUNTS[kind], amount, member_id=member_id)
        for kind, amount in (("pokok", held.pokok_rp), ("wajib", held.wajib_rp), ("sukarela", held.sukarela_rp))
        if amount
    ]


def _last_savings_date(member_id: int) -> date | None:
    accounts = [a.id for a in kind_accounts().values()]
    last = (
        Posting.select(Posting.entry_date)
        .where((Posting.member == member_id) & Posting.account.in_(accounts))
        .order_by(Posting.entry_date.desc())
        .first()
    )
    return last.entry_date if last is not None else None


# --- reading -------------------------------------------------------------------------------


@checked
def months_counted(start: date, end: date) -> int:
    """Calendar months from start's month through end's month, both counted; 0 if end is before."""
    return max(0, (end.year - start.year) * 12 + end.month - start.month + 1)


@checked
def wajib_status(member_id: int, as_of: date | None = None) -> WajibStatus:
    """Simpanan wajib due against paid, as of a day (default today).

    Rule: one monthly amount (the current setting) is due for every calendar month from the
    month she joined through the month of `as_of`, both counted, whatever the day of the month;
    for a member who has left, months stop at her leaving month. Paid is everything she paid
    into wajib up to `as_of`, net of stornos; the pay-out when she left does not count against
    it. Paid beyond the months due is shown as paid ahead, short of them as owed.
    """
    member = members.get_member(member_id)
    as_of = as_of or clock.today()
    return wajib_of(member, as_of, _wajib_paid(member_id, as_of), wajib_amount())


@checked
def active_wajib_statuses(as_of: date, member_id: int | None = None) -> dict[int, WajibStatus]:
    """wajib_status of every member who has not left (or of one), by member id."""
    people = [members.get_member(member_id)] if member_id is not None else members.list_members()
    return wajib_statuses_of(as_of, people)


@checked
def wajib_statuses_of(as_of: date, people: list[MemberRow]) -> dict[int, WajibStatus]:
    """wajib_status of those of `people` who have not left, from one sum per member instead of
    her every posting (a collection sheet posts 200 rows of a district's 3 000 members). She has
    had no pay-out, so what she paid is her wajib balance."""
    held = _balances_by_member(as_of, member_ids=[m.id for m in people]) if people else {}
    amount = wajib_amount()
    brought = opening_wajib([m.id for m in people])
    return {m.id: wajib_of(m, as_of, held[m.id].wajib_rp, amount, brought.get(m.id, (0, 0)))
            for m in people if m.active}


def opening_wajib(member_ids: list[int] | None = None) -> dict[int, tuple[int, int]]:
    """What members brought into the book at its opening (app.opening): months of wajib paid
    before it and the wajib balance those months came to, by member id (one query)."""
    sql, params = "SELECT member_id, months, amount_rp FROM opening_wajib", ()
    if member_ids is not None:
        if not member_ids:
            return {}
        sql, params = sql + f" WHERE member_id IN ({','.join('?' * len(member_ids))})", tuple(member_ids)
    return {member_id: (months, rp) for member_id, months, rp in db.execute_sql(sql, params)}


@checked
def wajib_of(member: MemberRow, as_of: date, paid: int, amount: int,
             brought: tuple[int, int] | None = None) -> WajibStatus:
    """The wajib rule of wajib_status, given what she paid and the monthly amount.

    A member brought in by the book's opening with `brought` = (months, rupiah) of wajib paid
    before it owes those months no more: they are due as the rupiah she brought (paid at the
    amounts of their time), and each later month at the current amount. None: looked up."""
    months_paid, brought_rp = brought if brought is not None else opening_wajib([member.id]).get(member.id, (0, 0))
    end = min(as_of, member.left_on) if member.left_on is not None else as_of
    months = months_counted(member.joined_on, end) if as_of >= member.joined_on else 0
    due = max(months - months_paid, 0) * amount + (brought_rp if months_paid else 0)
    return WajibStatus(months, due, paid, max(due - paid, 0), max(paid - due, 0))


def _wajib_paid(member_id: int, as_of: date) -> int:
    account = kind_accounts()["wajib"]
    rows = list(
        Posting.select(Posting.entry, Posting.amount_rp, JournalEntry.reverses)
        .join(JournalEntry)
        .where((Posting.member == member_id) & (Posting.account == account.id) & (Posting.entry_date <= as_of))
        .tuples()
    )
    # Wajib is never withdrawn: a debit that is not a storno is a pay-out on leaving.
    payouts = {entry for entry, amount, reverses in rows if amount > 0 and reverses is None}
    kept = sum(amount for entry, amount, reverses in rows if entry not in payouts and reverses not in payouts)
    return ledger.natural_balance(account.kind, kept)


@checked
def passbook(member_id: int, kind: str | None = None) -> list[PassbookRow]:
    """Buku simpanan: Tanggal, Uraian, Setor, Tarik, Saldo, by date then entry.

    A storno shows as the opposite movement of the line it cancels, which stays (marked
    reversed), so the running saldo is right across reversals. kind=None shows all three.
    """
    members.get_member(member_id)
    if kind is not None and kind not in KINDS:
        raise Rejected.one("kind", "savings.bad_kind", kind=str(kind))
    accounts = {a.id: (k, a) for k, a in kind_accounts().items() if kind is None or k == kind}
    query = (
        Posting.select(Posting.account, Posting.amount_rp, JournalEntry)
        .join(JournalEntry)
        .where((Posting.member == member_id) & Posting.account.in_(list(accounts)))
        .order_by(Posting.entry_date, Posting.entry, Posting.id)
    )
    rows, saldo = [], 0
    for p in query:
        line_kind, account = accounts[p.account_id]
        amount = ledger.natural_balance(account.kind, p.amount_rp)
        saldo += amount
        e = p.entry
        rows.append(PassbookRow(
            e.entry_date, e.id, e.description, max(amount, 0), max(-amount, 0), saldo,
            e.reverses_id is not None, e.reversed_by_id is not None, line_kind,
        ))
    return rows
