"""Buku Inventaris on screen: the register (the PKK book's columns) with Tambah, Terima hibah
barang (the item and its Modal hibah entry together, linked to its funder:
ui/funds_dialogs.FunderGrantDialog with the Pemberi to choose), Ubah, Hapuskan, and the
depreciation (Penyusutan, Kebijakan penyusutan: ui/depreciation_dialogs). A page embeds the
panel; it emits `changed` after each save and reloads on refresh().

Tambah writes the item with its entry (app.assets.register): bought (paid from Kas or Bank, with
its bukti kas keluar), a gift (Modal hibah) or owned before the book started (Modal awal).
Hapuskan posts the disposal, with what it was sold for.

Items are never deleted: Hapuskan marks an item disposed with a date and a reason, and the
register keeps showing it (greyed, "Dihapus 05/08/2026: …") unless the box is unticked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock, inventory
from app.assets import register
from app.errors import Rejected
from app.formatting import rupiah, short_date, thousands
from app.inventory import InventoryInput, InventoryRow
from ui import roles_ui
from ui.date_field import DateField
from ui.depreciation_dialogs import DepreciationRunDialog, PolicyDialog, kind_box, kind_text
from ui.form_dialog import FormDialog, amount_edit, cash_accounts, read_amount
from ui.funds_dialogs import FunderGrantDialog
from ui.retranslating import Retranslating
from ui.savings_dialogs import read_date
from ui.table_export import RAW_ROLE, add_export_action

COLUMNS = ("no", "name", "origin", "acquired_on", "quantity", "location", "condition", "value", "note")


CONDITION_WORDS = {
    "baik": QT_TRANSLATE_NOOP("InventoryPanel", "Baik"),
    "rusak_ringan": QT_TRANSLATE_NOOP("InventoryPanel", "Rusak ringan"),
    "rusak_berat": QT_TRANSLATE_NOOP("InventoryPanel", "Rusak berat"),
}


def condition_text(condition: str) -> str:
    words = CONDITION_WORDS.get(condition)
    return QCoreApplication.translate("InventoryPanel", words) if words else condition


def _condition_box() -> QComboBox:
    box = QComboBox()
    for value in inventory.CONDITIONS:
        box.addItem(condition_text(value), value)
    return box


HOW_WORDS = {
    register.BOUGHT: QT_TRANSLATE_NOOP("InventoryPanel", "Dibeli (dibayar dari Kas atau Bank)"),
    register.GIFT: QT_TRANSLATE_NOOP("InventoryPanel", "Hibah / pemberian (modal hibah)"),
    register.OWNED: QT_TRANSLATE_NOOP("InventoryPanel", "Sudah dimiliki sebelum buku dimulai (modal awal)"),
}


def _quantity_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, inventory.MAX_QUANTITY)
    box.setValue(1)
    box.setGroupSeparatorShown(True)
    return box


class AddItemDialog(FormDialog):
    """Tambah barang: every column of the PKK book, what it cost, and how the group got it (its
    entry: paid from Kas or Bank to a seller, a gift, or owned before the book started)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addItemDialog")
        self.name = self.add_field("name", QLineEdit(), stretch=True)
        self.name.setMaxLength(inventory.LIMITS["name"])
        self.how = self.add_field("how", QComboBox())
        for how in register.HOW:
            self.how.addItem("", how)
        self.how.currentIndexChanged.connect(self._how_changed)
        self.cash_account = self.add_field("cash_account", cash_accounts())
        self.party_name = self.add_field("party_name", QLineEdit(), stretch=True)
        self.origin = self.add_field("origin", QLineEdit(), stretch=True)
        self.origin.setMaxLength(inventory.LIMITS["origin"])
        self.acquired_on = self.add_field("acquired_on", DateField())
        self.acquired_on.set_date(clock.today())
        self.kind = self.add_field("kind", kind_box())
        self.quantity = self.add_field("quantity", _quantity_box())
        self.unit = self.add_field("unit", QLineEdit("buah"))
        self.unit.setMaxLength(inventory.LIMITS["unit"])
        self.value = self.add_field("value_rp", amount_edit())
        self.value.setText("0")
        self.location = self.add_field("location", QLineEdit(), stretch=True)
        self.location.setMaxLength(inventory.LIMITS["location"])
        self.condition = self.add_field("condition", _condition_box())
        self.note = self.add_field("note", QLineEdit(), stretch=True)
        self.note.setMaxLength(inventory.LIMITS["note"])
        self.retranslate()
        self._how_changed()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tambah barang inventaris"))
        for key, text in {
            "name": self.tr("Nama barang"), "how": self.tr("Cara memperoleh"),
            "cash_account": self.tr("Dibayar dari"), "party_name": self.tr("Dibeli dari"),
            "origin": self.tr("Asal barang"), "acquired_on": self.tr("Tanggal penerimaan/pembelian"),
            "kind": self.tr("Jenis"), "quantity": self.tr("Jumlah"),
            "unit": self.tr("Satuan"), "value_rp": self.tr("Nilai perolehan (Rp)"),
            "location": self.tr("Tempat penyimpanan"), "condition": self.tr("Kondisi"),
            "note": self.tr("Keterangan"),
        }.items():
            self.captions[key].setText(text)
        self.origin.setPlaceholderText(self.tr("misalnya Hibah CSR, Beli sendiri"))
        self.party_name.setPlaceholderText(self.tr("nama toko atau penjual"))
        for i, how in enumerate(register.HOW):
            self.how.setItemText(i, QCoreApplication.translate("InventoryPanel", HOW_WORDS[how]))
        for i, value in enumerate(inventory.CONDITIONS):
            self.condition.setItemText(i, condition_text(value))
        for i, value in enumerate(inventory.ITEM_KINDS):
            self.kind.setItemText(i, kind_text(value))

    def _how_changed(self) -> None:
        bought = self.how.currentData() == register.BOUGHT
        for widget in (self.cash_account, self.party_name):
            widget.setEnabled(bought)

    def save(self) -> InventoryRow:
        acquired, date_issue = read_date(self.acquired_on, "acquired_on")
        value, value_issue = read_amount(self.value, "value_rp")
        data = InventoryInput(
            name=self.name.text(), origin=self.origin.text(), acquired_on=acquired,
            quantity=self.quantity.value(), unit=self.unit.text(), value_rp=value,
            location=self.location.text(), condition=self.condition.currentData(), note=self.note.text(),
            kind=self.kind.currentData())
        typed = {i.field: i for i in (date_issue, value_issue) if i is not None}  # what could not be read
        issues = [i for i in inventory.validate(data) if i.field not in typed] + list(typed.values())
        if issues:
            raise Rejected(issues)
        return register.acquire(data, self.how.currentData(), self.cash_account.currentData(),
                                self.party_name.text())


