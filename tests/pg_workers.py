"""One desktop's work on a shared PostgreSQL book, run in its own process (spawned: a fresh
interpreter, its own connection), for the concurrency test and tests/bench_postgres.py."""

from __future__ import annotations

import random
import time
from datetime import date, datetime

DAY = date(2026, 8, 17)


def post_for(url: str, seconds: float, seed: int, pay_out: bool = True) -> dict:
    """Post Setoran entries (Kas up, a member's simpanan wajib up) for `seconds`, add a member
    now and then, and pay a little out of Kas (the cash rule's lock); what was acknowledged."""
    from app import clock, ledger, members
    from app.db import close_book, open_book
    from app.errors import Rejected

    clock.fix(datetime(2026, 8, 17, 9, 30))
    open_book(url)
    rng = random.Random(seed)
    entries: list[tuple[int, int]] = []  # (entry id, what it put into Kas)
    numbers: list[int] = []
    mine: list[int] = []
    refused = 0
    deadline = time.monotonic() + seconds
    i = 0
    while time.monotonic() < deadline:
        i += 1
        if i % 10 == 1:
            member = members.add_member(members.MemberInput(name=f"Anggota {seed}-{i}", joined_on=date(2026, 1, 5)))
            numbers.append(member.number)
            mine.append(member.id)
        if pay_out and i % 7 == 0:
            amount = rng.randrange(500, 5_000)
            try:
                entry = ledger.post_entry(DAY, "Beli ATK", [ledger.debit("5-201", amount), ledger.credit("1-101", amount)])
            except Rejected:  # Kas too low at this moment: refused whole, nothing written
                refused += 1
                continue
            entries.append((entry, -amount))
            continue
        amount = rng.randrange(1, 200) * 500
        entry = ledger.post_entry(DAY, "Setoran wajib", [
            ledger.debit("1-101", amount), ledger.credit("3-102", amount, member_id=rng.choice(mine))])
        entries.append((entry, amount))
    close_book()
    return {"entries": entries, "numbers": numbers, "refused": refused}


def setoran_for(url: str, seconds: float, seed: int, member_ids: list[int]) -> dict:
    """One treasurer's desk at a busy meeting on a shared book: every desk serves the same few
    members. Sukarela deposits with their kuitansi, withdrawals (a BKK each, more than the
    deposits bring) every 2nd, a Setoran split over her loans and wajib every 3rd, a collection
    sheet of three members every 11th, a storno of one of its own deposits every 13th (refused
    when she has withdrawn the money since). What was acknowledged: (entry id, what it put into Kas, receipt number)."""
    from app import clock, collection, receipts, reversals, savings
    from app.db import close_book, open_book
    from app.errors import Rejected

    clock.fix(datetime(2026, 8, 17, 9, 30))
    open_book(url)
    rng = random.Random(seed)
    done: list[tuple[int, int, str | None]] = []
    deposits: list[tuple[int, int]] = []
    refused: dict[str, int] = {}
    deadline = time.monotonic() + seconds
    i = 0
    while time.monotonic() < deadline:
        i += 1
        siti = rng.choice(member_ids)
        try:
            if i % 11 == 0:
                rows = rng.sample(member_ids, 3)
                sheet = collection.post_sheet(DAY, {m: 5_000 for m in rows}, to_sukarela=True)
                done += [(p.entry_id, p.split.total_rp, p.receipt_number) for p in sheet.payments]
            elif i % 13 == 0 and deposits:  # the treasurer takes back a deposit she mis-entered
                entry, amount = deposits.pop()
                storno = reversals.reverse(entry, "salah catat")
                done.append((storno, -amount, receipts.for_entry(storno)))
            elif i % 2 == 0:
                amount = rng.randrange(1, 40) * 1_000
                out = savings.withdraw(siti, amount, DAY)
                done.append((out.entry_id, -amount, out.receipt_number))
            elif i % 3 == 0:
                amount = rng.randrange(1, 30) * 1_000
                paid = collection.take_payment(siti, DAY, amount)
                done.append((paid.entry_id, amount, paid.receipt_number))
            else:
                amount = rng.randrange(1, 20) * 1_000
                put = savings.deposit(siti, "sukarela", amount, DAY)
                done.append((put.entry_id, amount, put.receipt_number))
                deposits.append((put.entry_id, amount))
        except Rejected as exc:  # her balance too low, her loans paid off: refused whole
            for code in exc.codes():
                refused[code] = refused.get(code, 0) + 1
    close_book()
    return {"done": done, "refused": refused}


