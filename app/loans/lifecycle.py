"""A loan's life: application, approval or rejection, disbursement, write-off.

Each step is one service call and one transaction; who and when come from the operator setting
and the clock. The product's terms are copied onto the loan at application, and the schedule
(app.loans.schedule.generate over those terms) is stored at disbursement.

Status: applied → approved | rejected; approved → disbursed → written_off, and disbursed →
approved by a storno of the disbursement on a loan never paid on (app.reversals). "paid_off" is not
stored: a disbursed loan whose outstanding pokok is 0 reads as paid_off, so reversing its last
payment (an ordinary ledger storno) makes it disbursed again without anyone updating a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app import clock, ledger, members, receipts, settings, text_rules
from app.access import roles, session
from app.audit.log import who
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.ledger import credit, debit
from app.loans import allowance, arrears
from app.loans import state as st
from app.loans.checks import is_date, rate_text, rupiah_issues
from app.loans.products import deductions, get_product
from app.loans.schedule import ScheduleRow, generate
from app.models import Business, BusinessMember, Loan, LoanInstalment, Member, Sequence

RECEIVABLE = "1-201"  # Piutang pinjaman anggota
FEE_INCOME = "4-103"  # Pendapatan provisi / administrasi
WAJIB = "3-102"  # Simpanan wajib
WRITE_OFF_EXPENSE = "5-301"  # Beban penghapusan piutang
NOTE_LIMIT = text_rules.TEXT  # a decision's note, a write-off's reason


@dataclass(frozen=True)
class LoanRow:
    id: int
    number: str
    member_id: int
    member_name: str
    product_id: int
    business_id: int | None
    principal_rp: int
    periods: int
    first_due: date
    method: str
    rate: Decimal
    period: str
    rounding_unit_rp: int
    fee_rp: int
    fee_deducted: bool
    withheld_rp: int
    tanggung_renteng: bool
    status: str  # applied, approved, rejected, disbursed, paid_off, written_off
    applied_on: date
    applied_by: str
    decided_at: str | None
    decided_by: str
    decision_note: str
    disbursed_on: date | None
    disbursement_entry_id: int | None
    fee_entry_id: int | None
    written_off_on: date | None
    write_off_entry_id: int | None
    write_off_reason: str
    outstanding_rp: int  # sisa pinjaman: 0 before disbursement and once written off
    receipt_number: str | None = None  # the kuitansi she signed for the cash paid out

    @property
    def cash_out_rp(self) -> int:
        """What the member is handed at disbursement."""
        return self.principal_rp - self.fee_rp * self.fee_deducted - self.withheld_rp


def _schedule_of(loan, first_due: date) -> tuple[ScheduleRow, ...]:
    return generate(loan.principal_rp, Decimal(loan.rate), loan.periods, loan.method, loan.rounding_unit_rp,
                    first_due, loan.period)


@checked
def preview_schedule(product_id: int, principal_rp: int, periods: int, first_due: date) -> tuple[ScheduleRow, ...]:
    """The schedule a loan of this product would get, for the application dialog; writes nothing."""
    product = get_product(product_id)
    return generate(principal_rp, product.rate, periods, product.method, product.rounding_unit_rp, first_due,
                    product.period)


@checked
def schedule(loan_id: int) -> tuple[ScheduleRow, ...]:
    """The loan's schedule: as stored once disbursed, else as its copied terms give it."""
    loan = _get(loan_id)
    if loan.disbursed_on is None:
        return _schedule_of(loan, loan.first_due)
    return st.load_state(loan_id).schedule


def _get(loan_id: int) -> Loan:
    loan = Loan.get_or_none(Loan.id == loan_id)
    if loan is None:
        raise Rejected.one("loan", "loan.not_found", loan_id=loan_id)
    return loan


