"""Backups: made from the live book, proved, sealed, kept N; refused clearly when the target or
the file is wrong, leaving nothing that looks like a backup behind."""

from __future__ import annotations

import builtins
import errno
import logging
import os
import shutil
import subprocess
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from app import backup, clock, ledger, members
from app.backup import BackupError, create as create_module
from app.backup.fileformat import MAGIC
from app.db import close_book, open_book
from app.ledger import credit, debit
from app.models import Member

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + os.urandom(3000)


@pytest.fixture
def filled(demo_template, tmp_path) -> Path:
    """An open book holding the demo village (40 members, their NIKs, a year of entries)."""
    path = tmp_path / "book" / "buku.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    open_book(path)
    yield path
    close_book()


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- a good backup ------------------------------------------------------------------------------


def test_backup_is_proved_named_and_summarized(filled, usb):
    result = backup.create_backup(usb)
    assert result.path == usb / "lumbung-up2k-pkk-as-syifa-20260817-093000.lumbung"
    assert files(usb) == [result.path.name]
    assert result.size_bytes == result.path.stat().st_size and not result.encrypted
    assert result.summary == backup.current_summary()
    assert result.summary.members == 40 and result.summary.trial_balance_zero
    assert result.summary.balances["1-101"] == ledger.account_balance("1-101")
    info = backup.inspect_backup(result.path)
    assert (info.summary, info.sha256, info.encrypted) == (result.summary, result.sha256, False)
    assert info.created_at == clock.now() and info.schema_version == result.summary.schema_version
    assert backup.last_backup_at() == clock.now()


def test_summary_and_copy_come_from_one_snapshot_while_the_app_writes(filled, usb, monkeypatch):
    """An entry committed by another connection between the summary and the copy must not make
    the check fail: both are read in the same read transaction."""
    real = create_module.copy_database

    def copy_with_a_write_in_between(source, target, timeout=5.0, snapshot=None):
        def read_then_write(conn):
            seen = snapshot(conn)
            writer = threading.Thread(target=_post_one)  # another thread: its own connection
            writer.start()
            writer.join()
            return seen

        return real(source, target, timeout, read_then_write)

    monkeypatch.setattr(create_module, "copy_database", copy_with_a_write_in_between)
    before = backup.current_summary()
    result = backup.create_backup(usb)
    assert result.summary == before
    assert backup.current_summary().entries == before.entries + 1  # the write went in


def _post_one() -> None:
    ledger.post_entry(clock.today(), "Setoran", [debit("1-101", 5000), credit("2-101", 5000, member_id=1)])
    close_book()  # this thread's connection


def test_encrypted_backup_hides_personal_data(filled, usb):
    nik = Member.get_by_id(1).nik
    plain = backup.create_backup(usb)
    sealed = backup.create_backup(usb, passphrase="kunci rahasia")
    assert sealed.path.name.endswith("-2.lumbung") and sealed.encrypted
    raw = sealed.path.read_bytes()
    assert b"kunci rahasia" not in raw and nik.encode() not in raw
    assert b"Pandulangan" not in raw.split(b"\n", 2)[2]  # addresses are inside the cipher text
    info = backup.inspect_backup(sealed.path, "kunci rahasia")
    assert info.encrypted and info.summary == plain.summary


@pytest.mark.parametrize("passphrase", [None, "", "   "])
def test_locked_backup_asks_for_its_passphrase(filled, usb, passphrase):
    sealed = backup.create_backup(usb, passphrase="kunci desa")
    with pytest.raises(BackupError) as info:
        backup.inspect_backup(sealed.path, passphrase)
    assert info.value.code == "passphrase_required"
    assert info.value.params["group_name"] == "UP2K PKK As Syifa"


def test_wrong_passphrase(filled, usb):
    sealed = backup.create_backup(usb, passphrase="kunci desa")
    with pytest.raises(BackupError) as info:
        backup.inspect_backup(sealed.path, "Kunci")
    assert info.value.code == "wrong_passphrase"


@pytest.mark.parametrize("passphrase", ["", "  "])
def test_empty_passphrase_is_refused_for_a_new_backup(filled, usb, passphrase):
    with pytest.raises(BackupError) as info:
        backup.create_backup(usb, passphrase=passphrase)
    assert info.value.code == "passphrase_empty"
    assert files(usb) == []


