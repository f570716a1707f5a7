"""Setoran and the meeting-day collection sheet (daftar tagihan): a member's cash, split over
everything she owes, posted as ONE journal entry with ONE receipt.

How the cash is split (preview shows it; take_payment posts exactly that):
1. her loans, oldest disbursement first; for each, what is due on the day (denda, then jasa,
   then pokok, oldest instalment first — app.loans.payments.payment_lines allocates it), or its
   whole payoff (pelunasan) when the officer chose to pay that loan off;
2. then simpanan wajib still owed (app.savings.wajib_status: this month included) — or wajib
   before the loans when Pengaturan says so (settings.collection_order: wajib_first);
3. then, when the officer ticked "the rest to sukarela", everything above today's dues goes to
   simpanan sukarela (the tick is her explicit choice);
4. unticked, what is above today's dues pays her NEXT instalments, loan by loan, oldest first,
   up to each loan's payoff (app.loans.state.allocate: jasa before pokok, and exactly the payoff
   pays the loan off with the jasa of periods not begun waived); more than the loans and wajib
   can take is refused (collection.overpayment, with the most that can be taken).

The treasurer may steer the split before saving (EditedSplit: rupiah per loan, wajib,
sukarela); it is refused with issues (fields split.loan.<id>, split.wajib, split) when a loan
gets more than its payoff, wajib more than she owes, or the parts do not add up to the cash.

Refusal fields: cash_rp, member, on (the date), payoff; on the sheet every row's problem is
`rows.<member_id>.amount`, and every wrong row is named, not just the first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app import clock, ledger, members, receipts, savings, settings
from app.access import roles
from app.dates import checked
from app.settings import WAJIB_FIRST
from app.db import atomic_once, db
from app.errors import Issue, Rejected
from app.ledger import Line, debit
from app.loans import state as st
from app.loans.checks import is_date, rupiah_issues
from app.loans.payments import OpenLoan, payment_lines, record_allocations
from app.members import MemberRow

CASH = "1-101"


@dataclass(frozen=True)
class LoanDue:
    loan_id: int
    number: str
    pokok_rp: int
    jasa_rp: int
    denda_rp: int
    total_rp: int  # due on the day: denda + jasa + pokok
    payoff_rp: int  # what pays the loan off on the day
    outstanding_rp: int  # sisa pinjaman (pokok) before this payment


@dataclass(frozen=True)
class MemberDues:
    member: MemberRow
    wajib_owed_rp: int  # every unpaid month up to and including this one
    wajib_this_month_rp: int  # the part of wajib_owed_rp that is this month's
    loans: tuple[LoanDue, ...]  # oldest disbursement first
    total_rp: int  # loans due + wajib owed


@dataclass(frozen=True)
class LoanPart:
    loan_id: int
    number: str
    denda_rp: int
    jasa_rp: int
    pokok_rp: int
    total_rp: int
    outstanding_after_rp: int
    ahead_rp: int = 0  # the part of total_rp above what was due on the day: her next instalments


@dataclass(frozen=True)
class Split:
    loans: tuple[LoanPart, ...]  # only the loans the cash reaches
    wajib_rp: int
    sukarela_rp: int
    total_rp: int  # the cash


@dataclass(frozen=True)
class EditedSplit:
    """The split as the treasurer steered it before saving: rupiah to each loan (by id; a loan
    not named gets nothing), to simpanan wajib and to sukarela (naming sukarela here is her
    explicit choice). Inside a loan the order denda -> jasa -> pokok, oldest first, stays."""

    loans: dict[int, int] = field(default_factory=dict)
    wajib_rp: int = 0
    sukarela_rp: int = 0


@dataclass(frozen=True)
class PaymentResult:
    entry_id: int
    receipt_number: str
    split: Split
    member_id: int


@dataclass(frozen=True)
class SheetRow:
    member_id: int
    member_number: str
    name: str
    pokok_rp: int
    jasa_rp: int
    denda_rp: int
    wajib_rp: int
    total_rp: int


@dataclass(frozen=True)
class SheetResult:
    payments: tuple[PaymentResult, ...]
    total_rp: int


# --- what is due ---------------------------------------------------------------------------


def _loan_due(state: st.LoanState, number: str, on: date) -> LoanDue:
    due = st.amount_due(state, on)
    parts = dict.fromkeys(st.COMPONENTS, 0)
    for a in st.allocate(state, due, on) if due else ():
        parts[a.component] += a.amount_rp
    return LoanDue(state.loan_id, number, parts["pokok"], parts["jasa"], parts["denda"], due,
                   st.payoff_amount(state, on), st.outstanding(state))


def _open(where: str, params: tuple, on: date) -> dict[int, list[tuple[LoanDue, OpenLoan]]]:
    """Disbursed loans not paid off, with what is due on `on` and what payment_lines needs of
    them, by member, oldest first."""
    states = st.load_states(f"status = 'disbursed' AND {where}", params)
    numbers = dict(db.execute_sql(
        f"SELECT id, number FROM loans WHERE status = 'disbursed' AND {where}", params).fetchall())
    by_member: dict[int, list[tuple[LoanDue, OpenLoan]]] = {}
    for state in sorted(states.values(), key=lambda s: (s.disbursed_on, s.loan_id)):
        if st.outstanding(state) > 0:
            number = numbers[state.loan_id]
            by_member.setdefault(state.member_id, []).append(
                (_loan_due(state, number, on), OpenLoan(number, state)))
    return by_member


def _open_loans(where: str, params: tuple, on: date) -> dict[int, list[LoanDue]]:
    """Disbursed loans not paid off, with what is due on `on`, by member, oldest first."""
    return {member_id: [due for due, _ in loans] for member_id, loans in _open(where, params, on).items()}


@dataclass(frozen=True)
class _Known:
    """What a collection sheet reads ONCE for all its rows, inside its transaction, instead of
    once or twice per row: the members, their open loans, their wajib, the ledger's lookups.
    A row writes only its own member's loans and savings (and entries and receipts), so what
    was read for each member is still true when her row comes."""

    members: dict[int, MemberRow]
    loans: dict[int, list[tuple[LoanDue, OpenLoan]]]
    wajib: dict[int, savings.WajibStatus]
    wajib_rp: int
    lookups: ledger.Lookups
    operator_name: str


def _read_known(on: date, member_ids) -> _Known:
    people = members.get_members(i for i in member_ids if type(i) is int)
    ids = tuple(people)
    where = f"member_id IN ({','.join('?' * len(ids))})" if ids else "1 = 0"
    lookups = ledger.Lookups()
    lookups.known_members(set(people))  # one query for the sheet, not one per row
    return _Known(people, _open(where, ids, on), savings.wajib_statuses_of(on, list(people.values())),
                  savings.wajib_amount(), lookups, lookups.operator_name)


def _checked_member(member_id: int, on, known: _Known | None = None) -> MemberRow:
    """The member, if she may pay on `on`: found, not left, a real date, not in the future,
    not before she joined."""
    if known is not None:
        member = known.members[member_id]
    else:
        member = members.get_member(member_id)  # refuses member.not_found
    issues = []
    if not member.active:
        issues.append(Issue("member", "member.has_left", {"left_on": member.left_on}))
    if not is_date(on):
        issues.append(Issue("on", "date.unreadable"))
    elif on > clock.today():
        issues.append(Issue("on", "date.in_future"))
    elif on < member.joined_on:
        issues.append(Issue("on", "savings.before_joining", {"joined_on": member.joined_on}))
    if issues:
        raise Rejected(issues)
    return member


def _wajib(member_id: int, on: date, known: _Known | None) -> tuple[int, int]:
    if known is not None:
        owed, amount = known.wajib[member_id].owed_rp, known.wajib_rp
    else:
        owed, amount = savings.active_wajib_statuses(on, member_id)[member_id].owed_rp, savings.wajib_amount()
    return owed, min(owed, amount)


def _dues(member_id: int, on: date, known: _Known | None = None) -> tuple[MemberDues, dict[int, OpenLoan]]:
    member = _checked_member(member_id, on, known)
    if known is not None:
        found = known.loans.get(member_id, [])
    else:
        found = _open("member_id = ?", (member_id,), on).get(member_id, [])
    loans = tuple(due for due, _ in found)
    owed, this_month = _wajib(member_id, on, known)
    return (MemberDues(member, owed, this_month, loans, sum(loan.total_rp for loan in loans) + owed),
            {open_loan.state.loan_id: open_loan for _, open_loan in found})


@checked
def dues(member_id: int, on: date) -> MemberDues:
    """Everything due from her on `on`: per loan angsuran pokok, jasa and denda, and simpanan
    wajib owed."""
    return _dues(member_id, on)[0]


@dataclass(frozen=True)
class Reading:
    """What dues read of one member on one day, kept by a screen that previews many amounts as
    they are typed (one read, not one per keystroke). Only for preview: take_payment always
    reads again inside its transaction."""

    member_id: int
    on: date
    dues: MemberDues
    known: _Known


@checked
def read(member_id: int, on: date) -> Reading:
    """Her dues on `on` (as dues() says them), kept for preview(reading=...)."""
    _checked_member(member_id, on)  # refuses as dues() would, before reading the rest
    known = _read_known(on, [member_id])
    return Reading(member_id, on, _dues(member_id, on, known)[0], known)


# --- the split -----------------------------------------------------------------------------


def _automatic(due: MemberDues, cash_rp: int, to_sukarela: bool, payoff: set[int],
               order: str) -> tuple[dict[int, int], int, int]:
    """The split by the module's rules: (rupiah per loan id, wajib, sukarela)."""
    to_loans: dict[int, int] = {}
    left = cash_rp

    def dues_of_loans() -> None:
        nonlocal left
        for loan in due.loans:
            take = min(left, loan.payoff_rp if loan.loan_id in payoff else loan.total_rp)
            to_loans[loan.loan_id] = take
            left -= take

    def wajib() -> int:
        nonlocal left
        take = min(left, due.wajib_owed_rp)
        left -= take
        return take

    if order == WAJIB_FIRST:
        wajib_rp = wajib()
        dues_of_loans()
    else:
        dues_of_loans()
        wajib_rp = wajib()
    if to_sukarela:  # ticked: what is above today's dues is her sukarela
        return to_loans, wajib_rp, left
    for loan in due.loans:  # unticked: what is above today's dues pays her next instalments
        extra = min(left, loan.payoff_rp - to_loans[loan.loan_id])
        to_loans[loan.loan_id] += extra
        left -= extra
    if left:
        raise Rejected.one("cash_rp", "collection.overpayment", max_rp=cash_rp - left)
    return to_loans, wajib_rp, left


