"""UP2K Sungai Malang moves in from the spreadsheet: the realistic opening (60 members, 25 running
loans of the three methods half repaid, savings, cash and bank, a CSR grant, a BRI loan, eggs and
kerupuk, a sewing machine) is written to the template, read back and committed; the book's Neraca,
loan portfolio, arrears list, passbooks and wajib then say what the sheet says, to the rupiah. A
sheet spoiled in a few cells has each named by sheet and row, and nothing is written.

The expected figures are worked out here from the sheet's own lines (the original schedules
regenerated, the paid rows taken off), not read from the opening's code."""

from __future__ import annotations

from datetime import timedelta

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opening_support import OPENING_ON, ROUNDING_UNIT_RP, WAJIB_RP, counts, realistic_opening

from app import financial_statements as fs
from app import ledger, members, savings
from app import settings as book_settings
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
    assert book_settings.get(ledger.OPENING_DATE) == OPENING_ON.isoformat()


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


# What a secretary's sheet can get wrong, cell by cell: (kind, field, the bad value from the good one).
SPOILED_CELLS = {
    "a NIK of 15 digits": ("members", "nik", lambda good, row: good[:15]),
    "a day February never has": ("members", "birth_date", lambda good, row: "31/02/1980"),
    "the same member twice": ("members", "number", lambda good, row: row - 2),  # the number of the row above
    "an amount in words": ("savings", "pokok_rp", lambda good, row: "sepuluh ribu"),
    "half a rupiah": ("savings", "sukarela_rp", lambda good, row: "Rp1.250,50"),
    "a member not in the members sheet": ("savings", "member_number", lambda good, row: 9_999),
    "more paid than the loan has instalments": ("loans", "periods", lambda good, row: 1),
    "a loan of nobody": ("loans", "member_number", lambda good, row: 9_999),
    "cash as text": ("cash", "amount_rp", lambda good, row: "satu juta"),
    "a negative count of eggs": ("stock", "quantity", lambda good, row: -3),
    "an asset bought in month 13": ("assets", "acquired_on", lambda good, row: "15/13/2022"),
}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spoilers=st.lists(st.sampled_from(sorted(SPOILED_CELLS)), min_size=1, max_size=3, unique=True), data=st.data())
def test_a_spoiled_sheet_names_each_bad_cell_and_nothing_is_written(book, tmp_path, spoilers, data):
    sheet = realistic_opening(seed=3, members=8, loans=6)
    path = tmp_path / "rusak.xlsx"
    workbook.write_template(path, sheet)
    before = counts()
    book_file = openpyxl.load_workbook(path)
    spoiled = set()
    for name in spoilers:
        kind, field, bad = SPOILED_CELLS[name]
        spec = workbook.SHEETS[kind]
        column = next(c for c in spec.columns if c.field == field)
        rows = len(sheet.lines(kind))
        row = data.draw(st.integers(3 if field == "number" else 2, rows + 1), label=name)  # row 1: the headers
        cell = book_file[spec.name].cell(row=row, column=spec.columns.index(column) + 1)
        cell.value = bad(cell.value, row)
        spoiled.add((spec.name, row))
    book_file.save(path)

    read = workbook.read(path)

    named = {(issue.sheet, issue.row) for issue in read.issues}
    assert spoiled <= named, f"not named: {spoiled - named}"
    assert all(issue.column for issue in read.issues if issue.row is not None)  # every row's issue has its column
    for (kind, index, field), (text, _) in read.unread.items():  # kept as typed for the grid to show
        line = read.opening.lines(kind)[index]
        assert text and getattr(line, field) == getattr(type(line)(), field)  # nothing made up from it
    assert counts() == before  # reading wrote nothing
