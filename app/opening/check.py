"""Every line of an opening checked against the book's rules, before anything is written.

The rules are the services' own (members.validate, funders.validate, inventory.validate, the
units of app.usaha): an issue they raise about `nik` comes back as `members.3.nik`. What only
an opening has is checked here: member numbers unique in the sheet, a line about a member who
is not in it, an account fed by another kind, a date after the opening.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from app.dates import checked
from app import clock, dates, ledger, members, nik, savings, settings, text_rules
from app.accounts import cash_account_issues
from app.db import db
from app.errors import Issue
from app.funds import funders
from app.inventory import InventoryInput
from app.inventory import validate as inventory_issues
from app.opening import loans
from app.opening.draft import OPENING_ACCOUNT, MemberLine, Opening, StockLine
from app.rounding import Rounding, round_rupiah
from app.usaha import catalog, units
from app.usaha.common import MAX_PRICE_RP, money_issues

# Accounts each kind brings; a balance line may not feed them (it would bypass the kind's rules).
FED_BY = {
    "1-101": "cash", "1-102": "cash", "1-201": "loans", "1-301": "stock", "1-401": "assets", "1-402": "assets",
    "2-101": "savings", "2-201": "bank_loans", "3-101": "savings", "3-102": "savings", "3-201": "funders",
    OPENING_ACCOUNT: "difference_note",
}
RESULT_ACCOUNTS = ("income", "expense")  # an opening has no year's result: it goes to 3-401 or 2-301


@checked
def check(opening: Opening) -> list[Issue]:
    """Everything wrong with the opening, each Issue named `<kind>.<index>.<field>` (or `on`,
    `difference_note`, `group.<key>` for the opening's own fields); [] when it can be committed.

    A member whose joined_on is empty joined on the opening date (as far as the book knows).
    Business names (members' businesses, stock lines) the book does not have are made at the
    commit, and so are units it does not know (as base units of that business)."""
    issues = _on_issues(opening.on) + _group_issues(opening.group)
    on = opening.on if not any(i.field == "on" for i in issues) else None
    listed = _member_issues(opening.members, on, issues)
    _savings_issues(opening.savings, listed, on, issues)
    _cash_issues(opening, issues)
    _funder_issues(opening, issues)
    _stock_issues(opening.stock, issues)
    _asset_issues(opening.assets, on, issues)
    _balance_issues(opening.balances, issues)
    issues += loans.check(opening)
    from app.opening.neraca import preview  # the preview reads the lines checked here

    difference = preview(opening).difference_rp
    if difference and not text_rules.tidy(opening.difference_note):
        issues.append(Issue("difference_note", "opening.difference_unexplained", {"difference_rp": difference}))
    issues += text_rules.text_issues("difference_note", text_rules.tidy(opening.difference_note), text_rules.TEXT)
    return issues


def _on_issues(on) -> list[Issue]:
    if on is None:
        return [Issue("on", "required")]
    if wrong := dates.date_issues("on", on):
        return wrong
    return [Issue("on", "date.in_future")] if on > clock.today() else []


def _group_issues(group: dict) -> list[Issue]:
    """The group's data as Pengaturan checks it, each issue named group.<key>."""
    unknown = [Issue(f"group.{key}", "opening.unknown_setting", {"key": key}) for key in group
               if key not in settings.EDITABLE]
    known = {key: value for key, value in group.items() if key in settings.EDITABLE}
    return unknown + [Issue(f"group.{i.field}", i.code, i.params) for i in settings.issues_of(known)]


def _amount(field: str, value, issues: list[Issue], required: bool = False, negative: bool = False) -> int | None:
    """A whole rupiah amount (>= 0 unless `negative`), below the ledger's limit; None when not one."""
    if value is None:
        if required:
            issues.append(Issue(field, "required"))
        return None
    if type(value) is not int:
        issues.append(Issue(field, "amount.unreadable"))
        return None
    if value < 0 and not negative:
        issues.append(Issue(field, "amount.negative"))
        return None
    if abs(value) > ledger.MAX_AMOUNT_RP:
        issues.append(Issue(field, "posting.amount_too_large", {"limit": ledger.MAX_AMOUNT_RP}))
        return None
    return value


def _duplicates(keys: list, kind: str, field: str, code: str, issues: list[Issue]) -> None:
    """Each line whose key (not None) a line above it has already: named with the first's index."""
    first: dict = {}
    for index, key in enumerate(keys):
        if key is None:
            continue
        if key in first:
            issues.append(Issue(f"{kind}.{index}.{field}", code, {"first_index": first[key], "value": str(key)}))
        else:
            first[key] = index


# --- members ---------------------------------------------------------------------------------


@checked
def member_input(line: MemberLine, on: date | None) -> members.MemberInput:
    """Her MemberLine as members' form would give it (the businesses are named, not yet ids)."""
    values = {name: getattr(line, name) for name in (
        "name", "nik", "sex", "birth_place", "birth_date", "phone", "street", "rt", "rw", "desa", "kecamatan",
        "kabupaten", "provinsi", "postal_code", "welfare_stage")}
    return members.MemberInput(**values, joined_on=line.joined_on or on)


def business_names(text: str) -> list[str]:
    """Her business groups, comma separated, tidied; empty names dropped."""
    return [name for name in (text_rules.tidy(part) for part in text.split(",")) if name]


def _member_issues(lines: list[MemberLine], on: date | None, issues: list[Issue]) -> dict[int, date | None]:
    """The members' numbers with when they joined (the opening date if empty)."""
    listed: dict[int, date | None] = {}
    numbers = []
    niks = []
    for index, line in enumerate(lines):
        where = f"members.{index}"
        number = line.number
        if number is None:
            issues.append(Issue(f"{where}.number", "required"))
        elif type(number) is not int or number <= 0:
            issues.append(Issue(f"{where}.number", "member.bad_number"))
            number = None
        numbers.append(number)
        data = member_input.__wrapped__(line, on)  # not @checked here: this check is what finds wrong cells
        unreadable = [name for name in ("birth_date", "joined_on")
                      if getattr(data, name) is not None and not dates.is_date(getattr(data, name))]
        for name in unreadable:  # members.validate reads dates as dates
            setattr(data, name, None)
        found = [Issue(name, "date.unreadable") for name in unreadable]
        found += [i for i in members.validate(data) if i.field not in unreadable]
        issues += [Issue(f"{where}.{i.field}", i.code, i.params) for i in found]
        joined = data.joined_on if not any(i.field == "joined_on" for i in found) else None
        if joined is not None and on is not None and joined > on:
            issues.append(Issue(f"{where}.joined_on", "opening.after_opening", {"on": on}))
        if number is not None and number not in listed:
            listed[number] = joined
        nik_read = isinstance(data.nik, str) and not any(i.field == "nik" for i in found)
        niks.append((nik.compact(data.nik) or None) if nik_read else None)
        if not isinstance(line.businesses, str):
            issues.append(Issue(f"{where}.businesses", "text.not_text"))
            continue
        for name in business_names(line.businesses):
            issues += [Issue(f"{where}.businesses", i.code, i.params)
                       for i in text_rules.text_issues("name", name, text_rules.SHORT_NAME)]
    _duplicates(numbers, "members", "number", "member.duplicate_number", issues)
    _duplicates(niks, "members", "nik", "member.duplicate_nik", issues)
    return listed


# --- savings ---------------------------------------------------------------------------------


def _savings_issues(lines, listed: dict[int, date | None], on: date | None, issues: list[Issue]) -> None:
    numbers = []
    for index, line in enumerate(lines):
        where = f"savings.{index}"
        number = line.member_number
        if number is None:
            issues.append(Issue(f"{where}.member_number", "required"))
        elif number not in listed:
            issues.append(Issue(f"{where}.member_number", "opening.member_not_listed", {"number": str(number)}))
            number = None
        numbers.append(number)
        for name in ("pokok_rp", "wajib_rp", "sukarela_rp"):
            _amount(f"{where}.{name}", getattr(line, name), issues, required=True)
        months = line.wajib_months
        if months is None:
            continue
        if type(months) is not int or months < 0:
            issues.append(Issue(f"{where}.wajib_months", "opening.bad_months"))
        elif number is not None and on is not None and listed[number] is not None:
            # joining month through the opening month, both counted (app.savings' wajib rule)
            most = savings.months_counted(listed[number], on)
            if months > most:
                issues.append(Issue(f"{where}.wajib_months", "opening.months_beyond_membership", {"most": most}))
    _duplicates(numbers, "savings", "member_number", "opening.duplicate_line", issues)


# --- cash, funders ---------------------------------------------------------------------------


def _cash_issues(opening: Opening, issues: list[Issue]) -> None:
    for index, line in enumerate(opening.cash):
        where = f"cash.{index}"
        issues += cash_account_issues(line.account, f"{where}.account")
        _amount(f"{where}.amount_rp", line.amount_rp, issues, required=True)
        issues += text_rules.text_issues(f"{where}.note", text_rules.tidy(line.note), text_rules.TEXT)


def funder_input(line) -> funders.FunderInput:
    return funders.FunderInput(kind=line.kind, name=line.name, contact=line.contact, programme=line.programme,
                               agreement_number=line.agreement_number)


def _funder_issues(opening: Opening, issues: list[Issue]) -> None:
    names = []
    for index, line in enumerate(opening.funders):
        where = f"funders.{index}"
        issues += [Issue(f"{where}.{i.field}", i.code, i.params) for i in funders.validate(funder_input(line))]
        _amount(f"{where}.grant_rp", line.grant_rp, issues, required=True)
        names.append(funders.clean(line.name).casefold() or None if isinstance(line.name, str) else None)
    _duplicates(names, "funders", "name", "funder.name_taken", issues)


# --- stock -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StockValue:
    """A stock line read: its unit (None: made at the commit as a base unit), quantity in base
    units, and value. Rule: value = quantity × unit cost, rounded half up to whole rupiah."""

    unit: units.UnitRow | None
    quantity_base: int
    value_rp: int


def known_units() -> dict[str, units.UnitRow]:
    return {u.name.casefold(): u for u in units.list_units(None)}


def stock_value(line: StockLine, known: dict[str, units.UnitRow], issues: list[Issue], where: str = "stock"
                ) -> StockValue | None:
    """The line's quantity and value, or None (issues added) when they cannot be read."""
    name = text_rules.tidy(line.unit) if isinstance(line.unit, str) else ""
    unit = known.get(name.casefold())
    if not name:
        issues.append(Issue(f"{where}.unit", "required"))
        return None
    measure = unit or units.UnitRow(0, name, None, 0, name, 1)  # a new unit is a base unit
    if line.quantity is None:
        issues.append(Issue(f"{where}.quantity", "required"))
        quantity = None
    else:
        quantity = units.to_base(f"{where}.quantity", line.quantity, measure, issues)
    cost = _amount(f"{where}.unit_cost_rp", line.unit_cost_rp, issues, required=True)
    if cost is not None and cost > MAX_PRICE_RP:  # the catalogue keeps it as the standard cost
        issues.append(Issue(f"{where}.unit_cost_rp", "usaha.price_too_large", {"limit": MAX_PRICE_RP}))
        cost = None
    if quantity is None or cost is None:
        return None
    value = round_rupiah(Fraction(quantity * cost, measure.factor), Rounding.HALF_UP)
    if value > ledger.MAX_AMOUNT_RP:
        issues.append(Issue(f"{where}.quantity", "posting.amount_too_large", {"limit": ledger.MAX_AMOUNT_RP}))
        return None
    return StockValue(unit, quantity, value)


def _stock_issues(lines: list[StockLine], issues: list[Issue]) -> None:
    known = known_units()
    keys = []
    for index, line in enumerate(lines):
        where = f"stock.{index}"
        business = text_rules.clean_text(line.business, f"{where}.business", text_rules.SHORT_NAME, issues,
                                         required=True)
        item = text_rules.clean_text(line.item, f"{where}.item", text_rules.ITEM_NAME, issues, required=True)
        text_rules.clean_text(line.unit, f"{where}.unit", text_rules.MEASURE, issues)
        if line.kind not in catalog.KINDS:
            issues.append(Issue(f"{where}.kind", "opening.bad_stock_kind"))
        stock_value(line, known, issues, where)
        if line.kind == "product":
            issues += money_issues(f"{where}.price_rp", line.price_rp) if line.price_rp is not None else [
                Issue(f"{where}.price_rp", "required")]
        keys.append((business.casefold(), line.kind, item.casefold()) if business and item else None)
    _duplicates(keys, "stock", "item", "opening.duplicate_line", issues)


# --- assets ----------------------------------------------------------------------------------


def asset_input(line) -> InventoryInput:
    return InventoryInput(name=line.name, origin=line.origin, acquired_on=line.acquired_on, quantity=line.quantity,
                          unit=line.unit, value_rp=line.value_rp, location=line.location, condition=line.condition,
                          note=line.note, kind=line.kind)


def _asset_issues(lines, on: date | None, issues: list[Issue]) -> None:
    for index, line in enumerate(lines):
        where = f"assets.{index}"
        found = inventory_issues(asset_input(line))
        issues += [Issue(f"{where}.{i.field}", i.code, i.params) for i in found]
        value = line.value_rp if not any(i.field == "value_rp" for i in found) else None
        if value == 0:
            issues.append(Issue(f"{where}.value_rp", "amount.not_positive"))
        depreciated = _amount(f"{where}.depreciated_rp", line.depreciated_rp, issues, required=True)
        if depreciated is not None and value is not None and depreciated > value:
            issues.append(Issue(f"{where}.depreciated_rp", "opening.depreciation_above_value"))
        if (on is not None and dates.is_date(line.acquired_on) and not any(i.field == "acquired_on" for i in found)
                and line.acquired_on > on):
            issues.append(Issue(f"{where}.acquired_on", "opening.after_opening", {"on": on}))


# --- other balances --------------------------------------------------------------------------


def account_kinds() -> dict[str, tuple[str, bool]]:
    """Every account's (kind, is_active) by code."""
    return {code: (kind, bool(active)) for code, kind, active in db.execute_sql(
        "SELECT code, kind, is_active FROM accounts")}


def _balance_issues(lines, issues: list[Issue]) -> None:
    chart = account_kinds()
    codes = []
    for index, line in enumerate(lines):
        where = f"balances.{index}"
        code = line.account.strip() if isinstance(line.account, str) else ""
        codes.append(code or None)
        if not code:
            issues.append(Issue(f"{where}.account", "required"))
        elif code not in chart:
            issues.append(Issue(f"{where}.account", "posting.unknown_account", {"account": code}))
        elif code in FED_BY or ledger.is_cash(code):
            issues.append(Issue(f"{where}.account", "opening.account_has_kind",
                                {"account": code, "opening_kind": FED_BY.get(code, "cash")}))
        elif chart[code][0] in RESULT_ACCOUNTS:
            issues.append(Issue(f"{where}.account", "opening.result_account", {"account": code}))
        elif not chart[code][1]:
            issues.append(Issue(f"{where}.account", "posting.inactive_account", {"account": code}))
        amount = _amount(f"{where}.amount_rp", line.amount_rp, issues, required=True, negative=True)
        if amount == 0:
            issues.append(Issue(f"{where}.amount_rp", "posting.zero_amount"))
        issues += text_rules.text_issues(f"{where}.note", text_rules.tidy(line.note), text_rules.TEXT)
    _duplicates(codes, "balances", "account", "opening.duplicate_line", issues)
