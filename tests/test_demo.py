"""The demo village: realistic, valid through the real services, balanced, and refused twice.

Figures are checked against the demo's own inputs (replayed from its seed) and against the
registers the UI shows, never against numbers copied from a run."""

from __future__ import annotations

import random
import shutil
from collections import Counter
from datetime import date, timedelta

import pytest

from app import clock, demo, inventory, ledger, members, nik, receipts, savings, settings
from app.assets import register
from app.businesses import list_businesses
from app.db import db, open_book
from app.loans import arrears, lifecycle, payments
from app.loans.products import list_products
from app.errors import Rejected
from app.models import JournalEntry, Posting


def _replayed() -> tuple[list, list[demo.Planned], demo.People]:
    """The demo's own inputs (roster, plan, who borrows and saves), recomputed from its seed
    without touching the book."""
    rng = random.Random(demo.SEED)
    ids = {b.name: b.id for b in list_businesses()}
    people = demo.roster(rng, clock.today(), ids)
    entries = demo.plan(rng, clock.today(), people)
    return people, entries, demo.cast(rng, clock.today(), people)


def _member_ids() -> list[int]:
    """Member ids in roster order (numbers follow the order they were added)."""
    return [m.id for m in sorted(members.list_members(), key=lambda m: m.number)]


def test_register_is_a_plausible_village(book):
    demo.populate()
    rows = members.list_members()
    assert 35 <= len(rows) <= 45
    women = [m for m in rows if m.sex == "P"]
    assert len(women) >= 0.8 * len(rows) and len(women) < len(rows)
    assert 2 <= sum(not m.active for m in rows) <= 3
    assert [m.number for m in rows] == list(range(1, len(rows) + 1))
    assert [m.joined_on for m in rows] == sorted(m.joined_on for m in rows)
    for m in rows:
        assert m.nik.startswith("6308")
        assert nik.check(m.nik, m.birth_date, m.sex) == [], m.name
        assert 1 <= len(m.business_ids) <= 2
    assert settings.get("group_name") == "UP2K PKK As Syifa"
    assert settings.get("place_name") == "Amuntai"


def test_trial_balance_is_zero_and_control_accounts_match_their_registers(book):
    demo.populate()
    rows = ledger.trial_balance()
    assert sum(r.debit_rp for r in rows) == sum(r.credit_rp for r in rows) > 0
    loans = lifecycle.list_loans()
    # 1-201 is the sum of every loan's sisa pinjaman (the Pinjaman page's total).
    assert ledger.account_balance(demo.RECEIVABLE) == sum(l.outstanding_rp for l in loans) > 0
    held = savings.all_balances()
    assert ledger.account_balance(demo.WAJIB) == -sum(b.wajib_rp for b in held.values()) < 0
    assert ledger.account_balance(demo.SUKARELA) == -sum(b.sukarela_rp for b in held.values()) < 0
    assert ledger.account_balance(demo.POKOK) == -demo.SIMPANAN_POKOK_RP * members.count_members()
    assert ledger.account_balance(demo.EQUIPMENT) == sum(row[3] for row in demo.PURCHASES)
    check = register.reconcile(clock.today())  # the Buku Inventaris is 1-401: bought through the cash box
    assert check.register_rp == check.ledger_rp and not check.unposted and not check.unlinked
    assert [row.name for row in inventory.list_items()] == [row[4] for row in demo.PURCHASES]
    assert ledger.account_balance(demo.HIBAH) == -sum(rp for *_, rp in demo.GRANTS)
    # Only members still in the group hold savings; leavers got all of theirs back.
    for m in members.list_members():
        b = held[m.id]
        if m.active:
            assert b.pokok_rp == demo.SIMPANAN_POKOK_RP and b.wajib_rp > 0, m.name
        else:
            assert b == savings.SavingsBalances(0, 0, 0, 0), m.name


