"""Backups attacked as a killed process, a hostile file and a careless passphrase would attack
them (issue 13): the working copy, the manifest in the clear, scrypt's cost, the passphrase's
length, a book that fails its check."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import backup, cli, clock, members
from app.backup import BackupError
from app.backup.fileformat import MAGIC, SCRYPT_COST, write_backup
from app.db import close_book, open_book

ROOT = Path(__file__).resolve().parents[1]
SECRET_NAME = "Siti Rahasia Nurhaliza"


@pytest.fixture
def book(template_book, tmp_path) -> Path:
    """An open book, in a folder of its own, with one member whose name must not leak."""
    path = tmp_path / "buku" / "lumbung.sqlite"
    path.parent.mkdir()
    shutil.copy(template_book, path)
    open_book(path)
    members.add_member(members.MemberInput(name=SECRET_NAME, joined_on=clock.today()))
    yield path
    close_book()


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def working_copies(book: Path) -> list[Path]:
    return [p for p in book.parent.iterdir() if ".salinan-kerja-" in p.name]


def manifest_of(path: Path) -> dict:
    return json.loads(path.read_bytes()[len(MAGIC):].split(b"\n", 1)[0])


def rewritten(source: Path, target: Path, change) -> Path:
    """`source` with its manifest changed by `change(manifest)`, the checksum made right again:
    only what `change` did is wrong with it."""
    data = source.read_bytes()
    line_end = data.index(b"\n", len(MAGIC))
    payload = data[line_end + 1:]
    manifest = manifest_of(source)
    change(manifest)
    signed = {k: v for k, v in manifest.items() if k != "payload"}
    digest = hashlib.sha256(json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode())
    manifest["payload"]["sha256"] = digest.update(payload) or digest.hexdigest()
    target.write_bytes(MAGIC + json.dumps(manifest, sort_keys=True).encode() + b"\n" + payload)
    return target


# --- the working copy ---------------------------------------------------------------------------


def test_the_working_copy_is_beside_the_book_and_gone_afterwards(book, usb, tmp_path, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", None)  # read TMPDIR again
    seen = []

    def progress(label, done, total):
        seen.extend((p.name, stat.S_IMODE(p.stat().st_mode)) for p in working_copies(book))
        return True

    backup.create_backup(usb, passphrase="kunci desa", progress=progress)
    assert seen and all(name.startswith(".lumbung.sqlite.salinan-kerja-") and mode == 0o600 for name, mode in seen)
    assert working_copies(book) == [] and list(temp.iterdir()) == []


def test_a_failed_backup_leaves_no_working_copy(book, usb):
    with pytest.raises(BackupError):
        backup.create_backup(usb, progress=lambda label, done, total: label != "write")
    assert working_copies(book) == []


def _big_book(path: Path) -> None:
    """Ballast that zlib cannot shrink: the backup takes long enough to be killed mid-way."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE ballast (data BLOB)")
    for _ in range(24):
        conn.execute("INSERT INTO ballast VALUES (?)", (os.urandom(1 << 20),))
    conn.commit()
    conn.close()


