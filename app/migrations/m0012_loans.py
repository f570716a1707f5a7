"""Version 12: the allowance for loan losses (PPAP) and money received on written-off loans.

Three accounts join the chart (OR IGNORE: a group may have added one by hand): 1-203 Penyisihan
piutang tak tertagih (a contra asset: its credit balance is deducted from the loans on the
Neraca), 5-303 Beban penyisihan piutang, and 4-304 Pemulihan piutang yang dihapus. The rates by
kolektibilitas are settings (app.loans.allowance), so no table holds them.

A recovery is one entry (Dr Kas, Cr 4-304) with a kuitansi, linked to its loan by
`loan_recoveries`; rows are never changed or deleted (a mistake is a storno of the entry).
"""

STATEMENTS = [
    """INSERT OR IGNORE INTO accounts (code, name, kind, created_at) VALUES
        ('1-203', 'Penyisihan piutang tak tertagih', 'asset', datetime('now', 'localtime')),
        ('4-304', 'Pemulihan piutang yang dihapus', 'income', datetime('now', 'localtime')),
        ('5-303', 'Beban penyisihan piutang', 'expense', datetime('now', 'localtime'))""",
    """CREATE TABLE loan_recoveries (
        id INTEGER PRIMARY KEY,
        loan_id INTEGER NOT NULL REFERENCES loans (id) ON DELETE RESTRICT,
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        received_on TEXT NOT NULL,
        amount_rp INTEGER NOT NULL CHECK (typeof(amount_rp) = 'integer' AND amount_rp > 0),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL)""",
    "CREATE INDEX loan_recoveries_loan ON loan_recoveries (loan_id, received_on)",
    """CREATE TRIGGER loan_recoveries_no_update BEFORE UPDATE ON loan_recoveries
        BEGIN SELECT RAISE(ABORT, 'lumbung: loan_recoveries cannot be changed'); END""",
    """CREATE TRIGGER loan_recoveries_no_delete BEFORE DELETE ON loan_recoveries
        BEGIN SELECT RAISE(ABORT, 'lumbung: loan_recoveries cannot be deleted'); END""",
]
