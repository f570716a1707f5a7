"""Where the two engines differ, behind one small interface (peewee separates its database
classes the same way): app.engine.sqlite and app.engine.postgres each define an Engine, and
the book's database carries its own as `db.obj.engine`. Services call `current()` and never
ask which engine it is.

What stays plain SQL in services is the SQL both engines read alike: `?` placeholders (the
PostgreSQL book turns them into psycopg's), ISO dates as TEXT, integer rupiah. An upsert
through the models is peewee's `on_conflict(conflict_target=..., update=...)`, which both
engines speak (app.settings).
"""

from __future__ import annotations

from typing import Protocol


class Engine(Protocol):
    name: str

    def insert(self, db, sql: str, params) -> int:
        """Run one INSERT into a table with an `id` column; the new row's id."""

    def insert_many(self, db, sql: str, rows) -> None:
        """Run one INSERT for each row of parameters."""

    def insert_ignore(self, table: str, columns: tuple[str, ...]) -> str:
        """INSERT that does nothing when the row's key is already there."""

    def json_quote(self, expression: str) -> str:
        """An SQL expression: one value as JSON text (a string quoted and escaped), as SQLite's
        json_quote writes it."""

    def json_array(self, *expressions: str) -> str:
        """An SQL expression: the values as compact JSON text, byte for byte SQLite's json_array."""

    def concat_ordered(self, expression: str, order_by: tuple[str, ...], source: str) -> str:
        """An SQL expression: `expression` over the rows of `source`, joined in `order_by` order."""

    def json_ids(self, placeholder: str) -> str:
        """A subquery: the integers of a JSON array given as one parameter (`IN (…)` for a list
        too long for one placeholder each)."""

    def next_day(self, expression: str) -> str:
        """An SQL expression: the ISO date after the ISO date `expression`."""

    def snapshot(self, db):
        """A read-only transaction that sees one state of the book for all its statements and
        takes no write lock (a report off the GUI thread while the GUI thread writes)."""

    def serialize(self, db, what: str) -> None:
        """Wait, inside the caller's transaction, until no other transaction works on `what`
        (the audit chain's head, a cash account): read-check-write stays sound with several
        desktops on one book."""

    def schema_objects(self, conn) -> set[tuple[str, str]]:
        """("table", name) and ("trigger", name) of what the book's schema holds, on a
        connection with execute() (DB-API, or a reader over the book's database)."""

    def schema_version(self, conn) -> int:
        """How far the migrations have come (0: an empty database), on a DB-API connection."""

    def migrate(self, conn, number: int, statements: list[str]) -> None:
        """Run one migration's (SQLite-worded) statements and set the version, all or nothing."""


def is_url(book) -> bool:
    """Whether a book is named by a PostgreSQL address (else it is a SQLite file). Here, not in
    app.engine.postgres, so that opening a SQLite book never loads the PostgreSQL engine."""
    return isinstance(book, str) and book.startswith(("postgresql://", "postgres://"))


def current() -> Engine:
    from app.db import db

    return db.obj.engine
