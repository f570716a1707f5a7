"""PostgreSQL: one book shared by the desktops of an office, on a server the office runs.

The book's database (PgBookDatabase) reads the services' SQL as the SQLite book does: `?`
placeholders, dates as ISO text, integer rupiah, a refused write a Rejected. Its tables carry
the same triggers as SQLite's (app.engine.pg_schema), so the rules hold for every role, the
database owner's too.

Several desktops at once: transactions run READ COMMITTED, as PostgreSQL's default. The
counters (member and receipt numbers) are rows updated in the document's transaction, so a
second desktop waits on the row lock and takes the next number: no duplicate, no gap. Where a
service reads, checks and then writes something another desktop may be writing too (the audit
chain's head, a cash account's balance), it asks serialize() first: a transaction-scoped
advisory lock, held to commit. SERIALIZABLE would refuse those same collisions after the fact
and need every service wrapped in a retry loop; the locks make the second desktop wait instead.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import peewee
import psycopg
from peewee import PostgresqlDatabase
from psycopg.adapt import Dumper
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.numeric import NumericLoader

from app.engine import pg_schema
from app.errors import BookError, Rejected

# Every session of a book: no JIT compilation. A report's sums over a district book cost enough
# to trigger it, and compiling took longer than the query (trial balance 358 ms with, 168 without).
SESSION = "-c jit=off"
OLDEST_SERVER = 150000  # PostgreSQL 15: MERGE, ICU collations per column, what the tests run on
SCHEMA_TABLE = "lumbung_schema"


def shown(url: str) -> str:
    """The address without its password (in the user part or as ?password=): what messages,
    the title bar and BookInfo name."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)
    if len(host) == 2:
        host = [host[0].split(":", 1)[0], host[1]]
    query = parts.query
    if "password" in dict(parse_qsl(query)):
        query = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "password"], safe="/")
    return urlunsplit((parts.scheme, "@".join(host), parts.path, query, ""))


def with_password(url: str, password: str) -> str:
    """The address with this password in its user part, for one connection: she types it each
    time she opens the book (Lumbung never stores it), and shown() leaves it out."""
    parts = urlsplit(url)
    who, _, host = parts.netloc.rpartition("@")
    netloc = f"{who.split(':', 1)[0]}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def folder_name(url: str) -> str:
    """The database's name (libpq's default: the user's), as a folder name on any system."""
    params = conninfo_to_dict(url)
    name = params.get("dbname") or params.get("user") or "lumbung"
    return re.sub(r"[^\w.-]", "_", name).strip(".") or "lumbung"


_QUOTED = re.compile(r"""('[^']*'|"[^"]*")""")  # a string or a quoted name ('' inside: two in a row)
_PLACEHOLDER = re.compile(r"\?(\d*)")
# SQLite's join-order hint: `CROSS JOIN t [alias] ON …` is an inner join that SQLite does not
# reorder. PostgreSQL reads CROSS JOIN without ON only, and orders joins itself.
_CROSS_JOIN_ON = re.compile(r"\bCROSS\s+JOIN(?=\s+\w+(?:\s+\w+)?\s+ON\b)", re.IGNORECASE)


@lru_cache(maxsize=1024)
def translated(sql: str) -> tuple[str, tuple[int, ...] | None]:
    """The services' SQLite-worded SQL as psycopg takes it, and the order of the parameters:
    `?` placeholders as %s and a literal % doubled; SQLite's numbered `?N` (one parameter used
    more than once) as %s too, with the parameters' positions to pass in their order (None:
    as given); `CROSS JOIN t ON` as JOIN. Quoted text is left alone."""
    out, order, plain = [], [], False
    for i, part in enumerate(_QUOTED.split(sql)):
        if i % 2:  # quoted
            out.append(part.replace("%", "%%"))
            continue
        part = _CROSS_JOIN_ON.sub("JOIN", part.replace("%", "%%"))

        def placeholder(match):
            nonlocal plain
            if match.group(1):
                order.append(int(match.group(1)) - 1)
            else:
                plain = True
            return "%s"

        out.append(_PLACEHOLDER.sub(placeholder, part))
    if order and plain:
        raise ValueError(f"numbered and plain ? placeholders mixed: {sql}")
    return "".join(out), tuple(order) if order else None


