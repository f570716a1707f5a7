"""Tandai keluar: a member leaves on a date; her number and history stay in the book.
Batalkan keluar: a leaving marked by mistake (no settlement) is undone, with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import clock
from app.errors import Issue, Rejected
from app.formatting import short_date
from app.members import REASON_LIMIT, MemberRow, format_number, mark_left, undo_leaving
from ui.date_field import DateField
from ui.field_errors import ErrorLabel, FieldErrors
from ui.form_dialog import FormDialog
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating


class LeaveDialog(Retranslating, KeyboardDialog, QDialog):
    def __init__(self, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self.saved: MemberRow | None = None
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.left_on = DateField()
        self.left_on.set_date(clock.today())
        self.caption = QLabel()
        self.caption.setBuddy(self.left_on)
        form = QFormLayout()
        form.addRow(self.caption, self.left_on)
        form.addRow("", self.errors.add("left_on", self.left_on))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(420)
        self.left_on.selectAll()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tandai keluar"))
        self.intro.setText(self.tr(
            "{number} – {name} keluar dari kelompok. Nomor anggota dan riwayatnya tetap disimpan."
        ).format(number=format_number(self.member.number), name=self.member.name))
        self.caption.setText(self.tr("Tanggal keluar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tandai keluar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))

    def accept(self) -> None:
        left_on = self.left_on.date()
        if left_on is None:
            self.errors.show([self.left_on.issue("left_on") or Issue("left_on", "required")])
            return
        try:
            self.saved = mark_left(self.member.id, left_on)
        except Rejected as rejected:
            self.errors.show(rejected.issues)
            return
        super().accept()


class UndoLeaveDialog(FormDialog):
    """Batalkan keluar: she is active again; the reason is kept in her history."""

    def __init__(self, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoLeaveDialog")
        self.member = member
        self.reason = self.add_field("reason", QLineEdit(), stretch=True)
        self.reason.setMaxLength(REASON_LIMIT)
        self.retranslate()
        self.reason.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Batalkan keluar"))
        self.intro.setText(self.tr(
            "{number} – {name} ditandai keluar pada {left_on}. Jika itu keliru, ia kembali menjadi "
            "anggota aktif; pembatalan ini dicatat dalam riwayatnya bersama alasannya."
        ).format(number=format_number(self.member.number), name=self.member.name,
                 left_on=short_date(self.member.left_on)))
        self.captions["reason"].setText(self.tr("Alasan"))
        self.save_button.setText(self.tr("Batalkan keluar"))

    def save(self) -> MemberRow:
        return undo_leaving(self.member.id, self.reason.text())
