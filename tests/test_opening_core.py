"""The opening's core: a realistic small opening committed, its figures read back through the
services; what is refused writes nothing; after it, nothing is posted before its date."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from opening_support import counts, trial_balance_zero

from app import businesses, inventory, ledger, members, savings, savings_register, settings
from app.assets import depreciation, register
from app.errors import Rejected
from app.funds import funders
from app.opening import check, commit, entries, neraca, store
from app.opening.draft import (AssetLine, BalanceLine, CashLine, FunderLine, MemberLine, Opening, SavingsLine,
                               StockLine)
from app.usaha import stock

ON = date(2026, 1, 1)


def member(number: int, name: str, joined: date, **kw) -> MemberLine:
    return MemberLine(number=number, name=name, joined_on=joined, desa="Sungai Malang", **kw)


def small_opening() -> Opening:
    """UP2K As Syifa's paper books, balanced by its Modal awal (3-501)."""
    opening = Opening(
        on=ON, group={"group_name": "UP2K As Syifa", "ketua_name": "Hj. Rusmini"},
        members=[member(1, "Siti Aminah", date(2020, 1, 15), businesses="Telur Alabio"),
                 member(2, "Rahmah", date(2024, 1, 1)), member(5, "Noor Aida", date(2025, 1, 10)),
                 member(9, "Masliana", date(2025, 12, 1), businesses="Telur Alabio, Jahit")],
        savings=[SavingsLine(1, 10_000, 300_000, 60, 250_000), SavingsLine(2, 10_000, 120_000, 24, 0),
                 SavingsLine(5, 10_000, 60_000, None, 100_000), SavingsLine(9, 10_000, 0, 0, 0)],
        cash=[CashLine("1-101", 2_000_000, "kotak kas"), CashLine("1-102", 5_000_000, "BRI Amuntai")],
        funders=[FunderLine(name="CSR Bank Kalsel", grant_rp=3_000_000, programme="UMKM 2024")],
        stock=[StockLine("Telur Alabio", "Telur asin", "product", "rak", Decimal("2.5"), 60_000, 75_000),
               StockLine("Telur Alabio", "Telur itik", "product", "butir", Decimal(40), 2_000, 2_500),
               StockLine("Telur Alabio", "Garam", "material", "kg", Decimal("2.5"), 3_001)],
        assets=[AssetLine(name="Mesin jahit", kind="machine", acquired_on=date(2022, 3, 1), value_rp=1_800_000,
                          depreciated_rp=450_000)],
        balances=[BalanceLine("3-301", 400_000, "Dana cadangan 2025")],
    )
    plug = neraca.preview(opening).difference_rp  # what the group owned before: Modal awal
    opening.balances.append(BalanceLine("3-501", plug, "Modal awal"))
    return opening


