"""The opening draft survives being kept as JSON: every kind, dates, rates and empty cells."""

from datetime import date
from decimal import Decimal

from app.opening import draft
from app.opening.draft import (AssetLine, BalanceLine, BankLoanLine, CashLine, FunderLine, LoanLine, MemberLine,
                               Opening, SavingsLine, StockLine)


def test_every_kind_round_trips_through_json():
    opening = Opening(
        on=date(2026, 1, 1), group={"group_name": "UP2K As Syifa"}, difference_note="kas kecil tidak tercatat",
        members=[MemberLine(number=7, name="Siti Aminah", birth_date=date(1980, 2, 3), joined_on=date(2019, 5, 1))],
        savings=[SavingsLine(member_number=7, pokok_rp=50_000, wajib_rp=120_000, wajib_months=12, sukarela_rp=3)],
        loans=[LoanLine(member_number=7, rate=Decimal("0.015"), periods=10, principal_rp=2_000_000,
                        disbursed_on=date(2025, 9, 1), instalments_paid=3)],
        cash=[CashLine("1-102", 1_250_000, "BRI Amuntai")],
        funders=[FunderLine(name="CSR Bank Kalsel", grant_rp=10_000_000)],
        bank_loans=[BankLoanLine(funder="BRI", rate=Decimal("0.01"), periods=24, principal_rp=20_000_000,
                                 outstanding_rp=12_000_000, next_due=date(2026, 1, 15))],
        stock=[StockLine("Telur Alabio", "Telur asin", "product", "butir", Decimal("2.5"), 2_500, 3_500)],
        assets=[AssetLine(name="Mesin jahit", kind="machine", acquired_on=date(2022, 3, 1), value_rp=1_800_000)],
        balances=[BalanceLine("3-301", 400_000, "cadangan 2025")],
    )
    back = draft.from_json(draft.to_json(opening))
    assert back == opening
    assert back.loans[0].rate == Decimal("0.015") and back.loans[0].first_due is None
    assert back.stock[0].quantity == Decimal("2.5")


def test_an_empty_draft_and_a_field_no_longer_known():
    assert draft.from_json(draft.to_json(Opening())) == Opening()
    old = '{"on": null, "members": [{"number": 1, "name": "Ani", "dropped_since": "x"}]}'
    assert draft.from_json(old).members == [MemberLine(number=1, name="Ani")]


def test_an_opening_entry_balances_against_selisih_saldo_awal(book):
    from app import ledger
    from app.opening import entries

    entry_id = entries.post("cash", date(2026, 1, 1), "Saldo awal kas", [ledger.debit("1-101", 750_000)])
    assert ledger.account_balance("1-101") == 750_000
    assert ledger.account_balance("3-502") == -750_000
    assert entries.opening_entry_ids() == {entry_id: "cash"}
