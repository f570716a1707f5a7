"""Loans the group takes from a bank (or a Dinas revolving fund): the group is the borrower.

Received: Dr Kas/Bank, Cr 2-201 Utang bank, linked to the funder; the schedule comes from the
same engine as the members' loans (app.loans.schedule) and is stored with the loan. A repayment
pays the schedule in order, each instalment's jasa before its pokok (so a payment ahead of time
pays the next instalments as agreed): Dr 2-201 the pokok, Dr 5-302 Beban jasa pinjaman bank the
jasa, Cr Kas/Bank. What is owed is the schedule less what was paid; a payment above it is
refused with what is owed, and nothing is written.

Refusals name: funder, principal_rp, rate, periods, method, period, rounding_unit_rp,
entry_date, first_due, cash_account, agreement_number, loan, amount_rp.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from app import clock, ledger, receipts, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.funds.checks import amount_issues, cash_issues, clean, date_issues, text_issues
from app.funds.funders import active_funder, get_funder, link
from app.ledger import credit, debit
from app.loans import schedule

DEBT_ACCOUNT = "2-201"
INTEREST_ACCOUNT = "5-302"


@dataclass(frozen=True)
class Instalment:
    number: int
    due_date: date
    pokok_rp: int
    jasa_rp: int
    paid_rp: int  # of this instalment's pokok + jasa

    @property
    def total_rp(self) -> int:
        return self.pokok_rp + self.jasa_rp


@dataclass(frozen=True)
class Payment:
    id: int
    pay_date: date
    pokok_rp: int
    jasa_rp: int
    entry_id: int
    receipt_number: str = ""  # its bukti kas keluar, signed for the bank


@dataclass(frozen=True)
class BankLoan:
    id: int
    funder_id: int
    funder_name: str
    principal_rp: int
    rate: Decimal
    periods: int
    method: str
    period: str
    received_on: date
    first_due: date
    agreement_number: str
    instalments: tuple[Instalment, ...]
    payments: tuple[Payment, ...]

    @property
    def paid_pokok_rp(self) -> int:
        return sum(p.pokok_rp for p in self.payments)

    @property
    def paid_jasa_rp(self) -> int:
        return sum(p.jasa_rp for p in self.payments)

    @property
    def owed_pokok_rp(self) -> int:
        return self.principal_rp - self.paid_pokok_rp

    @property
    def owed_jasa_rp(self) -> int:
        return sum(i.jasa_rp for i in self.instalments) - self.paid_jasa_rp

    @property
    def owed_rp(self) -> int:
        return self.owed_pokok_rp + self.owed_jasa_rp

    def next_due(self) -> Instalment | None:
        return next((i for i in self.instalments if i.paid_rp < i.total_rp), None)


def _rate(value) -> Decimal | None:
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).replace(",", "."))
    except (InvalidOperation, ValueError):
        return None


@roles.needs("money")
@checked
def receive_loan(funder_id: int, principal_rp: int, rate: Decimal, periods: int, method: str, period: str,
                 on: date, first_due: date, cash_account: str = "1-102", agreement_number: str = "",
                 rounding_unit_rp: int = 1) -> BankLoan:
    """Record a loan received from a funder, with its schedule. `rate` is per period (0.01 = 1 %
    a month)."""
    agreement_number = clean(agreement_number)
    issues: list[Issue] = []
    with db.atomic():
        funder = active_funder(funder_id, issues)
        issues += amount_issues("principal_rp", principal_rp) + date_issues("entry_date", on)
        issues += cash_issues(cash_account) + text_issues("agreement_number", agreement_number, text_rules.AGREEMENT)
        rate = _rate(rate)
        if rate is None:
            issues.append(Issue("rate", "loan.rate_not_a_number"))
        if first_due is None:
            issues.append(Issue("first_due", "required"))
        elif ledger._is_date(on) and first_due <= on:
            issues.append(Issue("first_due", "loan.first_due_too_early", {"after": on}))
        rows = ()
        if not issues:
            try:
                rows = schedule.generate(principal_rp, rate, periods, method, rounding_unit_rp, first_due, period)
            except Rejected as refused:
                issues += refused.issues
            except TypeError:
                issues.append(Issue("periods", "loan.periods_out_of_range", {"min": 1, "max": schedule.MAX_PERIODS}))
        if issues:
            raise Rejected(issues)
        agreement = agreement_number or funder.agreement_number
        entry_id = ledger.post_entry(
            on, f"Pinjaman modal dari {funder.name}" + (f" ({agreement})" if agreement else ""),
            [debit(cash_account, principal_rp, memo=funder.name), credit(DEBT_ACCOUNT, principal_rp, memo=funder.name)],
            agreement)
        loan_id = current().insert(db,
            "INSERT INTO bank_loans (funder_id, principal_rp, rate, periods, method, period, rounding_unit_rp,"
            " received_on, first_due, agreement_number, entry_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (funder_id, principal_rp, str(rate), periods, method, period, rounding_unit_rp, on.isoformat(),
             first_due.isoformat(), agreement, entry_id, clock.now().isoformat(sep=" ")))
        current().insert_many(db,
            "INSERT INTO bank_loan_instalments (loan_id, number, due_date, pokok_rp, jasa_rp) VALUES (?,?,?,?,?)",
            [(loan_id, r.number, r.due_date.isoformat(), r.pokok_rp, r.jasa_rp) for r in rows])
        link(entry_id, funder_id, "loan", bank_loan_id=loan_id)
    return get_loan(loan_id)


def _split(loan: BankLoan, amount_rp: int) -> tuple[int, int]:
    """(pokok, jasa) of a payment of `amount_rp` on top of what was paid: through the schedule
    in order, each instalment's jasa before its pokok."""
    already = loan.paid_pokok_rp + loan.paid_jasa_rp
    pokok = jasa = 0
    position = 0
    for instalment in loan.instalments:
        for part, size in (("jasa", instalment.jasa_rp), ("pokok", instalment.pokok_rp)):
            start, end = position, position + size
            position = end
            covered = max(0, min(end, already + amount_rp) - max(start, already))
            if part == "jasa":
                jasa += covered
            else:
                pokok += covered
    return pokok, jasa