def _edited(due: MemberDues, cash_rp: int, edited: EditedSplit) -> tuple[dict[int, int], int, int]:
    """The treasurer's own split, if it keeps the rules: every part whole rupiah and not below
    zero, a loan never more than its payoff, wajib never more than she owes, the parts adding
    up to the cash. Inside a loan the order (denda, jasa, pokok) is not hers to change."""
    issues = []
    loans = {loan.loan_id: loan for loan in due.loans}
    for loan_id, amount in edited.loans.items():
        field = f"split.loan.{loan_id}"
        if loan_id not in loans:
            issues.append(Issue(field, "collection.no_such_open_loan", {"loan_ids": [loan_id]}))
        elif found := rupiah_issues(field, amount, minimum=0):
            issues += found
        elif amount > loans[loan_id].payoff_rp:
            issues.append(Issue(field, "collection.split_over_loan",
                                {"loan": loans[loan_id].number, "max_rp": loans[loan_id].payoff_rp}))
    if found := rupiah_issues("split.wajib", edited.wajib_rp, minimum=0):
        issues += found
    elif edited.wajib_rp > due.wajib_owed_rp:
        issues.append(Issue("split.wajib", "collection.split_over_wajib", {"max_rp": due.wajib_owed_rp}))
    issues += rupiah_issues("split.sukarela", edited.sukarela_rp, minimum=0)
    if not issues:
        total = sum(edited.loans.values()) + edited.wajib_rp + edited.sukarela_rp
        if total != cash_rp:
            issues.append(Issue("split", "collection.split_not_cash", {"split_rp": total, "cash_rp": cash_rp}))
    if issues:
        raise Rejected(issues)
    return ({loan.loan_id: edited.loans.get(loan.loan_id, 0) for loan in due.loans},
            edited.wajib_rp, edited.sukarela_rp)


