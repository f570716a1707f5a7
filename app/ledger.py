"""The double-entry ledger: entries whose postings sum to zero, reversals, balances.

Amounts are integer rupiah, positive for debit and negative for credit. Every balance is a
query over postings; nothing is stored as a running total.

Cash never goes below zero: every entry, a storno too, that takes money out of Kas or Bank
(1-1xx) is refused (cash.insufficient, with the balance available) when the account would be
negative at the end of the entry's day or of any later day; Bank only where Pengaturan allows
an overdraft (_cash_issues, called by _insert).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from peewee import fn

from app import clock, dates, settings, text_rules
from app.access import roles
from app.audit import chain
from app.dates import checked
from app.db import atomic_once, db
from app.engine import current
from app.errors import Issue, Rejected
from app.models import Account, JournalEntry, Posting
from app.yearend import lock as shared_profit

MAX_AMOUNT_RP = 10**15 - 1  # 999 triliun and the rest: every amount has its words (app.terbilang)
KINDS = ("asset", "liability", "equity", "income", "expense")
# Kinds whose natural balance is a credit: shown positive when the sum of postings is negative.
CREDIT_KINDS = frozenset({"liability", "equity", "income"})
KAS, BANK = "1-101", "1-102"
# Pengaturan's switch (settings.BANK_OVERDRAFT, off by default): Bank may go below zero.
BANK_OVERDRAFT = "bank_overdraft"
# The setting app.opening keeps: the date the book was opened with the group's balances.
OPENING_DATE = "opening_date"


def is_cash(account: str) -> bool:
    """Kas, Bank and any 1-1xx account the group added: where money comes and goes."""
    return account.startswith("1-1")


@dataclass(frozen=True)
class Line:
    """One posting to be made: an account code and a signed amount (debit > 0 > credit)."""

    account: str
    amount_rp: int
    member_id: int | None = None
    business_id: int | None = None
    memo: str = ""


@dataclass(frozen=True)
class PostedLine:
    account: str
    account_name: str
    amount_rp: int
    member_id: int | None
    business_id: int | None
    memo: str


@dataclass(frozen=True)
class Entry:
    id: int
    entry_date: date
    description: str
    reference: str
    entered_at: str
    entered_by: str
    reverses_id: int | None
    reversed_by_id: int | None
    reversal_reason: str
    lines: tuple[PostedLine, ...]


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    kind: str
    debit_rp: int
    credit_rp: int


def debit(account: str, amount_rp: int, **kw) -> Line:
    return Line(account, amount_rp, **kw)


def credit(account: str, amount_rp: int, **kw) -> Line:
    return Line(account, -amount_rp, **kw)


def _is_rupiah(value) -> bool:
    return type(value) is int  # bool, float and Decimal are refused: money is whole rupiah


_is_date = dates.is_date


class Lookups:
    """What the checks and the insert of an entry read besides the entry itself: the accounts by
    code, which members and businesses exist, the closed period and the operator's name.

    post_entry makes one per entry. A caller posting many entries in ONE transaction (a
    collection sheet posts 200) makes one and passes it to each: everything is then read once.
    Valid only inside that transaction, while nothing but its entries is written (entries add
    no accounts, members or businesses and do not close periods)."""

    def __init__(self) -> None:
        self._accounts: dict[str, tuple[int, bool]] = {}  # code: (id, is_active)
        self._members: set = set()
        self._businesses: set = set()

    @cached_property
    def closed_through(self) -> date | None:
        return settings.closed_through()

    @cached_property
    def opening_date(self) -> date | None:
        """The book's opening (app.opening): nothing is posted before the day it starts."""
        value = settings.get(OPENING_DATE)
        return date.fromisoformat(value) if value else None

    @cached_property
    def operator_name(self) -> str:
        return settings.operator_name()

    @cached_property
    def bank_overdraft(self) -> bool:
        return settings.get(BANK_OVERDRAFT) == "1"

    @cached_property
    def profit_codes(self) -> set[str]:
        return shared_profit.profit_codes()

    @cached_property
    def audit_user(self) -> str:
        """Who the entries' audit records name (app.audit.log.who)."""
        from app.audit import log  # app.audit.log reads the session, which reads ledger's callers

        return log.who()

    # Plain SQL below: peewee's query building cost more than SQLite's lookups (issue 3).
    def accounts(self, codes: set) -> dict[str, tuple[int, bool]]:
        """The (id, is_active) of each code that is an account."""
        missing = [code for code in codes if code not in self._accounts]
        if missing:
            for code, account_id, active in db.execute_sql(
                f"SELECT code, id, is_active FROM accounts WHERE code IN ({','.join('?' * len(missing))})", missing
            ):
                self._accounts[code] = (account_id, bool(active))
        return {code: self._accounts[code] for code in codes if code in self._accounts}

    def known_members(self, ids: set) -> set:
        return self._known(ids, self._members, "members")

    def known_businesses(self, ids: set) -> set:
        return self._known(ids, self._businesses, "businesses")

    @staticmethod
    def _known(ids: set, known: set, table: str) -> set:
        missing = [i for i in ids if i not in known]
        if missing:
            known.update(row[0] for row in db.execute_sql(
                f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(missing))})", missing))
        return {i for i in ids if i in known}


