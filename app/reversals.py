"""Storno: THE way to correct a posted entry, with every domain rule.

A storno is chosen by transaction (a journal entry), never by one line of it: `preview` says
everything a storno of the entry would do before she confirms (every line with its account,
member and business, the cash that goes back, the kuitansi it cancels, what else it undoes) and
the reasons it would be refused; `reverse` does exactly that. Both run the same code: `preview`
makes the storno inside a transaction it then rolls back, so whatever `reverse` would refuse
(the ledger's own checks included) is in the preview's issues.

The bare mirror entry is ledger._reverse_entry, private to the core; the rules on top of it:
- a storno is not reversed again, an entry is reversed once, and a closed period takes none
  (the ledger);
- savings: no member's pokok, wajib or sukarela may go below zero on the storno's day or any
  later one (she may have withdrawn the money since, or had it paid back when she left);
- loans: a payment reverses (its allocations no longer count, so the schedule is back as it
  was) unless a later payment on the same loan still stands: that one is undone first, latest
  first, because it was split against the schedule as this payment had left it. A loan's
  disbursement reverses while nothing was ever paid on the loan: its separately paid fee is
  reversed with it (the fee alone is not) and the loan goes back to approved, its schedule gone
  (app.loans.lifecycle.undo_disbursement, which keeps the record). A write-off is corrected
  through the loan, never by a storno;
- leaving: the settlement that paid a member out and marked her left is not reversed (her loans
  would reopen and her savings return while she stays marked as left);
- group businesses: an entry whose stock has gone out since (a purchase or production whose
  goods were sold) or whose sale or purchase still has payments standing is refused
  (app.usaha.stock.reversal_issues); a sale whose goods have been sold again since is refused
  (the later sale was costed with these goods gone); a plain sale reverses and its stock comes
  back;
- inventaris (app.assets.register): an item's entry reverses while the item is neither disposed
  of nor depreciated, and the item leaves the Buku Inventaris on the storno's date; a disposal
  reversed brings the item back; a depreciation run reverses only as the latest standing one.

Receipts: the kuitansi of the reversed entry reads BATAL from then on (app.receipts), and when
the original moved cash with a kuitansi the storno gets its own, for the same member or party:
money that came in goes back out against a signature, and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app import clock, ledger, members, receipts, savings, text_rules
from app.access import roles, session
from app.assets import register
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.loans import lifecycle
from app.models import Loan
from app.usaha import catalog
from app.usaha import stock as usaha_stock

PREVIEW_REASON = "pratinjau"  # the reason the dry run gives the ledger; never stored


@dataclass(frozen=True)
class PreviewLine:
    """One posting of the entry as it stands (the storno posts its mirror)."""

    account: str  # the code, for those who show codes
    account_name: str  # "Kas", "Simpanan wajib": what the screens show
    amount_rp: int  # signed as posted: debit > 0 > credit
    member_id: int | None
    member_number: str  # "0012", "" when no member
    member_name: str
    business_id: int | None
    business_name: str
    memo: str


@dataclass(frozen=True)
class Undone:
    """Something besides the postings that the storno takes back; ui/messages words the code:
    loan.payment {loan, denda, jasa, pokok}; loan.disbursement {loan} (back to approved, its
    schedule gone); loan.fee {loan, amount_rp, receipt} (the fee paid apart, reversed with it);
    stock.back / stock.out {item, quantity, unit}; share {business, members}; inventory.out {item}
    (it leaves the Buku Inventaris) / inventory.back {item} (its disposal undone); depreciation
    {items} (the period may be run again); loan.recovery {loan, amount_rp} (owed again)."""

    code: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ReversalPreview:
    entry_id: int
    entry_date: date
    description: str
    on: date  # the storno's date
    lines: tuple[PreviewLine, ...]
    cash_rp: int  # what the entry moved in Kas and Bank: > 0 money came in (and goes back out)
    receipts: tuple[str, ...]  # the kuitansi it cancels
    refund_receipt: bool  # the storno gets its own kuitansi (money goes back against a signature)
    undoes: tuple[Undone, ...]
    issues: tuple[Issue, ...]  # empty: reverse() will go ahead

    @property
    def allowed(self) -> bool:
        return not self.issues


class _DryRun(Exception):
    """Raised inside the preview's transaction to roll back the storno it made."""


