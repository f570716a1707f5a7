"""The Pinjaman dialogs: Ajukan pinjaman (with a live schedule preview), Setujui / Tolak,
Cairkan (the cash handed over net of fee and withheld savings, the schedule to be kept),
Hapus buku, and a small Bayar angsuran.

Each collects its fields, calls one service of app.loans (which validates and writes one
transaction, or refuses and writes nothing) and shows every refusal in red under its own
field. Enter saves, Esc cancels; the steps that move money ask once more before they post.
After exec(), `saved` holds what the service returned.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import Issue, Rejected
from app.formatting import parse_rupiah, rupiah, thousands
from app.loans import lifecycle, payments, written_off
from app.loans.lifecycle import LoanRow
from app.loans.products import deductions, list_products
from app.loans.schedule import generate
from app.members import format_number, list_members
from ui.date_field import DateField
from ui.form_dialog import FormDialog, amount_edit, cash_accounts, read_amount
from ui.loan_table import LoanWords
from ui.messages import issue_text
from ui.percent import percent_text
from ui.receipt_done import ReceiptAfterSave
from ui.schedule_table import ScheduleTable

NOTE_LIMIT = lifecycle.NOTE_LIMIT


def loan_label(loan: LoanRow) -> str:
    return f"{loan.number} – {loan.member_name}"


def read_whole(edit: QLineEdit, field: str) -> tuple[int | None, Issue | None]:
    """A whole number typed (a term in periods, grace days)."""
    text = edit.text().strip()
    if not text:
        return None, Issue(field, "required")
    if not (text.isascii() and text.lstrip("-").isdigit()):
        return None, Issue(field, "number.unreadable")
    return int(text), None


def read_date(edit: DateField, field: str) -> tuple[date | None, Issue | None]:
    value = edit.date()
    if value is None:
        return None, edit.issue(field) or Issue(field, "required")
    return value, None


def one_period_after(day: date, period: str) -> date:
    """The usual first due date: a week or a month after `day` (31 Jan -> 28/29 Feb)."""
    if period == "weekly":
        return day + timedelta(days=7)
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


LONG_QUESTION_LINES = 10


def confirm(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """Ask once more before money moves."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirm")
    if text.count("\n") >= LONG_QUESTION_LINES:  # a list (a sheet's problems): wide, so it is not taller than a 768 screen
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 760px; }")
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(ok)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


class LoanDialog(FormDialog):
    """A FormDialog that may show a schedule table beside the form."""

    def __init__(self, parent: QWidget | None = None, with_schedule: bool = False) -> None:
        beside = None
        if with_schedule:
            self.schedule = ScheduleTable()
            self.schedule.setObjectName("schedulePreview")
            self.schedule_caption = QLabel()
            self.schedule_note = QLabel()
            self.schedule_note.setObjectName("scheduleNote")
            self.schedule_note.setWordWrap(True)
            beside = QVBoxLayout()
            beside.addWidget(self.schedule_caption)
            beside.addWidget(self.schedule, 1)
            beside.addWidget(self.schedule_note)
        super().__init__(parent, beside)
        self.words = LoanWords(self)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "schedule"):
            self.schedule.schedule_model.retranslate()