def test_a_small_realistic_opening_gives_its_balances(book):
    opening = small_opening()
    assert check.check(opening) == []
    seen = []
    done = commit.commit(opening, lambda d, t: seen.append((d, t)))
    assert done.difference_rp == 0 and done.members == 4 and seen[-1][0] == seen[-1][1]
    assert trial_balance_zero() and ledger.account_balance("3-502") == 0
    assert ledger.account_balance("1-101") == 2_000_000 and ledger.account_balance("1-102") == 5_000_000
    assert -ledger.account_balance("3-201") == 3_000_000 and -ledger.account_balance("3-301") == 400_000
    assert set(entries.opening_entry_ids().values()) == {"savings", "cash", "funders", "stock", "assets", "balances"}
    # members keep their numbers; the next one added takes the number after the highest
    by_number = {m.number: m for m in members.list_members()}
    assert sorted(by_number) == [1, 2, 5, 9]
    assert members.add_member(members.MemberInput(name="Baru", joined_on=date(2026, 2, 1))).number == 10
    for line in opening.savings:
        held = savings.balances(by_number[line.member_number].id)
        assert (held.pokok_rp, held.wajib_rp, held.sukarela_rp) == (line.pokok_rp, line.wajib_rp, line.sukarela_rp)
    book_rows = savings.passbook(by_number[1].id, "sukarela")
    assert [(r.entry_date, r.setor_rp, r.saldo_rp) for r in book_rows] == [(ON, 250_000, 250_000)]
    # stock: the catalogue's value is 1-301, per business; 2,5 rak is 75 butir
    business = {b.name: b.id for b in businesses.list_businesses()}
    assert {"Telur Alabio", "Jahit"} <= set(business)  # made by name when the book had none
    rows = {r.name: r for r in stock.stock_list(business["Telur Alabio"])}
    assert rows["Telur asin"].quantity_base == 75 and rows["Garam"].quantity_base == 2500
    assert stock.stock_value(business["Telur Alabio"]) == ledger.account_balance("1-301") == 150_000 + 80_000 + 7_503
    assert set(by_number[9].business_ids) == {business["Telur Alabio"], business["Jahit"]}
    # the Buku Inventaris is 1-401; what it had depreciated is 1-402 and counts for later runs
    reconciled = register.reconcile(ON)
    assert reconciled.difference_rp == 0 and reconciled.register_rp == ledger.account_balance("1-401") == 1_800_000
    assert ledger.account_balance("1-402") == -450_000
    item = inventory.list_items(ON)[0]
    assert depreciation.accumulated(item.id) == 450_000
    # the funder's grant is linked; the group's settings and the opening date are kept
    assert funders.list_funders()[0].has_money
    assert settings.get("group_name") == "UP2K As Syifa" and settings.get(ledger.OPENING_DATE) == ON.isoformat()
    assert store.load() is None and not store.can_open()


def test_wajib_brought_in_counts_its_months(book):
    """Joined 2020-01 with 60 months paid at the opening 2026-01-01: in February 2026 she owes
    the months from joining through February, less the 60, less what she paid in Lumbung."""
    commit.commit(small_opening())
    siti = next(m for m in members.list_members() if m.number == 1)
    months = savings.months_counted(siti.joined_on, date(2026, 2, 15))
    amount = savings.wajib_amount()
    status = savings.wajib_status(siti.id, date(2026, 2, 15))
    assert status.owed_rp == (months - 60) * amount
    assert savings.wajib_statuses_of(date(2026, 2, 15), [siti])[siti.id] == status
    savings.deposit(siti.id, "wajib", 3 * amount, date(2026, 2, 10))
    assert savings.wajib_status(siti.id, date(2026, 2, 15)).owed_rp == (months - 60 - 3) * amount
    assert savings_register.wajib_statuses([siti], date(2026, 2, 15))[siti.id].owed_rp == (months - 63) * amount


def test_an_unbalanced_opening_needs_its_note_and_leaves_the_difference(book):
    opening = small_opening()
    opening.balances.pop()  # no Modal awal: the assets are more than the claims
    difference = neraca.preview(opening).difference_rp
    assert difference > 0
    issues = check.check(opening)
    assert [(i.field, i.code) for i in issues] == [("difference_note", "opening.difference_unexplained")]
    by_kind = {k.kind: k for k in neraca.preview(opening).by_kind}
    assert sum(k.net_rp for k in by_kind.values()) == difference
    opening.difference_note = "Modal awal kelompok belum dihitung ulang"
    done = commit.commit(opening)
    assert done.difference_rp == difference == -ledger.account_balance("3-502")
    assert trial_balance_zero()
    assert settings.get(commit.OPENING_NOTE) == opening.difference_note


@pytest.mark.parametrize("spoil, code", [
    (lambda o: o.members.append(member(5, "Dua kali", date(2025, 1, 1))), "member.duplicate_number"),
    (lambda o: o.savings.append(SavingsLine(7, 10_000, 0, 0, 0)), "opening.member_not_listed"),
    (lambda o: o.balances.append(BalanceLine("1-101", 5)), "opening.account_has_kind"),
    (lambda o: o.balances.append(BalanceLine("4-101", 5)), "opening.result_account"),
    (lambda o: o.assets.append(replace(o.assets[0], name="Kursi", depreciated_rp=2_000_000)),
     "opening.depreciation_above_value"),
    (lambda o: o.stock.append(StockLine("Telur Alabio", "Telur pecah", "product", "butir", Decimal("1.5"), 1, 1)),
     "quantity.not_whole"),
])
def test_refusals_write_nothing(book, spoil, code):
    opening = small_opening()
    spoil(opening)
    before = counts()
    with pytest.raises(Rejected) as refused:
        commit.commit(opening)
    assert code in refused.value.codes()
    assert counts() == before


