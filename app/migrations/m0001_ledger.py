"""Version 1: settings, counters, chart of accounts, journal entries and postings.

Postings store money as integer rupiah (positive = debit, negative = credit) and copy their
entry's date so that balances at a date are one index range. Posted rows are immutable: the
triggers below refuse UPDATE and DELETE, whatever code runs against the file.
"""

STATEMENTS = [
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    """CREATE TABLE sequences (
        name TEXT PRIMARY KEY,
        last_value INTEGER NOT NULL CHECK (last_value >= 0))""",
    """CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'income', 'expense')),
        is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
        created_at TEXT NOT NULL)""",
    """CREATE TABLE journal_entries (
        id INTEGER PRIMARY KEY,
        entry_date TEXT NOT NULL,
        description TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        entered_at TEXT NOT NULL,
        entered_by TEXT NOT NULL,
        reverses_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        reversed_by_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        reversal_reason TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX journal_entries_date ON journal_entries (entry_date)",
    """CREATE TABLE postings (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE RESTRICT,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
        entry_date TEXT NOT NULL,
        amount_rp INTEGER NOT NULL
            CHECK (typeof(amount_rp) = 'integer' AND amount_rp <> 0
                   AND amount_rp BETWEEN -1000000000000000 AND 1000000000000000),
        memo TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX postings_entry ON postings (entry_id)",
    "CREATE INDEX postings_account_date ON postings (account_id, entry_date, amount_rp)",
    # Immutability of the books, enforced by the database itself.
    """CREATE TRIGGER postings_no_update BEFORE UPDATE ON postings
        BEGIN SELECT RAISE(ABORT, 'lumbung: posted postings cannot be changed'); END""",
    """CREATE TRIGGER postings_no_delete BEFORE DELETE ON postings
        BEGIN SELECT RAISE(ABORT, 'lumbung: posted postings cannot be deleted'); END""",
    """CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
        BEGIN SELECT RAISE(ABORT, 'lumbung: posted entries cannot be deleted'); END""",
    # The only change an entry ever takes: the link to its reversal, set once.
    """CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
        WHEN NOT (OLD.reversed_by_id IS NULL AND NEW.reversed_by_id IS NOT NULL
                  AND NEW.id IS OLD.id AND NEW.entry_date IS OLD.entry_date
                  AND NEW.description IS OLD.description AND NEW.reference IS OLD.reference
                  AND NEW.entered_at IS OLD.entered_at AND NEW.entered_by IS OLD.entered_by
                  AND NEW.reverses_id IS OLD.reverses_id
                  AND NEW.reversal_reason IS OLD.reversal_reason)
        BEGIN SELECT RAISE(ABORT, 'lumbung: posted entries cannot be changed'); END""",
    """CREATE TRIGGER postings_date_of_entry BEFORE INSERT ON postings
        WHEN NEW.entry_date IS NOT (SELECT entry_date FROM journal_entries WHERE id = NEW.entry_id)
        BEGIN SELECT RAISE(ABORT, 'lumbung: posting date differs from its entry'); END""",
    """CREATE TRIGGER journal_entries_closed_period BEFORE INSERT ON journal_entries
        WHEN NEW.entry_date <= (SELECT value FROM settings WHERE key = 'closed_through')
        BEGIN SELECT RAISE(ABORT, 'lumbung: the period is closed'); END""",
    # Chart of accounts from DOMAIN.md.
    """INSERT INTO accounts (code, name, kind, created_at) VALUES
        ('1-101', 'Kas', 'asset', datetime('now', 'localtime')),
        ('1-102', 'Bank', 'asset', datetime('now', 'localtime')),
        ('1-201', 'Piutang pinjaman anggota', 'asset', datetime('now', 'localtime')),
        ('1-202', 'Piutang penjualan', 'asset', datetime('now', 'localtime')),
        ('1-301', 'Persediaan produk dan bahan', 'asset', datetime('now', 'localtime')),
        ('1-401', 'Inventaris / peralatan', 'asset', datetime('now', 'localtime')),
        ('2-101', 'Simpanan sukarela', 'liability', datetime('now', 'localtime')),
        ('2-201', 'Utang bank / pinjaman modal', 'liability', datetime('now', 'localtime')),
        ('2-301', 'SHU belum dibagikan', 'liability', datetime('now', 'localtime')),
        ('2-302', 'Dana insentif PAUD', 'liability', datetime('now', 'localtime')),
        ('2-303', 'Dana sosial', 'liability', datetime('now', 'localtime')),
        ('3-101', 'Simpanan pokok', 'equity', datetime('now', 'localtime')),
        ('3-102', 'Simpanan wajib', 'equity', datetime('now', 'localtime')),
        ('3-201', 'Modal hibah', 'equity', datetime('now', 'localtime')),
        ('3-301', 'Dana cadangan', 'equity', datetime('now', 'localtime')),
        ('3-401', 'SHU tahun berjalan', 'equity', datetime('now', 'localtime')),
        ('4-101', 'Pendapatan jasa pinjaman', 'income', datetime('now', 'localtime')),
        ('4-102', 'Pendapatan denda', 'income', datetime('now', 'localtime')),
        ('4-103', 'Pendapatan provisi / administrasi', 'income', datetime('now', 'localtime')),
        ('4-201', 'Penjualan usaha kelompok', 'income', datetime('now', 'localtime')),
        ('5-101', 'Harga pokok / bahan baku', 'expense', datetime('now', 'localtime')),
        ('5-201', 'Beban operasional', 'expense', datetime('now', 'localtime'))""",
    """INSERT INTO settings (key, value) VALUES
        ('operator_name', 'Sekretaris'),
        ('group_name', 'UP2K PKK'),
        ('group_address', '')""",
]