class ApplyDialog(LoanDialog):
    """Ajukan pinjaman: member (searchable), product, pokok, jangka waktu, first due date;
    the product's limits and the schedule it would get, recomputed as she types."""

    def __init__(self, parent: QWidget | None = None, member_id: int | None = None) -> None:
        super().__init__(parent, with_schedule=True)
        self.setObjectName("applyDialog")
        today = clock.today()
        self.member = QComboBox()
        self.member.setEditable(True)
        self.member.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for m in list_members():
            if m.active:
                self.member.addItem(f"{format_number(m.number)} – {m.name}", m.id)
        completer = QCompleter(self.member.model(), self.member)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.member.setCompleter(completer)
        self.member.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        self.member.setCurrentIndex(self.member.findData(member_id) if member_id is not None else -1)
        self.products = {p.id: p for p in list_products(active_only=True)}
        self.product = QComboBox()
        for p in self.products.values():
            self.product.addItem(p.name, p.id)
        self.principal = amount_edit()
        self.periods = QLineEdit()
        self.periods.setMaxLength(4)
        self.periods.setMaximumWidth(self.fontMetrics().horizontalAdvance("00000") + 24)
        self.first_due = DateField()
        self.add_field("member", self.member, stretch=True)
        self.add_field("product", self.product, stretch=True)
        self.limits = self.add_note("limits")
        self.add_field("principal_rp", self.principal)
        self.add_field("periods", self.periods)
        self.add_field("first_due", self.first_due)
        for key in ("fee", "withheld"):
            self.add_value(key)
        self.add_value("cash_out", bold=True)
        self.add_value("instalment", bold=True)
        self.product.currentIndexChanged.connect(self._product_changed)
        for edit in (self.principal, self.periods, self.first_due):
            edit.textChanged.connect(self.update_preview)
        self._today = today
        self.retranslate()
        self._product_changed()
        self.resize(1040, 600)
        (self.member if member_id is None else self.principal).setFocus()

    def _selected_member(self) -> int | None:
        """The member picked, or the only one whose number or name holds what she typed."""
        text = self.member.currentText().strip()
        index = self.member.currentIndex()
        if index >= 0 and text == self.member.itemText(index):
            return self.member.itemData(index)
        needle = " ".join(text.split()).casefold()
        found = [i for i in range(self.member.count()) if needle and needle in self.member.itemText(i).casefold()]
        return self.member.itemData(found[0]) if len(found) == 1 else None

    def _product(self):
        return self.products.get(self.product.currentData())

    def _product_changed(self) -> None:
        product = self._product()
        if product is not None:
            if not self.periods.text().strip():
                self.periods.setText(str(product.max_periods))
            self.first_due.set_date(one_period_after(self._today, product.period))
        self._show_limits()
        self.update_preview()

    def _show_limits(self) -> None:
        product = self._product()
        if product is None:
            self.limits.setText(self.tr("Belum ada jenis pinjaman yang aktif. Buat dulu lewat tombol Jenis pinjaman."))
            return
        self.limits.setText(self.tr(
            "Batas produk: {min_rp} – {max_rp}, {min}–{max} kali angsuran {period}. Jasa {rate} {per_period}, "
            "{method}, dibulatkan ke {unit}."
        ).format(min_rp=rupiah(product.min_principal_rp), max_rp=rupiah(product.max_principal_rp),
                 min=product.min_periods, max=product.max_periods,
                 period=self.words.period(product.period).lower(), rate=percent_text(product.rate),
                 per_period=self.words.per_period(product.period), method=self.words.method(product.method),
                 unit=rupiah(product.rounding_unit_rp)))

    def update_preview(self) -> None:
        """The schedule this application would get, or why it cannot be worked out yet."""
        product = self._product()
        principal = parse_rupiah(self.principal.text().strip()) if self.principal.text().strip() else None
        periods_text = self.periods.text().strip()
        periods = int(periods_text) if periods_text.isascii() and periods_text.isdigit() else None
        first_due = self.first_due.date()
        fee = withheld = None
        note, warn = "", False
        rows = []
        if product is None or principal is None or periods is None or first_due is None:
            note = self.tr("Isi jumlah pinjaman, jangka waktu dan tanggal angsuran pertama untuk melihat jadwal.")
        else:
            try:
                rows = lifecycle.preview_schedule(product.id, principal, periods, first_due)
            except Rejected as rejected:
                note, warn = "\n".join(issue_text(i) for i in rejected.issues), True
            else:
                fee, withheld = deductions(product, principal)
                warnings = []
                if not product.min_principal_rp <= principal <= product.max_principal_rp:
                    warnings.append(self.tr("Jumlah di luar batas produk ({min_rp} – {max_rp}).").format(
                        min_rp=rupiah(product.min_principal_rp), max_rp=rupiah(product.max_principal_rp)))
                if not product.min_periods <= periods <= product.max_periods:
                    warnings.append(self.tr("Jangka waktu di luar batas produk ({min}–{max}).").format(
                        min=product.min_periods, max=product.max_periods))
                warn = bool(warnings)
                total = sum(r.total_rp for r in rows)
                warnings.append(self.tr("Jumlah dibayar kembali {total}, jasa {jasa}.").format(
                    total=rupiah(total), jasa=rupiah(sum(r.jasa_rp for r in rows))))
                note = " ".join(warnings)
        self.schedule.set_schedule(rows)
        self.schedule_note.setText(note)
        self.schedule_note.setStyleSheet("color: #b00020;" if warn else "")
        self.values["instalment"].setText(rupiah(rows[0].total_rp) if rows else "–")
        self.values["fee"].setText(self._fee_text(product, fee))
        self.values["withheld"].setText(rupiah(withheld) if withheld is not None else "–")
        cash = None if fee is None else principal - (fee if product.fee_deducted else 0) - withheld
        self.values["cash_out"].setText(rupiah(cash) if cash is not None else "–")

    def _fee_text(self, product, fee: int | None) -> str:
        if fee is None:
            return "–"
        if fee and not product.fee_deducted:
            return self.tr("{amount} (dibayar terpisah)").format(amount=rupiah(fee))
        return rupiah(fee)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Ajukan pinjaman"))
        self.intro.setText(self.tr("Pengajuan pinjaman baru. Syarat jenis pinjaman disalin ke pinjaman ini."))
        for field, text in {
            "member": self.tr("Anggota"), "product": self.tr("Jenis pinjaman"), "principal_rp": self.tr("Pokok pinjaman (Rp)"),
            "periods": self.tr("Jangka waktu (kali angsuran)"), "first_due": self.tr("Angsuran pertama"),
            "fee": self.tr("Provisi / administrasi"), "withheld": self.tr("Simpanan wajib ditahan"),
            "cash_out": self.tr("Diterima anggota"), "instalment": self.tr("Angsuran"),
        }.items():
            self.captions[field].setText(text)
        self.member.lineEdit().setPlaceholderText(self.tr("ketik nomor atau nama"))
        self.principal.setPlaceholderText(self.tr("misalnya 5.000.000"))
        self.schedule_caption.setText(self.tr("Jadwal angsuran (perkiraan)"))
        self.save_button.setText(self.tr("Ajukan"))
        self._show_limits()
        if hasattr(self, "_today"):  # not on the first call from __init__
            self.update_preview()

    def done(self, result: int) -> None:
        self.member.completer().popup().hide()  # a list still open would outlive the dialog
        super().done(result)

    def save(self) -> LoanRow:
        issues = []
        member_id = self._selected_member()
        if member_id is None:
            issues.append(Issue("member", "required"))
        if self._product() is None:
            issues.append(Issue("product", "required"))
        principal, bad = read_amount(self.principal, "principal_rp")
        issues += [bad] if bad else []
        periods, bad = read_whole(self.periods, "periods")
        issues += [bad] if bad else []
        first_due, bad = read_date(self.first_due, "first_due")
        issues += [bad] if bad else []
        if issues:
            raise Rejected(issues)
        return lifecycle.apply(member_id, self.product.currentData(), principal, periods, first_due)


