"""The register of funders (sumber dana) and the grants received from them.

A grant in cash is one entry, Dr Kas/Bank Cr 3-201 Modal hibah, with a kuitansi the treasurer
signs for the funder. An in-kind grant (a freezer from a CSR programme) is an item of the Buku
Inventaris at its value and one entry, Dr 1-401 Cr 3-201. Either entry is linked to its funder
in funder_entries. A funder with money recorded is never deleted (it may be deactivated: it
then takes no new money); one with nothing recorded may be removed.

Refusals name these fields: kind, name, contact, programme, agreement_number, funder,
amount_rp, entry_date, cash_account, memo (and the inventory fields for an in-kind grant).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app import clock, inventory, ledger, receipts, text_rules
from app.access import roles
from app.assets import register
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.funds.checks import amount_issues, cash_issues, clean, date_issues, text_issues
from app.ledger import credit, debit

KINDS = ("csr", "dinas", "bank", "dana_desa", "anggota", "lainnya")
GRANT_ACCOUNT = "3-201"
LIMITS = {"name": text_rules.FUNDER_NAME, "contact": text_rules.TEXT, "programme": text_rules.TEXT,
          "agreement_number": text_rules.AGREEMENT, "memo": text_rules.TEXT}


@dataclass
class FunderInput:
    kind: str = "csr"
    name: str = ""
    contact: str = ""  # who to ask: a person, a telephone, an address
    programme: str = ""  # "CSR Adaro Peduli UMKM 2026"
    agreement_number: str = ""  # the agreement (nomor perjanjian / SK)


@dataclass(frozen=True)
class FunderRow:
    id: int
    kind: str
    name: str
    contact: str
    programme: str
    agreement_number: str
    is_active: bool
    has_money: bool  # money recorded against it: it can no longer be removed


@dataclass(frozen=True)
class Received:
    entry_id: int
    receipt_number: str | None
    inventory_item_id: int | None = None


def _has_money(funder_id: int) -> bool:
    return db.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM funder_entries WHERE funder_id = ?)"
        " OR EXISTS (SELECT 1 FROM bank_loans WHERE funder_id = ?)", (funder_id, funder_id)).fetchone()[0] == 1


_COLUMNS = "id, kind, name, contact, programme, agreement_number, is_active"


def _row(values) -> FunderRow:
    return FunderRow(*values[:6], bool(values[6]), _has_money(values[0]))


@checked
def get_funder(funder_id: int) -> FunderRow:
    values = db.execute_sql(f"SELECT {_COLUMNS} FROM funders WHERE id = ?", (funder_id,)).fetchone()
    if values is None:
        raise Rejected.one("funder", "funder.not_found")
    return _row(values)


def list_funders(active_only: bool = False) -> list[FunderRow]:
    where = " WHERE is_active = 1" if active_only else ""
    return [_row(v) for v in db.execute_sql(f"SELECT {_COLUMNS} FROM funders{where} ORDER BY name COLLATE NOCASE")]


def _validated(data: FunderInput, funder_id: int | None) -> dict[str, str]:
    values = {key: clean(getattr(data, key)) for key in ("name", "contact", "programme", "agreement_number")}
    issues = [] if data.kind in KINDS else [Issue("kind", "funder.bad_kind")]
    for key, value in values.items():
        issues += text_issues(key, value, LIMITS[key], required=key == "name")
    if values["name"]:
        taken = db.execute_sql("SELECT id FROM funders WHERE name = ? COLLATE NOCASE AND id <> ?",
                               (values["name"], funder_id or 0)).fetchone()  # ids start at 1
        if taken:
            issues.append(Issue("name", "funder.name_taken", {"name": values["name"]}))
    if issues:
        raise Rejected(issues)
    return values


@checked
def validate(data: FunderInput, funder_id: int | None = None) -> list[Issue]:
    """add_funder's (update_funder's) refusals, without writing: for a check before the write."""
    try:
        _validated(data, funder_id)
    except Rejected as refused:
        return refused.issues
    return []


@roles.needs("records")
def add_funder(data: FunderInput) -> FunderRow:
    with db.atomic():
        values = _validated(data, None)
        funder_id = current().insert(db,
            "INSERT INTO funders (kind, name, contact, programme, agreement_number, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (data.kind, values["name"], values["contact"], values["programme"], values["agreement_number"],
             clock.now().isoformat(sep=" ")))
    return get_funder(funder_id)


@roles.needs("records")
@checked
def update_funder(funder_id: int, data: FunderInput) -> FunderRow:
    with db.atomic():
        get_funder(funder_id)
        values = _validated(data, funder_id)
        db.execute_sql("UPDATE funders SET kind = ?, name = ?, contact = ?, programme = ?, agreement_number = ?"
                       " WHERE id = ?", (data.kind, values["name"], values["contact"], values["programme"],
                                         values["agreement_number"], funder_id))
    return get_funder(funder_id)


@roles.needs("records")
@checked
def set_active(funder_id: int, active: bool) -> FunderRow:
    with db.atomic():
        get_funder(funder_id)
        db.execute_sql("UPDATE funders SET is_active = ? WHERE id = ?", (int(bool(active)), funder_id))
    return get_funder(funder_id)


@roles.needs("records")
@checked
def remove_funder(funder_id: int) -> None:
    """Only a funder with nothing recorded (a typing slip); one with money is refused."""
    with db.atomic():
        funder = get_funder(funder_id)
        if funder.has_money:
            raise Rejected.one("funder", "funder.has_money", name=funder.name)
        db.execute_sql("DELETE FROM funders WHERE id = ?", (funder_id,))


def active_funder(funder_id: int, issues: list[Issue]) -> FunderRow | None:
    """The funder if it may take new money; otherwise the reason is added to `issues`."""
    try:
        funder = get_funder(funder_id)
    except Rejected as refused:
        issues += refused.issues
        return None
    if not funder.is_active:
        issues.append(Issue("funder", "funder.inactive", {"name": funder.name}))
    return funder


@roles.needs("records")
@checked
def link(entry_id: int, funder_id: int, kind: str, bank_loan_id: int | None = None,
         inventory_item_id: int | None = None) -> None:
    db.execute_sql("INSERT INTO funder_entries (entry_id, funder_id, kind, bank_loan_id, inventory_item_id)"
                   " VALUES (?, ?, ?, ?, ?)", (entry_id, funder_id, kind, bank_loan_id, inventory_item_id))


@roles.needs("money")
@checked
def receive_grant(funder_id: int, amount_rp: int, on: date, cash_account: str = "1-101",
                  memo: str = "") -> Received:
    """A grant in cash: Dr Kas/Bank, Cr Modal hibah; a kuitansi for the funder."""
    memo = clean(memo)
    issues: list[Issue] = []
    with db.atomic():
        funder = active_funder(funder_id, issues)
        issues += amount_issues("amount_rp", amount_rp) + date_issues("entry_date", on)
        issues += cash_issues(cash_account) + text_issues("memo", memo, LIMITS["memo"])
        if issues:
            raise Rejected(issues)
        what = memo or funder.programme
        entry_id = ledger.post_entry(
            on, f"Hibah modal dari {funder.name}" + (f" – {what}" if what else ""),
            [debit(cash_account, amount_rp, memo=funder.name), credit(GRANT_ACCOUNT, amount_rp, memo=funder.name)],
            funder.agreement_number)
        link(entry_id, funder_id, "grant")
        number = receipts.issue(entry_id, party_name=funder.name)
    return Received(entry_id, number)


@roles.needs("records")
@checked
def receive_in_kind(funder_id: int, item: inventory.InventoryInput) -> Received:
    """Equipment given: into the Buku Inventaris at its value (which must be above zero), and
    Dr Inventaris / peralatan, Cr Modal hibah on the day it was received."""
    item = replace(item, origin=clean(item.origin))
    issues: list[Issue] = []
    with db.atomic():
        funder = active_funder(funder_id, issues)
        if funder is not None and not item.origin:
            item = replace(item, origin=f"Hibah {funder.name}")
        issues += inventory.validate(item)
        if type(item.value_rp) is int and item.value_rp == 0:
            issues.append(Issue("value_rp", "amount.not_positive"))
        if issues:
            raise Rejected(issues)
        row, entry_id = register.enter(item, GRANT_ACCOUNT, f"Hibah barang dari {funder.name}: {inventory.clean(item.name)}",
                                       funder.agreement_number, credit_memo=funder.name)
        link(entry_id, funder_id, "in_kind", inventory_item_id=row.id)
    return Received(entry_id, None, row.id)
