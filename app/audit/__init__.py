"""The audit trail (issue 15): an append-only, hash-chained log inside the book. Qt-free.

    log.py      record(kind, ...) appends one record; records(...) reads them, filtered
    chain.py    each record's hash; journal entries join the chain (their content hashed)
    verify.py   walks the chain and the entries: what was edited, deleted or added outside
                Lumbung, each finding naming the entry (JU-751) or the audit record

Every change that is not a journal entry is recorded by the service that makes it (member
edits with old and new values, products and settings, periods closed and reopened, SHU
decisions, users and roles, backups, restores, exports of personal data, sign-in failures),
in the same transaction as the change.
"""