def pyformat(sql: str) -> str:
    """`?` placeholders as psycopg's %s, and a literal % doubled; quoted text left alone."""
    return translated(sql)[0]


def _ordered(params, order: tuple[int, ...] | None):
    return params if order is None or params is None else tuple(params[i] for i in order)


class _IsoText(Dumper):
    """Dates and times as the ISO text SQLite's book holds (the columns are TEXT)."""

    oid = 0  # unknown: the column says what it is

    def dump(self, obj):
        return (obj.isoformat(sep=" ") if hasattr(obj, "hour") else obj.isoformat()).encode()


class _BoolAsInt(Dumper):
    """Truth as 0/1, the way the (SQLite-born) 0/1 columns hold it."""

    oid = 20  # int8

    def dump(self, obj):
        return b"1" if obj else b"0"


class _WholeNumeric(NumericLoader):
    """SUM() over BIGINT is NUMERIC in PostgreSQL: money comes back as int, as on SQLite."""

    def load(self, data):
        value = super().load(data)
        return int(value) if value == value.to_integral_value() else value


def _adapt(adapters) -> None:
    from datetime import date, datetime

    adapters.register_dumper(date, _IsoText)
    adapters.register_dumper(datetime, _IsoText)
    adapters.register_dumper(bool, _BoolAsInt)
    adapters.register_loader("numeric", _WholeNumeric)  # a sum that is not whole (an average) stays Decimal


def _lock_key(what: str) -> int:
    """An advisory lock's number: the same for every desktop that names the same thing."""
    return int.from_bytes(hashlib.sha256(what.encode()).digest()[:8], "big", signed=True)


class PostgresEngine:
    name = "postgresql"

    def insert(self, db, sql: str, params) -> int:
        return db.execute_sql(sql + " RETURNING id", params).fetchone()[0]

    def insert_many(self, db, sql: str, rows) -> None:
        db.obj.execute_many(sql, rows)

    def insert_ignore(self, table: str, columns: tuple[str, ...]) -> str:
        return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
                " ON CONFLICT DO NOTHING")

    def json_quote(self, expression: str) -> str:
        return f"coalesce(to_json({expression})::text, 'null')"  # to_json writes a value as SQLite does

    def json_array(self, *expressions: str) -> str:
        # the commas without spaces, as SQLite's json_array
        return f"('[' || concat_ws(',', {', '.join(self.json_quote(e) for e in expressions)}) || ']')"

    def concat_ordered(self, expression: str, order_by: tuple[str, ...], source: str) -> str:
        order = ", ".join(f"{key} NULLS FIRST" for key in order_by)  # SQLite sorts NULL first
        return f"(SELECT coalesce(string_agg({expression}, '' ORDER BY {order}), '') FROM {source})"

    def json_ids(self, placeholder: str) -> str:
        return f"SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST({placeholder} AS json))"

    def next_day(self, expression: str) -> str:
        return f"to_char(CAST({expression} AS date) + 1, 'YYYY-MM-DD')"

    def snapshot(self, db):
        # READ COMMITTED (the default) gives each statement its own snapshot; REPEATABLE READ
        # one for the whole transaction, and a reader never waits for a writer.
        return db.transaction("REPEATABLE READ")

    def serialize(self, db, what: str) -> None:
        db.execute_sql("SELECT pg_advisory_xact_lock(?)", (_lock_key(what),))

    def schema_objects(self, conn) -> set[tuple[str, str]]:
        # a trigger is named as on SQLite (app.engine.pg_schema); its function bears the name too
        return {(kind, name) for kind, name in conn.execute(
            "SELECT 'table', tablename::text FROM pg_tables WHERE schemaname = current_schema()"
            " UNION ALL SELECT 'trigger', t.tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal")}

    # The schema's version: one row in lumbung_schema (PostgreSQL has no PRAGMA user_version).
    # `conn` is peewee's, in autocommit: a transaction is asked for explicitly.
    def schema_version(self, conn: psycopg.Connection) -> int:
        # pg_tables, read in the statement's snapshot (to_regclass's catalog cache may not have
        # seen a table another desktop's migration just made)
        if not conn.execute("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = %s",
                            (SCHEMA_TABLE,)).fetchone():
            return 0
        return conn.execute(f"SELECT version FROM {SCHEMA_TABLE}").fetchone()[0]

    def migrate(self, conn: psycopg.Connection, number: int, statements: list[str]) -> None:
        """One migration and its version in one transaction (PostgreSQL's DDL is transactional).
        Two desktops opening a new book at once: the second waits for the first's migration
        and then finds it done."""
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key("migrations"),))
            if self.schema_version(conn) >= number:
                return
            if number == 1:
                for statement in pg_schema.PREAMBLE:
                    conn.execute(statement)
            for statement in statements:
                for translated in pg_schema.translate(statement):
                    conn.execute(translated)
            conn.execute(f"UPDATE {SCHEMA_TABLE} SET version = %s", (number,))


