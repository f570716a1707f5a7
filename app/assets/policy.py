"""Kebijakan penyusutan: how the group depreciates its inventaris (DOMAIN.md "Statements").

Straight line over a life per item kind (default: furniture and tools 4 years, machines 8
years), posted monthly or yearly as the group chooses; a piece worth less than the threshold
(default Rp1.000.000) is not depreciated. Kept in the book's settings.

Refusals name these fields: period, life_furniture, life_tools, life_machine, threshold_rp.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app import inventory, settings
from app.access import roles
from app.dates import checked
from app.errors import Issue, Rejected

MONTHLY, YEARLY = "month", "year"
PERIODS = (MONTHLY, YEARLY)
DEFAULT_LIVES = {"furniture": 4, "tools": 4, "machine": 8}
DEFAULT_THRESHOLD_RP = 1_000_000
_PERIOD, _THRESHOLD, _LIFE = "depreciation_period", "depreciation_threshold_rp", "depreciation_life_"


@dataclass(frozen=True)
class Policy:
    period: str = MONTHLY
    lives: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_LIVES))  # years by item kind
    threshold_rp: int = DEFAULT_THRESHOLD_RP  # a piece below this is not depreciated

    def life_of(self, item: inventory.InventoryRow) -> int:
        return item.life_years or self.lives[item.kind]

    def depreciates(self, item: inventory.InventoryRow) -> bool:
        """An item of value in the ledger, each piece worth at least the threshold."""
        return item.entry_id is not None and item.value_rp > 0 and item.value_rp >= self.threshold_rp * item.quantity


def current() -> Policy:
    lives = {kind: int(settings.get(_LIFE + kind) or years) for kind, years in DEFAULT_LIVES.items()}
    return Policy(settings.get(_PERIOD) or MONTHLY, lives, int(settings.get(_THRESHOLD) or DEFAULT_THRESHOLD_RP))


@checked
def issues(policy: Policy) -> list[Issue]:
    found = [] if policy.period in PERIODS else [Issue("period", "asset.bad_period")]
    for kind in inventory.ITEM_KINDS:
        found += inventory.life_issues(policy.lives.get(kind), f"life_{kind}")
    threshold = policy.threshold_rp
    if type(threshold) is not int:
        found.append(Issue("threshold_rp", "amount.unreadable"))
    elif threshold < 0:
        found.append(Issue("threshold_rp", "amount.negative"))
    elif threshold > inventory.MAX_VALUE_RP:
        found.append(Issue("threshold_rp", "posting.amount_too_large", {"limit": inventory.MAX_VALUE_RP}))
    return found


@roles.needs("close")
def save(policy: Policy) -> None:
    """Keep the policy; refused whole (nothing written) for a life of 0 or below, and the like.
    A change applies from the next run: what was posted stays (runs catch up to the new life)."""
    found = issues(policy)
    if found:
        raise Rejected(found)
    settings.record({_PERIOD: policy.period, _THRESHOLD: str(policy.threshold_rp),
                     **{_LIFE + kind: str(policy.lives[kind]) for kind in inventory.ITEM_KINDS}})
