"""Version 5: receipts for anyone (a walk-in buyer of the group's businesses is no member), and
the inventaris register (DOMAIN.md: the PKK asset book).

SQLite cannot drop a NOT NULL, so `receipts` is rebuilt with the same rows, numbers and
triggers; a receipt names a member or, failing that, a party (`party_name`). Inventory items are
never deleted: an item given away or broken beyond repair is marked disposed with a date and
reason, and stays in the book.
"""

_RECEIPT_TRIGGERS = [
    """CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
        BEGIN SELECT RAISE(ABORT, 'lumbung: receipts cannot be deleted'); END""",
    """CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
        WHEN NOT (NEW.print_count > OLD.print_count
                  AND NEW.id IS OLD.id AND NEW.number IS OLD.number AND NEW.entry_id IS OLD.entry_id
                  AND NEW.member_id IS OLD.member_id AND NEW.party_name IS OLD.party_name
                  AND NEW.amount_rp IS OLD.amount_rp
                  AND NEW.issued_at IS OLD.issued_at AND NEW.issued_by IS OLD.issued_by)
        BEGIN SELECT RAISE(ABORT, 'lumbung: receipts cannot be changed'); END""",
]

STATEMENTS = [
    """CREATE TABLE receipts_v5 (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE CHECK (number GLOB 'KW/[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9][0-9][0-9]*'),
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,
        party_name TEXT NOT NULL DEFAULT '' CHECK (length(party_name) <= 200),
        amount_rp INTEGER NOT NULL CHECK (typeof(amount_rp) = 'integer' AND amount_rp > 0),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        print_count INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0),
        CHECK (member_id IS NOT NULL OR party_name <> ''))""",
    """INSERT INTO receipts_v5 (id, number, entry_id, member_id, amount_rp, issued_at, issued_by, print_count)
        SELECT id, number, entry_id, member_id, amount_rp, issued_at, issued_by, print_count FROM receipts""",
    "DROP TABLE receipts",  # the implicit DELETE of a DROP fires no trigger
    "ALTER TABLE receipts_v5 RENAME TO receipts",
    "CREATE INDEX receipts_member ON receipts (member_id)",
    *_RECEIPT_TRIGGERS,
    """CREATE TABLE inventory_items (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        origin TEXT NOT NULL DEFAULT '',
        acquired_on TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (typeof(quantity) = 'integer' AND quantity > 0),
        unit TEXT NOT NULL DEFAULT 'buah',
        value_rp INTEGER NOT NULL DEFAULT 0 CHECK (typeof(value_rp) = 'integer' AND value_rp >= 0),
        location TEXT NOT NULL DEFAULT '',
        condition TEXT NOT NULL DEFAULT 'baik' CHECK (condition IN ('baik', 'rusak_ringan', 'rusak_berat')),
        note TEXT NOT NULL DEFAULT '',
        disposed_on TEXT,
        disposed_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL)""",
    """CREATE TRIGGER inventory_items_no_delete BEFORE DELETE ON inventory_items
        BEGIN SELECT RAISE(ABORT, 'lumbung: inventory items are marked disposed, never deleted'); END""",
]
