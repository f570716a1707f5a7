"""The Buku Inventaris is 1-401 (app.assets.register) and its items depreciate
(app.assets.depreciation): entries of each way in and out, stornos, runs and their refusals."""

from __future__ import annotations

from datetime import date

import pytest

from app import inventory, ledger, receipts, reversals
from app.assets import depreciation, policy, register
from app.errors import Rejected
from app.inventory import InventoryInput
from app.ledger import credit, debit

KAS, EQUIPMENT, ACCUMULATED, EXPENSE = "1-101", "1-401", "1-402", "5-206"


def _cash(amount_rp: int = 20_000_000, on: date = date(2024, 1, 2)) -> None:
    ledger.post_entry(on, "Hibah modal", [debit(KAS, amount_rp), credit("3-201", amount_rp)])


def _item(name: str, on: date, value_rp: int, how: str = register.GIFT, **more) -> inventory.InventoryRow:
    extra = {"party_name": "Toko Sinar"} if how == register.BOUGHT else {}
    return register.acquire(InventoryInput(name=name, acquired_on=on, value_rp=value_rp, **more), how, **extra)


def _ties(*days: date) -> None:
    for day in days:
        check = register.reconcile(day)
        assert check.register_rp == check.ledger_rp and check.difference_rp == 0 and check.explained, day


def test_each_way_in_posts_its_entry(book):
    _cash()
    mesin = _item("Mesin jahit", date(2026, 1, 10), 4_800_000, register.BOUGHT, kind="machine")
    tenda = _item("Tenda", date(2026, 2, 1), 2_000_000)
    meja = _item("Meja rapat", date(2024, 5, 1), 1_500_000, register.OWNED, kind="furniture")
    plates = _item("Piring", date(2026, 2, 1), 0)
    assert receipts.for_entry(mesin.entry_id).startswith("BKK/2026/")  # paid out against a voucher
    assert mesin.origin == "Beli sendiri" and tenda.origin == "Hibah" and plates.entry_id is None
    assert ledger.account_balance(KAS) == 20_000_000 - 4_800_000
    assert ledger.account_balance("3-201") == -22_000_000 and ledger.account_balance("3-501") == -1_500_000
    assert ledger.account_balance(EQUIPMENT) == 8_300_000 == sum(r.value_rp for r in inventory.list_items())
    assert ledger.get_entry(meja.entry_id).entry_date == date(2024, 5, 1)
    _ties(date(2024, 4, 30), date(2024, 5, 1), date(2026, 1, 9), date(2026, 1, 10), date(2026, 8, 17))


def test_a_refused_item_writes_nothing_and_names_the_form_fields(book):
    with pytest.raises(Rejected) as refused:  # no cash to pay with, no seller, no name
        _item("", date(2026, 3, 1), 500_000, register.BOUGHT, life_years=0)
    fields = {i.field: i.code for i in refused.value.issues}
    assert fields["name"] == "required" and fields["life_years"] == "asset.life_not_positive"
    with pytest.raises(Rejected) as refused:
        register.acquire(InventoryInput(name="Oven", acquired_on=date(2026, 3, 1), value_rp=500_000),
                         register.BOUGHT, party_name="Toko")
    assert [(i.field, i.code) for i in refused.value.issues] == [("value_rp", "cash.insufficient")]
    with pytest.raises(Rejected) as refused:
        _item("Oven", date(2026, 3, 1), 500_000, "dicuri")
    assert refused.value.codes() == ["inventory.bad_acquisition"]
    with pytest.raises(Rejected) as refused:  # the register alone cannot hold a value
        inventory.add_item(InventoryInput(name="Oven", acquired_on=date(2026, 3, 1), value_rp=500_000), None)
    assert refused.value.codes() == ["inventory.value_without_entry"]
    assert inventory.list_items() == [] and ledger.account_balance(EQUIPMENT) == 0


