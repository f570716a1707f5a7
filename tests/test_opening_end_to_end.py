"""UP2K Sungai Malang moves in from the spreadsheet: the realistic opening (60 members, 25 running
loans of the three methods half repaid, savings, cash and bank, a CSR grant, a BRI loan, eggs and
kerupuk, a sewing machine) is written to the template, read back and committed; the book's Neraca,
loan portfolio, arrears list, passbooks and wajib then say what the sheet says, to the rupiah.

The expected figures are worked out here from the sheet's own lines (the original schedules
regenerated, the paid rows taken off), not read from the opening's code."""

from __future__ import annotations

from datetime import timedelta

import pytest
from opening_support import OPENING_ON, ROUNDING_UNIT_RP, WAJIB_RP, realistic_opening

from app import financial_statements as fs
from app import ledger, members, savings, settings
from app.documents import loan_portfolio
from app.loans import arrears, schedule
from app.opening import commit, workbook
from app.opening.draft import OPENING_ACCOUNT

LOANS = 25


def _original(line) -> list[schedule.ScheduleRow]:
    return schedule.generate(line.principal_rp, line.rate, line.periods, line.method, ROUNDING_UNIT_RP,
                             line.first_due, line.period)


def _paid(line, rows) -> int:
    """Whole instalments paid before the book: given, or found from the next due date."""
    if line.instalments_paid is not None:
        return line.instalments_paid
    return next(row.number for row in rows if row.due_date == line.next_due) - 1


@pytest.fixture
def moved_in(book, tmp_path):
    sheet = realistic_opening(seed=7, members=60, loans=LOANS)
    path = tmp_path / "saldo awal Sungai Malang.xlsx"
    workbook.write_template(path, sheet)
    read = workbook.read(path)
    assert read.issues == ()
    assert read.opening == sheet  # the round trip keeps every line
    done = commit.commit(read.opening)
    assert (done.members, done.difference_rp) == (60, 0)
    return sheet


def test_the_neraca_holds_every_figure_of_the_sheet(moved_in):
    sheet = moved_in
    owed = {line.number: _original(line)[_paid(line, _original(line)) - 1].outstanding_after_rp for line in sheet.loans}
    bank_line = sheet.bank_loans[0]
    bank_rows = schedule.generate(bank_line.principal_rp, bank_line.rate, bank_line.periods, bank_line.method, 1,
                                  bank_line.first_due, bank_line.period)
    asset = sheet.assets[0]
    expected = {
        "1-101": sheet.cash[0].amount_rp, "1-102": sheet.cash[1].amount_rp,
        "1-201": sum(owed.values()),
        "1-301": sum(int(s.quantity * s.unit_cost_rp) for s in sheet.stock),
        "1-401": asset.value_rp, "1-402": -asset.depreciated_rp,
        "2-101": sum(s.sukarela_rp for s in sheet.savings),
        "2-201": bank_rows[bank_line.instalments_paid - 1].outstanding_after_rp,
        "3-101": sum(s.pokok_rp for s in sheet.savings), "3-102": sum(s.wajib_rp for s in sheet.savings),
        "3-201": sheet.funders[0].grant_rp, "3-301": sheet.balances[0].amount_rp,
        "3-501": sheet.balances[1].amount_rp,
    }
    neraca = fs.balance_sheet(OPENING_ON)
    shown = {line.code: line.amount_rp for section in (neraca.assets, neraca.liabilities, neraca.equity)
             for line in section.lines if line.amount_rp}
    assert shown == expected  # 3-502 Selisih saldo awal is 0: the sheet balanced, nothing else posted
    assert neraca.assets.total_rp == neraca.liabilities_and_equity_rp and neraca.shu_rp == 0
    assert ledger.account_balance(OPENING_ACCOUNT) == 0
    assert settings.get(ledger.OPENING_DATE) == OPENING_ON.isoformat()


def test_the_portfolio_and_the_arrears_list_are_right_from_day_one(moved_in):
    sheet = moved_in
    by_member = {m.number: m.name for m in sheet.members}
    portfolio = loan_portfolio.portfolio(OPENING_ON)
    rows = {row.loan_number: row for row in portfolio.rows}
    assert sorted(rows) == sorted(line.number for line in sheet.loans)  # the old book's numbers kept
    late = {row.loan_number: row for row in arrears.arrears_list(OPENING_ON)}
    for line in sheet.loans:
        original = _original(line)
        paid = _paid(line, original)
        unpaid_due = [row for row in original[paid:] if row.due_date <= OPENING_ON]
        row = rows[line.number]
        assert (row.member_number, row.member_name) == (line.member_number, by_member[line.member_number])
        assert row.outstanding_rp == original[paid - 1].outstanding_after_rp
        assert row.arrears_rp == sum(r.total_rp for r in unpaid_due)
        assert row.days_late == ((OPENING_ON - unpaid_due[0].due_date).days if unpaid_due else 0)
        if unpaid_due:  # late from the old book's own due date, not from the day she moved in
            assert (late[line.number].days_past_due, late[line.number].overdue_rp) == (row.days_late, row.arrears_rp)
        else:
            assert line.number not in late
    assert portfolio.total_outstanding_rp == ledger.account_balance("1-201")
    assert 0 < len(late) < LOANS and len({row.kolektibilitas for row in late.values()}) > 1  # both sides tried


def test_each_passbook_and_wajib_carry_on_from_the_sheet(moved_in):
    sheet = moved_in
    ids = {m.number: m for m in members.list_members()}
    assert {number: (m.name, m.nik) for number, m in ids.items()} == {m.number: (m.name, m.nik) for m in sheet.members}
    next_month = OPENING_ON + timedelta(days=1)
    for line in sheet.savings:
        member = ids[line.member_number]
        held = savings.balances(member.id, OPENING_ON)
        assert (held.pokok_rp, held.wajib_rp, held.sukarela_rp) == (line.pokok_rp, line.wajib_rp, line.sukarela_rp)
        book = savings.passbook(member.id, "sukarela")
        assert (book[-1].saldo_rp if book else 0) == line.sukarela_rp
        months = savings.months_counted(member.joined_on, OPENING_ON)
        behind = (months - line.wajib_months) * WAJIB_RP  # the months the old book says she has not paid
        assert savings.wajib_status(member.id, OPENING_ON).owed_rp == behind
        assert savings.wajib_status(member.id, next_month).owed_rp == behind + WAJIB_RP