def _check_lines(entry_date: date, lines: list[Line],
                 lookups: Lookups) -> tuple[list[Issue], dict]:
    issues: list[Issue] = []
    closed = lookups.closed_through
    if wrong_date := dates.date_issues("entry_date", entry_date):  # every entry: the book's range
        issues += wrong_date
    elif closed is not None and entry_date <= closed:
        issues.append(Issue("entry_date", "entry.period_closed", {"closed_through": closed}))
    elif lookups.opening_date is not None and entry_date < lookups.opening_date:
        issues.append(Issue("entry_date", "ledger.before_opening", {"opening": lookups.opening_date}))
    issues += shared_profit.entry_issues(entry_date, lines, profit=lookups.profit_codes)
    if len(lines) < 2:
        issues.append(Issue("postings", "entry.too_few_postings", {"count": len(lines)}))
    accounts = lookups.accounts({line.account for line in lines})
    known_members = lookups.known_members({line.member_id for line in lines if line.member_id is not None})
    known_businesses = lookups.known_businesses(
        {line.business_id for line in lines if line.business_id is not None})
    total = 0
    for index, line in enumerate(lines):
        where = f"postings.{index}"
        account = accounts.get(line.account)
        if account is None:
            issues.append(Issue(f"{where}.account", "posting.unknown_account", {"account": line.account}))
        elif not account[1]:
            issues.append(Issue(f"{where}.account", "posting.inactive_account", {"account": line.account}))
        if not _is_rupiah(line.amount_rp):
            issues.append(Issue(f"{where}.amount", "posting.not_whole_rupiah", {"amount": str(line.amount_rp)}))
            continue
        if line.amount_rp == 0:
            issues.append(Issue(f"{where}.amount", "posting.zero_amount"))
        elif abs(line.amount_rp) > MAX_AMOUNT_RP:
            issues.append(Issue(f"{where}.amount", "posting.amount_too_large", {"limit": MAX_AMOUNT_RP}))
        if line.member_id is not None and line.member_id not in known_members:
            issues.append(Issue(f"{where}.member", "posting.unknown_member", {"member_id": line.member_id}))
        if line.business_id is not None and line.business_id not in known_businesses:
            issues.append(
                Issue(f"{where}.business", "posting.unknown_business", {"business_id": line.business_id})
            )
        total += line.amount_rp
    if total != 0 and all(_is_rupiah(line.amount_rp) for line in lines):
        issues.append(Issue("postings", "entry.unbalanced", {"difference": total}))
    return issues, {code: account_id for code, (account_id, _) in accounts.items()}


@roles.needs("money")
def post_entry(entry_date: date, description: str, lines: list[Line], reference: str = "",
               lookups: Lookups | None = None) -> int:
    """Post one balanced entry in one transaction; refuse it whole if anything is wrong.
    `lookups`: shared by the entries of one transaction (see Lookups); a fresh one otherwise.
    That caller's transaction holds the entry, and no savepoint is taken for it here: a caller
    going on after a refused entry relies on the checks refusing before anything is written
    (app.collection.post_sheet ends the sheet when the book itself refuses)."""
    lines = list(lines)
    transaction = db.atomic() if lookups is None else atomic_once()
    lookups = lookups or Lookups()
    texts: list[Issue] = []
    description = text_rules.clean_text(description, "description", text_rules.ENTRY_DESCRIPTION, texts, required=True)
    reference = text_rules.clean_text(reference, "reference", text_rules.TEXT, texts)
    lines = [replace(line, memo=text_rules.clean_text(line.memo, f"postings.{index}.memo", text_rules.TEXT, texts))
             if line.memo else line for index, line in enumerate(lines)]
    with transaction:
        issues, account_ids = _check_lines(entry_date, lines, lookups)
        if texts or issues:
            raise Rejected(texts + issues)
        return _insert(entry_date, description, reference, lines, account_ids, lookups.operator_name,
                       lookups=lookups)


