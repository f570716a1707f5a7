"""Version 4: receipts (kuitansi), one per Setoran entry.

A receipt's number (KW/2026/000123) comes from the `receipt_<year>` counter in `sequences`,
taken in the same transaction as its entry, so numbers are gapless per year (the year of the
entry's date). Receipts are immutable like postings; the only change is print_count going up
(a reprint is marked SALINAN).
"""

STATEMENTS = [
    """CREATE TABLE receipts (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE CHECK (number GLOB 'KW/[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9][0-9][0-9]*'),
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
        amount_rp INTEGER NOT NULL CHECK (typeof(amount_rp) = 'integer' AND amount_rp > 0),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        print_count INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0))""",
    "CREATE INDEX receipts_member ON receipts (member_id)",
    """CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
        BEGIN SELECT RAISE(ABORT, 'lumbung: receipts cannot be deleted'); END""",
    """CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
        WHEN NOT (NEW.print_count > OLD.print_count
                  AND NEW.id IS OLD.id AND NEW.number IS OLD.number AND NEW.entry_id IS OLD.entry_id
                  AND NEW.member_id IS OLD.member_id AND NEW.amount_rp IS OLD.amount_rp
                  AND NEW.issued_at IS OLD.issued_at AND NEW.issued_by IS OLD.issued_by)
        BEGIN SELECT RAISE(ABORT, 'lumbung: receipts cannot be changed'); END""",
]
