"""A demo village for `lumbung --demo`: UP2K PKK As Syifa of Desa Pandulangan, HSU.

Everything is written through the services the UI uses (settings, members, savings, loan
products and the loan lifecycle, Setoran), so the demo book obeys every rule a real one does and
looks as a secretary's book does after years of monthly meetings: simpanan pokok and wajib paid
at the meetings (a few members behind), sukarela put in and taken out, loans current, late in
different kolektibilitas classes, paid off (one early), one awaiting a decision and one refused,
a numbered receipt for every Setoran, and last year a modest profitable one (Lebaran kue and
bordir orders besides the loans' jasa), closed on 1 January and its SHU shared by the default rule
into the members' simpanan sukarela at the March RAT (today, if that is still to come), through
the year-end services. The content is fixed by a seed and dated relative to today, so the demo
always looks current and a test can predict it.
"""

from __future__ import annotations

import random
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Callable

from app import clock, collection, leaving, ledger, members, receipts, savings, settings
from app.access import roles
from app.businesses import list_businesses
from app.cashbox import moves
from app.db import db
from app.errors import Rejected
from app.inventory import InventoryInput
from app.ledger import credit, debit
from app.loans import lifecycle
from app.loans.products import ProductInput, add_product
from app.members import MemberInput
from app.yearend import periods, shu

SEED = 1953  # the year Kabupaten Amuntai became Hulu Sungai Utara
ROSTER_SIZE = 40
MEN = 3
FOUNDERS = 12  # members who joined on the founding day
LEAVERS = 3
FOUNDED_DAYS_AGO = 3 * 365
SIMPANAN_POKOK_RP = 10_000

SETTINGS = {
    "group_name": "UP2K PKK As Syifa",
    "group_address": "Desa Pandulangan, Kecamatan Sungai Pandan, Kabupaten Hulu Sungai Utara, "
    "Kalimantan Selatan",
    "place_name": "Amuntai",
    "default_desa": "Pandulangan",
    "default_kecamatan": "Sungai Pandan",
    "default_kabupaten": "Hulu Sungai Utara",
    "default_provinsi": "Kalimantan Selatan",
}

WOMEN = (
    "Siti Aminah", "Hj. Masitah", "Rusmilawati", "Jumiati", "Norhasanah", "Mardiana", "Rahmah",
    "Salamiah", "Fitriani", "Halimah", "Siti Aisyah", "Hj. Rusdiana", "Nurul Hidayah",
    "Sarifah", "Aluh Rusmini", "Mastiah", "Rabiatul Adawiyah", "Fatimah", "Hamidah", "Raudah",
    "Nurjannah", "Hj. Saniah", "Maulidah", "Rukayah", "Khairunnisa", "Zubaidah", "Jamilah",
    "Ernawati", "Latifah", "Rosmini", "Mariatul Kiptiah", "Siti Norbayah", "Wahidah",
    "Husnul Khatimah", "Sumiati", "Hayatun Nufus", "Masrufah", "Nor Laila",
)
MEN_NAMES = ("H. Abdul Hamid", "Muhammad Yusran", "Ahmad Rijani", "Syahrani")
BIRTH_PLACES = ("Amuntai", "Amuntai", "Alabio", "Alabio", "Pandulangan", "Pandulangan", "Babirik",
                "Danau Panggang", "Sungai Pandan", "Barabai")
DESA = ("Pandulangan",) * 8 + ("Alabio", "Teluk Sinar")
STREETS = ("Jl. Pandulangan", "Jl. Alabio-Amuntai", "Gg. Mesjid", "Gg. Langgar", "Gg. Sakura",
           "Jl. Tembok Bata")
PHONE_PREFIXES = ("0812", "0813", "0821", "0822", "0852", "0853", "0878")
# Where the KTP was issued: mostly Sungai Pandan (05), a few moved in from elsewhere in HSU.
NIK_KECAMATAN = ("05",) * 8 + ("01", "02", "03", "04", "06", "07", "08", "09", "10")
WELFARE = ("pra_sejahtera",) * 5 + ("ks1",) * 4 + ("ks2",)
# Each member works in one or two groups, most in the village's own trades.
GROUP_WEIGHTS = {"Bordir": 3, "Telur itik Alabio": 4, "Kerupuk": 2, "Kue kering": 3, "Warung makan": 2}

