"""The dialogs of the Dana & Sumber Modal page: a funder (add or change), money received from
a funder (in cash or in kind), a bank loan received, a bank instalment paid, a PAUD teacher,
an incentive paid, help given from dana sosial, and money given into either fund.

Each is a FormDialog (first field focused, Enter saves, Esc asks, refusals beside the field)
calling one service of app.funds. Payments that issue a kuitansi stay open after saving with
its number; Ctrl+P prints it (ui.receipt_done).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from app import clock, inventory, text_rules
from app.errors import Issue, Rejected
from app.formatting import rupiah, short_date, thousands
from app.funds import bank, earmarked, funders, paud, social
from app.funds.funders import FunderInput, FunderRow
from ui.date_field import DateField
from ui.form_dialog import FormDialog, amount_edit, cash_accounts, read_amount
from ui.percent import parse_percent
from ui.receipt_done import ReceiptAfterSave
from ui.savings_dialogs import read_date
from ui.usaha.common import member_combo

KIND_WORDS = {
    "csr": QT_TRANSLATE_NOOP("FundsWords", "CSR perusahaan"),
    "dinas": QT_TRANSLATE_NOOP("FundsWords", "Dinas Koperasi/UKM"),
    "bank": QT_TRANSLATE_NOOP("FundsWords", "Bank"),
    "dana_desa": QT_TRANSLATE_NOOP("FundsWords", "Dana desa"),
    "anggota": QT_TRANSLATE_NOOP("FundsWords", "Modal anggota sendiri"),
    "lainnya": QT_TRANSLATE_NOOP("FundsWords", "Lainnya"),
}
METHOD_WORDS = {
    "flat": QT_TRANSLATE_NOOP("FundsWords", "Flat"),
    "efektif": QT_TRANSLATE_NOOP("FundsWords", "Efektif (menurun)"),
    "anuitas": QT_TRANSLATE_NOOP("FundsWords", "Anuitas"),
}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("FundsWords", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def _amount_and_date(amount: QLineEdit, on: DateField, amount_field: str = "amount_rp"):
    value, bad_amount = read_amount(amount, amount_field)
    day, bad_date = read_date(on, "entry_date")
    issues = [i for i in (bad_amount, bad_date) if i]
    if issues:
        raise Rejected(issues)
    return value, day


class FunderDialog(FormDialog):
    """Tambah / ubah sumber dana: kind, name, contact, programme, agreement number."""

    def __init__(self, funder: FunderRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funderDialog")
        self.funder = funder
        self.kind = self.add_field("kind", QComboBox())
        for value in funders.KINDS:
            self.kind.addItem(kind_text(value), value)
        self.name = self.add_field("name", QLineEdit(), stretch=True)
        self.programme = self.add_field("programme", QLineEdit(), stretch=True)
        self.agreement_number = self.add_field("agreement_number", QLineEdit(), stretch=True)
        self.contact = self.add_field("contact", QLineEdit(), stretch=True)
        for key, edit in (("name", self.name), ("programme", self.programme),
                          ("agreement_number", self.agreement_number), ("contact", self.contact)):
            edit.setMaxLength(funders.LIMITS[key])
        if funder is not None:
            self.kind.setCurrentIndex(self.kind.findData(funder.kind))
            self.name.setText(funder.name)
            self.programme.setText(funder.programme)
            self.agreement_number.setText(funder.agreement_number)
            self.contact.setText(funder.contact)
        self.retranslate()
        self.kind.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tambah sumber dana") if self.funder is None else self.tr("Ubah sumber dana"))
        for key, text in {"kind": self.tr("Jenis"), "name": self.tr("Nama"), "programme": self.tr("Program"),
                          "agreement_number": self.tr("Nomor perjanjian"), "contact": self.tr("Kontak")}.items():
            self.captions[key].setText(text)
        for index, value in enumerate(funders.KINDS):
            self.kind.setItemText(index, kind_text(value))
        self.name.setPlaceholderText(self.tr("misalnya CSR PT Adaro, BRI Unit Amuntai"))
        self.contact.setPlaceholderText(self.tr("nama, telepon atau alamat"))

    def save(self) -> FunderRow:
        data = FunderInput(self.kind.currentData(), self.name.text(), self.contact.text(), self.programme.text(),
                           self.agreement_number.text())
        if self.funder is None:
            return funders.add_funder(data)
        return funders.update_funder(self.funder.id, data)


class FunderGrantDialog(ReceiptAfterSave, FormDialog):
    """Terima dana: a grant in cash (into Kas or Bank, with a kuitansi) or in kind (equipment
    into the Buku Inventaris at its value).

    Without `funder` (Terima hibah barang… on the Inventaris tab) the goods form is chosen and
    the first field is Pemberi, the active funders; with none registered it says so beside that
    field and saving writes nothing."""

    figures_right = False

    def __init__(self, funder: FunderRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantDialog")
        self.funder = funder
        self.giver: QComboBox | None = None
        if funder is None:
            self.giver = self.add_field("funder", QComboBox())
            for row in funders.list_funders(active_only=True):
                self.giver.addItem(row.name, row.id)
        self.form = self.add_field("form", QComboBox())
        self.form.addItem("", "cash")
        self.form.addItem("", "in_kind")
        if funder is None:
            self.form.setCurrentIndex(1)
        self.amount = self.add_field("amount_rp", amount_edit())
        self.entry_date = self.add_field("entry_date", DateField())
        self.entry_date.set_date(clock.today())
        self.cash_account = self.add_field("cash_account", cash_accounts())
        self.item_name = self.add_field("name", QLineEdit(), stretch=True)
        self.item_name.setMaxLength(inventory.LIMITS["name"])
        self.quantity = self.add_field("quantity", QSpinBox())
        self.quantity.setRange(1, inventory.MAX_QUANTITY)
        self.unit = self.add_field("unit", QLineEdit("buah"))
        self.location = self.add_field("location", QLineEdit(), stretch=True)
        self.memo = self.add_field("memo", QLineEdit(), stretch=True)
        self.memo.setMaxLength(funders.LIMITS["memo"])
        self.form.currentIndexChanged.connect(self._form_changed)
        self.retranslate()
        self._form_changed()
        if self.giver is not None and self.giver.count() == 0:
            self.show_issues([Issue("funder", "funder.none_active")])
        (self.giver or self.form).setFocus()

    def _show_row(self, field: str, shown: bool) -> None:
        widget = self.findChild(QWidget, field)
        for part in (self.captions[field], widget, self.errors.label(field)):
            part.setVisible(shown and (part is not self.errors.label(field) or bool(part.text())))

    def _form_changed(self) -> None:
        in_kind = self.form.currentData() == "in_kind"
        self._show_row("cash_account", not in_kind)
        self._show_row("memo", not in_kind)
        for field in ("name", "quantity", "unit", "location"):
            self._show_row(field, in_kind)
        self.captions["amount_rp"].setText(self.tr("Nilai barang (Rp)") if in_kind else self.tr("Jumlah (Rp)"))
        self.adjustSize()

    def retranslate(self) -> None:
        super().retranslate()
        if self.funder is None:
            self.setWindowTitle(self.tr("Terima hibah"))
            self.intro.setText(self.tr("Hibah dicatat sebagai modal hibah dari pemberinya. Barang masuk Buku "
                                       "Inventaris dengan nilainya."))
            self.captions["funder"].setText(self.tr("Pemberi"))
        else:
            self.setWindowTitle(self.tr("Terima dana dari {funder}").format(funder=self.funder.name))
            self.intro.setText(self.tr("Hibah dicatat sebagai modal hibah dari {funder}. Barang masuk Buku "
                                       "Inventaris dengan nilainya.").format(funder=self.funder.name))
        self.form.setItemText(0, self.tr("Uang (hibah tunai)"))
        self.form.setItemText(1, self.tr("Barang (hibah peralatan)"))
        for key, text in {"form": self.tr("Bentuk"), "amount_rp": self.tr("Jumlah (Rp)"),
                          "entry_date": self.tr("Tanggal diterima"), "cash_account": self.tr("Diterima di"),
                          "name": self.tr("Nama barang"), "quantity": self.tr("Jumlah barang"),
                          "unit": self.tr("Satuan"), "location": self.tr("Tempat penyimpanan"),
                          "memo": self.tr("Keterangan")}.items():
            self.captions[key].setText(text)
        self.memo.setPlaceholderText(self.tr("boleh kosong"))
        if self.form.currentData() == "in_kind":
            self.captions["amount_rp"].setText(self.tr("Nilai barang (Rp)"))

    def save(self):
        funder_id = self.funder.id if self.funder is not None else self.giver.currentData()
        if funder_id is None:  # nobody to receive it from yet
            raise Rejected([Issue("funder", "funder.none_active")])
        amount, on = _amount_and_date(self.amount, self.entry_date)
        if self.form.currentData() == "cash":
            return funders.receive_grant(funder_id, amount, on, self.cash_account.currentData() or "",
                                         self.memo.text())
        item = inventory.InventoryInput(name=self.item_name.text(), acquired_on=on, quantity=self.quantity.value(),
                                        unit=self.unit.text(), value_rp=amount, location=self.location.text())
        try:
            return funders.receive_in_kind(funder_id, item)
        except Rejected as refused:  # the value is typed in the amount field
            raise Rejected([Issue("amount_rp" if i.field == "value_rp" else
                                  "entry_date" if i.field == "acquired_on" else i.field, i.code, i.params)
                            for i in refused.issues]) from None


class BankLoanDialog(FormDialog):
    """Pinjaman diterima: the principal, rate per period, number of instalments, method, the day
    it came in and the first due date; the schedule is made by the loan engine."""

    def __init__(self, funder: FunderRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankLoanDialog")
        self.funder = funder
        self.principal = self.add_field("principal_rp", amount_edit())
        self.rate = self.add_field("rate", QLineEdit())
        self.periods = self.add_field("periods", QSpinBox())
        self.periods.setRange(1, 360)
        self.periods.setValue(12)
        self.method = self.add_field("method", QComboBox())
        for value in ("flat", "efektif", "anuitas"):
            self.method.addItem("", value)
        self.entry_date = self.add_field("entry_date", DateField())
        self.entry_date.set_date(clock.today())
        self.first_due = self.add_field("first_due", DateField())
        self.cash_account = self.add_field("cash_account", cash_accounts())
        self.cash_account.setCurrentIndex(max(self.cash_account.findData("1-102"), 0))
        self.agreement_number = self.add_field("agreement_number", QLineEdit(funder.agreement_number), stretch=True)
        self.retranslate()
        self.principal.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Pinjaman dari {funder}").format(funder=self.funder.name))
        self.intro.setText(self.tr("Kelompok meminjam; jadwal angsurannya dihitung seperti pinjaman anggota."))
        for key, text in {"principal_rp": self.tr("Pokok pinjaman (Rp)"), "rate": self.tr("Jasa per bulan (%)"),
                          "periods": self.tr("Lama (bulan)"), "method": self.tr("Cara hitung jasa"),
                          "entry_date": self.tr("Tanggal diterima"), "first_due": self.tr("Angsuran pertama"),
                          "cash_account": self.tr("Diterima di"),
                          "agreement_number": self.tr("Nomor perjanjian")}.items():
            self.captions[key].setText(text)
        for index, value in enumerate(("flat", "efektif", "anuitas")):
            self.method.setItemText(index, QCoreApplication.translate("FundsWords", METHOD_WORDS[value]))
        self.rate.setPlaceholderText(self.tr("misalnya 1 atau 0,75"))

    def save(self):
        principal, bad_principal = read_amount(self.principal, "principal_rp")
        on, bad_date = read_date(self.entry_date, "entry_date")
        first_due, bad_due = read_date(self.first_due, "first_due")
        rate = parse_percent(self.rate.text())
        issues = [i for i in (bad_principal, bad_date, bad_due) if i]
        if rate is None:
            issues.append(Issue("rate", "loan.rate_not_a_number"))
        if issues:
            raise Rejected(issues)
        return bank.receive_loan(self.funder.id, principal, rate, self.periods.value(), self.method.currentData(),
                                 "monthly", on, first_due, self.cash_account.currentData() or "",
                                 self.agreement_number.text())


class BankPaymentDialog(ReceiptAfterSave, FormDialog):
    """Bayar angsuran bank: prefilled with what the next instalment still wants."""

    figures_right = True

    def __init__(self, loan: bank.BankLoan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankPaymentDialog")
        self.loan = loan
        self.owed = self.add_value("owed", bold=True)
        self.next_due = self.add_value("next_due")
        self.amount = self.add_field("amount_rp", amount_edit())
        self.entry_date = self.add_field("entry_date", DateField())
        self.entry_date.set_date(clock.today())
        self.cash_account = self.add_field("cash_account", cash_accounts())
        self.cash_account.setCurrentIndex(max(self.cash_account.findData("1-102"), 0))
        due = loan.next_due()
        if due is not None:
            self.amount.setText(thousands(due.total_rp - due.paid_rp))
        self.owed.setText(rupiah(loan.owed_rp))
        self.retranslate()
        self.amount.setFocus()
        self.amount.selectAll()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Bayar angsuran ke {funder}").format(funder=self.loan.funder_name))
        for key, text in {"owed": self.tr("Sisa utang (pokok + jasa)"), "next_due": self.tr("Angsuran berikutnya"),
                          "amount_rp": self.tr("Dibayar (Rp)"), "entry_date": self.tr("Tanggal bayar"),
                          "cash_account": self.tr("Dibayar dari")}.items():
            self.captions[key].setText(text)
        due = self.loan.next_due()
        self.next_due.setText(self.tr("ke-{number}, {date}: {amount}").format(
            number=due.number, date=short_date(due.due_date), amount=rupiah(due.total_rp - due.paid_rp))
            if due else self.tr("lunas"))

    def save(self):
        amount, on = _amount_and_date(self.amount, self.entry_date)
        return bank.pay(self.loan.id, amount, on, self.cash_account.currentData() or "")


class TeacherDialog(FormDialog):
    """Tambah / ubah guru PAUD: name, the PAUD, teaching since, still active."""

    def __init__(self, teacher: paud.Teacher | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teacherDialog")
        self.teacher = teacher
        self.name = self.add_field("name", QLineEdit(), stretch=True)
        self.paud_name = self.add_field("paud_name", QLineEdit(), stretch=True)
        self.since = self.add_field("since", DateField())
        self.active = self.add_field("active", QCheckBox())
        for edit in (self.name, self.paud_name):
            edit.setMaxLength(paud.LIMIT)
        self.active.setChecked(True)
        if teacher is not None:
            self.name.setText(teacher.name)
            self.paud_name.setText(teacher.paud_name)
            self.since.set_date(teacher.since)
            self.active.setChecked(teacher.is_active)
        else:
            self.active.setEnabled(False)
        self.retranslate()
        self.name.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tambah guru PAUD") if self.teacher is None else self.tr("Ubah guru PAUD"))
        for key, text in {"name": self.tr("Nama guru"), "paud_name": self.tr("Nama PAUD"),
                          "since": self.tr("Mengajar sejak"), "active": self.tr("Masih aktif")}.items():
            self.captions[key].setText(text)
        self.paud_name.setPlaceholderText(self.tr("misalnya PAUD Melati"))

    def save(self):
        since, bad = read_date(self.since, "since")
        if bad:
            raise Rejected([bad])
        if self.teacher is None:
            return paud.add_teacher(self.name.text(), self.paud_name.text(), since)
        return paud.update_teacher(self.teacher.id, self.name.text(), self.paud_name.text(), since,
                                   self.active.isChecked())


class IncentiveDialog(ReceiptAfterSave, FormDialog):
    """Bayar insentif: from the PAUD fund to one teacher, with the kuitansi she signs."""

    figures_right = True

    def __init__(self, teacher: paud.Teacher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incentiveDialog")
        self.teacher = teacher
        self.balance = self.add_value("balance", bold=True)
        self.balance.setText(rupiah(earmarked.balance("paud")))
        self.amount = self.add_field("amount_rp", amount_edit())
        self.entry_date = self.add_field("entry_date", DateField())
        self.entry_date.set_date(clock.today())
        self.cash_account = self.add_field("cash_account", cash_accounts())
        self.memo = self.add_field("memo", QLineEdit(), stretch=True)
        self.memo.setMaxLength(text_rules.TEXT)
        self.retranslate()
        self.amount.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Bayar insentif – {name}").format(name=self.teacher.name))
        self.intro.setText(self.tr("Insentif untuk {name} ({paud}) dari dana insentif PAUD.").format(
            name=self.teacher.name, paud=self.teacher.paud_name))
        for key, text in {"balance": self.tr("Saldo dana PAUD"), "amount_rp": self.tr("Jumlah (Rp)"),
                          "entry_date": self.tr("Tanggal"), "cash_account": self.tr("Dibayar dari"),
                          "memo": self.tr("Keterangan")}.items():
            self.captions[key].setText(text)
        self.memo.setPlaceholderText(self.tr("misalnya insentif Januari 2026"))

    def save(self):
        amount, on = _amount_and_date(self.amount, self.entry_date)
        return paud.pay_incentive(self.teacher.id, amount, on, self.cash_account.currentData() or "",
                                  self.memo.text())


class HelpDialog(ReceiptAfterSave, FormDialog):
    """Beri bantuan: help to a member from dana sosial, who and why, with her kuitansi."""

    figures_right = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.balance = self.add_value("balance", bold=True)
        self.balance.setText(rupiah(earmarked.balance("sosial")))
        self.member = self.add_field("member", member_combo())
        self.amount = self.add_field("amount_rp", amount_edit())
        self.reason = self.add_field("reason", QLineEdit(), stretch=True)
        self.reason.setMaxLength(text_rules.TEXT)
        self.entry_date = self.add_field("entry_date", DateField())
        self.entry_date.set_date(clock.today())
        self.cash_account = self.add_field("cash_account", cash_accounts())
        self.retranslate()
        self.member.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Beri bantuan dana sosial"))
        self.member.setItemText(0, self.tr("– pilih anggota –"))
        for key, text in {"balance": self.tr("Saldo dana sosial"), "member": self.tr("Anggota"),
                          "amount_rp": self.tr("Jumlah (Rp)"), "reason": self.tr("Keperluan"),
                          "entry_date": self.tr("Tanggal"), "cash_account": self.tr("Dibayar dari")}.items():
            self.captions[key].setText(text)
        self.reason.setPlaceholderText(self.tr("misalnya sakit, musibah banjir, melahirkan"))

    def save(self):
        amount, on = _amount_and_date(self.amount, self.entry_date)
        if self.member.currentData() is None:
            raise Rejected([Issue("member", "required")])
        return social.give_help(self.member.currentData(), amount, on, self.reason.text(),
                                self.cash_account.currentData() or "")


class FundInDialog(FormDialog):
    """Dana masuk: money given into the PAUD fund or dana sosial from elsewhere than the SHU."""

    def __init__(self, fund: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fundInDialog")
        self.fund = fund
        self.source = self.add_field("source", QLineEdit(), stretch=True)
        self.source.setMaxLength(earmarked.SOURCE_LIMIT)
        self.amount = self.add_field("amount_rp", amount_edit())
        self.entry_date = self.add_field("entry_date", DateField())
        self.entry_date.set_date(clock.today())
        self.cash_account = self.add_field("cash_account", cash_accounts())
        self.retranslate()
        self.source.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Dana PAUD masuk") if self.fund == "paud" else self.tr("Dana sosial masuk"))
        self.intro.setText(self.tr("Dana dari SHU dicatat saat SHU dibagi; di sini dana dari sumber lain, "
                                   "misalnya sumbangan."))
        for key, text in {"source": self.tr("Dari"), "amount_rp": self.tr("Jumlah (Rp)"),
                          "entry_date": self.tr("Tanggal"), "cash_account": self.tr("Diterima di")}.items():
            self.captions[key].setText(text)

    def save(self):
        amount, on = _amount_and_date(self.amount, self.entry_date)
        return earmarked.receive(self.fund, amount, on, self.source.text(), self.cash_account.currentData() or "")
