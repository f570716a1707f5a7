"""`lumbung verify --db BOOK`: an examiner's check of the audit chain, from a terminal. Read-only
(nothing written, no lock taken, no migration), no sign-in; exit 0 clean, 1 found, 2 wrong use."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.db import close_book, open_book
from app.migrations import apply_migrations

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def village(demo_template, tmp_path) -> Path:
    path = tmp_path / "desa.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture(autouse=True)
def _closed():
    yield
    close_book()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["verify", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def edit_an_amount(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER postings_no_update")
        (entry,) = conn.execute("SELECT id FROM journal_entries WHERE reverses_id IS NULL AND reversed_by_id IS NULL"
                                " ORDER BY id LIMIT 1 OFFSET 40").fetchone()
        conn.execute("UPDATE postings SET amount_rp = amount_rp + 1000 WHERE id ="
                     " (SELECT min(id) FROM postings WHERE entry_id = ?)", (entry,))
        conn.commit()
        return entry
    finally:
        conn.close()


def test_a_clean_book_exits_0_with_one_summary_line(village, capsys):
    code, out, err = run(capsys, "--db", str(village))
    assert code == 0 and err == ""
    line, anchor = out.splitlines()
    assert line.startswith("Buku bersih: ") and "transaksi diperiksa" in line
    assert anchor.startswith("Sidik rantai: #") and "--anchor #" in anchor


def test_the_anchor_of_an_earlier_check_is_checked(village, capsys):
    _, out, _ = run(capsys, "--db", str(village))
    anchor = out.splitlines()[1].split()[2]
    assert run(capsys, "--db", str(village), "--anchor", anchor)[0] == 0
    record, digest = anchor.split("-")
    code, out, _ = run(capsys, "--db", str(village), "--anchor", f"{record}-{'0' * 16}")
    assert code == 1 and out.startswith(f"catatan audit {record}: tidak cocok dengan sidik rantai")
    with pytest.raises(SystemExit) as wrong:
        run(capsys, "--db", str(village), "--anchor", "sidik")
    assert wrong.value.code == 2 and "#822-3f2a9c01d4e5b6a7" in capsys.readouterr().err


def test_an_edited_amount_exits_1_naming_the_entry(village, capsys):
    entry = edit_an_amount(village)
    code, out, _ = run(capsys, "--db", str(village))
    assert code == 1
    lines = out.splitlines()
    assert "Pengaman baris transaksi (yang mencegahnya diubah atau dihapus) dibuang di luar Lumbung." in lines
    assert any(line.startswith(f"JU-{entry}: transaksi ini diubah di luar Lumbung") for line in lines)
    assert lines[-2].startswith("Ditemukan 2 masalah: ")
    assert lines[-1].startswith("Sidik rantai sekarang: #") and "Jangan dicatat sebagai acuan" in lines[-1]


def test_a_deleted_audit_record_is_named(village, capsys):
    conn = sqlite3.connect(village)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM audit_log WHERE id = 300")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", str(village))
    assert code == 1
    assert "catatan audit #301: catatan audit sebelumnya (#300) dihapus di luar Lumbung." in out.splitlines()


def test_the_audit_table_dropped(village, capsys):
    conn = sqlite3.connect(village)
    conn.execute("DROP TABLE audit_log")
    conn.close()
    code, out, _ = run(capsys, "--db", str(village))
    assert code == 1
    assert out.splitlines()[0] == "Tabel catatan audit (audit_log) tidak ada: dihapus di luar Lumbung."


def test_it_writes_nothing_and_needs_no_lock(village, capsys):
    before = village.read_bytes()
    open_book(village)  # Lumbung has the book open (and locked) meanwhile
    try:
        code, _, _ = run(capsys, "--db", str(village))
    finally:
        close_book()
    assert code == 0
    close_book()
    after_open = village.read_bytes()  # what the app itself wrote on open is not the command's
    code, _, _ = run(capsys, "--db", str(village))
    assert code == 0
    assert village.read_bytes() == after_open
    assert sorted(p.name for p in village.parent.iterdir()) == ["desa.sqlite"]
    assert before[:16] == after_open[:16]


def test_an_old_book_is_said_so_and_left_unmigrated(tmp_path, capsys):
    path = tmp_path / "lama.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    apply_migrations(conn, 17)
    conn.close()
    code, out, err = run(capsys, "--db", str(path))
    assert code == 1 and out == ""
    assert "masih versi 17, dari sebelum ada jejak audit" in err
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 17
    conn.close()


def test_wrong_use_exits_2(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "tidak-ada.sqlite"))
    assert code == 2 and "tidak ada" in err
    assert not (tmp_path / "tidak-ada.sqlite").exists()  # never created
    not_a_book = tmp_path / "catatan.txt"
    not_a_book.write_text("bukan buku")
    code, _, err = run(capsys, "--db", str(not_a_book))
    assert code == 2 and "bukan buku Lumbung" in err
    code, _, err = run(capsys, "--db", str(tmp_path))
    assert code == 2 and "folder" in err
    with pytest.raises(SystemExit) as wrong:
        cli.main(["verify", "--apa"])
    assert wrong.value.code == 2


def test_lumbung_hands_verify_over_before_qt_starts(village):
    entry = edit_an_amount(village)
    done = subprocess.run([sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())",
                           "verify", "--db", str(village)], cwd=ROOT, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "minimal-not-there"})
    assert done.returncode == 1, done.stderr
    assert f"JU-{entry}: transaksi ini diubah di luar Lumbung" in done.stdout
