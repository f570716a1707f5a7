"""Restores: what a backup holds is shown first; a good one replaces the book whole, with the
old book saved aside; anything wrong is refused with the book left byte for byte as it was."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from app import backup, clock, ledger, members
from app.backup import BackupError
from app.backup.fileformat import MAGIC
from app.db import close_book, current_path, db, open_book
from app.ledger import credit, debit
from app.migrations import LATEST_VERSION, apply_migrations
from app.models import Member

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 40


@pytest.fixture
def filled(demo_template, tmp_path) -> Path:
    path = tmp_path / "book" / "buku.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    open_book(path)
    yield path
    close_book()


@pytest.fixture
def made(filled, tmp_path):
    """(plain backup, encrypted backup) of the demo book; then the book moves on."""
    usb = tmp_path / "usb"
    usb.mkdir()
    plain = backup.create_backup(usb)
    sealed = backup.create_backup(usb, passphrase="kunci desa")
    _change_the_book()
    return plain.path, sealed.path


def _change_the_book() -> None:
    members.add_member(members.MemberInput(name="Anggota Sesudah Cadangan", joined_on=clock.today()))
    ledger.post_entry(clock.today(), "Setoran sesudah cadangan",
                      [debit("1-101", 75_000), credit("2-101", 75_000, member_id=1)])


def book_state(path: Path) -> dict[str, str]:
    """Every file beside the book with the hash of its bytes (the book's lock file aside)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in path.parent.iterdir()
            if p.is_file() and not p.name.endswith(".lock")}


def register() -> list[tuple]:
    return [(m.number, m.name, m.nik, m.left_on) for m in Member.select().order_by(Member.number)]


# --- a good restore ---------------------------------------------------------------------------


@pytest.mark.parametrize("sealed", [False, True])
def test_restore_brings_back_members_and_balances(filled, made, sealed):
    path = made[sealed]
    info = backup.inspect_backup(path, "kunci desa" if sealed else None)
    after = backup.current_summary()
    assert after.members == info.summary.members + 1
    result = backup.restore_backup(path, "kunci desa" if sealed else None)
    assert result.summary == info.summary == backup.current_summary()
    assert current_path() == filled
    assert members.count_members(active_only=False) == 40
    assert ledger.account_balance("1-101") == info.summary.balances["1-101"]
    assert [(r.code, r.debit_rp - r.credit_rp) for r in ledger.trial_balance()] == sorted(info.summary.balances.items())
    # the book as it was, saved aside and whole
    assert result.saved_aside == filled.with_name("buku.sebelum-pulih-20260817-093000.sqlite")
    assert backup.summarize(result.saved_aside) == after
    # and the restored book keeps working
    _change_the_book()
    assert backup.current_summary().entries == info.summary.entries + 1


def test_restore_on_another_pc_into_a_new_book(made, tmp_path):
    close_book()
    open_book(tmp_path / "pc-lain" / "lumbung.sqlite", create=True)
    result = backup.restore_backup(made[0])
    assert result.summary.members == 40 and members.count_members(False) == 40


def test_a_backup_from_an_older_lumbung_is_migrated(filled, tmp_path):
    old = tmp_path / "lama.sqlite"
    conn = sqlite3.connect(old)
    apply_migrations(conn, target=LATEST_VERSION - 1)
    conn.execute("UPDATE settings SET value = 'UP2K Lama' WHERE key = 'group_name'")
    conn.commit()
    conn.close()
    made = _backup_of_file(old, tmp_path)
    result = backup.restore_backup(made)
    assert result.summary.schema_version == LATEST_VERSION - 1
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert list(filled.parent.glob(f"buku.sebelum-v{LATEST_VERSION}-*.sqlite"))  # migration's copy


def _backup_of_file(path: Path, usb: Path) -> Path:
    """A backup of an unopened file (an old schema the app would migrate on opening)."""
    from app.backup.fileformat import write_backup
    from app.backup.summary import summarize

    summary = summarize(path)
    target = usb / "lama.lumbung"
    manifest = {"schema_version": summary.schema_version, "created_at": clock.now().isoformat(),
                "group_name": summary.group_name}
    with open(path, "rb") as plain, open(target, "wb") as out:
        write_backup(out, plain, path.stat().st_size, manifest, {"summary": summary.to_json()}, None)
    return target


def test_restore_while_the_book_is_open_elsewhere_in_this_process(filled, made):
    """The GUI thread lets go (close_book) and the restore runs on a worker thread."""
    close_book()
    outcome = {}

    def work():
        outcome["result"] = backup.restore_backup(made[1], "kunci desa")
        close_book()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert outcome["result"].summary.members == 40
    assert members.count_members(False) == 40  # the GUI thread reads the restored book


def test_a_connection_left_open_is_refused(filled, made):
    close_book()
    before = book_state(filled)
    outcome = {}

    def work():  # a worker restoring while the GUI thread's connection is still open
        try:
            backup.restore_backup(made[0])
        except BackupError as error:
            outcome["code"] = error.code
        close_book()

    members.count_members()  # the GUI thread connects again
    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert outcome["code"] == "book_busy"
    assert members.count_members(False) == 41  # still the current book
    assert not list(filled.parent.glob("*.sebelum-pulih-*"))
    close_book()
    assert book_state(filled) == before


# --- refused, book untouched -------------------------------------------------------------------


def refused(book: Path, path: Path, code: str, passphrase: str | None = None) -> BackupError:
    close_book()  # the -wal is folded in, so the comparison is of the whole book
    before = book_state(book)
    summary = backup.summarize(book)
    with pytest.raises(BackupError) as info:
        backup.restore_backup(path, passphrase)
    assert info.value.code == code, info.value
    close_book()
    assert book_state(book) == before
    open_book(book)
    assert backup.current_summary() == summary
    return info.value


