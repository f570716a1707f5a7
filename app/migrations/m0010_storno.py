"""Version 10: a loan's disbursement can be reversed (storno) while nothing was ever paid on it.

The loan then goes back from disbursed to approved, as if never paid out: its schedule (stored
at disbursement) is removed so that a later disbursement stores its own, and what was undone is
kept in `loan_disbursement_reversals` (when it had been paid out, by whom, its entries and the
storno's, who reversed it and when). Every other step of a loan still goes forward only.
"""

STATEMENTS = [
    "DROP TRIGGER loans_status_steps",
    """CREATE TRIGGER loans_status_steps BEFORE UPDATE OF status ON loans
        WHEN NEW.status IS NOT OLD.status AND NOT (
            (OLD.status = 'applied' AND NEW.status IN ('approved', 'rejected'))
            OR (OLD.status = 'approved' AND NEW.status = 'disbursed')
            OR (OLD.status = 'disbursed' AND NEW.status = 'written_off')
            OR (OLD.status = 'disbursed' AND NEW.status = 'approved' AND EXISTS (
                SELECT 1 FROM journal_entries e WHERE e.id = OLD.disbursement_entry_id
                AND e.reversed_by_id IS NOT NULL)))
        BEGIN SELECT RAISE(ABORT, 'lumbung: a loan cannot go back to an earlier step'); END""",
    "DROP TRIGGER loan_instalments_no_delete",
    """CREATE TRIGGER loan_instalments_no_delete BEFORE DELETE ON loan_instalments
        WHEN (SELECT status FROM loans WHERE id = OLD.loan_id) <> 'approved'
        BEGIN SELECT RAISE(ABORT, 'lumbung: loan_instalments cannot be deleted'); END""",
    """CREATE TABLE loan_disbursement_reversals (
        id INTEGER PRIMARY KEY,
        loan_id INTEGER NOT NULL REFERENCES loans (id) ON DELETE RESTRICT,
        disbursed_on TEXT NOT NULL,
        disbursed_at TEXT,
        disbursed_by TEXT NOT NULL DEFAULT '',
        first_due TEXT NOT NULL,
        disbursement_entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        fee_entry_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        storno_entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        reversed_at TEXT NOT NULL,
        reversed_by TEXT NOT NULL)""",
    "CREATE INDEX loan_disbursement_reversals_loan ON loan_disbursement_reversals (loan_id)",
    """CREATE TRIGGER loan_disbursement_reversals_no_update BEFORE UPDATE ON loan_disbursement_reversals
        BEGIN SELECT RAISE(ABORT, 'lumbung: loan_disbursement_reversals cannot be changed'); END""",
    """CREATE TRIGGER loan_disbursement_reversals_no_delete BEFORE DELETE ON loan_disbursement_reversals
        BEGIN SELECT RAISE(ABORT, 'lumbung: loan_disbursement_reversals cannot be deleted'); END""",
]
