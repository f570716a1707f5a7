"""The officers' accounts (app.access.users): passwords, lockout with a fixed clock, the last
Ketua, names, the recovery code, and nothing secret in a log line or the audit log."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import pytest

from app import clock, ledger, settings
from app.access import roles, session, users
from app.audit import log as audit
from app.db import db
from app.errors import Rejected
from tests.conftest import FIXED_NOW

KETUA_PASSWORD = "padi-menguning-7"


def codes(info) -> list[str]:
    return info.value.codes()


@pytest.fixture(autouse=True)
def signed_out():
    session.end()
    yield
    session.end()


@pytest.fixture
def on(book):
    """Sign-in turned on by Bu Rahmah (Ketua); a Bendahara and a Sekretaris added; signed out."""
    code = users.turn_on_sign_in("Bu Rahmah", KETUA_PASSWORD)
    users.add_user("Siti Aminah", ["bendahara"], "uang-kas-aman")
    users.add_user("Nurul", ["sekretaris"], "buku-anggota-1")
    users.sign_out()
    return code


def audit_text() -> str:
    return "\n".join(str(row) for row in db.execute_sql("SELECT * FROM audit_log"))


# --- passwords ---------------------------------------------------------------------------

def test_hash_is_salted_scrypt_and_verifies():
    one, two = users.hash_secret("rahasia-kita"), users.hash_secret("rahasia-kita")
    assert one != two  # a salt of its own each time
    scheme, n, r, p, salt, key = one.split("$")
    assert (scheme, int(n), int(r), int(p), len(bytes.fromhex(salt))) == ("scrypt", 2**14, 8, 1, 16)
    assert users.secret_matches("rahasia-kita", one) and users.secret_matches("rahasia-kita", two)
    assert not users.secret_matches("rahasia-kitA", one)
    assert not users.secret_matches("rahasia-kita", "not a hash")


@pytest.mark.parametrize("password, code", [("", "required"), ("a", "users.password_short"),
                                            ("1234567", "users.password_short"),
                                            ("Siti Aminah", "users.password_is_name"),
                                            ("sitiaminah", "users.password_is_name")])
def test_weak_passwords_refused(book, password, code):
    with pytest.raises(Rejected) as info:
        users.add_user("Siti Aminah", ["bendahara"], password)
    assert codes(info) == [code]
    assert info.value.issues[0].field == "password"
    assert users.list_users() == []


def test_names_unique_whatever_the_case(book):
    users.add_user("Siti Aminah", ["bendahara"], "uang-kas-aman")
    with pytest.raises(Rejected) as info:
        users.add_user("  siti   AMINAH ", ["sekretaris"], "lain-sandinya")
    assert codes(info) == ["users.name_taken"]
    assert info.value.issues[0].params == {"name": "Siti Aminah"}
    with pytest.raises(Rejected) as info:
        users.add_user("", [], "lain-sandinya")
    assert set(codes(info)) == {"required", "users.no_role"}
    with pytest.raises(Rejected) as info:
        users.add_user("Nurul", ["bos"], "lain-sandinya")
    assert codes(info) == ["users.unknown_role"]
    assert [u.name for u in users.list_users()] == ["Siti Aminah"]


def test_add_change_and_list(book):
    a = users.add_user("Siti Aminah", ["bendahara", "sekretaris"], "uang-kas-aman")
    assert a.roles == {"bendahara", "sekretaris"} and a.active
    b = users.change_roles(a.id, ["pemeriksa"])
    assert b.roles == {"pemeriksa"}
    assert db.execute_sql("SELECT roles FROM users WHERE id = ?", (a.id,)).fetchone()[0] == "pemeriksa"
    kinds = [(r.kind, r.detail.get("action")) for r in audit.records()]
    assert kinds == [("user", "added"), ("user", "roles")]


# --- the last Ketua ----------------------------------------------------------------------

def test_last_ketua_neither_demoted_nor_deactivated(on):
    users.sign_in("Bu Rahmah", KETUA_PASSWORD)
    ketua = next(u for u in users.list_users() if u.name == "Bu Rahmah")
    with pytest.raises(Rejected) as info:
        users.change_roles(ketua.id, ["bendahara"])
    assert codes(info) == ["users.last_ketua"]
    with pytest.raises(Rejected) as info:
        users.deactivate_user(ketua.id)
    assert codes(info) in (["users.last_ketua"], ["users.deactivate_self"])
    assert users.get_user(ketua.id).active and "ketua" in users.get_user(ketua.id).roles
    # with a second Ketua, the first may step down
    second = users.add_user("Bu Halimah", ["ketua"], "ketua-baru-99")
    users.change_roles(ketua.id, ["ketua", "pemeriksa"])
    assert session.current().roles == {"ketua", "pemeriksa"}  # the session follows her own change
    users.sign_out()
    users.sign_in("Bu Halimah", "ketua-baru-99")
    users.deactivate_user(ketua.id)
    assert not users.get_user(ketua.id).active
    with pytest.raises(Rejected) as info:
        users.change_roles(second.id, ["sekretaris"])
    assert codes(info) == ["users.last_ketua"]
    with pytest.raises(Rejected) as info:  # a deactivated officer does not sign in
        users.sign_in("Bu Rahmah", KETUA_PASSWORD)
    assert codes(info) == ["users.unknown_name"]


# --- signing in and the lockout ----------------------------------------------------------

def test_sign_in_is_case_blind_and_signs_entries(on):
    users.sign_in("Bu Rahmah", KETUA_PASSWORD)  # Pengaturan is the Ketua's
    settings.update({"operator_name": "Petugas Lama"})
    users.sign_out()
    who = users.sign_in("siti aminah", "uang-kas-aman")
    assert who.name == "Siti Aminah" and who.roles == {"bendahara"}
    assert session.current() == who
    assert settings.operator_name() == "Siti Aminah"
    assert ledger.Lookups().operator_name == "Siti Aminah"
    entry = ledger.post_entry(date(2026, 8, 10), "Hibah", [ledger.Line("1-101", 50_000), ledger.Line("3-201", -50_000)])
    assert ledger.get_entry(entry).entered_by == "Siti Aminah"
    users.sign_out()
    assert session.current() is None
    assert settings.operator_name() == "Petugas Lama"


def test_five_wrong_passwords_lock_for_a_growing_delay(on):
    for attempt in range(1, 5):
        with pytest.raises(Rejected) as info:
            users.sign_in("Siti Aminah", f"salah-{attempt}xx")
        assert codes(info) == ["users.wrong_password"]
        assert info.value.issues[0].field == "password"
    with pytest.raises(Rejected) as info:
        users.sign_in("Siti Aminah", "salah-5xx")
    assert codes(info) == ["users.locked"] and info.value.issues[0].params == {"minutes": 1}
    # even the right password waits until the time is up
    with pytest.raises(Rejected) as info:
        users.sign_in("Siti Aminah", "uang-kas-aman")
    assert codes(info) == ["users.locked"]
    clock.fix(FIXED_NOW + timedelta(seconds=61))
    with pytest.raises(Rejected) as info:  # the sixth wrong one in a row: two minutes
        users.sign_in("Siti Aminah", "salah-6xx")
    assert codes(info) == ["users.locked"] and info.value.issues[0].params == {"minutes": 2}
    clock.fix(FIXED_NOW + timedelta(seconds=61 + 90))
    with pytest.raises(Rejected) as info:
        users.sign_in("Siti Aminah", "uang-kas-aman")
    assert info.value.issues[0].params == {"minutes": 1}  # 30 seconds left, said as a minute
    clock.fix(FIXED_NOW + timedelta(minutes=4))
    assert users.sign_in("Siti Aminah", "uang-kas-aman").name == "Siti Aminah"
    # the right password put the counter back: four wrong ones do not lock again
    users.sign_out()
    for attempt in range(4):
        with pytest.raises(Rejected) as info:
            users.sign_in("Siti Aminah", "salah-lagi")
        assert codes(info) == ["users.wrong_password"]
    assert users.get_user(users.list_users()[-1].id).locked_until is None
    failures = audit.records(kind="sign_in_failed")
    assert len(failures) == 10 and all(r.subject == "Pengguna Siti Aminah" for r in failures)
    assert {r.user for r in failures} == {"(belum masuk)"}  # not the operator's name: no one was in


def test_the_delay_grows_up_to_an_hour():
    minutes = [users._lock_for(n) / timedelta(minutes=1) for n in (5, 6, 7, 10, 11, 12, 40)]
    assert minutes == [1, 2, 4, 32, 60, 60, 60]


def test_lockout_of_one_leaves_the_others(on):
    for _ in range(5):
        with pytest.raises(Rejected):
            users.sign_in("Nurul", "bukan-ini-ya")
    assert users.sign_in("Siti Aminah", "uang-kas-aman")


def test_ketua_resets_a_forgotten_password_and_lifts_the_lock(on):
    for _ in range(5):
        with pytest.raises(Rejected):
            users.sign_in("Nurul", "bukan-ini-ya")
    nurul = next(u for u in users.list_users() if u.name == "Nurul")
    users.sign_in("Siti Aminah", "uang-kas-aman")
    with pytest.raises(Rejected) as info:  # a Bendahara does not manage users
        users.reset_password(nurul.id, "sandi-baru-nurul")
    assert codes(info) == ["access.role_needed"]
    users.sign_out()
    with pytest.raises(Rejected) as info:  # nor does no one
        users.reset_password(nurul.id, "sandi-baru-nurul")
    assert codes(info) == ["access.signed_out"]
    users.sign_in("Bu Rahmah", KETUA_PASSWORD)
    users.reset_password(nurul.id, "sandi-baru-nurul")
    users.sign_out()
    assert users.sign_in("Nurul", "sandi-baru-nurul").name == "Nurul"


def test_own_password(on):
    users.sign_in("Nurul", "buku-anggota-1")
    with pytest.raises(Rejected) as info:
        users.set_own_password("salah-lama-x", "sandi-baru-nurul")
    assert codes(info) == ["users.wrong_password"] and info.value.issues[0].field == "old_password"
    with pytest.raises(Rejected) as info:
        users.set_own_password("buku-anggota-1", "nurul")
    assert info.value.issues[0].field == "new_password"
    users.set_own_password("buku-anggota-1", "sandi-baru-nurul")
    users.sign_out()
    assert users.sign_in("Nurul", "sandi-baru-nurul")


def test_unknown_name_and_sign_in_off(book):
    with pytest.raises(Rejected) as info:
        users.sign_in("Siti", "apa-saja-deh")
    assert codes(info) == ["users.sign_in_off"]
    users.turn_on_sign_in("Bu Rahmah", KETUA_PASSWORD)
    users.sign_out()
    with pytest.raises(Rejected) as info:
        users.sign_in("Bukan Siapa", "apa-saja-deh")
    assert codes(info) == ["users.unknown_name"] and info.value.issues[0].field == "name"
    assert "Bukan Siapa" not in audit_text()  # a typed name may be a password in the wrong field


# --- turning sign-in on and off, the recovery code ---------------------------------------

def test_turn_on_makes_the_first_ketua_and_a_recovery_code(book):
    assert not roles.sign_in_on()
    code = users.turn_on_sign_in("Bu Rahmah", KETUA_PASSWORD)
    groups = code.split("-")
    assert len(groups) == 4 and all(len(g) == 5 and set(g) <= set(users.RECOVERY_ALPHABET) for g in groups)
    assert not set(users.RECOVERY_ALPHABET) & set("0O1IL")
    assert roles.sign_in_on()
    assert session.current().name == "Bu Rahmah" and session.current().roles == {"ketua"}
    stored = settings.get(users.RECOVERY)
    assert stored.startswith("scrypt$") and code.replace("-", "") not in stored
    with pytest.raises(Rejected) as info:
        users.turn_on_sign_in("Bu Rahmah", KETUA_PASSWORD)
    assert codes(info) == ["users.sign_in_already_on"]
    kinds = [(r.kind, r.user) for r in audit.records()]
    # she is at the keyboard: the screen lock's minutes kept, her account, sign-in turned on
    assert kinds == [("settings", "Bu Rahmah"), ("user", "Bu Rahmah"), ("settings", "Bu Rahmah")]


def test_turn_on_with_an_existing_ketua_checks_her_password(book):
    users.add_user("Bu Rahmah", ["ketua"], KETUA_PASSWORD)
    users.add_user("Siti Aminah", ["bendahara"], "uang-kas-aman")
    with pytest.raises(Rejected) as info:
        users.turn_on_sign_in("Bu Rahmah", "bukan-sandinya")
    assert codes(info) == ["users.wrong_password"]
    with pytest.raises(Rejected) as info:
        users.turn_on_sign_in("Siti Aminah", "uang-kas-aman")
    assert codes(info) == ["users.not_ketua"]
    with pytest.raises(Rejected) as info:
        users.turn_on_sign_in("Orang Lain", "apa-saja-deh")
    assert codes(info) == ["users.unknown_name"]
    assert not roles.sign_in_on()
    users.turn_on_sign_in("bu rahmah", KETUA_PASSWORD)
    assert roles.sign_in_on() and len(users.list_users()) == 2


def test_turn_off_needs_the_ketua(on):
    users.sign_in("Siti Aminah", "uang-kas-aman")
    with pytest.raises(Rejected) as info:
        users.turn_off_sign_in()
    assert codes(info) == ["access.role_needed"]
    users.sign_out()
    users.sign_in("Bu Rahmah", KETUA_PASSWORD)
    users.turn_off_sign_in()
    assert not roles.sign_in_on() and session.current() is None
    assert settings.get(users.RECOVERY) == ""


def test_recovery_code_resets_the_ketuas_password(on):
    code = on
    for _ in range(6):  # she forgot it, and is locked out
        with pytest.raises(Rejected):
            users.sign_in("Bu Rahmah", "lupa-sandinya")
    with pytest.raises(Rejected) as info:
        users.unlock_with_recovery_code("AAAAA-AAAAA-AAAAA-AAAAA", "sandi-baru-ketua")
    assert codes(info) == ["users.wrong_recovery_code"]
    with pytest.raises(Rejected) as info:
        users.unlock_with_recovery_code(code, "bu rahmah")
    assert codes(info) == ["users.password_is_name"]
    typed = " " + code.lower().replace("-", " ") + " "  # as she may type it from the paper
    recovered = users.unlock_with_recovery_code(typed, "sandi-baru-ketua")
    assert recovered.who.name == "Bu Rahmah" and session.current() == recovered.who
    users.sign_out()
    assert users.sign_in("Bu Rahmah", "sandi-baru-ketua")
    users.sign_out()
    with pytest.raises(Rejected) as info:  # the paper is spent
        users.unlock_with_recovery_code(code, "sandi-lagi-ketua")
    assert codes(info) == ["users.wrong_recovery_code"]
    assert recovered.code != code and users.unlock_with_recovery_code(recovered.code, "sandi-lagi-ketua").who.name \
        == "Bu Rahmah"
    assert [r.detail for r in audit.records(kind="user")][-1] == {"action": "password_recovered"}


# --- nothing secret written ---------------------------------------------------------------

def test_no_password_hash_or_code_in_logs_audit_or_refusals(book, caplog):
    secrets = []
    caplog.set_level(logging.DEBUG)
    refusals = []

    def attempt(call, *args):
        try:
            return call(*args)
        except Rejected as rejected:
            refusals.append(str(rejected) + repr(rejected.issues))

    code = users.turn_on_sign_in("Bu Rahmah", KETUA_PASSWORD)
    secrets += [KETUA_PASSWORD, code, code.replace("-", "")]
    siti = users.add_user("Siti Aminah", ["bendahara"], "uang-kas-aman")
    secrets.append("uang-kas-aman")
    attempt(users.add_user, "Nurul", ["sekretaris"], "pendek")
    secrets.append("pendek")
    users.reset_password(siti.id, "sandi-baru-siti")
    secrets.append("sandi-baru-siti")
    users.sign_out()
    for wrong in ("salah-satu-aa", "salah-dua-bbb", "salah-tiga-cc", "salah-empat-d", "salah-lima-ee", "salah-enam-ff"):
        attempt(users.sign_in, "Siti Aminah", wrong)
        secrets.append(wrong)
    attempt(users.sign_in, "sandi-di-kolom-nama", "x")
    secrets.append("sandi-di-kolom-nama")
    attempt(users.unlock_with_recovery_code, "TEBAK-TEBAK-TEBAK-TEBAK", "sandi-pulih-1")
    secrets += ["TEBAK", "sandi-pulih-1"]
    fresh = users.unlock_with_recovery_code(code, "sandi-pulih-2").code
    secrets += ["sandi-pulih-2", fresh, fresh.replace("-", "")]
    hashes = [row[0] for row in db.execute_sql("SELECT password_hash FROM users")] + [settings.get(users.RECOVERY)]
    salts_and_keys = [part for h in hashes for part in h.split("$")[4:]]
    written = "\n".join([caplog.text, audit_text(), *refusals])
    assert len(audit.records(kind="sign_in_failed")) >= 6
    assert caplog.records  # the failures were logged, without the secrets
    for secret in secrets + hashes + salts_and_keys:
        assert secret.lower() not in written.lower(), secret


def test_idle_minutes_setting(book):
    assert users.idle_minutes() == 15
    users.set_idle_minutes(5)
    assert users.idle_minutes() == 5
    with pytest.raises(Rejected) as info:
        users.set_idle_minutes(1000)
    assert codes(info) == ["users.bad_idle"]


def test_a_book_opened_again_asks_again(on, book):
    from app.db import open_book

    users.sign_in("Siti Aminah", "uang-kas-aman")
    open_book(book)
    assert session.current() is None and roles.sign_in_on()
