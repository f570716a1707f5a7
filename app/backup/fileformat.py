"""The .lumbung file: what it holds, how it is sealed, and how it is read back and proved.

    LUMBUNG BACKUP\n                      magic line
    {"format": 2, ...}   \n                manifest: one JSON line, padded with spaces
    payload                               the SQLite file, zlib-compressed, then (with a
                                          passphrase) AES-256-GCM encrypted, tag at the end

The manifest says which Lumbung and schema made the file, for which group and when: enough to
choose a backup. Its details (the summary: counts and balances, and the problems the book's
check found) are in the clear in a plain backup; in an encrypted one they are sealed with the
same key (`sealed`), shown only after the passphrase. Format 1 (before) kept the summary in the
clear in every backup; it is still read. `payload.sha256` is the SHA-256 of the *signed header*
(the manifest without its `payload` part, as canonical JSON) followed by the payload: a changed
byte anywhere is caught, encrypted or not. With a passphrase the key comes from scrypt, at one of
the costs Lumbung writes (checked before deriving anything); the signed header is GCM's
associated data, so the manifest cannot be altered without the key; `key_check` (more scrypt
output, not the key) tells a wrong passphrase at once, before reading 100 MB.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

import app
from app.backup.summary import BookSummary
from app.migrations import LATEST_VERSION

MAGIC = b"LUMBUNG BACKUP\n"
FORMAT = 2
DETAILS_AAD = b"lumbung details"
SUFFIX = ".lumbung"
CHUNK = 1 << 20
MANIFEST_LIMIT = 1 << 16
ZLIB_LEVEL = 1  # 300 MB -> 93 MB in 2.7 s; level 6 saves 10% more in 2.5 times the time
TAG_BYTES = 16
SCRYPT_COST = {"n": 2**15, "r": 8, "p": 1}  # 32 MiB, about 0.1 s; an old laptop manages it
# The only costs a file may ask for, checked before any key is derived: scrypt takes
# 128 * n * r bytes, so a crafted n=2**20, r=32 would take 4 GiB. Add a cost here when writing one.
SCRYPT_ACCEPTED = ((SCRYPT_COST["n"], SCRYPT_COST["r"], SCRYPT_COST["p"]),)

PASSPHRASE_MIN = 8  # characters, for a new backup; a restore takes whatever was used then

Progress = Callable[[str, int, int], bool] | None

# Every BackupError code, for the UI's and the command line's wording tests.
BACKUP_CODES = (
    "not_a_backup", "truncated", "checksum_mismatch", "passphrase_required", "passphrase_empty",
    "passphrase_short", "wrong_passphrase", "too_new", "target_missing", "target_not_folder",
    "target_read_only", "target_full", "write_failed", "read_failed", "check_failed",
    "nothing_to_restore", "book_busy", "cancelled",
    "same_file", "target_is_book_folder", "book_on_server",
)


class BackupError(Exception):
    """A backup or restore refused; `code` says why, `params` fill the message (never the
    passphrase, never a member's data)."""

    def __init__(self, code: str, **params) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


def step(progress: Progress, label: str, done: int, total: int) -> None:
    """Report progress; a callback answering False cancels (the caller cleans up)."""
    if progress is not None and progress(label, done, total) is False:
        raise BackupError("cancelled")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    format_version: int
    app_version: str
    schema_version: int
    created_at: datetime
    summary: BookSummary
    compression: str
    encrypted: bool
    payload_length: int
    sha256: str
    book_check: tuple[str, ...] = ()  # problems the book's check found when it was backed up


@dataclass(frozen=True)
class Header:
    """A backup file's opening, read and checked for shape (not yet for its checksum)."""

    path: Path
    manifest: dict
    signed: bytes  # canonical manifest without `payload`: GCM associated data, checksum start
    offset: int  # where the payload starts

    @property
    def group_name(self) -> str:
        m = self.manifest
        return m["group_name"] if m["format"] >= 2 else m["summary"]["group_name"]

    def info(self, key: bytes | None) -> BackupInfo:
        """Everything the manifest says; an encrypted backup's details need its key."""
        m = self.manifest
        summary, problems = _details(self, key)
        return BackupInfo(
            self.path, m["format"], m["app_version"], m["schema_version"],
            datetime.fromisoformat(m["created_at"]), summary,
            m["compression"], m["encryption"] is not None, m["payload"]["length"], m["payload"]["sha256"],
            problems,
        )


def _details(header: Header, key: bytes | None) -> tuple[BookSummary, tuple[str, ...]]:
    m = header.manifest
    details = m
    if m["format"] >= 2 and m["encryption"] is not None:
        nonce = base64.b64decode(m["encryption"]["details_nonce"])
        try:
            details = json.loads(AESGCM(key).decrypt(nonce, base64.b64decode(m["sealed"]), DETAILS_AAD))
            return _read_details(details)
        except (InvalidTag, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BackupError("checksum_mismatch", path=str(header.path), part="manifest") from exc
    return _read_details(details)


def _read_details(details: dict) -> tuple[BookSummary, tuple[str, ...]]:
    """(summary, book check problems) from a manifest or its sealed part; format 1 had no check."""
    problems = details.get("book_check", [])
    if not (isinstance(problems, list) and all(isinstance(p, str) for p in problems)):
        raise TypeError("book_check")
    return BookSummary.from_json(details["summary"]), tuple(problems)


def _canonical(manifest: dict) -> bytes:
    signed = {key: value for key, value in manifest.items() if key != "payload"}
    return json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _derive(passphrase: str, params: dict) -> tuple[bytes, bytes]:
    """(AES-256 key, key check) from the passphrase and the file's scrypt parameters."""
    salt = base64.b64decode(params["salt"])
    out = Scrypt(salt=salt, length=48, n=params["n"], r=params["r"], p=params["p"]).derive(
        passphrase.encode("utf-8")
    )
    return out[:32], out[32:]


def _cipher(key: bytes, params: dict, tag: bytes | None = None) -> Cipher:
    return Cipher(algorithms.AES(key), modes.GCM(base64.b64decode(params["nonce"]), tag))


def passphrase_refusal(passphrase: str) -> BackupError | None:
    """Why a passphrase may not lock a new backup, or None."""
    if not passphrase.strip():
        return BackupError("passphrase_empty")
    if len(passphrase) < PASSPHRASE_MIN:
        return BackupError("passphrase_short", minimum=PASSPHRASE_MIN)
    return None


# --- writing --------------------------------------------------------------------------------


def write_backup(out: BinaryIO, plain: BinaryIO, size: int, manifest: dict, details: dict,
                 passphrase: str | None, progress: Progress = None) -> tuple[int, str]:
    """Write a whole backup of `plain` (`size` bytes of SQLite file) to the seekable `out`;
    return (file size, sha256). `manifest` is what may be read before the passphrase, `details`
    what is sealed with it. The manifest line is written last, over its reserved room, once the
    payload's length and checksum are known."""
    encryption, key = None, None
    if passphrase is not None:
        encryption = {"cipher": "AES-256-GCM", "kdf": "scrypt", **SCRYPT_COST,
                      "salt": _b64(os.urandom(16)), "nonce": _b64(os.urandom(12)),
                      "details_nonce": _b64(os.urandom(12))}
        key, check = _derive(passphrase, encryption)
        encryption["key_check"] = _b64(check)
        sealed = AESGCM(key).encrypt(base64.b64decode(encryption["details_nonce"]),
                                     json.dumps(details, sort_keys=True).encode(), DETAILS_AAD)
        details = {"sealed": _b64(sealed)}
    manifest = {**manifest, **details, "format": FORMAT, "app_version": app.__version__,
                "compression": "zlib", "encryption": encryption}
    signed = _canonical(manifest)
    room = len(_manifest_line({**manifest, "payload": {"length": 0, "sha256": "0" * 64}})) + 24
    out.write(MAGIC + b" " * room + b"\n")

    digest = hashlib.sha256(signed)
    compressor = zlib.compressobj(ZLIB_LEVEL)
    encryptor = None
    if key is not None:
        encryptor = _cipher(key, encryption).encryptor()
        encryptor.authenticate_additional_data(signed)
    length = 0

    def emit(data: bytes) -> None:
        nonlocal length
        if encryptor is not None:
            data = encryptor.update(data)
        if data:
            digest.update(data)
            out.write(data)
            length += len(data)

    done = 0
    while chunk := plain.read(CHUNK):
        emit(compressor.compress(chunk))
        done += len(chunk)
        step(progress, "encrypt" if key is not None else "write", done, size)
    emit(compressor.flush())
    if encryptor is not None:
        tail = encryptor.finalize() + encryptor.tag
        digest.update(tail)
        out.write(tail)
        length += len(tail)

    manifest["payload"] = {"length": length, "sha256": digest.hexdigest()}
    line = _manifest_line(manifest)
    out.seek(len(MAGIC))
    out.write(line.ljust(room))
    return len(MAGIC) + room + 1 + length, digest.hexdigest()


def _manifest_line(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, ensure_ascii=True).encode()


# --- reading --------------------------------------------------------------------------------


def read_header(path: Path) -> Header:
    """Check the magic, the manifest's shape and the payload's length; refuse with the code
    that says what is wrong."""
    path = Path(path)
    where = {"path": str(path)}
    if not path.is_file():
        raise BackupError("not_a_backup", **where, reason="folder" if path.is_dir() else "missing")
    try:
        with open(path, "rb") as fh:
            magic = fh.read(len(MAGIC))
            line = fh.readline(MANIFEST_LIMIT)
        size = path.stat().st_size
    except OSError as exc:
        raise BackupError("read_failed", **where, reason=exc.strerror or str(exc)) from exc
    if magic != MAGIC:
        cut = 0 < len(magic) < len(MAGIC) and MAGIC.startswith(magic)
        raise BackupError("truncated" if cut else "not_a_backup", **where)
    if not line.endswith(b"\n"):
        if len(MAGIC) + len(line) >= size:
            raise BackupError("truncated", **where, expected=None, found=size)
        raise BackupError("checksum_mismatch", **where, part="manifest")
    try:
        manifest = json.loads(line)
        if manifest["format"] > FORMAT:
            raise BackupError("too_new", **where, version=manifest["format"], supported=FORMAT,
                              app_version=str(manifest.get("app_version", "")))
        _check_shape(manifest)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupError("checksum_mismatch", **where, part="manifest") from exc
    offset = len(MAGIC) + len(line)
    expected = manifest["payload"]["length"]
    if size - offset < expected:
        raise BackupError("truncated", **where, expected=offset + expected, found=size)
    if size - offset > expected:
        raise BackupError("checksum_mismatch", **where, part="length")
    if manifest["schema_version"] > LATEST_VERSION:
        raise BackupError("too_new", **where, version=manifest["schema_version"], supported=LATEST_VERSION,
                          app_version=manifest["app_version"])
    return Header(path, manifest, _canonical(manifest), offset)


def _check_shape(m: dict) -> None:
    """Raise ValueError/KeyError/TypeError unless every field has the type it must have."""
    for key, kind in (("format", int), ("app_version", str), ("schema_version", int),
                      ("created_at", str), ("payload", dict)):
        if not isinstance(m[key], kind):
            raise TypeError(key)
    datetime.fromisoformat(m["created_at"])
    enc = m["encryption"]
    if m["format"] >= 2 and enc is not None:
        if not isinstance(m["group_name"], str):
            raise TypeError("group_name")
        base64.b64decode(m["sealed"], validate=True)
        base64.b64decode(enc["details_nonce"], validate=True)
    else:
        _read_details(m)
        if m["format"] >= 2 and not isinstance(m["group_name"], str):
            raise TypeError("group_name")
    if m["compression"] != "zlib":
        raise ValueError("compression")
    if not (isinstance(m["payload"]["length"], int) and m["payload"]["length"] >= 0):
        raise ValueError("length")
    bytes.fromhex(m["payload"]["sha256"])
    if enc is not None:
        if (enc["cipher"], enc["kdf"]) != ("AES-256-GCM", "scrypt"):
            raise ValueError("cipher")
        cost = (enc["n"], enc["r"], enc["p"])
        if not all(type(value) is int for value in cost) or cost not in SCRYPT_ACCEPTED:
            raise ValueError("scrypt cost")
        for name in ("salt", "nonce", "key_check"):
            base64.b64decode(enc[name], validate=True)


def key_for(header: Header, passphrase: str | None) -> bytes | None:
    """The AES key for an encrypted backup (None for a plain one), or the refusal."""
    enc = header.manifest["encryption"]
    if enc is None:
        return None
    if passphrase is None or not passphrase.strip():
        raise BackupError("passphrase_required", path=str(header.path), group_name=header.group_name,
                          created_at=header.manifest["created_at"])
    key, check = _derive(passphrase, enc)
    if check != base64.b64decode(enc["key_check"]):
        raise BackupError("wrong_passphrase", path=str(header.path))
    return key


def read_payload(header: Header, key: bytes | None, out: BinaryIO | None = None,
                 progress: Progress = None, label: str = "verify") -> str:
    """Read the payload through: prove its checksum, and with `key` its GCM tag; with `out`,
    write the SQLite file it holds there. Returns the checksum."""
    where = {"path": str(header.path)}
    length = header.manifest["payload"]["length"]
    enc = header.manifest["encryption"]
    digest = hashlib.sha256(header.signed)
    body = length - (TAG_BYTES if key is not None else 0)
    if body < 0:
        raise BackupError("checksum_mismatch", **where, part="payload")
    decryptor = None
    decompressor = zlib.decompressobj() if out is not None else None
    try:
        with open(header.path, "rb") as fh:
            if key is not None:
                fh.seek(header.offset + body)
                tag = fh.read(TAG_BYTES)
                decryptor = _cipher(key, enc, tag).decryptor()
                decryptor.authenticate_additional_data(header.signed)
            fh.seek(header.offset)
            done = 0
            while done < body:
                chunk = fh.read(min(CHUNK, body - done))
                if not chunk:  # shrank since its length was checked (a stick pulled out)
                    raise BackupError("truncated", **where, expected=header.offset + length,
                                      found=header.offset + done)
                digest.update(chunk)
                done += len(chunk)
                data = decryptor.update(chunk) if decryptor is not None else chunk
                if decompressor is not None:
                    _inflate(out, decompressor, data)
                step(progress, label, done, length)
            if key is not None:
                digest.update(tag)
    except OSError as exc:
        raise BackupError("read_failed", **where, reason=exc.strerror or str(exc)) from exc
    except zlib.error as exc:
        raise BackupError("checksum_mismatch", **where, part="payload") from exc
    sha = digest.hexdigest()
    if sha != header.manifest["payload"]["sha256"]:
        raise BackupError("checksum_mismatch", **where, part="payload")
    if decryptor is not None:
        try:
            decryptor.finalize()
        except InvalidTag as exc:  # checksum right, tag wrong: the file was made to look right
            raise BackupError("checksum_mismatch", **where, part="tag") from exc
    if decompressor is not None:
        _put(out, decompressor.flush())
        if not decompressor.eof:
            raise BackupError("checksum_mismatch", **where, part="payload")
    return sha


def unpack_to(path: Path, target: Path, passphrase: str | None) -> Header:
    """The SQLite book a backup holds, written to the new private file `target` (a working
    copy: a recap's, a move's); BackupError when it cannot be read or the passphrase is wrong."""
    from app.private_files import create_private

    header = read_header(path)
    key = key_for(header, passphrase)
    create_private(target)
    with open(target, "wb") as out:
        read_payload(header, key, out)
    return header


def _inflate(out: BinaryIO, decompressor, data: bytes) -> None:
    """Decompress at most a chunk at a time: the checksum is proved only at the end, and a
    crafted payload could otherwise unfold into gigabytes in memory at once."""
    while data:
        _put(out, decompressor.decompress(data, CHUNK))
        data = decompressor.unconsumed_tail


def _put(out: BinaryIO, data: bytes) -> None:
    try:
        out.write(data)
    except OSError as exc:  # the disk beside the book is full or failing: not the backup's fault
        folder = Path(out.name).parent  # the folder of the book being restored: where room is needed
        raise BackupError("write_failed", path=str(folder), reason=exc.strerror or str(exc)) from exc


def inspect_backup(path: str | os.PathLike, passphrase: str | None = None) -> BackupInfo:
    """What a backup holds, after proving it whole (and the passphrase right); changes nothing."""
    header = read_header(Path(path))
    key = key_for(header, passphrase)
    info = header.info(key)
    read_payload(header, key)
    return info