@checked
def hold(loan_id: int) -> None:
    """Inside a writer's transaction, before it reads the loan: members.hold of the loan's
    member (which never changes), so two desktops never both find it approved and both pay it
    out, or both split a payment over the same instalments."""
    members.hold(row[0] for row in db.execute_sql("SELECT member_id FROM loans WHERE id = ?", (loan_id,)).fetchall())


def _held(loan_id: int) -> Loan:
    hold(loan_id)
    return _get(loan_id)


def _status_issue(loan: Loan, *allowed: str) -> list[Issue]:
    return [] if loan.status in allowed else [Issue("loan", "loan.wrong_status", {"status": loan.status})]


def _member_issues(member: Member, on: date) -> list[Issue]:
    if member.left_on is not None and member.left_on <= on:
        return [Issue("member", "loan.member_left", {"left_on": member.left_on})]
    return []


def _group_issues(member_id: int, on: date) -> list[Issue]:
    """Tanggung renteng: no new loan to a member of a group in which anyone is in arrears."""
    groups = {b.id: b.name for b in Business.select().join(BusinessMember).where(BusinessMember.member == member_id)}
    if not groups:
        return []
    fellows = list(
        BusinessMember.select(BusinessMember.business, BusinessMember.member, Member.name, Member.number)
        .join(Member).where(BusinessMember.business.in_(list(groups))).tuples()
    )
    late = arrears.members_in_arrears(sorted({f[1] for f in fellows}), on)
    issues = []
    for business_id, name in groups.items():
        names = [f"{who} ({number:04d})" for bid, mid, who, number in fellows if bid == business_id and mid in late]
        if names:
            issues.append(Issue("member", "loan.group_in_arrears", {"group": name, "names": names}))
    return issues


@roles.needs("records")
@checked
def next_number(year: int) -> str:
    """PJ/2026/0001: gapless per year, taken from the counter in the caller's transaction."""
    name = f"loan_number_{year}"
    Sequence.insert(name=name, last_value=0).on_conflict_ignore().execute()
    Sequence.update(last_value=Sequence.last_value + 1).where(Sequence.name == name).execute()
    return f"PJ/{year}/{Sequence.get_by_id(name).last_value:04d}"


@roles.needs("records")
@checked
def apply(member_id: int, product_id: int, principal_rp: int, periods: int, first_due: date,
          business_id: int | None = None) -> LoanRow:
    """Pengajuan: record an application with the product's terms copied onto it."""
    today = clock.today()
    with db.atomic():
        member = Member.get_or_none(Member.id == member_id)
        if member is None:
            raise Rejected.one("member", "member.not_found", member_id=member_id)
        product = get_product(product_id)
        issues = _member_issues(member, today)
        if not product.is_active:
            issues.append(Issue("product", "loan.product_inactive", {"name": product.name}))
        amount = rupiah_issues("principal_rp", principal_rp)
        if not amount and not product.min_principal_rp <= principal_rp <= product.max_principal_rp:
            amount = [Issue("principal_rp", "loan.principal_outside_product",
                            {"min_rp": product.min_principal_rp, "max_rp": product.max_principal_rp})]
        issues += amount
        if type(periods) is not int or not product.min_periods <= periods <= product.max_periods:
            issues.append(Issue("periods", "loan.periods_outside_product",
                                {"min": product.min_periods, "max": product.max_periods}))
        if not is_date(first_due):
            issues.append(Issue("first_due", "date.unreadable"))
        elif first_due <= today:
            issues.append(Issue("first_due", "loan.first_due_too_early", {"after": today}))
        if business_id is not None and not BusinessMember.select().where(
            (BusinessMember.business == business_id) & (BusinessMember.member == member_id)
        ).exists():
            issues.append(Issue("business_id", "loan.not_in_business"))
        if not issues:
            try:  # the schedule engine's own refusals, e.g. a rounding unit above the instalment
                preview_schedule(product_id, principal_rp, periods, first_due)
            except Rejected as refused:
                issues += refused.issues
        if product.tanggung_renteng:
            issues += _group_issues(member_id, today)
        if issues:
            raise Rejected(issues)
        fee, withheld = deductions(product, principal_rp)
        loan = Loan.create(
            number=next_number(today.year), member=member_id, product=product_id, business=business_id,
            principal_rp=principal_rp, periods=periods, first_due=first_due,
            method=product.method, rate=rate_text(product.rate),
            period=product.period, rounding_unit_rp=product.rounding_unit_rp,
            penalty_kind=product.penalty_kind, penalty_rate=rate_text(product.penalty_rate),
            penalty_rp=product.penalty_rp, grace_days=product.grace_days,
            tanggung_renteng=product.tanggung_renteng, fee_rp=fee, fee_deducted=product.fee_deducted,
            withheld_rp=withheld, applied_on=today, applied_at=clock.now(), applied_by=who(),
        )
    return get_loan(loan.id)