def test_cash_and_bank_never_go_below_zero(book):
    demo.populate()
    days = [date.fromisoformat(row[0]) for row in db.execute_sql("SELECT DISTINCT entry_date FROM journal_entries ORDER BY 1")]
    assert len(days) > 100
    for day in days:
        assert ledger.account_balance(demo.CASH, day) >= 0, day
        assert ledger.account_balance(demo.BANK, day) >= 0, day


def test_loans_in_every_state_and_kolektibilitas(book):
    demo.populate()
    _, _, cast = _replayed()
    loans = lifecycle.list_loans()
    fates = Counter(fate for *_, fate, _ in demo.LOANS)
    status = Counter(l.status for l in loans)
    assert 10 <= len(loans) == len(demo.LOANS) <= 15
    assert status["applied"] == fates["applied"] == 1
    assert status["rejected"] == fates["rejected"] == 1
    assert status["paid_off"] == fates["paid"] + fates["early"] == 2
    assert status["disbursed"] == fates["current"] + fates["weekly"] + fates["late"]
    assert [l.decision_note for l in loans if l.status == "rejected"] == [demo.REJECTION_NOTE]
    assert {l.period for l in loans} == {"monthly", "weekly"}
    # The late loans are past due by the days the demo set them, each in its own class.
    late = arrears.arrears_list(clock.today())
    targets = sorted((when[0] for *_, fate, when in demo.LOANS if fate == "late"), reverse=True)
    assert len(late) == len(targets) >= 2
    for row, days in zip(late, targets):
        assert abs(row.days_past_due - days) <= 3, row
        assert row.kolektibilitas == arrears.classify(days)
        assert row.denda_rp > 0
    assert len({r.kolektibilitas for r in late}) == len(late)
    ids = _member_ids()
    assert {r.member_id for r in late} == {ids[p.member] for p in cast.loans if p.fate == "late"}
    # The early payer's loan is paid off before its last instalment fell due.
    early = next(p for p in cast.loans if p.fate == "early")
    loan = next(l for l in loans if l.member_id == ids[early.member] and l.status == "paid_off")
    assert max(r.due_date for r in lifecycle.schedule(loan.id)) > early.payoff_on
    (last_paid,) = db.execute_sql("SELECT MAX(e.entry_date) FROM loan_allocations a JOIN journal_entries e"
                                  " ON e.id = a.entry_id WHERE a.loan_id = ?", (loan.id,)).fetchone()
    assert str(early.payoff_on) == last_paid
    assert payments.payoff_amount(loan.id, early.payoff_on) == 0


def test_most_pay_wajib_a_few_are_behind(book):
    demo.populate()
    _, _, cast = _replayed()
    ids = _member_ids()
    owing = {m for m, s in savings.active_wajib_statuses(clock.today()).items() if s.owed_rp}
    late_borrowers = {ids[p.member] for p in cast.loans if p.fate == "late"}
    assert owing == {ids[i] for i in cast.wajib_late} | late_borrowers
    assert 3 <= len(owing) <= 0.25 * members.count_members()
    for i, stopped in cast.wajib_late.items():
        owed = savings.wajib_status(ids[i]).owed_rp
        assert owed == savings.wajib_amount() * (savings.months_counted(stopped, clock.today())), i


def test_some_save_sukarela_and_some_withdrew(book):
    demo.populate()
    _, _, cast = _replayed()
    ids = _member_ids()
    # Every member got last year's SHU in her sukarela; the savers also put some in at meetings.
    put_in = {m.id for m in members.list_members()
              if any(row.setor_rp and not row.description.startswith("SHU") for row in savings.passbook(m.id, "sukarela"))}
    assert put_in == {ids[i] for i in cast.savers}
    withdrawn = [row for i in cast.withdrawals for row in savings.passbook(ids[i], "sukarela") if row.tarik_rp]
    assert len(withdrawn) == demo.WITHDRAWALS == len(cast.withdrawals)


