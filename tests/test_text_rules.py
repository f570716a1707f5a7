"""Hostile text at the services (issue 13): a lone surrogate, a NUL, names made only of
zero-width or control characters, right-to-left overrides, and texts longer than their field;
each refused with a Rejected naming the field, or neutralised, nothing written; and a name of
one unbroken word as long as allowed still makes its documents."""

from __future__ import annotations

from datetime import date

import pytest

from app import businesses, clock, members, settings, text_rules
from app.cashbox import moves, pos
from app.db import db
from app.documents.catalogue import Request, generate
from app.errors import Issue, Rejected
from app.ledger import credit, debit, post_entry
from app.members import MemberInput
from app.usaha import catalog

from loan_support import member
from pdf_support import pdf_text

ON = date(2025, 6, 2)


@pytest.mark.parametrize("value, code", [
    ("Siti \ud800 Aisyah", "text.bad_character"),  # a lone surrogate: UnicodeEncodeError in SQLite and reportlab
    ("Siti\x00Aisyah", "text.bad_character"),
    ("\u200b\u200c\u200d\ufeff", "required"),  # only zero-width characters: nothing to see
    ("\x01\x02\x07\x1b", "required"),  # only control characters
    (" \t\n ", "required"),
    (42, "text.not_text"),
])
def test_what_cannot_be_a_name_is_refused_with_its_field(value, code):
    issues: list[Issue] = []
    assert text_rules.clean_text(value, "name", 60, issues, required=True) == ""
    assert issues == [Issue("name", code, issues[0].params)]


def test_invisible_and_direction_characters_are_taken_out():
    # U+202E turns "Siti <RLO>hcnab" into what reads as "Siti banch"; U+2066-2069, 200E/200F too
    for sneaky in ("Siti \u202ehcnab", "Siti\u200b \u2066hcnab\u2069", "Siti \u200fhcnab\u200e", "Siti\u00ad hcnab"):
        assert text_rules.checked(sneaky, "name", 60) == "Siti hcnab"


def test_names_are_kept_as_typed_otherwise():
    assert text_rules.checked("  Hélène\tNuñez  binti\nAhmad ", "name", 60) == "Hélène Nuñez binti Ahmad"
    assert text_rules.checked("نور عائشة", "name", 60) == "نور عائشة"  # Arabic (right to left by nature) stays
    assert text_rules.checked("Ne\u0301ne\u0301", "name", 60) == "Néné"  # one form (NFC) for the same letters
    assert text_rules.checked("a\n\n\n\n b \n", "note", 60, paragraphs=True) == "a\n\nb"


def test_a_limit_is_counted_after_cleaning():
    assert text_rules.checked("a" * 60 + "\u200b" * 10, "name", 60) == "a" * 60
    with pytest.raises(Rejected) as refused:
        text_rules.checked("a" * 61, "name", 60)
    assert refused.value.issues == [Issue("name", "text.too_long", {"limit": 60})]


def _nothing_written(book_call):
    before = db.execute_sql("SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM journal_entries)"
                            " + (SELECT count(*) FROM businesses) + (SELECT count(*) FROM settings)").fetchone()
    with pytest.raises(Rejected) as refused:
        book_call()
    after = db.execute_sql("SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM journal_entries)"
                           " + (SELECT count(*) FROM businesses) + (SELECT count(*) FROM settings)").fetchone()
    assert before == after
    return refused.value


@pytest.mark.parametrize("bad, code", [("Siti \udc80", "text.bad_character"), ("A\x00", "text.bad_character"),
                                       ("\u200b\u200b", "required")])
def test_every_service_refuses_it_at_its_field(book, bad, code):
    income = pos.income()[0].code
    calls = {
        "name": [lambda: members.add_member(MemberInput(name=bad, joined_on=ON)),
                 lambda: businesses.add_business(bad), lambda: pos.add(bad, "income")],
        "description": [lambda: post_entry(ON, bad, [debit("1-101", 1), credit(income, 1)]),
                        lambda: moves.receive(moves.CashMove(ON, bad, 1_000, income, party_name="Bu RT"))],
        "party_name": [lambda: moves.receive(moves.CashMove(ON, "Sewa tenda", 1_000, income, party_name=bad))],
    }
    for field, tries in calls.items():
        for call in tries:
            assert (field, code) in [(i.field, i.code) for i in _nothing_written(call).issues]
    if code != "required":
        assert [i.code for i in _nothing_written(lambda: settings.update({"group_name": bad})).issues] == [code]


def test_a_settings_name_with_an_override_is_kept_without_it(book):
    settings.update({"ketua_name": "Hj. \u202einimsuR"})
    assert settings.get("ketua_name") == "Hj. inimsuR"


def test_over_long_texts_are_refused_by_the_services_not_only_the_screens(book):
    income = pos.income()[0].code
    refusals = [
        _nothing_written(lambda: post_entry(ON, "Iuran " * 20_000, [debit("1-101", 1), credit(income, 1)])),
        _nothing_written(lambda: post_entry(ON, "Iuran", [debit("1-101", 1, memo="m" * 201), credit(income, 1)])),
        _nothing_written(lambda: members.add_member(MemberInput(name="S" * 101, joined_on=ON))),
        _nothing_written(lambda: settings.update({"partners": "Bank " * 61})),
        _nothing_written(lambda: catalog.add_material(businesses.list_businesses()[0].id, "b" * 81, 1)),
    ]
    assert [r.codes() for r in refusals] == [["text.too_long"]] * 5


def test_one_unbroken_word_as_long_as_allowed_is_wrapped_not_cut(book, tmp_path):
    name = "Nurhayati" * (members.LIMITS["name"] // 9) + "X" * (members.LIMITS["name"] % 9)
    party = "Pandulangan" * (moves.receipts.PARTY_LIMIT // 11) + "Y" * (moves.receipts.PARTY_LIMIT % 11)
    someone = member(name)
    settings.update({"group_name": "G" * settings.EDITABLE["group_name"]})
    income = pos.income()[0].code
    today = clock.today()
    number = moves.receive(moves.CashMove(today, "D" * moves.DESCRIPTION_LIMIT, 5_000, income,
                                          party_name=party)).receipt_number
    made = [generate(Request("receipt", number=number, paper=paper), tmp_path / f"{paper}.pdf")
            for paper in ("HALF_F4", "ROLL_58")]
    made += [generate(Request("cash_book", start=today.replace(day=1), end=today), tmp_path / "kas.pdf"),
             generate(Request("member_register", end=today), tmp_path / "anggota.pdf"),
             generate(Request("passbook", member_id=someone, end=today), tmp_path / "buku.pdf")]
    for path in made:
        text = pdf_text(path).replace(" ", "")
        assert "…" not in text, path.name
    assert name in pdf_text(made[-2]).replace(" ", "")  # the register shows the whole name, in pieces
