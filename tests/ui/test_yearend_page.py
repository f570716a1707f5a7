"""Tutup Buku & SHU by keyboard: close a year, the SHU wizard from year to posting, bad input."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app import financial_statements, savings, settings
from app.db import db
from app.errors import Rejected
from app.yearend import periods, shu
from tests.yearend_support import expense, income, jasa, member
from tests.yearend_support import savings as deposit

from loan_support import fund
from loan_ui_support import answer_confirm, type_into
from loan_ui_support import with_dialog as _with_dialog

YEAREND_PAGE = 9  # after Pengaturan; no Ctrl+number


@pytest.fixture
def village(book):
    """A small village book with a profitable 2025 (SHU Rp167.000)."""
    people = member("Aminah"), member("Bariyah"), member("Chairunnisa")
    for who, amount, on in zip(people, (100_000, 200_000, 400_000), (date(2025, 2, 1), date(2025, 3, 1),
                                                                      date(2025, 11, 30))):
        deposit(who, amount, on)
    jasa(people[0], 50_000, date(2025, 5, 5))
    jasa(people[2], 150_000, date(2025, 6, 6))
    income(7_000, date(2025, 7, 7))
    expense(40_000, date(2025, 8, 8))
    return people


@pytest.fixture
def page(village, window):
    window.go_to(YEAREND_PAGE)
    return window.page("yearend")


def with_dialog(qtbot, act, press_it) -> None:
    """As loan_ui_support.with_dialog, but a failing step closes the dialog and fails the test
    (instead of leaving it open and the test waiting)."""
    failed = []

    def guarded(dialog):
        try:
            act(dialog)
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            failed.append(error)
            dialog.done(0)

    _with_dialog(qtbot, guarded, press_it)
    if failed:
        raise failed[0]


def press(qtbot, button):
    def go():
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    return go


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_close_the_year_then_share_its_shu_by_keyboard(qtbot, page, village):
    seen = []

    def close_year(dialog):
        seen.append(answer_confirm(qtbot))
        qtbot.keyClick(dialog.year, Qt.Key.Key_Return)

    with_dialog(qtbot, close_year, press(qtbot, page.buttons["close_year"]))
    qtbot.waitUntil(lambda: settings.closed_through() == date(2025, 12, 31))
    assert "Tahun 2025 ditutup" in seen[0][0] and "Rp167.000" in seen[0][0]
    assert rows(page.history)[0][1:3] == ["Tutup tahun", "2025"]

    steps = []

    def wizard(w):
        qtbot.waitUntil(lambda: w.currentPage().year.hasFocus())
        qtbot.keyClick(w.currentPage().year, Qt.Key.Key_Return)  # 2025 -> the rule
        rule_step = w.currentPage()
        qtbot.waitUntil(rule_step.edits[0][1].hasFocus)  # the percent of the first line
        type_into(qtbot, rule_step.edits[0][1], "29")
        qtbot.keyClick(rule_step.edits[0][1], Qt.Key.Key_Return)
        steps.append(rule_step.error.text())
        assert w.currentPage() is rule_step  # 99 %: refused beside the table
        type_into(qtbot, rule_step.edits[0][1], "30")
        qtbot.keyClick(rule_step.edits[0][1], Qt.Key.Key_Return)
        preview = w.currentPage()
        steps.append(preview.summary.text())
        steps.append(rows(preview.members))
        qtbot.keyClick(preview.members, Qt.Key.Key_Return)
        decision = w.currentPage()
        qtbot.waitUntil(decision.day.hasFocus)
        type_into(qtbot, decision.day, "14/03/2026")
        steps.append(answer_confirm(qtbot))
        qtbot.keyClick(decision.day, Qt.Key.Key_Return)

    nothing = db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0]
    with_dialog(qtbot, wizard, press(qtbot, page.buttons["shu"]))
    qtbot.waitUntil(lambda: shu.standing_distribution(2025) is not None)
    assert "tepat 100%" in steps[0] and "99%" in steps[0]
    assert "Rp167.000" in steps[1]
    assert steps[2][0] == ["Aminah", "Rp100.000", "Rp50.000", "Rp4.771", "Rp8.350", "Rp13.121"]
    assert "SHU tahun 2025 Rp167.000" in steps[3][0]
    assert db.execute_sql("SELECT count(*) FROM journal_entries").fetchone()[0] == nothing + 2
    assert [savings.balances(m).sukarela_rp for m in village] == [13_121, 9_543, 44_136]
    sheet = financial_statements.balance_sheet(date(2026, 3, 31))
    assert ("Dana insentif PAUD", 16_700) in [(line.name, line.amount_rp) for line in sheet.liabilities.lines]
    assert rows(page.distributions)[0][:4] == ["2025", "Rp167.000", "Dibagi", "14/03/2026"]


def test_esc_in_the_wizard_asks_before_throwing_away(qtbot, page):
    periods.close_year(2025)
    asked = []

    def wizard(w):
        qtbot.keyClick(w.currentPage().year, Qt.Key.Key_Return)
        asked.append(answer_confirm(qtbot, yes=False))  # Kembali ke isian
        qtbot.keyClick(w, Qt.Key.Key_Escape)
        assert asked[0] and w.isVisible()
        asked.append(answer_confirm(qtbot, yes=True))
        qtbot.keyClick(w, Qt.Key.Key_Escape)

    with_dialog(qtbot, wizard, press(qtbot, page.buttons["shu"]))
    qtbot.waitUntil(lambda: len(asked) == 2 and bool(asked[1]))
    assert "Tutup tanpa mencatat" in asked[1][0]
    assert shu.distributions() == []


def test_posting_into_a_closed_month_and_reopening_with_a_reason(qtbot, page):
    periods.close_month(2026, 3)

    def reopen(dialog):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: refused beside the field
        assert dialog.errors.label("reason").text() == "Wajib diisi."
        type_into(qtbot, dialog.reason, "Kuitansi Maret tertinggal")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    with_dialog(qtbot, reopen, press(qtbot, page.buttons["reopen"]))
    qtbot.waitUntil(lambda: settings.closed_through() == date(2026, 2, 28))
    assert rows(page.history)[0][1] == "Dibuka kembali" and rows(page.history)[0][4] == "Kuitansi Maret tertinggal"


def test_beranda_shows_the_shu_so_far_and_reminds_until_last_year_is_shared(qtbot, village, window):
    income(12_000, date(2026, 2, 2))
    home = window.page("home")
    home.refresh()
    qtbot.waitUntil(lambda: home.values["shu"].text() == "Rp12.000")
    assert home.captions["shu"].text() == "SHU tahun 2026 sampai hari ini"
    qtbot.waitUntil(lambda: "SHU tahun 2025 (Rp167.000) belum dibagi" in home.shu_note.text())
    assert not home.shu_note.isHidden()
    periods.close_year(2025)
    shu.post(2025, date(2026, 3, 14))
    home.refresh()
    qtbot.waitUntil(lambda: home.shu_note.isHidden())


def test_a_loss_year_is_not_split_and_the_decision_is_beside_its_field(qtbot, book, window):
    fund(date(2025, 4, 1), 30_000)  # a grant (equity, not income) to pay the expense from
    expense(30_000, date(2025, 4, 4))
    periods.close_year(2025)
    window.go_to(YEAREND_PAGE)
    page = window.page("yearend")
    seen = {}

    def wizard(w):
        qtbot.waitUntil(lambda: w.currentPage().year.hasFocus())
        qtbot.keyClick(w.currentPage().year, Qt.Key.Key_Return)
        rule_step = w.currentPage()
        qtbot.waitUntil(rule_step.edits[0][1].hasFocus)
        qtbot.keyClick(rule_step.edits[0][1], Qt.Key.Key_Return)
        preview = w.currentPage()
        seen["summary"] = preview.summary.text()
        qtbot.keyClick(preview.members, Qt.Key.Key_Return)
        decision = w.currentPage()
        qtbot.waitUntil(decision.day.hasFocus)
        type_into(qtbot, decision.day, "14/03/2026")
        answer_confirm(qtbot)  # covered from the reserve: there is none
        qtbot.keyClick(decision.day, Qt.Key.Key_Return)
        seen["refused"] = decision.errors["payment"].text()
        assert w.currentPage() is decision and shu.distributions() == []
        qtbot.keyClick(decision.day, Qt.Key.Key_Tab)  # to the decision
        qtbot.keyClick(decision.payment, Qt.Key.Key_Down)  # carried forward
        assert decision.payment.currentData() == "carry"
        answer_confirm(qtbot)
        qtbot.keyClick(decision.payment, Qt.Key.Key_Return)

    with_dialog(qtbot, wizard, press(qtbot, page.buttons["shu"]))
    qtbot.waitUntil(lambda: shu.standing_distribution(2025) is not None)
    assert "SHU tahun 2025: -Rp30.000" in seen["summary"] and "tidak ada SHU untuk dibagi" in seen["summary"]
    assert seen["refused"] == "Dana cadangan hanya Rp0, kurang untuk menutup rugi Rp30.000."
    assert rows(page.distributions)[0][2] == "Rugi dibawa ke tahun berikutnya"


def test_close_a_month_by_keyboard_says_what_happens(qtbot, page):
    seen = []

    def close_month(dialog):
        assert dialog.month.currentText() == "Juli 2026"  # the last month that is over
        qtbot.keyClick(dialog.month, Qt.Key.Key_Up)  # June
        seen.append(answer_confirm(qtbot))
        qtbot.keyClick(dialog.month, Qt.Key.Key_Return)

    with_dialog(qtbot, close_month, press(qtbot, page.buttons["close_month"]))
    qtbot.waitUntil(lambda: settings.closed_through() == date(2026, 6, 30))
    assert "Buku ditutup sampai Selasa, 30 Juni 2026" in seen[0][0]
    assert page.status.text() == "Buku ditutup sampai Selasa, 30 Juni 2026."
    with pytest.raises(Rejected) as refused:
        income(1_000, date(2026, 6, 30))
    assert refused.value.codes() == ["entry.period_closed"]


def test_print_the_rat_pack_of_the_year_shared(qtbot, page, monkeypatch):
    periods.close_year(2025)
    shu.post(2025, date(2026, 3, 14))
    asked = []
    monkeypatch.setattr("ui.pages.yearend.documents_ui.make_document", lambda parent, request: asked.append(request))
    assert page.buttons["rat_pack"].text() == "Cetak laporan RAT…"

    def choose(dialog):
        qtbot.waitUntil(dialog.year.hasFocus)
        assert dialog.year.currentText() == "2025"
        qtbot.keyClick(dialog.year, Qt.Key.Key_Return)

    with_dialog(qtbot, choose, press(qtbot, page.buttons["rat_pack"]))
    qtbot.waitUntil(lambda: bool(asked))
    assert [(r.kind, r.end) for r in asked] == [("rat_pack", date(2025, 12, 31))]