POSTGRES = PostgresEngine()


class PgBookDatabase(PostgresqlDatabase):
    engine = POSTGRES

    def __init__(self, url: str) -> None:
        super().__init__(url, prefer_psycopg3=True, options=SESSION)
        self.url = url  # its password too: a backup's copy connects with it (never shown or logged)
        self.shown = shown(url)

    def documents_root(self) -> Path:
        """No file here to keep documents beside: a folder of this desktop's user's documents
        named after the database (Documents/Lumbung/lumbung_desa), the same at every opening."""
        from platformdirs import user_documents_path

        return user_documents_path() / "Lumbung" / folder_name(self.database)

    def _connect(self):
        conn = super()._connect()
        _adapt(conn.adapters)
        return conn

    def _forget_lost(self) -> None:
        """The server went away (restarted, cable pulled): the statement that found it out was
        refused (book.connection_lost) and its transaction is gone on the server; the next
        one, outside any transaction, connects again."""
        if not self.is_closed() and self._state.conn.closed and not self.in_transaction():
            self._state.reset()

    # BEGIN, COMMIT and ROLLBACK are peewee's own calls, not execute_sql: refused alike, and a
    # ROLLBACK on a connection the server has dropped connects nowhere (nothing to undo there).
    def begin(self, *args, **kwargs):
        try:
            super().begin(*args, **kwargs)
        except peewee.DatabaseError as exc:
            raise _refusal(exc, self.shown) from exc

    def commit(self):
        """A COMMIT refused as any statement is. Lost on the way back (book.connection_lost), it
        may have been saved all the same: a Setoran's attempt token finds it (app.collection)."""
        try:
            super().commit()
        except peewee.DatabaseError as exc:
            raise _refusal(exc, self.shown) from exc

    def rollback(self):
        conn = self._state.conn
        if conn is not None and not conn.closed:
            try:
                super().rollback()
                return
            except peewee.DatabaseError as exc:
                if not conn.closed:
                    raise _refusal(exc, self.shown) from exc
        self._state.reset()  # the server dropped the transaction with the connection

    def connection(self):
        self._forget_lost()
        return super().connection()

    def cursor(self, named_cursor=None):
        self._forget_lost()
        return super().cursor(named_cursor)

    def execute_sql(self, sql, params=None):
        # the services' SQL; peewee's own comes with %s already (and has parameters then)
        if "?" in sql or not params or ("CROSS JOIN" in sql and "%" not in sql):
            sql, order = translated(sql)
            params = _ordered(params, order)
        try:
            return super().execute_sql(sql, params or None)
        except peewee.DatabaseError as exc:
            raise _refusal(exc, self.shown) from exc

    def execute_many(self, sql: str, rows) -> None:
        """One statement for each row of parameters, refused as execute_sql refuses."""
        try:
            with self.cursor() as cursor:
                sql, order = translated(sql)
                cursor.executemany(sql, [_ordered(row, order) for row in rows])
        except psycopg.Error as exc:
            raise _refusal(exc, self.shown) from exc


