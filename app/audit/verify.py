"""Walk the chain and the book: what was edited, deleted, moved or added outside Lumbung.

Used by the check after start, by `lumbung verify --db BOOK` (read-only, no sign-in) and
printed on the "Jejak audit" PDF. Each finding names where: an entry by its number ("JU-751"),
an audit record ("catatan audit #12"), a member ("anggota 0012").

What is checked, on a read-only connection of its own (it writes nothing):
- the audit_log table and its two triggers are there (and the ledger's and members' guards);
- the chain: each record's prev_hash is the hash of the record before it, each hash recomputes
  (app.audit.chain.record_hash), the ids follow on without a gap (a deleted record);
- every journal entry against its record (app.audit.chain.ENTRY_CONTENT): changed (an amount,
  a posting deleted or added), without a record (inserted outside Lumbung), a record whose entry
  is gone; a reversal link (reversed_by_id) that its storno does not confirm;
- every member's row against the hash in her last record (app.audit.chain.MEMBER_ROW);
- each anchor given ("#822-3f2a9c01d4e5b6a7", the chain's head as an earlier check printed it on
  paper): that record still carries that hash. The chain has no secret key, so someone who
  rewrites a record and recomputes every hash after it passes the walk; he cannot make the
  record an examiner wrote down in the minutes come back with its old hash.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from app import clock
from app.audit.chain import SEAL_DIGEST, SEALED_KEY, Sealed, entry_content, member_row, record_hash
from app.engine.sqlite import SQLITE

AUDIT_VERSION = 18  # the schema version that brought the audit log (m0018_access_audit)
GUARDS = {  # trigger: the table it guards
    "audit_log_no_update": "audit_log", "audit_log_no_delete": "audit_log",
    "postings_no_update": "postings", "postings_no_delete": "postings",
    "journal_entries_no_update": "journal_entries", "journal_entries_no_delete": "journal_entries",
    "members_no_delete": "members",
}
_ENTRY_PREFIX = '{"entry_hash": "'
ANCHOR_DIGITS = 16  # hex characters of the head's hash in an anchor: short enough to copy by hand


@dataclass(frozen=True)
class Finding:
    where: str  # "JU-751", "catatan audit #12", "anggota 0012"
    code: str  # audit.* code, worded in ui/messages.py (and in app.cli for the command line)
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Verification:
    checked_at: datetime
    records: int  # audit records walked
    entries: int  # journal entries checked
    findings: tuple[Finding, ...]
    head: str = ""  # the chain's head as an anchor ("#822-3f2a9c01d4e5b6a7"), "" with no record

    @property
    def clean(self) -> bool:
        return not self.findings


def _anchor_text(record_id: int, digest: str) -> str:
    return f"#{record_id}-{digest[:ANCHOR_DIGITS]}"


def parse_anchor(text: str) -> tuple[int, str]:
    """"#822-3f2a9c01d4e5b6a7" (the # and case optional) -> (822, "3f2a9c01d4e5b6a7"); ValueError."""
    number, _, digest = text.strip().lstrip("#").partition("-")
    digest = digest.strip().lower()
    if not number.isdigit() or len(digest) != ANCHOR_DIGITS or set(digest) - set("0123456789abcdef"):
        raise ValueError(text)
    return int(number), digest


class TooOld(Exception):
    """The book is older than the audit log (version < 18): nothing to verify until it is opened
    once by this Lumbung (which migrates it and seals what it holds)."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def verify(path: str | Path | None = None, anchors: tuple[str, ...] = ()) -> Verification:
    """The book (the open one by default) checked whole, on read-only connections of its own,
    with the anchors of earlier checks; writes nothing. TooOld for a book from before the audit
    log; ValueError for an anchor that is not one. A PostgreSQL book (its address, or the open
    book without a file) is the open one, read through its database in one snapshot."""
    from app.db import connect_read_only, current_path, db, means_server_book

    if means_server_book(path):
        return verify_database(db.obj, anchors)
    path = Path(path) if path is not None else current_path()
    conn = connect_read_only(path)
    try:
        return verify_connection(conn, lambda: connect_read_only(path), anchors)
    finally:
        conn.close()


def verify_database(database, anchors: tuple[str, ...] = ()) -> Verification:
    """A book read through its (PostgreSQL) database, in one snapshot; as verify()."""
    engine = database.engine
    with engine.snapshot(database):
        return verify_connection(SimpleNamespace(execute=database.execute_sql), None, anchors, engine)


def verify_connection(conn, another=None, anchors: tuple[str, ...] = (), engine=SQLITE) -> Verification:
    """`conn`: a sqlite3 connection, or anything whose execute() reads the book as `engine`'s.
    `another()`: a second connection to the same file, on which the entries are hashed in a
    thread while the chain is walked here (SQLite lets go of Python's lock while it reads: the
    two overlap on two cores)."""
    wanted = [(text, *parse_anchor(text)) for text in anchors]
    if engine is SQLITE:
        # One snapshot for the whole check: the app may post or add a member meanwhile (the
        # check after start runs beside her work), and a member read after a chain that lacks
        # her record would be a false alarm. (A server's book comes in its snapshot already.)
        conn.execute("BEGIN")
    version = engine.schema_version(conn)
    if version < AUDIT_VERSION:
        raise TooOld(version)
    checked_at = clock.now()
    findings: list[Finding] = []
    objects = engine.schema_objects(conn)
    if ("table", "audit_log") not in objects:
        findings.append(Finding("catatan audit", "audit.log_missing"))
        entries = conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0]
        return Verification(checked_at, 0, entries, tuple(findings))
    for trigger, table in GUARDS.items():
        if ("trigger", trigger) not in objects:
            findings.append(Finding(table, "audit.guard_missing", {"trigger": trigger, "table": table}))
    hashed = _Hashed(another, engine, _head_id(conn))
    entry_hashes, member_hashes, records, seals, head = _walk_chain(conn, findings, engine)
    for text, record_id, digest in wanted:
        row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (record_id,)).fetchone()
        if row is None or not row[0].startswith(digest):
            findings.append(Finding(f"catatan audit #{record_id}", "audit.anchor_changed", {"anchor": text.strip()}))
    if records == 0 and conn.execute("SELECT 1 FROM settings WHERE key = ?", (SEALED_KEY,)).fetchone():
        findings.append(Finding("catatan audit", "audit.log_emptied"))
    entries = _check_entries(hashed.result(conn), entry_hashes, seals, findings)
    _check_reversals(conn, findings)
    _check_members(conn, member_hashes, findings, engine)
    return Verification(checked_at, records, entries, tuple(findings), _anchor_text(*head) if head else "")


class _Hashed:
    """Every entry's content hash, in entry order: [(id, hash)], made in a thread on a connection
    of its own when one is given, else on the caller's when asked. The thread's snapshot must
    be the caller's: every write Lumbung makes appends to the audit chain, so the same head
    means the same book; another head (she posted in between) and the caller hashes instead."""

    def __init__(self, connect, engine, head: int) -> None:
        self.engine = engine
        self.rows: list | None = None
        self.error: BaseException | None = None
        self.thread = None
        if connect is not None:
            self.thread = threading.Thread(target=self._run, args=(connect, head), daemon=True)
            self.thread.start()

    def _run(self, connect, head: int) -> None:
        try:
            conn = connect()
            try:
                conn.execute("BEGIN")
                if _head_id(conn) == head:
                    self.rows = _entry_hashes(conn, self.engine)
            finally:
                conn.close()
        except BaseException as exc:  # raised again in result()
            self.error = exc

    def result(self, conn) -> list:
        if self.thread is not None:
            self.thread.join()
            if self.error is not None:
                raise self.error
        return self.rows if self.rows is not None else _entry_hashes(conn, self.engine)


def _head_id(conn) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def _entry_hashes(conn, engine) -> list:
    sha = hashlib.sha256
    return [(entry_id, sha(text.encode("utf-8")).hexdigest())
            for entry_id, text in conn.execute(entry_content(engine).format(where="ORDER BY e.id"))]


# The text record_hash hashes, made by the database (json_quote writes a string as json.dumps
# does for ordinary text; the hashes, the time and the kind Lumbung writes need no quoting): a
# million records in about two seconds. A record whose text differs (a control character escaped
# another way, a quote put in a hash) is hashed again by record_hash itself before any finding.
def _chain(engine) -> str:
    quote = engine.json_quote
    return f"""
    SELECT id, prev_hash, hash, kind, entry_id, member_id,
           CASE WHEN kind = 'entry' AND substr(detail, 1, 16) = '{{"entry_hash": "' THEN substr(detail, 17, 64) END,
           CASE WHEN kind IN ('member', 'seal') THEN detail END,
           '["' || prev_hash || '", "' || at || '", ' || {quote('"user"')} || ', "' || kind || '", '
           || {quote('subject')} || ', ' || {quote('detail')} || ', '
           || coalesce(CAST(entry_id AS TEXT), 'null') || ', ' || coalesce(CAST(member_id AS TEXT), 'null') || ']'
    FROM audit_log ORDER BY id"""


def _walk_chain(conn, findings: list[Finding], engine) -> tuple[dict, dict, int, list, tuple[int, str] | None]:
    """Each record: its link, its hash, the id after the one before. The entries' hashes by
    entry id and the last member hash by member id, as the records say; the seals; the head
    (the last record's id and hash), None for an empty log."""
    from app.audit.log import GENESIS

    entry_hashes: dict[int, tuple[str, int]] = {}  # entry id: (hash, record id)
    member_hashes: dict[int, tuple[str, int]] = {}
    seals: list[Sealed] = []
    prev, prev_id, count = GENESIS, 0, 0
    sha = hashlib.sha256
    rows = conn.execute(_chain(engine))
    for rid, prev_hash, digest, kind, entry_id, member_id, entry_digest, member_detail, text in rows:
        count += 1
        if rid != prev_id + 1:
            gone = (prev_id + 1, rid - 1)
            records = f"#{gone[0]}" if gone[0] == gone[1] else f"#{gone[0]}–#{gone[1]}"
            findings.append(Finding(f"catatan audit #{rid}", "audit.record_deleted",
                                    {"first": gone[0], "last": gone[1], "records": records}))
        elif prev_hash != prev:
            findings.append(Finding(f"catatan audit #{rid}", "audit.chain_broken", {"before": prev_id}))
        if sha(text.encode("utf-8")).hexdigest() != digest and _rehash(conn, rid) != digest:
            findings.append(Finding(f"catatan audit #{rid}", "audit.record_changed"))
        prev, prev_id = digest, rid
        if entry_id is not None and kind == "entry":
            if entry_digest is None:
                entry_digest = _json(_detail(conn, rid)).get("entry_hash")
            entry_hashes[entry_id] = (entry_digest, rid)
        elif member_id is not None and kind == "member":
            value = _json(member_detail).get("member_hash")
            if value:
                member_hashes[member_id] = (value, rid)
        elif kind == "seal":
            sealed = Sealed(rid, _json(member_detail))
            seals.append(sealed)
            member_hashes.update({mid: (value, rid) for mid, value in sealed.member_hashes.items()})
    return entry_hashes, member_hashes, count, seals, (prev_id, prev) if count else None


def _rehash(conn, rid: int) -> str:
    (row,) = conn.execute('SELECT prev_hash, at, "user", kind, subject, detail, entry_id, member_id FROM audit_log'
                          " WHERE id = ?", (rid,)).fetchall()
    return record_hash(*row)


def _detail(conn, rid: int) -> str:
    return conn.execute("SELECT detail FROM audit_log WHERE id = ?", (rid,)).fetchone()[0]


def _json(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _check_entries(hashed: list, entry_hashes: dict, seals: list[Sealed], findings: list[Finding]) -> int:
    pop = entry_hashes.pop
    wholes = [hashlib.sha256() for _ in seals]
    seen = [set() for _ in seals]
    for entry_id, digest in hashed:
        recorded = pop(entry_id, None)
        if recorded is None:
            for n, sealed in enumerate(seals):
                short = sealed.digest(entry_id)
                if short is not None:
                    recorded = (short, sealed.record_id)
                    wholes[n].update(digest.encode("ascii"))
                    seen[n].add(entry_id)
                    digest = digest[:SEAL_DIGEST]
                    break
        if recorded is None:
            findings.append(Finding(f"JU-{entry_id}", "audit.entry_unrecorded"))
        elif digest != recorded[0]:
            findings.append(Finding(f"JU-{entry_id}", "audit.entry_changed", {"record": recorded[1]}))
    for entry_id, (_, rid) in sorted(entry_hashes.items()):
        findings.append(Finding(f"JU-{entry_id}", "audit.entry_missing", {"record": rid}))
    for n, sealed in enumerate(seals):
        gone = sorted(set(sealed.index) - seen[n])
        for entry_id in gone:
            findings.append(Finding(f"JU-{entry_id}", "audit.entry_missing", {"record": sealed.record_id}))
        named = any(f.params.get("record") == sealed.record_id and f.where.startswith("JU-") for f in findings)
        if wholes[n].hexdigest() != sealed.whole and not named:
            findings.append(Finding(f"catatan audit #{sealed.record_id}", "audit.sealed_changed"))
    return len(hashed)


def _check_reversals(conn, findings: list[Finding]) -> None:
    """reversed_by_id is set once, after the entry's record: the storno's own record (its
    reverses_id) is what vouches for it, both ways. (Ids start at 1: coalesce(…, 0) <> is the
    null-safe comparison both engines read.)"""
    for entry_id, reversed_by in conn.execute(
            "SELECT e.id, e.reversed_by_id FROM journal_entries e LEFT JOIN journal_entries r"
            " ON r.id = e.reversed_by_id WHERE e.reversed_by_id IS NOT NULL AND coalesce(r.reverses_id, 0) <> e.id"
            " UNION ALL SELECT r.reverses_id, NULL FROM journal_entries r JOIN journal_entries e"
            " ON e.id = r.reverses_id WHERE coalesce(e.reversed_by_id, 0) <> r.id"):
        findings.append(Finding(f"JU-{entry_id}", "audit.reversal_link_changed",
                                {"reversed_by": f"JU-{reversed_by}" if reversed_by else ""}))


def _check_members(conn, member_hashes: dict, findings: list[Finding], engine) -> None:
    sha = hashlib.sha256
    for member_id, number, text in conn.execute(member_row(engine).format(where="ORDER BY number")):
        where = f"anggota {number:04d}"
        recorded = member_hashes.pop(member_id, None)
        if recorded is None:
            findings.append(Finding(where, "audit.member_unrecorded"))
        elif sha(text.encode("utf-8")).hexdigest() != recorded[0]:
            findings.append(Finding(where, "audit.member_changed", {"record": recorded[1]}))
    for member_id, (_, rid) in sorted(member_hashes.items()):
        findings.append(Finding(f"catatan audit #{rid}", "audit.member_missing", {"member_id": member_id}))


def check(path: str | Path | None = None) -> list[Finding]:
    """The findings for the check after start (ui.main_window, beside app.db.check_book): none
    for a book that cannot be read (check_book says "damaged" then)."""
    try:
        return list(verify(path).findings)
    except TooOld:
        return [Finding("", "audit.too_old")]
    except sqlite3.DatabaseError:
        return []