def test_every_setoran_has_its_receipt(book):
    demo.populate()
    setoran = dict(db.execute_sql(
        "SELECT e.id, p.amount_rp FROM journal_entries e JOIN postings p ON p.entry_id = e.id"
        " JOIN accounts a ON a.id = p.account_id WHERE e.description LIKE 'Setoran –%' AND a.code = '1-101'"
    ).fetchall())
    issued = {entry: (number, amount) for number, entry, amount in
              db.execute_sql("SELECT number, entry_id, amount_rp FROM receipts").fetchall()}
    assert len(setoran) > 200
    assert setoran.keys() <= issued.keys()
    assert all(issued[e][1] == setoran[e] for e in setoran)
    # The other receipts are for money paid out (withdrawals, loans, leavers) or a fee paid apart,
    # each for the cash it moved; numbers stay gapless.
    cash = dict(db.execute_sql(
        "SELECT e.id, abs(sum(p.amount_rp)) FROM journal_entries e JOIN postings p ON p.entry_id = e.id"
        " JOIN accounts a ON a.id = p.account_id WHERE a.code LIKE '1-1%' GROUP BY e.id").fetchall())
    others = {e: amount for e, (_, amount) in issued.items() if e not in setoran}
    described = dict(db.execute_sql("SELECT id, description FROM journal_entries").fetchall())
    # ... or money received by a business: a cash sale, a credit sale paid later; or a deposit made
    # outside Setoran (simpanan pokok on joining, a year's wajib from the paper book); or a business's
    # purchase, expense or supplier paid, or the group's own money in or out with its party.
    assert others and all(described[e].split(" ")[0] in ("Penarikan", "Pencairan", "Provisi", "Pengembalian",
                                                         "Penjualan", "Pelunasan", "Setoran", "Beli", "Pembelian",
                                                         "Biaya", "Bayar")
                          or described[e] in demo.PARTIES for e in others)
    assert all(cash[e] == amount for e, amount in others.items())
    series = {tuple(n.split("/")[:2]) for n, _ in issued.values()}
    for prefix, year in series:  # gapless within each series and year
        numbers = sorted(int(n[-6:]) for n, _ in issued.values() if n.startswith(f"{prefix}/{year}/"))
        assert numbers == list(range(1, len(numbers) + 1))
    assert {prefix for prefix, _ in series} == {"KW", "BKK"}  # money in; money out on a bukti kas keluar
    for number, _ in issued.values():
        assert number.startswith("BKK/" if receipts.get(number).direction == receipts.OUT else "KW/")
    # Every loan payment went through a Setoran (so has a receipt).
    paid_in = {row[0] for row in db.execute_sql("SELECT DISTINCT entry_id FROM loan_allocations")}
    assert paid_in and paid_in <= setoran.keys()


def test_equipment_is_booked_to_its_business(book):
    demo.populate()
    ids = {b.name: b.id for b in list_businesses()}
    for _, _, group, rp, *_ in demo.PURCHASES:
        assert ledger.business_balance(ids[group], demo.EQUIPMENT) == rp


def test_progress_counts_every_step(book):
    calls = []
    demo.populate(lambda done, total: calls.append((done, total)))
    total = calls[-1][1]
    assert calls == [(done, total) for done in range(1, total + 1)]
    assert total > members.count_members(active_only=False) + len(demo.LOANS)


def test_second_populate_is_refused_and_changes_nothing(book):
    demo.populate()
    before = (members.count_members(False), JournalEntry.select().count(), Posting.select().count(),
              settings.get_all(), lifecycle.list_loans(), len(list_products()))
    with pytest.raises(Rejected) as refused:
        demo.populate()
    assert refused.value.codes() == ["demo.book_not_empty"]
    after = (members.count_members(False), JournalEntry.select().count(), Posting.select().count(),
             settings.get_all(), lifecycle.list_loans(), len(list_products()))
    assert after == before