def test_a_photo_renamed(filled, tmp_path):
    photo = tmp_path / "foto-arisan.lumbung"
    photo.write_bytes(PNG)
    refused(filled, photo, "not_a_backup")


def test_an_empty_file(filled, tmp_path):
    empty = tmp_path / "kosong.lumbung"
    empty.touch()
    refused(filled, empty, "not_a_backup")


def test_a_missing_file(filled, tmp_path):
    error = refused(filled, tmp_path / "tidak-ada.lumbung", "not_a_backup")
    assert error.params["reason"] == "missing"


@pytest.mark.parametrize("sealed", [False, True])
@pytest.mark.parametrize("fraction", [0.0005, 0.01, 0.3, 0.5, 0.9, 0.999])
def test_cut_short(filled, made, tmp_path, sealed, fraction):
    data = made[sealed].read_bytes()
    cut = tmp_path / "terpotong.lumbung"
    cut.write_bytes(data[: max(1, int(len(data) * fraction))])
    refused(filled, cut, "truncated", "kunci desa")


def _flipped(source: Path, target: Path, offset: int) -> Path:
    data = bytearray(source.read_bytes())
    data[offset] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def _manifest_span(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    start = len(MAGIC)
    return start, data.index(b"\n", start)


@pytest.mark.parametrize("sealed", [False, True])
@pytest.mark.parametrize("where", ["members count", "balance", "group name", "json", "sha", "magic"])
def test_one_byte_changed_in_the_manifest(filled, made, tmp_path, sealed, where):
    source = made[sealed]
    data = source.read_bytes()
    start, end = _manifest_span(source)
    line = data[start:end].decode()
    needle = {"members count": '"members": 40', "balance": '"1-101": ', "group name": "As Syifa",
              "json": '{"app_version"', "sha": '"sha256": "', "magic": None}[where]
    if sealed and where in ("members count", "balance"):  # not in the clear: a byte of the sealed part
        needle = '"sealed": "'
        assert '"members"' not in line and '"1-101"' not in line
    offset = 3 if needle is None else start + line.index(needle) + len(needle) - 1
    if where == "json":
        offset = start  # the opening brace
    code = "not_a_backup" if where == "magic" else "checksum_mismatch"
    refused(filled, _flipped(source, tmp_path / "diubah.lumbung", offset), code, "kunci desa")


@pytest.mark.parametrize("sealed", [False, True])
@pytest.mark.parametrize("fraction", [0.0, 0.25, 0.5, 0.75, 0.99999])
def test_one_byte_changed_in_the_payload(filled, made, tmp_path, sealed, fraction):
    source = made[sealed]
    _, end = _manifest_span(source)
    size = source.stat().st_size
    offset = min(size - 1, end + 1 + int((size - end - 1) * fraction))
    refused(filled, _flipped(source, tmp_path / "diubah.lumbung", offset), "checksum_mismatch", "kunci desa")


def test_extra_bytes_at_the_end(filled, made, tmp_path):
    longer = tmp_path / "lebih.lumbung"
    longer.write_bytes(made[0].read_bytes() + b"\x00")
    refused(filled, longer, "checksum_mismatch")


@pytest.mark.parametrize("passphrase, code", [("salah", "wrong_passphrase"), ("", "passphrase_required"),
                                              (None, "passphrase_required")])
def test_wrong_or_empty_passphrase(filled, made, passphrase, code):
    refused(filled, made[1], code, passphrase)


def test_from_a_newer_lumbung(filled, made, tmp_path):
    data = made[0].read_bytes()
    start, end = _manifest_span(made[0])
    manifest = json.loads(data[start:end])
    manifest["schema_version"] = LATEST_VERSION + 1
    newer = tmp_path / "baru.lumbung"
    newer.write_bytes(MAGIC + json.dumps(manifest).encode() + b"\n" + data[end + 1:])
    error = refused(filled, newer, "too_new")
    assert (error.params["version"], error.params["supported"]) == (LATEST_VERSION + 1, LATEST_VERSION)


def test_a_newer_file_format(filled, made, tmp_path):
    data = made[0].read_bytes()
    start, end = _manifest_span(made[0])
    newer = tmp_path / "format-baru.lumbung"
    newer.write_bytes(MAGIC + json.dumps({"format": 3, "app_version": "3.0"}).encode() + b"\n" + data[end + 1:])
    error = refused(filled, newer, "too_new")
    assert error.params["app_version"] == "3.0"


def test_a_payload_that_is_not_a_book(filled, tmp_path):
    from app.backup.fileformat import write_backup

    text = tmp_path / "catatan.txt"
    text.write_bytes(b"bukan buku " * 500)
    summary = backup.current_summary()
    target = tmp_path / "aneh.lumbung"
    manifest = {"schema_version": 1, "created_at": clock.now().isoformat(), "group_name": summary.group_name}
    with open(text, "rb") as plain, open(target, "wb") as out:
        write_backup(out, plain, text.stat().st_size, manifest, {"summary": summary.to_json()}, None)
    refused(filled, target, "nothing_to_restore")


def test_cancel_before_the_swap_changes_nothing(filled, made):
    close_book()
    before = book_state(filled)
    with pytest.raises(BackupError) as info:
        backup.restore_backup(made[0], progress=lambda label, done, total: label != "check")
    assert info.value.code == "cancelled"
    close_book()
    assert book_state(filled) == before
