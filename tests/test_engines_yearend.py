"""Year end on both engines (issue 16): a month closed and a posting into it refused, the year
closed and its SHU shared to the rupiah, the distribution reversed in one act, a reopening
recorded, and the SHU report's PDF, each on a SQLite book and on a PostgreSQL book (any_book)."""

from __future__ import annotations

from datetime import date

import pytest

from app import financial_statements, ledger, reversals, savings, settings
from app.documents.catalogue import Request, generate
from app.errors import Rejected
from app.yearend import periods, shu
from pdf_support import pdf_text
from yearend_support import income, jasa, member, village
from yearend_support import savings as deposit

RAT = date(2026, 3, 14)


def test_a_closed_month_refuses_a_posting_and_a_reopening_is_recorded(any_book):
    periods.close_month(2026, 3)
    assert settings.closed_through() == date(2026, 3, 31)
    with pytest.raises(Rejected) as refused:
        income(1_000, date(2026, 3, 31))
    assert refused.value.codes() == ["entry.period_closed"]
    income(1_000, date(2026, 4, 1))
    with pytest.raises(Rejected) as again:
        periods.close_month(2026, 2)
    assert again.value.codes() == ["period.already_closed"]
    periods.reopen(date(2026, 3, 1), "Kuitansi Maret belum dicatat")
    assert settings.closed_through() == date(2026, 2, 28)
    income(2_000, date(2026, 3, 31))
    event = periods.history()[0]
    assert (event.action, event.reason, event.closed_before, event.closed_after) == (
        "reopen", "Kuitansi Maret belum dicatat", date(2026, 3, 31), date(2026, 2, 28))
    assert periods.reopenings_within(date(2026, 1, 1), date(2026, 12, 31)) == [event]


def test_a_year_closed_and_its_shu_shared_to_the_rupiah(any_book):
    a, b, c = village()
    plan = shu.compute(2025)
    assert (plan.income_rp, plan.expense_rp, plan.shu_rp) == (207_000, 40_000, 167_000)
    assert {m.member_id: (m.capital_rp, m.loans_rp) for m in plan.members} == {
        a: (4_771, 8_350), b: (9_543, 0), c: (19_086, 25_050)}
    periods.close_year(2025)
    assert periods.is_year_closed(2025) and periods.closing_entry(2025) is not None
    assert -ledger.account_balance("3-401") == 167_000
    with pytest.raises(Rejected) as refused:
        income(1_000, date(2025, 12, 31))
    assert refused.value.codes() == ["entry.period_closed"]
    lhu = financial_statements.income_statement(date(2025, 1, 1), date(2025, 12, 31))
    assert lhu.shu_rp == 167_000  # the closed year's LHU keeps its figures

    done = shu.post(2025, RAT)
    assert ledger.account_balance("3-401") == 0 and -ledger.account_balance("3-301") == 50_100
    assert [savings.balances(m).sukarela_rp for m in (a, b, c)] == [13_121, 9_543, 44_136]
    lines, members = shu.shares_of(done.id)
    assert len(lines) == 7 and sum(m.total_rp for m in members) == 66_800
    with pytest.raises(Rejected) as twice:
        shu.post(2025, date(2026, 3, 20))
    assert twice.value.codes() == ["shu.already_shared"]
    with pytest.raises(Rejected) as reopen:
        periods.reopen(date(2025, 12, 1), "Ada yang lupa")
    assert reopen.value.codes() == ["period.shu_shared"]

    shu.reverse(done.id, "Salah hitung", date(2026, 3, 20))
    assert -ledger.account_balance("3-401") == 167_000
    assert [savings.balances(m).sukarela_rp for m in (a, b, c)] == [0, 0, 0]
    assert shu.post(2025, date(2026, 3, 21)).standing and not shu.get(done.id).standing
    assert sum(r.debit_rp - r.credit_rp for r in ledger.trial_balance()) == 0


def test_a_paid_jasa_of_a_shared_year_is_locked(any_book):
    aminah = member("Aminah")
    deposit(aminah, 100_000, date(2025, 2, 1))
    paid = jasa(aminah, 30_000, date(2025, 5, 5))
    periods.close_year(2025)
    done = shu.post(2025, date(2026, 2, 1))
    with pytest.raises(Rejected) as storno:
        reversals.reverse(paid, "Salah catat", date(2026, 2, 2))
    assert storno.value.codes() == ["lock.shu_shared"]
    shu.reverse(done.id, "Keputusan RAT diulang", date(2026, 2, 2))
    reversals.reverse(paid, "Salah catat", date(2026, 2, 2))


def test_the_shu_report_pdf(any_book, tmp_path):
    village()
    periods.close_year(2025)
    shu.post(2025, RAT)
    text = " ".join(pdf_text(generate(Request("shu_report", end=date(2025, 12, 31)), tmp_path / "shu.pdf")).split())
    assert "PEMBAGIAN SISA HASIL USAHA (SHU)" in text and "Diputuskan RAT tanggal 14 Maret 2026" in text
    assert "Aminah Rp100.000 Rp50.000 Rp4.771 Rp8.350 Rp13.121" in text
    assert "Jumlah Rp700.000 Rp200.000 Rp33.400 Rp33.400 Rp66.800" in text
