"""Version 3: loan products, loans, their schedules and how each payment was allocated.

Money is integer rupiah (`*_rp`); rates are exact decimal fractions per period kept as text
('0.015' is 1,5 %), never REAL. A loan copies its product's terms when it is applied for, so a
later edit of the product changes no existing loan (a trigger refuses edits of those columns).

Nothing about a loan's repayment is stored as a running total: what an instalment has had paid
is the sum of its allocations whose journal entry is neither reversed nor a reversal, so a
storno of a payment gives the schedule back exactly as it was. Schedules and allocations are
immutable, like postings.
"""


def _rate(column: str) -> str:
    """A CHECK that `column` is a plain non-negative decimal as Python's Decimal writes it."""
    return (
        f"({column} <> '' AND {column} NOT GLOB '*[^0-9.]*' AND {column} NOT GLOB '*.*.*'"
        f" AND {column} NOT GLOB '.*' AND {column} NOT GLOB '*.')"
    )


def _rupiah(column: str, minimum: int = 0) -> str:
    return f"(typeof({column}) = 'integer' AND {column} BETWEEN {minimum} AND 1000000000000000)"


# Terms shared by a product and the loans made from it.
_SCHEDULE_TERMS = f"""
        method TEXT NOT NULL CHECK (method IN ('flat', 'efektif', 'anuitas')),
        rate TEXT NOT NULL CHECK {_rate('rate')},
        period TEXT NOT NULL CHECK (period IN ('monthly', 'weekly')),
        rounding_unit_rp INTEGER NOT NULL DEFAULT 500 CHECK (rounding_unit_rp IN (1, 100, 500, 1000)),
        penalty_kind TEXT NOT NULL DEFAULT 'none'
            CHECK (penalty_kind IN ('none', 'fixed', 'percent_month', 'percent_day')),
        penalty_rate TEXT NOT NULL DEFAULT '0' CHECK {_rate('penalty_rate')},
        penalty_rp INTEGER NOT NULL DEFAULT 0 CHECK {_rupiah('penalty_rp')},
        grace_days INTEGER NOT NULL DEFAULT 0 CHECK (grace_days BETWEEN 0 AND 365),
        tanggung_renteng INTEGER NOT NULL DEFAULT 0 CHECK (tanggung_renteng IN (0, 1))"""
_PENALTY_CHECKS = """
        CHECK (penalty_kind IN ('percent_month', 'percent_day') OR penalty_rate = '0'),
        CHECK (penalty_kind = 'fixed' OR penalty_rp = 0)"""

# Columns of a loan fixed at application; only first_due may move, at disbursement.
_FIXED = (
    "id", "number", "member_id", "product_id", "business_id", "principal_rp", "periods",
    "method", "rate", "period", "rounding_unit_rp", "fee_rp", "fee_deducted", "withheld_rp",
    "penalty_kind", "penalty_rate", "penalty_rp", "grace_days", "tanggung_renteng",
    "applied_on", "applied_at", "applied_by",
)


