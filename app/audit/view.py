"""What the Audit view reads: the records as filtered, or why they cannot be read (the table
dropped or damaged with a SQLite tool: the view says so instead of showing an empty list)."""

from __future__ import annotations

from datetime import date

from peewee import DatabaseError

from app.audit import log
from app.dates import checked
from app.db import db
from app.errors import Rejected

UNLESS_CHOSEN = ("entry",)  # kinds shown only when chosen in the filter


@checked
def read(kind: str | None = None, user: str | None = None, start: date | None = None, end: date | None = None,
         member_id: int | None = None) -> tuple[list[log.AuditRecord], str]:
    """(records, "") or ([], "audit.table_missing") when the audit log cannot be read. With no
    kind chosen the journal entries' records are left out: the Jurnal Umum lists those, and a
    year of them would drown the changes an examiner looks for."""
    try:
        return log.records(kind=kind, user=user, start=start, end=end, member_id=member_id,
                           without=() if kind else UNLESS_CHOSEN), ""
    except (DatabaseError, Rejected):  # Rejected: app.db refusing ("book.failed", no such table)
        return [], "audit.table_missing"


def users() -> list[str]:
    """Everyone named in the log, for the view's filter."""
    try:
        return sorted((row[0] for row in db.execute_sql("SELECT DISTINCT user FROM audit_log")), key=str.casefold)
    except (DatabaseError, Rejected):
        return []