CASH, BANK, POKOK, HIBAH, EQUIPMENT, OPERATIONS = "1-101", "1-102", "3-101", "3-201", "1-401", "5-201"
WAJIB, SUKARELA, RECEIVABLE = "3-102", "2-101", "1-201"
WAJIB_RP = 5_000  # a month
MEETING_DAY = 10  # the monthly meeting (arisan), where Setoran is taken
GRANTS = (  # days after founding, description, rupiah
    (7, "Hibah CSR PT Banua Tambang Lestari", 25_000_000),
    (400, "Bantuan modal Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kab. HSU", 10_000_000),
)
CASH_DRAWS = ((14, 5_000_000), (410, 3_000_000))  # days after founding
CASH_FLOAT_RP = 300_000  # below this after a payment out, the treasurer draws from the bank first
DRAW_UNIT_RP = 1_000_000
CASH_KEPT_RP = 2_000_000  # after a meeting, cash above this goes to the bank (in whole 500 000s)
PURCHASES = (  # days after founding, description, business, rupiah; the Buku Inventaris row: name, kind, seller
    (30, "Beli mesin jahit bordir", "Bordir", 3_250_000, "Mesin jahit bordir", "machine", "Toko Jahit Barokah"),
    (45, "Beli kompor dan wajan besar", "Kerupuk", 850_000, "Kompor dan wajan besar", "tools", "Toko Sinar Amuntai"),
    (420, "Beli oven kue", "Kue kering", 1_400_000, "Oven kue", "machine", "Toko Sinar Amuntai"),
)
MONTHLY_COSTS = (  # description, lowest and highest rupiah; paid in each of the last months
    ("Konsumsi rapat bulanan", 150_000, 300_000),
    ("ATK dan fotokopi", 25_000, 90_000),
    ("Transport ke Amuntai", 40_000, 120_000),
)
COST_MONTHS = 12
SALES, MATERIALS = "4-201", "5-101"
LAST_YEAR_TRADE = (  # (month, day) of last year, description, business, debit, credit, rupiah
    ((3, 4), "Bahan kue pesanan Lebaran", "Kue kering", MATERIALS, CASH, 1_600_000),
    ((3, 14), "Bahan kue pesanan Lebaran", "Kue kering", MATERIALS, CASH, 1_350_000),
    ((3, 20), "Penjualan kue kering Lebaran", "Kue kering", CASH, SALES, 3_200_000),
    ((3, 27), "Penjualan kue kering Lebaran", "Kue kering", CASH, SALES, 2_850_000),
    ((7, 8), "Kain dan benang bordir pesanan seragam majelis taklim", "Bordir", MATERIALS, CASH, 650_000),
    ((8, 12), "Penjualan bordir seragam majelis taklim", "Bordir", CASH, SALES, 1_800_000),
)
# Whom the group's own money came from or went to, by the entry's description: each gets its
# kuitansi or bukti kas keluar, so that the Buku Kas Umum names them (moves between Kas and Bank
# have none).
PARTIES = {
    "Hibah CSR PT Banua Tambang Lestari": "PT Banua Tambang Lestari",
    GRANTS[1][1]: "Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kab. HSU",
    "Beli mesin jahit bordir": "Toko Mesin Jahit Barabai",
    "Beli kompor dan wajan besar": "Toko Alat Dapur Amuntai",
    "Beli oven kue": "Toko Elektronik Sinar Amuntai",
    "Konsumsi rapat bulanan": "Warung Acil Ijah",
    "ATK dan fotokopi": "Fotokopi Berkah Amuntai",
    "Transport ke Amuntai": "Ojek Pak Rahman",
    "Bahan kue pesanan Lebaran": "Toko Bahan Kue Alabio",
    "Penjualan kue kering Lebaran": "Pembeli umum",
    "Kain dan benang bordir pesanan seragam majelis taklim": "Toko Kain Amuntai",
    "Penjualan bordir seragam majelis taklim": "Majelis Taklim Nurul Iman",
}
RAT_MONTH = 3  # the annual meeting (RAT) that shares last year's SHU: at the March meeting

PRODUCTS = (
    ProductInput(
        name="Pinjaman modal usaha", method="flat", rate=Decimal("0.015"), period="monthly",
        min_periods=3, max_periods=24, min_principal_rp=500_000, max_principal_rp=10_000_000,
        rounding_unit_rp=500, fee_kind="percent", fee_rate=Decimal("0.01"), fee_deducted=True,
        penalty_kind="fixed", penalty_rp=10_000, grace_days=7,
    ),
    ProductInput(
        name="Pinjaman mingguan", method="flat", rate=Decimal("0.005"), period="weekly",
        min_periods=10, max_periods=25, min_principal_rp=200_000, max_principal_rp=2_000_000,
        rounding_unit_rp=500, penalty_kind="fixed", penalty_rp=2_000, grace_days=2,
    ),
)
MODAL, MINGGUAN = 0, 1  # index in PRODUCTS

# The loans: (product, principal, periods, fate, when). `when` is, by fate:
#   paid / early / current: meetings ago it was disbursed (counting the last meeting as 1);
#     early pays it off at the meeting `EARLY_AFTER` instalments later;
#   late: days past due of the oldest unpaid instalment today, and instalments paid before;
#   weekly: weeks ago it was disbursed; applied / rejected: days ago it was applied for.
LOANS = (
    (MODAL, 5_000_000, 12, "paid", 15),
    (MODAL, 3_000_000, 10, "early", 9),
    (MODAL, 8_000_000, 24, "current", 11),
    (MODAL, 2_000_000, 12, "current", 7),
    (MODAL, 4_000_000, 18, "current", 5),
    (MODAL, 1_500_000, 6, "current", 3),
    (MODAL, 2_500_000, 10, "current", 1),
    (MINGGUAN, 1_000_000, 20, "weekly", 8),
    (MODAL, 2_000_000, 10, "late", (45, 3)),  # Dalam Perhatian Khusus
    (MODAL, 3_500_000, 12, "late", (105, 2)),  # Kurang Lancar
    (MODAL, 1_000_000, 6, "late", (150, 1)),  # Diragukan
    (MODAL, 3_000_000, 12, "applied", 4),
    (MODAL, 5_000_000, 12, "rejected", 20),
)
EARLY_AFTER = 5
REJECTION_NOTE = "Simpanan wajib masih menunggak; diajukan lagi setelah lunas tunggakan"
APPLY_DAYS_BEFORE, APPROVE_DAYS_BEFORE = 7, 3  # before disbursement
WAJIB_LATE = 3  # members without loans who stopped coming to meetings 2-4 months ago
APP_MONTHS = 12  # the book was kept in Lumbung for the last year's meetings; before, on paper
SAVERS = 9  # members who put sukarela in at meetings
WITHDRAWALS = 2  # of those, who took some out in the last months