class DecisionDialog(LoanDialog):
    """Setujui or Tolak an application, with a note (a rejection must say why)."""

    def __init__(self, loan: LoanRow, approve: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog" if approve else "rejectDialog")
        self.loan, self.approving = loan, approve
        for key in ("principal", "term"):
            self.add_value(key)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.add_field("note", self.note, stretch=True)
        self.values["principal"].setText(rupiah(loan.principal_rp))
        self.retranslate()
        self.note.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        loan = self.loan
        self.values["term"].setText(self.tr("{periods}, jasa {rate} {per_period} ({method})").format(
            periods=self.words.periods(loan.periods, loan.period), rate=percent_text(loan.rate),
            per_period=self.words.per_period(loan.period), method=self.words.method(loan.method)))
        self.captions["principal"].setText(self.tr("Pokok pinjaman"))
        self.captions["term"].setText(self.tr("Jangka waktu"))
        self.captions["note"].setText(self.tr("Catatan"))
        if self.approving:
            self.setWindowTitle(self.tr("Setujui pinjaman – {loan}").format(loan=loan_label(loan)))
            self.intro.setText(self.tr("Setujui pengajuan {loan}? Sesudah disetujui, pinjaman bisa dicairkan.").format(
                loan=loan_label(loan)))
            self.note.setPlaceholderText(self.tr("boleh kosong, misalnya: disetujui rapat pengurus"))
            self.save_button.setText(self.tr("Setujui"))
        else:
            self.setWindowTitle(self.tr("Tolak pinjaman – {loan}").format(loan=loan_label(loan)))
            self.intro.setText(self.tr("Tolak pengajuan {loan}. Tulis alasannya: anggota berhak tahu.").format(
                loan=loan_label(loan)))
            self.note.setPlaceholderText(self.tr("alasan penolakan"))
            self.save_button.setText(self.tr("Tolak"))

    def save(self) -> LoanRow:
        if self.approving:
            return lifecycle.approve(self.loan.id, self.note.text())
        return lifecycle.reject(self.loan.id, self.note.text())


class DisburseDialog(ReceiptAfterSave, LoanDialog):
    """Cairkan: date, Kas or Bank, the first due date; principal, fee, withheld savings and the
    cash handed over; the schedule that will be kept with the loan. Asks once more; stays open
    after saving with the kuitansi she signs (Ctrl+P prints it)."""

    def __init__(self, loan: LoanRow, parent: QWidget | None = None) -> None:
        super().__init__(parent, with_schedule=True)
        self.setObjectName("disburseDialog")
        self.loan = loan
        today = clock.today()
        self.on = DateField()
        self.on.set_date(today)
        self.cash_account = cash_accounts()
        self.first_due = DateField()
        self.first_due.set_date(loan.first_due if loan.first_due > today else one_period_after(today, loan.period))
        self.add_field("on", self.on)
        self.add_field("cash_account", self.cash_account)
        self.add_field("first_due", self.first_due)
        for key in ("principal", "fee", "withheld"):
            self.add_value(key)
        self.add_value("cash_out", bold=True)
        self.add_value("instalment")
        self.fee_note = self.add_note("feeNote")
        deducted = loan.fee_rp if loan.fee_deducted else 0
        self.values["principal"].setText(rupiah(loan.principal_rp))
        self.values["fee"].setText(rupiah(deducted))
        self.values["withheld"].setText(rupiah(loan.withheld_rp))
        self.values["cash_out"].setText(rupiah(loan.cash_out_rp))
        self.first_due.textChanged.connect(self.update_preview)
        self.retranslate()
        self.update_preview()
        self.resize(1040, 560)
        self.on.setFocus()
        self.on.selectAll()

    def update_preview(self) -> None:
        loan, first_due = self.loan, self.first_due.date()
        rows, note = [], ""
        if first_due is None:
            note = self.tr("Tulis tanggal angsuran pertama untuk melihat jadwal.")
        else:
            try:
                rows = generate(loan.principal_rp, loan.rate, loan.periods, loan.method, loan.rounding_unit_rp,
                                first_due, loan.period)
            except Rejected as rejected:
                note = "\n".join(issue_text(i) for i in rejected.issues)
        self.schedule.set_schedule(rows)
        self.schedule_note.setText(note)
        self.values["instalment"].setText(rupiah(rows[0].total_rp) if rows else "–")

    def retranslate(self) -> None:
        super().retranslate()
        loan = self.loan
        self.setWindowTitle(self.tr("Cairkan pinjaman – {loan}").format(loan=loan_label(loan)))
        self.intro.setText(self.tr(
            "Pencairan {loan}: {periods}, jasa {rate} {per_period} ({method}). Jadwal di kanan disimpan "
            "bersama pinjaman."
        ).format(loan=loan_label(loan), periods=self.words.periods(loan.periods, loan.period),
                 rate=percent_text(loan.rate), per_period=self.words.per_period(loan.period),
                 method=self.words.method(loan.method)))
        for field, text in {
            "on": self.tr("Tanggal pencairan"), "cash_account": self.tr("Dibayar dari"),
            "first_due": self.tr("Angsuran pertama"), "principal": self.tr("Pokok pinjaman"),
            "fee": self.tr("Dipotong provisi / administrasi"), "withheld": self.tr("Dipotong simpanan wajib"),
            "cash_out": self.tr("Uang diserahkan"), "instalment": self.tr("Angsuran"),
        }.items():
            self.captions[field].setText(text)
        if loan.fee_rp and not loan.fee_deducted:
            self.fee_note.setText(self.tr("Provisi {amount} dibayar terpisah oleh anggota; dicatat masuk ke akun yang sama.").format(
                amount=rupiah(loan.fee_rp)))
        self.schedule_caption.setText(self.tr("Jadwal angsuran yang disimpan"))
        self.save_button.setText(self.tr("Cairkan {amount}").format(amount=rupiah(loan.cash_out_rp)))

    def save(self) -> LoanRow | None:
        on, bad_on = read_date(self.on, "on")
        first_due, bad_due = read_date(self.first_due, "first_due")
        if bad_on or bad_due:
            raise Rejected([i for i in (bad_on, bad_due) if i])
        if not confirm(self, self.tr("Cairkan pinjaman"), self.tr(
            "Serahkan {amount} kepada {member} dan catat pencairan {number}?"
        ).format(amount=rupiah(self.loan.cash_out_rp), member=self.loan.member_name, number=self.loan.number),
                self.tr("Cairkan"), self.tr("Batal")):
            return None
        return lifecycle.disburse(self.loan.id, on, self.cash_account.currentData() or "", first_due)


class WriteOffDialog(LoanDialog):
    """Hapus buku: the outstanding pokok goes to 5-301 by decision, with the reason kept."""

    def __init__(self, loan: LoanRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writeOffDialog")
        self.loan = loan
        self.add_value("outstanding", bold=True)
        self.on = DateField()
        self.on.set_date(clock.today())
        self.reason = QLineEdit()
        self.reason.setMaxLength(NOTE_LIMIT)
        self.reason.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.add_field("reason", self.reason, stretch=True)
        self.add_field("on", self.on)
        self.values["outstanding"].setText(rupiah(loan.outstanding_rp))
        self.retranslate()
        self.reason.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Hapus buku pinjaman – {loan}").format(loan=loan_label(self.loan)))
        self.intro.setText(self.tr(
            "Sisa pinjaman {loan} dihapusbukukan atas keputusan pengurus: dibebankan lebih dulu pada "
            "penyisihan piutang yang sudah dibukukan, sisanya sebagai beban. Riwayatnya tetap disimpan."
        ).format(loan=loan_label(self.loan)))
        self.captions["outstanding"].setText(self.tr("Sisa pinjaman"))
        self.captions["reason"].setText(self.tr("Alasan"))
        self.captions["on"].setText(self.tr("Tanggal"))
        self.reason.setPlaceholderText(self.tr("misalnya: keputusan rapat anggota, anggota meninggal"))
        self.save_button.setText(self.tr("Hapus buku"))

    def save(self) -> LoanRow | None:
        on, bad = read_date(self.on, "on")
        if bad:
            raise Rejected([bad])
        if not self.reason.text().strip():
            raise Rejected([Issue("reason", "required")])
        if not confirm(self, self.tr("Hapus buku"), self.tr("Hapus buku sisa pinjaman {amount} dari {loan}?").format(
                amount=rupiah(self.loan.outstanding_rp), loan=loan_label(self.loan)), self.tr("Hapus buku"),
                self.tr("Batal")):
            return None
        return lifecycle.write_off(self.loan.id, on, self.reason.text())


class RecoveryDialog(ReceiptAfterSave, LoanDialog):
    """Pemulihan: money received on a written-off loan, income 4-304 with a kuitansi (stays open
    with its number after saving, as Bayar angsuran)."""

    def __init__(self, loan: LoanRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.loan = loan
        self.record = next(r for r in written_off.written_off(date.max) if r.loan_id == loan.id)
        self.add_value("written_off", bold=True)
        self.add_value("recovered")
        self.amount = amount_edit()
        self.on = DateField()
        self.on.set_date(clock.today())
        self.cash_account = cash_accounts()
        self.add_field("amount_rp", self.amount)
        self.add_field("on", self.on)
        self.add_field("cash_account", self.cash_account)
        self.values["written_off"].setText(rupiah(self.record.amount_rp))
        self.values["recovered"].setText(rupiah(self.record.recovered_rp))
        self.retranslate()
        self.amount.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Terima pemulihan – {loan}").format(loan=loan_label(self.loan)))
        self.intro.setText(self.tr(
            "Uang yang diterima atas pinjaman yang sudah dihapusbukukan dicatat sebagai pendapatan "
            "pemulihan piutang, dengan kuitansi."))
        for field, text in {"written_off": self.tr("Dihapusbukukan"), "recovered": self.tr("Sudah kembali"),
                            "amount_rp": self.tr("Jumlah diterima (Rp)"), "on": self.tr("Tanggal"),
                            "cash_account": self.tr("Diterima di")}.items():
            self.captions[field].setText(text)
        self.save_button.setText(self.tr("Terima"))

    def save(self):
        amount, bad_amount = read_amount(self.amount, "amount_rp")
        on, bad_date = read_date(self.on, "on")
        if bad_amount or bad_date:
            raise Rejected([i for i in (bad_amount, bad_date) if i])
        return written_off.recover(self.loan.id, on, amount, self.cash_account.currentData() or "")


class PayDialog(ReceiptAfterSave, LoanDialog):
    """Bayar angsuran of one loan (the Setoran screen takes a member's whole payment); stays
    open after saving with its kuitansi number (Ctrl+P prints it, Enter closes)."""

    def __init__(self, loan: LoanRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payDialog")
        self.loan = loan
        self.add_value("due", bold=True)
        self.add_value("payoff")
        self.amount = amount_edit()
        self.on = DateField()
        self.on.set_date(clock.today())
        self.cash_account = cash_accounts()
        self.to_sukarela = QCheckBox()
        self.to_sukarela.setObjectName("to_sukarela")
        self.add_field("amount_rp", self.amount)
        self.add_field("on", self.on)
        self.add_field("cash_account", self.cash_account)
        self.grid.addWidget(self.to_sukarela, self._rows, 1)
        self._rows += 1
        self.on.textChanged.connect(self._show_due)
        self.retranslate()
        due = self._show_due()
        self.amount.setText(thousands(due) if due else "")
        self.amount.setFocus()
        self.amount.selectAll()

    def _show_due(self) -> int:
        on = self.on.date()
        if on is None or on < (self.loan.disbursed_on or on):
            for key in ("due", "payoff"):
                self.values[key].setText("–")
            return 0
        due = payments.amount_due(self.loan.id, on)
        self.values["due"].setText(rupiah(due))
        self.values["payoff"].setText(rupiah(payments.payoff_amount(self.loan.id, on)))
        return due

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Bayar angsuran – {loan}").format(loan=loan_label(self.loan)))
        self.intro.setText(self.tr(
            "Pembayaran dibagi: denda, lalu jasa, lalu pokok, mulai angsuran yang paling lama."))
        for field, text in {"due": self.tr("Harus dibayar"), "payoff": self.tr("Pelunasan"),
                            "amount_rp": self.tr("Jumlah dibayar (Rp)"), "on": self.tr("Tanggal"),
                            "cash_account": self.tr("Diterima di")}.items():
            self.captions[field].setText(text)
        self.to_sukarela.setText(self.tr("Kelebihan masuk simpanan sukarela"))
        self.save_button.setText(self.tr("Bayar"))

    def save(self):
        amount, bad_amount = read_amount(self.amount, "amount_rp")
        on, bad_date = read_date(self.on, "on")
        if bad_amount or bad_date:
            raise Rejected([i for i in (bad_amount, bad_date) if i])
        return payments.pay(self.loan.id, amount, on, self.cash_account.currentData() or "",
                            overpay_to_sukarela=self.to_sukarela.isChecked())

