"""Version 11: a member's leavings and returns are kept (member_events).

"Tandai keluar" records a row ('left'); a leaving with no settlement can be undone, which records
another ('returned') with the reason. A leaving through the settlement (app.leaving.settle) keeps
its entry. Rows are never changed or deleted: the history reads left → returned → left ...
"""

STATEMENTS = [
    """CREATE TABLE member_events (
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
        what TEXT NOT NULL CHECK (what IN ('left', 'returned')),
        "on" TEXT NOT NULL,
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        settlement_entry_id INTEGER REFERENCES journal_entries (id) ON DELETE RESTRICT,
        CHECK (what = 'left' OR (reason <> '' AND settlement_entry_id IS NULL)))""",
    "CREATE INDEX member_events_member ON member_events (member_id, id)",
    """CREATE TRIGGER member_events_no_update BEFORE UPDATE ON member_events
        BEGIN SELECT RAISE(ABORT, 'lumbung: member_events cannot be changed'); END""",
    """CREATE TRIGGER member_events_no_delete BEFORE DELETE ON member_events
        BEGIN SELECT RAISE(ABORT, 'lumbung: member_events cannot be deleted'); END""",
]
