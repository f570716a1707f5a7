"""Four desktops posting at once on one PostgreSQL book (issue 16): nothing lost, nothing
twice, no number shared, the chain unbroken, the trial balance zero.

LUMBUNG_PG_SECONDS sets how long they post (20 s by default)."""

from __future__ import annotations

import multiprocessing
import os

from app import ledger
from app.audit.chain import record_hash
from app.audit.log import GENESIS
from app.db import close_book, db, open_book
from pg_workers import post_for

DESKTOPS = 4


def test_four_desktops_post_at_once_and_nothing_is_lost_or_shared(pg_server, pg_template):
    url = pg_server.create_database("shared", template=pg_template)
    seconds = float(os.environ.get("LUMBUNG_PG_SECONDS", "20"))
    with multiprocessing.get_context("spawn").Pool(DESKTOPS) as pool:
        done = pool.starmap(post_for, [(url, seconds, seed) for seed in range(1, DESKTOPS + 1)])
    acknowledged = [pair for one in done for pair in one["entries"]]
    numbers = [n for one in done for n in one["numbers"]]
    assert len(acknowledged) > 100 * DESKTOPS * seconds / 20  # they did post, concurrently

    open_book(url)
    try:
        kas = dict(db.execute_sql(
            "SELECT p.entry_id, p.amount_rp FROM postings p JOIN accounts a ON a.id = p.account_id"
            " WHERE a.code = '1-101'").fetchall())
        entry_ids = [row[0] for row in db.execute_sql("SELECT id FROM journal_entries").fetchall()]
        # every acknowledged entry is there once, with what it said, and nothing else is
        assert sorted(entry_ids) == sorted(e for e, _ in acknowledged)
        assert kas == dict(acknowledged)
        rows = ledger.trial_balance()
        assert sum(r.debit_rp for r in rows) == sum(r.credit_rp for r in rows) > 0
        assert ledger.account_balance("1-101") == sum(amount for _, amount in acknowledged) >= 0
        # member numbers: one each, none skipped
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
        # the audit chain: one record per entry and member, ids without a gap, each linked to the one before
        chain = db.execute_sql('SELECT id, at, "user", kind, subject, detail, entry_id, member_id, prev_hash, hash'
                               " FROM audit_log ORDER BY id").fetchall()
        assert [r[0] for r in chain] == list(range(1, len(acknowledged) + len(numbers) + 1))
        prev = GENESIS
        for rid, at, user, kind, subject, detail, entry_id, member_id, prev_hash, digest in chain:
            assert prev_hash == prev and digest == record_hash(prev, at, user, kind, subject, detail, entry_id, member_id)
            prev = digest
    finally:
        close_book()
