"""The cash box never goes below zero (app.ledger): an entry that takes money out of Kas or Bank
is refused when the balance at the end of its day, or of any later day, would be negative, with
the balance available; Bank may be overdrawn only where Pengaturan allows it; a storno obeys the
same rule; money in is never held up."""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger, settings
from app.db import db
from app.errors import Rejected
from app.ledger import BANK, KAS, credit, debit


def rows() -> tuple[int, int]:
    return tuple(db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("journal_entries", "postings"))


def pay(on: date, amount_rp: int, account: str = KAS) -> int:
    return ledger.post_entry(on, "Beban", [debit("5-201", amount_rp), credit(account, amount_rp)])


def receive(on: date, amount_rp: int, account: str = KAS) -> int:
    return ledger.post_entry(on, "Modal", [debit(account, amount_rp), credit("3-201", amount_rp)])


def refusal(call) -> dict:
    before = rows()
    with pytest.raises(Rejected) as caught:
        call()
    assert rows() == before
    (issue,) = caught.value.issues
    assert (issue.field, issue.code) == ("amount", "cash.insufficient")
    return issue.params


def test_thirty_million_from_an_empty_box_is_refused(book):
    params = refusal(lambda: pay(date(2026, 8, 17), 30_000_000))
    assert params == {"account": KAS, "account_name": "Kas", "on": date(2026, 8, 17), "balance_rp": 0,
                      "amount_rp": 30_000_000}


def test_end_of_day_counts_money_in_later_that_day(book):
    receive(date(2026, 3, 1), 100_000)
    pay(date(2026, 3, 12), 50_000)
    receive(date(2026, 3, 12), 100_000)  # the same day, posted after: the end of the day counts
    pay(date(2026, 3, 12), 150_000)
    assert ledger.account_balance(KAS) == 0
    params = refusal(lambda: pay(date(2026, 3, 12), 1))
    assert (params["on"], params["balance_rp"]) == (date(2026, 3, 12), 0)


def test_a_later_day_that_would_go_negative_refuses_a_backdated_payment(book):
    receive(date(2026, 3, 1), 300_000)
    pay(date(2026, 3, 20), 150_000)  # leaves 150.000 from the 20th
    receive(date(2026, 4, 1), 500_000)
    # On 12/03 the box held 300.000, but on 20/03 only 150.000 would be left to give.
    params = refusal(lambda: pay(date(2026, 3, 12), 150_001))
    assert (params["on"], params["balance_rp"]) == (date(2026, 3, 20), 150_000)
    pay(date(2026, 3, 12), 150_000)
    assert ledger.cash_available(KAS, date(2026, 3, 12)) == (0, date(2026, 3, 20))
    assert ledger.cash_available(KAS, date(2026, 4, 1)) == (500_000, date(2026, 4, 1))


def test_money_in_and_other_accounts_are_never_held_up(book):
    receive(date(2026, 3, 1), 10_000)
    ledger.post_entry(date(2026, 3, 2), "Simpanan", [debit("5-201", 1), credit("3-201", 1)])
    assert rows() == (2, 4)


def test_bank_overdraft_only_where_allowed(book):
    refusal(lambda: pay(date(2026, 8, 17), 10_000, BANK))
    settings.update({"bank_overdraft": "1"})
    pay(date(2026, 8, 17), 10_000, BANK)
    assert ledger.account_balance(BANK) == -10_000
    params = refusal(lambda: pay(date(2026, 8, 17), 10_000, KAS))  # Kas never
    assert params["account_name"] == "Kas"


def test_a_move_from_kas_to_bank_is_checked_on_kas_only(book):
    receive(date(2026, 8, 1), 40_000)
    ledger.post_entry(date(2026, 8, 2), "Setor", [debit(BANK, 40_000), credit(KAS, 40_000)])
    refusal(lambda: ledger.post_entry(date(2026, 8, 2), "Setor", [debit(BANK, 1), credit(KAS, 1)]))


def test_a_storno_of_money_in_already_spent_is_refused(book):
    grant = receive(date(2026, 8, 1), 100_000)
    pay(date(2026, 8, 5), 80_000)
    before = rows()
    with pytest.raises(Rejected) as caught:
        ledger._reverse_entry(grant, "salah catat", date(2026, 8, 10))
    assert rows() == before
    (issue,) = caught.value.issues
    assert (issue.code, issue.params["balance_rp"], issue.params["on"]) == (
        "cash.insufficient", 20_000, date(2026, 8, 10))
    assert ledger.get_entry(grant).reversed_by_id is None


def test_one_collection_of_many_entries_reads_the_box_for_money_out_only(book):
    lookups = ledger.Lookups()
    with db.atomic():
        for day in range(1, 11):
            ledger.post_entry(date(2026, 8, day), "Setoran", [debit(KAS, 5_000), credit("3-201", 5_000)],
                              lookups=lookups)
        ledger.post_entry(date(2026, 8, 10), "Tarik", [debit("5-201", 50_000), credit(KAS, 50_000)],
                          lookups=lookups)
    assert ledger.account_balance(KAS) == 0