def test_a_failure_half_way_writes_nothing(book, monkeypatch):
    posted = []

    def fail_on_the_tenth(*args, **kwargs):
        if len(posted) == 9:
            raise RuntimeError("power cut")
        posted.append(real_post(*args, **kwargs))
        return posted[-1]

    real_post = ledger.post_entry
    monkeypatch.setattr(ledger, "post_entry", fail_on_the_tenth)
    settings_before = settings.get_all()
    with pytest.raises(RuntimeError):
        demo.populate()
    assert members.count_members(False) == JournalEntry.select().count() == len(lifecycle.list_loans()) == 0
    assert list_products() == []
    assert settings.get_all() == settings_before


def test_same_demo_every_time(book, template_book, tmp_path):
    demo.populate()
    first = ([m.as_input() for m in members.list_members()], ledger.trial_balance(), _loans())
    other = tmp_path / "other.sqlite"
    shutil.copy(template_book, other)
    open_book(other)
    demo.populate()
    assert ([m.as_input() for m in members.list_members()], ledger.trial_balance(), _loans()) == first


def _loans() -> list[tuple]:
    return [(l.number, l.member_name, l.status, l.outstanding_rp, l.disbursed_on) for l in lifecycle.list_loans()]


def test_businesses_have_a_few_months_of_books(book):
    """Telur itik Alabio and Kerupuk keep their books through app.usaha: every month sells and
    earns, stock is on hand and agrees with 1-301, a credit sale and a credit purchase are open,
    the share rule and work records are there for Bagi hasil."""
    from app.usaha import report, sharing, stock, trade

    demo.populate()
    ids = {b.name: b.id for b in list_businesses()}
    today = clock.today()
    for name in (demo.ALABIO, demo.KERUPUK):
        b = ids[name]
        months = [m for m in report.monthly(b, today) if m.sales_rp]
        assert len(months) >= 4 and all(m.profit_rp > 0 for m in months), name
        assert stock.stock_value(b) == ledger.business_balance(b, "1-301") > 0
        assert all(row.quantity_base >= 0 for row in stock.stock_list(b))
        assert sharing.get_rule(b) is not None
    alabio = ids[demo.ALABIO]
    assert {r.buyer_name for r in trade.open_receivables()} == {demo.EGG_SHOP, demo.KERUPUK_SHOP}
    assert [p.supplier for p in trade.open_payables()] == [demo.FEED_SHOP_CREDIT]
    assert ledger.business_balance(alabio, "5-102") > 0  # eggs broken in storage, found by the counts
    plan = sharing.preview(alabio, today.replace(day=1, month=today.month - 1), today.replace(day=1) - timedelta(days=1))
    assert sum(p.amount_rp for p in plan.parts) == plan.profit_rp > 0 and len(plan.members) >= 2


def test_last_year_is_closed_and_its_shu_shared_into_sukarela(book):
    from app.yearend import periods, shu

    demo.populate()
    year = clock.today().year - 1
    assert periods.is_year_closed(year)
    assert settings.closed_through().isoformat() == f"{year}-12-31"
    (decision,) = shu.distributions()
    assert decision.year == year and decision.kind == "shared" and decision.payment == "sukarela"
    assert decision.decided_on.year == clock.today().year and decision.decided_on.month <= 3
    assert decision.decided_on <= clock.today()
    assert 2_000_000 <= decision.shu_rp <= 6_000_000  # a modest year of a village group
    lines, shares = shu.shares_of(decision.id)
    assert sum(l.amount_rp for l in lines) == decision.shu_rp
    credited = {row.entry_id for m in shares if m.left_on is None
                for row in savings.passbook(m.member_id, "sukarela") if row.description.startswith("SHU")}
    assert len(credited) == 1 and sum(m.total_rp for m in shares) > 0
    assert sum(r.debit_rp - r.credit_rp for r in ledger.trial_balance()) == 0
