"""Setoran (Ctrl+T): one member's cash at the meeting, split over what she owes, one save.

Keyboard first: type a number or name to pick the member, the cursor then lands in "Uang
diterima"; the split shows as she types; Enter saves (one entry, one receipt number); Ctrl+P
shows the receipt in the preview, ready to print.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock, collection, members
from app.collection import MemberDues, Split
from app.errors import Issue, Rejected
from app.formatting import parse_rupiah, rupiah
from ui import documents_ui
from ui.date_field import DateField
from ui.field_errors import ErrorLabel
from ui.messages import issue_text
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating
from ui.table_export import add_export_action


def bold(widget: QWidget) -> QWidget:
    font = QFont(widget.font())
    font.setBold(True)
    widget.setFont(font)
    return widget


class SetoranDialog(Retranslating, KeyboardDialog, QDialog):
    changed = Signal()  # a payment was posted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setoran")
        self._dues: MemberDues | None = None
        self._receipt: str | None = None
        self._members = [m for m in members.list_members() if m.active]

        self.member = QComboBox(editable=True, objectName="member")
        self.member.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.member.addItem("", None)
        for m in self._members:
            self.member.addItem(f"{members.format_number(m.number)} – {m.name}", m.id)
        completer = QCompleter(self.member.model(), self.member)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.member.setCompleter(completer)
        self.member.setMinimumWidth(360)
        self.member.currentIndexChanged.connect(self._member_chosen)
        self.on = DateField()
        self.on.setObjectName("on")
        self.on.set_date(clock.today())
        self.on.editingFinished.connect(self._load_dues)

        self.dues = QTableWidget(0, 6, objectName="dues")
        self.dues.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.dues.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dues.verticalHeader().hide()
        self.dues.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.dues.horizontalHeader().setStretchLastSection(True)
        add_export_action(self.dues, "tagihan-anggota")
        self.wajib = QLabel(objectName="wajib")
        self.total_due = bold(QLabel(objectName="total_due"))

        self.amount = QLineEdit(objectName="amount")
        self.amount.setMaximumWidth(self.amount.fontMetrics().horizontalAdvance("000.000.000.000") + 24)
        bold(self.amount)
        self.amount.textEdited.connect(self._show_split)
        self.amount.returnPressed.connect(self.save)
        self.to_sukarela = QCheckBox(objectName="to_sukarela")
        self.to_sukarela.toggled.connect(self._show_split)
        self.error = ErrorLabel()
        self.error.setObjectName("error")
        self.split = QLabel(objectName="split")
        self.split.setTextFormat(Qt.TextFormat.PlainText)
        self.result = bold(QLabel(objectName="result"))
        self.result.setStyleSheet("color: #1b5e20;")

        self.save_button = QPushButton(objectName="save")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(objectName="print")
        self.print_button.clicked.connect(self.print_receipt)
        self.print_button.setEnabled(False)
        self.close_button = QPushButton(objectName="close")
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_receipt)

        self.form = QFormLayout()
        self.captions = {key: QLabel() for key in ("member", "on", "amount", "split")}
        self.form.addRow(self.captions["member"], self.member)
        self.form.addRow(self.captions["on"], self.on)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.dues, 1)
        layout.addWidget(self.wajib)
        layout.addWidget(self.total_due)
        pay = QFormLayout()
        pay.addRow(self.captions["amount"], self.amount)
        pay.addRow("", self.to_sukarela)
        pay.addRow("", self.error)
        pay.addRow(self.captions["split"], self.split)
        layout.addLayout(pay)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(900, 620)
        self.retranslate()
        self.member.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Setoran anggota"))
        self.captions["member"].setText(self.tr("&Anggota (nomor atau nama)"))
        self.captions["on"].setText(self.tr("&Tanggal"))
        self.captions["amount"].setText(self.tr("&Uang diterima (Rp)"))
        self.captions["split"].setText(self.tr("Dibagi menjadi"))
        for caption in ("member", "on", "amount"):
            self.captions[caption].setBuddy(getattr(self, caption))
        self.dues.setHorizontalHeaderLabels([
            self.tr("Pinjaman"), self.tr("Angsuran pokok"), self.tr("Jasa"), self.tr("Denda"),
            self.tr("Jumlah tagihan"), self.tr("Sisa pinjaman"),
        ])
        self.to_sukarela.setText(self.tr("Sisanya ke simpanan &sukarela"))
        self.save_button.setText(self.tr("Simpan (Enter)"))
        self.print_button.setText(self.tr("Cetak kuitansi (Ctrl+P)"))
        self.close_button.setText(self.tr("Tutup"))
        self._show_dues()

    # --- choosing the member -----------------------------------------------------------

    def choose_member(self, member_id: int) -> None:
        self.member.setCurrentIndex(self.member.findData(member_id))

    def _member_chosen(self) -> None:
        self.result.clear()
        self._load_dues()
        if self._dues is not None:
            self.amount.setFocus()

    def _load_dues(self) -> None:
        member_id, on = self.member.currentData(), self.on.date()
        self._dues = None
        self.error.show_text("")
        if member_id is not None:
            if on is None:
                self.error.show_text(issue_text(self.on.issue("on") or Issue("on", "required")))
            else:
                try:
                    self._dues = collection.dues(member_id, on)
                except Rejected as refused:
                    self.error.show_text("\n".join(issue_text(i) for i in refused.issues))
        self._show_dues()
        self._show_split()

    def _show_dues(self) -> None:
        dues = self._dues
        loans = dues.loans if dues else ()
        self.dues.setRowCount(len(loans))
        for row, loan in enumerate(loans):
            cells = [loan.number, *(rupiah(v) for v in (loan.pokok_rp, loan.jasa_rp, loan.denda_rp, loan.total_rp,
                                                       loan.outstanding_rp))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.dues.setItem(row, column, item)
        if dues is None:
            self.wajib.clear()
            self.total_due.clear()
            return
        self.wajib.setText(self.tr("Simpanan wajib terutang: {owed} (bulan ini {month})").format(
            owed=rupiah(dues.wajib_owed_rp), month=rupiah(dues.wajib_this_month_rp)))
        self.total_due.setText(self.tr("Jumlah tagihan hari ini: {total}").format(total=rupiah(dues.total_rp)))

    # --- the split -----------------------------------------------------------------------

    def _cash(self) -> int | None:
        return parse_rupiah(self.amount.text()) if self.amount.text().strip() else None

    def _show_split(self) -> None:
        self.split.clear()
        if self._dues is None:
            return
        self.error.show_text("")
        cash = self._cash()
        if cash is None:
            if self.amount.text().strip():
                self.error.show_text(issue_text(Issue("cash_rp", "amount.unreadable")))
            return
        try:
            split = collection.preview(self._dues.member.id, self.on.date(), cash, self.to_sukarela.isChecked())
        except Rejected as refused:
            self.error.show_text("\n".join(issue_text(i) for i in refused.issues))
            return
        self.split.setText("\n".join(self._split_lines(split)))

    def _split_lines(self, split: Split) -> list[str]:
        lines = []
        for part in split.loans:
            for label, amount in ((self.tr("Denda"), part.denda_rp), (self.tr("Jasa"), part.jasa_rp),
                                  (self.tr("Angsuran pokok"), part.pokok_rp)):
                if amount:
                    lines.append(f"{label} {part.number}: {rupiah(amount)}")
        if split.wajib_rp:
            lines.append(self.tr("Simpanan wajib: {amount}").format(amount=rupiah(split.wajib_rp)))
        if split.sukarela_rp:
            lines.append(self.tr("Simpanan sukarela: {amount}").format(amount=rupiah(split.sukarela_rp)))
        return lines

    # --- saving and printing -------------------------------------------------------------

    def save(self) -> None:
        if self._dues is None:
            self.member.setFocus()
            return
        cash = self._cash()
        if cash is None:
            self.error.show_text(issue_text(Issue("cash_rp", "amount.unreadable" if self.amount.text().strip()
                                                  else "required")))
            self.amount.setFocus()
            return
        try:
            paid = collection.take_payment(self._dues.member.id, self.on.date(), cash, self.to_sukarela.isChecked())
        except Rejected as refused:
            self.error.show_text("\n".join(issue_text(i) for i in refused.issues))
            self.amount.setFocus()
            return
        self._receipt = paid.receipt_number
        self.print_button.setEnabled(True)
        self.result.setText(self.tr("Tersimpan: {amount}, kuitansi {number}. Ctrl+P mencetak kuitansi.").format(
            amount=rupiah(cash), number=paid.receipt_number))
        self.amount.clear()
        self.to_sukarela.setChecked(False)
        self._load_dues()
        self.changed.emit()
        self.amount.setFocus()

    def print_receipt(self) -> None:
        """Make the receipt on the paper chosen in Pengaturan and show it with Print focused:
        Ctrl+P here, then Ctrl+P (or Enter) and Enter in the preview."""
        if self._receipt is None:
            return
        documents_ui.print_receipt(self, self._receipt)