def _refusal(exc: Exception, where: str) -> Rejected:
    """What the server refused under a service (peewee's error, or psycopg's own), in the
    SQLite book's codes; a connection lost (server down, cable pulled) is its own: the
    transaction is gone whole on the server."""
    if isinstance(exc, (peewee.IntegrityError, psycopg.IntegrityError)):
        issue = "book.refused"
    elif isinstance(exc, (peewee.OperationalError, psycopg.OperationalError)) and "connection" in str(exc).lower():
        issue = "book.connection_lost"
    else:
        issue = "book.failed"
    return Rejected.one("", issue, reason=str(exc).strip(), folder=where)


# What libpq says when it cannot connect, and the BookError code for it.
_CONNECT_FAILURES = (
    (re.compile(r"password authentication failed|no password supplied|role .* does not exist"), "pg_wrong_login"),
    (re.compile(r"database .* does not exist"), "pg_no_database"),
    (re.compile(r"permission denied|not permitted to log in"), "pg_no_permission"),
)


def _connect_error(exc: Exception, where: str) -> BookError:
    said = str(exc)
    for pattern, code in _CONNECT_FAILURES:
        if pattern.search(said):
            return BookError(code, where, reason=said.strip())
    return BookError("pg_unreachable", where, reason=said.strip())  # host unknown, server down, refused


