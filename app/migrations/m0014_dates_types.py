"""Version 14: the counters only go forward and an account's kind never changes.

- sequences (receipt, member and loan numbers): a counter is never lowered, renamed or
  deleted. A counter set back hands out numbers already printed on receipts (every deposit
  then fails on the receipts' UNIQUE number). Going forward is what taking a number does.
  One way round stays open to a tool outside Lumbung: INSERT OR REPLACE removes the old row
  without firing delete triggers (SQLite fires them only with recursive_triggers on, a setting
  of the connection). What it breaks is then met by the receipts' UNIQUE numbers and worded
  by app.db's error mapping, nothing is written wrong.
- accounts: the kind (asset, liability, equity, income, expense) decides the sign of every
  balance and where the account stands in every statement; changed under its postings it
  would move them all. Lumbung never changes it, so it never changes at all.
- settings are left open on purpose: they are the group's own choices (names, who signs,
  switches) that Pengaturan edits anyway, and the app writes them with INSERT OR REPLACE,
  which triggers cannot watch. The one that guards the ledger, closed_through, is also
  enforced by journal_entries_closed_period and every period move is kept in period_events.
"""

STATEMENTS = [
    """CREATE TRIGGER sequences_forward_only BEFORE UPDATE ON sequences
        WHEN NEW.last_value < OLD.last_value OR NEW.name IS NOT OLD.name
        BEGIN SELECT RAISE(ABORT, 'lumbung: counters only go forward'); END""",
    """CREATE TRIGGER sequences_no_delete BEFORE DELETE ON sequences
        BEGIN SELECT RAISE(ABORT, 'lumbung: counters cannot be deleted'); END""",
    """CREATE TRIGGER accounts_kind_fixed BEFORE UPDATE OF kind ON accounts
        WHEN NEW.kind IS NOT OLD.kind
        BEGIN SELECT RAISE(ABORT, 'lumbung: an account''s kind never changes'); END""",
]