def test_a_book_with_entries_is_refused(book):
    ledger.post_entry(date(2026, 3, 1), "Setoran", [ledger.debit("1-101", 5), ledger.credit("3-501", 5)])
    before = counts()
    with pytest.raises(Rejected) as refused:
        commit.commit(small_opening())
    assert refused.value.codes() == ["opening.book_not_empty"] and counts() == before


def test_nothing_is_posted_before_the_opening_and_its_entries_stand(book):
    from app import reversals

    done = commit.commit(small_opening())
    with pytest.raises(Rejected) as refused:
        ledger.post_entry(date(2025, 12, 31), "Lupa", [ledger.debit("1-101", 5), ledger.credit("3-501", 5)])
    assert refused.value.issues[0].code == "ledger.before_opening"
    assert refused.value.issues[0].params == {"opening": ON}
    ledger.post_entry(ON, "Hari pertama", [ledger.debit("1-101", 5), ledger.credit("3-501", 5)])
    entry_id = done.entries[0]
    preview = reversals.preview(entry_id)
    assert not preview.allowed and "opening.not_reversible" in [i.code for i in preview.issues]
    before = counts()
    with pytest.raises(Rejected):
        reversals.reverse(entry_id, "salah ketik")
    assert counts() == before


def test_the_draft_is_kept_and_resumed(book):
    assert store.load() is None and store.can_open()
    opening = small_opening()
    store.save(opening)
    opening.difference_note = "kedua"
    store.save(opening)
    assert store.load() == opening
    store.discard()
    assert store.load() is None


def test_members_own_numbers_are_checked_by_members(book):
    members.add_member(members.MemberInput(name="Ani", joined_on=date(2026, 1, 1)), number=4)
    with pytest.raises(Rejected) as refused:
        members.add_member(members.MemberInput(name="Ina", joined_on=date(2026, 1, 1)), number=4)
    assert refused.value.codes() == ["member.number_taken"]
    with pytest.raises(Rejected) as refused:
        members.add_member(members.MemberInput(name="Ina", joined_on=date(2026, 1, 1)), number=0)
    assert refused.value.codes() == ["member.bad_number"]
    assert members.add_member(members.MemberInput(name="Ina", joined_on=date(2026, 1, 1))).number == 5


def test_check_names_lines_and_fields(book):
    opening = small_opening()
    opening.on = None
    opening.members[1] = replace(opening.members[1], joined_on=date(2026, 3, 1), rt="12345")
    opening.savings[0] = replace(opening.savings[0], wajib_months=200, sukarela_rp=-1)
    opening.cash.append(CashLine("3-101", 1))
    opening.funders.append(FunderLine(name="csr bank kalsel"))
    found = {(i.field, i.code) for i in check.check(opening)}
    assert {("on", "required"), ("members.1.rt", "member.bad_rt_rw"), ("savings.0.sukarela_rp", "amount.negative"),
            ("cash.2.account", "savings.not_cash_account"), ("funders.1.name", "funder.name_taken")} <= found
    opening.on = ON
    found = {(i.field, i.code) for i in check.check(opening)}
    assert ("members.1.joined_on", "opening.after_opening") in found
    assert ("savings.0.wajib_months", "opening.months_beyond_membership") in found


