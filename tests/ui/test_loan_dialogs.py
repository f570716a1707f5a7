"""The Pinjaman dialogs as the secretary uses them: a product made in the Jenis pinjaman form,
an application with its live schedule (DOMAIN.md: Rp9.000.000, 1 %/month flat, 12 months ->
12 × Rp840.000), approval and rejection, disbursement net of the fee with the ledger's Kas,
payment, write-off; and every bad input shown in red under its field with nothing written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app import ledger, members
from app.loans import lifecycle
from app.loans.products import list_products
from ui.loan_dialogs import ApplyDialog, DecisionDialog, DisburseDialog, PayDialog, WriteOffDialog
from ui.loan_products_dialog import ProductsDialog
from ui.percent import parse_percent, percent_text

from loan_support import fund
from loan_ui_support import FLAT, answer_confirm, counts, error, member, product, type_into


@pytest.mark.parametrize("text, rate", [
    ("1,5", Decimal("0.015")), ("1.5", Decimal("0.015")), (" 1,5 % ", Decimal("0.015")), ("2", Decimal("0.02")),
    ("0,125", Decimal("0.00125")), ("0", Decimal(0)), ("1000", Decimal(10)), ("-1", Decimal("-0.01")),
])
def test_parse_percent_reads_what_she_types(text, rate):
    assert parse_percent(text) == rate
    assert type(parse_percent(text)) is Decimal


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.000,5", "١", "1e3", "%"])
def test_parse_percent_refuses_what_is_not_a_number(text):
    assert parse_percent(text) is None


def test_percent_text_is_written_the_indonesian_way():
    assert percent_text(Decimal("0.015")) == "1,5%"
    assert percent_text(Decimal("0.01")) == "1%"
    assert percent_text(Decimal("0.1")) == "10%"
    assert percent_text(Decimal("0.00125"), sign=False) == "0,125"
    assert parse_percent(percent_text(Decimal("0.0375"), sign=False)) == Decimal("0.0375")


# products


def test_create_a_product_through_the_dialog(book, qtbot):
    dialog = ProductsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.product_names() == []
    type_into(qtbot, dialog.name, "Modal usaha")
    dialog.method.setCurrentIndex(dialog.method.findData("flat"))
    type_into(qtbot, dialog.rate, "1,5")
    type_into(qtbot, dialog.max_periods, "24")
    type_into(qtbot, dialog.max_principal, "10.000.000")
    dialog.rounding.setCurrentIndex(dialog.rounding.findData(1000))
    dialog.fee_kind.setCurrentIndex(dialog.fee_kind.findData("percent"))
    assert dialog.captions["fee_value"].text() == "Besarnya (%)"
    type_into(qtbot, dialog.fee_value, "1")
    dialog.penalty_kind.setCurrentIndex(dialog.penalty_kind.findData("fixed"))
    assert dialog.captions["penalty_value"].text() == "Besarnya (Rp)"
    type_into(qtbot, dialog.penalty_value, "5.000")
    type_into(qtbot, dialog.grace_days, "3")
    dialog.tanggung_renteng.setChecked(True)
    qtbot.keyClick(dialog.grace_days, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=2000)  # a shortcut clicks a moment later
    assert dialog.status.text() == "Jenis pinjaman \u201cModal usaha\u201d tersimpan."
    assert dialog.product_names() == ["Modal usaha"]
    [saved] = list_products()
    assert (saved.name, saved.method, saved.rate, saved.max_periods, saved.max_principal_rp, saved.rounding_unit_rp) == (
        "Modal usaha", "flat", Decimal("0.015"), 24, 10_000_000, 1000)
    assert (saved.fee_kind, saved.fee_rate, saved.fee_deducted) == ("percent", Decimal("0.01"), True)
    assert (saved.penalty_kind, saved.penalty_rp, saved.grace_days, saved.tanggung_renteng) == ("fixed", 5000, 3, True)
    assert dialog.changed

    # deactivate it: the list says so
    dialog.active.setChecked(False)
    dialog.save()
    assert dialog.product_names() == ["Modal usaha (nonaktif)"]
    assert not list_products()[0].is_active
    assert dialog.rate.text() == "1,5"


def test_product_refusals_are_shown_under_their_fields(book, qtbot):
    product()
    before = counts()
    dialog = ProductsDialog()
    qtbot.addWidget(dialog)
    dialog.new_product()
    type_into(qtbot, dialog.name, "modal USAHA")
    type_into(qtbot, dialog.rate, "1000")
    type_into(qtbot, dialog.max_periods, "600")
    dialog.save()
    assert error(dialog, "name") == 'Jenis pinjaman "modal USAHA" sudah ada.'
    assert error(dialog, "rate") == "Jasa terlalu tinggi: paling banyak 100% per periode."
    assert error(dialog, "max_periods") == "Jangka waktu harus antara 1 dan 360 kali angsuran."
    type_into(qtbot, dialog.name, "Dana sosial")
    type_into(qtbot, dialog.rate, "satu")
    type_into(qtbot, dialog.max_periods, "12")
    type_into(qtbot, dialog.min_principal, "seratus")
    dialog.withhold_kind.setCurrentIndex(dialog.withhold_kind.findData("percent"))
    type_into(qtbot, dialog.withhold_value, "0")
    dialog.save()
    assert error(dialog, "rate") == "Jasa harus berupa angka persen, misalnya 1,5."
    assert error(dialog, "min_principal_rp") == "Jumlah tidak dikenali. Tulis rupiah bulat, misalnya 50.000, 300rb atau 1,5 juta."
    type_into(qtbot, dialog.rate, "0")
    type_into(qtbot, dialog.min_principal, "100.000")
    dialog.save()
    assert error(dialog, "rate").startswith("Jasa tidak boleh nol.")
    assert error(dialog, "withhold_value").startswith("Persen tidak boleh nol")
    assert error(dialog, "name") == ""
    assert counts() == before
    assert not dialog.changed


# applying


@pytest.fixture
def siti(book) -> int:
    fund(date(2025, 1, 6), 20_000_000)  # the cash box her loans are paid out of
    return member()


@pytest.fixture
def flat(book) -> int:
    return product()


def apply_dialog(qtbot, **kw) -> ApplyDialog:
    dialog = ApplyDialog(**kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_application_shows_the_domain_schedule_as_she_types(siti, flat, qtbot):
    dialog = apply_dialog(qtbot)
    assert dialog.limits.text() == ("Batas produk: Rp100.000 – Rp10.000.000, 1–24 kali angsuran bulanan. "
                                    "Jasa 1% per bulan, Flat, dibulatkan ke Rp500.")
    qtbot.keyClicks(dialog.member.lineEdit(), "siti am")  # the one member whose name holds it
    type_into(qtbot, dialog.principal, "9.000.000")
    type_into(qtbot, dialog.periods, "12")
    assert dialog.first_due.text() == "17/09/2026"  # a month after today
    assert dialog.schedule.column_texts("total") == ["Rp840.000"] * 12
    assert dialog.schedule.column_texts("pokok") == ["Rp750.000"] * 12
    assert dialog.schedule.column_texts("outstanding")[0] == "Rp8.250.000"
    assert dialog.schedule.column_texts("due_date")[-1] == "17/08/2027"
    assert dialog.values["instalment"].text() == "Rp840.000"
    assert dialog.values["cash_out"].text() == "Rp9.000.000"
    type_into(qtbot, dialog.periods, "6")  # the preview follows the typing
    assert dialog.schedule.column_texts("total") == ["Rp1.590.000"] * 6
    type_into(qtbot, dialog.periods, "12")
    before = counts()
    qtbot.keyClick(dialog.periods, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    loan = dialog.saved
    assert (loan.number, loan.member_id, loan.principal_rp, loan.periods, loan.status) == (
        "PJ/2026/0001", siti, 9_000_000, 12, "applied")
    assert counts()["loans"] == before["loans"] + 1
    assert counts()["journal_entries"] == before["journal_entries"]


def test_application_refusals_are_inline_and_write_nothing(siti, flat, qtbot):
    dialog = apply_dialog(qtbot, member_id=siti)
    before = counts()
    type_into(qtbot, dialog.principal, "9.000.000")
    for term in ("0", "600"):
        type_into(qtbot, dialog.periods, term)
        dialog.accept()
        assert error(dialog, "periods") == "Jangka waktu untuk jenis pinjaman ini harus 1 sampai 24 kali angsuran."
    type_into(qtbot, dialog.periods, "600")
    assert "Jangka waktu harus antara 1 dan 360 kali angsuran." in dialog.schedule_note.text()
    type_into(qtbot, dialog.periods, "12")
    type_into(qtbot, dialog.principal, "12.000.000")
    assert dialog.schedule_note.text().startswith("Jumlah di luar batas produk (Rp100.000 – Rp10.000.000).")
    dialog.accept()
    assert error(dialog, "principal_rp") == "Jumlah pinjaman untuk jenis ini harus antara Rp100.000 dan Rp10.000.000."
    assert error(dialog, "periods") == ""
    type_into(qtbot, dialog.principal, "sembilan juta")
    dialog.accept()
    assert error(dialog, "principal_rp") == "Jumlah tidak dikenali. Tulis rupiah bulat, misalnya 50.000, 300rb atau 1,5 juta."
    # she leaves the group while the dialog is open
    members.mark_left(siti, date(2026, 8, 1))
    type_into(qtbot, dialog.principal, "9.000.000")
    dialog.accept()
    assert error(dialog, "member") == "Anggota ini sudah keluar pada 01/08/2026; tidak bisa diberi pinjaman."
    assert dialog.isVisible() and dialog.saved is None
    assert counts() == before
    # and a new dialog does not offer her
    again = apply_dialog(qtbot)
    assert again.member.findData(siti) == -1


def test_a_member_must_be_chosen(siti, flat, qtbot):
    dialog = apply_dialog(qtbot)
    type_into(qtbot, dialog.principal, "1.000.000")
    dialog.accept()
    assert error(dialog, "member") == "Wajib diisi."


# approving, disbursing, paying, writing off


def applied(member_id: int, product_id: int, principal: int = 9_000_000, periods: int = 12):
    return lifecycle.apply(member_id, product_id, principal, periods, date(2026, 9, 17))


def test_reject_needs_a_reason_and_approve_does_not(siti, flat, qtbot):
    loan = applied(siti, flat)
    dialog = DecisionDialog(loan, approve=False)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert error(dialog, "note") == "Wajib diisi."
    assert lifecycle.get_loan(loan.id).status == "applied"
    approve = DecisionDialog(loan, approve=True)
    qtbot.addWidget(approve)
    assert approve.values["term"].text() == "12 bulan, jasa 1% per bulan (Flat)"
    type_into(qtbot, approve.note, "rapat pengurus 17 Agustus")
    approve.accept()
    assert approve.saved.status == "approved"
    assert approve.saved.decision_note == "rapat pengurus 17 Agustus"
    late = DecisionDialog(loan, approve=False)  # the loan has moved on under this dialog
    qtbot.addWidget(late)
    type_into(qtbot, late.note, "dobel")
    late.accept()
    assert late.general_error.text() == "Tidak bisa: status pinjaman ini disetujui."


def test_disbursement_shows_the_cash_net_of_fee_and_posts_it(siti, book, qtbot):
    with_fee = product(replace(FLAT, name="Dengan provisi", fee_kind="percent", fee_rate=Decimal("0.01")))
    loan = lifecycle.approve(applied(siti, with_fee).id)
    kas_before = ledger.account_balance("1-101")
    dialog = DisburseDialog(loan)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {key: dialog.values[key].text() for key in ("principal", "fee", "withheld", "cash_out")}
    assert shown == {"principal": "Rp9.000.000", "fee": "Rp90.000", "withheld": "Rp0", "cash_out": "Rp8.910.000"}
    assert dialog.schedule.column_texts("total") == ["Rp840.000"] * 12
    assert dialog.save_button.text() == "Cairkan Rp8.910.000"
    before = counts()
    answer_confirm(qtbot, yes=False)  # Batal: nothing happens
    dialog.accept()
    assert dialog.isVisible() and counts() == before
    seen = answer_confirm(qtbot, yes=True)
    dialog.accept()
    assert seen == ["Serahkan Rp8.910.000 kepada Siti Aminah dan catat pencairan PJ/2026/0001?"]
    assert dialog.saved.status == "disbursed"
    assert ledger.account_balance("1-101") == kas_before - 8_910_000
    assert ledger.account_balance("1-201") == 9_000_000


def test_disbursement_date_refusals_are_inline(siti, flat, qtbot):
    loan = lifecycle.approve(applied(siti, flat).id)
    dialog = DisburseDialog(loan)
    qtbot.addWidget(dialog)
    before = counts()
    type_into(qtbot, dialog.on, "18/08/2026")
    answer_confirm(qtbot)
    dialog.accept()
    assert error(dialog, "on") == "Tanggal tidak boleh di masa depan."
    type_into(qtbot, dialog.on, "17/08/2026")
    type_into(qtbot, dialog.first_due, "10/08/2026")
    answer_confirm(qtbot)
    dialog.accept()
    assert error(dialog, "first_due") == "Angsuran pertama harus sesudah 17/08/2026."
    assert counts() == before


@pytest.fixture
def running(siti, flat):
    loan = lifecycle.approve(applied(siti, flat).id)
    return lifecycle.disburse(loan.id, date(2026, 8, 17), first_due=date(2026, 9, 17))


def test_pay_dialog_refuses_zero_and_more_than_owed(running, qtbot, fixed_clock):
    dialog = PayDialog(running)
    qtbot.addWidget(dialog)
    assert dialog.values["due"].text() == "Rp0"  # nothing due on the day it was paid out
    assert dialog.values["payoff"].text() == "Rp9.090.000"
    before = counts()
    type_into(qtbot, dialog.amount, "0")
    dialog.accept()
    assert error(dialog, "amount_rp") == "Jumlah harus lebih dari nol."
    type_into(qtbot, dialog.amount, "9.100.000")
    dialog.accept()
    assert error(dialog, "amount_rp").startswith("Lebih dari yang harus dibayar: paling banyak Rp9.090.000")
    type_into(qtbot, dialog.amount, "840.000")
    type_into(qtbot, dialog.on, "16/08/2026")
    dialog.accept()
    assert error(dialog, "on") == "Tanggal tidak boleh sebelum pinjaman dicairkan (17/08/2026)."
    assert counts() == before


def test_write_off_needs_a_reason_and_a_yes(running, qtbot):
    dialog = WriteOffDialog(running)
    qtbot.addWidget(dialog)
    assert dialog.values["outstanding"].text() == "Rp9.000.000"
    before = counts()
    dialog.accept()
    assert error(dialog, "reason") == "Wajib diisi."
    type_into(qtbot, dialog.reason, "keputusan rapat anggota")
    answer_confirm(qtbot, yes=True)
    dialog.accept()
    assert dialog.saved.status == "written_off"
    assert ledger.account_balance("1-201") == 0
    assert counts()["journal_entries"] == before["journal_entries"] + 1
