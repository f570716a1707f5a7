"""Helpers for the usaha kelompok tests (not a test module): the seeded businesses and units,
members, and a count of what a refused call must not have written."""

from __future__ import annotations

from datetime import date

from app import ledger
from app.db import db
from app.members import MemberInput, add_member

BORDIR, ALABIO, KERUPUK, KUE, WARUNG = 1, 2, 3, 4, 5  # seeded by m0002
BUTIR, RAK, GRAM, ONS, KG, ML, LITER, BUAH, LUSIN, BUNGKUS, TOPLES, LEMBAR, KODI, POTONG, PORSI, METER = range(1, 17)

TABLES = ("journal_entries", "postings", "receipts", "usaha_units", "usaha_items", "usaha_prices", "usaha_purchases",
          "usaha_supplier_payments", "usaha_productions", "usaha_sales", "usaha_collections", "usaha_counts",
          "usaha_moves", "usaha_work", "usaha_share_rules", "usaha_share_parts", "usaha_shares", "sequences")


def member(name: str, joined_on: date = date(2025, 1, 2), business_ids=()) -> int:
    return add_member(MemberInput(name=name, joined_on=joined_on, business_ids=list(business_ids))).id


def capital(business_id: int, on: date, amount_rp: int) -> int:
    """The group gives a business its cash to start with (a capital grant into Kas, in the
    business's book): the ledger refuses to pay out more than the cash box holds."""
    tag = {"business_id": business_id}
    return ledger.post_entry(on, "Modal usaha", [ledger.debit("1-101", amount_rp, **tag),
                                                 ledger.credit("3-201", amount_rp, **tag)])


def counts() -> dict[str, int]:
    """Rows in every table a business service writes: equal before and after a refusal."""
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def trial_balance_total() -> int:
    return db.execute_sql("SELECT coalesce(sum(amount_rp), 0) FROM postings").fetchone()[0]