@roles.needs("money")
@checked
def pay(loan_id: int, amount_rp: int, on: date, cash_account: str = "1-102") -> Payment:
    """Bayar angsuran bank: one entry, the pokok off the debt and the jasa as an expense, with a
    bukti kas keluar naming the bank."""
    issues: list[Issue] = []
    with db.atomic():
        loan = get_loan(loan_id)
        issues += amount_issues("amount_rp", amount_rp) + date_issues("entry_date", on, loan.received_on)
        issues += cash_issues(cash_account)
        if not issues and amount_rp > loan.owed_rp:
            issues.append(Issue("amount_rp", "bank_loan.more_than_owed", {"owed_rp": loan.owed_rp}))
        if issues:
            raise Rejected(issues)
        pokok, jasa = _split(loan, amount_rp)
        lines = []
        if pokok:
            lines.append(debit(DEBT_ACCOUNT, pokok, memo=loan.funder_name))
        if jasa:
            lines.append(debit(INTEREST_ACCOUNT, jasa, memo=loan.funder_name))
        lines.append(credit(cash_account, amount_rp, memo=loan.funder_name))
        entry_id = ledger.post_entry(on, f"Angsuran pinjaman {loan.funder_name}", lines, loan.agreement_number)
        payment_id = current().insert(db,
            "INSERT INTO bank_loan_payments (loan_id, pay_date, pokok_rp, jasa_rp, entry_id) VALUES (?,?,?,?,?)",
            (loan_id, on.isoformat(), pokok, jasa, entry_id))
        link(entry_id, loan.funder_id, "repayment", bank_loan_id=loan_id)
        number = receipts.issue(entry_id, party_name=loan.funder_name)
    return Payment(payment_id, on, pokok, jasa, entry_id, number)


@checked
def get_loan(loan_id: int) -> BankLoan:
    values = db.execute_sql(
        "SELECT id, funder_id, principal_rp, rate, periods, method, period, received_on, first_due,"
        " agreement_number FROM bank_loans WHERE id = ?", (loan_id,)).fetchone()
    if values is None:
        raise Rejected.one("loan", "bank_loan.not_found")
    funder = get_funder(values[1])
    payments = tuple(
        Payment(pid, date.fromisoformat(day), pokok, jasa, entry_id) for pid, day, pokok, jasa, entry_id in
        db.execute_sql("SELECT id, pay_date, pokok_rp, jasa_rp, entry_id FROM bank_loan_payments"
                       " WHERE loan_id = ? AND entry_id NOT IN (SELECT id FROM journal_entries"
                       " WHERE reversed_by_id IS NOT NULL) ORDER BY pay_date, id", (loan_id,)))
    paid = sum(p.pokok_rp + p.jasa_rp for p in payments)
    instalments = []
    for number, due, pokok, jasa in db.execute_sql(
            "SELECT number, due_date, pokok_rp, jasa_rp FROM bank_loan_instalments WHERE loan_id = ?"
            " ORDER BY number", (loan_id,)):
        covered = min(paid, pokok + jasa)
        paid -= covered
        instalments.append(Instalment(number, date.fromisoformat(due), pokok, jasa, covered))
    return BankLoan(values[0], values[1], funder.name, values[2], Decimal(values[3]), values[4], values[5],
                    values[6], date.fromisoformat(values[7]), date.fromisoformat(values[8]), values[9],
                    tuple(instalments), payments)


@checked
def list_loans(funder_id: int | None = None) -> list[BankLoan]:
    where, params = ("WHERE funder_id = ?", (funder_id,)) if funder_id is not None else ("", ())
    return [get_loan(i) for (i,) in db.execute_sql(f"SELECT id FROM bank_loans {where} ORDER BY received_on, id",
                                                   params)]
