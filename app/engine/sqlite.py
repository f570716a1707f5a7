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


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


class SqliteStore:
    """A SQLite book as tables of rows, for a whole-book copy between engines (app.bookmove).

    Read: a read-only connection in one read transaction, so every table comes from one state
    of the book. Written: a new file, migrated, emptied of what the migrations seeded, filled,
    checked and committed in one transaction; its rules (the triggers) are lifted for the fill
    and put back, word for word, before the commit."""

    def __init__(self, conn: sqlite3.Connection, shown: str) -> None:
        self.conn = conn
        self.shown = shown

    @classmethod
    def reader(cls, path) -> "SqliteStore":
        from app.db import connect_read_only

        conn = connect_read_only(path)
        conn.isolation_level = None
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        return cls(conn, str(path))

    @classmethod
    def writer(cls, path) -> "SqliteStore":
        return cls(sqlite3.connect(str(path), isolation_level=None), str(path))

    def schema_version(self) -> int:
        return SQLITE.schema_version(self.conn)

    def tables(self) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]

    def columns(self, table: str) -> list[str]:
        return [row[1] for row in self.conn.execute(f"PRAGMA table_info({_name(table)})")]

    def rows(self, table: str, columns: list[str]):
        return self.conn.execute(f"SELECT {', '.join(map(_name, columns))} FROM {_name(table)}")

    def one(self, sql: str, params=()):
        return self.conn.execute(sql, params).fetchone()

    def write(self, tables, check) -> None:
        """Make the book from `tables` ((table, columns, rows) in any order); `check(self)` reads
        it back before the commit and raises to keep nothing."""
        from app.migrations import apply_migrations

        conn = self.conn
        apply_migrations(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            rules = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
            for name, _ in rules:
                conn.execute(f"DROP TRIGGER {_name(name)}")
            for table in self.tables():
                conn.execute(f"DELETE FROM {_name(table)}")
            for table, columns, rows in tables:
                marks = ", ".join("?" * len(columns))
                conn.executemany(f"INSERT INTO {_name(table)} ({', '.join(map(_name, columns))}) VALUES ({marks})",
                                 rows)
            for _, sql in rules:
                conn.execute(sql)
            broken = conn.execute("PRAGMA foreign_key_check").fetchone()
            if broken:
                raise sqlite3.IntegrityError(f"a row of {broken[0]} refers to a missing row of {broken[2]}")
            check(self)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()
