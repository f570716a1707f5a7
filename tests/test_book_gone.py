"""A book on a flashdisk pulled out while the window is open: SQLite keeps its open file and
would take every save into a file no longer there, without an error. The next save is refused
with a clear message; what was saved before is on the stick when it comes back."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date

import pytest

from app import ledger, members
from app.db import close_book, db, open_book
from app.errors import Issue, Rejected
from app.ledger import credit, debit
from ui.messages import issue_text


def post(amount_rp: int) -> int:
    return ledger.post_entry(date(2026, 8, 17), "Simpanan", [debit("1-101", amount_rp), credit("3-201", amount_rp)])


def assert_refused(save) -> None:
    with pytest.raises(Rejected) as refused:
        save()
    assert refused.value.codes() == ["book.missing"]


def test_the_books_folder_removed_refuses_the_next_save(template_book, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    book = stick / "buku.sqlite"
    shutil.copy(template_book, book)
    open_book(book)
    try:
        post(1000)
        shutil.rmtree(stick)
        assert_refused(lambda: post(2000))  # inside a transaction
        assert_refused(lambda: db.execute_sql("UPDATE settings SET value = value"))  # a save outside one
        assert members.count_members() == 0  # the window can still show what it has
    finally:
        close_book()


def test_the_book_moved_aside_refuses_the_next_save(book, tmp_path):
    post(1000)
    aside = tmp_path / "dipindah.sqlite"
    os.rename(book, aside)
    try:
        assert_refused(lambda: post(2000))
    finally:
        os.rename(aside, book)


def test_the_message_names_the_book_in_indonesian():
    text = issue_text(Issue("", "book.missing", {"path": "/media/usb/buku.sqlite"}))
    assert "/media/usb/buku.sqlite" in text and "flashdisk" in text


def _run(*command: str) -> bool:
    try:
        return subprocess.run(command, capture_output=True).returncode == 0
    except FileNotFoundError:  # a machine without mkfs.ext2 or mount: the test is skipped
        return False


@pytest.fixture
def flashdisk(tmp_path):
    """A real file system on a loop device (root only), mounted at tmp_path/usb."""
    image, mount = tmp_path / "usb.img", tmp_path / "usb"
    mount.mkdir()
    with open(image, "wb") as fh:
        fh.truncate(8 << 20)
    if os.geteuid() != 0 or not (_run("mkfs.ext2", "-q", "-F", str(image)) and _run("mount", "-o", "loop", str(image), str(mount))):
        pytest.skip("mounting a loop device needs root")
    yield image, mount
    _run("umount", str(mount))


def test_a_real_flashdisk_pulled_out_and_plugged_back(template_book, flashdisk):
    image, mount = flashdisk
    book = mount / "buku.sqlite"
    shutil.copy(template_book, book)
    open_book(book)
    saved = [post(1000 * n) for n in range(1, 4)]
    assert _run("umount", "-l", str(mount))  # pulled: the path no longer reaches the stick
    try:
        assert_refused(lambda: post(9000))
    finally:
        close_book()
    assert _run("mount", "-o", "loop", str(image), str(mount))  # plugged back
    open_book(book)
    try:
        amounts = [row[0] for row in db.execute_sql(
            "SELECT amount_rp FROM postings WHERE amount_rp > 0 ORDER BY entry_id")]
        assert amounts == [1000, 2000, 3000] and len(saved) == 3  # everything saved before, nothing after
    finally:
        close_book()
