"""The Simpanan dialogs: Setor, Tarik, Anggota keluar & pengembalian, Atur besaran.

Each collects its fields, calls one service of app.savings (which validates and writes one
transaction, or refuses and writes nothing) and shows every refusal in red under its own field.
Enter saves, Esc cancels. After exec(), `saved` holds what the service returned. Setor, Tarik
and Anggota keluar stay open after saving with their kuitansi number; Ctrl+P prints it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app import clock, leaving, savings, text_rules
from app.errors import Issue, Rejected
from app.formatting import rupiah, thousands
from app.members import MemberRow, format_number
from app.savings import SavingsBalances, WajibStatus
from ui.date_field import DateField
from ui.form_dialog import FormDialog, amount_edit, cash_accounts, read_amount
from ui.receipt_done import ReceiptAfterSave
from ui.savings_table import months_owed

MEMO_LIMIT = text_rules.TEXT  # a posting's memo (app.ledger)
REASON_LIMIT = text_rules.TEXT


def member_label(member: MemberRow) -> str:
    return f"{format_number(member.number)} – {member.name}"


def read_date(edit: DateField, field: str):
    value = edit.date()
    if value is None:
        return None, edit.issue(field) or Issue(field, "required")
    return value, None


class SavingsDialog(FormDialog):
    """A FormDialog whose figures stand in a right-aligned column of rupiah."""

    figures_right = True


class DepositDialog(ReceiptAfterSave, SavingsDialog):
    """Setor: pokok (once, the set amount), wajib (the monthly amount offered) or sukarela; stays
    open after saving with its kuitansi number (Ctrl+P prints it, Enter closes)."""

    def __init__(self, member: MemberRow, held: SavingsBalances, wajib: WajibStatus,
                 parent: QWidget | None = None, kind: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("depositDialog")
        self.member, self.held, self.wajib = member, held, wajib
        self.kind = QComboBox()
        for value in savings.KINDS:
            self.kind.addItem("", value)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.amount = amount_edit()
        self.entry_date = DateField()
        self.entry_date.set_date(clock.today())
        self.cash_account = cash_accounts()
        self.memo = QLineEdit()
        self.memo.setMaxLength(MEMO_LIMIT)
        self.add_field("kind", self.kind)
        self.grid.addWidget(self.hint, self._rows, 1)
        self._rows += 1
        self.add_field("amount_rp", self.amount)
        self.add_field("entry_date", self.entry_date)
        self.add_field("cash_account", self.cash_account)
        self.add_field("memo", self.memo, stretch=True)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if kind is None:
            kind = "pokok" if held.pokok_rp == 0 else "wajib"
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.retranslate()
        self._kind_changed()
        self.kind.setFocus()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        prefill = {"pokok": savings.pokok_amount(), "wajib": savings.wajib_amount()}.get(kind)
        self.amount.setText(thousands(prefill) if prefill else "")
        self.amount.selectAll()
        self._show_hint()

    def _show_hint(self) -> None:
        kind = self.kind.currentData()
        if kind == "pokok":
            text = (self.tr("Simpanan pokok sudah dibayar: {amount}.").format(amount=rupiah(self.held.pokok_rp))
                    if self.held.pokok_rp else
                    self.tr("Dibayar sekali, tepat {amount}.").format(amount=rupiah(savings.pokok_amount())))
        elif kind == "wajib":
            text = wajib_text(self.wajib)
        else:
            text = self.tr("Saldo sukarela sekarang {amount}.").format(amount=rupiah(self.held.sukarela_rp))
        self.hint.setText(text)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Setor simpanan – {member}").format(member=member_label(self.member)))
        self.intro.setText(self.tr("Setoran simpanan dari {member}.").format(member=member_label(self.member)))
        for index, text in enumerate((self.tr("Pokok"), self.tr("Wajib"), self.tr("Sukarela"))):
            self.kind.setItemText(index, text)
        for field, text in {"kind": self.tr("Jenis simpanan"), "amount_rp": self.tr("Jumlah (Rp)"),
                            "entry_date": self.tr("Tanggal"), "cash_account": self.tr("Diterima di"),
                            "memo": self.tr("Keterangan")}.items():
            self.captions[field].setText(text)
        self.amount.setPlaceholderText(self.tr("misalnya 50.000"))
        self.memo.setPlaceholderText(self.tr("boleh kosong"))
        self._show_hint()

    def save(self) -> savings.Deposit:
        amount, bad_amount = read_amount(self.amount, "amount_rp")
        on, bad_date = read_date(self.entry_date, "entry_date")
        if bad_amount or bad_date:
            raise Rejected([i for i in (bad_date, bad_amount) if i])
        return savings.deposit(self.member.id, self.kind.currentData(), amount, on,
                               self.cash_account.currentData() or "", self.memo.text().strip())


class _WajibWords(QObject):
    """The translation context of wajib_text (shared by the page and the deposit dialog)."""

    def text(self, status: WajibStatus) -> str:
        if status.owed_rp:
            months = months_owed(status.owed_rp, savings.wajib_amount())
            return self.tr("Wajib terutang %n bulan: {amount}.", "", months).format(amount=rupiah(status.owed_rp))
        if status.paid_ahead_rp:
            return self.tr("Wajib lunas, dibayar di muka {amount}.").format(amount=rupiah(status.paid_ahead_rp))
        return self.tr("Wajib lunas.")


def wajib_text(status: WajibStatus) -> str:
    """'Wajib terutang 3 bulan: Rp15.000.' / 'Wajib lunas.' / 'Wajib lunas, dibayar di muka Rp….'"""
    return _WajibWords().text(status)


class WithdrawDialog(ReceiptAfterSave, SavingsDialog):
    """Tarik: sukarela only, never below zero (the service checks every later day too)."""

    def __init__(self, member: MemberRow, held: SavingsBalances, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self.member, self.held = member, held
        self.add_value("sukarela")
        self.amount = amount_edit()
        self.entry_date = DateField()
        self.entry_date.set_date(clock.today())
        self.cash_account = cash_accounts()
        self.memo = QLineEdit()
        self.memo.setMaxLength(MEMO_LIMIT)
        self.add_field("amount_rp", self.amount)
        self.add_field("entry_date", self.entry_date)
        self.add_field("cash_account", self.cash_account)
        self.add_field("memo", self.memo, stretch=True)
        self.values["sukarela"].setText(rupiah(held.sukarela_rp))
        self.retranslate()
        self.amount.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tarik simpanan sukarela – {member}").format(member=member_label(self.member)))
        self.intro.setText(self.tr(
            "Penarikan simpanan sukarela oleh {member}. Simpanan pokok dan wajib hanya dikembalikan "
            "saat anggota keluar."
        ).format(member=member_label(self.member)))
        for field, text in {"sukarela": self.tr("Saldo sukarela"), "amount_rp": self.tr("Jumlah (Rp)"),
                            "entry_date": self.tr("Tanggal"), "cash_account": self.tr("Dibayar dari"),
                            "memo": self.tr("Keterangan")}.items():
            self.captions[field].setText(text)
        self.amount.setPlaceholderText(self.tr("misalnya 50.000"))
        self.memo.setPlaceholderText(self.tr("boleh kosong"))

    def save(self) -> savings.Withdrawal:
        amount, bad_amount = read_amount(self.amount, "amount_rp")
        on, bad_date = read_date(self.entry_date, "entry_date")
        if bad_amount or bad_date:
            raise Rejected([i for i in (bad_date, bad_amount) if i])
        return savings.withdraw(self.member.id, amount, on, self.cash_account.currentData() or "",
                                self.memo.text().strip())


class SettleDialog(ReceiptAfterSave, SavingsDialog):
    """Anggota keluar & pengembalian simpanan: her three savings back, less the payoff of each
    loan she still has (app.leaving.preview on the day typed); saving calls app.leaving.settle."""

    def __init__(self, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settleDialog")
        self.member = member
        self.entry_date = DateField()
        self.entry_date.set_date(clock.today())
        self.settlement = leaving.preview(member.id, clock.today())
        for key in ("pokok", "wajib", "sukarela"):
            self.add_value(key)
        self.add_value("total", bold=True)
        for loan in self.settlement.loans:
            self.add_value(f"loan_{loan.loan_id}")
        self.add_value("owed_rp")
        self.grid.addWidget(self.errors.add("owed_rp", self.values["owed_rp"]), self._rows, 1)
        self._rows += 1
        self.add_value("net", bold=True)
        self.cash_account = cash_accounts()
        self.add_field("entry_date", self.entry_date)
        self.add_field("cash_account", self.cash_account)
        self.show_figures()
        self.retranslate()
        self.entry_date.textChanged.connect(self.date_changed)
        self.entry_date.setFocus()
        self.entry_date.selectAll()

    def date_changed(self) -> None:
        """Jasa and denda run by the day: show the figures of the day typed. A day settle()
        would refuse keeps the figures shown; saving then shows the refusal."""
        on = self.entry_date.date()
        if on is None:
            return
        try:
            settlement = leaving.preview(self.member.id, on)
        except Rejected:
            return
        if [l.loan_id for l in settlement.loans] == [l.loan_id for l in self.settlement.loans]:  # rows as built
            self.settlement = settlement
            self.show_figures()
            self.retranslate()

    def show_figures(self) -> None:
        s = self.settlement
        for key, amount in (("pokok", s.pokok_rp), ("wajib", s.wajib_rp), ("sukarela", s.sukarela_rp),
                            ("total", s.savings_rp), ("owed_rp", s.owed_rp), ("net", s.payout_rp)):
            self.values[key].setText(rupiah(amount))
        for loan in s.loans:
            self.values[f"loan_{loan.loan_id}"].setText(rupiah(loan.total_rp))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Anggota keluar – {member}").format(member=member_label(self.member)))
        self.intro.setText(self.tr(
            "{member} keluar dari kelompok. Simpanan pokok, wajib dan sukarelanya dikembalikan, dikurangi "
            "pelunasan pinjamannya, dan ia ditandai keluar. Nomor anggota dan riwayatnya tetap disimpan."
        ).format(member=member_label(self.member)))
        for key, text in {
            "pokok": self.tr("Simpanan pokok"), "wajib": self.tr("Simpanan wajib"),
            "sukarela": self.tr("Simpanan sukarela"), "total": self.tr("Jumlah simpanan"),
            "owed_rp": self.tr("Dikurangi pelunasan pinjaman"), "net": self.tr("Dibayarkan kepadanya"),
            "entry_date": self.tr("Tanggal keluar"), "cash_account": self.tr("Dibayar dari"),
        }.items():
            self.captions[key].setText(text)
        for loan in self.settlement.loans:
            self.captions[f"loan_{loan.loan_id}"].setText(self.tr(
                "Pelunasan {number} (pokok {pokok}, jasa {jasa}, denda {denda})"
            ).format(number=loan.number, pokok=rupiah(loan.pokok_rp), jasa=rupiah(loan.jasa_rp),
                     denda=rupiah(loan.denda_rp)))
        self.save_button.setText(self.tr("Keluarkan dan bayar {amount}").format(
            amount=rupiah(self.settlement.payout_rp)))

    def save(self) -> leaving.SettlementResult:
        on, bad_date = read_date(self.entry_date, "entry_date")
        if bad_date:
            raise Rejected([bad_date])
        return leaving.settle(self.member.id, on, self.cash_account.currentData() or "")


class AmountsDialog(SavingsDialog):
    """Atur besaran simpanan: the pokok paid once on joining and the wajib due each month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amountsDialog")
        self.pokok = amount_edit()
        self.wajib = amount_edit()
        self.pokok.setText(thousands(savings.pokok_amount()))
        self.wajib.setText(thousands(savings.wajib_amount()))
        self.add_field("pokok_rp", self.pokok)
        self.add_field("wajib_rp", self.wajib)
        self.retranslate()
        self.pokok.setFocus()
        self.pokok.selectAll()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Besaran simpanan"))
        self.intro.setText(self.tr(
            "Simpanan pokok dibayar sekali saat masuk; simpanan wajib setiap bulan. Tunggakan wajib "
            "dihitung dengan besaran yang berlaku sekarang untuk setiap bulan."
        ))
        self.captions["pokok_rp"].setText(self.tr("Simpanan pokok (Rp)"))
        self.captions["wajib_rp"].setText(self.tr("Simpanan wajib per bulan (Rp)"))

    def save(self) -> tuple[int, int]:
        pokok, bad_pokok = read_amount(self.pokok, "pokok_rp")
        wajib, bad_wajib = read_amount(self.wajib, "wajib_rp")
        if bad_pokok or bad_wajib:
            raise Rejected([i for i in (bad_pokok, bad_wajib) if i])
        savings.set_amounts(pokok, wajib)
        return pokok, wajib
