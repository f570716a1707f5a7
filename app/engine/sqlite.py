"""SQLite: the village's one file. Its SQL is the reference the PostgreSQL engine mirrors."""

from __future__ import annotations

import sqlite3


class SqliteEngine:
    name = "sqlite"

    def insert(self, db, sql: str, params) -> int:
        return db.execute_sql(sql, params).lastrowid

    def insert_many(self, db, sql: str, rows) -> None:
        db.cursor().executemany(sql, rows)

    def insert_ignore(self, table: str, columns: tuple[str, ...]) -> str:
        return f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"

    def json_quote(self, expression: str) -> str:
        return f"json_quote({expression})"

    def json_array(self, *expressions: str) -> str:
        return f"json_array({', '.join(expressions)})"

    def concat_ordered(self, expression: str, order_by: tuple[str, ...], source: str) -> str:
        # SQLite 3.40 (Debian 12) has no ORDER BY inside group_concat: an ordered subquery is
        # read in its order.
        return (f"(SELECT coalesce(group_concat(line, ''), '') FROM (SELECT {expression} AS line FROM {source}"
                f" ORDER BY {', '.join(order_by)}))")

    def json_ids(self, placeholder: str) -> str:
        return f"SELECT value FROM json_each({placeholder})"

    def next_day(self, expression: str) -> str:
        return f"date({expression}, '+1 day')"

    def snapshot(self, db):
        return db.transaction("DEFERRED")  # the first read takes the snapshot, no write lock

    def serialize(self, db, what: str) -> None:
        """Nothing to do: a write transaction (BEGIN IMMEDIATE) holds the whole file."""

    def schema_objects(self, conn) -> set[tuple[str, str]]:
        return {(kind, name) for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')")}

    # The schema's version: PRAGMA user_version, in the file's header.
    def schema_version(self, conn: sqlite3.Connection) -> int:
        return conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self, conn: sqlite3.Connection, number: int, statements: list[str]) -> None:
        """One migration and its version, committed together or not at all."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # some errors (disk full, I/O) have rolled back already
                conn.execute("ROLLBACK")
            raise


SQLITE = SqliteEngine()
