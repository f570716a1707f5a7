"""Version 18: officers, roles and the audit trail (app.access, app.audit).

- users: the group's officers once sign-in is turned on; roles as comma-separated codes
  (app.access.roles.ROLES), the password as a salted scrypt hash, the lockout counters.
- audit_log: append-only; every change that is not a journal entry, and every journal entry
  (linked by entry_id), each record carrying the hash of the one before it and its own, so an
  edit or a deletion made to the file outside Lumbung is found (app.audit.verify).
"""

STATEMENTS = [
    """CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        roles TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_count INTEGER NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
        locked_until TEXT,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '{}',
        entry_id INTEGER REFERENCES journal_entries (id) ON DELETE RESTRICT,
        member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE)""",
    "CREATE INDEX audit_log_entry ON audit_log (entry_id)",
    "CREATE INDEX audit_log_member ON audit_log (member_id)",
    "CREATE INDEX audit_log_at ON audit_log (at)",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'lumbung: the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'lumbung: the audit log is append-only'); END""",
]
