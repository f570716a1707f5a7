"""Version 8: where the capital came from (sumber dana) and the PAUD and social funds.

Funders are a register. Money from a funder is one journal entry linked to its funder by
`funder_entries` (entry_id -> funder_id, and what the entry was): a grant in cash (modal hibah,
3-201), an in-kind grant (equipment into the Buku Inventaris, Dr 1-401 Cr 3-201), a bank loan
received (2-201) and each repayment of it. The link is per entry, not a column on `postings`:
every entry of this kind belongs wholly to one funder, so the entry names it once; the postings
table (immutable, by far the largest) keeps its shape, and "3-201 postings of a funder" is a
join through the link.

A bank loan keeps its terms and its schedule (app.loans.schedule with the group as borrower);
its payments record the pokok and jasa each paid. PAUD teachers are a register; payments out of
the PAUD fund (2-302) and the social fund (2-303) keep who was paid and why beside their entry.
Nothing here is deleted once money stands on it; a funder with nothing recorded may be.

One account joins the chart: 5-302 Beban jasa pinjaman bank (the interest the group pays).
"""

_MONEY = "typeof({0}) = 'integer' AND {0} >= 0 AND {0} < 10000000000000000"


def _no_delete(table: str) -> str:
    return (f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}"
            f" BEGIN SELECT RAISE(ABORT, 'lumbung: fund records cannot be deleted'); END")


STATEMENTS = [
    """CREATE TABLE funders (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('csr', 'dinas', 'bank', 'dana_desa', 'anggota', 'lainnya')),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        contact TEXT NOT NULL DEFAULT '',
        programme TEXT NOT NULL DEFAULT '',
        agreement_number TEXT NOT NULL DEFAULT '',
        is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
        created_at TEXT NOT NULL)""",
    "CREATE UNIQUE INDEX funders_name ON funders (name COLLATE NOCASE)",
    """CREATE TABLE bank_loans (
        id INTEGER PRIMARY KEY,
        funder_id INTEGER NOT NULL REFERENCES funders (id) ON DELETE RESTRICT,
        principal_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("principal_rp") + """ AND principal_rp > 0),
        rate TEXT NOT NULL,
        periods INTEGER NOT NULL,
        method TEXT NOT NULL,
        period TEXT NOT NULL,
        rounding_unit_rp INTEGER NOT NULL,
        received_on TEXT NOT NULL,
        first_due TEXT NOT NULL,
        agreement_number TEXT NOT NULL DEFAULT '',
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE bank_loan_instalments (
        loan_id INTEGER NOT NULL REFERENCES bank_loans (id) ON DELETE RESTRICT,
        number INTEGER NOT NULL,
        due_date TEXT NOT NULL,
        pokok_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("pokok_rp") + """),
        jasa_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("jasa_rp") + """),
        PRIMARY KEY (loan_id, number))""",
    """CREATE TABLE bank_loan_payments (
        id INTEGER PRIMARY KEY,
        loan_id INTEGER NOT NULL REFERENCES bank_loans (id) ON DELETE RESTRICT,
        pay_date TEXT NOT NULL,
        pokok_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("pokok_rp") + """),
        jasa_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("jasa_rp") + """),
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        CHECK (pokok_rp + jasa_rp > 0))""",
    "CREATE INDEX bank_loan_payments_loan ON bank_loan_payments (loan_id, pay_date)",
    """CREATE TABLE funder_entries (
        entry_id INTEGER PRIMARY KEY REFERENCES journal_entries (id) ON DELETE RESTRICT,
        funder_id INTEGER NOT NULL REFERENCES funders (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('grant', 'in_kind', 'loan', 'repayment')),
        bank_loan_id INTEGER REFERENCES bank_loans (id) ON DELETE RESTRICT,
        inventory_item_id INTEGER REFERENCES inventory_items (id) ON DELETE RESTRICT)""",
    "CREATE INDEX funder_entries_funder ON funder_entries (funder_id, kind)",
    """CREATE TABLE paud_teachers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        paud_name TEXT NOT NULL CHECK (length(trim(paud_name)) BETWEEN 1 AND 100),
        since TEXT NOT NULL,
        is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
        created_at TEXT NOT NULL)""",
    """CREATE TABLE fund_payments (
        entry_id INTEGER PRIMARY KEY REFERENCES journal_entries (id) ON DELETE RESTRICT,
        fund TEXT NOT NULL CHECK (fund IN ('paud', 'sosial')),
        teacher_id INTEGER REFERENCES paud_teachers (id) ON DELETE RESTRICT,
        member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,
        reason TEXT NOT NULL DEFAULT '',
        CHECK ((fund = 'paud' AND teacher_id IS NOT NULL) OR (fund = 'sosial' AND member_id IS NOT NULL)))""",
    *[_no_delete(t) for t in ("bank_loans", "bank_loan_instalments", "bank_loan_payments", "funder_entries",
                              "paud_teachers", "fund_payments")],
    # A funder may be removed only while nothing stands against it (app.funds checks it first
    # and says why; the trigger keeps the rule whatever writes).
    """CREATE TRIGGER funders_no_delete_with_money BEFORE DELETE ON funders
        WHEN EXISTS (SELECT 1 FROM funder_entries WHERE funder_id = OLD.id)
          OR EXISTS (SELECT 1 FROM bank_loans WHERE funder_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'lumbung: a funder with money recorded cannot be deleted'); END""",
    """INSERT INTO accounts (code, name, kind, created_at) VALUES
        ('5-302', 'Beban jasa pinjaman bank', 'expense', datetime('now', 'localtime'))""",
]
