"""Units of quantity and their conversion to a base unit by a WHOLE number.

A base unit (butir, gram, lembar, bungkus ...) has factor 1; any other unit is a whole number
of one base unit (rak = 30 butir, kg = 1000 gram, kodi = 20 lembar). "rak = 30,5 butir" is
refused: the conversion must be whole, so that every quantity is a whole number of base units.
Units are global (seeded by the migration) or belong to one business (added by the group).
Feed is bought in kg and stored in gram; eggs are whole butir, so 1,5 butir is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app import text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected
from app.usaha.common import MAX_QUANTITY_BASE, business_issues, now_text, read_quantity


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    business_id: int | None  # None: every business may use it
    base_unit_id: int  # its own id for a base unit
    base_name: str
    factor: int  # how many base units one of it is


_SELECT = (
    "SELECT u.id, u.name, u.business_id, coalesce(u.base_unit_id, u.id), coalesce(b.name, u.name), u.factor"
    " FROM usaha_units u LEFT JOIN usaha_units b ON b.id = u.base_unit_id"
)


@checked
def list_units(business_id: int | None = None) -> list[UnitRow]:
    """The global units and those of `business_id` (None: the global ones only)."""
    rows = db.execute_sql(_SELECT + " WHERE u.business_id IS NULL OR u.business_id = ? ORDER BY u.id",
                          (business_id,))
    return [UnitRow(*row) for row in rows]


@checked
def get_unit(unit_id: int) -> UnitRow | None:
    row = db.execute_sql(_SELECT + " WHERE u.id = ?", (unit_id,)).fetchone()
    return UnitRow(*row) if row else None


@roles.needs("records")
@checked
def add_unit(name: str, base_unit_id: int | None = None, factor=1, business_id: int | None = None) -> UnitRow:
    """A new unit: a base unit (base_unit_id None) or `factor` of a base unit, e.g.
    add_unit("ikat", potong_id, 10, business_id=kerupuk). The factor must be a whole number ≥ 1."""
    issues: list[Issue] = []
    name = text_rules.clean_text(name, "name", text_rules.MEASURE, issues, required=True)
    if business_id is not None:
        issues += business_issues(business_id)
    base = None
    if base_unit_id is not None:
        base = get_unit(base_unit_id)
        if base is None or (base.business_id is not None and base.business_id != business_id):
            issues.append(Issue("base_unit", "unit.unknown", {"unit": base_unit_id}))
        elif base.base_unit_id != base.id:
            issues.append(Issue("base_unit", "unit.base_not_base", {"unit": base.name, "base": base.base_name}))
    factor_value = read_quantity("factor", factor, issues)
    if factor_value is not None:
        if factor_value != factor_value.to_integral_value():
            issues.append(Issue("factor", "unit.factor_not_whole", {"factor": str(factor)}))
        elif factor_value < 1 or factor_value > 10**9:
            issues.append(Issue("factor", "unit.factor_out_of_range"))
        elif base_unit_id is None and factor_value != 1:
            issues.append(Issue("factor", "unit.base_factor_not_one"))
    with db.atomic():
        if name and db.execute_sql(
            "SELECT 1 FROM usaha_units WHERE coalesce(business_id, 0) IN (0, ?) AND name = ? COLLATE NOCASE",
            (business_id or 0, name),
        ).fetchone():
            issues.append(Issue("name", "unit.name_taken", {"name": name}))
        if issues:
            raise Rejected(issues)
        unit_id = current().insert(db,
            "INSERT INTO usaha_units (business_id, name, base_unit_id, factor, created_at) VALUES (?, ?, ?, ?, ?)",
            (business_id, name, base_unit_id, int(factor_value), now_text()),
        )
    return get_unit(unit_id)


def to_base(name: str, quantity, unit: UnitRow, issues: list[Issue], allow_zero: bool = False) -> int | None:
    """`quantity` of `unit` as a whole number of base units; refused (appended to `issues`) when
    unreadable, zero or negative (zero allowed for a count), or not whole in the base unit."""
    value = read_quantity(name, quantity, issues)
    if value is None:
        return None
    if value < 0 or (value == 0 and not allow_zero):
        issues.append(Issue(name, "quantity.not_positive"))
        return None
    base = value * unit.factor
    if base != base.to_integral_value():
        issues.append(Issue(name, "quantity.not_whole", {"unit": unit.base_name}))
        return None
    if base > MAX_QUANTITY_BASE:
        issues.append(Issue(name, "quantity.too_large"))
        return None
    return int(base)


@checked
def from_base(quantity_base: int, unit: UnitRow) -> Decimal:
    """A base quantity in `unit` (exact; 45 butir is 1.5 rak)."""
    return Decimal(quantity_base) / Decimal(unit.factor)


@checked
def spoken(quantity_base: int, item_unit: UnitRow, business_id: int, typed: UnitRow | None = None
           ) -> list[tuple[Decimal, str]]:
    """A base quantity as she counts it, in the unit she typed, else the item's own unit, else
    the largest unit the item may be counted in: a measure (kg = 1000 gram, liter) as a decimal
    ("2.5 kg"), a count (rak = 30 butir, lusin, kodi) as whole units and the rest ("22 rak 13
    butir" for 673 butir of eggs)."""
    unit = next((u for u in (typed, item_unit) if u is not None and u.factor > 1), None)
    if unit is None:
        larger = [u for u in list_units(business_id) if u.factor > 1 and usable_for(u, item_unit, business_id)]
        unit = max(larger, key=lambda u: u.factor, default=None)
    if unit is None:
        return [(Decimal(quantity_base), item_unit.base_name)]
    if str(unit.factor).rstrip("0") == "1":  # 10, 100, 1000: a measure, written with a decimal comma
        return [(from_base(quantity_base, unit), unit.name)]
    whole, rest = divmod(quantity_base, unit.factor)
    if not whole:
        return [(Decimal(rest), item_unit.base_name)]
    return [(Decimal(whole), unit.name)] + ([(Decimal(rest), item_unit.base_name)] if rest else [])


@checked
def usable_for(unit: UnitRow | None, item_unit: UnitRow, business_id: int) -> bool:
    """A unit may measure an item when it has the item's base unit and is global or the
    item's business's."""
    return (unit is not None and unit.base_unit_id == item_unit.base_unit_id
            and unit.business_id in (None, business_id))
