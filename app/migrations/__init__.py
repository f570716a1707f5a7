"""Numbered schema migrations. Each module holds frozen SQL, written once in SQLite's words;
the PostgreSQL engine translates the few SQLite-only constructs (app.engine.pg_schema). The
book's schema version (PRAGMA user_version; a one-row table on PostgreSQL) says how far it has
come. A migration and its version bump commit together or not at all."""

from __future__ import annotations

import importlib

MIGRATIONS = ("m0001_ledger", "m0002_members", "m0003_loans", "m0004_receipts", "m0005_documents", "m0006_usaha",
              "m0007_cash_moves", "m0008_funds",
              "m0009_yearend", "m0010_storno", "m0011_member_events", "m0012_loans",
              "m0013_assets", "m0014_dates_types", "m0015_opening", "m0016_opening_core",
              "m0017_opening_loans", "m0018_access_audit", "m0019_member_keys", "m0020_member_version",
              "m0021_receipt_attempts")
LATEST_VERSION = len(MIGRATIONS)


def apply_migrations(conn, target: int = LATEST_VERSION, engine=None) -> int:
    """Bring the database (a DB-API connection of `engine`'s, SQLite by default) up to
    `target`; return the version it is at afterwards."""
    from app.engine.sqlite import SQLITE

    engine = engine or SQLITE
    version = engine.schema_version(conn)
    for number in range(version + 1, target + 1):
        module = importlib.import_module(f"app.migrations.{MIGRATIONS[number - 1]}")
        engine.migrate(conn, number, module.STATEMENTS)
        version = number
    return version
