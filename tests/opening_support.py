"""A realistic opening: a Telur Alabio and Kerupuk group in Amuntai moving its paper books in.

    realistic_opening(seed=1, members=60, loans=25) -> Opening

Members with valid NIKs (app.nik's rules), their savings, running loans of the three methods
(half given by instalments paid, half by the pokok still owed and the next due date; a
fifth up to date, the rest one to four instalments behind), cash and
a bank account, a CSR funder with a grant, a bank loan from BRI Unit Amuntai, stock of eggs
(butir) and kerupuk (kg), a sewing machine and a Dana cadangan balance; the rest of what the
group owns is its Modal awal (3-501), so assets equal liabilities plus equity. It scales to
members=3000, loans=2000 for the benchmarks.

Also `counts()` (every table's rows, equal before and after a refusal) and `trial_balance_zero()`.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from app import ledger, settings
from app.db import db
from app.loans import schedule
from app.opening.draft import (
    AssetLine,
    BalanceLine,
    BankLoanLine,
    CashLine,
    FunderLine,
    LoanLine,
    MemberLine,
    Opening,
    SavingsLine,
    StockLine,
)

OPENING_ON = date(2025, 12, 31)
WAJIB_RP = 5_000
ROUNDING_UNIT_RP = 1  # terms without a product: an exact schedule (app.opening.loans)
FIRST_NAMES = ("Siti", "Nur", "Rahmah", "Aminah", "Halimah", "Fatimah", "Mariani", "Salmah", "Zainab", "Hj. Nor")
LAST_NAMES = ("Aisyah", "Hidayah", "Jannah", "Rusdiana", "Wati", "Lestari", "Maulida", "Rahmawati", "Fitriani")
STAGES = ("pra_sejahtera", "ks1", "ks2", "ks3", "ks3_plus", "")
BUSINESSES = ("Telur Alabio", "Kerupuk", "Telur Alabio, Kerupuk", "")
METHODS = ("flat", "efektif", "anuitas")
RATES = (Decimal("0.015"), Decimal("0.02"), Decimal("0.0125"))


def nik_for(serial: int, birth_date: date, sex: str) -> str:
    """A NIK of Kecamatan Amuntai Tengah (630801) for this birth date (day + 40 for a woman)."""
    day = birth_date.day + (40 if sex == "P" else 0)
    return f"630801{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial % 10_000:04d}"


def months_after(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, 28))


def _member(rng: random.Random, number: int) -> MemberLine:
    sex = "L" if number % 15 == 0 else "P"
    birth = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
    return MemberLine(
        number=number, name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", nik=nik_for(number, birth, sex),
        sex=sex, birth_place=rng.choice(("Amuntai", "Alabio", "Banjarmasin")), birth_date=birth,
        phone=f"0812{rng.randint(10_000_000, 99_999_999)}", street=f"Jl. Negara Dipa Gg. {rng.randint(1, 9)}",
        rt=f"{rng.randint(1, 12):03d}", rw=f"{rng.randint(1, 4):03d}", desa="Sungai Malang",
        kecamatan="Amuntai Tengah", kabupaten="Hulu Sungai Utara", provinsi="Kalimantan Selatan",
        postal_code="71419", welfare_stage=rng.choice(STAGES), joined_on=date(rng.randint(2015, 2024), rng.randint(1, 12), 1),
        businesses=rng.choice(BUSINESSES),
    )


def _loan(rng: random.Random, index: int, member_number: int) -> tuple[LoanLine, int]:
    """A member's loan running at the opening date, and the pokok still owed on it."""
    method, rate = METHODS[index % 3], RATES[index % 3]
    periods = rng.choice((10, 12, 20))
    principal = rng.randint(10, 50) * 100_000
    paid = rng.randint(1, periods - 2)
    behind = index % 5  # instalments due by the opening and not paid: up to date, or 1 to 4 behind
    first_due = months_after(OPENING_ON, 1 - paid - behind).replace(day=10)
    rows = schedule.generate(principal, rate, periods, method, ROUNDING_UNIT_RP, first_due, "monthly")
    line = LoanLine(member_number=member_number, number=f"PJ-{index + 1:04d}", method=method, rate=rate,
                    period="monthly", periods=periods, principal_rp=principal,
                    disbursed_on=months_after(first_due, -1), first_due=first_due)
    if index % 2:
        line.outstanding_rp, line.next_due = rows[paid - 1].outstanding_after_rp, rows[paid].due_date
    else:
        line.instalments_paid = paid
    return line, rows[paid - 1].outstanding_after_rp