def test_disposal_posts_cost_depreciation_proceeds_and_the_rest(book):
    _cash()
    tenda = _item("Tenda", date(2026, 2, 1), 2_000_000)
    sold = register.dispose(tenda.id, date(2026, 7, 1), "Dijual", proceeds_rp=500_000, buyer="Bu Ani")
    entry = ledger.get_entry(sold.disposal_entry_id)
    assert {(line.account, line.amount_rp) for line in entry.lines} == {
        (EQUIPMENT, -2_000_000), (KAS, 500_000), (EXPENSE, 1_500_000)}
    assert receipts.for_entry(entry.id).startswith("KW/2026/")
    assert ledger.account_balance(EQUIPMENT) == 0
    _ties(date(2026, 6, 30), date(2026, 7, 1))
    kursi = _item("Kursi", date(2026, 2, 1), 300_000, kind="furniture")
    gone = register.dispose(kursi.id, date(2026, 8, 1), "Dijual", proceeds_rp=400_000, buyer="Bu Ani")
    assert {(line.account, line.amount_rp) for line in ledger.get_entry(gone.disposal_entry_id).lines} == {
        (EQUIPMENT, -300_000), (KAS, 400_000), ("4-303", -100_000)}
    rak = _item("Rak", date(2026, 2, 1), 100_000)
    with pytest.raises(Rejected) as refused:  # the register alone cannot take it out of 1-401
        inventory.dispose_item(rak.id, date(2026, 8, 1), "Rusak")
    assert refused.value.codes() == ["inventory.disposal_without_entry"]
    with pytest.raises(Rejected) as refused:
        register.dispose(rak.id, date(2026, 8, 1), "Dijual", proceeds_rp=-1)
    assert refused.value.codes() == ["amount.negative"]
    with pytest.raises(Rejected) as refused:
        register.dispose(inventory.list_items()[-1].id, date(2026, 8, 1), "Dijual", proceeds_rp=50_000)
    assert [(i.field, i.code) for i in refused.value.issues] == [("buyer", "required")]


def test_a_storno_takes_the_item_out_and_a_disposal_storno_brings_it_back(book):
    _cash()
    meja = _item("Meja", date(2026, 1, 5), 1_500_000, register.BOUGHT, kind="furniture")
    kursi = _item("Kursi", date(2026, 1, 5), 600_000, kind="furniture")
    gone = register.dispose(kursi.id, date(2026, 3, 1), "Rusak berat")
    refused = reversals.preview(kursi.entry_id)
    assert [i.code for i in refused.issues] == ["inventory.disposal_first"]
    assert reversals.preview(gone.disposal_entry_id).undoes == (reversals.Undone("inventory.back", {"item": "Kursi"}),)
    reversals.reverse(gone.disposal_entry_id, "Salah catat", date(2026, 4, 1))
    assert not inventory.get_item(kursi.id).disposed
    between = register.reconcile(date(2026, 3, 31))  # the ledger had it out until the storno
    assert between.difference_rp == 600_000 and between.explained
    assert [text for _, text, _ in between.unlinked] == ["Penghapusan inventaris: Kursi (Rusak berat)"]
    _ties(date(2026, 2, 28), date(2026, 4, 1))
    assert reversals.preview(meja.entry_id).undoes == (reversals.Undone("inventory.out", {"item": "Meja"}),)
    reversals.reverse(meja.entry_id, "Salah beli", date(2026, 5, 2))
    cancelled = inventory.get_item(meja.id)
    assert cancelled.cancelled and cancelled.disposed_on == date(2026, 5, 2)
    assert ledger.account_balance(EQUIPMENT) == 600_000 and ledger.account_balance(KAS) == 20_000_000
    _ties(date(2026, 5, 1), date(2026, 5, 2), date(2026, 8, 17))
    with pytest.raises(Rejected):
        register.dispose(meja.id, date(2026, 6, 1), "Lagi")


def test_the_reconciliation_names_what_the_register_and_the_ledger_do_not_share(book):
    _cash()
    ledger.post_entry(date(2026, 3, 1), "Beli lemari (lama)", [debit(EQUIPMENT, 700_000), credit(KAS, 700_000)])
    check = register.reconcile(date(2026, 8, 17))
    assert (check.register_rp, check.ledger_rp, check.difference_rp) == (0, 700_000, -700_000)
    assert check.unlinked == ((date(2026, 3, 1), "Beli lemari (lama)", 700_000),) and check.explained