@checked
def cash_available(account: str, on: date) -> tuple[int, date]:
    """What may still be paid out of a cash account on `on` without its balance going below
    zero at the end of that day or of any later day: the lowest of those balances, and the day
    it falls on. One range of the covering index postings_account_date up to `on`, one after."""
    (account_id,) = db.execute_sql("SELECT id FROM accounts WHERE code = ?", (account,)).fetchone()
    return _available(account_id, on)


def _available(account_id: int, on: date) -> tuple[int, date]:
    day = on.isoformat()
    (balance,) = db.execute_sql(
        "SELECT COALESCE(SUM(amount_rp), 0) FROM postings WHERE account_id = ? AND entry_date <= ?",
        (account_id, day)).fetchone()
    lowest, lowest_on = balance, on
    for later, moved in db.execute_sql(
            "SELECT entry_date, SUM(amount_rp) FROM postings WHERE account_id = ? AND entry_date > ?"
            " GROUP BY entry_date ORDER BY entry_date", (account_id, day)):
        balance += moved
        if balance < lowest:
            lowest, lowest_on = balance, date.fromisoformat(later)
    return lowest, lowest_on


def _cash_issues(entry_date: date, lines: list[Line], account_ids: dict, lookups: Lookups) -> list[Issue]:
    """Cash never below zero: an entry that takes money out of Kas or Bank (1-1xx) is refused
    when the account's balance at the end of the entry's day, or of any later day, would be
    negative. Bank may go below zero where Pengaturan allows an overdraft. Money in is not
    read at all (a collection sheet posts 200 of those in one save)."""
    out: dict[str, int] = {}
    for line in lines:
        if is_cash(line.account):
            out[line.account] = out.get(line.account, 0) + line.amount_rp
    issues = []
    for account, moved in out.items():
        if moved >= 0 or (account == BANK and lookups.bank_overdraft):
            continue
        current().serialize(db, f"cash {account}")  # another desktop paying out of it waits: one balance
        available, on = _available(account_ids[account], entry_date)
        if available + moved < 0:
            (name,) = db.execute_sql("SELECT name FROM accounts WHERE code = ?", (account,)).fetchone()
            issues.append(Issue("amount", "cash.insufficient", {
                "account": account, "account_name": name, "on": on, "balance_rp": available,
                "amount_rp": -moved}))
    return issues


def _insert(entry_date, description, reference, lines, account_ids, entered_by, reverses_id=None, reason="",
            lookups: Lookups | None = None) -> int:
    """Plain SQL, as peewee's models would store it (dates as ISO text). Every entry, a
    reversal too, passes the cash rule (_cash_issues) first."""
    lookups = lookups or Lookups()
    issues = _cash_issues(entry_date, lines, account_ids, lookups)
    if issues:
        raise Rejected(issues)
    engine = current()
    entry_id = engine.insert(
        db,
        "INSERT INTO journal_entries (entry_date, description, reference, entered_at, entered_by, reverses_id,"
        " reversal_reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (entry_date.isoformat(), description, reference, clock.now().isoformat(sep=" "), entered_by, reverses_id,
         reason),
    )
    engine.insert_many(
        db,
        "INSERT INTO postings (entry_id, account_id, entry_date, amount_rp, memo, member_id, business_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(entry_id, account_ids[line.account], entry_date.isoformat(), line.amount_rp, line.memo, line.member_id,
          line.business_id) for line in lines],
    )
    chain.record_entry(entry_id, lookups.audit_user)  # the entry joins the audit chain, in this transaction
    return entry_id


