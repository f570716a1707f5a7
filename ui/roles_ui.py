"""The screens follow the roles (issue 15): a button or menu action the one signed in may not
use is disabled, its reason as tooltip and status tip ("Hanya Bendahara yang mencatat uang
masuk dan keluar"). The services refuse anyway (app.access.roles); this spares her the click.

    guard(widget_or_action, action)   the page says which action a button does, once
    refresh()                         after a sign-in, sign-out or lock: every guarded one again
    may(action)                       for a page that decides something else by the role
    when_allowed(button, run)         a row's Enter or double-click that does what `button` does

While sign-in is off (the default) everyone may do everything and nothing changes on screen.
A page keeps calling setEnabled() for its own reasons (no row chosen, a loan not yet approved):
the guard remembers what the page wants and shows it only where the role allows.
"""

from __future__ import annotations

import weakref

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.access import roles, session
from app.errors import Issue
from ui import messages

_guards: "weakref.WeakValueDictionary[int, object]" = weakref.WeakValueDictionary()
_ROLE_TIP = "_roles_ui_tip"


def may(action: str) -> bool:
    """True when the one signed in may do `action` (always, while sign-in is off)."""
    try:
        if not roles.sign_in_on():
            return True
    except Exception:  # noqa: BLE001 - no book open (the start screen): nothing to guard yet
        return True
    who = session.current()
    return who is not None and roles.allowed(action, who.roles)


def reason(action: str) -> str:
    """Why `action` is not hers, in her words."""
    if session.current() is None:
        return messages.issue_text(Issue("", "access.signed_out"))
    return messages.action_reason(action)


def guard(target: QWidget | QAction, action: str | tuple[str, ...]) -> QWidget | QAction:
    """Disable `target` (with the reason) whenever the one signed in may not do `action` (or
    none of several: an inventory item is entered by the Sekretaris, or by the Bendahara when
    bought with cash)."""
    actions = (action,) if isinstance(action, str) else tuple(action)
    if not actions or not set(actions) <= set(roles.ACTIONS):
        raise ValueError(action)
    if guarded_action(target) is not None:  # guarded already: the new word counts
        target._roles_action = actions
        _apply(target)
        return target
    action = actions
    original = target.setEnabled
    target._roles_action = action
    target._roles_wanted = target.isEnabled()
    target._roles_set = original

    def set_enabled(on: bool) -> None:
        target._roles_wanted = bool(on)
        _apply(target)

    target.setEnabled = set_enabled
    _guards[id(target)] = target
    _apply(target)
    return target


def when_allowed(target, run):
    """A shortcut (Enter or a double-click on a row) that does what the guarded `target` does:
    it runs only when her role may, otherwise the reason shows in the status bar and no form
    opens for her to fill in vain."""
    def go(*_):
        actions = guarded_action(target)
        if actions is None or any(may(action) for action in actions):
            return run()
        window = target.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(reason(actions[0]), 8000)
        return None

    return go


def guarded_action(target) -> tuple[str, ...] | None:
    """The actions a guarded widget does (None: not guarded)."""
    return getattr(target, "_roles_action", None)


def _apply(target, known: dict[str, bool] | None = None) -> None:
    actions = target._roles_action
    known = {} if known is None else known
    allowed = any(known[action] if action in known else known.setdefault(action, may(action)) for action in actions)
    target._roles_set(target._roles_wanted and allowed)
    tip = "" if allowed else reason(actions[0])
    shown = getattr(target, _ROLE_TIP, None)
    if tip:
        if shown is None:  # keep the page's own tip, to put back
            setattr(target, _ROLE_TIP, (target.toolTip(), target.statusTip()))
        target.setToolTip(tip)
        target.setStatusTip(tip)
    elif shown is not None:
        target.setToolTip(shown[0])
        target.setStatusTip(shown[1])
        setattr(target, _ROLE_TIP, None)


def refresh() -> None:
    """Every guarded button and action, again (after someone signed in or out)."""
    known: dict[str, bool] = {}  # one look at the setting and the session per action
    for target in list(_guards.values()):
        try:
            _apply(target, known)
        except RuntimeError:  # its C++ side is gone (a closed window)
            pass
