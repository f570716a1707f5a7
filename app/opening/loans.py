"""Running loans brought in: members' loans (1-201) and the group's bank loans (2-201).

The old book gives a loan's original terms (a product by name, or method, rate and period),
principal, dates and periods, and what was paid: either whole instalments (instalments_paid k)
or the pokok still owed with the next due date (outstanding_rp and next_due). Lumbung rebuilds
the ORIGINAL schedule (flat jasa is on the original principal, so a schedule regenerated from
the outstanding pokok would be wrong) and keeps the rows not yet paid:

- k paid: rows k+1..n, whole.
- outstanding + next_due: the rows from next_due on. When their pokok is more than the
  outstanding, the first of them was part paid: it keeps the pokok still owed and no jasa (a
  payment pays an instalment's jasa before its pokok, as app.loans.state splits payments). The
  outstanding must lie above the pokok of the rows after it and at most the rows' whole pokok.

Stored (m0016_opening_loans): the loan's principal_rp is the pokok owed at the opening, its
instalments are the kept rows renumbered 1..m on their original due dates (so rows due before
the opening and unpaid are arrears from their own due dates, denda included), and disbursed_on
is the opening date: the loan is on this book from then, so no payment or write-off can be
dated before it and the loans on the book on any date still sum to 1-201. opening_loans keeps
the original principal, date and periods and what was paid before the book, for the loan card.
Each loan has an opening entry of its own of kind "loans" (Dr 1-201 tagged with the member,
Cr 3-502): it is the loan's disbursement_entry, which the schema keeps unique per loan. No cash
moves, no receipt. Bank loans the same (received_on the opening date, kind "bank_loans"):
Cr 2-201, linked to the funder, one entry per loan (bank_loans.entry_id is unique too).

The terms of a loan given without a product take a product of the same method, rate and period
(the penalty rules come from it), or an inactive one made for them; its schedule is exact
(rounding unit 1), as the old book's cannot be known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from app import clock, ledger, settings, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.funds import bank
from app.funds.funders import link
from app.ledger import credit, debit
from app.loans import lifecycle, products, schedule
from app.loans.checks import rate_text
from app.models import Loan, LoanInstalment, Member
from app.opening import entries
from app.opening.draft import BankLoanLine, LoanLine, Opening

RECEIVABLE = lifecycle.RECEIVABLE
DEBT = bank.DEBT_ACCOUNT


@dataclass(frozen=True)
class Terms:
    method: str
    rate: Decimal
    period: str
    rounding_unit_rp: int
    product: products.ProductRow | None  # the product named, or one of the same terms (None: to be made)


@dataclass(frozen=True)
class Plan:
    """A line checked and worked out: the original schedule and the rows still owed."""

    terms: Terms
    original: tuple[schedule.ScheduleRow, ...]
    remaining: tuple[schedule.ScheduleRow, ...]  # renumbered from 1
    instalments_paid: int  # whole instalments paid before the book

    @property
    def outstanding_rp(self) -> int:
        return sum(row.pokok_rp for row in self.remaining)


@dataclass(frozen=True)
class Opened:
    """What the loan card says of a loan brought from the old book."""

    original_principal_rp: int
    original_given_on: date  # disbursed (a bank loan: received) in the old book
    original_periods: int
    original_first_due: date
    instalments_paid: int
    pokok_paid_rp: int
    opening_on: date


# --- checking and working out ------------------------------------------------------------------


def _required(prefix: str, line, names: tuple[str, ...]) -> list[Issue]:
    return [Issue(prefix + name, "required") for name in names if getattr(line, name) in (None, "")]


def _product_terms(prefix: str, line: LoanLine, known: list[products.ProductRow]) -> tuple[Terms | None, list[Issue]]:
    if line.product:
        product = next((p for p in known if p.name.casefold() == line.product.strip().casefold()), None)
        if product is None:
            return None, [Issue(prefix + "product", "opening.loan_product_unknown", {"name": line.product})]
        return Terms(line.method or product.method, line.rate if line.rate is not None else product.rate,
                     line.period or product.period, product.rounding_unit_rp, product), []
    issues = _required(prefix, line, ("method", "rate", "period"))
    if issues:
        return None, [Issue(prefix + "product", "opening.loan_terms_missing"), *issues]
    same = [p for p in known if (p.method, p.rate, p.period) == (line.method, line.rate, line.period)]
    return Terms(line.method, line.rate, line.period, 1, (same or [None])[0]), []


def _remaining(prefix: str, line, original: tuple[schedule.ScheduleRow, ...]) -> tuple[tuple, int, list[Issue]]:
    """The rows still owed (not yet renumbered) and the whole instalments paid, or issues."""
    periods = len(original)
    if line.instalments_paid is not None:
        k = line.instalments_paid
        if k > periods:
            return (), 0, [Issue(prefix + "instalments_paid", "opening.loan_paid_more_than_owed", {"periods": periods})]
        if k == periods:
            return (), 0, [Issue(prefix + "instalments_paid", "opening.loan_paid_off", {"periods": periods})]
        if k < 0:
            return (), 0, [Issue(prefix + "instalments_paid", "opening.loan_instalments_paid_range",
                                 {"max": periods - 1})]
        return original[k:], k, []
    principal, owed = line.principal_rp, line.outstanding_rp
    if owed < 0:
        return (), 0, [Issue(prefix + "outstanding_rp", "opening.loan_paid_more_than_owed", {"periods": periods})]
    if owed == 0:
        return (), 0, [Issue(prefix + "outstanding_rp", "opening.loan_paid_off", {"periods": periods})]
    if owed > principal:
        return (), 0, [Issue(prefix + "outstanding_rp", "opening.loan_outstanding_above_principal",
                             {"principal_rp": principal})]
    due_dates = [row.due_date for row in original]
    if line.next_due not in due_dates:
        return (), 0, [Issue(prefix + "next_due", "opening.loan_next_due_unknown", {"dates": due_dates})]
    k = due_dates.index(line.next_due)
    rows = original[k:]
    whole = sum(row.pokok_rp for row in rows)
    lowest = whole - rows[0].pokok_rp + 1
    if not lowest <= owed <= whole:
        return (), 0, [Issue(prefix + "outstanding_rp", "opening.loan_outstanding_not_fitting",
                             {"min_rp": lowest, "max_rp": whole, "next_due": line.next_due})]
    if owed < whole:  # part paid: its jasa went first
        rows = (replace(rows[0], pokok_rp=rows[0].pokok_rp - (whole - owed), jasa_rp=0), *rows[1:])
    return rows, k, []


def _renumbered(rows) -> tuple[schedule.ScheduleRow, ...]:
    left = sum(row.pokok_rp for row in rows)
    result = []
    for number, row in enumerate(rows, start=1):
        left -= row.pokok_rp
        result.append(schedule.ScheduleRow(number, row.due_date, row.pokok_rp, row.jasa_rp,
                                           row.pokok_rp + row.jasa_rp, left))
    return tuple(result)


def _plan(prefix: str, line, terms: Terms | None, given_on: date | None, on: date | None,
          issues: list[Issue]) -> Plan | None:
    """The schedule part shared by members' and bank loans; `given_on` is when the loan was
    given out (disbursed_on, received_on). Appends to `issues`; None when any."""
    issues += _required(prefix, line, ("principal_rp", "periods", "first_due"))
    if line.principal_rp is not None and line.principal_rp <= 0:
        issues.append(Issue(prefix + "principal_rp", "loan.principal_not_positive"))
    if given_on is not None and on is not None and given_on > on:
        issues.append(Issue(prefix + _given_field(line), "opening.loan_after_opening", {"on": on}))
    if given_on is not None and line.first_due is not None and line.first_due <= given_on:
        issues.append(Issue(prefix + "first_due", "loan.first_due_too_early", {"after": given_on}))
    by_count = line.instalments_paid is not None
    by_outstanding = line.outstanding_rp is not None or line.next_due is not None
    if by_count == by_outstanding:
        issues.append(Issue(prefix + "instalments_paid", "opening.loan_paid_how"))
    elif by_outstanding:
        issues += _required(prefix, line, ("outstanding_rp", "next_due"))
    if issues or terms is None:
        return None
    try:
        original = schedule.generate(line.principal_rp, terms.rate, line.periods, terms.method,
                                     terms.rounding_unit_rp, line.first_due, terms.period)
    except Rejected as refused:
        # A named product's rounding unit is not a cell of the line: its name is.
        issues += [Issue(prefix + ("product" if issue.field == "rounding_unit_rp" else issue.field), issue.code,
                         issue.params) for issue in refused.issues]
        return None
    rows, paid, problems = _remaining(prefix, line, original)
    issues += problems
    return None if problems else Plan(terms, original, _renumbered(rows), paid)


def _given_field(line) -> str:
    return "received_on" if isinstance(line, BankLoanLine) else "disbursed_on"


def _loan_plans(opening: Opening) -> tuple[list[Plan | None], list[Issue]]:
    numbers = {m.number for m in opening.members}
    known = products.list_products()
    plans, issues = [], []
    for index, line in enumerate(opening.loans):
        prefix, mine = f"loans.{index}.", []
        if line.member_number is None:
            mine.append(Issue(prefix + "member_number", "required"))
        elif line.member_number not in numbers:
            mine.append(Issue(prefix + "member_number", "opening.loan_member_unknown", {"number": line.member_number}))
        terms, problems = _product_terms(prefix, line, known)
        mine += problems
        mine += _required(prefix, line, ("disbursed_on",))
        plans.append(_plan(prefix, line, terms, line.disbursed_on, opening.on, mine))
        issues += mine
    return plans, issues


def _bank_plans(opening: Opening) -> tuple[list[Plan | None], list[Issue]]:
    funders = {f.name.strip().casefold() for f in opening.funders}
    plans, issues = [], []
    for index, line in enumerate(opening.bank_loans):
        prefix, mine = f"bank_loans.{index}.", []
        if not line.funder.strip():
            mine.append(Issue(prefix + "funder", "required"))
        elif line.funder.strip().casefold() not in funders:
            mine.append(Issue(prefix + "funder", "opening.bank_loan_funder_unknown", {"name": line.funder}))
        mine += _required(prefix, line, ("method", "rate", "period", "received_on"))
        mine += text_rules.text_issues(prefix + "agreement_number", text_rules.tidy(line.agreement_number),
                                       text_rules.AGREEMENT)
        terms = None if mine else Terms(line.method, line.rate, line.period, 1, None)
        plans.append(_plan(prefix, line, terms, line.received_on, opening.on, mine))
        issues += mine
    return plans, issues


@checked
def check(opening: Opening) -> list[Issue]:
    """Issues of opening.loans and opening.bank_loans, named loans.<i>.<field> / bank_loans.<i>.<field>."""
    return _loan_plans(opening)[1] + _bank_plans(opening)[1]


@checked
def amounts(opening: Opening) -> dict[str, dict[str, int]]:
    """What the loans would post, by kind and account, signed (debit > 0): for the preview.
    Lines with issues count nothing."""
    loans = sum(p.outstanding_rp for p in _loan_plans(opening)[0] if p is not None)
    owed = sum(p.outstanding_rp for p in _bank_plans(opening)[0] if p is not None)
    return {"loans": {RECEIVABLE: loans}, "bank_loans": {DEBT: -owed}}


# --- posting -----------------------------------------------------------------------------------


def _percent(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}".replace(".", ",")


def _product_for(terms: Terms) -> products.ProductRow:
    """The product the terms matched, or an inactive one made for them (found again by name)."""
    if terms.product is not None:
        return terms.product
    name = f"Pinjaman saldo awal {terms.method} {_percent(terms.rate)} %" + (
        " mingguan" if terms.period == "weekly" else "")
    found = next((p for p in products.list_products() if p.name == name), None)
    if found is not None:
        return found
    made = products.add_product(products.ProductInput(
        name=name, method=terms.method, rate=terms.rate, interest_free=terms.rate == 0, period=terms.period,
        min_periods=1, max_periods=schedule.MAX_PERIODS, min_principal_rp=1,
        max_principal_rp=schedule.MAX_PRINCIPAL_RP, rounding_unit_rp=1))
    return products.set_active(made.id, False)


def _history(plan: Plan, given_on: date, opening_on: date) -> tuple:
    principal = plan.original[0].pokok_rp + plan.original[0].outstanding_after_rp
    return (principal, given_on.isoformat(), len(plan.original), plan.original[0].due_date.isoformat(), plan.instalments_paid,
            principal - plan.outstanding_rp, opening_on.isoformat())


def _post_loan(opening: Opening, line: LoanLine, plan: Plan, member_id: int, number: str,
               lookups: ledger.Lookups | None) -> int:
    product = _product_for(plan.terms)
    member = Member.get_by_id(member_id)
    now, who = clock.now(), settings.operator_name()
    tag = {"member_id": member_id, "memo": number}
    entry_id = entries.post("loans", opening.on, f"Saldo awal pinjaman {number} – {member.name}",
                            [debit(RECEIVABLE, plan.outstanding_rp, **tag)], lookups)
    loan = Loan.create(
        number=number, member=member_id, product=product.id, principal_rp=plan.outstanding_rp,
        periods=len(plan.remaining), first_due=plan.remaining[0].due_date, method=plan.terms.method,
        rate=rate_text(plan.terms.rate), period=plan.terms.period, rounding_unit_rp=plan.terms.rounding_unit_rp,
        penalty_kind=product.penalty_kind, penalty_rate=rate_text(product.penalty_rate),
        penalty_rp=product.penalty_rp, grace_days=product.grace_days, tanggung_renteng=product.tanggung_renteng,
        fee_rp=0, fee_deducted=True, withheld_rp=0, status="disbursed", applied_on=line.disbursed_on,
        applied_at=now, applied_by=who, decided_at=now, decided_by=who,
        decision_note="Pinjaman dari buku lama", disbursed_on=opening.on, disbursed_at=now,
        disbursed_by=who, disbursement_entry=entry_id)
    LoanInstalment.insert_many([{"loan": loan.id, "number": r.number, "due_date": r.due_date,
                                 "pokok_rp": r.pokok_rp, "jasa_rp": r.jasa_rp} for r in plan.remaining]).execute()
    db.execute_sql("INSERT INTO opening_loans (loan_id, original_principal_rp, original_given_on, original_periods,"
                   " original_first_due, instalments_paid, pokok_paid_rp, opening_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (loan.id, *_history(plan, line.disbursed_on, opening.on)))
    return entry_id


def _post_bank_loan(opening: Opening, line: BankLoanLine, plan: Plan, funder_id: int, funder_name: str,
                    lookups: ledger.Lookups | None) -> int:
    agreement = text_rules.tidy(line.agreement_number)
    entry_id = entries.post(
        "bank_loans", opening.on, f"Saldo awal pinjaman dari {funder_name}" + (f" ({agreement})" if agreement else ""),
        [credit(DEBT, plan.outstanding_rp, memo=funder_name)], lookups)
    loan_id = current().insert(db,
        "INSERT INTO bank_loans (funder_id, principal_rp, rate, periods, method, period, rounding_unit_rp,"
        " received_on, first_due, agreement_number, entry_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (funder_id, plan.outstanding_rp, str(plan.terms.rate), len(plan.remaining), plan.terms.method,
         plan.terms.period, plan.terms.rounding_unit_rp, opening.on.isoformat(),
         plan.remaining[0].due_date.isoformat(), agreement, entry_id, clock.now().isoformat(sep=" ")))
    current().insert_many(db,
        "INSERT INTO bank_loan_instalments (loan_id, number, due_date, pokok_rp, jasa_rp) VALUES (?,?,?,?,?)",
        [(loan_id, r.number, r.due_date.isoformat(), r.pokok_rp, r.jasa_rp) for r in plan.remaining])
    db.execute_sql("INSERT INTO opening_bank_loans (bank_loan_id, original_principal_rp, original_given_on,"
                   " original_periods, original_first_due, instalments_paid, pokok_paid_rp, opening_on)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (loan_id, *_history(plan, line.received_on, opening.on)))
    link(entry_id, funder_id, "loan", bank_loan_id=loan_id)
    return entry_id


def _numbers(opening: Opening) -> list[str | None]:
    """The old book's number of each loan when given and unique (in the draft and the book)."""
    given = [line.number.strip() for line in opening.loans]
    taken = {n for (n,) in db.execute_sql("SELECT number FROM loans").fetchall()}
    return [n if n and given.count(n) == 1 and n not in taken else None for n in given]


