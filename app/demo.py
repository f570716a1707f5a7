"""A demo village for `lumbung --demo`: UP2K PKK As Syifa of Desa Pandulangan, HSU.

Everything is written through the services the UI uses (settings, members, ledger), so the
demo book obeys every rule a real one does. The content is fixed by a seed and dated relative
to today, so the demo always looks current and a test can predict it.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from app import clock, ledger, members, settings
from app.businesses import list_businesses
from app.db import db
from app.errors import Rejected
from app.ledger import credit, debit
from app.members import MemberInput

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
GRANTS = (  # days after founding, description, rupiah
    (7, "Hibah CSR PT Banua Tambang Lestari", 25_000_000),
    (400, "Bantuan modal Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kab. HSU", 10_000_000),
)
CASH_DRAWS = ((14, 5_000_000), (410, 3_000_000), (FOUNDED_DAYS_AGO - 200, 2_000_000))  # days after founding
PURCHASES = (  # days after founding, description, business, rupiah
    (30, "Beli mesin jahit bordir", "Bordir", 3_250_000),
    (45, "Beli kompor dan wajan besar", "Kerupuk", 850_000),
    (420, "Beli oven kue", "Kue kering", 1_400_000),
)
MONTHLY_COSTS = (  # description, lowest and highest rupiah; paid in each of the last months
    ("Konsumsi rapat bulanan", 150_000, 300_000),
    ("ATK dan fotokopi", 25_000, 90_000),
    ("Transport ke Amuntai", 40_000, 120_000),
)
COST_MONTHS = 6


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


def plan(rng: random.Random, today: date, people: list[MemberInput]) -> list[Planned]:
    """The group's money since its founding, oldest first."""
    founded = today - timedelta(days=FOUNDED_DAYS_AGO)
    entries = [Planned(founded + timedelta(days=d), text, BANK, HIBAH, rp) for d, text, rp in GRANTS]
    entries += [Planned(founded + timedelta(days=d), "Tarik tunai dari bank", CASH, BANK, rp) for d, rp in CASH_DRAWS]
    entries += [
        Planned(founded + timedelta(days=d), text, EQUIPMENT, CASH, rp, business=group)
        for d, text, group, rp in PURCHASES
    ]
    for index, person in enumerate(people):
        entries.append(Planned(person.joined_on, f"Simpanan pokok {person.name}", CASH, POKOK,
                               SIMPANAN_POKOK_RP, member=index))
        if person.left_on is not None:
            entries.append(Planned(person.left_on, f"Pengembalian simpanan pokok {person.name} (keluar)",
                                   POKOK, CASH, SIMPANAN_POKOK_RP, member=index))
    first_of_month = today.replace(day=1)
    for _ in range(COST_MONTHS):
        first_of_month = (first_of_month - timedelta(days=1)).replace(day=1)
        for text, low, high in MONTHLY_COSTS:
            paid = first_of_month + timedelta(days=rng.randint(2, 25))
            entries.append(Planned(paid, text, OPERATIONS, CASH, rng.randint(low // 500, high // 500) * 500))
    entries.sort(key=lambda e: e.on)
    return entries


def populate(progress: Callable[[int, int], None] | None = None) -> None:
    """Fill the open, empty book with the demo village. Refused once the book has members."""
    if members.count_members(active_only=False):
        raise Rejected.one("", "demo.book_not_empty")
    rng = random.Random(SEED)
    today = clock.today()
    business_ids = {b.name: b.id for b in list_businesses()}
    people = roster(rng, today, business_ids)
    entries = plan(rng, today, people)
    total, done = len(people) + len(entries), 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    # All or nothing: a half-filled demo (power cut, error) could never be filled again.
    with db.atomic():
        settings.update(SETTINGS)
        member_ids = []
        for person in people:
            member_ids.append(members.add_member(person).id)
            step()
        for e in entries:
            tags = {
                "member_id": member_ids[e.member] if e.member is not None else None,
                "business_id": business_ids[e.business] if e.business is not None else None,
            }
            lines = [
                debit(e.debit, e.amount_rp, **({} if e.debit in (CASH, BANK) else tags)),
                credit(e.credit, e.amount_rp, **({} if e.credit in (CASH, BANK) else tags)),
            ]
            ledger.post_entry(e.on, e.description, lines)
            step()
