"""The audit chain (issue 15): journal entries and members join it, old books are sealed once,
and verify() finds what was changed in the file outside Lumbung, naming where.

The tampering is done as an attacker would: on a copy of the book, with sqlite3, after dropping
the triggers that guard the tables."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app import ledger, members, reversals
from app.audit import chain, log, personal
from app.audit.verify import TooOld, verify
from app.db import close_book, db, open_book
from app.ledger import credit, debit
from app.migrations import apply_migrations
from app.members import MemberInput

GUARDS = ("postings_no_update", "postings_no_delete", "journal_entries_no_update", "journal_entries_no_delete",
          "audit_log_no_update", "audit_log_no_delete", "members_no_delete")


@pytest.fixture
def village(demo_template, tmp_path) -> Path:
    """A closed copy of the demo village's book."""
    path = tmp_path / "desa.sqlite"
    shutil.copy(demo_template, path)
    return path


def tamper(path: Path, *statements: str, params=()) -> None:
    """Raw SQL on the file, the guards dropped first and the foreign keys off, as an attacker would."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for guard in GUARDS:
            conn.execute(f"DROP TRIGGER IF EXISTS {guard}")
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
        conn.commit()
    finally:
        conn.close()


def read(path: Path, sql: str, params=()) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def found(path: Path) -> set[tuple[str, str]]:
    """(where, code) of each finding, the dropped guards left out."""
    return {(f.where, f.code) for f in verify(path).findings if f.code != "audit.guard_missing"}


def an_entry(path: Path) -> int:
    """An ordinary entry of the village (not a storno, not reversed) with three postings or fewer."""
    return read(path, "SELECT id FROM journal_entries WHERE reverses_id IS NULL AND reversed_by_id IS NULL"
                      " ORDER BY id LIMIT 1 OFFSET 40")[0][0]


# -- an untouched book --------------------------------------------------------------------------


def test_the_demo_village_verifies_clean(village):
    result = verify(village)
    assert result.clean, result.findings[:5]
    entries, members_ = read(village, "SELECT (SELECT count(*) FROM journal_entries), (SELECT count(*) FROM members)")[0]
    assert result.entries == entries > 500
    # Every entry has its record; every member at least one.
    assert read(village, "SELECT count(DISTINCT entry_id), count(DISTINCT member_id) FROM audit_log")[0] == (
        entries, members_)


def test_verify_writes_nothing(village):
    before = village.read_bytes()
    verify(village)
    assert village.read_bytes() == before
    assert not Path(f"{village}-wal").exists()


def test_the_check_reads_one_state_of_the_book_while_she_works(book):
    """The check after start runs beside her work: a member added and a deposit posted after
    it began are not in what it reads, and raise no alarm (they are checked next time)."""
    from app import savings
    from app.audit.verify import verify_connection
    from app.db import connect_read_only

    siti = members.add_member(MemberInput(name="Siti Aminah", joined_on=date(2026, 1, 5)))
    savings.deposit(siti.id, "sukarela", 10_000, date(2026, 8, 1))

    def meanwhile():  # the hashing thread's connection opens after she saved two more things
        ani = members.add_member(MemberInput(name="Ani", joined_on=date(2026, 2, 5)))
        savings.deposit(ani.id, "sukarela", 20_000, date(2026, 8, 2))
        return connect_read_only(book)

    conn = connect_read_only(book)
    try:
        during = verify_connection(conn, meanwhile)
    finally:
        conn.close()
    assert during.clean and during.entries == 1
    after = verify(book)
    assert after.clean and after.entries == 2


# -- entries ------------------------------------------------------------------------------------


def test_posting_appends_a_record_with_the_entry_hash(book):
    entry = ledger.post_entry(date(2026, 8, 3), "Hibah CSR", [debit("1-101", 50_000), credit("3-201", 50_000)],
                              reference="BNI-7")
    (record,) = [r for r in log.records(kind="entry") if r.entry_id == entry]
    assert record.detail == {"entry_hash": chain.entry_hash(db, entry)}
    assert record.subject == f"JU-{entry}"
    assert verify(book).clean


def test_a_reversal_chains_and_the_link_is_vouched_for(book):
    entry = ledger.post_entry(date(2026, 8, 3), "Hibah CSR", [debit("1-101", 50_000), credit("3-201", 50_000)])
    storno = reversals.reverse(entry, "Salah ketik")
    kinds = [(r.kind, r.entry_id) for r in log.records()]
    assert kinds[-2:] == [("entry", entry), ("entry", storno)]
    records = log.records()
    assert all(b.prev_hash == a.hash for a, b in zip(records, records[1:]))
    assert verify(book).clean  # reversed_by_id set after the record: covered by the storno's own
    close_book()
    tamper(book, f"UPDATE journal_entries SET reversed_by_id = NULL WHERE id = {entry}")
    assert (f"JU-{entry}", "audit.reversal_link_changed") in found(book)


def test_an_edited_amount_is_found_and_named(village):
    entry = an_entry(village)
    tamper(village, f"UPDATE postings SET amount_rp = amount_rp + 1000 WHERE id = "
                    f"(SELECT min(id) FROM postings WHERE entry_id = {entry})")
    result = verify(village)
    assert (f"JU-{entry}", "audit.entry_changed") in {(f.where, f.code) for f in result.findings}
    assert ("postings", "audit.guard_missing") in {(f.where, f.code) for f in result.findings}


def test_a_deleted_posting_is_found(village):
    entry = an_entry(village)
    tamper(village, f"DELETE FROM postings WHERE id = (SELECT max(id) FROM postings WHERE entry_id = {entry})")
    assert found(village) == {(f"JU-{entry}", "audit.entry_changed")}


def test_an_added_posting_is_found(village):
    entry = an_entry(village)
    tamper(village, "INSERT INTO postings (entry_id, account_id, entry_date, amount_rp, memo)"
                    f" SELECT id, 1, entry_date, 5000, '' FROM journal_entries WHERE id = {entry}")
    assert found(village) == {(f"JU-{entry}", "audit.entry_changed")}


def test_an_edited_description_is_found(village):
    entry = an_entry(village)
    tamper(village, f"UPDATE journal_entries SET description = 'Lain' WHERE id = {entry}")
    assert found(village) == {(f"JU-{entry}", "audit.entry_changed")}


def test_an_entry_inserted_without_a_record_is_found(village):
    tamper(village,
           "INSERT INTO journal_entries (entry_date, description, entered_at, entered_by)"
           " VALUES ('2026-08-01', 'Masuk diam-diam', '2026-08-01 10:00:00', 'x')",
           "INSERT INTO postings (entry_id, account_id, entry_date, amount_rp)"
           " SELECT max(id), (SELECT id FROM accounts WHERE code = '1-101'), '2026-08-01', 7000 FROM journal_entries",
           "INSERT INTO postings (entry_id, account_id, entry_date, amount_rp)"
           " SELECT max(id), (SELECT id FROM accounts WHERE code = '3-201'), '2026-08-01', -7000 FROM journal_entries")
    (new,) = read(village, "SELECT max(id) FROM journal_entries")[0]
    assert found(village) == {(f"JU-{new}", "audit.entry_unrecorded")}


def test_an_entry_deleted_whole_is_found_by_its_record(village):
    entry = an_entry(village)
    (record,) = read(village, "SELECT id FROM audit_log WHERE entry_id = ?", (entry,))[0]
    tamper(village, f"DELETE FROM postings WHERE entry_id = {entry}", f"DELETE FROM journal_entries WHERE id = {entry}")
    result = verify(village)
    (finding,) = [f for f in result.findings if f.code == "audit.entry_missing"]
    assert finding.where == f"JU-{entry}" and finding.params["record"] == record


# -- the chain itself ---------------------------------------------------------------------------


def test_a_deleted_audit_record_is_found_where_it_was(village):
    (record, entry) = read(village, "SELECT id, entry_id FROM audit_log WHERE entry_id IS NOT NULL"
                                    " ORDER BY id LIMIT 1 OFFSET 100")[0]
    tamper(village, f"DELETE FROM audit_log WHERE id = {record}")
    result = verify(village)
    deleted = [f for f in result.findings if f.code == "audit.record_deleted"]
    assert [(f.where, f.params["records"]) for f in deleted] == [(f"catatan audit #{record + 1}", f"#{record}")]
    assert (f"JU-{entry}", "audit.entry_unrecorded") in found(village)


def test_the_last_audit_records_deleted_leave_their_entries_unrecorded(village):
    (last_entry,) = read(village, "SELECT max(id) FROM journal_entries")[0]
    tamper(village, f"DELETE FROM audit_log WHERE entry_id = {last_entry}")
    assert (f"JU-{last_entry}", "audit.entry_unrecorded") in found(village)


def test_an_edited_audit_record_is_found(village):
    (record,) = read(village, "SELECT id FROM audit_log WHERE kind = 'member' ORDER BY id LIMIT 1 OFFSET 3")[0]
    tamper(village, f"UPDATE audit_log SET user = 'Orang lain' WHERE id = {record}")
    assert found(village) == {(f"catatan audit #{record}", "audit.record_changed")}


def test_reordered_audit_records_are_found(village):
    a, b = 200, 201
    tamper(village, f"UPDATE audit_log SET id = -1 WHERE id = {a}", f"UPDATE audit_log SET id = {a} WHERE id = {b}",
           f"UPDATE audit_log SET id = {b} WHERE id = -1")
    assert {(f"catatan audit #{a}", "audit.chain_broken"), (f"catatan audit #{b}", "audit.chain_broken"),
            (f"catatan audit #{b + 1}", "audit.chain_broken")} <= found(village)


def test_a_record_rewritten_with_a_recomputed_hash_breaks_the_next_link(village):
    """Changing a record and its own hash is not enough: the record after still names the old one."""
    (rid, prev, at, user, kind, subject, detail, entry_id, member_id) = read(
        village, "SELECT id, prev_hash, at, user, kind, subject, detail, entry_id, member_id FROM audit_log"
                 " WHERE id = 50")[0]
    forged = chain.record_hash(prev, at, "Orang lain", kind, subject, detail, entry_id, member_id)
    tamper(village, "UPDATE audit_log SET user = 'Orang lain', hash = ? WHERE id = 50", params=(forged,))
    assert found(village) == {("catatan audit #51", "audit.chain_broken")}


def test_a_forger_who_rewrites_the_whole_chain_is_caught_by_the_anchor_on_paper(village):
    """The chain has no secret key: rewriting record 50 and recomputing every hash after it
    passes the walk. The anchor an examiner copied from the last check does not come back."""
    anchor = verify(village).head
    head_id = int(anchor[1:].split("-")[0])
    assert verify(village, (anchor,)).clean and verify(village, (anchor.upper().lstrip("#"),)).clean
    conn = sqlite3.connect(village)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for guard in GUARDS:
            conn.execute(f"DROP TRIGGER IF EXISTS {guard}")
        conn.execute("UPDATE audit_log SET user = 'Orang lain' WHERE id = 50")
        prev = conn.execute("SELECT hash FROM audit_log WHERE id = 49").fetchone()[0]
        rows = conn.execute("SELECT id, at, user, kind, subject, detail, entry_id, member_id FROM audit_log"
                            " WHERE id >= 50 ORDER BY id").fetchall()
        for rid, *content in rows:
            digest = chain.record_hash(prev, *content)
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, rid))
            prev = digest
        conn.commit()
    finally:
        conn.close()
    assert found(village) == set()  # the walk alone is fooled
    result = verify(village, (anchor,))
    assert {(f.where, f.code) for f in result.findings if f.code != "audit.guard_missing"} \
        == {(f"catatan audit #{head_id}", "audit.anchor_changed")}
    with pytest.raises(ValueError):
        verify(village, ("#12-bukan-sidik",))


def test_the_audit_table_dropped_is_found(village):
    tamper(village, "DROP TABLE audit_log")
    result = verify(village)
    assert ("catatan audit", "audit.log_missing") in {(f.where, f.code) for f in result.findings}
    assert not result.clean


def test_the_audit_log_emptied_is_found_and_not_sealed_again(village):
    tamper(village, "DELETE FROM audit_log")
    assert ("catatan audit", "audit.log_emptied") in found(village)
    open_book(village)  # the next start must not seal the tampered book afresh
    close_book()
    assert read(village, "SELECT count(*) FROM audit_log")[0][0] == 0
    assert ("catatan audit", "audit.log_emptied") in found(village)


def test_the_guards_dropped_are_found(village):
    tamper(village)
    assert {f.where for f in verify(village).findings if f.code == "audit.guard_missing"} == {
        "postings", "journal_entries", "audit_log", "members"}


# -- members ------------------------------------------------------------------------------------


def simple(name: str, **kw) -> MemberInput:
    return MemberInput(name=name, joined_on=date(2026, 1, 5), **kw)


def test_member_changes_are_recorded_with_old_and_new_values(book):
    row = members.add_member(simple("Siti Aminah", phone="0812 5123 4567"))
    members.update_member(row.id, replace(row.as_input(), phone="0813 5123 4567", desa="Alabio"))
    members.mark_left(row.id, date(2026, 8, 1))
    members.undo_leaving(row.id, "Salah pilih anggota")
    records = log.records(kind="member", member_id=row.id)
    assert [r.detail["what"] for r in records] == ["added", "edited", "left", "returned"]
    shown = [personal.shown_detail(r)["changes"] for r in records]  # sign-in off: she keeps the register
    assert shown[0]["name"] == [None, "Siti Aminah"]
    assert shown[1] == {"phone": ["0812 5123 4567", "0813 5123 4567"], "desa": ["", "Alabio"]}
    assert shown[2] == records[2].detail["changes"] == {"left_on": [None, "2026-08-01"]}
    assert shown[3] == {"left_on": ["2026-08-01", None]}
    # her personal values are sealed with her key in the log itself; the subject names her number
    assert records[1].detail["changes"] == {} and records[1].detail["personal"]["fields"] == ["desa", "phone"]
    assert "0813 5123 4567" not in str(db.execute_sql("SELECT * FROM audit_log").fetchall())
    assert records[0].subject == "Anggota 0001"
    assert verify(book).clean


def test_a_sealed_value_opens_only_with_her_key(book):
    siti = members.add_member(simple("Siti Aminah", phone="0812 5123 4567"))
    rina = members.add_member(simple("Rina", phone="0877 1111 2222"))
    sealed = log.records(kind="member", member_id=siti.id)[0].detail["personal"]
    assert personal.open_sealed(siti.id, sealed)["phone"] == [None, "0812 5123 4567"]
    assert personal.open_sealed(rina.id, sealed) is None  # copied to another member's record: it does not open
    personal.shred(siti.id)
    assert personal.open_sealed(siti.id, sealed) is None


def test_an_edit_that_changes_nothing_adds_no_record(book):
    row = members.add_member(simple("Siti Aminah"))
    members.update_member(row.id, row.as_input())
    assert len(log.records(kind="member", member_id=row.id)) == 1


def test_a_nik_changed_with_raw_sql_is_found(village):
    (member_id, number) = read(village, "SELECT id, number FROM members WHERE nik IS NOT NULL ORDER BY number"
                                        " LIMIT 1 OFFSET 2")[0]
    tamper(village, f"UPDATE members SET nik = '3308015505800099' WHERE id = {member_id}")
    (finding,) = [f for f in verify(village).findings if f.code.startswith("audit.member")]
    assert (finding.where, finding.code) == (f"anggota {number:04d}", "audit.member_changed")


def test_a_member_added_with_raw_sql_is_found(village):
    tamper(village, "INSERT INTO members (number, name, sex, joined_on, created_at, updated_at)"
                    " VALUES (999, 'Siluman', 'P', '2026-01-01', '2026-01-01', '2026-01-01')")
    assert found(village) == {("anggota 0999", "audit.member_unrecorded")}


# -- a book from before the chain: sealed once -----------------------------------------------------


def old_book(path: Path, version: int = 17) -> None:
    """A version-17 book with members and entries written before the audit log existed."""
    conn = sqlite3.connect(path, isolation_level=None)
    apply_migrations(conn, version)
    conn.execute("INSERT INTO members (number, name, sex, joined_on, created_at, updated_at)"
                 " VALUES (1, 'Siti', 'P', '2025-01-01', '2025-01-01 10:00:00', '2025-01-01 10:00:00')")
    kas, modal = (conn.execute("SELECT id FROM accounts WHERE code = ?", (c,)).fetchone()[0] for c in ("1-101", "3-201"))
    for n in range(1, 4):
        conn.execute("INSERT INTO journal_entries (entry_date, description, entered_at, entered_by)"
                     f" VALUES ('2025-02-0{n}', 'Hibah {n}', '2025-02-0{n} 10:00:00', 'Sekretaris')")
        conn.execute(f"INSERT INTO postings (entry_id, account_id, entry_date, amount_rp) VALUES ({n}, {kas}, '2025-02-0{n}', 1000)")
        conn.execute(f"INSERT INTO postings (entry_id, account_id, entry_date, amount_rp, member_id)"
                     f" VALUES ({n}, {modal}, '2025-02-0{n}', -1000, 1)")
    conn.close()


def test_an_old_book_is_sealed_at_its_first_open_and_verifies_clean(tmp_path):
    path = tmp_path / "lama.sqlite"
    old_book(path)
    with pytest.raises(TooOld):
        verify(path)
    open_book(path)
    try:
        records = log.records()
        assert [(r.kind, r.entry_id, r.member_id) for r in records] == [("seal", None, None)]
        assert records[0].subject == "Buku disegel: 3 transaksi, 1 anggota"
        assert records[0].detail["entry_runs"] == [[1, 3]] and len(records[0].detail["entry_digests"]) == 24
        assert verify(path).clean
        ledger.post_entry(date(2026, 8, 3), "Setoran", [debit("1-101", 500), credit("3-201", 500)])
        assert verify(path).clean  # the chain goes on from the seal
    finally:
        close_book()
    open_book(path)  # sealed once: the second open adds nothing
    close_book()
    assert read(path, "SELECT count(*) FROM audit_log")[0][0] == 2
    tamper(path, "UPDATE postings SET amount_rp = 2000 WHERE entry_id = 2 AND amount_rp = 1000")
    assert ("JU-2", "audit.entry_changed") in found(path)


def sealed_book(tmp_path) -> Path:
    path = tmp_path / "lama.sqlite"
    old_book(path)
    open_book(path)
    close_book()
    return path


def test_a_sealed_entry_deleted_is_named(tmp_path):
    path = sealed_book(tmp_path)
    tamper(path, "DELETE FROM postings WHERE entry_id = 3", "DELETE FROM journal_entries WHERE id = 3")
    assert found(path) == {("JU-3", "audit.entry_missing")}


def test_a_sealed_member_changed_is_named(tmp_path):
    path = sealed_book(tmp_path)
    tamper(path, "UPDATE members SET nik = '3308015505800099' WHERE id = 1")
    assert found(path) == {("anggota 0001", "audit.member_changed")}


def test_the_seal_record_changed_is_found(tmp_path):
    path = sealed_book(tmp_path)
    tamper(path, "UPDATE audit_log SET detail = replace(detail, '\"entries\": 3', '\"entries\": 4') WHERE id = 1")
    assert found(path) == {("catatan audit #1", "audit.record_changed")}


def test_the_whole_hash_catches_what_the_short_digests_miss(tmp_path):
    """The short digests name an entry; the hash over all the sealed entries' full hashes is what
    proves them: a seal whose whole hash no longer matches is found, even with its record's own
    hash recomputed."""
    path = sealed_book(tmp_path)
    (prev, at, user, kind, subject, detail) = read(path, "SELECT prev_hash, at, user, kind, subject, detail"
                                                         " FROM audit_log WHERE id = 1")[0]
    forged = json.loads(detail)
    forged["entries_hash"] = "0" * 64
    text = json.dumps(forged, sort_keys=True)
    tamper(path, "UPDATE audit_log SET detail = ?, hash = ? WHERE id = 1",
           params=(text, chain.record_hash(prev, at, user, kind, subject, text, None, None)))
    assert found(path) == {("catatan audit #1", "audit.sealed_changed")}


def test_a_new_book_starts_its_chain_with_its_first_record(book):
    assert log.records() == []
    assert verify(book).clean
    members.add_member(simple("Siti"))
    assert [r.prev_hash for r in log.records()] == [log.GENESIS]
    assert db.execute_sql("SELECT 1 FROM settings WHERE key = ?", (chain.SEALED_KEY,)).fetchone()


def test_the_entry_hash_does_not_depend_on_the_order_postings_were_written(book):
    lines = [debit("1-101", 3000), credit("3-201", 1000), credit("3-201", 2000)]
    first = ledger.post_entry(date(2026, 8, 3), "Hibah", lines)
    second = ledger.post_entry(date(2026, 8, 3), "Hibah", list(reversed(lines)))
    texts = {entry: db.execute_sql(chain.ENTRY_CONTENT.format(where="WHERE e.id = ?"), (entry,)).fetchone()[1]
             for entry in (first, second)}
    assert json.loads(texts[first].split("]", 1)[0] + "]")[1] == "Hibah"
    assert texts[first].split("]", 1)[1] == texts[second].split("]", 1)[1]  # the postings, sorted


def test_records_with_odd_text_verify_clean(book):
    """The chain's text is made by SQLite for speed; where it would differ from record_hash's
    (escapes, quotes), record_hash itself decides."""
    for text in ('Siti "Ami" \\ \t\n\x01\x7f', "Ŝiti\u2028Ämi 🙂", "'; DROP TABLE audit_log; --"):
        log.record("settings", text, {"changes": {"group_name": [text, "x"]}})
    db.execute_sql("UPDATE settings SET value = ? WHERE key = 'operator_name'", ('Bu "Ketua"\\',))
    log.record("settings", "nama", {})
    assert verify(book).clean