def check_server(version: int, where: str) -> None:
    if version < OLDEST_SERVER:
        raise BookError("pg_too_old", where, version=f"{version // 10000}.{version % 10000}",
                        needed=OLDEST_SERVER // 10000)


def _connected(url: str) -> PgBookDatabase:
    """The database at `url`, connected, on a server new enough; BookError else."""
    database = PgBookDatabase(url)
    try:
        database.connect()
    except peewee.DatabaseError as exc:
        raise _connect_error(exc, database.shown) from exc
    try:
        check_server(database.connection().info.server_version, database.shown)
    except BaseException:
        database.close()
        raise
    return database


def open_for_reading(url: str) -> PgBookDatabase:
    """A book connected without changing it, no migration (`lumbung verify`); BookError
    "not_a_book" for a database that holds no Lumbung book. The caller closes it."""
    database = _connected(url)
    if POSTGRES.schema_version(database.connection()) == 0:
        database.close()
        raise BookError("not_a_book", database.shown)
    return database


def open_database(url: str) -> tuple[PgBookDatabase, bool]:
    """Connect, check the server and what the database holds, migrate; (database, whether the
    database was empty). The caller binds it (app.db.open_book)."""
    from app.migrations import LATEST_VERSION, apply_migrations

    database = _connected(url)
    where = database.shown
    try:
        conn = database.connection()
        tables = {row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
        if tables and SCHEMA_TABLE not in tables:  # another program's database: never write into it
            raise BookError("pg_not_lumbung", where, tables=", ".join(sorted(tables)[:5]))
        found = POSTGRES.schema_version(conn)
        if found > LATEST_VERSION:
            raise BookError("too_new", where, version=found, supported=LATEST_VERSION)
        try:
            apply_migrations(conn, engine=POSTGRES)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise BookError("pg_no_permission", where, reason=str(exc).strip()) from exc
        except psycopg.Error as exc:
            raise BookError("migration_failed", where, reason=str(exc).strip(), version=found) from exc
    except BaseException:
        database.close()
        raise
    return database, not tables


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


class PgStore:
    """A PostgreSQL book as tables of rows, for a whole-book copy between engines (app.bookmove).

    Read: one REPEATABLE READ, READ ONLY transaction (one state of the book, however busy the
    other desktops are). Written: into an empty database, in one transaction that migrates it,
    empties what the migrations seeded, fills it, checks it and commits; nothing is left behind
    when any step fails. The fill lifts the tables' own rules (ALTER TABLE … DISABLE TRIGGER
    USER, which the owner may do, inside the transaction: no other desktop ever sees a table
    without them) and checks the foreign keys at commit (they are DEFERRABLE, pg_schema)."""

    def __init__(self, conn: psycopg.Connection, shown_as: str) -> None:
        self.conn = conn
        self.shown = shown_as

    @classmethod
    def connect(cls, url: str, read_only: bool) -> "PgStore":
        where = shown(url)
        try:
            conn = psycopg.connect(url, autocommit=not read_only, options=SESSION)
        except psycopg.Error as exc:
            raise _connect_error(exc, where) from exc
        _adapt(conn.adapters)
        try:
            check_server(conn.info.server_version, where)
        except BookError:
            conn.close()
            raise
        if read_only:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
        return cls(conn, where)

    def schema_version(self) -> int:
        return POSTGRES.schema_version(self.conn)

    def tables(self) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            " AND table_type = 'BASE TABLE' AND table_name <> %s ORDER BY table_name", (SCHEMA_TABLE,))]

    def columns(self, table: str) -> list[str]:
        return [row[0] for row in self.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = %s ORDER BY ordinal_position", (table,))]

    def rows(self, table: str, columns: list[str]):
        cursor = self.conn.cursor(name=f"rows_of_{table}")  # on the server: a district book streams
        cursor.itersize = 5000
        cursor.execute(f"SELECT {', '.join(map(_name, columns))} FROM {_name(table)}")
        return cursor

    def one(self, sql: str, params=()):
        return self.conn.execute(pyformat(sql), params).fetchone()

    def write(self, tables, check) -> None:
        """Make the book from `tables` ((table, columns, rows) in any order) in this empty
        database; `check(self)` reads it back before the commit and raises to keep nothing.
        BookError move_target_not_empty when the database holds anything."""
        from app.migrations import LATEST_VERSION, apply_migrations

        conn = self.conn
        with conn.transaction():
            # a desktop opening this database meanwhile waits here, then finds the whole book
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key("migrations"),))
            found = [row[0] for row in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")]
            if found:
                raise BookError("move_target_not_empty", self.shown, tables=", ".join(sorted(found)[:5]))
            apply_migrations(conn, LATEST_VERSION, engine=POSTGRES)
            names = self.tables()
            for table in names:
                conn.execute(f"ALTER TABLE {_name(table)} DISABLE TRIGGER USER")
            conn.execute(f"TRUNCATE {', '.join(map(_name, names))}")
            conn.execute("SET CONSTRAINTS ALL DEFERRED")
            for table, columns, rows in tables:
                with conn.cursor().copy(f"COPY {_name(table)} ({', '.join(map(_name, columns))}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            conn.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the foreign keys, checked now (before
            for table in names:                               # the ALTER, which waits for none)
                conn.execute(f"ALTER TABLE {_name(table)} ENABLE TRIGGER USER")
            for table, column in conn.execute(
                    "SELECT table_name, column_name FROM information_schema.columns"
                    " WHERE table_schema = current_schema() AND is_identity = 'YES'").fetchall():
                # new rows take ids after the copied ones
                conn.execute(f"SELECT setval(pg_get_serial_sequence(%s, %s), coalesce(max({_name(column)}), 0) + 1,"
                             f" false) FROM {_name(table)}", (table, column))
            check(self)
        # A fresh bulk load has no planner statistics and no visibility map: without them the
        # reports' covering-index sums read the tables themselves (four times slower on a
        # district book) until autovacuum comes by.
        conn.execute("VACUUM (ANALYZE)")

    def close(self) -> None:
        self.conn.close()
