"""One Lumbung per book: a second process is refused and told who has it; nothing changes."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from app import members
from app.db import close_book, current_path, open_book
from app.errors import BookError
from app.lock import identity_lock_path

HOLDER = textwrap.dedent("""
    import sys
    from app.db import open_book
    open_book(sys.argv[1])
    print("open", flush=True)
    sys.stdin.read()  # hold the book until the parent closes our stdin
""")
OPENER = textwrap.dedent("""
    import json, sys
    from app.db import open_book
    from app.errors import BookError
    try:
        open_book(sys.argv[1])
        print(json.dumps({"code": "opened"}))
    except BookError as error:
        print(json.dumps({"code": error.code, **error.params}))
""")


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def try_open_elsewhere(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", OPENER, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def holder(tmp_path):
    """Another Lumbung process holding a book; yields (path, process)."""
    path = tmp_path / "buku.sqlite"
    open_book(path, create=True)
    close_book()
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    yield path, child
    if child.poll() is None:
        child.stdin.close()
        child.wait(timeout=30)


def test_second_instance_is_told_who_has_the_book(holder):
    path, child = holder
    before = snapshot(path.parent)
    with pytest.raises(BookError) as info:
        open_book(path)
    assert info.value.code == "in_use"
    assert info.value.params == {"pid": child.pid, "user": getpass.getuser(), "host": socket.gethostname()}
    assert snapshot(path.parent) == before  # nothing written, no copy, no new file
    child.stdin.close()
    child.wait(timeout=30)
    open_book(path)  # once the first has closed, it opens
    close_book()


def test_a_killed_holder_does_not_keep_the_book_shut(holder):
    path, child = holder
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    open_book(path)
    assert current_path() == path
    close_book()


def test_this_process_holds_it_against_others(book):
    assert try_open_elsewhere(book) == {"code": "in_use", "pid": os.getpid(), "user": getpass.getuser(),
                                         "host": socket.gethostname()}
    assert members.count_members() == 0  # and still works here


def test_opening_the_same_book_again_in_this_process(book):
    open_book(book)
    open_book(book)
    assert members.count_members() == 0
    assert try_open_elsewhere(book)["code"] == "in_use"


def test_close_and_switch_let_go(book, tmp_path):
    other = tmp_path / "lain.sqlite"
    open_book(other, create=True)  # "Buka buku lain": the first book is free again
    assert try_open_elsewhere(book) == {"code": "opened"}
    close_book()
    assert not Path(f"{other}.lock").exists()  # a clean close leaves no lock file
    assert try_open_elsewhere(other) == {"code": "opened"}


def test_a_worker_thread_closing_its_connection_keeps_the_lock(book):
    worker = threading.Thread(target=lambda: (members.count_members(), close_book()))
    worker.start()
    worker.join()
    assert try_open_elsewhere(book)["code"] == "in_use"


def test_a_refused_open_keeps_the_current_book_and_its_lock(book, tmp_path):
    bad = tmp_path / "foto.sqlite"
    bad.write_bytes(b"\x89PNG" + bytes(200))
    with pytest.raises(BookError):
        open_book(bad)
    assert not Path(f"{bad}.lock").exists()
    assert try_open_elsewhere(book)["code"] == "in_use"


# --- one file under two names -----------------------------------------------------------------


def test_a_hard_link_to_a_book_held_elsewhere_is_refused(holder, tmp_path):
    path, child = holder
    elsewhere = tmp_path / "lain"
    elsewhere.mkdir()
    alias = elsewhere / "salinan.sqlite"
    os.link(path, alias)  # the same file: writing through both names corrupts it
    before = snapshot(elsewhere)
    with pytest.raises(BookError) as info:
        open_book(alias)
    assert info.value.code == "in_use"
    assert info.value.params == {"pid": child.pid, "user": getpass.getuser(), "host": socket.gethostname()}
    assert snapshot(elsewhere) == before  # no lock file left beside the second name


def test_this_process_holds_its_book_against_a_hard_link(book, tmp_path):
    alias = tmp_path / "nama-lain.sqlite"
    os.link(book, alias)
    assert try_open_elsewhere(alias)["code"] == "in_use"
    close_book()
    assert try_open_elsewhere(alias) == {"code": "opened"}  # a clean close lets go of both locks


def test_a_killed_holder_leaves_no_identity_lock_behind(holder, tmp_path):
    path, child = holder
    stale = identity_lock_path(path)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert stale.exists()
    other = tmp_path / "lain.sqlite"
    open_book(other, create=True)  # the next Lumbung to start sweeps what the OS has unlocked
    assert not stale.exists()
    close_book()
    assert not identity_lock_path(other).exists()
