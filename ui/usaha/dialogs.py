"""The dialogs of a business: products, materials, prices and units; Beli bahan and paying a
supplier; Produksi; Jual and collecting a credit sale; Stok opname; work records and the
profit-share rule.

Each reads its fields, calls one service of app.usaha (which checks everything and writes one
record, or refuses and writes nothing) and shows each refusal in red under its own field.
Enter saves, Esc cancels. A cash sale and a collected payment stay open with their kuitansi
number, a cash purchase, a supplier paid and an expense with their bukti kas keluar's (signed
by whom it was paid to); Ctrl+P prints it (ui.receipt_done).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import clock, text_rules
from app.errors import Issue, Rejected
from app.formatting import rupiah, short_date, thousands
from app.rounding import Rounding, round_rupiah
from app.usaha import catalog, sharing, stock, trade, units
from app.usaha.catalog import ItemRow
from app.usaha.trade import MaterialUse, Payable, Receivable, SaleLine
from ui.date_field import DateField
from ui.form_dialog import FormDialog, amount_edit, cash_accounts, read_amount
from ui.receipt_done import ReceiptAfterSave
from ui.usaha.common import (
    RowsModel,
    date_cell,
    fill_units,
    item_combo,
    member_combo,
    money_cell,
    quantity_input,
    quantity_text,
    read_date,
    rows_table,
)

SALE_LINES = 3
MATERIAL_LINES = 3
TEXT_LIMIT = trade.MAX_NAME  # every free text of the usaha services (app.text_rules.TEXT)


def quantity_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(18)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("000.000,000") + 24)
    return edit


def _raise(issues: list[Issue]) -> None:
    if issues:
        raise Rejected(issues)


def _today_field() -> DateField:
    field = DateField()
    field.set_date(clock.today())
    return field


class NegativeStock(QObject):
    """The explicit decision to let stock go below zero: hidden until the service says the stock
    is not there; then a tick and a reason, both needed."""

    def __init__(self, dialog: FormDialog) -> None:
        super().__init__(dialog)
        self.allow = QCheckBox()
        self.allow.setObjectName("allowNegative")
        self.reason = QLineEdit()
        self.reason.setMaxLength(TEXT_LIMIT)
        self.reason.setEnabled(False)
        self.allow.toggled.connect(self.reason.setEnabled)
        dialog.add_field("allow_negative", self.allow)
        dialog.add_field("negative_reason", self.reason, stretch=True)
        self.dialog = dialog
        self.set_visible(False)

    def set_visible(self, visible: bool) -> None:
        for field in ("allow_negative", "negative_reason"):
            self.dialog.captions[field].setVisible(visible)
        self.allow.setVisible(visible)
        self.reason.setVisible(visible)

    def offer_if_short(self, issues: list[Issue]) -> None:
        if any(i.code == "stock.insufficient" for i in issues):
            self.set_visible(True)

    def retranslate(self) -> None:
        self.dialog.captions["allow_negative"].setText("")
        self.allow.setText(self.tr("Izinkan stok menjadi minus (keputusan pengurus)"))
        self.dialog.captions["negative_reason"].setText(self.tr("Alasan stok minus"))

    def values(self) -> tuple[bool, str]:
        return self.allow.isChecked(), self.reason.text()


# --- products, materials, prices, units ------------------------------------------------------


class ItemDialog(FormDialog):
    """Tambah produk (with its first price and a standard cost) or Tambah bahan baku."""

    def __init__(self, business_id: int, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog" if kind == "product" else "materialDialog")
        self.business_id, self.kind = business_id, kind
        self.name = QLineEdit()
        self.name.setMaxLength(text_rules.ITEM_NAME)
        self.unit = QComboBox()
        for unit in units.list_units(business_id):
            self.unit.addItem(unit.name if unit.factor == 1 else f"{unit.name} (= {unit.factor} {unit.base_name})",
                              unit.id)
        self.add_field("name", self.name, stretch=True)
        self.add_field("unit", self.unit)
        if kind == "product":
            self.price = amount_edit()
            self.effective_on = _today_field()
            self.standard_cost = amount_edit()
            self.standard_cost.setText("0")
            self.add_field("price_rp", self.price)
            self.add_field("effective_on", self.effective_on)
            self.add_field("standard_cost_rp", self.standard_cost)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        product = self.kind == "product"
        self.setWindowTitle(self.tr("Tambah produk") if product else self.tr("Tambah bahan baku"))
        self.intro.setText(self.tr("Harga dan harga pokok dihitung per satuan produk.") if product else
                           self.tr("Bahan baku dibeli dan dipakai untuk produksi, misalnya pakan itik dalam kg."))
        self.captions["name"].setText(self.tr("Nama"))
        self.captions["unit"].setText(self.tr("Satuan"))
        if product:
            self.captions["price_rp"].setText(self.tr("Harga jual (Rp)"))
            self.captions["effective_on"].setText(self.tr("Berlaku mulai"))
            self.captions["standard_cost_rp"].setText(self.tr("Harga pokok standar (Rp)"))

    def save(self):
        if self.kind == "material":
            return catalog.add_material(self.business_id, self.name.text(), self.unit.currentData())
        price, issue = read_amount(self.price, "price_rp")
        on, date_issue = read_date(self.effective_on, "effective_on")
        cost, cost_issue = read_amount(self.standard_cost, "standard_cost_rp")
        if cost_issue is not None and not self.standard_cost.text().strip():
            cost, cost_issue = 0, None
        _raise([i for i in (issue, date_issue, cost_issue) if i])
        return catalog.add_product(self.business_id, self.name.text(), self.unit.currentData(), price, on, cost)


class PriceDialog(FormDialog):
    """Ubah harga: a new price from a date; the history beside it."""

    def __init__(self, item: ItemRow, parent: QWidget | None = None) -> None:
        self.history_model = RowsModel()
        self.history = rows_table("priceHistory", self.history_model, stretch=2)
        self.history.setMinimumWidth(320)
        self.history_caption = QLabel()
        beside = QVBoxLayout()
        beside.addWidget(self.history_caption)
        beside.addWidget(self.history, 1)
        super().__init__(parent, beside)
        self.setObjectName("priceDialog")
        self.item = item
        self.price = amount_edit()
        self.effective_on = _today_field()
        now = catalog.price_on(item.id, clock.today())
        self.add_value("current")
        self.values["current"].setText(rupiah(now) if now is not None else "–")
        self.add_field("price_rp", self.price)
        self.add_field("effective_on", self.effective_on)
        rows = [[date_cell(p.effective_on), money_cell(p.price_rp), (p.created_by, p.created_by)]
                for p in reversed(catalog.price_history(item.id))]
        self.history_model.set_rows(rows)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Ubah harga – {item}").format(item=self.item.name))
        self.intro.setText(self.tr("Harga per {unit}. Harga lama tetap tercatat; penjualan memakai harga "
                                   "yang berlaku pada tanggalnya.").format(unit=self.item.unit_name))
        self.captions["current"].setText(self.tr("Harga hari ini"))
        self.captions["price_rp"].setText(self.tr("Harga baru (Rp)"))
        self.captions["effective_on"].setText(self.tr("Berlaku mulai"))
        self.history_caption.setText(self.tr("Riwayat harga"))
        self.history_model.set_headers([self.tr("Berlaku mulai"), self.tr("Harga"), self.tr("Dicatat oleh")], {1})

    def save(self):
        price, issue = read_amount(self.price, "price_rp")
        on, date_issue = read_date(self.effective_on, "effective_on")
        _raise([i for i in (issue, date_issue) if i])
        catalog.set_price(self.item.id, price, on)
        return True


class StandardCostDialog(FormDialog):
    """Ubah harga pokok standar: the cost a product is valued at before its real cost is known."""

    def __init__(self, item: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standardCostDialog")
        self.item = item
        self.add_value("current")
        self.values["current"].setText(rupiah(item.standard_cost_rp))
        self.standard_cost = amount_edit()
        self.standard_cost.setText(thousands(item.standard_cost_rp))
        self.add_field("standard_cost_rp", self.standard_cost)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Ubah harga pokok – {item}").format(item=self.item.name))
        self.intro.setText(self.tr("Harga pokok standar per {unit}.").format(unit=self.item.unit_name))
        self.captions["current"].setText(self.tr("Harga pokok sekarang"))
        self.captions["standard_cost_rp"].setText(self.tr("Harga pokok baru (Rp)"))

    def save(self):
        cost, issue = read_amount(self.standard_cost, "standard_cost_rp")
        _raise([issue] if issue else [])
        catalog.set_standard_cost(self.item.id, cost)
        return True


class UnitDialog(FormDialog):
    """Tambah satuan: a new base unit, or a whole number of a base unit (ikat = 10 potong)."""

    def __init__(self, business_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitDialog")
        self.business_id = business_id
        self.name = QLineEdit()
        self.name.setMaxLength(text_rules.MEASURE)
        self.base = QComboBox()
        self.base.addItem("", None)
        for unit in units.list_units(business_id):
            if unit.factor == 1 and unit.base_unit_id == unit.id:
                self.base.addItem(unit.name, unit.id)
        self.factor = quantity_edit()
        self.factor.setText("1")
        self.add_field("name", self.name)
        self.add_field("base_unit", self.base)
        self.add_field("factor", self.factor)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tambah satuan"))
        self.intro.setText(self.tr("Satuan besar berisi sejumlah bulat satuan dasar, misalnya rak = 30 butir. "
                                   "Tanpa satuan dasar, satuan baru menjadi satuan dasar sendiri."))
        self.captions["name"].setText(self.tr("Nama satuan"))
        self.captions["base_unit"].setText(self.tr("Berisi satuan dasar"))
        self.captions["factor"].setText(self.tr("Sebanyak"))
        self.base.setItemText(0, self.tr("— satuan dasar baru —"))

    def save(self):
        return units.add_unit(self.name.text(), self.base.currentData(), quantity_input(self.factor.text()),
                              business_id=self.business_id)


# --- purchases ---------------------------------------------------------------------------------


class PaymentChoice:
    """Tunai (from a cash or bank account) or kredit, as two radio buttons and the account."""

    def __init__(self, dialog: FormDialog) -> None:
        self.cash = QRadioButton()
        self.cash.setObjectName("payCash")
        self.credit = QRadioButton()
        self.credit.setObjectName("payCredit")
        self.cash.setChecked(True)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cash)
        layout.addWidget(self.credit)
        layout.addStretch(1)
        self.account = cash_accounts()
        dialog.add_field("on_credit", row)
        dialog.add_field("cash_account", self.account)
        self.credit.toggled.connect(lambda on: self.account.setEnabled(not on))

    def on_credit(self) -> bool:
        return self.credit.isChecked()


class PurchaseDialog(ReceiptAfterSave, FormDialog):
    """Beli bahan: item, quantity in a unit, the total paid, supplier, cash or on credit."""

    def __init__(self, business_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchaseDialog")
        self.business_id = business_id
        self.entry_date = _today_field()
        self.item = item_combo(business_id, "material")  # materials first: this is "Beli bahan"
        for product in catalog.list_items(business_id, "product", active_only=True):
            self.item.addItem(product.name, product.id)
        self.quantity = quantity_edit()
        self.unit = QComboBox()
        self.amount = amount_edit()
        self.supplier = QLineEdit()
        self.supplier.setMaxLength(TEXT_LIMIT)
        self.add_field("entry_date", self.entry_date)
        self.add_field("item", self.item)
        self.add_field("quantity", self.quantity)
        self.add_field("unit", self.unit)
        self.add_field("amount_rp", self.amount)
        self.add_field("supplier", self.supplier, stretch=True)
        self.payment = PaymentChoice(self)
        self.item.currentIndexChanged.connect(self._item_changed)
        self._item_changed()
        self.retranslate()
        self.quantity.setFocus()

    def _item_changed(self) -> None:
        fill_units(self.unit, catalog.get_item(self.item.currentData()) if self.item.count() else None,
                   self.business_id)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Beli bahan"))
        self.intro.setText(self.tr("Jumlah boleh desimal bila satuannya bisa dipecah (12,5 kg); "
                                   "Rp adalah harga seluruhnya."))
        for key, text in (("entry_date", self.tr("Tanggal")), ("item", self.tr("Barang")),
                          ("quantity", self.tr("Jumlah")), ("unit", self.tr("Satuan")),
                          ("amount_rp", self.tr("Harga seluruhnya (Rp)")),
                          ("supplier", self.tr("Pemasok (dibayar kepada)")),
                          ("on_credit", self.tr("Pembayaran")), ("cash_account", self.tr("Dibayar dari"))):
            self.captions[key].setText(text)
        self.payment.cash.setText(self.tr("Tunai"))
        self.payment.credit.setText(self.tr("Kredit (utang ke pemasok)"))

    def save(self):
        on, date_issue = read_date(self.entry_date, "entry_date")
        amount, amount_issue = read_amount(self.amount, "amount_rp")
        if self.item.currentData() is None:
            _raise([Issue("item", "required")])
        _raise([i for i in (date_issue, amount_issue) if i])
        return trade.purchase(self.business_id, on, self.item.currentData(), quantity_input(self.quantity.text()),
                              amount, unit_id=self.unit.currentData(), supplier=self.supplier.text(),
                              on_credit=self.payment.on_credit(), cash_account=self.payment.account.currentData())


class _SettleDialog(FormDialog):
    """Paying off an open amount (a supplier's bill, a buyer's credit sale): what is still open,
    the date, the amount (the whole open amount unless changed) and the cash account. The
    subclasses word it and say which service settles it."""

    figures_right = True

    def __init__(self, open_rp: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_value("open", bold=True)
        self.values["open"].setText(rupiah(open_rp))
        self.entry_date = _today_field()
        self.amount = amount_edit()
        self.amount.setText(thousands(open_rp))
        self.account = cash_accounts()
        self.add_field("amount_rp", self.amount)  # first: the cursor starts in it, the open amount selected
        self.add_field("entry_date", self.entry_date)
        self.add_field("cash_account", self.account)

    def _date_and_amount(self) -> tuple[date, int]:
        on, date_issue = read_date(self.entry_date, "entry_date")
        amount, amount_issue = read_amount(self.amount, "amount_rp")
        _raise([i for i in (date_issue, amount_issue) if i])
        return on, amount


class PaySupplierDialog(ReceiptAfterSave, _SettleDialog):
    def __init__(self, payable: Payable, parent: QWidget | None = None) -> None:
        super().__init__(payable.open_rp, parent)
        self.setObjectName("paySupplierDialog")
        self.payable = payable
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        p = self.payable
        self.setWindowTitle(self.tr("Bayar pemasok"))
        self.intro.setText(self.tr("{supplier}: {item}, dibeli {day} seharga {amount}.").format(
            supplier=p.supplier, item=p.item_name, day=short_date(p.purchase_date), amount=rupiah(p.amount_rp)))
        self.captions["open"].setText(self.tr("Sisa utang"))
        self.captions["entry_date"].setText(self.tr("Tanggal bayar"))
        self.captions["amount_rp"].setText(self.tr("Dibayar (Rp)"))
        self.captions["cash_account"].setText(self.tr("Dibayar dari"))

    def save(self):
        on, amount = self._date_and_amount()
        return trade.pay_supplier(self.payable.purchase_id, on, amount, self.account.currentData())


class ExpenseDialog(ReceiptAfterSave, FormDialog):
    """Catat beban: a cost of the business paid in money (transport, packaging, electricity), and
    to whom (the bukti kas keluar's signer)."""

    def __init__(self, business_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expenseDialog")
        self.business_id = business_id
        self.entry_date = _today_field()
        self.description = QLineEdit()
        self.description.setMaxLength(TEXT_LIMIT)
        self.amount = amount_edit()
        self.paid_to = QLineEdit()
        self.paid_to.setMaxLength(TEXT_LIMIT)
        self.account = cash_accounts()
        self.add_field("entry_date", self.entry_date)
        self.add_field("description", self.description, stretch=True)
        self.add_field("amount_rp", self.amount)
        self.add_field("paid_to", self.paid_to, stretch=True)
        self.add_field("cash_account", self.account)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Catat beban usaha"))
        self.intro.setText(self.tr("Biaya usaha yang dibayar dengan uang, misalnya ongkos angkut, kemasan "
                                   "atau listrik. Beban mengurangi laba usaha."))
        for key, text in (("entry_date", self.tr("Tanggal")), ("description", self.tr("Keterangan")),
                          ("amount_rp", self.tr("Jumlah (Rp)")), ("paid_to", self.tr("Dibayar kepada")),
                          ("cash_account", self.tr("Dibayar dari"))):
            self.captions[key].setText(text)
        self.description.setPlaceholderText(self.tr("misalnya ongkos angkut telur ke pasar"))
        self.paid_to.setPlaceholderText(self.tr("yang menerima uang dan menandatangani bukti kas keluar"))

    def save(self):
        on, date_issue = read_date(self.entry_date, "entry_date")
        amount, amount_issue = read_amount(self.amount, "amount_rp")
        issues = [i for i in (date_issue, amount_issue) if i]
        if not self.description.text().strip():
            issues.append(Issue("description", "required"))
        _raise(issues)
        return trade.expense(self.business_id, on, amount, self.description.text(),
                             cash_account=self.account.currentData(), paid_to=self.paid_to.text())


# --- production --------------------------------------------------------------------------------


class ProductionDialog(FormDialog):
    """Produksi: product, quantity made and rejected (in a unit), the materials used."""

    def __init__(self, business_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productionDialog")
        self.business_id = business_id
        self.entry_date = _today_field()
        self.product = item_combo(business_id, "product")
        self.quantity = quantity_edit()
        self.rejects = quantity_edit()
        self.rejects.setText("0")
        self.unit = QComboBox()
        self.note = QLineEdit()
        self.note.setMaxLength(TEXT_LIMIT)
        self.add_field("entry_date", self.entry_date)
        self.add_field("product", self.product)
        self.add_field("quantity", self.quantity)
        self.add_field("rejects", self.rejects)
        self.add_field("unit", self.unit)
        # materials: one row each (material, quantity, unit), errors under each
        self.materials_caption = QLabel()
        self.grid.addWidget(self.materials_caption, self._rows, 0, 1, 2)
        self._rows += 1
        box = QGridLayout()
        self.material_rows = []
        for i in range(MATERIAL_LINES):
            material = item_combo(business_id, "material")
            material.insertItem(0, "", None)
            material.setCurrentIndex(0)
            material.setObjectName(f"materials.{i}.material")
            amount = quantity_edit()
            amount.setObjectName(f"materials.{i}.quantity")
            unit = QComboBox()
            unit.setObjectName(f"materials.{i}.unit")
            material.currentIndexChanged.connect(
                lambda _, m=material, u=unit: fill_units(u, catalog.get_item(m.currentData()) if m.currentData()
                                                         else None, business_id))
            box.addWidget(material, 2 * i, 0)
            box.addWidget(amount, 2 * i, 1)
            box.addWidget(unit, 2 * i, 2)
            errors = QVBoxLayout()
            for field, widget in ((f"materials.{i}.material", material), (f"materials.{i}.quantity", amount),
                                  (f"materials.{i}.unit", unit)):
                errors.addWidget(self.errors.add(field, widget))
            box.addLayout(errors, 2 * i + 1, 0, 1, 3)
            self.material_rows.append((material, amount, unit))
        self.grid.addLayout(box, self._rows, 0, 1, 2)
        self._rows += 1
        self.add_field("note", self.note, stretch=True)
        self.negative = NegativeStock(self)
        self.product.currentIndexChanged.connect(self._product_changed)
        self._product_changed()
        if self.material_rows and self.material_rows[0][0].count() == 2:  # one material: offer it
            self.material_rows[0][0].setCurrentIndex(1)
        self.retranslate()
        self.quantity.setFocus()

    def _product_changed(self) -> None:
        fill_units(self.unit, catalog.get_item(self.product.currentData()) if self.product.count() else None,
                   self.business_id)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Catat produksi"))
        self.intro.setText(self.tr("Jumlah dibuat termasuk yang rusak; stok bertambah sebanyak yang baik. "
                                   "Biaya bahan dipindah ke produk."))
        for key, text in (("entry_date", self.tr("Tanggal")), ("product", self.tr("Produk")),
                          ("quantity", self.tr("Jumlah dibuat")), ("rejects", self.tr("Rusak / gagal")),
                          ("unit", self.tr("Satuan")), ("note", self.tr("Catatan"))):
            self.captions[key].setText(text)
        self.materials_caption.setText(self.tr("Bahan yang dipakai (bahan, jumlah, satuan):"))
        for material, _, _ in self.material_rows:
            material.setItemText(0, self.tr("— tidak ada —"))
        self.negative.retranslate()

    def save(self):
        on, date_issue = read_date(self.entry_date, "entry_date")
        if self.product.currentData() is None:
            _raise([Issue("product", "required")])
        _raise([date_issue] if date_issue else [])
        used, issues = [], []
        for i, (material, amount, unit) in enumerate(self.material_rows):
            if material.currentData() is None:
                continue
            if not amount.text().strip():
                issues.append(Issue(f"materials.{i}.quantity", "required"))
            used.append(MaterialUse(material.currentData(), quantity_input(amount.text()), unit.currentData()))
        _raise(issues)
        allow, reason = self.negative.values()
        try:
            return trade.produce(self.business_id, on, self.product.currentData(),
                                 quantity_input(self.quantity.text()), quantity_input(self.rejects.text() or "0"),
                                 unit_id=self.unit.currentData(), materials=used, note=self.note.text(),
                                 allow_negative=allow, negative_reason=reason)
        except Rejected as refused:
            # The service numbers the materials it was given; the rows may have gaps.
            rows = [i for i, (m, _, _) in enumerate(self.material_rows) if m.currentData() is not None]
            self.negative.offer_if_short(refused.issues)
            raise Rejected([_renumber(issue, "materials", rows) for issue in refused.issues]) from None


def _renumber(issue: Issue, prefix: str, rows: list[int]) -> Issue:
    parts = issue.field.split(".")
    if len(parts) >= 2 and parts[0] == prefix and parts[1].isdigit() and int(parts[1]) < len(rows):
        parts[1] = str(rows[int(parts[1])])
        return Issue(".".join(parts), issue.code, issue.params)
    return issue


# --- sales -------------------------------------------------------------------------------------


class SaleDialog(ReceiptAfterSave, FormDialog):
    """Jual: the buyer (walk-in, a member or a named buyer), lines of product × quantity in a
    unit at the listed price (editable), cash with a kuitansi or on credit."""

    def __init__(self, business_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saleDialog")
        self.business_id = business_id
        self.entry_date = _today_field()
        self.buyer_kind = QComboBox()
        for kind in ("walk_in", "member", "named"):
            self.buyer_kind.addItem("", kind)
        self.buyer_member = member_combo()
        self.buyer_member.removeItem(0)
        self.buyer_name = QLineEdit()
        self.buyer_name.setMaxLength(TEXT_LIMIT)
        self.seller = member_combo()
        self.add_field("entry_date", self.entry_date)
        self.add_field("buyer_kind", self.buyer_kind)
        self.add_field("buyer_member", self.buyer_member)
        self.add_field("buyer_name", self.buyer_name, stretch=True)
        # lines
        self.lines_caption = QLabel()
        self.grid.addWidget(self.lines_caption, self._rows, 0, 1, 2)
        self._rows += 1
        box = QGridLayout()
        self.line_headers = [QLabel() for _ in range(5)]
        for column, label in enumerate(self.line_headers):
            box.addWidget(label, 0, column)
        self.lines = []
        products = catalog.list_items(business_id, "product", active_only=True)
        for i in range(SALE_LINES):
            product = QComboBox()
            product.setObjectName(f"lines.{i}.product")
            product.addItem("", None)
            for item in products:
                product.addItem(item.name, item.id)
            quantity = quantity_edit()
            quantity.setObjectName(f"lines.{i}.quantity")
            unit = QComboBox()
            unit.setObjectName(f"lines.{i}.unit")
            price = amount_edit()
            price.setObjectName(f"lines.{i}.unit_price_rp")
            amount = QLabel()
            amount.setObjectName(f"lines.{i}.amount")
            amount.setMinimumWidth(amount.fontMetrics().horizontalAdvance("Rp000.000.000") + 8)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            stock_note = QLabel()
            stock_note.setObjectName(f"lines.{i}.stock")
            stock_note.setStyleSheet("color: #555;")
            row = 1 + 2 * i
            for column, widget in enumerate((product, quantity, unit, price, amount)):
                box.addWidget(widget, row, column)
            errors = QVBoxLayout()
            errors.setSpacing(0)
            errors.addWidget(stock_note)
            for field, widget in ((f"lines.{i}.product", product), (f"lines.{i}.quantity", quantity),
                                  (f"lines.{i}.unit", unit), (f"lines.{i}.unit_price_rp", price),
                                  (f"lines.{i}.amount_rp", amount)):
                errors.addWidget(self.errors.add(field, widget))
            box.addLayout(errors, row + 1, 0, 1, 5)
            line = dict(product=product, quantity=quantity, unit=unit, price=price, amount=amount, stock=stock_note)
            self.lines.append(line)
            product.currentIndexChanged.connect(lambda _, ln=line: self._product_changed(ln))
            unit.currentIndexChanged.connect(lambda _, ln=line: self._unit_changed(ln))
            quantity.textChanged.connect(self._update_total)
            price.textChanged.connect(self._update_total)
        self.grid.addLayout(box, self._rows, 0, 1, 2)
        self._rows += 1
        self.add_value("total", bold=True)
        self.add_field("seller_member", self.seller)
        self.payment = PaymentChoice(self)
        self.negative = NegativeStock(self)
        self.errors.add("lines", self.lines[0]["product"])
        self.grid.addWidget(self.errors.label("lines"), self._rows, 1)
        self._rows += 1
        self.buyer_kind.currentIndexChanged.connect(self._buyer_changed)
        self.entry_date.editingFinished.connect(self._reprice)
        if products:
            self.lines[0]["product"].setCurrentIndex(1)
        self._buyer_changed()
        self.retranslate()
        self.setMinimumWidth(760)
        self.lines[0]["quantity"].setFocus()

    # the lines

    def _product_changed(self, line: dict) -> None:
        item = catalog.get_item(line["product"].currentData()) if line["product"].currentData() else None
        line["item"] = item
        line["unit"].blockSignals(True)
        fill_units(line["unit"], item, self.business_id)
        line["unit"].blockSignals(False)
        self._unit_changed(line)

    def _listed_price(self, line: dict) -> int | None:
        item = line.get("item")
        unit = units.get_unit(line["unit"].currentData()) if line["unit"].currentData() else None
        on = self.entry_date.date() or clock.today()
        listed = catalog.price_on(item.id, on) if item else None
        if listed is None or unit is None:
            return None
        return round_rupiah(Fraction(listed * unit.factor, item.unit_factor), Rounding.HALF_UP)

    def _unit_changed(self, line: dict) -> None:
        price = self._listed_price(line)
        line["price"].setText(thousands(price) if price is not None else "")
        self._show_stock(line)
        self._update_total()

    def _reprice(self) -> None:
        for line in self.lines:
            if line.get("item") is not None:
                self._unit_changed(line)

    def _show_stock(self, line: dict) -> None:
        item = line.get("item")
        if item is None:
            line["stock"].setText("")
            return
        on = self.entry_date.date() or clock.today()
        have = stock.on_hand(item.id, on)
        text = f"{quantity_text(have)} {item.base_unit_name}"
        if item.unit_factor != 1:
            text += f" = {quantity_text(units.from_base(have, catalog.item_unit(item)))} {item.unit_name}"
        line["stock"].setText(self.tr("Stok {item}: {quantity}").format(item=item.name, quantity=text))

    def _line_amount(self, line: dict) -> int | None:
        from app.formatting import parse_rupiah
        from app.usaha.common import read_quantity

        price = parse_rupiah(line["price"].text()) if line["price"].text().strip() else None
        quantity = read_quantity("", quantity_input(line["quantity"].text()), []) \
            if line["quantity"].text().strip() else None
        if price is None or quantity is None or line.get("item") is None:
            return None
        return round_rupiah(Fraction(price) * Fraction(quantity), Rounding.HALF_UP)

    def _update_total(self) -> None:
        total = 0
        for line in self.lines:
            amount = self._line_amount(line)
            line["amount"].setText(rupiah(amount) if amount is not None else "")
            total += amount or 0
        self.values["total"].setText(rupiah(total))

    def _buyer_changed(self) -> None:
        kind = self.buyer_kind.currentData()
        for field, shown in (("buyer_member", kind == "member"), ("buyer_name", kind == "named")):
            self.captions[field].setVisible(shown)
            self.findChild(QWidget, field).setVisible(shown)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Jual"))
        self.intro.setText(self.tr("Harga diambil dari daftar harga pada tanggal jual dan boleh diubah. "
                                   "Jual tunai mendapat kuitansi; jual kredit masuk piutang penjualan."))
        for key, text in (("entry_date", self.tr("Tanggal")), ("buyer_kind", self.tr("Pembeli")),
                          ("buyer_member", self.tr("Anggota")), ("buyer_name", self.tr("Nama pembeli")),
                          ("total", self.tr("Jumlah")), ("seller_member", self.tr("Dijual oleh")),
                          ("on_credit", self.tr("Pembayaran")), ("cash_account", self.tr("Diterima di"))):
            self.captions[key].setText(text)
        for index, text in enumerate((self.tr("Pembeli umum (tanpa nama)"), self.tr("Anggota"),
                                      self.tr("Pembeli lain (sebut nama)"))):
            self.buyer_kind.setItemText(index, text)
        self.seller.setItemText(0, self.tr("— tidak dicatat —"))
        self.lines_caption.setText(self.tr("Barang yang dijual:"))
        for label, text in zip(self.line_headers, (self.tr("Produk"), self.tr("Jumlah"), self.tr("Satuan"),
                                                   self.tr("Harga satuan (Rp)"), self.tr("Jumlah (Rp)"))):
            label.setText(text)
        for line in self.lines:
            line["product"].setItemText(0, self.tr("—"))
            self._show_stock(line)
        self.payment.cash.setText(self.tr("Tunai (dengan kuitansi)"))
        self.payment.credit.setText(self.tr("Kredit (piutang)"))
        self.negative.retranslate()
        self._update_total()

    def save(self):
        from app.formatting import read_rupiah

        on, date_issue = read_date(self.entry_date, "entry_date")
        _raise([date_issue] if date_issue else [])
        issues, sold, rows = [], [], []
        for i, line in enumerate(self.lines):
            if line["product"].currentData() is None:
                continue
            if not line["quantity"].text().strip():
                issues.append(Issue(f"lines.{i}.quantity", "required"))
                continue
            price_text = line["price"].text().strip()
            price, problem = read_rupiah(price_text) if price_text else (None, None)
            if price_text and price is None:
                issues.append(Issue(f"lines.{i}.unit_price_rp", problem, {"text": price_text}))
                continue
            sold.append(SaleLine(line["product"].currentData(), quantity_input(line["quantity"].text()),
                                 line["unit"].currentData(), price))
            rows.append(i)
        _raise(issues)
        kind = self.buyer_kind.currentData()
        allow, reason = self.negative.values()
        try:
            return trade.sell(self.business_id, on, sold,
                              buyer_member_id=self.buyer_member.currentData() if kind == "member" else None,
                              buyer_name=self.buyer_name.text() if kind == "named" else "",
                              on_credit=self.payment.on_credit(), seller_member_id=self.seller.currentData(),
                              cash_account=self.payment.account.currentData(), allow_negative=allow,
                              negative_reason=reason)
        except Rejected as refused:
            self.negative.offer_if_short(refused.issues)
            raise Rejected([_renumber(issue, "lines", rows) for issue in refused.issues]) from None


class CollectDialog(ReceiptAfterSave, _SettleDialog):
    """Terima pembayaran of a credit sale (whole or part), with a kuitansi."""

    def __init__(self, receivable: Receivable, parent: QWidget | None = None) -> None:
        super().__init__(receivable.open_rp, parent)
        self.setObjectName("collectDialog")
        self.receivable = receivable
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        r = self.receivable
        self.setWindowTitle(self.tr("Terima pembayaran piutang"))
        self.intro.setText(self.tr("{buyer}: dibeli {day} seharga {amount}.").format(
            buyer=r.buyer_name, day=short_date(r.sale_date), amount=rupiah(r.amount_rp)))
        self.captions["open"].setText(self.tr("Sisa piutang"))
        self.captions["entry_date"].setText(self.tr("Tanggal bayar"))
        self.captions["amount_rp"].setText(self.tr("Diterima (Rp)"))
        self.captions["cash_account"].setText(self.tr("Diterima di"))

    def save(self):
        on, amount = self._date_and_amount()
        return trade.collect(self.receivable.sale_id, on, amount, self.account.currentData())


# --- stock count -------------------------------------------------------------------------------


class CountDialog(FormDialog):
    """Stok opname of one item: the counted quantity; the difference shows before saving."""

    figures_right = True

    def __init__(self, item: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countDialog")
        self.item = item
        self.entry_date = _today_field()
        self.add_field("entry_date", self.entry_date)
        self.add_value("book")
        self.counted = quantity_edit()
        self.unit = QComboBox()
        fill_units(self.unit, item, item.business_id)
        self.add_field("counted", self.counted)
        self.add_field("unit", self.unit)
        self.add_value("difference", bold=True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(TEXT_LIMIT)
        self.add_field("reason", self.reason, stretch=True)
        for signal in (self.counted.textChanged, self.unit.currentIndexChanged, self.entry_date.textChanged):
            signal.connect(self._show_difference)
        self.retranslate()
        self.counted.setFocus()

    def _book_base(self) -> int:
        return stock.on_hand(self.item.id, self.entry_date.date() or clock.today())

    def _show_difference(self) -> None:
        book = self._book_base()
        base = self.item.base_unit_name
        self.values["book"].setText(f"{quantity_text(book)} {base}")
        unit = units.get_unit(self.unit.currentData()) if self.unit.currentData() else None
        found: list[Issue] = []
        counted = units.to_base("counted", quantity_input(self.counted.text()), unit, found, allow_zero=True) \
            if unit and self.counted.text().strip() else None
        if counted is None:
            self.values["difference"].setText("–")
            return
        difference = counted - book
        sign = "+" if difference > 0 else ""
        self.values["difference"].setText(
            self.tr("sama dengan buku") if difference == 0 else f"{sign}{quantity_text(difference)} {base}")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Stok opname – {item}").format(item=self.item.name))
        self.intro.setText(self.tr("Hitung barangnya, tulis hasilnya. Selisih dengan buku dicatat ke "
                                   "5-102 Selisih persediaan dengan alasannya."))
        for key, text in (("entry_date", self.tr("Tanggal hitung")), ("book", self.tr("Menurut buku")),
                          ("counted", self.tr("Hasil hitung")), ("unit", self.tr("Satuan")),
                          ("difference", self.tr("Selisih")), ("reason", self.tr("Alasan selisih"))):
            self.captions[key].setText(text)
        self._show_difference()

    def save(self):
        on, date_issue = read_date(self.entry_date, "entry_date")
        if not self.counted.text().strip():
            _raise([Issue("counted", "required")])
        _raise([date_issue] if date_issue else [])
        return stock.count_stock(self.item.id, on, quantity_input(self.counted.text()), self.unit.currentData(),
                                 self.reason.text())


# --- work and the share rule -------------------------------------------------------------------


class WorkDialog(FormDialog):
    """Catat kerja: a member's hours and/or pieces on a day, the basis of her share."""

    def __init__(self, business_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workDialog")
        self.business_id = business_id
        self.member = member_combo()
        self.member.removeItem(0)
        self.work_date = _today_field()
        self.hours = quantity_edit()
        self.pieces = quantity_edit()
        self.note = QLineEdit()
        self.note.setMaxLength(TEXT_LIMIT)
        self.add_field("member", self.member)
        self.add_field("work_date", self.work_date)
        self.add_field("hours", self.hours)
        self.add_field("pieces", self.pieces)
        self.add_field("note", self.note, stretch=True)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Catat kerja anggota"))
        self.intro.setText(self.tr("Jam kerja (boleh 2,5) dan/atau jumlah hasil kerja sehari."))
        for key, text in (("member", self.tr("Anggota")), ("work_date", self.tr("Tanggal")),
                          ("hours", self.tr("Jam kerja")), ("pieces", self.tr("Jumlah hasil (buah)")),
                          ("note", self.tr("Catatan"))):
            self.captions[key].setText(text)

    def save(self):
        on, date_issue = read_date(self.work_date, "work_date")
        if self.member.currentData() is None:
            _raise([Issue("member", "required")])
        _raise([date_issue] if date_issue else [])
        pieces_text = quantity_input(self.pieces.text()) or "0"
        pieces = int(pieces_text) if pieces_text.isdigit() else pieces_text
        return sharing.record_work(self.business_id, self.member.currentData(), on,
                                   hours=quantity_input(self.hours.text()) or "0", pieces=pieces,
                                   note=self.note.text())


PART_TARGETS = ("members", *sharing.FUND_ACCOUNTS)


class RuleDialog(FormDialog):
    """Aturan bagi hasil: parts in percent adding to 100 %, and the basis of the members' part."""

    def __init__(self, business_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleDialog")
        self.business_id = business_id
        self.basis = QComboBox()
        for basis in sharing.BASES:
            self.basis.addItem("", basis)
        self.add_field("basis", self.basis)
        self.parts: dict[str, QLineEdit] = {}
        for target in PART_TARGETS:
            edit = quantity_edit()
            self.parts[target] = edit
            self.add_field(f"parts.{target}", edit)
            edit.textChanged.connect(self._show_total)
        self.add_value("total", bold=True)
        self.errors.add("parts", self.parts["members"])
        self.grid.addWidget(self.errors.label("parts"), self._rows, 1)
        self._rows += 1
        rule = sharing.get_rule(business_id)
        if rule is not None:
            self.basis.setCurrentIndex(self.basis.findData(rule.basis))
            for part in rule.parts:
                if part.target in self.parts:
                    self.parts[part.target].setText(quantity_text(part.percent))
        else:
            self.parts["members"].setText("60")
            self.parts["3-301"].setText("40")
        self.retranslate()

    def _show_total(self) -> None:
        total = Decimal(0)
        for edit in self.parts.values():
            try:
                total += Decimal(quantity_input(edit.text()) or "0")
            except ArithmeticError:
                pass
        self.values["total"].setText(f"{quantity_text(total)}%")
        self.values["total"].setStyleSheet("" if total == 100 else "color: #b00020;")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Aturan bagi hasil"))
        self.intro.setText(self.tr("Laba usaha dibagi menurut persen berikut; jumlahnya harus tepat 100%. "
                                   "Bagian anggota dibagi menurut dasar yang dipilih."))
        self.captions["basis"].setText(self.tr("Dasar bagian anggota"))
        bases = ShareWords().bases()
        for index in range(self.basis.count()):
            self.basis.setItemText(index, bases[self.basis.itemData(index)])
        for target, text in part_names().items():
            self.captions[f"parts.{target}"].setText(text + " (%)")
        self.captions["total"].setText(self.tr("Jumlah"))
        self._show_total()

    def save(self):
        parts = {t: quantity_input(e.text()) for t, e in self.parts.items() if e.text().strip()}
        return sharing.set_rule(self.business_id, self.basis.currentData(), parts)


class ShareWords(QObject):
    """The names of the share parts and bases (one translation context for the dialog and the tab)."""

    def parts(self) -> dict[str, str]:
        return {"members": self.tr("Anggota yang bekerja"), "3-301": self.tr("Dana cadangan"),
                "2-301": self.tr("SHU belum dibagikan"), "2-302": self.tr("Dana insentif PAUD"),
                "2-303": self.tr("Dana sosial")}

    def bases(self) -> dict[str, str]:
        return {"hours": self.tr("Jam kerja"), "pieces": self.tr("Jumlah hasil kerja"),
                "sales": self.tr("Penjualan yang dilakukan")}


def part_names() -> dict[str, str]:
    return ShareWords().parts()
