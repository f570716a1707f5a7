"""Business settings kept in the book itself, so they travel with every backup."""

from __future__ import annotations

import base64
from datetime import date

from app import clock, dates, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected
from app.formatting import read_rupiah
from app.models import Setting

# Keys a person may edit in Pengaturan, with their limits in characters.
EDITABLE = {
    "operator_name": text_rules.PLACE,
    "group_name": text_rules.NAME,
    "group_address": text_rules.ADDRESS,
    "place_name": text_rules.PLACE,
    "ketua_name": text_rules.PLACE,  # the officers sign the books and reports (DOMAIN.md: signature blocks)
    "sekretaris_name": text_rules.PLACE,
    "bendahara_name": text_rules.PLACE,
    "default_desa": text_rules.PLACE,
    "default_kecamatan": text_rules.PLACE,
    "default_kabupaten": text_rules.PLACE,
    "default_provinsi": text_rules.PLACE,
    # The group's profile for the lomba UP2K and the Pokja II table (DOMAIN.md "PKK reporting")
    "founded_year": 4,
    "starting_capital_rp": 24,  # typed as rupiah ("800.000"), kept as digits ("800000")
    "starting_capital_source": text_rules.TEXT,
    "partners": text_rules.LIST,  # banks, CSR, Dinas: plain text
    "up2k_level": 10,  # one of UP2K_LEVELS, or empty
    "dusun": text_rules.PLACE,  # where the group is: the Pokja II table's rows are dusun → desa → kecamatan
    "desa": text_rules.PLACE,
    "kecamatan": text_rules.PLACE,
    "kabupaten": text_rules.PLACE,
    "receipt_paper": 10,  # the paper a receipt is printed on unless asked otherwise
    "show_account_codes": 1,  # "1": account codes (1-101) beside their names on the screens
    "bank_overdraft": 1,  # "1": Bank may go below zero (the ledger's cash rule); Kas never
    "collection_order": 12,  # Setoran: loans first (default) or simpanan wajib first
}

UP2K_LEVELS = ("Pemula", "Madya", "Utama", "Mandiri")
RECEIPT_PAPERS = ("HALF_F4", "A4", "ROLL_58")
DEFAULT_RECEIPT_PAPER = "HALF_F4"
SWITCH = ("", "1")  # off (the default), on
LOANS_FIRST, WAJIB_FIRST = "loans_first", "wajib_first"
COLLECTION_ORDERS = (LOANS_FIRST, WAJIB_FIRST)
CHOICES = {"up2k_level": ("", *UP2K_LEVELS), "receipt_paper": ("", *RECEIPT_PAPERS),
           "show_account_codes": SWITCH, "bank_overdraft": SWITCH, "collection_order": ("", *COLLECTION_ORDERS)}
EARLIEST_FOUNDED_YEAR = 1945
MAX_CAPITAL_RP = 10**15 - 1


