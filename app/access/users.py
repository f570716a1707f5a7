"""The officers' accounts and signing in (issue 15). Qt-free.

Passwords are kept as salted scrypt hashes ("scrypt$n$r$p$salthex$hashhex", a random 16-byte
salt per user, the parameters with the hash so they may be raised later) and compared in
constant time. Nothing secret (a password, a hash, the recovery code) is ever put in a log
line, an audit record or a refusal's parameters.

Sign-in is off until a Ketua turns it on (turn_on_sign_in: her account, made if it is the first,
and a recovery code shown once and kept only as a hash, in settings). Then:
- sign_in(name, password) starts the session (app.access.session) that signs every entry;
- five wrong passwords in a row lock the account for a delay that grows (1 minute, doubling
  at each further wrong one, up to 1 hour); a right password puts the counter back to 0;
- a forgotten password is reset by a Ketua (reset_password); the Ketua's own with the recovery
  code (unlock_with_recovery_code).
An officer is deactivated, never deleted: her name stays on the entries and the audit records she
made, and is not given to another. The last active Ketua can be neither deactivated nor demoted.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from app import clock, settings, text_rules
from app.access import roles as access, session
from app.audit import log as audit
from app.dates import checked
from app.db import db
from app.engine import current
from app.errors import Issue, Rejected

logger = logging.getLogger(__name__)

MIN_PASSWORD = 8
MAX_PASSWORD = 200  # a passphrase, not a book
NAME_LIMIT = text_rules.PLACE
TRIES = 5  # wrong passwords in a row before the account is locked
FIRST_LOCK = timedelta(minutes=1)
LONGEST_LOCK = timedelta(hours=1)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # about 50 ms and 16 MB a try on an old laptop
KEY_BYTES = 32

RECOVERY = "sign_in_recovery"  # setting: the recovery code's hash
RECOVERY_USER = "sign_in_recovery_user"  # setting: the id of the Ketua it unlocks
IDLE_MINUTES = "idle_lock_minutes"  # setting: minutes without input before the window locks
DEFAULT_IDLE_MINUTES = 15
# No 0/O, 1/I/L, 5/S, 2/Z, 8/B: read aloud or copied by hand, nothing is taken for something else.
RECOVERY_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
RECOVERY_GROUPS, RECOVERY_GROUP = 4, 5


@dataclass(frozen=True)
class User:
    id: int
    name: str
    roles: frozenset[str]
    active: bool
    locked_until: datetime | None  # set while the account waits after wrong passwords


class _HideHashes(logging.Filter):
    """peewee logs each statement with its parameters at DEBUG: a hash written here is shown
    there as dots (whoever turns debugging on to find a bug must not get the hashes)."""

    def filter(self, record: logging.LogRecord) -> bool:
        statement = record.msg
        if isinstance(statement, tuple) and len(statement) == 2 and isinstance(statement[1], (list, tuple)):
            params = statement[1]
            if any(isinstance(p, str) and p.startswith("scrypt$") for p in params):
                record.msg = (statement[0], type(params)("•••" if isinstance(p, str) and p.startswith("scrypt$")
                                                         else p for p in params))
        return True


logging.getLogger("peewee").addFilter(_HideHashes())


# --- passwords ---------------------------------------------------------------------------

def hash_secret(secret: str) -> str:
    salt = os.urandom(16)
    key = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=KEY_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


def secret_matches(secret: str, stored: str) -> bool:
    """Whether `secret` is the one `stored` was made from (constant time in the comparison)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(key)
        got = hashlib.scrypt(secret.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(expected), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):  # not a hash Lumbung made: never a match
        return False
    return hmac.compare_digest(got, expected)


def _password_issues(password: str, name: str, field: str = "password") -> list[Issue]:
    if not password:
        return [Issue(field, "required")]
    if len(password) < MIN_PASSWORD:
        return [Issue(field, "users.password_short", {"min": MIN_PASSWORD})]
    if len(password) > MAX_PASSWORD:
        return [Issue(field, "text.too_long", {"limit": MAX_PASSWORD})]
    if name and "".join(password.split()).casefold() == "".join(name.split()).casefold():
        return [Issue(field, "users.password_is_name")]
    return []


# --- reading -----------------------------------------------------------------------------

_COLUMNS = "id, name, roles, active, locked_until"


def _user(row) -> User:
    return User(row[0], row[1], frozenset(r for r in row[2].split(",") if r), bool(row[3]),
                datetime.fromisoformat(row[4]) if row[4] else None)


def list_users(active_only: bool = False) -> list[User]:
    """The officers, by name (deactivated ones too unless `active_only`)."""
    sql = f"SELECT {_COLUMNS} FROM users" + (" WHERE active = 1" if active_only else "") + " ORDER BY name COLLATE NOCASE"
    return [_user(row) for row in db.execute_sql(sql)]


