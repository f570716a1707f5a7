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
    storno   takes a posted entry back: the Bendahara corrects what she
             entered, the Ketua may undo any entry                         Bendahara, Ketua
    read     reads and prints everything                                            every role
Pemeriksa (the examiner) only reads. One person may hold several roles.
"""

from __future__ import annotations

import contextvars
import functools
import inspect

from app.access import session
from app.errors import Rejected

ROLES = ("ketua", "sekretaris", "bendahara", "pemeriksa")
ACTIONS: dict[str, frozenset[str]] = {
    "money": frozenset({"bendahara"}),
    "records": frozenset({"sekretaris"}),
    "approve": frozenset({"ketua"}),
    "close": frozenset({"ketua"}),
    "users": frozenset({"ketua"}),
    "storno": frozenset({"bendahara", "ketua"}),
    "read": frozenset(ROLES),
}
SIGN_IN = "sign_in"  # setting: "on" once the group turned sign-in on
SINGLE_OFFICER = "single_officer"  # setting: "on" when one officer may enter and approve a loan


def sign_in_on() -> bool:
    from app import settings  # here: app.settings' own writing services are decorated with needs()

    return settings.get(SIGN_IN) == "on"


def single_officer() -> bool:
    """The group said it has one officer: she may approve a loan she entered herself."""
    from app import settings

    return settings.get(SINGLE_OFFICER) == "on"


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


# Inside a service that passed its check, the services it calls on its behalf are not checked
# again (a period's close posts its closing entry through the ledger, a Setoran issues a
# receipt): the one she called decides. Per thread (a context variable).
_inside = contextvars.ContextVar("roles_inside", default=False)


def needs(action: str, by: tuple[str, dict[str, str]] | None = None):
    """Decorator: the service checks `action` before anything else (outermost, above
    @dates.checked: who may comes before what was typed). With `by` = (parameter, {value:
    action}), that parameter's value chooses another action: an inventory item bought with cash
    is money, one received as a gift is records."""
    if action not in ACTIONS or by is not None and not set(by[1].values()) <= set(ACTIONS):
        raise ValueError(action)

    def decorate(func):
        signature = inspect.signature(func) if by is not None else None

        def chosen(args, kwargs) -> str:
            if by is None:
                return action
            try:
                value = signature.bind(*args, **kwargs).arguments.get(by[0])
            except TypeError:
                return action
            return by[1].get(value, action) if isinstance(value, str) else action

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if _inside.get():
                return func(*args, **kwargs)
            require(chosen(args, kwargs))
            token = _inside.set(True)
            try:
                return func(*args, **kwargs)
            finally:
                _inside.reset(token)

        wrapper.action = action  # read by the role-matrix test (and by = the exceptions)
        wrapper.actions_by = by
        return wrapper

    return decorate