@roles.needs("close")
@checked
def post(opening: Opening, member_ids: dict[int, int], funder_ids: dict[str, int],
         lookups: ledger.Lookups | None = None, step: Callable[[], None] | None = None) -> list[int]:
    """Inside the commit's transaction, after members and funders exist: write the loans and
    their opening entries; return the entries' ids. member_ids: number -> id; funder_ids: name -> id;
    step is called after each loan (the commit's progress)."""
    loan_plans, issues = _loan_plans(opening)
    bank_plans, bank_issues = _bank_plans(opening)
    if issues or bank_issues:
        raise Rejected(issues + bank_issues)
    entry_ids = []
    for line, plan, number in zip(opening.loans, loan_plans, _numbers(opening)):
        number = number or lifecycle.next_number(clock.today().year)
        entry_ids.append(_post_loan(opening, line, plan, member_ids[line.member_number], number, lookups))
        if step is not None:
            step()
    funders = {name.strip().casefold(): (name, funder_id) for name, funder_id in funder_ids.items()}
    for line, plan in zip(opening.bank_loans, bank_plans):
        name, funder_id = funders[line.funder.strip().casefold()]
        entry_ids.append(_post_bank_loan(opening, line, plan, funder_id, name, lookups))
        if step is not None:
            step()
    return entry_ids


def _opened(table: str, key: str, loan_id: int) -> Opened | None:
    row = db.execute_sql(
        f"SELECT original_principal_rp, original_given_on, original_periods, original_first_due, instalments_paid,"
        f" pokok_paid_rp, opening_on FROM {table} WHERE {key} = ?", (loan_id,)).fetchone()
    if row is None:
        return None
    return Opened(row[0], date.fromisoformat(row[1]), row[2], date.fromisoformat(row[3]), row[4], row[5],
                  date.fromisoformat(row[6]))


@checked
def opened(loan_id: int) -> Opened | None:
    """What the old book said of a member's loan brought in; None for Lumbung's own loans."""
    return _opened("opening_loans", "loan_id", loan_id)


@checked
def opened_bank_loan(bank_loan_id: int) -> Opened | None:
    return _opened("opening_bank_loans", "bank_loan_id", bank_loan_id)