def _plan(member_id: int, on: date, cash_rp: int, to_sukarela: bool, payoff,
          known: _Known | None = None, edited: EditedSplit | None = None,
          order: str | None = None) -> tuple[Split, list[Line], list, MemberRow]:
    """The split of `cash_rp` (by the rules, or as `edited`), its credit lines, the loan
    allocations and the member; writes nothing. What dues read (the member, her loans) is
    handed on, not read again."""
    amount_issues = rupiah_issues("cash_rp", cash_rp)
    try:
        due, open_loans = _dues(member_id, on, known)
    except Rejected as refused:
        raise Rejected(amount_issues + refused.issues) from None
    if amount_issues:
        raise Rejected(amount_issues)
    payoff = set(payoff)
    unknown = payoff - {loan.loan_id for loan in due.loans}
    if unknown:
        raise Rejected.one("payoff", "collection.no_such_open_loan", loan_ids=sorted(unknown))
    order = order or settings.collection_order()
    if edited is not None:
        to_loans, wajib, sukarela = _edited(due, cash_rp, edited)
    else:
        to_loans, wajib, sukarela = _automatic(due, cash_rp, to_sukarela, payoff, order)
    parts, loan_lines, allocations = [], [], []
    for loan in due.loans:
        take = to_loans[loan.loan_id]
        if not take:
            continue
        lines, loan_allocations = payment_lines(loan.loan_id, take, on, open_loans[loan.loan_id])
        paid = dict.fromkeys(st.COMPONENTS, 0)
        for a in loan_allocations:
            paid[a.component] += a.amount_rp
        parts.append(LoanPart(loan.loan_id, loan.number, paid["denda"], paid["jasa"], paid["pokok"], take,
                              loan.outstanding_rp - paid["pokok"], max(0, take - loan.total_rp)))
        loan_lines += lines
        allocations += loan_allocations
    wajib_lines = savings.deposit_lines(member_id, "wajib", wajib, on, member=due.member) if wajib else []
    lines = wajib_lines + loan_lines if order == WAJIB_FIRST else loan_lines + wajib_lines
    if sukarela:
        lines += savings.deposit_lines(member_id, "sukarela", sukarela, on, member=due.member)
    return Split(tuple(parts), wajib, sukarela, cash_rp), lines, allocations, due.member