@checked
def get_user(user_id: int) -> User:
    row = db.execute_sql(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise Rejected.one("", "users.not_found")
    return _user(row)


def _by_name(name: str):
    """The row of the officer `name`, whatever its case. Read whole and compared here, not in a
    WHERE: a statement's parameters go to peewee's debug log, and what was typed in the name
    field may be a password (the table holds a group's few officers)."""
    wanted = name.casefold()
    return next((row for row in db.execute_sql(f"SELECT {_COLUMNS}, password_hash, failed_count FROM users ORDER BY id")
                 if row[1].casefold() == wanted), None)


def _active_ketua_ids() -> list[int]:
    return [u.id for u in list_users(active_only=True) if "ketua" in u.roles]


def sign_in_on() -> bool:
    return access.sign_in_on()


def idle_minutes() -> int:
    """Minutes without input before the window locks (sign-in on); 0 never locks."""
    value = settings.get(IDLE_MINUTES)
    return int(value) if value.isdigit() else DEFAULT_IDLE_MINUTES


# --- checks ------------------------------------------------------------------------------

def _clean_name(name: str, issues: list[Issue], keep_id: int | None = None) -> str:
    clean = text_rules.clean_text(name, "name", NAME_LIMIT, issues, required=True)
    if clean:
        row = _by_name(clean)
        if row is not None and row[0] != keep_id:
            issues.append(Issue("name", "users.name_taken", {"name": row[1]}))
    return clean


def _clean_roles(given, issues: list[Issue]) -> frozenset[str]:
    chosen = frozenset(given)
    if any(r not in access.ROLES for r in chosen):
        issues.append(Issue("roles", "users.unknown_role"))
    elif not chosen:
        issues.append(Issue("roles", "users.no_role"))
    return chosen


def _roles_text(chosen) -> str:
    return ",".join(r for r in access.ROLES if r in chosen)


def _subject(name: str) -> str:
    return f"Pengguna {name}"


# --- accounts ----------------------------------------------------------------------------

@access.needs("users")
@checked
def add_user(name: str, roles: list[str], password: str) -> User:
    """A new officer with her roles and first password."""
    issues: list[Issue] = []
    clean = _clean_name(name, issues)
    chosen = _clean_roles(roles, issues)
    issues += _password_issues(password, clean)
    if issues:
        raise Rejected(issues)
    with db.atomic():
        user_id = current().insert(db,
            "INSERT INTO users (name, roles, password_hash, created_at) VALUES (?, ?, ?, ?)",
            (clean, _roles_text(chosen), hash_secret(password), clock.now().isoformat(sep=" ")))
        audit.record("user", _subject(clean), {"action": "added", "roles": sorted(chosen)})
    return get_user(user_id)


@access.needs("users")
@checked
def change_roles(user_id: int, roles: list[str]) -> User:
    """Give an officer other roles; the last active Ketua keeps hers."""
    user = get_user(user_id)
    issues: list[Issue] = []
    chosen = _clean_roles(roles, issues)
    if issues:
        raise Rejected(issues)
    with db.atomic():
        if user.active and "ketua" in user.roles and "ketua" not in chosen and _active_ketua_ids() == [user.id]:
            raise Rejected.one("roles", "users.last_ketua", name=user.name)
        db.execute_sql("UPDATE users SET roles = ? WHERE id = ?", (_roles_text(chosen), user.id))
        audit.record("user", _subject(user.name), {"action": "roles", "roles": [sorted(user.roles), sorted(chosen)]})
    return _follow(get_user(user_id))


def _follow(user: User) -> User:
    """The one signed in changed herself: the session holds her new name and roles."""
    current = session.current()
    if current is not None and current.user_id == user.id:
        session.start(session.Who(user.id, user.name, user.roles))
    return user


@access.needs("users")
@checked
def rename_user(user_id: int, name: str) -> User:
    user = get_user(user_id)
    issues: list[Issue] = []
    clean = _clean_name(name, issues, keep_id=user.id)
    if issues:
        raise Rejected(issues)
    with db.atomic():
        db.execute_sql("UPDATE users SET name = ? WHERE id = ?", (clean, user.id))
        audit.record("user", _subject(clean), {"action": "renamed", "name": [user.name, clean]})
    return _follow(get_user(user_id))


@access.needs("users")
@checked
def deactivate_user(user_id: int) -> User:
    """She no longer signs in; her name stays on what she did. Not the last active Ketua, nor
    the one signed in now."""
    user = get_user(user_id)
    with db.atomic():
        if user.active and "ketua" in user.roles and _active_ketua_ids() == [user.id]:
            raise Rejected.one("", "users.last_ketua", name=user.name)
        current = session.current()
        if current is not None and current.user_id == user.id:
            raise Rejected.one("", "users.deactivate_self")
        db.execute_sql("UPDATE users SET active = 0 WHERE id = ?", (user.id,))
        audit.record("user", _subject(user.name), {"action": "deactivated"})
    return get_user(user_id)


remove_user = deactivate_user  # an officer is never deleted (see the module's docstring)


@access.needs("users")
@checked
def reactivate_user(user_id: int) -> User:
    user = get_user(user_id)
    with db.atomic():
        db.execute_sql("UPDATE users SET active = 1, failed_count = 0, locked_until = NULL WHERE id = ?", (user.id,))
        audit.record("user", _subject(user.name), {"action": "reactivated"})
    return get_user(user_id)


@access.needs("users")
@checked
def reset_password(user_id: int, new_password: str) -> User:
    """A Ketua gives an officer who forgot hers a new password (and lifts a lockout)."""
    user = get_user(user_id)
    if issues := _password_issues(new_password, user.name):
        raise Rejected(issues)
    with db.atomic():
        _put_password(user.id, new_password)
        audit.record("user", _subject(user.name), {"action": "password_reset"})
    return get_user(user_id)


@checked
def set_own_password(old_password: str, new_password: str) -> None:
    """The one signed in changes her own password, giving the old one first."""
    who = session.current()
    if who is None:
        raise Rejected.one("", "access.signed_out")
    row = db.execute_sql("SELECT password_hash, name FROM users WHERE id = ?", (who.user_id,)).fetchone()
    if row is None:
        raise Rejected.one("", "users.not_found")
    if not secret_matches(old_password, row[0]):
        raise Rejected.one("old_password", "users.wrong_password")
    if issues := _password_issues(new_password, row[1], "new_password"):
        raise Rejected(issues)
    with db.atomic():
        _put_password(who.user_id, new_password)
        audit.record("user", _subject(row[1]), {"action": "password_changed"})


def _put_password(user_id: int, password: str) -> None:
    db.execute_sql("UPDATE users SET password_hash = ?, failed_count = 0, locked_until = NULL WHERE id = ?",
                   (hash_secret(password), user_id))


@access.needs("users")
@checked
def set_idle_minutes(minutes: int) -> None:
    """Minutes without input before the window locks (1 to 240; 0: never)."""
    if not (minutes == 0 or 1 <= minutes <= 240):
        raise Rejected.one("idle_minutes", "users.bad_idle", min=1, max=240)
    settings.record({IDLE_MINUTES: str(minutes)})  # recorded in the audit log as a settings change


@access.needs("users")
@checked
def set_single_officer(on: bool) -> None:
    """The group says it has one officer: she may approve a loan she entered herself (the
    maker–checker rule of app.loans.lifecycle.approve stands aside)."""
    settings.record({access.SINGLE_OFFICER: "on" if on else ""})


# --- turning sign-in on and off --------------------------------------------------------

def new_recovery_code() -> str:
    groups = ("".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP))
              for _ in range(RECOVERY_GROUPS))
    return "-".join(groups)


