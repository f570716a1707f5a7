"""The roles and what each may do: the matrix the group sees in Pengaturan → Pengguna, and the
check every writing service makes.

Actions are coarse on purpose (a secretary can read the whole matrix on one screen):
    money    takes or pays money: Setoran, deposits, withdrawals, disbursements, cash in and
             out, business sales and purchases, bank loans, grants in cash          Bendahara
    records  keeps what moves no money: members, loan applications and products,
             businesses' products and production, inventory, documents' settings   Sekretaris
    approve  approves or refuses a loan application                                 Ketua
    close    closes and reopens periods, decides and posts the SHU, write-offs,
             the group's settings and the opening                                   Ketua
    users    turns sign-in on and off, adds officers, resets passwords              Ketua
    read     reads and prints everything                                            every role
Pemeriksa (the examiner) only reads. One person may hold several roles.
"""

from __future__ import annotations

import functools

from app import settings
from app.access import session
from app.errors import Rejected

ROLES = ("ketua", "sekretaris", "bendahara", "pemeriksa")
ACTIONS: dict[str, frozenset[str]] = {
    "money": frozenset({"bendahara"}),
    "records": frozenset({"sekretaris"}),
    "approve": frozenset({"ketua"}),
    "close": frozenset({"ketua"}),
    "users": frozenset({"ketua"}),
    "read": frozenset(ROLES),
}
SIGN_IN = "sign_in"  # setting: "on" once the group turned sign-in on
SINGLE_OFFICER = "single_officer"  # setting: "on" when one officer may enter and approve a loan


def sign_in_on() -> bool:
    return settings.get(SIGN_IN) == "on"


def allowed(action: str, roles: frozenset[str] | set[str]) -> bool:
    return bool(ACTIONS[action] & set(roles))


def require(action: str) -> None:
    """Refuse (Rejected, nothing written) unless sign-in is off or the one signed in holds a
    role that may do `action`."""
    if not sign_in_on():
        return
    who = session.current()
    if who is None:
        raise Rejected.one("", "access.signed_out")
    if not allowed(action, who.roles):
        raise Rejected.one("", "access.role_needed", roles=",".join(sorted(ACTIONS[action])), action=action)


def needs(action: str):
    """Decorator: the service checks `action` before anything else."""
    if action not in ACTIONS:
        raise ValueError(action)

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            require(action)
            return func(*args, **kwargs)

        wrapper.action = action  # read by the role-matrix test
        return wrapper

    return decorate