@roles.needs("read")
@checked
def preview(entry_id: int, on: date | None = None) -> ReversalPreview:
    """What a storno of `entry_id` dated `on` (default today) would do, and why it would be
    refused; writes nothing."""
    on = on or clock.today()
    if db.execute_sql("SELECT 1 FROM journal_entries WHERE id = ?", (entry_id,)).fetchone() is None:
        raise Rejected.one("entry", "entry.not_found", entry_id=entry_id)
    entry = ledger.get_entry(entry_id)
    issues: list[Issue] = []
    try:
        with db.atomic():
            _apply(entry_id, PREVIEW_REASON, on)
            raise _DryRun
    except _DryRun:
        pass
    except Rejected as rejected:
        issues = rejected.issues
    loan = _disbursed_loan(entry_id)
    fee_entry = loan.fee_entry_id if loan is not None and loan.status == "disbursed" else None
    return ReversalPreview(
        entry.id, entry.entry_date, entry.description, on, _lines(entry),
        sum(line.amount_rp for line in entry.lines if receipts.is_cash(line.account)),
        tuple(r for r in (receipts.for_entry(entry_id), fee_entry and receipts.for_entry(fee_entry)) if r),
        _refund_party(entry) is not None, _undoes(entry), tuple(issues),
    )


@checked
def loan_payment_entry(loan_id: int, on: date) -> int | None:
    """The latest standing payment on the loan dated `on` (a line of its payment history)."""
    row = db.execute_sql(
        "SELECT max(e.id) FROM loan_allocations a JOIN journal_entries e ON e.id = a.entry_id"
        " WHERE a.loan_id = ? AND e.entry_date = ? AND e.reversed_by_id IS NULL AND e.reverses_id IS NULL",
        (loan_id, on.isoformat())).fetchone()
    return row[0]


_RECORDS = {"purchase": "usaha_purchases", "production": "usaha_productions", "sale": "usaha_sales"}


