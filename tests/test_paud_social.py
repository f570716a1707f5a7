"""The PAUD incentive fund (2-302) and dana sosial (2-303): teachers, payments with a kuitansi,
refusals above the fund, and each fund's year report tied to the ledger (issue 11)."""

from __future__ import annotations

from datetime import date

import pytest

from app import ledger, receipts
from app.db import db
from app.errors import Rejected
from app.funds import earmarked, paud, social
from tests import loan_support

TABLES = ("journal_entries", "postings", "receipts", "sequences", "fund_payments")


def counts() -> dict[str, int]:
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_a_teacher_is_paid_from_the_fund_with_a_kuitansi_she_signs(book):
    earmarked.receive("paud", 1_000_000, date(2026, 1, 20), "Donatur H. Basri")
    ani = paud.add_teacher("Ani Rahmawati", "PAUD Melati", date(2019, 7, 15))
    paid = paud.pay_incentive(ani.id, 400_000, date(2026, 2, 1), memo="Januari 2026")
    assert paid.balance_after_rp == earmarked.balance("paud") == 600_000
    assert ledger.account_balance("2-302") == -600_000
    receipt = receipts.get(paid.receipt_number)
    assert receipt.direction == receipts.OUT and receipt.member_id is None
    assert (receipt.member_name, receipt.amount_rp) == ("Ani Rahmawati", 400_000)
    assert [line.purpose for line in receipt.lines] == ["Insentif guru PAUD (Januari 2026)"]


def test_a_payment_larger_than_the_fund_is_refused_with_its_balance_and_nothing_written(book):
    earmarked.receive("paud", 1_000_000, date(2026, 1, 20), "Donatur")
    ani = paud.add_teacher("Ani", "PAUD Melati", date(2019, 7, 15))
    before = counts()
    with pytest.raises(Rejected) as refused:
        paud.pay_incentive(ani.id, 1_000_001, date(2026, 2, 1))
    assert [(i.field, i.code, i.params) for i in refused.value.issues] == [
        ("amount_rp", "fund.paud_insufficient", {"balance_rp": 1_000_000})]
    with pytest.raises(Rejected) as refused:  # the money came later than the day asked
        paud.pay_incentive(ani.id, 100, date(2026, 1, 19))
    assert refused.value.issues[0].params == {"balance_rp": 0}
    assert counts() == before


def test_an_inactive_teacher_is_not_paid_and_teachers_are_checked(book):
    earmarked.receive("paud", 1_000_000, date(2026, 1, 20), "Donatur")
    ani = paud.add_teacher("Ani", "PAUD Melati", date(2019, 7, 15))
    paud.update_teacher(ani.id, "Ani", "PAUD Melati", date(2019, 7, 15), False)
    with pytest.raises(Rejected) as refused:
        paud.pay_incentive(ani.id, 100_000, date(2026, 2, 1))
    assert refused.value.codes() == ["teacher.inactive"]
    with pytest.raises(Rejected) as refused:
        paud.add_teacher(" ", "", date(2030, 1, 1))
    assert {i.field for i in refused.value.issues} == {"name", "paud_name", "since"}


def test_the_paud_report_of_a_year_closes_on_the_fund_balance(book):
    ani = paud.add_teacher("Ani Rahmawati", "PAUD Melati", date(2019, 7, 15))
    rina = paud.add_teacher("Rina", "PAUD Kenanga", date(2024, 1, 8))
    earmarked.receive("paud", 300_000, date(2025, 12, 1), "Donatur lama")
    earmarked.receive("paud", 2_000_000, date(2026, 1, 20), "Donatur H. Basri")
    paud.pay_incentive(ani.id, 500_000, date(2026, 2, 1), memo="Januari")
    paud.pay_incentive(rina.id, 450_000, date(2026, 3, 1), memo="Februari")
    got = earmarked.year_report("paud", 2026)
    assert got.opening_rp == 300_000
    assert [(m.entry_date, m.amount_rp, m.from_shu) for m in got.came_in] == [(date(2026, 1, 20), 2_000_000, False)]
    assert [(m.to_whom, m.reason, m.amount_rp) for m in got.paid] == [
        ("Ani Rahmawati", "Januari", 500_000), ("Rina", "Februari", 450_000)]
    assert got.closing_rp == got.opening_rp + got.in_rp - got.out_rp == 1_350_000
    assert got.closing_rp == -ledger.account_balance("2-302", date(2026, 12, 31))
    assert all(m.receipt_number.startswith("BKK/2026/") for m in got.paid)  # money out: bukti kas keluar


def test_money_from_the_shu_is_told_apart(book):
    ledger.post_entry(date(2026, 1, 31), "Pembagian SHU 2025: dana PAUD",
                      [ledger.debit("3-401", 700_000), ledger.credit("2-302", 700_000)])
    got = earmarked.year_report("paud", 2026)
    assert got.from_shu_rp == 700_000 and got.closing_rp == 700_000


def test_help_to_a_member_names_her_on_the_posting_and_in_the_report(book):
    earmarked.receive("sosial", 1_000_000, date(2026, 1, 20), "Kas desa")
    siti = loan_support.member()
    paid = social.give_help(siti, 250_000, date(2026, 4, 2), "Rawat inap di RSUD Pambalah Batung")
    assert ledger.member_balance(siti, "2-303") == 250_000
    receipt = receipts.get(paid.receipt_number)
    assert receipt.member_id == siti and receipt.amount_rp == 250_000
    got = earmarked.year_report("sosial", 2026)
    assert [(m.to_whom, m.reason, m.amount_rp) for m in got.paid] == [
        ("Siti Aisyah", "Rawat inap di RSUD Pambalah Batung", 250_000)]
    assert got.closing_rp == -ledger.account_balance("2-303") == 750_000
    before = counts()
    with pytest.raises(Rejected) as refused:
        social.give_help(siti, 750_001, date(2026, 4, 3), "")
    assert {(i.field, i.code) for i in refused.value.issues} == {("reason", "required"),
                                                                 ("amount_rp", "fund.sosial_insufficient")}
    assert counts() == before
