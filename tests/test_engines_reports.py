"""The statements on both engines (issue 16): the demo village (members, savings, loans, the
businesses, funds, equipment, a closed and shared year) is built by the same services on a
SQLite book and on a PostgreSQL book, and every report reads the same figures from both: the
Neraca, the Laba rugi, the trial balance, arus kas, perubahan ekuitas, the notes, the journal and
the Beranda's figures, and the RAT pack's and the notes' PDF text."""

from __future__ import annotations

from datetime import date

from app import clock, demo, financial_statements, general_journal, overview
from app.db import open_book
from app.documents.catalogue import Request, generate
from app.reports import cash_flow, equity_changes, notes
from pdf_support import pdf_text


def _figures(folder) -> dict:
    today = clock.today()
    start, end = date(today.year, 1, 1), today
    last_year = date(today.year - 1, 12, 31)
    folder.mkdir()
    return {
        "neraca": financial_statements.balance_sheet(end),
        "neraca_last_year": financial_statements.balance_sheet(last_year),
        "laba_rugi": financial_statements.income_statement(start, end),
        "laba_rugi_last_year": financial_statements.income_statement(date(today.year - 1, 1, 1), last_year),
        "trial_balance": financial_statements.trial_balance(end),
        "general_ledger": financial_statements.general_ledger(start, end, "1-101"),
        "cash_flow": cash_flow.cash_flow(start, end),
        "cash_accounts": cash_flow.cash_accounts(end),
        "equity_changes": equity_changes.equity_changes(start, end),
        "notes": notes.notes(end),
        "journal": general_journal.journal(date(today.year, 7, 1), end),
        "overview": overview.overview(),
        "rat_pack": pdf_text(generate(Request("rat_pack", end=end), folder / "rat.pdf")),
        "notes_pdf": pdf_text(generate(Request("notes", end=end), folder / "notes.pdf")),
    }


def test_the_demo_villages_reports_are_the_same_on_both_engines(book, pg_book, tmp_path):
    found = {}
    for name, where in (("sqlite", book), ("postgresql", pg_book)):
        open_book(where)
        demo.populate()
        found[name] = _figures(tmp_path / name)
    sqlite, postgresql = found["sqlite"], found["postgresql"]
    for key in sqlite:
        assert postgresql[key] == sqlite[key], key

    # and they are real figures: the Neraca balances, the cash flow ends on the cash held
    neraca, flow = sqlite["neraca"], sqlite["cash_flow"]
    assert neraca.assets.total_rp == neraca.liabilities_and_equity_rp > 0
    assert sqlite["trial_balance"].debit_rp == sqlite["trial_balance"].credit_rp > 0
    assert flow.opening_rp + flow.net_rp == sum(amount for _, _, amount in sqlite["cash_accounts"])
    assert sqlite["overview"].cash_rp + sqlite["overview"].bank_rp == flow.opening_rp + flow.net_rp
    assert sqlite["laba_rugi"].shu_rp == neraca.shu_rp
    assert len(sqlite["journal"].entries) > 50 and sqlite["journal"].debit_rp == sqlite["journal"].credit_rp
    assert "NERACA" in sqlite["rat_pack"] and "ARUS KAS" in sqlite["rat_pack"].upper()