@dataclass(frozen=True)
class Planned:
    """One two-line entry; the member or business tag goes on the line that is not cash."""

    on: date
    description: str
    debit: str
    credit: str
    amount_rp: int
    member: int | None = None  # index in the roster
    business: str | None = None  # group name
    item: tuple[str, str, str] | None = None  # equipment bought: its name, kind and seller


def roster(rng: random.Random, today: date, business_ids: dict[str, int]) -> list[MemberInput]:
    """About 40 members, in the order they joined (so their numbers follow that order)."""
    founded = today - timedelta(days=FOUNDED_DAYS_AGO)
    names = [(n, "P") for n in rng.sample(WOMEN, ROSTER_SIZE - MEN)]
    names += [(n, "L") for n in rng.sample(MEN_NAMES, MEN)]
    rng.shuffle(names)
    joined = [founded] * FOUNDERS + sorted(
        founded + timedelta(days=rng.randint(20, FOUNDED_DAYS_AGO - 30))
        for _ in range(ROSTER_SIZE - FOUNDERS)
    )
    people: list[MemberInput] = []
    serials: Counter = Counter()
    for (name, sex), joined_on in zip(names, joined):
        born = date(today.year - rng.randint(24, 62), rng.randint(1, 12), rng.randint(1, 28))
        # The serial counts people of the same kecamatan, birth date and sex: NIKs stay unique.
        key = (rng.choice(NIK_KECAMATAN), born, sex)
        serials[key] += 1
        groups = rng.choices(list(GROUP_WEIGHTS), weights=list(GROUP_WEIGHTS.values()), k=rng.randint(1, 2))
        people.append(MemberInput(
            name=name,
            nik=make_nik(*key, serials[key]),
            sex=sex,
            birth_place=rng.choice(BIRTH_PLACES),
            birth_date=born,
            phone=f"{rng.choice(PHONE_PREFIXES)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            street=rng.choice(STREETS),
            rt=f"{rng.randint(1, 12):03d}",
            rw="001" if rng.random() < 0.15 else "",
            desa=rng.choice(DESA),
            kecamatan=SETTINGS["default_kecamatan"],
            kabupaten=SETTINGS["default_kabupaten"],
            provinsi=SETTINGS["default_provinsi"],
            welfare_stage=rng.choice(WELFARE),
            joined_on=joined_on,
            business_ids=sorted({business_ids[g] for g in groups}),
        ))
    # Leavers come from those who joined after the founding and stayed at least half a year.
    settled = [p for p in people[FOUNDERS:] if (today - p.joined_on).days > 240]
    for person in rng.sample(settled, LEAVERS):
        person.left_on = person.joined_on + timedelta(days=rng.randint(180, (today - person.joined_on).days))
    return people


def make_nik(kecamatan: str, born: date, sex: str, serial: int) -> str:
    """63 08 KK DDMMYY NNNN, women's day + 40 (DOMAIN.md)."""
    day = born.day + (40 if sex == "P" else 0)
    return f"6308{kecamatan}{day:02d}{born:%m%y}{serial:04d}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier); days past the 28th become the 28th."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def meetings(founded: date, today: date) -> list[date]:
    """Every monthly meeting day since the founding, oldest first."""
    first = date(founded.year, founded.month, MEETING_DAY)
    days = [add_months(first, n) for n in range((today.year - first.year) * 12 + today.month - first.month + 1)]
    return [d for d in days if founded <= d <= today]


