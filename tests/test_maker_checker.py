"""Maker-checker on loan approval (issue 15): with sign-in on, the officer who approves a loan is
not the one who entered its application, unless the group says it has one officer
(SINGLE_OFFICER "on"). Sign-in off: nothing changes."""

from __future__ import annotations

from datetime import date

import pytest

from app import settings
from app.access import roles, session
from app.access.session import Who
from app.errors import Rejected
from app.loans import lifecycle
from loan_support import counts, member, product

FIRST_DUE = date(2026, 9, 17)
SITI = Who(1, "Siti", frozenset({"sekretaris", "ketua"}))  # one person may hold several roles
RINA = Who(2, "Rina", frozenset({"ketua"}))
SEKAR = Who(3, "Sekar", frozenset({"sekretaris"}))


@pytest.fixture
def signed_in(book):
    settings.record({roles.SIGN_IN: "on"})
    yield
    session.end()


def _applied_by(who: Who) -> int:
    session.start(who)
    return lifecycle.apply(member(), product(), 1_000_000, 10, FIRST_DUE).id


def test_the_application_names_the_one_signed_in(signed_in):
    loan_id = _applied_by(SEKAR)
    assert lifecycle.get_loan(loan_id).applied_by == "Sekar"


def test_the_one_who_entered_it_cannot_approve_it(signed_in):
    loan_id = _applied_by(SITI)
    before = counts()
    with pytest.raises(Rejected) as refused:
        lifecycle.approve(loan_id)
    assert refused.value.codes() == ["access.maker_checker"]
    assert refused.value.issues[0].params == {"name": "Siti", "number": lifecycle.get_loan(loan_id).number}
    assert lifecycle.get_loan(loan_id).status == "applied" and counts() == before


def test_the_name_is_compared_without_case(signed_in):
    loan_id = _applied_by(SITI)
    session.start(Who(1, "SITI", frozenset({"ketua"})))
    with pytest.raises(Rejected, match="access.maker_checker"):
        lifecycle.approve(loan_id)


def test_another_ketua_approves_it_and_is_named(signed_in):
    loan_id = _applied_by(SEKAR)
    session.start(RINA)
    loan = lifecycle.approve(loan_id, "Rapat 17 Agustus")
    assert (loan.status, loan.decided_by) == ("approved", "Rina")


def test_she_may_still_reject_her_own_application(signed_in):
    """Only approval lets money go; refusing her own application moves nothing."""
    loan_id = _applied_by(SITI)
    assert lifecycle.reject(loan_id, "Ditarik kembali").status == "rejected"


def test_a_group_with_one_officer_says_so(signed_in):
    loan_id = _applied_by(SITI)
    settings.record({roles.SINGLE_OFFICER: "on"})
    assert lifecycle.approve(loan_id).status == "approved"


def test_without_sign_in_the_operator_approves_her_own(book):
    loan_id = lifecycle.apply(member(), product(), 1_000_000, 10, FIRST_DUE).id
    assert lifecycle.get_loan(loan_id).applied_by == settings.operator_name()
    assert lifecycle.approve(loan_id).status == "approved"


def test_the_role_comes_first(signed_in):
    """A Sekretaris (not the one who entered it) is refused for her role, not for the rule."""
    loan_id = _applied_by(SITI)
    session.start(SEKAR)
    with pytest.raises(Rejected) as refused:
        lifecycle.approve(loan_id)
    assert refused.value.codes() == ["access.role_needed"]
    assert refused.value.issues[0].params == {"roles": "ketua", "action": "approve"}
