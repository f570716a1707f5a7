"""The audit chain's head is the book's "changed" counter another desktop polls (issue 16): every
posting and every change of a member moves it, on both engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app import businesses, ledger, members, reversals
from app.audit import log, words
from loan_support import member


def test_every_posting_and_member_change_moves_the_head(any_book):
    heads = [log.head()]

    def moved() -> bool:
        heads.append(log.head())
        return heads[-1] > heads[-2]

    siti = members.get_member(member("Siti Aminah"))
    assert moved()
    warung = businesses.add_business("Warung Bu Siti")
    siti = members.update_member(siti.id, replace(siti.as_input(), phone="081234567890"))
    assert moved()
    # her business groups only: a row of business_members, her own row unchanged but updated_at
    members.update_member(siti.id, replace(siti.as_input(), business_ids=[warung.id]))
    assert moved()
    record = log.records(kind="member")[-1]
    assert words.detail_text(record.detail) == "diubah; Kelompok usaha: (kosong) \u2192 Warung Bu Siti"
    entry = ledger.post_entry(date(2026, 8, 17), "Setoran wajib", [
        ledger.debit("1-101", 5_000), ledger.credit("3-102", 5_000, member_id=siti.id)])
    assert moved()
    reversals.reverse(entry, "salah catat")
    assert moved()
    members.mark_left(siti.id, date(2026, 8, 17))
    assert moved()
    members.update_member(siti.id, members.get_member(siti.id).as_input())  # nothing changed
    assert not moved()
