"""The book itself on both engines (issue 16): the whole-book check and the audit verification
of the open book (clean, then finding an entry and a member changed behind Lumbung's back), what
a book without a file answers (current_path, is_open, the documents folder, a backup refused),
a kuitansi's PDF, the Buku Kas Umum, the group's own money in and out (Kas & Buku), officers and
an erasure, each on a SQLite book and on a PostgreSQL book."""

from __future__ import annotations

from datetime import date

import pytest

from app import backup, cli, inventory, ledger, leaving, members, privacy, receipts, savings
from app.access import users
from app.audit import verify
from app.cash_book import cash_book
from app.cashbox import moves, pos
from app.cashbox.moves import CashMove
from app.db import check_book, current_path, db, documents_root, is_open
from app.documents.catalogue import Request, documents_folder, generate
from app.engine import current
from app.engine import postgres
from app.engine.postgres import shown
from app.errors import Rejected
from app.inventory import InventoryInput
from app.ledger import BANK, KAS
from app.members import MemberInput
from pdf_support import pdf_text


def _siti() -> int:
    siti = members.add_member(MemberInput(name="Siti Aminah", joined_on=date(2025, 1, 2), phone="0812 5123 4567"))
    savings.deposit(siti.id, "pokok", 10_000, date(2026, 7, 1))
    savings.deposit(siti.id, "sukarela", 150_000, date(2026, 7, 2))
    return siti.id


def test_a_sound_book_checks_clean_and_one_written_behind_lumbungs_back_does_not(any_book):
    siti = _siti()
    ledger.post_entry(date(2026, 7, 3), "Beban ATK", [ledger.debit("5-201", 40_000), ledger.credit("1-101", 40_000)])
    assert check_book() == []
    result = verify.verify()
    assert result.clean and result.entries == 3 and result.records >= 4 and result.head.startswith("#")
    assert verify.verify(anchors=(result.head,)).clean
    # written outside Lumbung: an entry with one posting, a member's name changed
    with db.atomic():
        entry = current().insert(db, "INSERT INTO journal_entries (entry_date, description, entered_at, entered_by)"
                                     " VALUES ('2026-07-04', 'Di luar Lumbung', '2026-07-04 10:00:00', 'x')", ())
        db.execute_sql("INSERT INTO postings (entry_id, account_id, amount_rp, entry_date)"
                       " SELECT ?, id, 5000, '2026-07-04' FROM accounts WHERE code = '1-101'", (entry,))
    db.execute_sql("UPDATE members SET name = 'Siti Diubah' WHERE id = ?", (siti,))
    assert set(check_book()) == {"entries_without_postings", "entries_unbalanced", "trial_balance_not_zero"}
    found = {(f.where, f.code) for f in verify.verify().findings}
    assert found == {(f"JU-{entry}", "audit.entry_unrecorded"), ("anggota 0001", "audit.member_changed")}


def ledger_entries() -> int:
    return db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]


def test_a_book_without_a_file_says_so(any_book, tmp_path):
    on_server = current().name == "postgresql"
    assert is_open()
    assert (current_path() is None) == on_server
    # beside the book's file, or this user's documents folder named after the database (conftest)
    expected = tmp_path / "Dokumen" / "Lumbung" / any_book.split("?")[0].rsplit("/", 1)[-1] if on_server else tmp_path
    assert documents_root() == expected and documents_folder("kuitansi") == expected / "kuitansi"
    target = tmp_path / "cadangan"
    target.mkdir()
    made = backup.create_backup(target)  # a server's book too: through a move-book copy
    assert made.path.parent == target and made.summary.entries == ledger_entries()
    if not on_server:
        return
    # restored over the book the other desktops work on: never
    with pytest.raises(backup.BackupError) as caught:
        backup.restore_backup(made.path)
    assert caught.value.code == "book_on_server" and caught.value.params["path"] == shown(any_book)
    assert list(target.iterdir()) == [made.path]


