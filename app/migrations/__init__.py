"""Numbered schema migrations. Each module holds frozen SQL; the book's PRAGMA user_version
says how far it has come. A migration and its version bump commit together or not at all."""

from __future__ import annotations

import importlib
import sqlite3

MIGRATIONS = ("m0001_ledger", "m0002_members", "m0003_loans", "m0004_receipts", "m0005_documents", "m0006_usaha",
              "m0007_cash_moves", "m0008_funds",
              "m0009_yearend", "m0010_storno", "m0011_member_events", "m0012_loans",
              "m0013_assets", "m0014_dates_types", "m0015_opening", "m0016_opening_core",
              "m0017_opening_loans", "m0018_access_audit", "m0019_member_keys")
LATEST_VERSION = len(MIGRATIONS)


def apply_migrations(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> int:
    """Bring the database up to `target`; return the version it is at afterwards."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version + 1, target + 1):
        module = importlib.import_module(f"app.migrations.{MIGRATIONS[number - 1]}")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in module.STATEMENTS:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # some errors (disk full, I/O) have rolled back already
                conn.execute("ROLLBACK")
            raise
        version = number
    return version
