"""The dialogs of Simpanan and Pinjaman: a caption, a field and its error line per row, an intro
above, Simpan / Batal below, and an optional panel beside the form (a schedule preview)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.accounts import list_accounts
from app.cashbox import pos
from app.errors import Issue, Rejected
from app.formatting import read_rupiah
from ui.dialog_keys import KeyboardDialog
from ui.field_errors import ErrorLabel, FieldErrors
from ui.retranslating import Retranslating

WIDEST_AMOUNT = "Rp000.000.000.000"


def amount_edit() -> QLineEdit:
    """A field for rupiah as people type them ("50.000"), wide enough for billions."""
    edit = QLineEdit()
    edit.setMaxLength(24)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(WIDEST_AMOUNT) + 16)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance(WIDEST_AMOUNT) + 40)
    return edit


def read_amount(edit: QLineEdit, field: str) -> tuple[int | None, Issue | None]:
    """The rupiah typed ('50.000', 'Rp50.000', '300rb', '1,5 juta'), or the issue that says why
    not (unreadable, ambiguous like '1.5', or not whole rupiah like '1,5')."""
    text = edit.text().strip()
    if not text:
        return None, Issue(field, "required")
    value, problem = read_rupiah(text)
    if value is None:
        return None, Issue(field, problem or "amount.unreadable", {"text": text})
    return value, None


def cash_accounts() -> QComboBox:
    """Kas and Bank (and any 1-1xx account the group added): where money comes and goes, by
    name (with the code only where Pengaturan turned "Tampilkan kode akun" on; always in the
    tooltip, for whoever keeps the ledger)."""
    combo = QComboBox()
    codes = pos.show_codes()
    for account in list_accounts(active_only=True):
        if account.kind == "asset" and account.code.startswith("1-1"):
            combo.addItem(pos.label(account.code, account.name, codes), account.code)
            combo.setItemData(combo.count() - 1, account.code, Qt.ItemDataRole.ToolTipRole)
    return combo


class FormDialog(Retranslating, KeyboardDialog, QDialog):
    """Subclasses add rows, word them in retranslate(), and write in save(): a Rejected from
    the service shows beside its fields and keeps the dialog open; None means she said Batal
    to a confirmation. The keyboard (first field, Simpan the default, Esc asks when she typed
    something, never shrinking) comes from ui.dialog_keys; Tab follows the order of add_field."""

    figures_right = False  # read-only figures right-aligned (columns of rupiah)
    least_width = 520  # opened at least this wide (a minimum set on the dialog would let Qt squeeze the form)

    def __init__(self, parent: QWidget | None = None, beside: QLayout | None = None) -> None:
        super().__init__(parent)
        self.saved = None
        self.intro = QLabel()
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("error_general")
        self.errors = FieldErrors(self.general_error)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(4)
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self._rows = 0
        self._last_field: QWidget | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        form = QVBoxLayout()
        form.addWidget(self.intro)
        form.addWidget(self.general_error)
        form.addLayout(self.grid)
        form.addStretch(1)
        layout = QVBoxLayout(self)
        if beside is None:
            layout.addLayout(form, 1)
        else:
            columns = QHBoxLayout()
            columns.addLayout(form, 0)
            columns.addSpacing(12)
            columns.addLayout(beside, 1)
            layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def add_field(self, field: str, widget: QWidget, stretch: bool = False) -> QWidget:
        caption = QLabel()
        caption.setBuddy(widget)
        widget.setObjectName(field)
        self.captions[field] = caption
        self.grid.addWidget(caption, self._rows, 0)
        self.grid.addWidget(widget, self._rows, 1, Qt.AlignmentFlag(0) if stretch else Qt.AlignmentFlag.AlignLeft)
        self.grid.addWidget(self.errors.add(field, widget), self._rows + 1, 1)
        self._rows += 2
        if self._last_field is not None:
            QWidget.setTabOrder(self._last_field, widget)
        self._last_field = widget
        return widget

    def add_value(self, key: str, bold: bool = False) -> QLabel:
        """A read-only figure with its caption."""
        caption, value = QLabel(), QLabel()
        value.setObjectName(f"value_{key}")
        if self.figures_right:
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance(WIDEST_AMOUNT))
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = QFont(value.font())
            font.setBold(True)
            value.setFont(font)
        self.captions[key], self.values[key] = caption, value
        self.grid.addWidget(caption, self._rows, 0)
        self.grid.addWidget(value, self._rows, 1, Qt.AlignmentFlag.AlignLeft)
        self._rows += 1
        return value

    def add_note(self, key: str) -> QLabel:
        note = QLabel()
        note.setObjectName(key)
        note.setWordWrap(True)
        self.grid.addWidget(note, self._rows, 0, 1, 2)
        self._rows += 1
        return note

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Simpan"))
        self.cancel_button.setText(self.tr("Batal"))

    def show_issues(self, issues: list[Issue]) -> None:
        self.errors.show(issues)
        self.grow_to_fit()

    def save(self):
        """Call the service; raise Rejected to have its issues shown."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            saved = self.save()
        except Rejected as rejected:
            self.show_issues(rejected.issues)
            return
        if saved is None:  # she said Batal to the confirmation
            return
        self.errors.clear()
        self.saved = saved
        super().accept()
