"""A book in PostgreSQL (issue 16): opening, refusing, and the rules the server keeps itself.

Every test runs against the real server tests/pg_server.py starts (skipped where PostgreSQL is
not installed)."""

from __future__ import annotations

import sqlite3
from datetime import date
from urllib.parse import urlsplit

import psycopg
import pytest

from app import ledger, members, settings
from app.db import close_book, open_book
from app.engine import postgres
from app.errors import BookError
from app.migrations import LATEST_VERSION
from ui.messages import book_error_text


def _refuses(url: str, code: str) -> BookError:
    with pytest.raises(BookError) as caught:
        open_book(url)
    assert caught.value.code == code
    assert "{" not in book_error_text(caught.value)  # worded, every parameter filled
    return caught.value


def test_an_empty_database_becomes_a_book_with_sqlites_tables_and_columns(pg_server, template_book):
    url = pg_server.create_database("fresh")
    info = open_book(url)
    close_book()
    assert (info.version, info.created, info.safety_copy) == (LATEST_VERSION, True, None)
    assert "kasir" not in info.path and info.path.startswith("postgresql://lumbung@")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM lumbung_schema").fetchall() == [(LATEST_VERSION,)]
        pg = {(t, c) for t, c in conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
            " AND table_name <> 'lumbung_schema'")}
        pg_triggers = {(r[0], r[1]) for r in conn.execute(
            "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal")}
        pg_indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}
    lite = sqlite3.connect(template_book)
    tables = [r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert pg == {(t, row[1]) for t in tables for row in lite.execute(f'PRAGMA table_info("{t}")')}
    assert pg_triggers == set(lite.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"))
    named = {r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    assert named <= pg_indexes  # every index made by name (PostgreSQL adds its keys' own)
    assert not open_book(url).created  # opened again: nothing to make
    close_book()


def test_a_database_holding_something_else_is_refused_and_left_alone(pg_server):
    url = pg_server.create_database("other_app")
    pg_server.execute("other_app", "CREATE TABLE invoices (id int)")
    error = _refuses(url, "pg_not_lumbung")
    assert error.params["tables"] == "invoices"
    with psycopg.connect(url) as conn:
        assert [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")] == ["invoices"]


def test_a_book_from_a_newer_lumbung_is_refused(pg_server, pg_template):
    url = pg_server.create_database("newer", template=pg_template)
    pg_server.execute("newer", "UPDATE lumbung_schema SET version = 99")
    assert _refuses(url, "too_new").params == {"version": 99, "supported": LATEST_VERSION}


def test_wrong_password_database_and_host_are_said_apart(pg_server):
    pg_server.create_database("kas_desa")
    _refuses(pg_server.url("kas_desa", "kasir", "salah"), "pg_wrong_login")
    _refuses(pg_server.url("kas_desa", "siapa"), "pg_wrong_login")  # no such user
    _refuses(pg_server.url("tidak_ada"), "pg_no_database")
    _refuses("postgresql://lumbung@server-kantor.invalid/kas_desa?connect_timeout=3", "pg_unreachable")
    _refuses(f"postgresql://lumbung@/kas_desa?host={pg_server.folder}/gone", "pg_unreachable")  # server down
    error = _refuses(pg_server.url("kas_desa", "kasir", "salah"), "pg_wrong_login")
    assert "salah" not in error.path  # the password is never shown


def test_a_role_that_may_not_create_tables_is_told_so(pg_server):
    pg_server.execute("postgres", "CREATE ROLE tamu LOGIN PASSWORD 'tamu'")
    pg_server.create_database("locked_down")
    pg_server.execute("locked_down", "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    _refuses(pg_server.url("locked_down", "tamu", "tamu"), "pg_no_permission")


def test_servers_older_than_15_are_refused():
    with pytest.raises(BookError) as caught:
        postgres.check_server(140011, "postgresql://x@kantor/buku")
    assert (caught.value.code, caught.value.params) == ("pg_too_old", {"version": "14.11", "needed": 15})
    assert "14.11" in book_error_text(caught.value)
    postgres.check_server(150000, "postgresql://x@kantor/buku")


def _owner(url):
    """The database's owner, straight at the server: no Lumbung in between."""
    return psycopg.connect(url, autocommit=True)


REFUSED_TO_THE_OWNER = [
    ("UPDATE postings SET amount_rp = 1", "posted postings cannot be changed"),
    ("DELETE FROM postings", "posted postings cannot be deleted"),
    ("UPDATE journal_entries SET description = 'lain'", "posted entries cannot be changed"),
    ("DELETE FROM journal_entries", "posted entries cannot be deleted"),
    ("DELETE FROM members", "members are never deleted"),
    ("UPDATE audit_log SET \"user\" = 'x'", "the audit log is append-only"),
    ("DELETE FROM audit_log", "the audit log is append-only"),
    ("UPDATE sequences SET last_value = 0", "counters only go forward"),
    # the CHECKs and UNIQUEs as translated: GLOB, NOCASE, the amount's range
    ("UPDATE members SET nik = '63080145069000AB'", "members_nik_check"),
    ("INSERT INTO businesses (name, created_at) VALUES ('BORDIR', '2026-08-17')", "businesses_name_key"),
    ("INSERT INTO postings (entry_id, account_id, entry_date, amount_rp)"
     " SELECT entry_id, account_id, entry_date, 0 FROM postings LIMIT 1", "postings_amount_rp_check"),
]


@pytest.mark.parametrize("sql, said", REFUSED_TO_THE_OWNER)
def test_the_server_itself_keeps_the_books_rules_even_for_the_owner(pg_book, sql, said):
    member = members.add_member(members.MemberInput(name="Siti Aminah", joined_on=date(2026, 1, 5)))
    ledger.post_entry(date(2026, 8, 1), "Setoran", [ledger.debit("1-101", 5000),
                                                    ledger.credit("3-102", 5000, member_id=member.id)])
    with _owner(pg_book) as conn:
        assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone() == (True,)
        with pytest.raises(psycopg.IntegrityError, match=said):  # a trigger's, a CHECK's, a UNIQUE's
            conn.execute(sql)


def test_a_closed_period_refuses_postings_at_the_server(pg_book):
    settings.record({"closed_through": "2026-06-30"})
    with _owner(pg_book) as conn, pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="closed"):
        conn.execute("INSERT INTO journal_entries (entry_date, description, entered_at, entered_by)"
                     " VALUES ('2026-06-30', 'x', '2026-08-17', 'x')")
    with _owner(pg_book) as conn:
        conn.execute("INSERT INTO journal_entries (entry_date, description, entered_at, entered_by)"
                     " VALUES ('2026-07-01', 'x', '2026-08-17', 'x')")


def test_a_reversal_link_is_the_one_change_an_entry_takes(pg_book):
    entry = ledger.post_entry(date(2026, 8, 1), "Setoran", [ledger.debit("1-101", 5000), ledger.credit("3-102", 5000)])
    with _owner(pg_book) as conn:
        with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
            conn.execute("UPDATE journal_entries SET reversed_by_id = id, description = 'lain' WHERE id = %s", (entry,))
    storno = ledger._reverse_entry(entry, "salah catat")
    assert ledger.get_entry(entry).reversed_by_id == storno


def test_lumbung_db_takes_an_address_as_it_is():
    from ui.main import _arguments

    assert _arguments(["--db", "postgresql://bendahara@kantor-desa/kas"]).db == "postgresql://bendahara@kantor-desa/kas"
    assert str(_arguments(["--db", "buku.sqlite"]).db) == "buku.sqlite"


def test_placeholders_become_psycopgs_and_quoted_text_is_left_alone():
    assert postgres.pyformat("SELECT code FROM accounts WHERE code LIKE '1-1%' AND id = ? AND \"user?\" = ?") == (
        "SELECT code FROM accounts WHERE code LIKE '1-1%%' AND id = %s AND \"user?\" = %s")


def test_the_address_shown_has_no_password():
    assert postgres.shown("postgresql://kasir:rahasia@kantor:5432/kas?sslmode=require") == (
        "postgresql://kasir@kantor:5432/kas?sslmode=require")


def test_a_connection_lost_mid_save_writes_nothing_and_the_next_save_connects_again(pg_server, pg_book):
    from app.db import db
    from app.errors import Rejected

    def post(memo: str) -> int:
        return ledger.post_entry(date(2026, 8, 1), "Setoran", [ledger.debit("1-101", 500, memo=memo),
                                                               ledger.credit("3-102", 500)])

    post("sebelum")
    book = urlsplit(pg_book).path.lstrip("/")
    with pytest.raises(Rejected) as caught, db.atomic():  # one save of two entries, cut between them
        post("pertama")
        pg_server.execute("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                      f" WHERE datname = '{book}'")  # the server restarted, the cable pulled
        post("kedua")
    assert caught.value.codes() == ["book.connection_lost"]
    post("lagi")
    assert [r[0] for r in db.execute_sql("SELECT memo FROM postings WHERE memo <> '' ORDER BY id")] == [
        "sebelum", "lagi"]


def test_two_desktops_opening_a_new_book_at_once_both_get_it(pg_server):
    from concurrent.futures import ThreadPoolExecutor

    url = pg_server.create_database("new_together")
    with ThreadPoolExecutor(2) as pool:
        opened = list(pool.map(lambda _: postgres.open_database(url), range(2)))
    for database, _ in opened:  # the second waited for the first's migrations, then found them done
        database.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM lumbung_schema").fetchall() == [(LATEST_VERSION,)]
        assert conn.execute("SELECT count(*) FROM accounts WHERE code = '1-101'").fetchone() == (1,)


def test_a_migration_that_fails_on_postgresql_leaves_nothing_behind(pg_server, monkeypatch):
    from app.migrations import m0002_members

    url = pg_server.create_database("half_way")
    monkeypatch.setattr(m0002_members, "STATEMENTS", [*m0002_members.STATEMENTS, "CREATE TABLE members (id int)"])
    _refuses(url, "migration_failed")
    with psycopg.connect(url) as conn:  # migration 1 stands whole; nothing of migration 2
        assert conn.execute("SELECT version FROM lumbung_schema").fetchall() == [(1,)]
        assert conn.execute("SELECT to_regclass('members'), to_regclass('businesses')").fetchone() == (None, None)


def test_a_posting_the_server_refuses_in_a_batch_is_a_refusal(pg_book):
    from app.db import db
    from app.engine import current
    from app.errors import Rejected

    entry = ledger.post_entry(date(2026, 8, 1), "Setoran", [ledger.debit("1-101", 5_000), ledger.credit("3-102", 5_000)])
    account = db.execute_sql("SELECT id FROM accounts WHERE code = '1-101'").fetchone()[0]
    with pytest.raises(Rejected) as caught, db.atomic():  # a posting dated apart from its entry
        current().insert_many(db, "INSERT INTO postings (entry_id, account_id, entry_date, amount_rp)"
                                  " VALUES (?, ?, ?, ?)", [(entry, account, "2026-08-02", 1)])
    assert caught.value.codes() == ["book.refused"]
    assert ledger.account_balance("1-101") == 5_000


def test_numbered_placeholders_and_sqlites_join_hint_are_translated():
    sql, order = postgres.translated(
        "SELECT a.id FROM loan_allocations a CROSS JOIN journal_entries e ON e.id = a.entry_id"
        " CROSS JOIN loan_instalments j ON j.loan_id = a.loan_id WHERE e.entry_date <= ?1 AND j.due_date < ?1"
        " AND a.loan_id = ?2 AND e.description <> 'CROSS JOIN x ON ?1'")
    assert sql == ("SELECT a.id FROM loan_allocations a JOIN journal_entries e ON e.id = a.entry_id"
                   " JOIN loan_instalments j ON j.loan_id = a.loan_id WHERE e.entry_date <= %s AND j.due_date < %s"
                   " AND a.loan_id = %s AND e.description <> 'CROSS JOIN x ON ?1'")
    assert order == (0, 0, 1)
    assert postgres.translated("SELECT 1 FROM a CROSS JOIN b WHERE x = ?") == ("SELECT 1 FROM a CROSS JOIN b WHERE x = %s", None)
    with pytest.raises(ValueError):
        postgres.translated("SELECT ?1, ?")


def test_a_literal_percent_without_parameters_reaches_the_server(pg_book):
    from app.db import db

    assert db.execute_sql("SELECT count(*) FROM accounts WHERE code LIKE '1-1%'").fetchone()[0] > 0