def disburse_all(url: str, seed: int, loan_ids: list[int]) -> dict:
    """Try to pay out every one of these approved loans, in an order of its own: the desks race
    for each loan. What it paid out, and the codes of what was refused."""
    from app import clock
    from app.db import close_book, open_book
    from app.errors import Rejected
    from app.loans import lifecycle

    clock.fix(datetime(2026, 8, 17, 9, 30))
    open_book(url)
    order = list(loan_ids)
    random.Random(seed).shuffle(order)
    paid, refused = [], []
    for loan_id in order:
        try:
            paid.append(lifecycle.disburse(loan_id, DAY).disbursement_entry_id)
        except Rejected as exc:
            refused += exc.codes()
    close_book()
    return {"paid": paid, "refused": refused}


def setoran(url: str, member_id: int, amount: int) -> int:
    """Another desktop takes one Setoran (to her sukarela) and closes the book; its entry id."""
    from app import clock, collection
    from app.db import close_book, open_book

    clock.fix(datetime(2026, 8, 17, 9, 30))
    open_book(url)
    try:
        return collection.take_payment(member_id, DAY, amount, to_sukarela=True).entry_id
    finally:
        close_book()


def change_phone(url: str, member_id: int, phone: str) -> int:
    """Another desktop opens her form, changes her phone and saves; her row's version now."""
    from dataclasses import replace

    from app import clock, members
    from app.db import close_book, open_book

    clock.fix(datetime(2026, 8, 17, 9, 30))
    open_book(url)
    try:
        siti = members.get_member(member_id)
        return members.update_member(member_id, replace(siti.as_input(), phone=phone), siti.version).version
    finally:
        close_book()


def sheet_cut_off(url: str, paid: dict[int, int], inside, go, rows_before: int, again: bool) -> dict:
    """Post a collection sheet and stop inside its transaction after `rows_before` rows: say this
    backend's pid on `inside`, wait for `go` (the test meanwhile halts the server or ends the
    connection), then carry on. With `again`, post the same sheet once more in this process.
    What each attempt gave: its receipt numbers, or the codes it was refused with."""
    from app import clock, collection
    from app.db import close_book, db, open_book
    from app.errors import Rejected

    clock.fix(datetime(2026, 8, 17, 9, 30))
    open_book(url)
    take, taken = collection._take, []

    def paused(*args, **kwargs):  # the test's hook: the pause inside the sheet's transaction
        if len(taken) == rows_before and not go.is_set():
            inside.put(db.execute_sql("SELECT pg_backend_pid()").fetchone()[0])
            go.wait(30)
        taken.append(1)
        return take(*args, **kwargs)

    collection._take = paused
    said = []
    for _ in range(2 if again else 1):
        try:
            sheet = collection.post_sheet(DAY, paid, to_sukarela=True)
            said.append(sorted(p.receipt_number for p in sheet.payments))
        except Rejected as exc:
            said.append(exc.codes())
    close_book()
    return {"attempts": said}


def payments_for(url: str, seconds: float, seed: int, member_ids: list[int], ready) -> int:
    """One treasurer's desk taking Setoran as the dialog does (each with its attempt token): a
    member of the meeting pays, split over her loans and wajib, the rest to sukarela, with its
    kuitansi. All desks start together (`ready`: a barrier, passed once every one has opened
    the book). How many were saved."""
    import uuid

    from app import clock, collection
    from app.db import close_book, open_book

    clock.fix(datetime(2026, 8, 17, 9, 30))
    open_book(url)
    rng = random.Random(seed)
    saved = 0
    ready.wait()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        collection.take_payment(rng.choice(member_ids), DAY, rng.randrange(10, 200) * 1_000, to_sukarela=True,
                                attempt=str(uuid.uuid4()))
        saved += 1
    close_book()
    return saved