def _kill_mid_backup(book: Path, usb: Path, temp: Path) -> list[Path]:
    """A real `lumbung backup --encrypt`, killed with SIGKILL once its working copy exists."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "LUMBUNG_PASSPHRASE": "kunci desa"}
    process = subprocess.Popen([sys.executable, "-m", "app.cli", "backup", "--db", str(book), "--to", str(usb),
                                "--encrypt"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    try:
        while not any(p.stat().st_size > 1 << 20 for p in working_copies(book) if p.exists()):
            assert process.poll() is None and time.monotonic() < deadline, "the backup ended before the kill"
            time.sleep(0.002)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    return working_copies(book)


def test_a_killed_encrypted_backup_leaves_nothing_plain_outside_the_books_folder(book, usb, tmp_path):
    close_book()
    _big_book(book)
    temp = tmp_path / "temp"
    temp.mkdir()
    left = _kill_mid_backup(book, usb, temp)
    assert list(temp.iterdir()) == []  # nothing at all in the temp folder
    assert left and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left)
    for path in usb.iterdir():  # at most the encrypted .part
        data = path.read_bytes()
        assert b"SQLite format 3" not in data and SECRET_NAME.encode() not in data
    # the next backup removes what the killed one left, and leaves nothing itself
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "LUMBUNG_PASSPHRASE": "kunci desa"}
    done = subprocess.run([sys.executable, "-m", "app.cli", "backup", "--db", str(book), "--to", str(usb),
                           "--encrypt"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert working_copies(book) == [] and list(temp.iterdir()) == []
    assert [p.suffix for p in usb.iterdir()] == [".lumbung"]


def test_opening_the_book_removes_a_killed_runs_copy(book, usb):
    close_book()
    stale = book.with_name(".lumbung.sqlite.salinan-kerja-abc123.tmp")
    stale.write_bytes(book.read_bytes())
    stale.with_name(stale.name + "-journal").write_bytes(b"x")
    other = book.with_name(".lain.sqlite.salinan-kerja-abc123.tmp")  # another book's: not ours to remove
    other.write_bytes(b"x")
    open_book(book)
    assert working_copies(book) == [other]


# --- the manifest in the clear ------------------------------------------------------------------


def test_an_encrypted_manifest_says_only_what_chooses_a_backup(book, usb):
    made = backup.create_backup(usb, passphrase="kunci desa")
    manifest = manifest_of(made.path)
    assert set(manifest) == {"format", "app_version", "schema_version", "created_at", "group_name", "compression",
                             "encryption", "payload", "sealed"}
    line = made.path.read_bytes().split(b"\n", 2)[1]
    assert b"balances" not in line and b"members" not in line and b"book_check" not in line
    with pytest.raises(BackupError) as refused:
        backup.inspect_backup(made.path)
    assert refused.value.code == "passphrase_required" and refused.value.params["group_name"] == "UP2K PKK"
    info = backup.inspect_backup(made.path, "kunci desa")
    assert info.summary == made.summary and info.summary.members == 1 and info.book_check == ()


def test_a_plain_manifest_keeps_its_summary(book, usb):
    made = backup.create_backup(usb)
    assert manifest_of(made.path)["summary"]["members"] == 1


def test_a_changed_sealed_part_is_refused(book, usb, tmp_path):
    made = backup.create_backup(usb, passphrase="kunci desa")

    def change(manifest):
        sealed = bytearray(base64.b64decode(manifest["sealed"]))
        sealed[5] ^= 1
        manifest["sealed"] = base64.b64encode(bytes(sealed)).decode()

    with pytest.raises(BackupError) as refused:
        backup.restore_backup(rewritten(made.path, tmp_path / "x.lumbung", change), "kunci desa")
    assert refused.value.code == "checksum_mismatch"


def test_a_format_1_backup_with_its_summary_in_the_clear_still_restores(book, usb, tmp_path):
    made = backup.create_backup(usb)

    def older(manifest):
        manifest["format"] = 1
        del manifest["group_name"], manifest["book_check"]

    result = backup.restore_backup(rewritten(made.path, tmp_path / "lama.lumbung", older))
    assert result.summary == made.summary


# --- scrypt's cost ------------------------------------------------------------------------------


@pytest.mark.parametrize("cost", [{"n": 2**20}, {"n": 2**20, "r": 32}, {"p": 16}, {"n": 2**14}, {"n": 2.0**15},
                                  {"r": True}])
def test_a_crafted_scrypt_cost_is_refused_before_deriving(book, usb, tmp_path, cost, monkeypatch):
    made = backup.create_backup(usb, passphrase="kunci desa")
    crafted = rewritten(made.path, tmp_path / "mahal.lumbung", lambda m: m["encryption"].update(cost))
    monkeypatch.setattr("app.backup.fileformat.Scrypt", None)  # deriving would raise TypeError
    started = time.monotonic()
    with pytest.raises(BackupError) as refused:
        backup.restore_backup(crafted, "kunci desa")
    assert refused.value.code == "checksum_mismatch" and time.monotonic() - started < 1


def test_the_cost_lumbung_writes_is_accepted(book, usb):
    made = backup.create_backup(usb, passphrase="kunci desa")
    assert {k: manifest_of(made.path)["encryption"][k] for k in "nrp"} == SCRYPT_COST


# --- the passphrase ----------------------------------------------------------------------------


@pytest.mark.parametrize("passphrase", ["a", "kunci", "1234567", "  abc  "])
def test_a_short_passphrase_is_refused_for_a_new_backup(book, usb, passphrase):
    with pytest.raises(BackupError) as refused:
        backup.create_backup(usb, passphrase=passphrase)
    assert refused.value.code == "passphrase_short" and refused.value.params == {"minimum": 8}
    assert list(usb.iterdir()) == []


def test_eight_characters_are_enough(book, usb):
    assert backup.create_backup(usb, passphrase="12345678").encrypted


def test_a_restore_takes_the_short_passphrase_an_older_lumbung_accepted(book, usb, tmp_path):
    made = backup.create_backup(usb)
    manifest = manifest_of(made.path)
    old = tmp_path / "lama.lumbung"
    clear = {k: manifest[k] for k in ("schema_version", "created_at", "group_name")}
    details = {"summary": manifest["summary"], "book_check": []}
    copy = tmp_path / "salinan.sqlite"
    close_book()
    copy.write_bytes(book.read_bytes())
    open_book(book)
    with open(copy, "rb") as plain, open(old, "wb") as out:
        write_backup(out, plain, copy.stat().st_size, clear, details, "k")
    assert backup.restore_backup(old, "k").summary == made.summary


def test_the_command_line_says_why_a_short_passphrase_is_refused(book, usb, monkeypatch, capsys):
    close_book()
    monkeypatch.setenv("LUMBUNG_PASSPHRASE", "kunci")
    assert cli.main(["backup", "--db", str(book), "--to", str(usb), "--encrypt"]) == 1
    assert "Kata sandi terlalu pendek: paling sedikit 8 huruf" in capsys.readouterr().err
    assert list(usb.iterdir()) == []


# --- a book that fails its check ---------------------------------------------------------------


def _unbalance(book: Path) -> None:
    """An entry of one posting, added outside Lumbung."""
    conn = sqlite3.connect(book)
    conn.execute("INSERT INTO journal_entries (entry_date, description, entered_at, entered_by)"
                 " VALUES ('2026-08-17', 'dari luar', '2026-08-17 10:00:00', 'x')")
    conn.execute("INSERT INTO postings (entry_id, account_id, entry_date, amount_rp)"
                 " VALUES (last_insert_rowid(), 1, '2026-08-17', 1000)")
    conn.commit()
    conn.close()


PROBLEMS = ("entries_without_postings", "entries_unbalanced", "trial_balance_not_zero")


@pytest.mark.parametrize("passphrase", [None, "kunci desa"])
def test_a_book_that_fails_its_check_is_backed_up_with_the_warning(book, usb, passphrase):
    close_book()
    _unbalance(book)
    open_book(book)
    made = backup.create_backup(usb, passphrase=passphrase)
    assert made.book_check == PROBLEMS
    assert backup.inspect_backup(made.path, passphrase).book_check == PROBLEMS
    if passphrase is None:
        assert manifest_of(made.path)["book_check"] == list(PROBLEMS)


def test_the_command_line_warns_of_a_book_that_fails_its_check(book, usb, monkeypatch, capsys):
    close_book()
    _unbalance(book)
    assert cli.main(["backup", "--db", str(book), "--to", str(usb)]) == 0
    close_book()
    out = capsys.readouterr().out
    assert "Cadangan selesai" in out and "PERHATIAN: pemeriksaan buku menemukan masalah" in out
    assert "ada jurnal yang debit dan kreditnya tidak sama" in out
    monkeypatch.setattr("builtins.input", lambda prompt: "tidak")
    assert cli.main(["restore", str(next(usb.iterdir())), "--db", str(book)]) == 1
    close_book()
    assert "PERHATIAN: buku di cadangan ini gagal pemeriksaan" in capsys.readouterr().out


def test_a_sound_book_is_backed_up_without_a_warning(book, usb, capsys):
    close_book()
    assert cli.main(["backup", "--db", str(book), "--to", str(usb)]) == 0
    close_book()
    assert "PERHATIAN" not in capsys.readouterr().out