def test_monthly_runs_post_each_month_once_and_catch_up(book):
    _cash()
    mesin = _item("Mesin jahit", date(2026, 1, 10), 4_800_000, register.BOUGHT, kind="machine")  # 8 years
    _item("Panci", date(2026, 1, 10), 450_000)  # below the threshold
    _item("Kursi lipat", date(2026, 1, 10), 3_600_000, quantity=3, kind="furniture")  # 1,2 jt a piece, 4 years
    plan = depreciation.plan(2026, 1)
    assert [(line.name, line.amount_rp) for line in plan.lines] == [("Mesin jahit", 50_000), ("Kursi lipat", 75_000)]
    entry = ledger.get_entry(depreciation.run(2026, 1))
    assert entry.entry_date == date(2026, 1, 31) and entry.description == "Penyusutan inventaris Januari 2026"
    assert ledger.account_balance(EXPENSE) == 125_000 == -ledger.account_balance(ACCUMULATED)
    for year, month, code in ((2026, 1, "depreciation.already_run"), (2025, 12, "depreciation.already_run"),
                              (2026, 8, "depreciation.period_not_over"), (2026, None, "depreciation.wrong_period")):
        with pytest.raises(Rejected) as refused:
            depreciation.run(year, month)
        assert [(i.field, i.code) for i in refused.value.issues] == [("period", code)]
    assert ledger.account_balance(EXPENSE) == 125_000  # nothing written
    depreciation.run(2026, 3)  # February is caught up
    assert depreciation.accumulated(mesin.id) == 150_000
    assert depreciation.accumulated(mesin.id, date(2026, 2, 28)) == 50_000
    assert sum(row.accumulated_rp for row in depreciation.schedule(date(2026, 8, 17))) == 375_000 \
        == -ledger.account_balance(ACCUMULATED)


def test_yearly_runs_end_at_the_cost_exactly(book):
    _cash(on=date(2021, 1, 2))
    policy.save(policy.Policy(period=policy.YEARLY))
    lemari = _item("Lemari", date(2022, 1, 1), 1_000_003, register.OWNED, kind="furniture")
    for year in (2022, 2023, 2024, 2025):
        depreciation.run(year)
    assert depreciation.accumulated(lemari.id) == 1_000_003 == -ledger.account_balance(ACCUMULATED)
    with pytest.raises(Rejected) as refused:
        depreciation.run(2026)
    assert refused.value.codes() == ["depreciation.period_not_over"]


def test_disposal_takes_out_the_accumulated_depreciation(book):
    _cash()
    mesin = _item("Mesin jahit", date(2026, 1, 10), 4_800_000, register.BOUGHT, kind="machine")
    depreciation.run(2026, 1)
    run_entry = depreciation.run(2026, 2)
    with pytest.raises(Rejected) as refused:  # February was posted with the machine in it
        register.dispose(mesin.id, date(2026, 2, 10), "Rusak")
    assert refused.value.codes() == ["asset.depreciated_until"]
    assert [i.code for i in reversals.preview(mesin.entry_id).issues] == ["asset.depreciated"]
    assert [i.code for i in reversals.preview(ledger.get_entry(run_entry).id - 1).issues] == \
        ["depreciation.later_run"]
    gone = register.dispose(mesin.id, date(2026, 3, 1), "Rusak berat")
    assert {(line.account, line.amount_rp) for line in ledger.get_entry(gone.disposal_entry_id).lines} == {
        (EQUIPMENT, -4_800_000), (ACCUMULATED, 100_000), (EXPENSE, 4_700_000)}
    assert ledger.account_balance(ACCUMULATED) == 0 == ledger.account_balance(EQUIPMENT)
    with pytest.raises(Rejected) as refused:
        depreciation.run(2026, 3)
    assert refused.value.codes() == ["depreciation.nothing"]


def test_a_run_reversed_may_run_again(book):
    _cash()
    _item("Mesin jahit", date(2026, 1, 10), 4_800_000, register.BOUGHT, kind="machine")
    entry_id = depreciation.run(2026, 1)
    reversals.reverse(entry_id, "Salah bulan", date(2026, 8, 1))
    assert ledger.account_balance(ACCUMULATED) == 0
    depreciation.run(2026, 1)
    assert ledger.account_balance(ACCUMULATED) == -50_000


@pytest.mark.parametrize("lives, field", [({"machine": 0}, "life_machine"), ({"tools": -2}, "life_tools")])
def test_a_life_of_zero_or_below_is_refused_beside_its_field(book, lives, field):
    with pytest.raises(Rejected) as refused:
        policy.save(policy.Policy(lives={**policy.DEFAULT_LIVES, **lives}))
    assert [(i.field, i.code) for i in refused.value.issues] == [(field, "asset.life_not_positive")]
    assert policy.current() == policy.Policy()  # nothing written


def test_an_items_own_life_wins_over_its_kind(book):
    _cash()
    oven = _item("Oven", date(2026, 1, 1), 1_200_000, register.BOUGHT, kind="machine", life_years=1)
    depreciation.run(2026, 1)
    assert depreciation.accumulated(oven.id) == 100_000