def realistic_opening(seed: int = 1, members: int = 60, loans: int = 25) -> Opening:
    rng = random.Random(seed)
    opening = Opening(on=OPENING_ON, group={
        "group_name": "UP2K PKK Sungai Malang", "default_desa": "Sungai Malang", "ketua_name": "Hj. Rahmah",
        "sekretaris_name": "Nur Aisyah", "bendahara_name": "Siti Fatimah"})
    opening.members = [_member(rng, number) for number in range(1, members + 1)]
    for member in opening.members:
        member_months = (OPENING_ON.year - member.joined_on.year) * 12 + OPENING_ON.month - member.joined_on.month + 1
        months = rng.randint(1, min(60, member_months))  # wajib is due from the joining month, both ends counted
        opening.savings.append(SavingsLine(member.number, pokok_rp=10_000, wajib_rp=months * WAJIB_RP, wajib_months=months,
                                           sukarela_rp=rng.randint(0, 40) * 5_000))
    owed = 0
    for index in range(loans):
        line, outstanding = _loan(rng, index, index % members + 1)
        opening.loans.append(line)
        owed += outstanding

    grant_rp = 10_000_000
    opening.funders = [
        FunderLine("CSR PT Adaro Indonesia", "csr", "Bina UMKM Perempuan", "CSR/2023/017", "Bu Yanti 0811500123", grant_rp),
        FunderLine("BRI Unit Amuntai", "bank", "KUR Mikro", "B.123/KUR/2024", "Pak Rudi 0511-61234", 0),
    ]
    bank_periods, bank_paid, bank_principal = 24, 8, 20_000_000
    bank_first_due = months_after(OPENING_ON, -bank_paid).replace(day=5)
    bank_rows = schedule.generate(bank_principal, Decimal("0.01"), bank_periods, "flat", 1, bank_first_due, "monthly")
    opening.bank_loans = [BankLoanLine("BRI Unit Amuntai", "B.123/KUR/2024", "flat", Decimal("0.01"), "monthly",
                                       bank_periods, bank_principal, months_after(bank_first_due, -1), bank_first_due,
                                       instalments_paid=bank_paid)]
    opening.stock = [
        StockLine("Telur Alabio", "Telur itik", "product", "butir", Decimal(1200), 2_000, 2_800),
        StockLine("Kerupuk", "Kerupuk ikan haruan", "product", "kg", Decimal("12.5"), 40_000, 60_000),
    ]
    opening.assets = [AssetLine("Mesin jahit Butterfly", "machine", date(2022, 3, 15), 1, "buah", 2_500_000, 900_000,
                                "Hibah CSR", "Rumah ketua", "baik", "")]
    reserve_rp = 1_750_000

    savings = sum(s.pokok_rp + s.wajib_rp for s in opening.savings)
    sukarela = sum(s.sukarela_rp for s in opening.savings)
    stock = sum(int(s.quantity * s.unit_cost_rp) for s in opening.stock)
    assets = sum(a.value_rp - a.depreciated_rp for a in opening.assets)
    cash_rp = 1_250_000 + 1_000 * rng.randint(0, 999)
    liabilities = sukarela + bank_rows[bank_paid - 1].outstanding_after_rp
    bank_rp = max(5_000_000, liabilities + savings + grant_rp + reserve_rp - owed - stock - assets - cash_rp + 3_000_000)
    opening.cash = [CashLine("1-101", cash_rp, "Kotak kas bendahara"),
                    CashLine("1-102", bank_rp, "BRI Unit Amuntai 0123-01-000456-50-7")]
    modal_rp = cash_rp + bank_rp + owed + stock + assets - liabilities - savings - grant_rp - reserve_rp
    opening.balances = [BalanceLine("3-301", reserve_rp, "Dana cadangan dari buku lama"),
                        BalanceLine("3-501", modal_rp, "Modal awal kelompok")]
    return opening


def counts() -> dict:
    """Rows of every table and the settings: equal before and after a refusal."""
    tables = db.get_tables()  # peewee's, on either engine
    return {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables} | {
        "settings": tuple(sorted(settings.get_all().items()))}


def trial_balance_zero() -> bool:
    rows = ledger.trial_balance()
    return sum(r.debit_rp for r in rows) == sum(r.credit_rp for r in rows)
