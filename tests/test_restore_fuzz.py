"""The restore path fuzzed: random byte flips, cuts and insertions in a good backup (plain and
encrypted) never change the current book, never raise anything but a BackupError, and a hostile
file (a crafted scrypt cost, a zlib bomb with a right checksum) never takes 256 MB.

LUMBUNG_FUZZ_EXAMPLES raises the number of examples (CI keeps a modest one)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app import backup, clock, members
from app.backup import BackupError
from app.backup.fileformat import MAGIC, write_backup
from app.db import close_book, open_book

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = int(os.environ.get("LUMBUNG_FUZZ_EXAMPLES", "40"))
MEMORY_LIMIT = 256 * 2**20
PASSPHRASE = "kunci desa"

position = st.one_of(st.integers(0, 700), st.integers(0, 2**31))  # the manifest often, the rest too
mutation = st.one_of(
    st.tuples(st.just("flip"), position, st.integers(1, 255)),
    st.tuples(st.just("cut"), position),
    st.tuples(st.just("insert"), position, st.binary(min_size=1, max_size=40)),
)


def mutate(data: bytes, changes) -> bytes:
    for change in changes:
        if not data:  # cut to nothing: an empty file
            break
        kind, where = change[0], change[1] % len(data)
        if kind == "flip":
            data = data[:where] + bytes([data[where] ^ change[2]]) + data[where + 1:]
        elif kind == "cut":
            data = data[:where]
        else:
            data = data[:where] + change[2] + data[where:]
    return data


def book_files(book: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in book.parent.iterdir()
            if p.is_file() and not p.name.endswith(".lock")}


def same_backup(a: bytes, b: bytes) -> bool:
    """The same manifest and payload, however the manifest line is padded."""
    def parts(data):
        line, _, payload = data[len(MAGIC):].partition(b"\n")
        return json.loads(line), payload
    try:
        return a.startswith(MAGIC) and parts(a) == parts(b)
    except ValueError:
        return False


@pytest.fixture
def made(template_book, tmp_path):
    """(book, {False: plain backup bytes, True: encrypted}) of a book with a member."""
    book = tmp_path / "buku" / "lumbung.sqlite"
    book.parent.mkdir()
    shutil.copy(template_book, book)
    open_book(book)
    members.add_member(members.MemberInput(name="Anggota Cadangan", joined_on=clock.today()))
    usb = tmp_path / "usb"
    usb.mkdir()
    files = {sealed: backup.create_backup(usb, passphrase=PASSPHRASE if sealed else None).path.read_bytes()
             for sealed in (False, True)}
    members.add_member(members.MemberInput(name="Anggota Sesudahnya", joined_on=clock.today()))
    yield book, files
    close_book()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sealed=st.booleans(), changes=st.lists(mutation, min_size=1, max_size=3))
def test_a_damaged_backup_never_changes_the_book(made, tmp_path, sealed, changes):
    book, files = made
    damaged = mutate(files[sealed], changes)
    path = tmp_path / "rusak.lumbung"
    path.write_bytes(damaged)
    close_book()
    before = book_files(book)
    open_book(book)
    try:
        backup.restore_backup(path, PASSPHRASE if sealed else None)
    except BackupError:
        close_book()
        assert book_files(book) == before  # not one byte of the book or beside it
        open_book(book)
    else:  # only padding changed: the very backup, proved whole
        assert same_backup(damaged, files[sealed])
        close_book()
        open_book(book)


# --- memory ------------------------------------------------------------------------------------


class _Zeros:
    """A 'book' of `size` zero bytes, read without holding it: the bomb's contents."""

    def __init__(self, size: int) -> None:
        self.left = size

    def read(self, n: int) -> bytes:
        n = min(n, self.left)
        self.left -= n
        return bytes(n)


def _memory_run(folder: str) -> None:
    """In a process of its own: every hostile case once, then seeded random damage."""
    from tests.test_backup_hardening import manifest_of, rewritten

    clock.fix(None)
    folder = Path(folder)
    book = folder / "buku" / "lumbung.sqlite"
    book.parent.mkdir(parents=True)
    open_book(book, create=True)
    usb = folder / "usb"
    usb.mkdir()
    sealed = backup.create_backup(usb, passphrase=PASSPHRASE).path
    plain = backup.create_backup(usb).path
    hostile = [(rewritten(sealed, folder / f"scrypt-{i}.lumbung", lambda m, c=cost: m["encryption"].update(c)),
                PASSPHRASE) for i, cost in enumerate(({"n": 2**20}, {"n": 2**20, "r": 32}, {"n": 2**22, "p": 16}))]
    bomb = folder / "bom.lumbung"
    m = manifest_of(plain)
    clear = {k: m[k] for k in ("schema_version", "created_at", "group_name")}
    with open(bomb, "wb") as out:
        write_backup(out, _Zeros(300 * 2**20), 300 * 2**20, clear, {"summary": m["summary"], "book_check": []}, None)
    hostile.append((bomb, None))
    draw = random.Random(13)
    for n in range(30):
        source = draw.choice((plain, sealed))
        data = bytearray(source.read_bytes())
        where = draw.randrange(len(data))
        data[where] ^= draw.randrange(1, 256)
        damaged = folder / f"acak-{n}.lumbung"
        damaged.write_bytes(bytes(data))
        hostile.append((damaged, PASSPHRASE if source == sealed else None))
    for path, passphrase in hostile:
        try:
            backup.restore_backup(path, passphrase)
        except BackupError:
            continue
        raise AssertionError(f"{path.name} was restored")
    print(_peak_kib())


def _peak_kib() -> int:
    """This process's peak memory since it started: VmHWM, of its own memory only (ru_maxrss
    also counts the pages of the big pytest process it was forked from)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:  # not Linux
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))


def test_hostile_backups_never_take_256_mb(tmp_path):
    code = f"from tests.test_restore_fuzz import _memory_run; _memory_run({str(tmp_path)!r})"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) * 1024 < MEMORY_LIMIT  # KiB