class EditItemDialog(FormDialog):
    """Ubah: condition, where it is kept, quantity and note (the rest is history)."""

    def __init__(self, item: InventoryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editItemDialog")
        self.item = item
        self.item_name = self.add_value("item")
        self.item_name.setText(item.name)
        self.condition = self.add_field("condition", _condition_box())
        self.condition.setCurrentIndex(self.condition.findData(item.condition))
        self.location = self.add_field("location", QLineEdit(item.location), stretch=True)
        self.location.setMaxLength(inventory.LIMITS["location"])
        self.quantity = self.add_field("quantity", _quantity_box())
        self.quantity.setValue(item.quantity)
        self.note = self.add_field("note", QLineEdit(item.note), stretch=True)
        self.note.setMaxLength(inventory.LIMITS["note"])
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Ubah barang inventaris"))
        for key, text in {"item": self.tr("Barang"), "condition": self.tr("Kondisi"),
                          "location": self.tr("Tempat penyimpanan"), "quantity": self.tr("Jumlah"),
                          "note": self.tr("Keterangan")}.items():
            self.captions[key].setText(text)
        for i, value in enumerate(inventory.CONDITIONS):
            self.condition.setItemText(i, condition_text(value))

    def save(self) -> InventoryRow:
        return inventory.update_item(self.item.id, self.condition.currentData(), self.location.text(),
                                     self.note.text(), self.quantity.value())


class DisposeDialog(FormDialog):
    """Hapuskan: the date it left the group, why, and what it was sold for (if it was); it stays
    in the book, and its value leaves the ledger's Peralatan by the disposal's entry."""

    def __init__(self, item: InventoryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disposeDialog")
        self.item = item
        self.item_name = self.add_value("item")
        self.item_name.setText(f"{item.name} ({thousands(item.quantity)} {item.unit})")
        self.disposed_on = self.add_field("disposed_on", DateField())
        self.disposed_on.set_date(clock.today())
        self.reason = self.add_field("reason", QLineEdit(), stretch=True)
        self.reason.setMaxLength(inventory.LIMITS["reason"])
        self.proceeds = self.add_field("proceeds_rp", amount_edit())
        self.proceeds.setText("0")
        self.buyer = self.add_field("buyer", QLineEdit(), stretch=True)
        self.cash_account = self.add_field("cash_account", cash_accounts())
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Hapuskan barang inventaris"))
        self.intro.setText(self.tr("Barang yang dihapuskan tetap tercatat di Buku Inventaris dengan tanggal "
                                   "dan alasannya. Nilainya keluar dari akun Peralatan; bila dijual, uangnya "
                                   "masuk Kas atau Bank dengan kuitansi."))
        for key, text in {"item": self.tr("Barang"), "disposed_on": self.tr("Tanggal dihapuskan"),
                          "reason": self.tr("Alasan"), "proceeds_rp": self.tr("Dijual seharga (Rp)"),
                          "buyer": self.tr("Pembeli"), "cash_account": self.tr("Uang masuk ke")}.items():
            self.captions[key].setText(text)
        self.reason.setPlaceholderText(self.tr("misalnya rusak berat, hilang, dijual"))

    def save(self) -> InventoryRow:
        on, issue = read_date(self.disposed_on, "disposed_on")
        proceeds, proceeds_issue = read_amount(self.proceeds, "proceeds_rp")
        issues = [i for i in (issue, proceeds_issue) if i is not None]
        if issues:
            raise Rejected(issues)
        return register.dispose(self.item.id, on, self.reason.text(), proceeds, self.cash_account.currentData(),
                                self.buyer.text())


class InventoryPanel(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inventoryPanel")
        self.rows: list[InventoryRow] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("inventoryTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        add_export_action(self.table, "inventaris")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in ("name", "origin", "location", "note"):  # long texts share the width (full text in the tip)
            header.setSectionResizeMode(COLUMNS.index(column), QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda: roles_ui.when_allowed(self.edit_button, self.edit_item)())
        self.add_button = QPushButton()
        self.add_button.setObjectName("addItem")
        self.add_button.clicked.connect(self.add_item)
        self.add_button.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editItem")
        self.edit_button.clicked.connect(self.edit_item)
        self.dispose_button = QPushButton()
        self.dispose_button.setObjectName("disposeItem")
        self.dispose_button.clicked.connect(self.dispose_item)
        self.grant_button = QPushButton()
        self.grant_button.setObjectName("grantItem")
        self.grant_button.clicked.connect(self.receive_grant)
        self.depreciation_button = QPushButton()
        self.depreciation_button.setObjectName("runDepreciation")
        self.depreciation_button.clicked.connect(self.run_depreciation)
        self.policy_button = QPushButton()
        self.policy_button.setObjectName("depreciationPolicy")
        self.policy_button.clicked.connect(self.edit_policy)
        self.show_disposed = QCheckBox()
        self.show_disposed.setObjectName("showDisposed")
        self.show_disposed.setChecked(True)
        self.show_disposed.toggled.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("inventorySummary")
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.grant_button, self.edit_button, self.dispose_button,
                       self.depreciation_button, self.policy_button):
            widget.setMinimumWidth(1)  # the row squeezes rather than widen the window
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_disposed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Tambah"))
        self.add_button.setToolTip(self.tr("Tambah barang (Ins)"))
        self.grant_button.setText(self.tr("Terima hibah barang…"))
        self.grant_button.setToolTip(self.tr("Barang pemberian: dicatat di buku ini dan sebagai modal hibah"))
        self.edit_button.setText(self.tr("Ubah"))
        self.dispose_button.setText(self.tr("Hapuskan"))
        self.depreciation_button.setText(self.tr("Penyusutan…"))
        self.depreciation_button.setToolTip(self.tr("Bukukan penyusutan inventaris satu bulan atau satu tahun"))
        self.policy_button.setText(self.tr("Kebijakan penyusutan…"))
        self.show_disposed.setText(self.tr("Tampilkan barang yang sudah dihapuskan"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No"), self.tr("Nama barang"), self.tr("Asal barang"), self.tr("Tanggal"), self.tr("Jumlah"),
            self.tr("Tempat penyimpanan"), self.tr("Kondisi"), self.tr("Nilai"), self.tr("Keterangan")])
        if self.rows:
            self._fill()

    def refresh(self) -> None:
        """Read the register again (after a save here or elsewhere, or another book)."""
        self.rows = inventory.list_items(include_disposed=self.show_disposed.isChecked())
        self._fill()

    def _note(self, row: InventoryRow) -> str:
        if row.disposed_on is None:
            return row.note
        words = self.tr("Dibatalkan {date} (storno): {reason}") if row.cancelled else self.tr("Dihapus {date}: {reason}")
        gone = words.format(date=short_date(row.disposed_on), reason=row.disposed_reason)
        return f"{row.note}; {gone}" if row.note else gone

    def _fill(self) -> None:
        selected = self.selected()
        self.table.setRowCount(len(self.rows))
        grey = QBrush(QColor("#777777"))
        for r, row in enumerate(self.rows):
            values = (str(r + 1), row.name, row.origin, short_date(row.acquired_on),
                      f"{thousands(row.quantity)} {row.unit}", row.location, condition_text(row.condition),
                      rupiah(row.value_rp), self._note(row))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                if COLUMNS[c] in ("no", "quantity", "value"):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.disposed:
                    cell.setForeground(grey)
                cell.setData(Qt.ItemDataRole.UserRole, row.id)
                raw = {"no": r + 1, "acquired_on": row.acquired_on, "value": row.value_rp}.get(COLUMNS[c])
                if raw is not None:
                    cell.setData(RAW_ROLE, raw)
                self.table.setItem(r, c, cell)
        if selected is not None:
            for r, row in enumerate(self.rows):
                if row.id == selected.id:
                    self.table.selectRow(r)
        held = [row for row in self.rows if not row.disposed]
        self.summary.setText(self.tr("{items} barang dimiliki, nilai perolehan {value}").format(
            items=len(held), value=rupiah(sum(row.value_rp for row in held))))
        self._selection_changed()

    def selected(self) -> InventoryRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        item = self.table.item(rows[0].row(), 0)
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((row for row in self.rows if row.id == wanted), None)

    def _selection_changed(self) -> None:
        row = self.selected()
        can_change = row is not None and not row.disposed
        self.edit_button.setEnabled(can_change)
        self.dispose_button.setEnabled(can_change)

    def _run(self, dialog: FormDialog) -> None:
        if dialog.exec():
            self.refresh()
            saved = dialog.saved
            saved_id = getattr(saved, "inventory_item_id", None) or getattr(saved, "id", None)
            for r, row in enumerate(self.rows):
                if row.id == saved_id:
                    self.table.selectRow(r)
            self.changed.emit()

    def add_item(self) -> None:
        self._run(AddItemDialog(self))

    def receive_grant(self) -> None:
        self._run(FunderGrantDialog(parent=self))

    def run_depreciation(self) -> None:
        self._run(DepreciationRunDialog(self))

    def edit_policy(self) -> None:
        self._run(PolicyDialog(self))

    def edit_item(self) -> None:
        row = self.selected()
        if row is not None and not row.disposed:
            self._run(EditItemDialog(row, self))

    def dispose_item(self) -> None:
        row = self.selected()
        if row is not None and not row.disposed:
            self._run(DisposeDialog(row, self))