def _maker_checker(loan: Loan) -> list[Issue]:
    """With sign-in on, the one who approves is not the one who entered the application (her
    name on it, applied_by), unless the group said it has one officer (SINGLE_OFFICER)."""
    if not roles.sign_in_on() or roles.single_officer():
        return []
    current = session.current()
    if current is None or current.name.casefold() != loan.applied_by.casefold():
        return []
    return [Issue("", "access.maker_checker", {"name": loan.applied_by, "number": loan.number})]


def _decide(loan_id: int, status: str, note: str) -> LoanRow:
    with db.atomic():
        loan = _held(loan_id)
        issues = _status_issue(loan, "applied")
        note = text_rules.clean_text(note, "note", NOTE_LIMIT, issues, required=status == "rejected")  # she is owed the reason
        if status == "approved":
            issues += _maker_checker(loan)
        if issues:
            raise Rejected(issues)
        Loan.update(status=status, decided_at=clock.now(), decided_by=who(),
                    decision_note=note).where(Loan.id == loan_id).execute()
    return get_loan(loan_id)


@roles.needs("approve")
@checked
def approve(loan_id: int, note: str = "") -> LoanRow:
    return _decide(loan_id, "approved", note)


@roles.needs("approve")
@checked
def reject(loan_id: int, note: str) -> LoanRow:
    return _decide(loan_id, "rejected", note)


def _date_issues(on, earliest: date, code: str, **params) -> list[Issue]:
    if not is_date(on):
        return [Issue("on", "date.unreadable")]
    if on > clock.today():
        return [Issue("on", "date.in_future")]
    if on < earliest:
        return [Issue("on", code, params)]
    return []