def _immutable(table: str) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'lumbung: {table} cannot be changed'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'lumbung: {table} cannot be deleted'); END""",
    ]


STATEMENTS = [
    f"""CREATE TABLE loan_products (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        {_SCHEDULE_TERMS},
        interest_free INTEGER NOT NULL DEFAULT 0 CHECK (interest_free IN (0, 1)),
        min_periods INTEGER NOT NULL CHECK (min_periods BETWEEN 1 AND 360),
        max_periods INTEGER NOT NULL CHECK (max_periods BETWEEN min_periods AND 360),
        min_principal_rp INTEGER NOT NULL CHECK {_rupiah('min_principal_rp', 1)},
        max_principal_rp INTEGER NOT NULL CHECK {_rupiah('max_principal_rp', 1)},
        fee_kind TEXT NOT NULL DEFAULT 'none' CHECK (fee_kind IN ('none', 'percent', 'fixed')),
        fee_rate TEXT NOT NULL DEFAULT '0' CHECK {_rate('fee_rate')},
        fee_rp INTEGER NOT NULL DEFAULT 0 CHECK {_rupiah('fee_rp')},
        fee_deducted INTEGER NOT NULL DEFAULT 1 CHECK (fee_deducted IN (0, 1)),
        withhold_kind TEXT NOT NULL DEFAULT 'none' CHECK (withhold_kind IN ('none', 'percent', 'fixed')),
        withhold_rate TEXT NOT NULL DEFAULT '0' CHECK {_rate('withhold_rate')},
        withhold_rp INTEGER NOT NULL DEFAULT 0 CHECK {_rupiah('withhold_rp')},
        is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (max_principal_rp >= min_principal_rp),
        CHECK (interest_free = (rate = '0')),
        CHECK (fee_kind = 'percent' OR fee_rate = '0'),
        CHECK (fee_kind = 'fixed' OR fee_rp = 0),
        CHECK (withhold_kind = 'percent' OR withhold_rate = '0'),
        CHECK (withhold_kind = 'fixed' OR withhold_rp = 0),{_PENALTY_CHECKS})""",
    """CREATE TRIGGER loan_products_no_delete BEFORE DELETE ON loan_products
        BEGIN SELECT RAISE(ABORT, 'lumbung: loan products are never deleted, only deactivated'); END""",
    f"""CREATE TABLE loans (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
        product_id INTEGER NOT NULL REFERENCES loan_products (id) ON DELETE RESTRICT,
        business_id INTEGER REFERENCES businesses (id) ON DELETE RESTRICT,
        principal_rp INTEGER NOT NULL CHECK {_rupiah('principal_rp', 1)},
        periods INTEGER NOT NULL CHECK (periods BETWEEN 1 AND 360),
        first_due TEXT NOT NULL,
        {_SCHEDULE_TERMS},
        fee_rp INTEGER NOT NULL DEFAULT 0 CHECK {_rupiah('fee_rp')},
        fee_deducted INTEGER NOT NULL DEFAULT 1 CHECK (fee_deducted IN (0, 1)),
        withheld_rp INTEGER NOT NULL DEFAULT 0 CHECK {_rupiah('withheld_rp')},
        status TEXT NOT NULL DEFAULT 'applied'
            CHECK (status IN ('applied', 'approved', 'rejected', 'disbursed', 'written_off')),
        applied_on TEXT NOT NULL,
        applied_at TEXT NOT NULL,
        applied_by TEXT NOT NULL,
        decided_at TEXT,
        decided_by TEXT NOT NULL DEFAULT '',
        decision_note TEXT NOT NULL DEFAULT '',
        disbursed_on TEXT,
        disbursed_at TEXT,
        disbursed_by TEXT NOT NULL DEFAULT '',
        disbursement_entry_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        fee_entry_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        written_off_on TEXT,
        written_off_at TEXT,
        written_off_by TEXT NOT NULL DEFAULT '',
        write_off_entry_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        write_off_reason TEXT NOT NULL DEFAULT '',
        CHECK (fee_rp * fee_deducted + withheld_rp < principal_rp),
        CHECK ((status = 'applied') = (decided_at IS NULL)),
        CHECK ((status IN ('disbursed', 'written_off')) = (disbursement_entry_id IS NOT NULL)),
        CHECK ((status IN ('disbursed', 'written_off')) = (disbursed_on IS NOT NULL)),
        CHECK ((status = 'written_off') = (write_off_entry_id IS NOT NULL)),
        CHECK (status <> 'written_off' OR length(trim(write_off_reason)) > 0),{_PENALTY_CHECKS})""",
    "CREATE INDEX loans_member ON loans (member_id)",
    "CREATE INDEX loans_status ON loans (status)",
    """CREATE TRIGGER loans_no_delete BEFORE DELETE ON loans
        BEGIN SELECT RAISE(ABORT, 'lumbung: loans are never deleted'); END""",
    f"""CREATE TRIGGER loans_terms_fixed BEFORE UPDATE ON loans
        WHEN {' OR '.join(f'NEW.{c} IS NOT OLD.{c}' for c in _FIXED)}
            OR (NEW.first_due IS NOT OLD.first_due AND OLD.status <> 'approved')
        BEGIN SELECT RAISE(ABORT, 'lumbung: the terms of a loan cannot be changed'); END""",
    """CREATE TRIGGER loans_status_steps BEFORE UPDATE OF status ON loans
        WHEN NEW.status IS NOT OLD.status AND NOT (
            (OLD.status = 'applied' AND NEW.status IN ('approved', 'rejected'))
            OR (OLD.status = 'approved' AND NEW.status = 'disbursed')
            OR (OLD.status = 'disbursed' AND NEW.status = 'written_off'))
        BEGIN SELECT RAISE(ABORT, 'lumbung: a loan cannot go back to an earlier step'); END""",
    """CREATE TABLE loan_instalments (
        loan_id INTEGER NOT NULL REFERENCES loans (id) ON DELETE RESTRICT,
        number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 360),
        due_date TEXT NOT NULL,
        pokok_rp INTEGER NOT NULL CHECK (typeof(pokok_rp) = 'integer' AND pokok_rp > 0),
        jasa_rp INTEGER NOT NULL CHECK (typeof(jasa_rp) = 'integer' AND jasa_rp >= 0),
        PRIMARY KEY (loan_id, number))""",
    *_immutable("loan_instalments"),
    """CREATE TABLE loan_allocations (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES journal_entries (id) ON DELETE RESTRICT,
        loan_id INTEGER NOT NULL,
        instalment_number INTEGER NOT NULL,
        component TEXT NOT NULL CHECK (component IN ('denda', 'jasa', 'pokok')),
        amount_rp INTEGER NOT NULL CHECK (typeof(amount_rp) = 'integer' AND amount_rp > 0),
        FOREIGN KEY (loan_id, instalment_number) REFERENCES loan_instalments (loan_id, number)
            ON DELETE RESTRICT)""",
    "CREATE INDEX loan_allocations_loan ON loan_allocations (loan_id, entry_id)",
    "CREATE INDEX loan_allocations_entry ON loan_allocations (entry_id)",
    *_immutable("loan_allocations"),
    # Written-off loans are an expense of their own, so the year's report shows them apart.
    # OR IGNORE: a group may already have added an account with this code by hand.
    """INSERT OR IGNORE INTO accounts (code, name, kind, created_at) VALUES
        ('5-301', 'Beban penghapusan piutang', 'expense', datetime('now', 'localtime'))""",
]