def plan(rng: random.Random, today: date, people: list[MemberInput]) -> list[Planned]:
    """The group's own money (grants, bank draws, equipment, running costs), oldest first."""
    founded = today - timedelta(days=FOUNDED_DAYS_AGO)
    entries = [Planned(founded + timedelta(days=d), text, BANK, HIBAH, rp) for d, text, rp in GRANTS]
    entries += [Planned(founded + timedelta(days=d), "Tarik tunai dari bank", CASH, BANK, rp) for d, rp in CASH_DRAWS]
    entries += [
        Planned(founded + timedelta(days=d), text, EQUIPMENT, CASH, rp, business=group, item=(name, kind, seller))
        for d, text, group, rp, name, kind, seller in PURCHASES
    ]
    first_of_month = today.replace(day=1)
    for _ in range(COST_MONTHS):
        first_of_month = (first_of_month - timedelta(days=1)).replace(day=1)
        for text, low, high in MONTHLY_COSTS:
            paid = first_of_month + timedelta(days=rng.randint(2, 25))
            entries.append(Planned(paid, text, OPERATIONS, CASH, rng.randint(low // 500, high // 500) * 500))
    entries += [Planned(date(today.year - 1, *day), text, dr, cr, rp, business=group)
                for day, text, group, dr, cr, rp in LAST_YEAR_TRADE]
    entries.sort(key=lambda e: e.on)
    return entries


@dataclass(frozen=True)
class LoanPlan:
    """One loan of LOANS, given a borrower and dates."""

    member: int  # index in the roster
    product: int  # index in PRODUCTS
    principal_rp: int
    periods: int
    fate: str
    applied_on: date
    first_due: date
    disbursed_on: date | None  # None: never disbursed (applied, rejected)
    paid_instalments: int | None  # late: paid before stopping; None: all due are paid
    payoff_on: date | None = None  # early


@dataclass(frozen=True)
class People:
    """Who does what with her savings and loans: roster indexes."""

    leavers: tuple[int, ...]
    wajib_late: dict[int, date]  # stopped paying at meetings from this day on
    savers: dict[int, int]  # sukarela put in at each meeting she does it, rupiah
    withdrawals: dict[int, date]
    loans: tuple[LoanPlan, ...]


def cast(rng: random.Random, today: date, people: list[MemberInput]) -> People:
    """Choose the borrowers, late payers, savers and their dates from the seed."""
    founded = today - timedelta(days=FOUNDED_DAYS_AGO)
    held = meetings(founded, today)
    leavers = tuple(i for i, p in enumerate(people) if p.left_on is not None)
    staying = [i for i, p in enumerate(people) if p.left_on is None]
    # Borrowers joined at least half a year before their loan: the longest-standing members.
    seniors = [i for i in staying if (today - people[i].joined_on).days > 420]
    borrowing = [row for row in LOANS if row[3] != "rejected"]
    borrowers = rng.sample(seniors, len(borrowing))
    others = [i for i in staying if i not in borrowers]
    late_ones = rng.sample(others, WAJIB_LATE)
    wajib_late = {i: held[-rng.randint(2, 4)] for i in late_ones}
    savers_pool = [i for i in staying if i not in late_ones]
    savers = {i: rng.choice((10_000, 20_000, 20_000, 25_000, 50_000)) for i in rng.sample(savers_pool, SAVERS)}
    big_savers = sorted(i for i, rp in savers.items() if rp >= 20_000)
    withdrawals = {i: today - timedelta(days=rng.randint(10, 80)) for i in rng.sample(big_savers, WITHDRAWALS)}
    loans = []
    who = iter(borrowers)
    for product, principal, instalments, fate, when in LOANS:
        if fate == "rejected":  # refused because she is behind with her wajib
            member, applied = late_ones[0], today - timedelta(days=when)
            loans.append(LoanPlan(member, product, principal, instalments, fate, applied,
                                  add_months(applied, 1), None, None))
            continue
        member = next(who)
        if fate == "applied":
            applied = today - timedelta(days=when)
            first_due = next_meeting(today)
            loans.append(LoanPlan(member, product, principal, instalments, fate, applied, first_due, None, None))
            continue
        if fate == "weekly":
            disbursed = today - timedelta(weeks=when, days=rng.randint(0, 3))
            first_due = disbursed + timedelta(weeks=1)
            paid = None
        elif fate == "late":
            days_late, paid = when
            first_unpaid = today - timedelta(days=days_late)
            disbursed = add_months(first_unpaid, -(paid + 1))
            first_due = add_months(disbursed, 1)
        else:
            disbursed = held[-when]
            first_due = add_months(disbursed, 1)
            paid = None
        payoff = add_months(disbursed, EARLY_AFTER + 1) if fate == "early" else None
        loans.append(LoanPlan(member, product, principal, instalments, fate,
                              disbursed - timedelta(days=APPLY_DAYS_BEFORE), first_due, disbursed, paid, payoff))
    return People(leavers, wajib_late, savers, withdrawals, tuple(loans))


def next_meeting(today: date) -> date:
    this_month = today.replace(day=MEETING_DAY)
    return this_month if this_month > today else add_months(this_month, 1)


@contextmanager
def _clock_at(day: date):
    """Decisions are stamped with the clock: make it the day they were taken, then put it back."""
    before = clock._fixed
    clock.fix(datetime.combine(day, time(10, 0)))
    try:
        yield
    finally:
        clock.fix(before)


@roles.needs("close")
def populate(progress: Callable[[int, int], None] | None = None) -> None:
    """Fill the open, empty book with the demo village. Refused once the book has members."""
    if members.count_members(active_only=False):
        raise Rejected.one("", "demo.book_not_empty")
    rng = random.Random(SEED)
    today = clock.today()
    founded = today - timedelta(days=FOUNDED_DAYS_AGO)
    business_ids = {b.name: b.id for b in list_businesses()}
    people = roster(rng, today, business_ids)
    entries = plan(rng, today, people)
    who = cast(rng, today, people)
    held = meetings(founded, today)
    events = _events(today, held, people, entries, who)
    usaha = usaha_steps(today, people, business_ids)
    events += [(day, ORDER_USAHA, "usaha", (f"{n:05d}",)) for n, (day, _) in enumerate(usaha)]
    events += year_end_events(today)
    events.sort(key=lambda e: (e[0], e[1], repr(e[3])))
    total, done = len(people) + len(events), 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    # All or nothing: a half-filled demo (power cut, error) could never be filled again.
    with db.atomic():
        settings.update(SETTINGS)
        savings.set_amounts(SIMPANAN_POKOK_RP, WAJIB_RP)
        product_ids = [add_product(p).id for p in PRODUCTS]
        member_ids = []
        for person in people:  # leavers join as members; they leave on their day, below
            member_ids.append(members.add_member(replace(person, left_on=None)).id)
            step()
        book = _Book(rng, people, member_ids, business_ids, product_ids, who)
        book.usaha_plan = usaha
        for _, _, kind, arg in events:
            getattr(book, kind)(*arg)
            step()


def year_end_events(today: date) -> list[tuple]:
    """Last year closed on the first day of this year, its SHU shared at the RAT (the March
    meeting, or today if that is still to come)."""
    year = today.year - 1
    rat = min(date(today.year, RAT_MONTH, MEETING_DAY), today)
    return [(date(today.year, 1, 1), -1, "close_years", (year,)), (rat, ORDER_RAT, "share_shu", (year, rat))]


def _events(today: date, held: list[date], people: list[MemberInput], entries: list[Planned],
            who: People) -> list[tuple]:
    """Everything that happens, as (day, order within the day, method of _Book, arguments),
    oldest first: the services refuse a payment dated before an earlier one of the same loan."""
    events = [(e.on, 0, "entry", (e,)) for e in entries]
    for i, person in enumerate(people):
        events.append((person.joined_on, 1, "pokok", (i,)))
        if person.left_on is not None:
            events.append((person.left_on, 5, "leave", (i,)))
    loan_members = {plan.member for plan in who.loans if plan.disbursed_on is not None}
    borrowing_from = {}
    for plan in who.loans:
        if plan.disbursed_on is not None:
            borrowing_from.setdefault(plan.member, plan.disbursed_on)
            borrowing_from[plan.member] = min(borrowing_from[plan.member], plan.disbursed_on)
    started = held[-APP_MONTHS]
    lumps: dict[tuple[int, int], list[date]] = {}
    for on in held:
        for i, person in enumerate(people):
            if person.joined_on > on or (person.left_on is not None and person.left_on < on):
                continue
            if i in who.wajib_late and on >= who.wajib_late[i]:
                continue
            if on < started and on < borrowing_from.get(i, on + timedelta(days=1)):
                lumps.setdefault((i, on.year), []).append(on)  # from the paper book: one sum a year
            else:
                events.append((on, 3, "meeting", (i, on)))
    events += [(on, 9, "bank", (on,)) for on in held]
    for (i, _), days in lumps.items():
        events.append((days[-1], 3, "old_wajib", (i, days[-1], len(days))))
    for n, plan in enumerate(who.loans):
        events.append((plan.applied_on, 2, "apply", (n,)))
        if plan.disbursed_on is None:
            continue
        events.append((plan.disbursed_on, 2, "disburse", (n,)))
        if plan.fate in ("weekly", "late"):
            # She pays on her own due dates; a late payer stops coming to meetings too.
            due, k = plan.first_due, 0
            while due <= today and (plan.paid_instalments is None or k < plan.paid_instalments):
                events.append((due, 4, "meeting", (plan.member, due)))
                k += 1
                due = due + timedelta(weeks=1) if plan.fate == "weekly" else add_months(plan.first_due, k)
            if plan.fate == "late":
                events = [e for e in events if not (e[2] == "meeting" and e[3][0] == plan.member and e[0] >= due)]
        if plan.payoff_on is not None:
            events.append((plan.payoff_on, 2, "payoff", (n,)))
    for i, on in who.withdrawals.items():
        events.append((on, 4, "withdraw", (i, on)))
    assert loan_members.isdisjoint(who.wajib_late)
    events.sort(key=lambda e: (e[0], e[1], repr(e[3])))
    return events


class _Book:
    """Carries out the events through the services."""

    def __init__(self, rng, people, member_ids, business_ids, product_ids, who: People):
        self.rng, self.people, self.ids, self.business_ids = rng, people, member_ids, business_ids
        self.product_ids, self.who = product_ids, who
        self.loan_ids: dict[int, int] = {}
        self.borrowers: set[int] = set()  # disbursed a loan: what she owes comes from the Setoran service
        self.wajib_paid = [0] * len(people)

    def _cash_for(self, on: date, amount_rp: int) -> None:
        """The treasurer draws from the bank when the cash box cannot pay `amount_rp`."""
        short = amount_rp + CASH_FLOAT_RP - ledger.account_balance(CASH, on)
        if short > 0:
            draw = -(-short // DRAW_UNIT_RP) * DRAW_UNIT_RP
            ledger.post_entry(on, "Tarik tunai dari bank", [debit(CASH, draw), credit(BANK, draw)])

    def entry(self, e: Planned) -> None:
        tags = {"business_id": self.business_ids[e.business] if e.business is not None else None}
        if e.credit == CASH:
            self._cash_for(e.on, e.amount_rp)
        if e.item is not None:  # through the cash box, so the Buku Inventaris has it (= 1-401)
            name, kind, seller = e.item
            with _clock_at(e.on):
                moves.pay(moves.CashMove(e.on, e.description, e.amount_rp, EQUIPMENT, CASH, seller, **tags),
                          item=InventoryInput(name=name, kind=kind, location="Rumah Ketua", note=f"Usaha {e.business}"))
            return
        with db.atomic():
            entry_id = ledger.post_entry(e.on, e.description, [
                debit(e.debit, e.amount_rp, **({} if e.debit in (CASH, BANK) else tags)),
                credit(e.credit, e.amount_rp, **({} if e.credit in (CASH, BANK) else tags)),
            ])
            if e.description in PARTIES:
                receipts.issue(entry_id, party_name=PARTIES[e.description])

    def bank(self, on: date) -> None:
        spare = (ledger.account_balance(CASH, on) - CASH_KEPT_RP) // 500_000 * 500_000
        if spare > 0:
            ledger.post_entry(on, "Setor kas ke bank", [debit(BANK, spare), credit(CASH, spare)])

    def pokok(self, i: int) -> None:
        savings.deposit(self.ids[i], "pokok", SIMPANAN_POKOK_RP, self.people[i].joined_on)

    def _wajib_owed(self, i: int, on: date) -> int:
        joined = self.people[i].joined_on
        return ((on.year - joined.year) * 12 + on.month - joined.month + 1) * WAJIB_RP - self.wajib_paid[i]

    def old_wajib(self, i: int, on: date, months: int) -> None:
        """A year's wajib from the paper book, entered as one deposit on that year's last meeting."""
        amount = min(months * WAJIB_RP, self._wajib_owed(i, on))
        savings.deposit(self.ids[i], "wajib", amount, on, memo=f"Rekap buku simpanan {on.year}")
        self.wajib_paid[i] += amount

    def meeting(self, i: int, on: date, payoff: tuple[int, ...] = ()) -> None:
        """Setoran: what is due from her that day (loans and wajib), and her sukarela if she saves."""
        member_id = self.ids[i]
        if i in self.borrowers:
            due = collection.dues(member_id, on)
            loans = sum(l.payoff_rp if l.loan_id in payoff else l.total_rp for l in due.loans)
            wajib = due.wajib_owed_rp
        else:  # nothing but wajib: the Setoran service works it out again, so save a query
            loans, wajib = 0, self._wajib_owed(i, on)
        extra = self.who.savers.get(i, 0) if self.rng.random() < 0.6 else 0
        if loans + wajib + extra:
            result = collection.take_payment(member_id, on, loans + wajib + extra, to_sukarela=bool(extra),
                                             payoff=payoff)
            self.wajib_paid[i] += result.split.wajib_rp

    def apply(self, n: int) -> None:
        plan = self.who.loans[n]
        person = self.people[plan.member]
        business = self.business_ids_of(person)
        with _clock_at(plan.applied_on):
            loan = lifecycle.apply(self.ids[plan.member], self.product_ids[plan.product], plan.principal_rp,
                                   plan.periods, plan.first_due, business_id=business)
        self.loan_ids[n] = loan.id
        if plan.fate == "rejected":
            with _clock_at(plan.applied_on + timedelta(days=APPROVE_DAYS_BEFORE)):
                lifecycle.reject(loan.id, REJECTION_NOTE)
        elif plan.fate != "applied":
            with _clock_at(plan.disbursed_on - timedelta(days=APPROVE_DAYS_BEFORE)):
                lifecycle.approve(loan.id, "rapat pengurus")

    def business_ids_of(self, person: MemberInput) -> int | None:
        return person.business_ids[0] if person.business_ids else None

    def disburse(self, n: int) -> None:
        plan = self.who.loans[n]
        self._cash_for(plan.disbursed_on, plan.principal_rp)
        with _clock_at(plan.disbursed_on):
            lifecycle.disburse(self.loan_ids[n], plan.disbursed_on)
        self.borrowers.add(plan.member)

    def payoff(self, n: int) -> None:
        plan = self.who.loans[n]
        self.meeting(plan.member, plan.payoff_on, payoff=(self.loan_ids[n],))

    def withdraw(self, i: int, on: date) -> None:
        held = savings.balances(self.ids[i], on).sukarela_rp
        amount = held // 2 // 5_000 * 5_000
        if amount:
            self._cash_for(on, amount)
            savings.withdraw(self.ids[i], amount, on, memo="Keperluan sekolah anak")

    def usaha(self, key: str) -> None:
        day, step = self.usaha_plan[int(key)]
        step(self, day)

    def close_years(self, last: int) -> None:
        """Close every year up to `last` that needs it (earlier years close first)."""
        for year in range(periods.first_open_year(), last + 1):
            if year == last or periods.year_balances(year):
                periods.close_year(year)

    def share_shu(self, year: int, on: date) -> None:
        """The RAT's decision: the default rule, shares credited to simpanan sukarela (a member
        who left since the year's end is paid in cash)."""
        in_cash = sum(m.total_rp for m in shu.compute(year).members if m.left_on is not None)
        if in_cash:
            self._cash_for(on, in_cash)
        shu.post(year, on, payment="sukarela")

    def leave(self, i: int) -> None:
        on = self.people[i].left_on
        self._cash_for(on, savings.balances(self.ids[i]).total_rp)
        leaving.settle(self.ids[i], on)


# --- the group businesses' last months (usaha kelompok) ---------------------------------------
#
# Telur itik Alabio: a flock of about a hundred ducks. Each week feed is bought (110 kg; every
# fourth week on credit from the feed shop, paid ten days later), the week's eggs are recorded
# (about 490 butir, a few broken), sold to Warung Bu Ani in rak on credit (paid the next week),
# at the Alabio market in rak for cash, and to members in butir; medicine each month, a stock
# count at each month's end (a few eggs broken in storage), the egg price up at the start of this
# month. Members' hours are recorded for the profit share (rule: 60 % to the working members by
# hours, 30 % reserve, 10 % PAUD incentive), which the group has not yet shared.
# Kerupuk: every two weeks tapioca and fish are bought and 220 bungkus made; sold in bungkus for
# cash and in bal (20 bungkus) on credit to a shop. A separate random stream (USAHA_SEED) keeps
# the rest of the demo as it was.

USAHA_SEED = SEED + 1
USAHA_WEEKS = 15
ALABIO, KERUPUK = "Telur itik Alabio", "Kerupuk"
EGG_PRICE_RP, EGG_PRICE_NOW_RP = 2_500, 2_600  # a butir; the second from the 1st of this month
FEED_KG, FEED_USED_KG, FEED_RP_PER_KG = 110, 105, 6_500
FEED_SHOP, FEED_SHOP_CREDIT = "Toko Pakan Alabio", "UD Sumber Rezeki Alabio"
EGG_SHOP, KERUPUK_SHOP = "Warung Bu Ani", "Toko Hj. Salmah"
VET_SHOP = "Poskeswan Alabio"  # the ducks' medicine and vitamins
ORDER_USAHA = 6  # within a day: after the meeting's Setoran, before the cash goes to the bank
ORDER_RAT = 7


def usaha_steps(today: date, people: list[MemberInput], business_ids: dict[str, int]) -> list[tuple[date, Callable]]:
    """The businesses' events, oldest first, each a (day, step(book)) that calls the services."""
    from app.usaha import catalog, sharing, stock, trade, units
    from app.usaha.trade import MaterialUse, SaleLine

    rng = random.Random(USAHA_SEED)
    alabio, kerupuk = business_ids[ALABIO], business_ids[KERUPUK]
    first = today - timedelta(days=7 * USAHA_WEEKS)
    first -= timedelta(days=first.weekday())  # a Monday
    this_month = today.replace(day=1)
    ids: dict[str, int] = {}
    steps: list[tuple[date, Callable]] = []

    def at(day: date, step: Callable) -> None:
        if first <= day <= today:
            steps.append((day, step))

    def setup(book: "_Book", on: date) -> None:
        unit = {u.name: u.id for u in units.list_units()}
        ids["egg"] = catalog.add_product(alabio, "Telur itik", unit["butir"], EGG_PRICE_RP, first,
                                         standard_cost_rp=1_500).id
        ids["feed"] = catalog.add_material(alabio, "Pakan itik", unit["kg"]).id
        ids["rak"] = unit["rak"]
        catalog.set_price(ids["egg"], EGG_PRICE_NOW_RP, this_month)
        ids["kerupuk"] = catalog.add_product(kerupuk, "Kerupuk ikan haruan", unit["bungkus"], 5_000, first,
                                             standard_cost_rp=3_000).id
        ids["tapioca"] = catalog.add_material(kerupuk, "Tepung tapioka", unit["kg"]).id
        ids["fish"] = catalog.add_material(kerupuk, "Ikan haruan", unit["kg"]).id
        ids["bal"] = units.add_unit("bal", unit["bungkus"], 20, business_id=kerupuk).id
        sharing.set_rule(alabio, "hours", {"members": 60, "3-301": 30, "2-302": 10})
        sharing.set_rule(kerupuk, "pieces", {"members": 50, "3-301": 50})

    at(first, setup)
    workers = [i for i, p in enumerate(people) if business_ids[ALABIO] in p.business_ids and p.left_on is None][:4]
    cooks = [i for i, p in enumerate(people) if business_ids[KERUPUK] in p.business_ids and p.left_on is None][:3]
    buyers = [i for i, p in enumerate(people) if p.left_on is None and p.joined_on < first]

    def cash_purchase(business: int, item: str, kg: int, amount: int, supplier: str) -> Callable:
        def step(book: "_Book", on: date) -> None:
            book._cash_for(on, amount)
            trade.purchase(business, on, ids[item], kg, amount, supplier=supplier)
        return step

    def credit_purchase(kg: int, amount: int, pay_on: date) -> Callable:
        def step(book: "_Book", on: date) -> None:
            bought = trade.purchase(alabio, on, ids["feed"], kg, amount, supplier=FEED_SHOP_CREDIT, on_credit=True)
            ids[f"payable {pay_on}"] = bought.purchase_id
        return step

    def pay(pay_on: date) -> Callable:
        def step(book: "_Book", on: date) -> None:
            purchase_id = ids.pop(f"payable {pay_on}")
            open_rp = next(p.open_rp for p in trade.open_payables(alabio) if p.purchase_id == purchase_id)
            book._cash_for(on, open_rp)
            trade.pay_supplier(purchase_id, on, open_rp)
        return step

    def sell(business: int, lines: list[tuple[str, object, str | None]], key: str | None = None,
             buyer: str = "", member: int | None = None, seller: int | None = None) -> Callable:
        def step(book: "_Book", on: date) -> None:
            sale = trade.sell(business, on, [SaleLine(ids[p], q, ids[u] if u else None) for p, q, u in lines],
                              buyer_name=buyer, buyer_member_id=book.ids[member] if member is not None else None,
                              on_credit=key is not None, seller_member_id=book.ids[seller] if seller is not None else None)
            if key is not None:
                ids[key] = sale.sale_id
        return step

    def collect(key: str) -> Callable:
        def step(book: "_Book", on: date) -> None:
            sale_id = ids.pop(key)
            open_rp = next(r.open_rp for r in trade.open_receivables() if r.sale_id == sale_id)
            trade.collect(sale_id, on, open_rp)
        return step

    def produce(business: int, product: str, made: int, broken: int, used: list[tuple[str, int]]) -> Callable:
        def step(book: "_Book", on: date) -> None:
            trade.produce(business, on, ids[product], made, rejects=broken,
                          materials=[MaterialUse(ids[m], q) for m, q in used])
        return step

    def count(broken: int) -> Callable:
        def step(book: "_Book", on: date) -> None:
            held = stock.on_hand(ids["egg"], on)
            stock.count_stock(ids["egg"], on, held - broken, reason="Pecah saat disimpan")
        return step

    def expense(business: int, amount: int, text: str) -> Callable:
        def step(book: "_Book", on: date) -> None:
            book._cash_for(on, amount)
            trade.expense(business, on, amount, text, paid_to=VET_SHOP)
        return step

    def work(business: int, member: int, hours: int = 0, pieces: int = 0) -> Callable:
        def step(book: "_Book", on: date) -> None:
            sharing.record_work(business, book.ids[member], on, hours=hours, pieces=pieces)
        return step

    for week in range(USAHA_WEEKS + 1):
        w = first + timedelta(weeks=week)
        price = FEED_RP_PER_KG + (300 if w >= this_month else 0)
        if week % 4 == 3:
            at(w, credit_purchase(FEED_KG, FEED_KG * price, w + timedelta(days=10)))
            at(w + timedelta(days=10), pay(w + timedelta(days=10)))
        else:
            at(w, cash_purchase(alabio, "feed", FEED_KG, FEED_KG * price, FEED_SHOP))
        at(w, produce(alabio, "egg", rng.randint(460, 500), rng.randint(4, 12), [("feed", FEED_USED_KG)]))
        at(w + timedelta(days=1), sell(alabio, [("egg", 8, "rak")], key=f"ani {week}", buyer=EGG_SHOP,
                                       seller=workers[0] if workers else None))
        at(w + timedelta(days=8), collect(f"ani {week}"))
        at(w + timedelta(days=3), sell(alabio, [("egg", rng.randint(5, 6), "rak")],
                                       seller=workers[1 % len(workers)] if workers else None))
        at(w + timedelta(days=5), sell(alabio, [("egg", rng.randint(20, 40), None)],
                                       member=rng.choice(buyers) if buyers else None))
        for i in workers:
            at(w + timedelta(days=6), work(alabio, i, hours=rng.randint(8, 16)))
        if week % 2 == 0:  # kerupuk, every other week
            at(w + timedelta(days=2), cash_purchase(kerupuk, "tapioca", 25, 25 * 12_000, "Toko Amuntai Jaya"))
            at(w + timedelta(days=2), cash_purchase(kerupuk, "fish", 10, 10 * 35_000, "Pasar Alabio"))
            at(w + timedelta(days=3), produce(kerupuk, "kerupuk", 220, rng.randint(2, 6),
                                              [("tapioca", 24), ("fish", 9)]))
            at(w + timedelta(days=4), sell(kerupuk, [("kerupuk", rng.randint(45, 65), None)]))
            at(w + timedelta(days=6), sell(kerupuk, [("kerupuk", 5, "bal")], key=f"salmah {week}",
                                           buyer=KERUPUK_SHOP, seller=cooks[0] if cooks else None))
            at(w + timedelta(days=20), collect(f"salmah {week}"))
            for i in cooks:
                at(w + timedelta(days=3), work(kerupuk, i, pieces=rng.randint(60, 80)))
            at(w + timedelta(days=9), sell(kerupuk, [("kerupuk", rng.randint(35, 45), None)]))
    month = first.replace(day=1)
    while month <= today:
        at(month.replace(day=15), expense(alabio, 85_000, "Obat dan vitamin itik"))
        month_end = add_months(month, 1) - timedelta(days=1)
        at(month_end, count(rng.randint(2, 5)))
        month = add_months(month, 1)
    # Steps of one day keep the order they were planned in (buy, make, then sell).
    order = {id(step): n for n, (_, step) in enumerate(steps)}
    steps.sort(key=lambda s: (s[0], s[1] is not setup, order[id(s[1])]))
    return steps
