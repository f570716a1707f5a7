"""Two desktops open the same member and both save: the second save is refused, nothing of the
first is overwritten (issue 16); on both engines."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest

from app import members
from app.audit import log
from app.db import close_book, db
from app.errors import Rejected
from loan_support import member


def refused_code(save) -> list[str]:
    with pytest.raises(Rejected) as refused:
        save()
    return refused.value.codes()


def test_the_second_save_of_one_member_is_refused(any_book):
    siti = members.get_member(member("Siti Aminah"))
    on_a, on_b = siti, members.get_member(siti.id)  # two desktops open her form
    saved = members.update_member(siti.id, replace(on_a.as_input(), phone="081234567890"), on_a.version)
    assert saved.version == on_a.version + 1
    records = len(log.records(kind="member"))
    assert refused_code(lambda: members.update_member(
        siti.id, replace(on_b.as_input(), desa="Alabio"), on_b.version)) == ["member.changed_elsewhere"]
    now = members.get_member(siti.id)
    assert (now.phone, now.desa, now.version) == ("081234567890", "", saved.version)
    assert len(log.records(kind="member")) == records  # nothing written, not even to the chain
    # opened again, her form has the new version and saves
    assert members.update_member(siti.id, replace(now.as_input(), desa="Alabio"), now.version).desa == "Alabio"


def test_marking_her_left_refuses_a_form_opened_before(any_book):
    siti = members.get_member(member("Siti Aminah"))
    members.mark_left(siti.id, date(2026, 8, 17))
    assert refused_code(lambda: members.update_member(
        siti.id, replace(siti.as_input(), phone="081234567890"), siti.version)) == ["member.changed_elsewhere"]
    assert members.get_member(siti.id).left_on == date(2026, 8, 17)


def test_desktops_saving_her_at_the_same_moment_write_once(pg_book):
    """Each thread is its own connection to the server: the compare in the UPDATE holds when
    both have read the same version."""
    siti = members.get_member(member("Siti Aminah"))
    phones = [f"08123456789{i}" for i in range(6)]
    start, won, lost = threading.Barrier(len(phones)), [], []

    def save(phone: str) -> None:
        start.wait()
        try:
            members.update_member(siti.id, replace(siti.as_input(), phone=phone), siti.version)
            won.append(phone)
        except Rejected as refused:
            lost.append(refused.codes())
        finally:
            close_book()  # this thread's connection

    threads = [threading.Thread(target=save, args=(phone,)) for phone in phones]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(won) == 1 and lost == [["member.changed_elsewhere"]] * (len(phones) - 1)
    row = db.execute_sql("SELECT phone, version FROM members WHERE id = ?", (siti.id,)).fetchone()
    assert row == (won[0], siti.version + 1)