def _plain_code(code: str) -> str:
    """The code as typed ("acdef ghjkm-…") in the form it was hashed."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


@access.needs("users")
@checked
def turn_on_sign_in(ketua_name: str, password: str) -> str:
    """Turn sign-in on: the Ketua's account (made now if the book has no officer yet, her
    password checked if she has one), and the recovery code, returned here once to be printed.
    She is signed in."""
    if sign_in_on():
        raise Rejected.one("", "users.sign_in_already_on")
    row = _by_name(ketua_name.strip()) if isinstance(ketua_name, str) and ketua_name.strip() else None
    if row is None and not _active_ketua_ids():
        issues: list[Issue] = []
        clean = _clean_name(ketua_name, issues)
        issues += _password_issues(password, clean)
        if issues:
            raise Rejected(issues)
        first = True
    elif row is None:
        raise Rejected.one("name", "users.unknown_name")
    else:
        user = _user(row[:5])
        if not user.active or "ketua" not in user.roles:
            raise Rejected.one("name", "users.not_ketua", name=user.name)
        if not secret_matches(password, row[5]):
            raise Rejected.one("password", "users.wrong_password")
        first = False
    code = new_recovery_code()
    with db.atomic():
        if first:
            user_id = current().insert(db,
                "INSERT INTO users (name, roles, password_hash, created_at) VALUES (?, 'ketua', ?, ?)",
                (clean, hash_secret(password), clock.now().isoformat(sep=" ")))
        else:
            user_id = user.id
        ketua = get_user(user_id)
        session.start(session.Who(ketua.id, ketua.name, ketua.roles))  # the records below are hers
        settings.record({access.SIGN_IN: "on", RECOVERY: hash_secret(_plain_code(code)), RECOVERY_USER: str(user_id),
                         IDLE_MINUTES: str(idle_minutes())})  # kept, so a later change says from what
        if first:
            audit.record("user", _subject(clean), {"action": "added", "roles": ["ketua"]})
        audit.record("settings", "Masuk dengan kata sandi", {"changes": {access.SIGN_IN: ["", "on"]}})
    logger.info("sign-in turned on")
    return code


@access.needs("users")
def turn_off_sign_in() -> None:
    """Anyone who opens Lumbung may do everything again (the accounts are kept)."""
    if not sign_in_on():
        return
    with db.atomic():
        audit.record("settings", "Masuk dengan kata sandi", {"changes": {access.SIGN_IN: ["on", ""]}})
        settings.record({access.SIGN_IN: "", RECOVERY: ""})
    session.end()
    logger.info("sign-in turned off")


# --- signing in ----------------------------------------------------------------------------

def _lock_for(failed: int) -> timedelta:
    """How long the account waits after `failed` wrong passwords in a row (TRIES or more)."""
    doublings = min(failed - TRIES, 12)
    return min(FIRST_LOCK * 2**doublings, LONGEST_LOCK)


def _minutes_left(until: datetime) -> int:
    return max(1, math.ceil((until - clock.now()).total_seconds() / 60))


@checked
def sign_in(name: str, password: str) -> session.Who:
    """Start the session of the officer `name` (any case) if `password` is hers."""
    if not sign_in_on():
        raise Rejected.one("", "users.sign_in_off")
    clean = text_rules.tidy(name)
    row = _by_name(clean) if clean else None
    if row is None or not row[3]:
        if not clean:
            raise Rejected.one("name", "required")
        with db.atomic():  # the typed name is not recorded: it may be a password typed in the wrong field
            audit.record("sign_in_failed", "Nama tidak dikenal", {"reason": "unknown_name"})
        raise Rejected.one("name", "users.unknown_name")
    user, stored, failed = _user(row[:5]), row[5], row[6]
    now = clock.now()
    if user.locked_until is not None and user.locked_until > now:
        raise Rejected.one("password", "users.locked", minutes=_minutes_left(user.locked_until))
    if not password:
        raise Rejected.one("password", "required")
    if not secret_matches(password, stored):
        failed += 1
        until = now + _lock_for(failed) if failed >= TRIES else None
        with db.atomic():
            db.execute_sql("UPDATE users SET failed_count = ?, locked_until = ? WHERE id = ?",
                           (failed, until.isoformat(sep=" ") if until else None, user.id))
            audit.record("sign_in_failed", _subject(user.name), {"reason": "wrong_password", "in_a_row": failed})
        logger.info("sign-in failed for user %s (%d in a row)", user.id, failed)
        if until is not None:
            raise Rejected.one("password", "users.locked", minutes=_minutes_left(until))
        raise Rejected.one("password", "users.wrong_password", left=TRIES - failed)
    if failed or user.locked_until is not None:
        with db.atomic():
            db.execute_sql("UPDATE users SET failed_count = 0, locked_until = NULL WHERE id = ?", (user.id,))
    who = session.Who(user.id, user.name, user.roles)
    session.start(who)
    return who


def sign_out() -> None:
    session.end()


@dataclass(frozen=True)
class Recovered:
    who: session.Who  # the Ketua, signed in
    code: str  # the new recovery code, to be printed: the one used opens nothing any more


@checked
def unlock_with_recovery_code(code: str, new_password: str) -> Recovered:
    """The Ketua forgot her password: the recovery code printed when sign-in was turned on sets
    a new one (and lifts a lockout); she is signed in, and the code is spent: a new one is made
    (returned once, to be printed), so the old paper no longer unlocks the book."""
    if not sign_in_on():
        raise Rejected.one("", "users.sign_in_off")
    stored = settings.get(RECOVERY)
    if not stored or not secret_matches(_plain_code(code), stored):
        with db.atomic():
            audit.record("sign_in_failed", "Kode pemulihan", {"reason": "wrong_recovery_code"})
        raise Rejected.one("code", "users.wrong_recovery_code")
    ketua_id = int(settings.get(RECOVERY_USER) or 0)
    ketuas = _active_ketua_ids()
    if ketua_id not in ketuas:  # she was replaced: the code opens the first Ketua's account
        if not ketuas:
            raise Rejected.one("", "users.no_ketua")
        ketua_id = ketuas[0]
    ketua = get_user(ketua_id)
    if issues := _password_issues(new_password, ketua.name, "new_password"):
        raise Rejected(issues)
    fresh = new_recovery_code()
    with db.atomic():
        _put_password(ketua.id, new_password)
        who = session.Who(ketua.id, ketua.name, ketua.roles)
        session.start(who)
        settings.record({RECOVERY: hash_secret(_plain_code(fresh)), RECOVERY_USER: str(ketua.id)})
        audit.record("user", _subject(ketua.name), {"action": "password_recovered"})
    return Recovered(who, fresh)
