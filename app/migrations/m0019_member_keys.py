"""Version 19: a key per member for the personal values the audit log keeps (app.audit.personal).

The audit log is append-only, yet the law (UU 27/2022) lets a member ask for her personal data
to be erased. So a member record's personal values (name, NIK, birth, phone, address) are
written to the log encrypted with her own key, kept here; erasing her deletes the key, and the
values in the log can no longer be read while the chain stays whole. This table is not guarded:
deleting a key is exactly what an erasure does.
"""

STATEMENTS = [
    """CREATE TABLE member_keys (
        member_id INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE RESTRICT,
        key BLOB NOT NULL CHECK (length(key) = 32))""",
]
