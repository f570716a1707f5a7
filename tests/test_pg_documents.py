"""A PostgreSQL book has no file here: its documents go to a folder of the user's documents named
after the database, and its address is shown without the password (issue 16)."""

from __future__ import annotations

from datetime import date

from app import savings
from app.db import documents_root
from app.documents.receipt import write_receipt
from app.engine import postgres
from loan_support import member


def test_a_kuitansi_from_a_postgresql_book_lands_in_its_documents_folder(pg_book, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Dokumen"))
    name = pg_book.split("?")[0].rsplit("/", 1)[1]
    assert documents_root() == tmp_path / "Dokumen" / "Lumbung" / name
    number = savings.deposit(member("Siti Aminah"), "sukarela", 25_000, date(2026, 8, 17)).receipt_number
    written = write_receipt(number)
    assert written == tmp_path / "Dokumen" / "Lumbung" / name / "kuitansi" / "KW-2026-000001.pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_the_address_is_shown_without_its_password_wherever_it_was_written():
    typed = "postgresql://pengurus@192.168.1.10/lumbung_desa"
    opened = postgres.with_password(typed, "r@hasia:desa/1")
    assert opened == "postgresql://pengurus:r%40hasia%3Adesa%2F1@192.168.1.10/lumbung_desa"
    assert postgres.shown(opened) == typed
    assert postgres.shown(typed + "?password=rahasia&sslmode=require") == typed + "?sslmode=require"
    assert postgres.folder_name(opened) == "lumbung_desa"
    assert postgres.folder_name("postgresql://pengurus@kantor/desa%20a%2Fb") == "desa_a_b"


def test_a_password_opens_the_book_and_is_kept_nowhere_it_shows(pg_server):
    from pg_server import PASSWORD, PASSWORD_ROLE

    from app.db import close_book, open_book

    pg_server.create_database("kas_kasir", owner=PASSWORD_ROLE)
    typed = pg_server.url("kas_kasir", PASSWORD_ROLE)
    info = open_book(postgres.with_password(typed, PASSWORD))
    try:
        assert info.path == typed and PASSWORD not in str(documents_root())
    finally:
        close_book()
