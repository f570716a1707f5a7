"""All or nothing: the opening written through the services in one transaction.

Order: the group's settings and the opening date (from then on the ledger refuses entries
dated before it), businesses by name, members with their own numbers, funders; then one
opening entry per kind, each balanced against 3-502 (app.opening.entries), then the loans
(app.opening.loans). What does not balance stays on 3-502, with her note kept as a setting
(OPENING_NOTE) for the notes to the statements.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app import businesses, inventory, ledger, members, savings, settings, text_rules
from app.access import roles
from app.db import db
from app.errors import Rejected
from app.funds import funders
from app.ledger import credit, debit
from app.opening import check as checks
from app.opening import entries, loans, store
from app.opening.draft import Opening
from app.opening.neraca import preview
from app.reports import notes
from app.usaha import catalog, stock, units

Progress = Callable[[int, int], None] | None  # (done, total), called now and then; Qt-free

OPENING_NOTE = notes.OPENING_NOTE  # why 3-502 is not 0 (her words), shown under the notes' "opening"
STOCK_REASON = "Saldo awal"  # the first count's reason, in the stock card


@dataclass(frozen=True)
class Committed:
    members: int
    entries: tuple[int, ...]  # the opening entries' ids
    difference_rp: int  # left on 3-502 Selisih saldo awal


@roles.needs("close")
def commit(opening: Opening, progress: Progress = None) -> Committed:
    """Check the opening (Rejected with every issue if anything is wrong, nothing written),
    then write it whole; refused when the book already has entries or members."""
    if not store.can_open():
        raise Rejected.one("", "opening.book_not_empty")
    issues = checks.check(opening)
    if issues:
        raise Rejected(issues)
    difference = preview(opening).difference_rp
    total = len(opening.members) + len(opening.loans) + len(opening.bank_loans) + 8
    done = 0

    def step(count: int = 1) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    on = opening.on
    with db.atomic():
        if opening.group:
            settings.update(opening.group)
        settings.record({ledger.OPENING_DATE: on.isoformat(), OPENING_NOTE: text_rules.tidy(opening.difference_note)})
        business_ids = _businesses(opening)
        member_ids = _members(opening, business_ids, step)
        # by the name as the funders register keeps it (tidied), the key loans.post looks up
        funder_ids = {funders.clean(line.name): funders.add_funder(checks.funder_input(line)).id
                      for line in opening.funders}
        lookups = ledger.Lookups()
        made = [_savings(opening, member_ids, lookups), _cash(opening, lookups)]
        step()
        made += _funders(opening, funder_ids, lookups)
        step()
        made.append(_stock(opening, business_ids, lookups))
        step()
        made.append(_assets(opening, lookups))
        step()
        made.append(_balances(opening, lookups))
        step()
        made += loans.post(opening, member_ids, funder_ids, lookups, step)
        step()
        store.discard()
        from app.audit import log as audit

        entry_ids = [e for e in made if e is not None]
        audit.record("opening", f"Saldo awal {on:%d/%m/%Y}",
                     {"on": on.isoformat(), "members": len(member_ids), "loans": len(opening.loans),
                      "entries": len(entry_ids), "difference_rp": difference},
                     entry_id=entry_ids[0] if entry_ids else None)
        step(total - done)
    return Committed(len(member_ids), tuple(e for e in made if e is not None), difference)


def _businesses(opening: Opening) -> dict[str, int]:
    """Every business the opening names (members' groups, stock), made when the book has none
    of that name; by casefolded name."""
    ids = {b.name.casefold(): b.id for b in businesses.list_businesses()}
    names = [name for line in opening.members for name in checks.business_names(line.businesses)]
    names += [text_rules.tidy(line.business) for line in opening.stock]
    for name in names:
        if name.casefold() not in ids:
            ids[name.casefold()] = businesses.add_business(name).id
    return ids


def _members(opening: Opening, business_ids: dict[str, int], step) -> dict[int, int]:
    """Each member through app.members with her own number; number -> id."""
    ids = {}
    for index, line in enumerate(opening.members):
        data = checks.member_input(line, opening.on)
        data.business_ids = sorted({business_ids[n.casefold()] for n in checks.business_names(line.businesses)})
        ids[line.number] = members.add_member(data, number=line.number).id
        if index % 100 == 99:
            step(100)
    step(len(opening.members) % 100)
    return ids


def _savings(opening: Opening, member_ids: dict[int, int], lookups) -> int | None:
    lines = []
    monthly = savings.wajib_amount()
    brought = []
    names = {member.number: text_rules.tidy(member.name) for member in opening.members}
    for line in opening.savings:
        member_id = member_ids[line.member_number]
        whose = f"{line.member_number:04d} {names.get(line.member_number, '')}".strip()  # the Jurnal names her on each line
        for kind, amount in (("pokok", line.pokok_rp), ("wajib", line.wajib_rp), ("sukarela", line.sukarela_rp)):
            if amount:
                lines.append(credit(savings.ACCOUNTS[kind], amount, member_id=member_id, memo=whose))
        months = line.wajib_months
        if months is None:  # not given: the months her wajib balance pays at the current amount
            months = line.wajib_rp // monthly if monthly else 0
        if months or line.wajib_rp:
            brought.append((member_id, months, line.wajib_rp))
    if brought:
        db.execute_sql(f"INSERT INTO opening_wajib (member_id, months, amount_rp) VALUES "
                       f"{', '.join(['(?, ?, ?)'] * len(brought))}", [v for row in brought for v in row])
    return entries.post("savings", opening.on, "Saldo awal simpanan anggota", lines, lookups) if lines else None


def _cash(opening: Opening, lookups) -> int | None:
    lines = [debit(line.account, line.amount_rp, memo=text_rules.tidy(line.note))
             for line in opening.cash if line.amount_rp]
    return entries.post("cash", opening.on, "Saldo awal kas dan bank", lines, lookups) if lines else None


def _funders(opening: Opening, funder_ids: dict[str, int], lookups) -> list[int]:
    made = []
    for line in opening.funders:
        if line.grant_rp:
            name = funders.clean(line.name)
            entry_id = entries.post("funders", opening.on, f"Saldo awal modal hibah dari {name}",
                                    [credit(funders.GRANT_ACCOUNT, line.grant_rp, memo=name)], lookups)
            funders.link(entry_id, funder_ids[name], "grant")
            made.append(entry_id)
    return made


def _stock(opening: Opening, business_ids: dict[str, int], lookups) -> int | None:
    """Items through the catalogue, the value Dr 1-301 per business, each quantity as the
    item's first count (app.usaha.stock.bring_in)."""
    if not opening.stock:
        return None
    known = checks.known_units()
    made: dict[tuple[int, str], units.UnitRow] = {}  # units the book did not know, per business
    read = []
    for line in opening.stock:
        business_id = business_ids[text_rules.tidy(line.business).casefold()]
        value = checks.stock_value(line, known, [])
        unit = value.unit
        if unit is None:
            name = text_rules.tidy(line.unit)
            key = (business_id, name.casefold())
            unit = made[key] = made.get(key) or units.add_unit(name, business_id=business_id)
        if line.kind == "product":
            item = catalog.add_product(business_id, line.item, unit.id, line.price_rp, opening.on, line.unit_cost_rp)
        else:
            item = catalog.add_material(business_id, line.item, unit.id)
        read.append((line, item, unit, value))
    lines = [debit(stock.STOCK, value.value_rp, business_id=item.business_id, memo=item.name)
             for _, item, _, value in read if value.value_rp]
    entry_id = entries.post("stock", opening.on, "Saldo awal persediaan usaha", lines, lookups) if lines else None
    for line, item, unit, value in read:
        stock.bring_in(item, opening.on, value.quantity_base, value.value_rp, entry_id, str(line.quantity), unit.id,
                       STOCK_REASON)
    return entry_id


def _assets(opening: Opening, lookups) -> int | None:
    """Dr 1-401 each item's value, Cr 1-402 what it had depreciated; the items in the Buku
    Inventaris tied to that entry, their past depreciation kept for the later runs."""
    if not opening.assets:
        return None
    lines = []
    for line in opening.assets:
        name = inventory.clean(line.name)
        lines.append(debit("1-401", line.value_rp, memo=name))
        if line.depreciated_rp:
            lines.append(credit("1-402", line.depreciated_rp, memo=name))
    entry_id = entries.post("assets", opening.on, "Saldo awal inventaris", lines, lookups)
    from app.assets.register import ORIGIN, OWNED

    for line in opening.assets:
        data = checks.asset_input(line)
        data.origin = inventory.clean(data.origin) or ORIGIN[OWNED]
        item = inventory.add_item(data, entry_id)
        if line.depreciated_rp:
            db.execute_sql("INSERT INTO opening_depreciation (item_id, amount_rp) VALUES (?, ?)",
                           (item.id, line.depreciated_rp))
    return entry_id


def _balances(opening: Opening, lookups) -> int | None:
    chart = checks.account_kinds()
    lines = [ledger.Line(line.account.strip(), ledger.natural_balance(chart[line.account.strip()][0], line.amount_rp),
                         memo=text_rules.tidy(line.note)) for line in opening.balances]
    return entries.post("balances", opening.on, "Saldo awal akun lain", lines, lookups) if lines else None