@roles.needs("money")
@checked
def disburse(loan_id: int, on: date, cash_account: str = "1-101", first_due: date | None = None) -> LoanRow:
    """Pencairan: one entry (debit 1-201 the principal; credit cash what is handed over, 4-103
    a deducted fee, 3-102 the withheld savings), a second entry for a fee paid separately, and
    the schedule stored. `first_due` may move the first due date set at application."""
    with db.atomic():
        loan = _held(loan_id)
        member = Member.get_by_id(loan.member_id)
        first_due = first_due or loan.first_due
        issues = _status_issue(loan, "approved")
        issues += _date_issues(on, loan.applied_on, "loan.disbursed_before_applied", applied_on=loan.applied_on)
        if not issues:
            issues += _member_issues(member, on)
            if not is_date(first_due):
                issues.append(Issue("first_due", "date.unreadable"))
            elif first_due <= on:
                issues.append(Issue("first_due", "loan.first_due_too_early", {"after": on}))
            if loan.tanggung_renteng:
                issues += _group_issues(loan.member_id, on)
        if issues:
            raise Rejected(issues)
        rows = _schedule_of(loan, first_due)
        tag = {"member_id": loan.member_id, "memo": loan.number}
        fee_deducted = loan.fee_rp if loan.fee_deducted else 0
        lines = [debit(RECEIVABLE, loan.principal_rp, **tag),
                 credit(cash_account, loan.principal_rp - fee_deducted - loan.withheld_rp, memo=loan.number)]
        if fee_deducted:
            lines.append(credit(FEE_INCOME, fee_deducted, **tag))
        if loan.withheld_rp:
            lines.append(credit(WAJIB, loan.withheld_rp, **tag))
        entry_id = ledger.post_entry(on, f"Pencairan pinjaman {loan.number} – {member.name}", lines, loan.number)
        cash_out = loan.principal_rp - fee_deducted - loan.withheld_rp
        if cash_out > 0:
            receipts.issue(entry_id, loan.member_id, cash_out)
        fee_entry_id = None
        if loan.fee_rp and not loan.fee_deducted:
            fee_entry_id = ledger.post_entry(
                on, f"Provisi pinjaman {loan.number} – {member.name}",
                [debit(cash_account, loan.fee_rp, memo=loan.number), credit(FEE_INCOME, loan.fee_rp, **tag)],
                loan.number,
            )
            receipts.issue(fee_entry_id, loan.member_id, loan.fee_rp)  # money in: she pays the fee
        LoanInstalment.insert_many(
            [{"loan": loan_id, "number": r.number, "due_date": r.due_date, "pokok_rp": r.pokok_rp,
              "jasa_rp": r.jasa_rp} for r in rows]
        ).execute()
        Loan.update(status="disbursed", first_due=first_due, disbursed_on=on, disbursed_at=clock.now(),
                    disbursed_by=settings.operator_name(), disbursement_entry=entry_id,
                    fee_entry=fee_entry_id).where(Loan.id == loan_id).execute()
    return get_loan(loan_id)


@roles.needs("storno")
@checked
def undo_disbursement(loan_id: int, storno_entry_id: int) -> None:
    """Back to approved after app.reversals posted the storno of the disbursement (and of its
    fee): inside that transaction only. The schedule goes (a new disbursement stores its own);
    what was undone stays in loan_disbursement_reversals."""
    loan = _get(loan_id)
    db.execute_sql(
        "INSERT INTO loan_disbursement_reversals (loan_id, disbursed_on, disbursed_at, disbursed_by, first_due,"
        " disbursement_entry_id, fee_entry_id, storno_entry_id, reversed_at, reversed_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (loan_id, loan.disbursed_on.isoformat(), str(loan.disbursed_at) if loan.disbursed_at else None,
         loan.disbursed_by, loan.first_due.isoformat(), loan.disbursement_entry_id, loan.fee_entry_id,
         storno_entry_id, clock.now().isoformat(sep=" "), settings.operator_name()))
    Loan.update(status="approved", disbursed_on=None, disbursed_at=None, disbursed_by="", disbursement_entry=None,
                fee_entry=None).where(Loan.id == loan_id).execute()
    LoanInstalment.delete().where(LoanInstalment.loan == loan_id).execute()


@roles.needs("close")
@checked
def write_off(loan_id: int, on: date, reason: str) -> LoanRow:
    """Dihapusbukukan by decision: credit 1-201 the outstanding pokok, debiting the allowance
    (1-203) as far as it stands on `on` and 5-301 the rest."""
    with db.atomic():
        loan = _held(loan_id)
        issues = _status_issue(loan, "disbursed")
        if not issues:
            issues += _date_issues(on, loan.disbursed_on, "loan.before_disbursement", disbursed_on=loan.disbursed_on)
        reason = text_rules.clean_text(reason, "reason", NOTE_LIMIT, issues, required=True)
        remaining = st.outstanding(st.load_state(loan_id)) if loan.disbursed_on else 0
        if not issues and remaining == 0:
            issues.append(Issue("loan", "loan.paid_off"))
        if issues:
            raise Rejected(issues)
        member = Member.get_by_id(loan.member_id)
        tag = {"member_id": loan.member_id, "memo": loan.number}
        from_allowance = max(0, min(remaining, allowance.booked(on)))
        lines = [debit(allowance.ALLOWANCE, from_allowance, **tag)] if from_allowance else []
        if remaining > from_allowance:
            lines.append(debit(WRITE_OFF_EXPENSE, remaining - from_allowance, **tag))
        entry_id = ledger.post_entry(on, f"Penghapusan piutang {loan.number} – {member.name}",
                                     [*lines, credit(RECEIVABLE, remaining, **tag)], loan.number)
        Loan.update(status="written_off", written_off_on=on, written_off_at=clock.now(),
                    written_off_by=settings.operator_name(), write_off_entry=entry_id,
                    write_off_reason=reason).where(Loan.id == loan_id).execute()
    return get_loan(loan_id)