def test_the_neraca_shows_the_difference_only_when_there_is_one_and_the_notes_explain_it(book):
    from app import financial_statements as fs
    from app.reports import notes

    opening = small_opening()
    opening.balances.pop()
    opening.difference_note = "Kas kecil lama tidak tercatat"
    done = commit.commit(opening)
    sheet = fs.balance_sheet(ON)
    assert [(line.code, line.amount_rp) for line in sheet.equity.lines if line.code == "3-502"] == [
        ("3-502", done.difference_rp)]
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp
    explained = next(n for n in notes.notes(ON).notes if n.note.key == "opening")
    assert explained.own_words == opening.difference_note and explained.total_rp == done.difference_rp


def test_a_balanced_opening_shows_no_difference(book):
    from app import financial_statements as fs

    commit.commit(small_opening())
    sheet = fs.balance_sheet(ON)
    assert "3-502" not in [line.code for line in sheet.equity.lines]
    assert sheet.assets.total_rp == sheet.liabilities_and_equity_rp


def test_the_group_data_is_checked_as_pengaturan_does_and_an_opening_is_taken_once(book):
    opening = Opening(on=ON, group={"founded_year": "2099", "ketua": "Bu Ani"})
    assert {(i.field, i.code) for i in check.check(opening)} == {
        ("group.founded_year", "settings.bad_year"), ("group.ketua", "opening.unknown_setting")}
    commit.commit(Opening(on=ON, group={"group_name": "PKK Melati"}))
    assert not store.can_open()
    with pytest.raises(Rejected) as refused:
        commit.commit(Opening(on=ON))
    assert refused.value.codes() == ["opening.book_not_empty"]


def test_depreciation_after_the_opening_takes_only_what_was_not_taken_before(book):
    commit.commit(small_opening())
    planned = depreciation.plan(2026, 1)
    (line,) = planned.lines
    taken_before = small_opening().assets[0].depreciated_rp
    assert line.amount_rp == depreciation.due(line.cost_rp, line.life_years, date(2022, 3, 1), date(2026, 1, 31)) - (
        taken_before)
    depreciation.run(2026, 1)
    assert -ledger.account_balance("1-402") == depreciation.accumulated(line.item_id)


def test_cells_of_the_wrong_type_are_issues_not_crashes(book):
    opening = small_opening()
    opening.members[0] = replace(opening.members[0], birth_date="31/02/2025", businesses=7, number="1")
    opening.cash[0] = replace(opening.cash[0], amount_rp=Decimal("1.5"))
    opening.stock[0] = replace(opening.stock[0], quantity=1.5)
    found = {(i.field, i.code) for i in check.check(opening)}
    assert {("members.0.birth_date", "date.unreadable"), ("members.0.businesses", "text.not_text"),
            ("members.0.number", "member.bad_number"), ("cash.0.amount_rp", "amount.unreadable"),
            ("stock.0.quantity", "quantity.unreadable")} <= found
    assert neraca.preview(opening).lines  # the rest is still previewed


def test_the_notes_print_the_opening_difference_with_her_words(book, tmp_path):
    from pdf_support import pdf_text

    from app.documents.catalogue import Request, generate

    opening = small_opening()
    opening.balances.pop()
    opening.difference_note = "Kas kecil lama tidak tercatat"
    commit.commit(opening)
    text = pdf_text(generate(Request("notes", end=ON), tmp_path / "notes.pdf"))
    assert "13. Modal awal dan selisih saldo awal" in text and "Kas kecil lama tidak tercatat" in text


def test_the_savings_entry_names_the_member_on_each_of_its_lines(book):
    """The opening's savings are one entry of three lines a member: each line says whose it is
    (the Jurnal Umum showed 'Simpanan pokok Rp10.000' a hundred and eighty times, nobody named)."""
    from app import general_journal

    commit.commit(small_opening())
    entry = next(e for e in general_journal.journal(ON, ON).entries if e.description == "Saldo awal simpanan anggota")
    credited = [(line.code, line.memo) for line in entry.lines if line.credit_rp]
    assert credited[:3] == [("3-101", "0001 Siti Aminah"), ("3-102", "0001 Siti Aminah"), ("2-101", "0001 Siti Aminah")]
    assert ("3-101", "0009 Masliana") in credited
