"""Version 15: moving in (app.opening).

- account 3-502 Selisih saldo awal: every opening entry balances against it, so it is 0 after
  an opening whose sides balance and holds the difference (explained) otherwise.
- opening_entries: the entries of the opening, one per kind, dated on the opening date.
- opening_draft: what the secretary typed or loaded, not yet posted (one row, JSON).
"""

STATEMENTS = [
    "INSERT INTO accounts (code, name, kind, created_at)"
    " VALUES ('3-502', 'Selisih saldo awal', 'equity', datetime('now', 'localtime'))",
    """CREATE TABLE opening_entries (
        entry_id INTEGER PRIMARY KEY REFERENCES journal_entries (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL)""",
    """CREATE TABLE opening_draft (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        payload TEXT NOT NULL,
        saved_at TEXT NOT NULL)""",
]
