"""Kas & Buku's own money: Catat penerimaan, Catat pengeluaran (equipment bought goes into the
Buku Inventaris with it) and Pindah Kas ↔ Bank. Each calls one service of app.cashbox.moves; a
refusal shows beside its field (a payment larger than the cash box says what Kas held that day).
After a save the dialog stays open with its kuitansi or bukti kas keluar number: Ctrl+P prints
it, Enter closes.

Accounts are shown by name; their codes only where Pengaturan turned "Tampilkan kode akun" on.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app import clock, inventory, ledger, settings, text_rules
from app.cashbox import moves, pos
from app.errors import Issue, Rejected
from app.formatting import rupiah
from app.inventory import InventoryInput
from ui.date_field import DateField
from ui.depreciation_dialogs import kind_box, kind_text
from ui.form_dialog import FormDialog, amount_edit, cash_accounts, read_amount
from ui.receipt_done import ReceiptAfterSave
from ui.savings_dialogs import read_date

ITEM_FIELDS = ("item_name", "item_kind", "item_quantity", "item_unit", "item_location")


def pos_box(choices: list[pos.Pos]) -> QComboBox:
    box = QComboBox()
    codes = pos.show_codes()
    for item in choices:
        box.addItem(pos.label(item.code, item.name, codes), item.code)
    return box


def _text_edit(limit: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(limit)
    return edit


class CashMoveDialog(ReceiptAfterSave, FormDialog):
    """Uraian, Jumlah, the pos, Kas or Bank, who paid or received, Tanggal; then the number."""

    cash_first = False  # Kas or Bank above the account (a transfer: Dari, then Ke)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = self.add_field("description", _text_edit(moves.DESCRIPTION_LIMIT), stretch=True)
        self.amount = self.add_field("amount", amount_edit())
        if self.cash_first:
            self.cash_account = self.add_field("cash_account", cash_accounts())
        self._add_account_field()
        if not self.cash_first:
            self.cash_account = self.add_field("cash_account", cash_accounts())
        self.party_name = self.add_field("party_name", _text_edit(text_rules.TEXT), stretch=True)
        self.entry_date = self.add_field("entry_date", DateField())
        self.entry_date.set_date(clock.today())
        self.available = self.add_value("available")
        self.cash_account.currentIndexChanged.connect(self.show_available)
        self.entry_date.textChanged.connect(self.show_available)
        # "Not enough money" (at Jumlah) is about Kas or Bank and the day as much as the amount.
        self.errors.about("amount", "cash_account", "entry_date")
        self._cash_chosen = False  # she picked Kas or Bank herself: the pos no longer picks it
        self.cash_account.activated.connect(self._cash_picked)

    def _add_account_field(self) -> None:
        raise NotImplementedError

    def _cash_picked(self) -> None:
        self._cash_chosen = True

    def follow_pos(self) -> None:
        """A pos of the bank's own (bunga bank, biaya administrasi bank) goes through Bank, any
        other through Kas, until she picks Kas or Bank herself."""
        if self._cash_chosen:
            return
        index = self.cash_account.findData(ledger.BANK if pos.banks_own(self.account.currentData()) else ledger.KAS)
        if index >= 0:
            self.cash_account.setCurrentIndex(index)

    def show_available(self) -> None:
        """What Kas (or Bank) holds on the chosen day and may still pay out."""
        code, on = self.cash_account.currentData(), self.entry_date.date()
        if code is None or on is None:
            self.available.setText("")
            return
        held, _day = ledger.cash_available(code, on)
        self.available.setText(rupiah(held))

    def retranslate(self) -> None:
        super().retranslate()
        for key, text in {"description": self.tr("Uraian"), "amount": self.tr("Jumlah (Rp)"),
                          "cash_account": self.tr("Kas atau Bank"), "entry_date": self.tr("Tanggal"),
                          "available": self.tr("Saldo pada tanggal itu")}.items():
            self.captions[key].setText(text)
        self.amount.setPlaceholderText(self.tr("misalnya 50.000"))
        self.show_available()

    def read(self) -> tuple[date | None, int | None]:
        """The date and amount typed, or a refusal for what cannot be read."""
        amount, bad_amount = read_amount(self.amount, "amount")
        on, bad_date = read_date(self.entry_date, "entry_date")
        if bad_amount or bad_date:
            raise Rejected([i for i in (bad_amount, bad_date) if i])
        return on, amount

    def move(self, account: str) -> moves.CashMove:
        on, amount = self.read()
        return moves.CashMove(on, self.description.text(), amount, account, self.cash_account.currentData() or "",
                              self.party_name.text())


class ReceiveDialog(CashMoveDialog):
    """Catat penerimaan: money from outside the members (bunga bank, bantuan desa, donations);
    a kuitansi."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiveDialog")
        self.account.currentIndexChanged.connect(self.follow_pos)
        self.follow_pos()
        self.retranslate()
        self.description.setFocus()

    def _add_account_field(self) -> None:
        self.account = self.add_field("account", pos_box(pos.income()))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Catat penerimaan"))
        self.intro.setText(self.tr("Uang masuk dari luar simpanan dan angsuran anggota. Kuitansi dibuat "
                                   "untuk pemberinya."))
        self.captions["account"].setText(self.tr("Penerimaan dari"))
        self.captions["party_name"].setText(self.tr("Diterima dari"))
        self.description.setPlaceholderText(self.tr("misalnya Bunga tabungan Maret"))
        self.party_name.setPlaceholderText(self.tr("misalnya Pemerintah Desa"))

    def save(self) -> moves.Recorded:
        return moves.receive(self.move(self.account.currentData() or ""))