def _pokok_paid(loan_ids: list[int] | None = None) -> dict[int, int]:
    if loan_ids is not None and not loan_ids:
        return {}
    where = "" if loan_ids is None else f" AND a.loan_id IN ({','.join('?' * len(loan_ids))})"
    return dict(db.execute_sql(
        "SELECT a.loan_id, SUM(a.amount_rp) FROM loan_allocations a CROSS JOIN journal_entries e ON e.id = a.entry_id"
        " WHERE a.component = 'pokok' AND e.reversed_by_id IS NULL AND e.reverses_id IS NULL" + where
        + " GROUP BY a.loan_id", tuple(loan_ids or ()),
    ).fetchall())


def _rows(query) -> list[LoanRow]:
    loans = list(query.select(Loan, Member.name).join(Member).objects())
    paid = _pokok_paid([loan.id for loan in loans])
    issued = _receipts([loan.disbursement_entry_id for loan in loans if loan.disbursement_entry_id])
    result = []
    for loan in loans:
        remaining = loan.principal_rp - paid.get(loan.id, 0) if loan.status == "disbursed" else 0
        status = "paid_off" if loan.status == "disbursed" and remaining == 0 else loan.status
        result.append(LoanRow(
            loan.id, loan.number, loan.member_id, loan.name, loan.product_id, loan.business_id,
            loan.principal_rp, loan.periods, loan.first_due, loan.method, Decimal(loan.rate), loan.period,
            loan.rounding_unit_rp, loan.fee_rp, bool(loan.fee_deducted), loan.withheld_rp,
            bool(loan.tanggung_renteng), status, loan.applied_on, loan.applied_by,
            str(loan.decided_at) if loan.decided_at else None, loan.decided_by, loan.decision_note,
            loan.disbursed_on, loan.disbursement_entry_id, loan.fee_entry_id, loan.written_off_on,
            loan.write_off_entry_id, loan.write_off_reason, remaining, issued.get(loan.disbursement_entry_id),
        ))
    return result


def _receipts(entry_ids: list[int]) -> dict[int, str]:
    """The receipt numbers of these entries, by entry id (one query)."""
    if not entry_ids:
        return {}
    if len(entry_ids) > 500:  # every loan: no list of parameters that long
        return dict(db.execute_sql("SELECT r.entry_id, r.number FROM receipts r"
                                   " JOIN loans l ON l.disbursement_entry_id = r.entry_id").fetchall())
    return dict(db.execute_sql(
        f"SELECT entry_id, number FROM receipts WHERE entry_id IN ({','.join('?' * len(entry_ids))})",
        tuple(entry_ids)).fetchall())


@checked
def get_loan(loan_id: int) -> LoanRow:
    found = _rows(Loan.select().where(Loan.id == loan_id))
    if not found:
        raise Rejected.one("loan", "loan.not_found", loan_id=loan_id)
    return found[0]


@checked
def outstanding(loan_id: int) -> int:
    """Sisa pinjaman: principal less the pokok of every effective payment (0 once written off)."""
    return get_loan(loan_id).outstanding_rp


@checked
def list_loans(member_id: int | None = None) -> list[LoanRow]:
    """Loans, newest first; all of them or one member's."""
    query = Loan.select().order_by(Loan.id.desc())
    if member_id is not None:
        query = query.where(Loan.member == member_id)
    return _rows(query)
