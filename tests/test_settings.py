"""Business settings kept in the book."""

from __future__ import annotations

from datetime import date

import pytest

from app import settings
from app.db import db
from app.errors import Rejected


def rows() -> list:
    return db.execute_sql("SELECT key, value FROM settings ORDER BY key").fetchall()


def test_seeded_defaults(book):
    values = settings.get_all()
    assert values["operator_name"] == "Sekretaris"
    assert values["default_kabupaten"] == "Hulu Sungai Utara"
    assert values["default_provinsi"] == "Kalimantan Selatan"
    assert values["place_name"] == "Amuntai"
    assert settings.closed_through() is None
    assert settings.get("no_such_key", "x") == "x"


def test_update_and_get(book):
    settings.update({"group_name": "  UP2K \"As Syifa\" ", "place_name": "Pandulangan", "operator_name": "Bu Rahmah"})
    assert settings.get("group_name") == 'UP2K "As Syifa"'
    assert settings.get("place_name") == "Pandulangan"
    assert settings.operator_name() == "Bu Rahmah"
    assert ("group_name", 'UP2K "As Syifa"') in rows()
    settings.update({"group_address": ""})  # an optional value may be emptied
    assert settings.get("group_address") == ""


def test_too_long_refused_and_nothing_written(book):
    before = rows()
    with pytest.raises(Rejected) as info:
        settings.update({"place_name": "Amuntai Tengah", "group_name": "x" * 101})
    assert [(i.field, i.code, i.params) for i in info.value.issues] == [("group_name", "text.too_long", {"limit": 100})]
    assert rows() == before
    settings.update({"group_name": "x" * 100})
    assert settings.get("group_name") == "x" * 100


@pytest.mark.parametrize("value", ["", "   "])
def test_empty_operator_refused(book, value):
    before = rows()
    with pytest.raises(Rejected) as info:
        settings.update({"operator_name": value, "place_name": "Babirik"})
    assert [(i.field, i.code) for i in info.value.issues] == [("operator_name", "required")]
    assert rows() == before


@pytest.mark.parametrize("key", ["closed_through", "no_such_key", "OPERATOR_NAME"])
def test_unknown_key_raises(book, key):
    before = rows()
    with pytest.raises(KeyError):
        settings.update({"place_name": "Babirik", key: "2030-01-01"})
    assert rows() == before
    assert settings.closed_through() is None


def test_close_period_moves_forward_only(book):
    settings.close_period(date(2026, 3, 31))
    assert ("closed_through", "2026-03-31") in rows()
    before = rows()
    for bad, code in ((date(2026, 3, 30), "period.cannot_reopen"), (date(2027, 1, 1), "date.in_future")):
        with pytest.raises(Rejected) as info:
            settings.close_period(bad)
        assert info.value.codes() == [code]
        assert rows() == before
    settings.close_period(date(2026, 8, 17))  # up to today is allowed
    assert settings.closed_through() == date(2026, 8, 17)


def test_profile_keys_are_checked_each_beside_its_field(book):
    before = rows()
    with pytest.raises(Rejected) as info:
        settings.update({"founded_year": "2027", "starting_capital_rp": "delapan ratus", "up2k_level": "Hebat",
                         "receipt_paper": "A5", "desa": "Pandulangan"})
    assert [(i.field, i.code) for i in info.value.issues] == [
        ("founded_year", "settings.bad_year"), ("starting_capital_rp", "amount.unreadable"),
        ("up2k_level", "settings.bad_choice"), ("receipt_paper", "settings.bad_choice")]
    assert rows() == before
    with pytest.raises(Rejected) as info:
        settings.update({"starting_capital_rp": "-5.000", "founded_year": "85"})
    assert info.value.codes() == ["settings.bad_year", "amount.negative"]
    settings.update({"founded_year": "2009", "starting_capital_rp": "Rp800.000", "starting_capital_source": "Dana PKK desa",
                     "up2k_level": "Madya", "receipt_paper": "ROLL_58", "dusun": "Dusun 1", "partners": "Bank Kalsel"})
    assert settings.get("starting_capital_rp") == "800000" and settings.starting_capital() == 800_000
    assert settings.receipt_paper() == "ROLL_58" and settings.get("up2k_level") == "Madya"
    settings.update({"starting_capital_rp": "", "receipt_paper": ""})  # not set
    assert settings.starting_capital() is None and settings.receipt_paper() == "HALF_F4"
