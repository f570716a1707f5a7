"""The double-entry ledger: posting, refusals that write nothing, reversal, balances, and the
immutability the database enforces by itself."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal

import pytest

from app import accounts, ledger, settings
from app.db import db
from app.errors import Rejected
from app.ledger import Line, credit, debit
from app.members import MemberInput, add_member

D = date(2026, 8, 1)


def counts() -> tuple[int, int]:
    entries = db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]
    postings = db.execute_sql("SELECT count(*) FROM postings").fetchone()[0]
    return entries, postings


def postings_sum(code: str, through: date | None = None) -> int:
    sql = "SELECT coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id WHERE a.code = ?"
    params: list = [code]
    if through is not None:
        sql += " AND p.entry_date <= ?"
        params.append(through.isoformat())
    return db.execute_sql(sql, params).fetchone()[0]


def refused(entry_date, description, lines) -> Rejected:
    """Post, expect a refusal, and check that not a row was written."""
    before = counts()
    with pytest.raises(Rejected) as info:
        ledger.post_entry(entry_date, description, lines)
    assert counts() == before
    return info.value


def only_issue(error: Rejected):
    assert len(error.issues) == 1, error.issues
    return error.issues[0]


def new_member(name="Siti Aminah") -> int:
    return add_member(MemberInput(name=name, sex="P", joined_on=date(2026, 1, 5))).id


# --- posting and balances ------------------------------------------------------------------


def test_balanced_entry_posts_and_balances_follow(book):
    entry_id = ledger.post_entry(D, "  Hibah CSR  ", [debit("1-101", 5_000_000), credit("3-201", 5_000_000)], "BKM-1")
    ledger.post_entry(date(2026, 8, 10), "Beli ATK", [debit("5-201", 150_000), credit("1-101", 150_000)])

    entry = ledger.get_entry(entry_id)
    assert entry.description == "Hibah CSR"  # stored trimmed
    assert entry.reference == "BKM-1"
    assert [(l.account, l.amount_rp) for l in entry.lines] == [("1-101", 5_000_000), ("3-201", -5_000_000)]
    rows = db.execute_sql("SELECT entry_date FROM postings WHERE entry_id = ?", [entry_id]).fetchall()
    assert rows == [("2026-08-01",), ("2026-08-01",)]

    assert ledger.account_balance("1-101") == 4_850_000 == postings_sum("1-101")
    assert ledger.account_balance("1-101", date(2026, 7, 31)) == 0
    assert ledger.account_balance("1-101", D) == 5_000_000  # the day itself is included
    assert ledger.account_balance("1-101", date(2026, 8, 9)) == 5_000_000
    assert ledger.account_balance("1-101", date(2026, 8, 10)) == 4_850_000
    assert ledger.account_balance("3-201") == -5_000_000
    assert ledger.account_balance("1-102") == 0  # an account without postings


def test_trial_balance_sums_to_zero_and_sides(book):
    ledger.post_entry(D, "Modal", [debit("1-101", 3_000_000), debit("1-102", 2_000_000), credit("3-201", 5_000_000)])
    ledger.post_entry(D, "Jual telur", [debit("1-101", 90_000), credit("4-201", 90_000)])
    ledger.post_entry(date(2026, 8, 5), "Bahan", [debit("5-101", 40_000), credit("1-101", 40_000)])
    rows = ledger.trial_balance()
    assert sum(r.debit_rp for r in rows) == sum(r.credit_rp for r in rows)
    by_code = {r.code: r for r in rows}
    assert set(by_code) == {"1-101", "1-102", "3-201", "4-201", "5-101"}
    for code, row in by_code.items():
        total = postings_sum(code)
        assert row.debit_rp - row.credit_rp == total
        assert min(row.debit_rp, row.credit_rp) == 0
    assert by_code["1-101"].debit_rp == 3_050_000 and by_code["3-201"].credit_rp == 5_000_000

    earlier = {r.code: r for r in ledger.trial_balance(D)}
    assert "5-101" not in earlier
    assert earlier["1-101"].debit_rp == 3_090_000
    assert sum(r.debit_rp - r.credit_rp for r in earlier.values()) == 0


def test_account_that_nets_to_zero_still_listed(book):
    ledger.post_entry(D, "Masuk", [debit("1-101", 1000), credit("3-201", 1000)])
    ledger.post_entry(D, "Ke bank", [debit("1-102", 1000), credit("1-101", 1000)])
    row = {r.code: r for r in ledger.trial_balance()}["1-101"]
    assert (row.debit_rp, row.credit_rp) == (0, 0)


@pytest.mark.parametrize(
    "code, raw, natural",
    [
        ("1-101", 500, 500),  # asset: debit side
        ("5-201", 500, 500),  # expense: debit side
        ("2-101", -500, 500),  # liability: credit side shown positive
        ("3-101", -500, 500),  # equity
        ("4-101", -500, 500),  # income
    ],
)
def test_natural_balance_sign_per_kind(book, code, raw, natural):
    other = "3-301" if code.startswith(("1", "5")) else "1-101"
    ledger.post_entry(D, "x", [Line(code, raw), Line(other, -raw)])
    kind = {a.code: a.kind for a in accounts.list_accounts()}[code]
    balance = ledger.account_balance(code)
    assert balance == raw
    assert ledger.natural_balance(kind, balance) == natural


def test_member_and_business_balances(book):
    siti, ani = new_member("Siti"), new_member("Ani")
    ledger.post_entry(D, "Setor sukarela", [debit("1-101", 100_000), credit("2-101", 100_000, member_id=siti)])
    ledger.post_entry(date(2026, 8, 3), "Setor sukarela", [debit("1-101", 40_000), credit("2-101", 40_000, member_id=ani)])
    ledger.post_entry(date(2026, 8, 9), "Pokok", [debit("1-101", 50_000), credit("3-101", 50_000, member_id=siti)])
    ledger.post_entry(
        date(2026, 8, 9), "Jual telur", [debit("1-101", 90_000, business_id=2), credit("4-201", 90_000, business_id=2)]
    )
    ledger.post_entry(date(2026, 8, 12), "Bahan bordir", [debit("5-101", 30_000, business_id=1), credit("1-101", 30_000)])

    assert ledger.member_balance(siti) == -150_000
    assert ledger.member_balance(siti, "2-101") == -100_000
    assert ledger.member_balance(siti, "3-101") == -50_000
    assert ledger.member_balance(siti, as_of=date(2026, 8, 8)) == -100_000
    assert ledger.member_balance(ani, "2-101") == -40_000
    assert ledger.member_balance(ani, "3-101") == 0
    assert ledger.business_balance(2) == 0  # both sides tagged
    assert ledger.business_balance(2, "4-201") == -90_000
    assert ledger.business_balance(1) == 30_000
    assert ledger.business_balance(1, as_of=date(2026, 8, 11)) == 0
    assert ledger.business_balance(3) == 0


def test_entry_records_when_and_by_whom(book, fixed_clock):
    settings.update({"operator_name": "Bu Rahmah"})
    entry_id = ledger.post_entry(D, "x", [debit("1-101", 1), credit("3-201", 1)])
    entry = ledger.get_entry(entry_id)
    assert entry.entered_by == "Bu Rahmah"
    assert entry.entered_at == "2026-08-17 09:30:00"
    row = db.execute_sql("SELECT entered_at, entered_by FROM journal_entries WHERE id = ?", [entry_id]).fetchone()
    assert row == ("2026-08-17 09:30:00", "Bu Rahmah")


def test_amount_limit_is_inclusive(book):
    limit = 10**15 - 1  # 999 triliun and the rest, the largest amount with words
    entry_id = ledger.post_entry(D, "Besar", [debit("1-102", limit), credit("3-201", limit)])
    assert ledger.account_balance("1-102") == limit
    assert ledger.get_entry(entry_id).lines[1].amount_rp == -limit


# --- refusals: a specific code and field, and nothing written ------------------------------


def test_unbalanced_reports_difference(book):
    issue = only_issue(refused(D, "x", [debit("1-101", 1_000), credit("3-201", 900)]))
    assert (issue.field, issue.code, issue.params) == ("postings", "entry.unbalanced", {"difference": 100})
    issue = only_issue(refused(D, "x", [debit("1-101", 5), credit("3-201", 7), credit("3-101", 1)]))
    assert issue.params == {"difference": -3}


@pytest.mark.parametrize("lines", [[], [debit("1-101", 0)], [debit("1-101", 100)]])
def test_fewer_than_two_postings(book, lines):
    error = refused(D, "x", lines)
    assert ("postings", "entry.too_few_postings") in [(i.field, i.code) for i in error.issues]
    assert [i.params for i in error.issues if i.code == "entry.too_few_postings"] == [{"count": len(lines)}]


def test_zero_amount(book):
    issue = only_issue(refused(D, "x", [debit("1-101", 0), debit("1-102", 100), credit("3-201", 100)]))
    assert (issue.field, issue.code) == ("postings.0.amount", "posting.zero_amount")


@pytest.mark.parametrize("amount", [10**15, 10**16])
def test_amount_beyond_limit(book, amount):
    error = refused(D, "x", [debit("1-102", amount), credit("3-201", amount)])
    assert [(i.field, i.code, i.params) for i in error.issues] == [
        ("postings.0.amount", "posting.amount_too_large", {"limit": 10**15 - 1}),
        ("postings.1.amount", "posting.amount_too_large", {"limit": 10**15 - 1}),
    ]


@pytest.mark.parametrize("amount", [100.0, Decimal("100"), True, "100"])
def test_amount_not_whole_rupiah(book, amount):
    error = refused(D, "x", [Line("1-101", amount), credit("3-201", 1)])
    assert [(i.field, i.code) for i in error.issues] == [("postings.0.amount", "posting.not_whole_rupiah")]


def test_unknown_account(book):
    issue = only_issue(refused(D, "x", [debit("9-999", 100), credit("3-201", 100)]))
    assert (issue.field, issue.code, issue.params) == ("postings.0.account", "posting.unknown_account", {"account": "9-999"})


def test_inactive_account(book):
    accounts.set_active("1-102", False)
    issue = only_issue(refused(D, "x", [debit("1-101", 100), credit("1-102", 100)]))
    assert (issue.field, issue.code) == ("postings.1.account", "posting.inactive_account")
    accounts.set_active("1-102", True)
    ledger.post_entry(D, "x", [debit("1-102", 100), credit("3-201", 100)])  # the bank's money first
    ledger.post_entry(D, "x", [debit("1-101", 100), credit("1-102", 100)])
    assert ledger.account_balance("1-102") == 0


def test_unknown_member_and_business(book):
    siti = new_member()
    error = refused(D, "x", [debit("1-101", 100, member_id=siti + 1), credit("2-101", 100, business_id=99)])
    assert [(i.field, i.code, i.params) for i in error.issues] == [
        ("postings.0.member", "posting.unknown_member", {"member_id": siti + 1}),
        ("postings.1.business", "posting.unknown_business", {"business_id": 99}),
    ]


@pytest.mark.parametrize("description", ["", "   \t "])
def test_empty_description(book, description):
    issue = only_issue(refused(D, description, [debit("1-101", 100), credit("3-201", 100)]))
    assert (issue.field, issue.code) == ("description", "required")


@pytest.mark.parametrize("when", [datetime(2026, 8, 1, 10, 0), "2026-08-01", None])
def test_entry_date_must_be_a_date(book, when):
    issue = only_issue(refused(when, "x", [debit("1-101", 100), credit("3-201", 100)]))
    assert (issue.field, issue.code) == ("entry_date", "date.unreadable")


def test_several_problems_reported_together(book):
    error = refused(D, "", [debit("9-999", 0)])
    assert set(error.codes()) == {"required", "entry.too_few_postings", "posting.unknown_account", "posting.zero_amount"}


def test_closed_period(book):
    ledger.post_entry(date(2026, 6, 30), "Juni", [debit("1-101", 100), credit("3-201", 100)])
    settings.close_period(date(2026, 6, 30))
    assert settings.closed_through() == date(2026, 6, 30)
    for day in (date(2026, 6, 30), date(2025, 1, 1)):
        issue = only_issue(refused(day, "x", [debit("1-101", 100), credit("3-201", 100)]))
        assert (issue.field, issue.code, issue.params) == (
            "entry_date", "entry.period_closed", {"closed_through": date(2026, 6, 30)}
        )
    ledger.post_entry(date(2026, 7, 1), "Juli", [debit("1-101", 100), credit("3-201", 100)])
    assert ledger.account_balance("1-101") == 200


def test_closing_cannot_move_back_or_into_the_future(book):
    settings.close_period(date(2026, 6, 30))
    with pytest.raises(Rejected) as info:
        settings.close_period(date(2026, 5, 31))
    assert info.value.codes() == ["period.cannot_reopen"]
    with pytest.raises(Rejected) as info:
        settings.close_period(date(2026, 8, 18))  # the clock says 17 August 2026
    assert info.value.codes() == ["date.in_future"]
    assert settings.closed_through() == date(2026, 6, 30)
    settings.close_period(date(2026, 7, 31))
    assert settings.closed_through() == date(2026, 7, 31)


# --- reversal (storno) ----------------------------------------------------------------------


def test_reversal_mirrors_links_and_restores_balances(book, fixed_clock):
    siti = new_member()
    ledger.post_entry(date(2026, 7, 1), "Awal", [debit("1-101", 1_000_000), credit("3-201", 1_000_000)])
    before = {r.code: (r.debit_rp, r.credit_rp) for r in ledger.trial_balance()}
    original = ledger.post_entry(
        D, "Setor", [debit("1-101", 75_000, memo="tunai"), credit("2-101", 75_000, member_id=siti, business_id=3)], "KW-7"
    )
    settings.update({"operator_name": "Bendahara"})
    storno = ledger._reverse_entry(original, "  salah anggota ", date(2026, 8, 2))

    o, r = ledger.get_entry(original), ledger.get_entry(storno)
    assert o.reversed_by_id == storno and o.reverses_id is None
    assert r.reverses_id == original and r.reversed_by_id is None
    assert r.reversal_reason == "salah anggota"
    assert r.entry_date == date(2026, 8, 2)
    assert r.entered_by == "Bendahara" and r.entered_at == "2026-08-17 09:30:00"
    assert r.reference == "KW-7"
    assert [(l.account, l.amount_rp, l.member_id, l.business_id, l.memo) for l in r.lines] == [
        (l.account, -l.amount_rp, l.member_id, l.business_id, l.memo) for l in o.lines
    ]
    after = {r.code: (r.debit_rp, r.credit_rp) for r in ledger.trial_balance()}
    assert {k: v for k, v in after.items() if v != (0, 0)} == before
    assert ledger.member_balance(siti) == 0
    assert ledger.business_balance(3) == 0
    assert ledger.account_balance("2-101", D) == -75_000  # before the storno date it still counts


def test_reversal_defaults_to_today(book):
    original = ledger.post_entry(D, "x", [debit("1-101", 10), credit("3-201", 10)])
    storno = ledger._reverse_entry(original, "keliru")
    assert ledger.get_entry(storno).entry_date == date(2026, 8, 17)


def storno_refused(entry_id, reason, when=None) -> Rejected:
    before = counts()
    links = db.execute_sql("SELECT id, reversed_by_id FROM journal_entries ORDER BY id").fetchall()
    with pytest.raises(Rejected) as info:
        ledger._reverse_entry(entry_id, reason, when)
    assert counts() == before
    assert db.execute_sql("SELECT id, reversed_by_id FROM journal_entries ORDER BY id").fetchall() == links
    return info.value


def test_reversal_refusals(book):
    original = ledger.post_entry(D, "x", [debit("1-101", 10), credit("3-201", 10)])
    assert storno_refused(original, "  ").codes() == ["required"]
    issue = only_issue(storno_refused(original, "keliru", date(2026, 7, 31)))
    assert (issue.field, issue.code, issue.params) == (
        "entry_date", "entry.reversal_before_original", {"original_date": D}
    )
    assert storno_refused(original + 5, "keliru").codes() == ["entry.not_found"]

    storno = ledger._reverse_entry(original, "keliru")
    issue = only_issue(storno_refused(original, "lagi"))
    assert (issue.code, issue.params) == ("entry.already_reversed", {"reversed_by": storno, "date": ledger.get_entry(storno).entry_date})
    issue = only_issue(storno_refused(storno, "batal storno"))
    assert (issue.code, issue.params) == ("entry.is_reversal", {"reverses": original, "date": ledger.get_entry(original).entry_date})


def test_reversal_inside_closed_period_refused(book):
    original = ledger.post_entry(date(2026, 6, 10), "x", [debit("1-101", 10), credit("3-201", 10)])
    settings.close_period(date(2026, 6, 30))
    assert storno_refused(original, "keliru", date(2026, 6, 20)).codes() == ["entry.period_closed"]
    ledger._reverse_entry(original, "keliru", date(2026, 7, 1))  # corrected in the open period
    assert ledger.account_balance("1-101") == 0


def test_reversal_to_an_account_made_inactive_since(book):
    original = ledger.post_entry(D, "x", [debit("1-102", 10), credit("3-201", 10)])
    accounts.set_active("1-102", False)
    ledger._reverse_entry(original, "rekening ditutup")
    assert ledger.account_balance("1-102") == 0


# --- the database itself ---------------------------------------------------------------------


def test_pragmas(book):
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_atomic_takes_the_write_lock_up_front(book):
    with db.atomic():
        other = sqlite3.connect(book, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        finally:
            other.close()
    other = sqlite3.connect(book, timeout=0)  # once the block is over the file is free again
    other.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    other.commit()
    other.close()
    assert settings.get("x") == "y"


@pytest.fixture
def posted(book):
    siti = new_member()
    entry_id = ledger.post_entry(D, "Setor", [debit("1-101", 500), credit("2-101", 500, member_id=siti)])
    return entry_id, siti


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE postings SET amount_rp = 600 WHERE entry_id = {e}",
        "UPDATE postings SET memo = 'x' WHERE entry_id = {e}",
        "UPDATE postings SET member_id = NULL WHERE entry_id = {e}",
        "DELETE FROM postings WHERE entry_id = {e}",
        "DELETE FROM postings",
        "UPDATE journal_entries SET description = 'lain' WHERE id = {e}",
        "UPDATE journal_entries SET entry_date = '2026-08-02' WHERE id = {e}",
        "UPDATE journal_entries SET entered_by = 'x' WHERE id = {e}",
        "DELETE FROM journal_entries WHERE id = {e}",
        # setting the reversal link together with another change
        "UPDATE journal_entries SET reversed_by_id = {e}, description = 'lain' WHERE id = {e}",
        "DELETE FROM members",
    ],
)
def test_raw_sql_cannot_change_the_books(posted, sql):
    entry_id, _ = posted
    dump = _dump()
    with pytest.raises(Rejected):
        with db.atomic():
            db.execute_sql(sql.format(e=entry_id))
    assert _dump() == dump


def test_reversal_link_is_set_once(posted):
    entry_id, _ = posted
    storno = ledger._reverse_entry(entry_id, "keliru")
    third = ledger.post_entry(D, "y", [debit("1-101", 1), credit("3-201", 1)])
    dump = _dump()
    for sql in (
        f"UPDATE journal_entries SET reversed_by_id = {third} WHERE id = {entry_id}",
        f"UPDATE journal_entries SET reversed_by_id = NULL WHERE id = {entry_id}",
        f"UPDATE journal_entries SET reverses_id = NULL WHERE id = {storno}",
    ):
        with pytest.raises(Rejected):
            with db.atomic():
                db.execute_sql(sql)
    assert _dump() == dump


def test_raw_insert_of_posting_with_another_date_refused(posted):
    entry_id, _ = posted
    kas = accounts.list_accounts()[0].id
    with pytest.raises(Rejected, match="date"):
        with db.atomic():
            db.execute_sql(
                "INSERT INTO postings (entry_id, account_id, entry_date, amount_rp) VALUES (?, ?, '2026-08-02', 5)",
                [entry_id, kas],
            )
    assert counts() == (1, 2)


def test_raw_insert_of_entry_in_closed_period_refused(book):
    settings.close_period(date(2026, 6, 30))
    with pytest.raises(Rejected, match="closed"):
        with db.atomic():
            db.execute_sql(
                "INSERT INTO journal_entries (entry_date, description, entered_at, entered_by)"
                " VALUES ('2026-06-30', 'x', '2026-08-17 09:30:00', 'x')"
            )
    assert counts() == (0, 0)


@pytest.mark.parametrize("amount", ["0", "1.5", "'abc'", "NULL", str(10**15 + 1)])
def test_raw_insert_of_bad_amount_refused(posted, amount):
    entry_id, _ = posted
    with pytest.raises(Rejected):
        with db.atomic():
            db.execute_sql(
                f"INSERT INTO postings (entry_id, account_id, entry_date, amount_rp) VALUES (?, 1, '2026-08-01', {amount})",
                [entry_id],
            )
    assert counts() == (1, 2)


def test_posting_to_missing_account_refused_by_foreign_key(posted):
    entry_id, _ = posted
    with pytest.raises(Rejected, match="FOREIGN KEY"):
        with db.atomic():
            db.execute_sql(
                "INSERT INTO postings (entry_id, account_id, entry_date, amount_rp) VALUES (?, 999, '2026-08-01', 5)",
                [entry_id],
            )
    assert counts() == (1, 2)


def test_member_with_postings_cannot_be_deleted(posted):
    _, siti = posted
    with pytest.raises(Rejected):
        with db.atomic():
            db.execute_sql("DELETE FROM members WHERE id = ?", [siti])
    # even with the trigger out of the way the foreign key holds
    db.execute_sql("DROP TRIGGER members_no_delete")
    with pytest.raises(Rejected, match="FOREIGN KEY"):
        with db.atomic():
            db.execute_sql("DELETE FROM members WHERE id = ?", [siti])
    assert db.execute_sql("SELECT count(*) FROM members").fetchone()[0] == 1


def _dump() -> dict[str, list]:
    return {
        table: db.execute_sql(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        for table in ("journal_entries", "postings", "members", "business_members", "accounts", "settings", "sequences")
    }