@checked
def record_entry(kind: str, record_id: int) -> int:
    """The entry of a business's purchase, production or sale (a row of its lists)."""
    row = db.execute_sql(f"SELECT entry_id FROM {_RECORDS[kind]} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise Rejected.one("entry", "entry.not_found", entry_id=record_id)
    return row[0]


@roles.needs("storno")
def reverse(entry_id: int, reason: str, on: date | None = None) -> int:
    """Post the storno of `entry_id` dated `on` (default today); returns its entry id. Refused
    whole, writing nothing, if the ledger or any rule above says no."""
    on = on or clock.today()
    with db.atomic():
        return _apply(entry_id, reason, on)


# The members whose savings or loans an entry moved: a storno waits for any other desktop
# working on them (members.hold) before it checks what she has withdrawn or paid since.
_MEMBERS_OF_ENTRY = (
    "SELECT member_id FROM postings WHERE entry_id = ? AND member_id IS NOT NULL"
    " UNION SELECT l.member_id FROM loan_allocations a JOIN loans l ON l.id = a.loan_id WHERE a.entry_id = ?")


def _apply(entry_id: int, reason: str, on: date) -> int:
    members.hold(row[0] for row in db.execute_sql(_MEMBERS_OF_ENTRY, (entry_id, entry_id)).fetchall())
    reason = text_rules.tidy(reason)  # as the ledger keeps it (and refuses it), so the register keeps the same
    issues = []
    if ledger._is_date(on) and on > clock.today():  # as for any money moved: not in the future
        issues.append(Issue("entry_date", "date.in_future"))
    issues += (_own_entry_issues(entry_id) + _opening_issues(entry_id) + _loan_issues(entry_id) + _leaving_issues(entry_id)
               + usaha_stock.reversal_issues(entry_id) + _sold_again_issues(entry_id) + register.reversal_issues(entry_id))
    try:
        storno_id = ledger._reverse_entry(entry_id, reason, on)
        loan = _disbursed_loan(entry_id) if not issues else None
        fee_storno_id = None
        if loan is not None and loan.fee_entry_id is not None:  # the fee she paid comes back with it
            fee_storno_id = ledger._reverse_entry(loan.fee_entry_id, reason, on)
    except Rejected as rejected:
        raise Rejected(issues + rejected.issues) from None
    stornos = [(entry_id, storno_id)] + ([(loan.fee_entry_id, fee_storno_id)] if fee_storno_id else [])
    for _, storno in stornos:
        issues += savings.overdraw_issues(storno, on)  # read with the storno in; rolled back if any
    if issues:
        raise Rejected(issues)
    for original, storno in stornos:
        party = _refund_party(ledger.get_entry(original))
        if party is not None:
            receipts.issue(storno, party[0], party_name=party[1])
    if loan is not None:
        lifecycle.undo_disbursement(loan.id, storno_id)
    register.after_storno(entry_id, on, reason)
    return storno_id


def _own_entry_issues(entry_id: int) -> list[Issue]:
    """With sign-in on, a Bendahara takes back what she entered herself; the Ketua, who answers
    for the book, any entry (the matrix in Pengaturan says so)."""
    who = session.current()
    if not roles.sign_in_on() or who is None or "ketua" in who.roles:
        return []
    row = db.execute_sql("SELECT entered_by FROM journal_entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None or row[0].casefold() == who.name.casefold():
        return []
    return [Issue("entry", "reversal.not_own_entry", {"entry": f"JU-{entry_id}", "name": row[0]})]


def _opening_issues(entry_id: int) -> list[Issue]:
    """An opening entry (app.opening) is the book's start, its members, loans and stock made
    with it: it is not undone one by one. A wrong figure is corrected by an ordinary entry."""
    if db.execute_sql("SELECT 1 FROM opening_entries WHERE entry_id = ?", (entry_id,)).fetchone():
        return [Issue("entry", "opening.not_reversible")]
    return []


def _disbursed_loan(entry_id: int) -> Loan | None:
    return Loan.get_or_none(Loan.disbursement_entry == entry_id)


def _refund_party(entry: ledger.Entry) -> tuple[int | None, str] | None:
    """Who the storno's own kuitansi names (the original's member or party), when the original
    moved cash against a kuitansi."""
    number = receipts.for_entry(entry.id)
    if number is None or not any(receipts.is_cash(line.account) for line in entry.lines):
        return None
    member_id, party = db.execute_sql("SELECT member_id, party_name FROM receipts WHERE number = ?",
                                      (number,)).fetchone()
    return member_id, party


def _loan_issues(entry_id: int) -> list[Issue]:
    loan = Loan.get_or_none(
        (Loan.disbursement_entry == entry_id) | (Loan.fee_entry == entry_id) | (Loan.write_off_entry == entry_id)
    )
    if loan is not None and loan.disbursement_entry_id == entry_id and loan.status == "disbursed":
        return _disbursement_issues(loan)
    if loan is not None and loan.fee_entry_id == entry_id:
        return [Issue("entry", "loan.fee_with_disbursement", {"loan": loan.number})]
    if loan is not None:
        return [Issue("entry", "loan.entry_not_reversible", {"loan": loan.number})]
    # A later payment still standing on a loan this entry paid: undo that one first (the
    # latest first), since it was split against the schedule as this payment had left it.
    latest: dict[str, tuple[str, int]] = {}
    for number, day, later_id in db.execute_sql(
        "SELECT DISTINCT l.number, e.entry_date, e.id FROM journal_entries this"
        " JOIN loan_allocations mine ON mine.entry_id = this.id JOIN loans l ON l.id = mine.loan_id"
        " JOIN loan_allocations a ON a.loan_id = l.id JOIN journal_entries e ON e.id = a.entry_id"
        " WHERE this.id = ? AND e.id <> this.id AND e.reversed_by_id IS NULL AND e.reverses_id IS NULL"
        " AND (e.entry_date > this.entry_date OR (e.entry_date = this.entry_date AND e.id > this.id))",
        (entry_id,),
    ).fetchall():
        if number not in latest or (day, later_id) > latest[number]:
            latest[number] = (day, later_id)
    issues = []
    for number, (day, later_id) in sorted(latest.items()):
        receipt = receipts.for_entry(later_id)
        params = {"loan": number, "date": date.fromisoformat(day)}
        issues.append(Issue("entry", "loan.later_payment", {**params, "receipt": receipt}) if receipt
                      else Issue("entry", "loan.later_payment_unreceipted", params))
    return issues


def _disbursement_issues(loan: Loan) -> list[Issue]:
    """A disbursement is undone only on a loan nothing was ever paid on: a payment standing is
    reversed first; one reversed already still points at the schedule the loan was paid out with.
    A loan brought in at the opening was never paid out here: there is no approved loan to go back to."""
    if db.execute_sql("SELECT 1 FROM opening_loans WHERE loan_id = ?", (loan.id,)).fetchone():
        return [Issue("entry", "loan.opening_not_reversible", {"loan": loan.number})]
    standing, reversed_ = db.execute_sql(
        "SELECT count(DISTINCT CASE WHEN e.reversed_by_id IS NULL THEN e.id END),"
        " count(DISTINCT CASE WHEN e.reversed_by_id IS NOT NULL THEN e.id END)"
        " FROM loan_allocations a JOIN journal_entries e ON e.id = a.entry_id WHERE a.loan_id = ?",
        (loan.id,)).fetchone()
    if standing:
        return [Issue("entry", "loan.has_payments", {"loan": loan.number, "count": standing})]
    if reversed_:
        return [Issue("entry", "loan.had_payments", {"loan": loan.number})]
    return []


def _leaving_issues(entry_id: int) -> list[Issue]:
    member_id = savings.paid_out_member(entry_id)
    if member_id is None:
        return []
    member = members.get_member(member_id)
    return [Issue("entry", "member.leaving_not_reversible",
                  {"number": members.format_number(member.number), "name": member.name})]


def _sold_again_issues(entry_id: int) -> list[Issue]:
    """A sale whose item has been sold again (a later sale recorded and standing)."""
    issues = []
    for name, day in db.execute_sql(
        "SELECT i.name, max(later.move_date) FROM usaha_moves m JOIN usaha_items i ON i.id = m.item_id"
        " JOIN usaha_moves later ON later.item_id = m.item_id AND later.id > m.id AND later.kind = 'sold'"
        " JOIN journal_entries e ON e.id = later.entry_id"
        " WHERE m.entry_id = ? AND m.kind = 'sold' AND later.entry_id <> m.entry_id"
        " AND e.reversed_by_id IS NULL GROUP BY m.item_id, i.name ORDER BY i.name",
        (entry_id,),
    ).fetchall():
        issues.append(Issue("entry", "stock.sold_again", {"item": name, "date": date.fromisoformat(day)}))
    return issues


def _lines(entry: ledger.Entry) -> tuple[PreviewLine, ...]:
    member_ids = sorted({line.member_id for line in entry.lines if line.member_id is not None})
    business_ids = sorted({line.business_id for line in entry.lines if line.business_id is not None})
    people = _names("SELECT id, number, name FROM members", member_ids)
    businesses = _names("SELECT id, '', name FROM businesses", business_ids)
    result = []
    for line in entry.lines:
        number, name = people.get(line.member_id, (None, ""))
        result.append(PreviewLine(
            line.account, line.account_name, line.amount_rp, line.member_id,
            members.format_number(number) if number is not None else "", name,
            line.business_id, businesses.get(line.business_id, ("", ""))[1], line.memo,
        ))
    return tuple(result)


def _names(select: str, ids: list[int]) -> dict[int, tuple]:
    if not ids:
        return {}
    rows = db.execute_sql(f"{select} WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
    return {row[0]: (row[1], row[2]) for row in rows}


def _undoes(entry: ledger.Entry) -> tuple[Undone, ...]:
    undone = []
    for number, denda, jasa, pokok in db.execute_sql(
        "SELECT l.number, sum(CASE a.component WHEN 'denda' THEN a.amount_rp ELSE 0 END),"
        " sum(CASE a.component WHEN 'jasa' THEN a.amount_rp ELSE 0 END),"
        " sum(CASE a.component WHEN 'pokok' THEN a.amount_rp ELSE 0 END)"
        " FROM loan_allocations a JOIN loans l ON l.id = a.loan_id WHERE a.entry_id = ?"
        " GROUP BY l.id, l.number ORDER BY min(a.id)", (entry.id,),
    ).fetchall():
        undone.append(Undone("loan.payment", {"loan": number, "denda": denda, "jasa": jasa, "pokok": pokok}))
    for item_id, quantity in db.execute_sql(
        "SELECT item_id, sum(quantity_base) FROM usaha_moves WHERE entry_id = ? GROUP BY item_id ORDER BY min(id)",
        (entry.id,),
    ).fetchall():
        if quantity:  # a sale or use comes back; a purchase or production goes out again
            item = catalog.get_item(item_id)
            undone.append(Undone("stock.back" if quantity < 0 else "stock.out",
                                 {"item": item.name, "quantity": abs(quantity), "unit": item.base_unit_name}))
    loan = _disbursed_loan(entry.id)
    if loan is not None and loan.status == "disbursed":
        undone.append(Undone("loan.disbursement", {"loan": loan.number}))
        if loan.fee_entry_id is not None:
            fee = ledger.get_entry(loan.fee_entry_id)
            undone.append(Undone("loan.fee", {
                "loan": loan.number, "amount_rp": sum(l.amount_rp for l in fee.lines if receipts.is_cash(l.account)),
                "receipt": receipts.for_entry(fee.id) or ""}))
    for name, how in db.execute_sql(
            "SELECT name, CASE WHEN entry_id = ? THEN 'inventory.out' ELSE 'inventory.back' END FROM inventory_items"
            " WHERE entry_id = ? OR disposal_entry_id = ? ORDER BY id", (entry.id, entry.id, entry.id)).fetchall():
        undone.append(Undone(how, {"item": name}))
    share = db.execute_sql("SELECT b.name FROM usaha_shares s JOIN businesses b ON b.id = s.business_id"
                           " WHERE s.entry_id = ?", (entry.id,)).fetchone()
    if share is not None:
        count = len({line.member_id for line in entry.lines if line.member_id is not None})
        undone.append(Undone("share", {"business": share[0], "members": count}))
    items = db.execute_sql("SELECT count(*) FROM depreciation_lines l JOIN depreciation_runs r ON r.id = l.run_id"
                           " WHERE r.entry_id = ?", (entry.id,)).fetchone()[0]
    if items:
        undone.append(Undone("depreciation", {"items": items}))
    for number, amount_rp in db.execute_sql("SELECT l.number, r.amount_rp FROM loan_recoveries r"
                                            " JOIN loans l ON l.id = r.loan_id WHERE r.entry_id = ?", (entry.id,)):
        undone.append(Undone("loan.recovery", {"loan": number, "amount_rp": amount_rp}))
    return tuple(undone)
