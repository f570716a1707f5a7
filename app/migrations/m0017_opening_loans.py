"""Version 16: running loans brought in at the opening (app.opening.loans).

An opened loan is stored as Lumbung's own from the opening on: loans.principal_rp (or
bank_loans.principal_rp) is the pokok still owed at the opening, its disbursed_on (received_on)
the opening date, and its instalments are the original schedule's rows not yet paid, renumbered
from 1, on their original due dates. What the old book knew besides is kept here, for the loan
card: the loan as first given out (principal, date, periods, first due date) and what was paid
on it before the book.
"""

_HISTORY = """(
        {key} INTEGER PRIMARY KEY REFERENCES {table} (id) ON DELETE RESTRICT,
        original_principal_rp INTEGER NOT NULL CHECK (original_principal_rp > 0),
        original_given_on TEXT NOT NULL,
        original_periods INTEGER NOT NULL CHECK (original_periods BETWEEN 1 AND 360),
        original_first_due TEXT NOT NULL,
        instalments_paid INTEGER NOT NULL CHECK (instalments_paid >= 0),
        pokok_paid_rp INTEGER NOT NULL CHECK (pokok_paid_rp >= 0),
        opening_on TEXT NOT NULL)"""


def _fixed(table: str) -> list[str]:
    return [f"""CREATE TRIGGER {table}_fixed_{event.lower()} BEFORE {event} ON {table}
        BEGIN SELECT RAISE(ABORT, 'lumbung: what an opened loan brought from the old book stays'); END"""
            for event in ("UPDATE", "DELETE")]


STATEMENTS = [
    "CREATE TABLE opening_loans " + _HISTORY.format(key="loan_id", table="loans"),
    "CREATE TABLE opening_bank_loans " + _HISTORY.format(key="bank_loan_id", table="bank_loans"),
    *_fixed("opening_loans"),
    *_fixed("opening_bank_loans"),
]
