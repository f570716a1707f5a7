"""Version 13: the Buku Inventaris is the ledger's 1-401, and its items depreciate.

- inventory_items gains the item's kind (furniture, tools, machine: its depreciation life), a
  life of its own (NULL: the policy's for its kind), the entry that brought it into 1-401 and
  the entry of its disposal. Items recorded before keep NULL entries: the register's
  reconciliation names them.
- accounts 1-402 Akumulasi penyusutan (contra asset), 3-501 Modal awal (what the group owned
  before the book started) and 5-206 Beban penyusutan. A code the group had taken already for
  an account of its own moves to x-9yy (its postings follow it: they point at the id).
- depreciation_runs (one per month or year posted, with its entry) and depreciation_lines (the
  amount of each item in it).
"""

_NEW = (("1-402", "Akumulasi penyusutan inventaris", "asset"), ("3-501", "Modal awal", "equity"),
        ("5-206", "Beban penyusutan", "expense"))

STATEMENTS = [
    *(f"UPDATE accounts SET code = substr(code, 1, 2) || '9' || substr(code, 4) WHERE code = '{code}'"
      for code, _, _ in _NEW),
    "INSERT INTO accounts (code, name, kind, created_at) VALUES "
    + ", ".join(f"('{code}', '{name}', '{kind}', datetime('now', 'localtime'))" for code, name, kind in _NEW),
    """ALTER TABLE inventory_items ADD COLUMN kind TEXT NOT NULL DEFAULT 'tools'
        CHECK (kind IN ('furniture', 'tools', 'machine'))""",
    """ALTER TABLE inventory_items ADD COLUMN life_years INTEGER
        CHECK (life_years IS NULL OR (typeof(life_years) = 'integer' AND life_years > 0))""",
    "ALTER TABLE inventory_items ADD COLUMN entry_id INTEGER REFERENCES journal_entries (id) ON DELETE RESTRICT",
    """ALTER TABLE inventory_items ADD COLUMN disposal_entry_id INTEGER
        REFERENCES journal_entries (id) ON DELETE RESTRICT""",
    "CREATE INDEX inventory_items_entry ON inventory_items (entry_id)",
    "CREATE INDEX inventory_items_disposal ON inventory_items (disposal_entry_id)",
    """CREATE TABLE depreciation_runs (
        id INTEGER PRIMARY KEY,
        period TEXT NOT NULL,
        period_end TEXT NOT NULL,
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE depreciation_lines (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES depreciation_runs (id) ON DELETE RESTRICT,
        item_id INTEGER NOT NULL REFERENCES inventory_items (id) ON DELETE RESTRICT,
        amount_rp INTEGER NOT NULL CHECK (typeof(amount_rp) = 'integer' AND amount_rp > 0))""",
    "CREATE INDEX depreciation_lines_item ON depreciation_lines (item_id)",
    """CREATE TRIGGER depreciation_runs_no_change BEFORE UPDATE ON depreciation_runs
        BEGIN SELECT RAISE(ABORT, 'lumbung: depreciation runs are reversed, never changed'); END""",
    """CREATE TRIGGER depreciation_runs_no_delete BEFORE DELETE ON depreciation_runs
        BEGIN SELECT RAISE(ABORT, 'lumbung: depreciation runs are reversed, never deleted'); END""",
    """CREATE TRIGGER depreciation_lines_no_delete BEFORE DELETE ON depreciation_lines
        BEGIN SELECT RAISE(ABORT, 'lumbung: depreciation lines are never deleted'); END""",
]