@checked
def preview(member_id: int, on: date, cash_rp: int, to_sukarela: bool = False, payoff=(),
            split: EditedSplit | None = None, reading: Reading | None = None) -> Split:
    """How `cash_rp` would be split (see the module's rules, or `split` as the treasurer
    edited it); refuses what take_payment would. `reading`: her dues as read() read them for
    this member and day (nothing is read again)."""
    known = reading.known if reading is not None and (reading.member_id, reading.on) == (member_id, on) else None
    return _plan(member_id, on, cash_rp, to_sukarela, payoff, known, edited=split)[0]


@roles.needs("money")
@checked
def take_payment(member_id: int, on: date, cash_rp: int, to_sukarela: bool = False, payoff=(),
                 cash_account: str = CASH, split: EditedSplit | None = None,
                 attempt: str | None = None) -> PaymentResult:
    """Post the Setoran: debit cash with the whole sum, credit each loan (denda, jasa, pokok) and
    her savings as split (by the rules, or as `split` edited within them); keep the loan
    allocations; number one receipt. One transaction. `attempt`: the dialog's token for this
    input (a uuid); when an earlier call with it was saved (its COMMIT's answer lost on the
    way), that Setoran is returned and nothing is posted again."""
    return _take(member_id, on, cash_rp, to_sukarela, payoff, cash_account, edited=split, attempt=attempt)


def _take(member_id: int, on: date, cash_rp: int, to_sukarela: bool, payoff, cash_account: str,
          known: _Known | None = None, edited: EditedSplit | None = None,
          order: str | None = None, attempt: str | None = None) -> PaymentResult:
    with atomic_once():  # in a collection sheet: its transaction
        if known is None:  # a collection sheet holds all its rows' members already
            members.hold([member_id])  # and waits here for an attempt still committing
            if attempt is not None and (saved := receipts.saved_attempts([attempt])):
                return _saved(saved[attempt])
        split, lines, allocations, member = _plan(member_id, on, cash_rp, to_sukarela, payoff, known, edited, order)
        label = f"{members.format_number(member.number)} {member.name}"
        entry_id = ledger.post_entry(on, f"Setoran – {label}",
                                     [debit(cash_account, cash_rp, member_id=member_id), *lines],
                                     lookups=known.lookups if known is not None else None)
        if allocations:
            record_allocations(entry_id, allocations)
        number = receipts.issue(entry_id, member_id, cash_rp,
                                issued_by=known.operator_name if known is not None else None, attempt=attempt)
    return PaymentResult(entry_id, number, split, member_id)


