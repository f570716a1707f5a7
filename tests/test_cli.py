"""`lumbung backup` and `lumbung restore`: exit codes, one clear line per refusal, no window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.backup import BACKUP_CODES
from app.db import close_book, open_book
from app.models import Member


@pytest.fixture
def village(demo_template, tmp_path) -> Path:
    """The demo book, closed (the command opens it, as a separate `lumbung` would)."""
    path = tmp_path / "buku.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def _closed():
    yield
    close_book()


def niks(book: Path) -> list[str]:
    open_book(book)
    found = [m.nik for m in Member.select() if m.nik]
    close_book()
    return found


def run(*args: str) -> int:
    code = cli.main(list(args))
    close_book()  # as the process would on exit
    return code


def test_backup_then_restore(village, usb, capsys, monkeypatch):
    numbers = niks(village)
    assert run("backup", "--db", str(village), "--to", str(usb)) == 0
    out = capsys.readouterr()
    made = next(usb.glob("*.lumbung"))
    assert f"Cadangan selesai dan sudah diperiksa: {made}" in out.out
    assert "anggota: 40 (37 aktif)" in out.out and "transaksi terakhir:" in out.out
    monkeypatch.setattr("builtins.input", lambda prompt: "ya")
    assert run("restore", str(made), "--db", str(village)) == 0
    out2 = capsys.readouterr()
    assert "Buku dipulihkan" in out2.out and "sebelum-pulih" in out2.out
    everything = out.out + out.err + out2.out + out2.err
    assert not any(nik in everything for nik in numbers)


def test_restore_declined_changes_nothing(village, usb, monkeypatch, capsys):
    run("backup", "--db", str(village), "--to", str(usb))
    before = village.read_bytes()
    monkeypatch.setattr("builtins.input", lambda prompt: "")
    assert run("restore", str(next(usb.glob("*.lumbung"))), "--db", str(village)) == 1
    assert village.read_bytes() == before
    assert not list(village.parent.glob("*sebelum-pulih*"))


def test_encrypted_from_the_environment(village, usb, monkeypatch, capsys):
    monkeypatch.setenv("LUMBUNG_PASSPHRASE", "kunci desa")
    assert run("backup", "--db", str(village), "--to", str(usb), "--encrypt", "--keep", "1") == 0
    assert "terkunci kata sandi" in capsys.readouterr().out
    made = next(usb.glob("*.lumbung"))
    assert run("restore", str(made), "--db", str(village), "--yes") == 0
    monkeypatch.setenv("LUMBUNG_PASSPHRASE", "salah")
    assert run("restore", str(made), "--db", str(village), "--yes") == 1
    assert capsys.readouterr().err.strip().endswith(f"Kata sandi salah untuk cadangan {made}.")


def test_passphrase_typed_twice_must_match(village, usb, monkeypatch, capsys):
    answers = iter(["satu", "dua"])
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: next(answers))
    assert run("backup", "--db", str(village), "--to", str(usb), "--encrypt") == 1
    assert "tidak sama" in capsys.readouterr().err
    assert not list(usb.iterdir())


@pytest.mark.parametrize("args, message", [
    (("--to", "/tidak/ada"), "Tujuan /tidak/ada tidak ada"),
    (("--to", "/etc/hostname"), "bukan folder"),
])
def test_backup_refused(village, capsys, args, message):
    assert run("backup", "--db", str(village), *args) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("content, message", [
    (b"", "bukan cadangan Lumbung"),
    (b"\x89PNG\r\n\x1a\n" + bytes(500), "bukan cadangan Lumbung"),
    (b"LUMBUNG BACKUP\n{\"form", "tidak utuh"),
])
def test_restore_refused(village, tmp_path, capsys, content, message):
    bad = tmp_path / "cadangan.lumbung"
    bad.write_bytes(content)
    before = village.read_bytes()
    assert run("restore", str(bad), "--db", str(village), "--yes") == 1
    assert message in capsys.readouterr().err
    assert village.read_bytes() == before


@pytest.mark.parametrize("args", [(), ("backup", "--keep", "0"), ("restore",), ("hapus",)])
def test_usage_errors_exit_2(args, capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(list(args))
    assert info.value.code == 2


def test_every_code_has_words():
    assert set(BACKUP_CODES) <= set(cli.BACKUP_MESSAGES)


def test_the_book_open_in_the_app_is_refused(book, usb, capsys):
    """The app (this process) holds the book; `lumbung backup` from a terminal says so."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())",
                           "backup", "--db", str(book), "--to", str(usb)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 1
    assert f"sedang dibuka oleh Lumbung lain (proses {os.getpid()}" in done.stderr
    assert list(usb.iterdir()) == []


def test_lumbung_command_runs_without_a_display(village, usb):
    """The installed entry point hands over to the command line before any Qt object exists."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    lumbung = Path(sys.executable).with_name("lumbung")
    command = [str(lumbung)] if lumbung.exists() else [sys.executable, "-m", "ui.main"]
    done = subprocess.run([*command, "backup", "--db", str(village), "--to", str(usb)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Cadangan selesai" in done.stdout and len(list(usb.glob("*.lumbung"))) == 1