def _reverse_entry(entry_id: int, reason: str, entry_date: date | None = None) -> int:
    """Storno: post the mirror image of an entry, linked both ways. Returns the new entry id."""
    entry_date = entry_date or clock.today()
    if issues := dates.date_issues("entry_date", entry_date):
        raise Rejected(issues)
    with db.atomic():
        original = JournalEntry.get_or_none(JournalEntry.id == entry_id)
        issues = []
        if original is None:
            raise Rejected.one("entry", "entry.not_found", entry_id=entry_id)
        reason = text_rules.clean_text(reason, "reason", text_rules.TEXT, issues, required=True)
        if original.reversed_by_id is not None:
            issues.append(Issue("entry", "entry.already_reversed", {
                "reversed_by": original.reversed_by_id, "date": _entry_date(original.reversed_by_id)}))
        if original.reverses_id is not None:
            issues.append(Issue("entry", "entry.is_reversal", {
                "reverses": original.reverses_id, "date": _entry_date(original.reverses_id)}))
        if entry_date < original.entry_date:
            issues.append(Issue("entry_date", "entry.reversal_before_original", {"original_date": original.entry_date}))
        closed = settings.closed_through()
        if closed is not None and entry_date <= closed:
            issues.append(Issue("entry_date", "entry.period_closed", {"closed_through": closed}))
        issues += shared_profit.reversal_issues(entry_id, entry_date)
        if issues:
            raise Rejected(issues)
        postings = list(Posting.select(Posting, Account).join(Account).where(Posting.entry == entry_id).order_by(Posting.id))
        account_ids = {p.account.code: p.account.id for p in postings}
        mirror = [
            Line(p.account.code, -p.amount_rp, p.member_id, p.business_id, p.memo) for p in postings
        ]
        new_id = _insert(
            entry_date,
            f"Storno: {original.description}",
            original.reference,
            mirror,
            account_ids,
            settings.operator_name(),
            reverses_id=entry_id,
            reason=reason,
        )
        JournalEntry.update(reversed_by=new_id).where(JournalEntry.id == entry_id).execute()
        return new_id


def _entry_date(entry_id: int) -> date:
    return JournalEntry.get_by_id(entry_id).entry_date


@checked
def get_entry(entry_id: int) -> Entry:
    e = JournalEntry.get_by_id(entry_id)
    rows = Posting.select(Posting, Account).join(Account).where(Posting.entry == entry_id).order_by(Posting.id)
    return Entry(
        e.id, e.entry_date, e.description, e.reference, str(e.entered_at), e.entered_by,
        e.reverses_id, e.reversed_by_id, e.reversal_reason,
        tuple(
            PostedLine(p.account.code, p.account.name, p.amount_rp, p.member_id, p.business_id, p.memo)
            for p in rows
        ),
    )


def _sum(query) -> int:
    return query.scalar() or 0


def _account_id(code: str) -> int:
    account = Account.get_or_none(Account.code == code)
    if account is None:
        raise Rejected.one("account", "posting.unknown_account", account=code)
    return account.id


@checked
def account_balance(code: str, as_of: date | None = None) -> int:
    """Sum of postings (debit positive) on an account up to and including `as_of`."""
    query = Posting.select(fn.SUM(Posting.amount_rp)).where(Posting.account == _account_id(code))
    if as_of is not None:
        query = query.where(Posting.entry_date <= as_of)
    return _sum(query)


@checked
def member_balance(member_id: int, code: str | None = None, as_of: date | None = None) -> int:
    query = Posting.select(fn.SUM(Posting.amount_rp)).where(Posting.member == member_id)
    if code is not None:
        query = query.where(Posting.account == _account_id(code))
    if as_of is not None:
        query = query.where(Posting.entry_date <= as_of)
    return _sum(query)


@checked
def business_balance(business_id: int, code: str | None = None, as_of: date | None = None) -> int:
    query = Posting.select(fn.SUM(Posting.amount_rp)).where(Posting.business == business_id)
    if code is not None:
        query = query.where(Posting.account == _account_id(code))
    if as_of is not None:
        query = query.where(Posting.entry_date <= as_of)
    return _sum(query)


@checked
def natural_balance(kind: str, amount_rp: int) -> int:
    """The balance as a bookkeeper reads it: credit-side accounts shown positive."""
    return -amount_rp if kind in CREDIT_KINDS else amount_rp


@checked
def trial_balance(as_of: date | None = None) -> list[TrialBalanceRow]:
    """Every account with postings, its balance on the debit or credit side. Sums to zero.

    One sum per account, each a range of the covering index postings_account_date: at a date
    only the postings up to it are read (a GROUP BY over all postings would read them all).
    """
    up_to = "" if as_of is None else " AND p.entry_date <= ?"
    sql = (
        "SELECT a.code, a.name, a.kind,"
        f" (SELECT SUM(p.amount_rp) FROM postings p WHERE p.account_id = a.id{up_to})"
        " FROM accounts a ORDER BY a.code"
    )
    params = [] if as_of is None else [as_of.isoformat()]
    return [
        TrialBalanceRow(code, name, kind, max(total, 0), max(-total, 0))
        for code, name, kind, total in db.execute_sql(sql, params)
        if total is not None  # no postings (a sum of zero is a balance and is shown)
    ]
