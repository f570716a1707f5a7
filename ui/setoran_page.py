"""Setoran (Ctrl+T): one member's cash at the meeting, split over what she owes, one save.

Keyboard first: type a number ("12") or part of a name and Enter picks the only member it
matches (or pick from the list); the cursor then lands in "Uang diterima"; the split shows as
she types, and under it one field per part (each loan, wajib, sukarela) that she may change
within the rules before saving (Tab to reach them); Enter saves ONCE (one entry, one receipt
number) and the cursor goes back to an empty member field, the line above the buttons saying
what was saved. Ctrl+P shows the receipt of the member on screen — the one just saved — and
nothing once another member is picked. Esc with an amount typed and not saved asks first (once:
KeyboardDialog's question); a member chosen and no amount is nothing to lose. A member who has
left is said beside the field, the cursor kept there.
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
from app.collection import EditedSplit, MemberDues, Split
from app.errors import Issue, Rejected
from app.formatting import parse_rupiah, rupiah, thousands
from ui import documents_ui
from ui.attempts import Attempt
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
        self._reading: collection.Reading | None = None  # her dues as read once, for the split as she types
        self._receipt: str | None = None  # the receipt of the member on screen (just saved)
        everyone = members.list_members()
        self._members = [m for m in everyone if m.active]
        self._left = [m for m in everyone if not m.active]  # named, to say she has left
        self._part_edits: dict[object, QLineEdit] = {}  # loan id, "wajib", "sukarela" -> its field
        self._split_edited = False  # she changed a part: save what she set, within the rules
        self._closing = False  # closed by the program (the main window going away): no question
        self._attempt = Attempt()

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
        self.member.lineEdit().returnPressed.connect(self._member_entered)
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
        self.amount.textEdited.connect(self._cash_edited)
        self.amount.returnPressed.connect(self.save)  # the only way Enter saves: no default button
        self.to_sukarela = QCheckBox(objectName="to_sukarela")  # Enter on it saves too (keyPressEvent)
        self.to_sukarela.toggled.connect(self._cash_edited)
        self.parts = QFormLayout()
        self.parts_caption = QLabel(objectName="parts_caption")
        self.error = ErrorLabel(keep_room=True)  # its line is there when empty: nothing jumps
        self.error.setObjectName("error")
        self.member_error = ErrorLabel()
        self.member_error.setObjectName("member_error")
        self.member.lineEdit().textEdited.connect(lambda: self.member_error.show_text(""))
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
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field is that field's, never a second save
            button.setDefault(False)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_receipt)

        self.form = QFormLayout()
        self.captions = {key: QLabel() for key in ("member", "on", "amount", "split")}
        member_row = QHBoxLayout()
        member_row.addWidget(self.member)
        member_row.addWidget(self.member_error, 1)
        self.form.addRow(self.captions["member"], member_row)
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
        pay.addRow(self.parts_caption, QWidget())
        layout.addLayout(pay)
        layout.addLayout(self.parts)
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
        self.parts_caption.setText(self.tr("Ubah pembagian (Tab), bila perlu:"))
        self._word_parts()
        self.save_button.setText(self.tr("Simpan (Enter)"))
        self.print_button.setText(self.tr("Cetak kuitansi (Ctrl+P)"))
        self.close_button.setText(self.tr("Tutup"))
        self._show_dues()

    # --- choosing the member -----------------------------------------------------------

    def choose_member(self, member_id: int) -> None:
        self.member.setCurrentIndex(self.member.findData(member_id))

    def _matches(self, text: str) -> list[int]:
        """The members `text` names: her whole line as listed, her number ("12"), or part of her name."""
        text = text.strip()
        if not text:
            return []
        labels = {self.member.itemData(i): self.member.itemText(i) for i in range(1, self.member.count())}
        exact = [member_id for member_id, label in labels.items() if label == text]
        if exact:
            return exact
        if text.isdigit():
            by_number = [m.id for m in self._members if m.number == int(text)]
            if by_number:
                return by_number
        text = text.casefold()
        return [member_id for member_id, label in labels.items() if text in label.casefold()]

    def _member_entered(self) -> None:
        """Enter in the member field: the only member it matches is chosen."""
        popup = self.member.completer().popup()
        if self._has_left(self.member.lineEdit().text()):
            return
        found = self._matches(self.member.lineEdit().text())
        if len(found) != 1:
            return
        popup.hide()
        if found[0] == self.member.currentData():
            self.member.setEditText(self.member.currentText())
            self.amount.setFocus()
        else:
            self.choose_member(found[0])

    def _has_left(self, text: str) -> bool:
        """Her number typed but she has left: say so beside the field, the cursor kept there."""
        text = text.strip()
        gone = [m for m in self._left if text.isdigit() and m.number == int(text)]
        if not gone:
            return False
        member = gone[0]
        self.member_error.show_text(issue_text(Issue("member", "member.left_named", {
            "member": f"{members.format_number(member.number)} {member.name}", "left_on": member.left_on})))
        self.member.lineEdit().selectAll()
        self.member.setFocus()
        return True

    def _member_chosen(self) -> None:
        if self.member.currentData() is not None:
            self.result.clear()
            self._receipt = None  # Ctrl+P never prints the previous member's receipt
            self.print_button.setEnabled(False)
        self.amount.clear()
        self.to_sukarela.setChecked(False)
        self._load_dues()
        if self._dues is not None:
            self.amount.setFocus()

    def _load_dues(self) -> None:
        member_id, on = self.member.currentData(), self.on.date()
        self._dues = self._reading = None
        self.error.show_text("")
        if member_id is not None:
            if on is None:
                self.error.show_text(issue_text(self.on.issue("on") or Issue("on", "required")))
            else:
                try:
                    self._reading = collection.read(member_id, on)
                    self._dues = self._reading.dues
                except Rejected as refused:
                    self.error.show_text("\n".join(issue_text(i) for i in refused.issues))
        self._show_dues()
        self._build_parts()
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

    # --- the parts she may change ---------------------------------------------------------

    def _build_parts(self) -> None:
        """One field per part the cash can go to: each of her loans, wajib, sukarela."""
        while self.parts.rowCount():  # later, not now: Enter in one of them is what saved
            row = self.parts.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        self._part_edits = {}
        self._split_edited = False
        if self._dues is None:
            self.parts_caption.hide()
            return
        self.parts_caption.show()
        keys = [loan.loan_id for loan in self._dues.loans] + ["wajib", "sukarela"]
        for key in keys:
            edit = QLineEdit(objectName=f"part_{key}")
            edit.setMaximumWidth(self.amount.maximumWidth())
            edit.textEdited.connect(self._part_edited)
            edit.returnPressed.connect(self.save)
            self._part_edits[key] = edit
            self.parts.addRow(QLabel(), edit)
            if self.isVisible():  # at once, not when the layout next runs: Tab reaches it
                edit.show()
        chain = [self.amount, self.to_sukarela, *self._part_edits.values(), self.save_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self._word_parts()

    def _word_parts(self) -> None:
        if self._dues is None:
            return
        numbers = {loan.loan_id: loan.number for loan in self._dues.loans}
        for row, key in enumerate(self._part_edits):
            label = self.parts.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if key == "wajib":
                label.setText(self.tr("Simpanan wajib"))
            elif key == "sukarela":
                label.setText(self.tr("Simpanan sukarela"))
            else:
                label.setText(self.tr("Pinjaman {loan}").format(loan=numbers[key]))

    def _fill_parts(self, split: Split | None) -> None:
        amounts = dict.fromkeys(self._part_edits, 0)
        if split is not None:
            amounts.update({part.loan_id: part.total_rp for part in split.loans})
            amounts.update(wajib=split.wajib_rp, sukarela=split.sukarela_rp)
        for key, edit in self._part_edits.items():
            edit.setText(thousands(amounts[key]) if split is not None else "")

    def _edited_split(self) -> EditedSplit | str:
        """What she set in the part fields, or the text of the first field that is no rupiah."""
        values = {}
        for key, edit in self._part_edits.items():
            text = edit.text().strip()
            value = parse_rupiah(text) if text else 0
            if value is None:
                return text
            values[key] = value
        return EditedSplit({k: v for k, v in values.items() if type(k) is int},
                           values.get("wajib", 0), values.get("sukarela", 0))

    def _part_edited(self) -> None:
        self._split_edited = True
        self._show_split()

    def _cash_edited(self) -> None:
        """A new amount (or the sukarela tick) starts the split again from the rules."""
        self._split_edited = False
        self._show_split()

    def _show_split(self) -> None:
        self.split.clear()
        if self._dues is None:
            return
        self.error.show_text("")
        cash = self._cash()
        if cash is None:
            if not self._split_edited:
                self._fill_parts(None)
            if self.amount.text().strip():
                self.error.show_text(issue_text(Issue("cash_rp", "amount.unreadable")))
            return
        try:
            split = collection.preview(self._dues.member.id, self.on.date(), cash, self.to_sukarela.isChecked(),
                                       split=self._split_choice(), reading=self._reading)
        except Rejected as refused:
            self.error.show_text("\n".join(issue_text(i) for i in refused.issues))
            if not self._split_edited:
                self._fill_parts(None)  # no split of this amount: never the last one's parts
            return
        if not self._split_edited:
            self._fill_parts(split)
        self.split.setText("\n".join(self._split_lines(split)))

    def _split_choice(self) -> EditedSplit | None:
        """The edited split to preview or save (None: by the rules); a part that is no rupiah
        is refused here as the service would refuse it."""
        if not self._split_edited:
            return None
        edited = self._edited_split()
        if isinstance(edited, str):
            raise Rejected.one("split", "amount.unreadable")
        return edited

    def _split_lines(self, split: Split) -> list[str]:
        lines = []
        for part in split.loans:
            for label, amount in ((self.tr("Denda"), part.denda_rp), (self.tr("Jasa"), part.jasa_rp),
                                  (self.tr("Angsuran pokok"), part.pokok_rp)):
                if amount:
                    lines.append(f"{label} {part.number}: {rupiah(amount)}")
            if part.ahead_rp:
                lines.append(self.tr("  (termasuk angsuran berikutnya {loan}: {amount})").format(
                    loan=part.number, amount=rupiah(part.ahead_rp)))
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
        member = self._dues.member
        try:
            what = (member.id, self.on.date(), cash, self.to_sukarela.isChecked(), self._split_choice())
            paid = collection.take_payment(*what[:4], split=what[4], attempt=self._attempt.token(what))
        except Rejected as refused:
            self.error.show_text("\n".join(issue_text(i) for i in refused.issues))
            self.amount.setFocus()
            return
        self._attempt.saved()
        self.member.setCurrentIndex(0)  # empty, ready for the next member (keeps no amount)
        self.member.setEditText("")
        self._receipt = paid.receipt_number
        self.print_button.setEnabled(True)
        self.result.setText(self.tr("Tersimpan: {member}, {amount}, kuitansi {number}. Ctrl+P mencetak kuitansi.").format(
            member=f"{members.format_number(member.number)} {member.name}", amount=rupiah(cash),
            number=paid.receipt_number))
        self.changed.emit()
        self.member.setFocus()

    def has_unsaved_input(self) -> bool:
        """What Esc, Tutup and the window's close box ask about (KeyboardDialog asks, once): an
        amount typed for the member on screen and not saved. A member chosen alone is nothing to
        lose, nor is anything when the program closes the window (the main window going away)."""
        return not self._closing and self._dues is not None and bool(self.amount.text().strip())

    def closeEvent(self, event) -> None:
        if not event.spontaneous():
            self._closing = True
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        """Enter on the sukarela box saves, as Enter in the amount does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.to_sukarela:
            self.save()
            return
        super().keyPressEvent(event)

    def print_receipt(self) -> None:
        """Make the receipt of the member on screen (the one just saved) on the paper chosen in
        Pengaturan and show it with Print focused: Ctrl+P here, then Ctrl+P (or Enter) and Enter
        in the preview. Nothing once another member is picked."""
        if self._receipt is None:
            return
        documents_ui.print_receipt(self, self._receipt)
