"""The opening as the secretary gives it: one line per row of her paper books, per kind.

Values are already read (dates as dates, amounts as whole rupiah, rates as Decimal fractions
per period); None is a cell left empty. Nothing here checks the rules (app.opening.check does)
or writes to the book (app.opening.store keeps the draft, app.opening.commit posts it).

An issue about a line names it as `<kind>.<index>.<field>` (index from 0 in the kind's list,
as the ledger names "postings.2.amount"); the grid and the workbook turn that into a row and a
column of their own.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal

from app.dates import checked

OPENING_ACCOUNT = "3-502"  # Selisih saldo awal: what every opening entry balances against


@dataclass
class MemberLine:
    """A row of the Buku Daftar Anggota, with the group's own member number."""

    number: int | None = None
    name: str = ""
    nik: str = ""
    sex: str = "P"
    birth_place: str = ""
    birth_date: date | None = None
    phone: str = ""
    street: str = ""
    rt: str = ""
    rw: str = ""
    desa: str = ""
    kecamatan: str = ""
    kabupaten: str = ""
    provinsi: str = ""
    postal_code: str = ""
    welfare_stage: str = ""  # app.members.WELFARE_STAGES, or empty
    joined_on: date | None = None
    businesses: str = ""  # the business groups she belongs to, by name, comma separated


@dataclass
class SavingsLine:
    """A member's savings at the opening date."""

    member_number: int | None = None
    pokok_rp: int = 0
    wajib_rp: int = 0
    wajib_months: int | None = None  # months of wajib paid up to the opening (None: wajib_rp / the monthly amount)
    sukarela_rp: int = 0


@dataclass
class LoanLine:
    """A member's loan still running at the opening date. The terms come from a product (by
    name) or are given here; what was paid is either whole instalments (instalments_paid) or
    the pokok still owed with the next due date (outstanding_rp and next_due)."""

    member_number: int | None = None
    number: str = ""  # the old book's loan number; Lumbung numbers it when empty
    product: str = ""  # a loan product's name
    method: str = ""  # flat, efektif, anuitas (the product's when empty)
    rate: Decimal | None = None  # per period, as a fraction (0.015 is 1,5 % a month)
    period: str = ""  # monthly, weekly
    periods: int | None = None
    principal_rp: int | None = None  # the loan as first given out
    disbursed_on: date | None = None
    first_due: date | None = None
    instalments_paid: int | None = None
    outstanding_rp: int | None = None
    next_due: date | None = None


@dataclass
class CashLine:
    """Money on hand (1-101 Kas) or in the bank (1-102 Bank) at the opening date."""

    account: str = "1-101"
    amount_rp: int | None = None
    note: str = ""  # which box, which bank and account number


@dataclass
class FunderLine:
    """A source of capital (app.funds.funders) and the grants received from it before the book."""

    name: str = ""
    kind: str = "csr"  # app.funds.funders.KINDS
    programme: str = ""
    agreement_number: str = ""
    contact: str = ""
    grant_rp: int = 0  # hibah received before the opening, credited to 3-201 Modal hibah


@dataclass
class BankLoanLine:
    """A loan the group owes a bank or the Dinas at the opening date (app.funds.bank)."""

    funder: str = ""  # a FunderLine's name
    agreement_number: str = ""
    method: str = "flat"
    rate: Decimal | None = None
    period: str = "monthly"
    periods: int | None = None
    principal_rp: int | None = None
    received_on: date | None = None
    first_due: date | None = None
    instalments_paid: int | None = None
    outstanding_rp: int | None = None
    next_due: date | None = None


@dataclass
class StockLine:
    """Stock of a group business at the opening date, in the unit it is counted in."""

    business: str = ""  # the business's name (made if the book has none of that name)
    item: str = ""
    kind: str = "product"  # product or material (app.usaha.catalog.KINDS)
    unit: str = ""  # butir, rak, kg, bungkus ...
    quantity: Decimal | None = None
    unit_cost_rp: int | None = None  # what one unit cost the business
    price_rp: int | None = None  # a product's sale price per unit


@dataclass
class AssetLine:
    """An item of the Buku Inventaris at the opening date."""

    name: str = ""
    kind: str = "tools"  # app.inventory.ITEM_KINDS
    acquired_on: date | None = None
    quantity: int | None = 1
    unit: str = "buah"
    value_rp: int | None = None  # what it cost
    depreciated_rp: int = 0  # depreciation already taken on it before the book
    origin: str = ""
    location: str = ""
    condition: str = "baik"
    note: str = ""


@dataclass
class BalanceLine:
    """Any other account's balance at the opening date (Dana cadangan, SHU belum dibagikan,
    Utang usaha, Modal awal ...), in its natural sign: positive is its usual side."""

    account: str = ""
    amount_rp: int | None = None
    note: str = ""


LINE_TYPES = {
    "members": MemberLine, "savings": SavingsLine, "loans": LoanLine, "cash": CashLine, "funders": FunderLine,
    "bank_loans": BankLoanLine, "stock": StockLine, "assets": AssetLine, "balances": BalanceLine,
}
KINDS = tuple(LINE_TYPES)  # in the order the wizard and the workbook take them


@dataclass
class Opening:
    on: date | None = None  # tanggal saldo awal
    group: dict[str, str] = field(default_factory=dict)  # Pengaturan keys: group_name, ketua_name ...
    members: list[MemberLine] = field(default_factory=list)
    savings: list[SavingsLine] = field(default_factory=list)
    loans: list[LoanLine] = field(default_factory=list)
    cash: list[CashLine] = field(default_factory=list)
    funders: list[FunderLine] = field(default_factory=list)
    bank_loans: list[BankLoanLine] = field(default_factory=list)
    stock: list[StockLine] = field(default_factory=list)
    assets: list[AssetLine] = field(default_factory=list)
    balances: list[BalanceLine] = field(default_factory=list)
    difference_note: str = ""  # why what does not balance goes to Selisih saldo awal

    def lines(self, kind: str) -> list:
        return getattr(self, kind)


# --- JSON, for the draft kept in the book --------------------------------------------------------


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _line_dict(line) -> dict:
    return {f.name: _plain(getattr(line, f.name)) for f in fields(line)}


@checked
def to_json(opening: Opening) -> str:
    payload = {"on": _plain(opening.on), "group": opening.group, "difference_note": opening.difference_note}
    payload.update({kind: [_line_dict(line) for line in opening.lines(kind)] for kind in KINDS})
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def _read(kind_of, value):
    """A JSON value back as its field's type (date, Decimal or as stored); None stays None."""
    if value is None:
        return None
    options = typing.get_args(kind_of) if isinstance(kind_of, types.UnionType) else (kind_of,)
    if date in options:
        return date.fromisoformat(value)
    if Decimal in options:
        return Decimal(value)
    return value


def _line(line_type, values: dict):
    hints = typing.get_type_hints(line_type)
    known = {f.name for f in fields(line_type)}  # a field dropped since the draft was saved is let go
    return line_type(**{name: _read(hints[name], value) for name, value in values.items() if name in known})


def from_json(text: str) -> Opening:
    payload = json.loads(text)
    opening = Opening(on=_read(date | None, payload.get("on")), group=dict(payload.get("group") or {}),
                      difference_note=payload.get("difference_note", ""))
    for kind, line_type in LINE_TYPES.items():
        opening.lines(kind).extend(_line(line_type, values) for values in payload.get(kind, []))
    return opening