class CashOutDialog(CashMoveDialog):
    """Catat pengeluaran: a group cost (ATK, konsumsi rapat, transport, the bank's fees), or
    equipment bought ("ini pembelian inventaris": its name, quantity, unit and where it is
    kept go into the Buku Inventaris with the payment); a bukti kas keluar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payDialog")
        self.is_equipment = self.add_field("is_equipment", QCheckBox())
        self.item_name = self.add_field("item_name", _text_edit(inventory.LIMITS["name"]), stretch=True)
        self.item_kind = self.add_field("item_kind", kind_box())  # its depreciation life
        self.item_quantity = self.add_field("item_quantity", _text_edit(10))
        self.item_quantity.setText("1")
        self.item_unit = self.add_field("item_unit", _text_edit(inventory.LIMITS["unit"]))
        self.item_unit.setText("buah")
        self.item_location = self.add_field("item_location", _text_edit(inventory.LIMITS["location"]),
                                            stretch=True)
        self._cost_index = 0  # the pos chosen before "Ini pembelian inventaris" was ticked
        self.is_equipment.toggled.connect(self._equipment_toggled)
        self._equipment_toggled(False)
        self.account.currentIndexChanged.connect(self.follow_pos)
        self.follow_pos()
        self.retranslate()
        self.description.setFocus()

    def _add_account_field(self) -> None:
        self.account = self.add_field("account", pos_box(pos.costs()))

    def _equipment_toggled(self, on: bool) -> None:
        """Ticked, "Untuk" shows what the payment is posted to (Inventaris / peralatan), greyed;
        unticked, the pos she had chosen again."""
        for field in ITEM_FIELDS:
            self.captions[field].setVisible(on)
            getattr(self, field).setVisible(on)
        equipment = self.account.findData(pos.INVENTORY)
        if on and equipment < 0:
            self._cost_index = self.account.currentIndex()
            item = pos.inventory()
            self.account.addItem(pos.label(item.code, item.name), item.code)
            self.account.setCurrentIndex(self.account.count() - 1)
        elif not on and equipment >= 0:
            self.account.removeItem(equipment)
            self.account.setCurrentIndex(self._cost_index)
        self.account.setEnabled(not on)
        self.adjustSize()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Catat pengeluaran"))
        self.intro.setText(self.tr("Uang keluar untuk keperluan kelompok. Bukti kas keluar dibuat untuk "
                                   "penerimanya."))
        for key, text in {"account": self.tr("Untuk"), "party_name": self.tr("Dibayarkan kepada"),
                          "is_equipment": self.tr("Inventaris"), "item_name": self.tr("Nama barang"),
                          "item_quantity": self.tr("Jumlah barang"), "item_unit": self.tr("Satuan"),
                          "item_location": self.tr("Tempat penyimpanan"), "item_kind": self.tr("Jenis barang")}.items():
            self.captions[key].setText(text)
        for i, value in enumerate(inventory.ITEM_KINDS):
            self.item_kind.setItemText(i, kind_text(value))
        self.is_equipment.setText(self.tr("Ini pembelian inventaris (dicatat di Buku Inventaris)"))
        self.description.setPlaceholderText(self.tr("misalnya Snack rapat bulan Maret"))
        self.party_name.setPlaceholderText(self.tr("misalnya Toko Sinar"))

    def save(self) -> moves.Recorded:
        if not self.is_equipment.isChecked():
            return moves.pay(self.move(self.account.currentData() or ""))
        quantity_text = self.item_quantity.text().strip().replace(".", "")
        try:
            move = self.move(pos.INVENTORY)
        except Rejected as rejected:
            issues = rejected.issues
        else:
            issues = []
        quantity = int(quantity_text) if quantity_text.isdigit() else None
        if quantity_text and quantity is None:
            issues.append(Issue("item_quantity", "number.unreadable"))
        if issues:
            raise Rejected(issues)
        item = InventoryInput(name=self.item_name.text(), quantity=quantity, unit=self.item_unit.text(),
                              location=self.item_location.text(), kind=self.item_kind.currentData())
        return moves.pay(move, item)


class TransferDialog(CashMoveDialog):
    """Pindah Kas ↔ Bank: cash taken to the bank, or drawn from it; a bukti kas keluar signed by
    whoever carried the money."""

    cash_first = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        if self.account.count() > 1:
            self.account.setCurrentIndex(1)  # Kas → Bank, the usual way
        self.party_name.setText(settings.get("bendahara_name"))
        self.errors.about("account", "cash_account")  # Ke the same as Dari: changing either mends it
        self.retranslate()
        self.description.setFocus()  # the first field, as in every dialog (it may stay empty)

    def _add_account_field(self) -> None:
        self.account = self.add_field("account", cash_accounts())

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Pindah Kas ↔ Bank"))
        self.intro.setText(self.tr("Uang tunai disetor ke bank, atau diambil dari bank ke kas."))
        self.captions["cash_account"].setText(self.tr("Dari"))
        self.captions["account"].setText(self.tr("Ke"))
        self.captions["party_name"].setText(self.tr("Dibawa oleh"))
        self.description.setPlaceholderText(self.tr("boleh kosong: \"Pindah dari Kas ke Bank\""))

    def save(self) -> moves.Recorded:
        move = self.move(self.account.currentData() or "")
        if not move.description.strip():
            move.description = self.tr("Pindah dari {source} ke {target}").format(
                source=self.cash_account.currentText(), target=self.account.currentText())
        return moves.transfer(move)