def test_keeps_the_last_n_of_this_group_only(filled, usb):
    other = usb / "lumbung-up2k-lain-20200101-000000.lumbung"
    other.write_bytes(b"another group's backup")
    (usb / "catatan.txt").write_text("bukan cadangan")
    made = []
    for minute in range(5):
        clock.fix(clock.now() + timedelta(minutes=1))
        made.append(backup.create_backup(usb, keep=3))
    assert made[-1].removed == (made[1].path,)
    assert files(usb) == sorted([other.name, "catatan.txt"] + [r.path.name for r in made[-3:]])


def test_same_second_backups_are_kept_in_order(filled, usb):
    made = [backup.create_backup(usb, keep=2) for _ in range(3)]
    stem = "lumbung-up2k-pkk-as-syifa-20260817-093000"
    assert [r.path.name for r in made] == [f"{stem}.lumbung", f"{stem}-2.lumbung", f"{stem}-3.lumbung"]
    assert made[2].removed == (made[0].path,)


def test_keep_setting(filled, usb):
    assert backup.keep_count() == 10
    backup.set_keep_count(2)
    for _ in range(3):
        result = backup.create_backup(usb)
    assert len(result.removed) == 1 and len(files(usb)) == 2


def test_backup_due(filled, usb):
    assert backup.backup_due()  # members, never backed up
    backup.create_backup(usb)
    assert not backup.backup_due()
    clock.fix(clock.now() + timedelta(days=7, minutes=1))
    assert backup.backup_due() and not backup.backup_due(days=8)


def test_an_empty_book_is_not_due(book):
    assert backup.last_backup_at() is None and not backup.backup_due()


def test_cancel_leaves_nothing(filled, usb):
    seen = []

    def progress(label, done, total):
        seen.append(label)
        return label != "verify"

    with pytest.raises(BackupError) as info:
        backup.create_backup(usb, progress=progress)
    assert info.value.code == "cancelled"
    assert seen[:2] == ["copy", "write"] and files(usb) == []
    assert backup.last_backup_at() is None


# --- the target ---------------------------------------------------------------------------------


def test_target_missing(filled, tmp_path):
    with pytest.raises(BackupError) as info:
        backup.create_backup(tmp_path / "flashdisk")
    assert (info.value.code, info.value.params) == ("target_missing", {"path": str(tmp_path / "flashdisk")})


def test_target_is_a_file(filled, tmp_path):
    (tmp_path / "berkas").write_text("x")
    with pytest.raises(BackupError) as info:
        backup.create_backup(tmp_path / "berkas")
    assert info.value.code == "target_not_folder"


def test_target_read_only(filled, usb, monkeypatch):
    if IS_ROOT:  # root writes anyway: the file system's answer (EROFS) is what must be named
        monkeypatch.setattr(builtins, "open", _failing_open(errno.EROFS, after=0))
    else:
        usb.chmod(0o555)
    try:
        with pytest.raises(BackupError) as info:
            backup.create_backup(usb)
    finally:
        usb.chmod(0o755)
    assert info.value.code == "target_read_only"
    assert files(usb) == []


def _failing_open(code: int, after: int):
    """open() whose files written into a 'usb' folder fail with `code` after `after` bytes."""
    real_open = builtins.open

    class Failing:
        def __init__(self, fh):
            self.fh, self.written = fh, 0

        def write(self, data):
            if self.written + len(data) > after:
                raise OSError(code, os.strerror(code))
            self.written += len(data)
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    def fake(file, mode="r", *args, **kw):
        fh = real_open(file, mode, *args, **kw)
        if "w" in mode and Path(file).parent.name == "usb":
            return Failing(fh)
        return fh

    return fake