def test_a_kuitansi_made_from_the_book(any_book, tmp_path):
    _siti()
    text = pdf_text(generate(Request("receipt", number="KW/2026/000002"), target=tmp_path / "kw.pdf"))
    assert "KW/2026/000002" in text and "Siti Aminah" in text and "Rp150.000" in text
    assert "seratus lima puluh ribu rupiah" in text.lower()


def test_the_cash_book_closes_at_the_ledger(any_book):
    _siti()
    ledger.post_entry(date(2026, 7, 10), "Hibah", [ledger.debit("1-102", 1_000_000), ledger.credit("3-201", 1_000_000)])
    ledger.post_entry(date(2026, 8, 5), "ATK", [ledger.debit("5-201", 40_000), ledger.credit("1-101", 40_000)])
    book = cash_book(date(2026, 7, 1), date(2026, 8, 17))
    assert (book.receipts_rp, book.payments_rp) == (1_160_000, 40_000)
    for month in book.months:
        assert (month.cash_rp, month.bank_rp) == (
            ledger.account_balance("1-101", month.end), ledger.account_balance("1-102", month.end))
    assert book.months[-1].total_rp == 1_120_000


def test_officers_and_an_erasure_keep_the_chain_clean(any_book):
    ketua = users.add_user("Hj. Rusmini", ["ketua"], "rahasia-ketua-2026")
    bendahara = users.add_user("Masitah", ["bendahara"], "rahasia-bendahara-2026")
    assert ketua.id != bendahara.id and [u.name for u in users.list_users()] == ["Hj. Rusmini", "Masitah"]
    siti = _siti()
    leaving.settle(siti, date(2026, 8, 1))
    erased = privacy.erase_member(siti, "Permintaan anggota (UU 27/2022)")
    assert erased.name == "Anggota 0001 (data dihapus)" and erased.phone == ""
    assert verify.verify().clean and check_book() == []


def test_the_groups_own_money_in_and_out(any_book):
    assert pos.add("  Sewa   tenda ", "expense") == pos.Pos("5-207", "Sewa tenda", "expense")
    with pytest.raises(Rejected) as refused:
        pos.add("sewa TENDA", "expense")  # NOCASE on both engines
    assert refused.value.codes() == ["pos.name_taken"]
    got = moves.receive(CashMove(date(2026, 8, 1), "Bantuan desa", 3_000_000, "4-302", BANK, "Kantor Desa"))
    assert got.receipt_number == "KW/2026/000001"
    paid = moves.pay(CashMove(date(2026, 8, 2), "Beli tenda", 2_250_000, "5-201", BANK, "Toko Sinar"),
                     item=InventoryInput(name="Tenda biru", quantity=2, unit="buah"))
    assert paid.receipt_number == "BKK/2026/000001"
    assert inventory.get_item(paid.item_id).value_rp == 2_250_000 == ledger.account_balance("1-401")
    moves.transfer(CashMove(date(2026, 8, 3), "Ambil untuk rapat", 500_000, KAS, BANK, "Bu Bendahara"))
    moves.pay(CashMove(date(2026, 8, 4), "Sewa tenda rapat", 100_000, "5-207", KAS, "Pak RT"))
    assert (ledger.account_balance(KAS), ledger.account_balance(BANK)) == (400_000, 250_000)
    assert [r.number for r in receipts.search()] == [
        "BKK/2026/000003", "BKK/2026/000002", "BKK/2026/000001", "KW/2026/000001"]
    assert check_book() == [] and verify.verify().clean


def test_lumbung_verify_reads_a_book_on_a_server_and_changes_nothing(pg_book, pg_server, capsys):
    _siti()
    assert cli.main(["verify", "--db", pg_book]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Buku bersih: ") and "Sidik rantai: #" in out
    db.execute_sql("UPDATE members SET name = 'Siti Diubah' WHERE number = 1")
    assert cli.main(["verify", "--db", pg_book]) == 1
    assert "anggota 0001" in capsys.readouterr().out
    empty = pg_server.create_database("kosong")
    assert cli.main(["verify", "--db", empty]) == 1
    assert "bukan buku Lumbung" in capsys.readouterr().err
    database = postgres.PgBookDatabase(empty)
    try:
        assert database.get_tables() == []  # not migrated, nothing written
    finally:
        database.close()