def get(key: str, default: str = "") -> str:
    # Plain SQL: every posting reads a few settings, and a collection sheet posts 200 at once
    # (peewee's query building took ten times SQLite's lookup).
    row = db.execute_sql("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row is not None else default


def get_all() -> dict[str, str]:
    return {row.key: row.value for row in Setting.select()}


def _put(key: str, value: str) -> None:
    """Store one key (new or replacing), unaudited, inside the caller's transaction: the upsert
    both engines speak (peewee's on_conflict_replace is SQLite's INSERT OR REPLACE only). Also
    for services that check and guard their own keys (savings amounts, kolektibilitas
    thresholds); private, so the role nets see only the decorated writers that call it."""
    Setting.insert(key=key, value=value).on_conflict(conflict_target=[Setting.key], update={Setting.value: value}).execute()


# The audit trail (issue 15): every settings change is recorded with old and new values, in
# the same transaction, except keys recorded under their own kind (a period's closing, a
# backup's date, the opening, sign-in turned on or off) and keys that hold a secret (a hash, a
# password): for those not even the key is recorded.
QUIET_KEYS = frozenset({"closed_through", "last_backup_at", "last_backup_target", "opening_date", roles.SIGN_IN})
SECRET_MARKERS = ("hash", "password", "passphrase", "secret", "recovery", "salt", "token")
LOGO_KEY = "logo"


def is_secret(key: str) -> bool:
    return any(marker in key.casefold() for marker in SECRET_MARKERS)


def _audit(changes: dict[str, tuple[str, str]]) -> None:
    """Record the changed keys (old, new) in the audit log; inside the caller's transaction."""
    shown = {}
    for key, (old, new) in changes.items():
        if key in QUIET_KEYS or is_secret(key) or old == new:
            continue
        if key == LOGO_KEY:  # a picture: whether there was one, not its bytes
            old, new = ("(ada)" if old else ""), ("(ada)" if new else "")
        shown[key] = [old, new]
    if shown:
        from app.audit import log  # the log reads the settings (the operator's name): at call time

        log.record("settings", "Pengaturan", {"changes": shown})


def _put_all(values: dict[str, str]) -> None:
    # recorded first: while sign-in is off the record names the operator who made the change,
    # not the name she may be typing in now
    _audit({key: (get(key), value) for key, value in values.items()})
    for key, value in values.items():
        _put(key, value)


@roles.needs("close")
def record(values: dict[str, str]) -> None:
    """Save settings the app keeps for itself (not edited in Pengaturan), in one transaction."""
    with db.atomic():
        _put_all(values)


def _checked(values: dict[str, str]) -> tuple[dict[str, str], list[Issue]]:
    issues = []
    clean = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise KeyError(key)
        clean[key] = text_rules.clean_text(value, key, EDITABLE[key], issues)
    issues += _special_issues(clean)
    if not clean.get("operator_name", "x"):
        issues.append(Issue("operator_name", "required"))
    return clean, issues


def issues_of(values: dict[str, str]) -> list[Issue]:
    """What update() would refuse in `values` (editable keys only), without writing."""
    return _checked(values)[1]


@roles.needs("close")
def update(values: dict[str, str]) -> None:
    """Save editable settings; refuse unknown keys and over-long values, writing nothing."""
    clean, issues = _checked(values)
    if issues:
        raise Rejected(issues)
    with db.atomic():
        _put_all(clean)


def _special_issues(clean: dict[str, str]) -> list[Issue]:
    """Keys that are not free text: a year, rupiah, a choice. Empty is allowed (not set)."""
    issues = []
    year = clean.get("founded_year", "")
    if year and not (year.isdigit() and len(year) == 4 and EARLIEST_FOUNDED_YEAR <= int(year) <= clock.today().year):
        issues.append(Issue("founded_year", "settings.bad_year", {"max": clock.today().year}))
    capital = clean.get("starting_capital_rp", "")
    if capital:
        amount, problem = read_rupiah(capital)
        if amount is None:
            issues.append(Issue("starting_capital_rp", problem, {"text": capital}))
        elif amount < 0:
            issues.append(Issue("starting_capital_rp", "amount.negative"))
        elif amount > MAX_CAPITAL_RP:
            issues.append(Issue("starting_capital_rp", "posting.amount_too_large", {"limit": MAX_CAPITAL_RP}))
        else:
            clean["starting_capital_rp"] = str(amount)
    for key, allowed in CHOICES.items():
        if key in clean and clean[key] not in allowed:
            issues.append(Issue(key, "settings.bad_choice", {"allowed": allowed[1:]}))
    return issues


def starting_capital() -> int | None:
    """Modal awal in rupiah, as set in Pengaturan (None: not given)."""
    value = get("starting_capital_rp")
    return int(value) if value.isdigit() else None


def receipt_paper() -> str:
    """The paper receipts are printed on; half F4 unless Pengaturan chose another receipt paper."""
    paper = get("receipt_paper")
    return paper if paper in RECEIPT_PAPERS else DEFAULT_RECEIPT_PAPER


def collection_order() -> str:
    """How a Setoran splits the cash: her loans' dues first (the default), or simpanan wajib first."""
    order = get("collection_order")
    return order if order in COLLECTION_ORDERS else LOANS_FIRST


PLACEHOLDER_OPERATOR = "Sekretaris"  # the operator's name until she gives her own (m0001)


def _signed_in() -> str:
    """The name of the officer signed in (app.access: sign-in on), or ""."""
    from app.access import session  # here: app.access reads settings

    who = session.current()
    return who.name if who is not None else ""


def operator_name() -> str:
    """Who signs the entries: the officer signed in, or while sign-in is off the name typed in
    Pengaturan."""
    return _signed_in() or get("operator_name") or PLACEHOLDER_OPERATOR


def named_operator() -> str:
    """The operator's own name; "" while it is the placeholder, which must never sign a paper."""
    name = _signed_in() or get("operator_name")
    return "" if name == PLACEHOLDER_OPERATOR else name


def closed_through() -> date | None:
    value = get("closed_through")
    return date.fromisoformat(value) if value else None


@roles.needs("close")
@checked
def close_period(through: date) -> None:
    """Tutup buku: no entry dated on or before `through` is accepted any more."""
    if wrong := dates.date_issues("closed_through", through):
        raise Rejected(wrong)
    if through > clock.today():  # irreversible: a typo in the year would lock the book for good
        raise Rejected.one("closed_through", "date.in_future")
    with db.atomic():
        current = closed_through()
        if current is not None and through < current:
            raise Rejected.one("closed_through", "period.cannot_reopen", closed_through=current)
        _put("closed_through", through.isoformat())
        from app.audit import log

        log.record("period", f"Tutup buku sampai {through:%d/%m/%Y}",
                   {"action": "close", "closed_through": [current.isoformat() if current else "", through.isoformat()]})


LOGO_LIMIT_BYTES = 512 * 1024  # a scanned logo; the book (and every backup) carries it


def logo() -> bytes | None:
    """The group's logo (PNG or JPEG) printed on every document, or None."""
    value = get("logo")
    return base64.b64decode(value) if value else None


@roles.needs("records")
def set_logo(data: bytes | None) -> None:
    """Keep a PNG or JPEG logo in the book (None removes it); anything else is refused."""
    if data is not None:
        if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
            raise Rejected.one("logo", "logo.not_an_image")
        if len(data) > LOGO_LIMIT_BYTES:
            raise Rejected.one("logo", "logo.too_large", limit_kb=LOGO_LIMIT_BYTES // 1024)
    with db.atomic():
        _put_all({LOGO_KEY: base64.b64encode(data).decode("ascii") if data else ""})