def _saved(number: str) -> PaymentResult:
    """The Setoran an earlier attempt saved, as take_payment returned it then, read back from
    the book: each loan's denda, jasa and pokok (what went to instalments falling due after
    the day: paid ahead), her sisa pinjaman after it, wajib and sukarela."""
    receipt = receipts.get(number)
    entry = ledger.get_entry(receipt.entry_id)
    paid: dict[tuple[int, str], dict[str, int]] = {}
    for loan_id, loan_number, component, amount, ahead in db.execute_sql(
            "SELECT a.loan_id, l.number, a.component, SUM(a.amount_rp),"
            " SUM(CASE WHEN i.due_date > ? THEN a.amount_rp ELSE 0 END)"
            " FROM loan_allocations a JOIN loans l ON l.id = a.loan_id"
            " JOIN loan_instalments i ON i.loan_id = a.loan_id AND i.number = a.instalment_number"
            " WHERE a.entry_id = ? GROUP BY a.loan_id, l.number, a.component",
            (entry.entry_date.isoformat(), entry.id)).fetchall():
        parts = paid.setdefault((loan_id, loan_number), dict.fromkeys((*st.COMPONENTS, "ahead"), 0))
        parts[component] += amount
        parts["ahead"] += ahead
    posted = [line.memo for line in entry.lines]  # the loans in the order they were paid
    after = dict(receipt.loan_balances)
    loans = tuple(LoanPart(loan_id, loan_number, p["denda"], p["jasa"], p["pokok"],
                           p["denda"] + p["jasa"] + p["pokok"], after[loan_number], p["ahead"])
                  for (loan_id, loan_number), p in sorted(paid.items(), key=lambda item: posted.index(item[0][1])))

    def credited(kind: str) -> int:
        return -sum(line.amount_rp for line in entry.lines if line.account == savings.ACCOUNTS[kind])

    split = Split(loans, credited("wajib"), credited("sukarela"), receipt.amount_rp)
    return PaymentResult(entry.id, number, split, receipt.member_id)


# --- the meeting-day sheet -----------------------------------------------------------------


@checked
def collection_sheet(on: date) -> list[SheetRow]:
    """One row per member active on `on` (joined by then, not left), by member number, with what
    she owes that day. Eight queries, whatever the number of members."""
    loans = _open_loans("1 = 1", (), on)
    wajib = savings.active_wajib_statuses(on)
    rows = []
    for member in members.list_members():
        if member.id not in wajib or member.joined_on > on:
            continue
        due = loans.get(member.id, ())
        parts = [sum(getattr(loan, f"{c}_rp") for loan in due) for c in ("pokok", "jasa", "denda")]
        owed = wajib[member.id].owed_rp
        rows.append(SheetRow(member.id, members.format_number(member.number), member.name, *parts, owed,
                             sum(parts) + owed))
    return rows


@roles.needs("money")
def post_sheet(on: date, paid: dict[int, int], to_sukarela: bool = False, sukarela_rows=(),
               attempt: str | None = None) -> SheetResult:
    """Post every row paid (a 0 is a row not paid) as its own Setoran, all in ONE transaction.
    Each row is split as a Setoran is (money above the day's dues pays her next instalments);
    what is left after that goes to sukarela for the rows in `sukarela_rows` (or every row when
    `to_sukarela`) and is refused for the others. All in one transaction:
    if any row is wrong nothing is written, and every wrong row is named
    (field rows.<member_id>.amount). The members, their loans and wajib and the ledger's
    lookups are read once for the whole sheet (issue 3: 200 rows under a second); each row is
    checked as take_payment checks it. `attempt`: the dialog's token for this sheet as typed
    (each row's receipt keeps it with the member's id); when an earlier call with it was saved,
    that sheet is returned and nothing is posted again."""
    if not is_date(on):
        raise Rejected.one("on", "date.unreadable")
    if on > clock.today():
        raise Rejected.one("on", "date.in_future")
    issues, results = [], []
    with db.atomic():
        rows = {member_id: cash for member_id, cash in paid.items() if not (cash == 0 and type(cash) is int)}
        members.hold(rows)  # all of them first, in id order
        tokens = {member_id: f"{attempt}/{member_id}" for member_id in rows} if attempt is not None else {}
        if saved := receipts.saved_attempts(tokens.values()):  # all of the sheet, or none of it
            payments = tuple(_saved(saved[token]) for token in tokens.values() if token in saved)
            return SheetResult(payments, sum(p.split.total_rp for p in payments))
        known = _read_known(on, rows)
        order = settings.collection_order()
        sukarela_rows = set(sukarela_rows)
        for member_id, cash in rows.items():
            # A member not read (not found) takes the one-payment path, which names the problem.
            row_known = known if member_id in known.members else None
            # No savepoint per row (two round trips each on a PostgreSQL book): a row refused by
            # its checks has written nothing, and any refused row refuses the whole sheet. What
            # the book itself refuses (book.*: a connection lost, a rule of the server's) may
            # come after a row's first writes and ends the sheet at once.
            try:
                results.append(_take(member_id, on, cash, to_sukarela or member_id in sukarela_rows, (), CASH,
                                     row_known, order=order, attempt=tokens.get(member_id)))
            except Rejected as refused:
                if any(code.startswith("book.") for code in refused.codes()):
                    raise
                issues += [Issue(f"rows.{member_id}.amount", i.code, i.params) for i in refused.issues]
        if issues:
            raise Rejected(issues)
    return SheetResult(tuple(results), sum(r.split.total_rp for r in results))