@pytest.mark.parametrize("after", [0, 100, 5000])
@pytest.mark.parametrize("code, expected", [(errno.ENOSPC, "target_full"), (errno.EIO, "write_failed")])
def test_target_fails_part_way(filled, usb, monkeypatch, after, code, expected):
    old = backup.create_backup(usb)
    clock.fix(clock.now() + timedelta(minutes=1))
    before = {p.name: p.read_bytes() for p in usb.iterdir()}
    book_before = backup.current_summary()
    monkeypatch.setattr(builtins, "open", _failing_open(code, after))
    with pytest.raises(BackupError) as info:
        backup.create_backup(usb, keep=1)
    monkeypatch.undo()
    assert info.value.code == expected
    if expected == "target_full":
        assert info.value.params["needed"] > 0 and "free" in info.value.params
    else:
        assert info.value.params["reason"]
    assert {p.name: p.read_bytes() for p in usb.iterdir()} == before  # old one kept, no .part
    assert backup.inspect_backup(old.path).summary == book_before == backup.current_summary()
    assert backup.last_backup_at() == clock.now() - timedelta(minutes=1)


def test_check_failure_removes_the_file(filled, usb, monkeypatch):
    monkeypatch.setattr(create_module, "summarize", _summary_that_drifts(create_module.summarize))
    with pytest.raises(BackupError) as info:
        backup.create_backup(usb)
    assert (info.value.code, info.value.params["reason"]) == ("check_failed", "summary")
    assert files(usb) == []


def _summary_that_drifts(real):
    calls = []

    def summarize(source):
        calls.append(source)
        found = real(source)
        return found if len(calls) == 1 else type(found)(**{**found.__dict__, "entries": found.entries + 1})

    return summarize


@pytest.fixture
def tiny_tmpfs(tmp_path):
    point = tmp_path / "usb"
    point.mkdir()
    if not IS_ROOT:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield point
    subprocess.run(["umount", str(point)], check=False)


def test_real_full_disk(filled, tiny_tmpfs):
    for number in range(300):  # more than 64 KiB of entries, so the backup cannot fit
        ledger.post_entry(clock.today(), f"Setoran {number} " + "x" * 200,
                          [debit("1-101", 1000), credit("2-101", 1000, member_id=1)])
    (tiny_tmpfs / "foto.jpg").write_bytes(b"x" * 30_000)
    with pytest.raises(BackupError) as info:
        backup.create_backup(tiny_tmpfs)
    assert info.value.code == "target_full"
    assert files(tiny_tmpfs) == ["foto.jpg"]


# --- removable drives ---------------------------------------------------------------------------


def test_mounted_sticks_are_listed(tmp_path):
    stick = tmp_path / "media" / "siti" / "FLASH DISK"
    stick.mkdir(parents=True)
    mounts = "\n".join([
        "/dev/sda1 / ext4 rw 0 0",
        f"/dev/sdb1 {str(stick).replace(' ', chr(92) + '040')} vfat rw 0 0",
        f"/dev/sdc1 {tmp_path}/media/siti/gone vfat rw 0 0",
        f"tmpfs {tmp_path}/media/siti rw 0 0",  # virtual file systems are not drives
        f"/dev/loop3 {tmp_path}/media/siti rw 0 0",  # nor are mounted disk images
    ])
    found = backup.targets.mounted_under(mounts, (f"{tmp_path}/media/",))
    assert [(t.path, t.label) for t in found] == [(stick, "FLASH DISK")]
    assert 0 < found[0].free_bytes <= found[0].total_bytes


def test_removable_targets_runs_here():
    assert all(isinstance(t, backup.Target) for t in backup.removable_targets())


# --- personal data ------------------------------------------------------------------------------


def test_no_nik_in_logs_or_output(filled, usb, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    niks = [m.nik for m in Member.select() if m.nik]
    result = backup.create_backup(usb, passphrase="kunci desa")
    backup.inspect_backup(result.path, "kunci desa")
    backup.restore_backup(result.path, "kunci desa")
    out = capsys.readouterr()
    text = caplog.text + out.out + out.err + repr(result) + repr(backup.current_summary())
    assert niks and not any(nik in text for nik in niks)
    assert "kunci" not in caplog.text


def test_a_refused_backup_file_does_not_count_as_one(filled, usb):
    (usb / "lumbung-up2k-pkk-as-syifa-20260101-000000.lumbung.part").write_bytes(MAGIC + b"{}")
    result = backup.create_backup(usb)
    assert files(usb) == [result.path.name]  # a killed backup's .part is cleared away


def test_member_count_of_the_backup_matches_the_register(filled, usb):
    members.add_member(members.MemberInput(name="Siti Baru", joined_on=clock.today()))
    assert backup.create_backup(usb).summary.members == 41
