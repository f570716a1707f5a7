"""One business in detail, a tab per part of its book: Produk & bahan, Pembelian, Produksi,
Penjualan, Stok, Laba & bagi hasil. F4 does the tab's main thing (Tambah produk, Beli bahan,
Catat produksi, Jual, Stok opname, Catat kerja); Esc goes back to all businesses.

Each tab reads its data when shown (a few small queries of app.usaha); after a save every tab
is marked stale and `changed` tells the page (and the main window) that the book moved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock, reversals
from app.documents.catalogue import Request
from app.errors import Rejected
from app.formatting import rupiah
from app.usaha import catalog, lists, report, sharing, stock, trade
from ui import roles_ui
from ui.date_field import DateField
from ui.documents_ui import make_document, print_receipt
from ui.field_errors import ErrorLabel, FieldErrors
from ui.messages import issue_text
from ui.pages.reports import month_start
from ui.retranslating import Retranslating
from ui.storno_dialog import add_storno_action
from ui.usaha.common import RowsModel, date_cell, money_cell, quantity_text, rows_table, text_cell
from ui.usaha.dialogs import (
    CollectDialog,
    CountDialog,
    ExpenseDialog,
    ItemDialog,
    PaySupplierDialog,
    PriceDialog,
    ProductionDialog,
    PurchaseDialog,
    RuleDialog,
    SaleDialog,
    ShareWords,
    StandardCostDialog,
    UnitDialog,
    WorkDialog,
)

TABS = ("items", "purchases", "production", "sales", "stock", "profit")


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _box(title_widget: QLabel, *widgets) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title_widget)
    for widget in widgets:
        if isinstance(widget, QWidget):
            layout.addWidget(widget, 1 if widget.inherits("QAbstractItemView") else 0)
        else:
            layout.addLayout(widget)
    return box


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class BusinessDetail(Retranslating, QWidget):
    changed = Signal()  # something was written
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("businessDetail")
        self.business_id: int | None = None
        self.business_name = ""
        self._stale = set(TABS)
        self.back_button = QPushButton(objectName="backToBusinesses")
        self.back_button.clicked.connect(self.back_requested)
        self.heading = _bold(QLabel(objectName="businessHeading"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("businessTabs")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._build_items()
        self._build_purchases()
        self._build_production()
        self._build_sales()
        self._build_stock()
        self._build_profit()
        self.tabs.currentChanged.connect(lambda index: self._load(TABS[index]))
        QShortcut(QKeySequence("F4"), self, self.main_action, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def keyPressEvent(self, event) -> None:
        """Esc, wherever it was pressed in the detail (and not taken by a field), goes back."""
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    # --- building the tabs -------------------------------------------------------------------

    def _tab(self) -> tuple[QWidget, QVBoxLayout]:
        """A tab whose content scrolls when the window is narrower than it (never at 1366×768)."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(tab)
        self.tabs.addTab(scroll, "")
        return tab, layout

    def _build_items(self) -> None:
        _, layout = self._tab()
        self.items_model = RowsModel(self)
        self.items_table = rows_table("usahaItems", self.items_model, stretch=1)
        self.items_table.activated.connect(lambda index: roles_ui.when_allowed(self.price_button, self.change_price)())
        self.add_product_button = QPushButton(objectName="addProduct")
        self.add_material_button = QPushButton(objectName="addMaterial")
        self.price_button = QPushButton(objectName="changePrice")
        self.cost_button = QPushButton(objectName="changeStandardCost")
        self.active_button = QPushButton(objectName="toggleActive")
        self.unit_button = QPushButton(objectName="addUnit")
        self.add_product_button.clicked.connect(lambda: self.add_item("product"))
        self.add_material_button.clicked.connect(lambda: self.add_item("material"))
        self.price_button.clicked.connect(self.change_price)
        self.cost_button.clicked.connect(self.change_standard_cost)
        self.active_button.clicked.connect(self.toggle_active)
        self.unit_button.clicked.connect(self.add_unit)
        self.items_table.selectionModel().currentRowChanged.connect(lambda *a: self._item_chosen())
        layout.addLayout(_buttons(self.add_product_button, self.add_material_button, self.price_button,
                                  self.cost_button, self.active_button, self.unit_button))
        layout.addWidget(self.items_table, 1)
        self.items_note = QLabel(wordWrap=True)
        layout.addWidget(self.items_note)

    def _build_purchases(self) -> None:
        _, layout = self._tab()
        self.purchases_model = RowsModel(self)
        self.purchases_table = rows_table("usahaPurchases", self.purchases_model, stretch=1)
        self.payables_model = RowsModel(self)
        self.payables_table = rows_table("usahaPayables", self.payables_model, stretch=1)
        self.payables_table.activated.connect(lambda index: roles_ui.when_allowed(self.pay_button, self.pay_supplier)())
        self._storno_from(self.purchases_table, self.purchases_model, "purchase")
        self.buy_button = QPushButton(objectName="buyMaterial")
        self.buy_button.clicked.connect(self.buy)
        self.pay_button = QPushButton(objectName="paySupplier")
        self.pay_button.clicked.connect(self.pay_supplier)
        self.payables_caption = _bold(QLabel())
        layout.addLayout(_buttons(self.buy_button))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.purchases_table)
        split.addWidget(_box(self.payables_caption, self.payables_table, _buttons(self.pay_button)))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

    def _build_production(self) -> None:
        _, layout = self._tab()
        self.production_model = RowsModel(self)
        self.production_table = rows_table("usahaProductions", self.production_model, stretch=5)
        self._storno_from(self.production_table, self.production_model, "production")
        self.produce_button = QPushButton(objectName="recordProduction")
        self.produce_button.clicked.connect(self.produce)
        layout.addLayout(_buttons(self.produce_button))
        layout.addWidget(self.production_table, 1)

    def _build_sales(self) -> None:
        _, layout = self._tab()
        self.sales_model = RowsModel(self)
        self.sales_table = rows_table("usahaSales", self.sales_model, stretch=2)
        self.receivables_model = RowsModel(self)
        self.receivables_table = rows_table("usahaReceivables", self.receivables_model, stretch=1)
        self.receivables_table.activated.connect(lambda index: roles_ui.when_allowed(self.collect_button, self.collect)())
        self._storno_from(self.sales_table, self.sales_model, "sale")
        self.sell_button = QPushButton(objectName="sell")
        self.sell_button.clicked.connect(self.sell)
        self.print_button = QPushButton(objectName="printSaleReceipt")
        self.print_button.clicked.connect(self.print_sale_receipt)
        self.collect_button = QPushButton(objectName="collectPayment")
        self.collect_button.clicked.connect(self.collect)
        self.receivables_caption = _bold(QLabel())
        layout.addLayout(_buttons(self.sell_button, self.print_button))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.sales_table)
        split.addWidget(_box(self.receivables_caption, self.receivables_table, _buttons(self.collect_button)))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.sales_note = QLabel(wordWrap=True)
        layout.addWidget(self.sales_note)

    def _build_stock(self) -> None:
        _, layout = self._tab()
        self.stock_date = DateField()
        self.stock_date.setObjectName("stockDate")
        self.stock_date.set_date(clock.today())
        self.stock_date.returnPressed.connect(lambda: self._load("stock", force=True))
        self.stock_date_caption = QLabel()
        self.stock_date_caption.setBuddy(self.stock_date)
        self.count_button = QPushButton(objectName="stockCount")
        self.count_button.clicked.connect(self.count)
        self.print_stock_button = QPushButton(objectName="printUsahaStock")
        self.print_stock_button.clicked.connect(self.print_stock)
        self.stock_total = _bold(QLabel(objectName="stockTotal"))
        row = QHBoxLayout()
        row.addWidget(self.stock_date_caption)
        row.addWidget(self.stock_date)
        row.addSpacing(12)
        row.addWidget(self.count_button)
        row.addWidget(self.print_stock_button)
        row.addStretch(1)
        row.addWidget(self.stock_total)
        layout.addLayout(row)
        self.stock_error = ErrorLabel()
        layout.addWidget(self.stock_error)
        self.stock_model = RowsModel(self)
        self.stock_table = rows_table("usahaStock", self.stock_model, stretch=0)
        self.stock_table.selectionModel().currentRowChanged.connect(lambda *a: self._show_card())
        self.stock_table.activated.connect(lambda index: roles_ui.when_allowed(self.count_button, self.count)())
        self.card_model = RowsModel(self)
        self.card_table = rows_table("usahaStockCard", self.card_model, stretch=5)
        self.card_caption = _bold(QLabel(objectName="stockCardCaption"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.stock_table)
        split.addWidget(_box(self.card_caption, self.card_table))
        layout.addWidget(split, 1)

    def _build_profit(self) -> None:
        _, layout = self._tab()
        today = clock.today()
        self.period_start, self.period_end = DateField(), DateField()
        self.period_start.setObjectName("periodStart")
        self.period_end.setObjectName("periodEnd")
        self.period_start.set_date(month_start(today))
        self.period_end.set_date(today)
        self.period_start_caption, self.period_end_caption = QLabel(), QLabel()
        self.period_start_caption.setBuddy(self.period_start)
        self.period_end_caption.setBuddy(self.period_end)
        self.show_period_button = QPushButton(objectName="showPeriod")
        self.show_period_button.clicked.connect(lambda: self._load("profit", force=True))
        for edit in (self.period_start, self.period_end):
            edit.returnPressed.connect(lambda: self._load("profit", force=True))
        self.print_book_button = QPushButton(objectName="printUsahaBook")
        self.print_sales_button = QPushButton(objectName="printUsahaSales")
        self.print_share_button = QPushButton(objectName="printUsahaShare")
        self.print_book_button.clicked.connect(lambda: self.print_period("usaha_book"))
        self.print_sales_button.clicked.connect(lambda: self.print_period("usaha_sales"))
        self.print_share_button.clicked.connect(lambda: self.print_period("usaha_share"))
        row = QHBoxLayout()
        for widget in (self.period_start_caption, self.period_start, self.period_end_caption, self.period_end,
                       self.show_period_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.print_book_button, self.print_sales_button, self.print_share_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.profit_errors = FieldErrors(ErrorLabel())
        layout.addWidget(self.profit_errors.add("start", self.period_start))
        layout.addWidget(self.profit_errors.add("end", self.period_end))
        layout.addWidget(self.profit_errors.general)

        columns = QHBoxLayout()
        # the report
        self.report_box = QGroupBox()
        form = QFormLayout(self.report_box)
        self.report_keys = ("sales", "cost", "difference", "expenses", "profit", "stock", "receivables", "payables")
        self.report_captions = {key: QLabel() for key in self.report_keys}
        self.report_values = {key: QLabel(objectName=f"report_{key}") for key in self.report_keys}
        for key in self.report_keys:
            value = self.report_values[key]
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.report_captions[key], value)
        _bold(self.report_values["profit"])
        _bold(self.report_captions["profit"])
        self.report_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("Harga pokok penjualan (HPP)  Rp000.000.000") + 40)
        self.expense_button = QPushButton(objectName="recordExpense")
        self.expense_button.clicked.connect(self.record_expense)
        left = QVBoxLayout()
        left.addWidget(self.report_box)
        left.addLayout(_buttons(self.expense_button))
        left.addStretch(1)
        columns.addLayout(left, 0)

        # work and the rule
        middle = QVBoxLayout()
        self.rule_caption = _bold(QLabel())
        self.rule_text = QLabel(objectName="shareRule", wordWrap=True)
        self.rule_button = QPushButton(objectName="editRule")
        self.rule_button.clicked.connect(self.edit_rule)
        self.work_caption = _bold(QLabel())
        self.work_model = RowsModel(self)
        self.work_table = rows_table("usahaWork", self.work_model, stretch=1)
        self.work_button = QPushButton(objectName="recordWork")
        self.work_button.clicked.connect(self.record_work)
        middle.addWidget(self.rule_caption)
        middle.addWidget(self.rule_text)
        middle.addLayout(_buttons(self.rule_button))
        middle.addWidget(self.work_caption)
        middle.addWidget(self.work_table, 1)
        middle.addLayout(_buttons(self.work_button))
        columns.addLayout(middle, 1)

        # the preview
        right = QVBoxLayout()
        self.share_caption = _bold(QLabel())
        self.share_model = RowsModel(self)
        self.share_table = rows_table("sharePreview", self.share_model, stretch=0)
        self.share_total = _bold(QLabel(objectName="shareTotal"))
        self.share_error = ErrorLabel()
        self.share_error.setObjectName("shareError")
        self.share_button = QPushButton(objectName="postShare")
        self.share_button.clicked.connect(self.post_share)
        right.addWidget(self.share_caption)
        right.addWidget(self.share_table, 1)
        right.addWidget(self.share_total)
        right.addWidget(self.share_error)
        right.addLayout(_buttons(self.share_button))
        columns.addLayout(right, 1)
        layout.addLayout(columns, 1)

    # --- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("Produk && bahan"), self.tr("Pembelian"), self.tr("Produksi"),
                                      self.tr("Penjualan"), self.tr("Stok"), self.tr("Laba && bagi hasil"))):
            self.tabs.setTabText(index, text)
        self.back_button.setText(self.tr("← Semua usaha (Esc)"))
        self.add_product_button.setText(self.tr("Tambah produk (F4)"))
        self.add_material_button.setText(self.tr("Tambah bahan baku"))
        self.price_button.setText(self.tr("Ubah harga…"))
        self.unit_button.setText(self.tr("Tambah satuan…"))
        self.cost_button.setText(self.tr("Ubah harga pokok…"))
        self._item_chosen()
        self.items_note.setText(self.tr("Enter pada sebuah produk membuka riwayat dan perubahan harganya."))
        self.items_model.set_headers([self.tr("Jenis"), self.tr("Nama"), self.tr("Satuan"), self.tr("Harga hari ini"),
                                      self.tr("Harga pokok standar"), self.tr("Stok")], {3, 4, 5})
        self.buy_button.setText(self.tr("Beli bahan (F4)"))
        self.pay_button.setText(self.tr("Bayar pemasok…"))
        self.payables_caption.setText(self.tr("Utang ke pemasok (belum lunas)"))
        self.purchases_model.set_headers([self.tr("Tanggal"), self.tr("Barang"), self.tr("Jumlah"), self.tr("Rp"),
                                          self.tr("Pemasok"), self.tr("Bayar")], {2, 3})
        self.payables_model.set_headers([self.tr("Tanggal"), self.tr("Pemasok"), self.tr("Barang"),
                                         self.tr("Harga"), self.tr("Sudah dibayar"), self.tr("Sisa utang")], {3, 4, 5})
        self.produce_button.setText(self.tr("Catat produksi (F4)"))
        self.production_model.set_headers([self.tr("Tanggal"), self.tr("Produk"), self.tr("Dibuat"), self.tr("Rusak"),
                                           self.tr("Biaya bahan"), self.tr("Bahan dipakai")], {2, 3, 4})
        self.sell_button.setText(self.tr("Jual (F4)"))
        self.print_button.setText(self.tr("Cetak kuitansi"))
        self.collect_button.setText(self.tr("Terima pembayaran…"))
        self.receivables_caption.setText(self.tr("Piutang penjualan (belum lunas)"))
        self.sales_note.setText(self.tr("Penjualan tunai bisa dicetak kuitansinya lagi: pilih barisnya, "
                                        "lalu Cetak kuitansi."))
        self.sales_model.set_headers([self.tr("Tanggal"), self.tr("Pembeli"), self.tr("Barang"), self.tr("Jumlah"),
                                      self.tr("Bayar"), self.tr("Kuitansi")], {3})
        self.receivables_model.set_headers([self.tr("Tanggal"), self.tr("Pembeli"), self.tr("Jumlah"),
                                            self.tr("Sudah dibayar"), self.tr("Sisa piutang")], {2, 3, 4})
        self.stock_date_caption.setText(self.tr("Stok pada tanggal"))
        self.count_button.setText(self.tr("Stok opname (F4)"))
        self.print_stock_button.setText(self.tr("Cetak daftar persediaan"))
        self.stock_model.set_headers([self.tr("Barang"), self.tr("Jenis"), self.tr("Stok"), self.tr("Dalam satuan dasar"),
                                      self.tr("Nilai")], {2, 3, 4})
        self.card_model.set_headers([self.tr("Tanggal"), self.tr("Kejadian"), self.tr("Masuk / keluar"),
                                     self.tr("Sisa"), self.tr("Nilai"), self.tr("Alasan stok minus")], {2, 3, 4})
        self.period_start_caption.setText(self.tr("Dari"))
        self.period_end_caption.setText(self.tr("sampai"))
        self.show_period_button.setText(self.tr("Tampilkan"))
        self.print_book_button.setText(self.tr("Cetak buku usaha"))
        self.print_sales_button.setText(self.tr("Cetak penjualan"))
        self.print_share_button.setText(self.tr("Cetak slip bagi hasil"))
        self.print_share_button.setToolTip(self.tr("Slip bagi hasil setiap anggota dari laba yang sudah dibagikan "
                                                   "pada periode ini"))
        self.expense_button.setText(self.tr("Catat beban…"))
        self.report_box.setTitle(self.tr("Laporan usaha"))
        for key, text in (("sales", self.tr("Penjualan")), ("cost", self.tr("Harga pokok penjualan (HPP)")),
                          ("difference", self.tr("Selisih stok opname")), ("expenses", self.tr("Beban usaha")),
                          ("profit", self.tr("Laba (rugi)")), ("stock", self.tr("Nilai stok akhir")),
                          ("receivables", self.tr("Piutang penjualan")), ("payables", self.tr("Utang ke pemasok"))):
            self.report_captions[key].setText(text)
        self.rule_caption.setText(self.tr("Aturan bagi hasil"))
        self.rule_button.setText(self.tr("Atur bagi hasil…"))
        self.work_caption.setText(self.tr("Catatan kerja anggota pada periode ini"))
        self.work_button.setText(self.tr("Catat kerja…"))
        self.work_model.set_headers([self.tr("Tanggal"), self.tr("Anggota"), self.tr("Jam"), self.tr("Hasil")], {2, 3})
        self.share_caption.setText(self.tr("Pratinjau bagi hasil"))
        self.share_model.set_headers([self.tr("Bagian"), self.tr("Dasar"), self.tr("Rp")], {1, 2})
        self.share_button.setText(self.tr("Bagikan…"))
        self._show_heading()
        self._stale = set(TABS)  # texts inside the rows (kinds, payment) follow the language
        if self.business_id is not None and self.isVisible():
            self._load(TABS[self.tabs.currentIndex()])

    def _show_heading(self) -> None:
        self.heading.setText(self.business_name)

    # --- data --------------------------------------------------------------------------------

    def show_business(self, business_id: int, name: str) -> None:
        self.business_id, self.business_name = business_id, name
        self._show_heading()
        self._stale = set(TABS)
        self._load(TABS[self.tabs.currentIndex()])

    def reload(self) -> None:
        self._stale = set(TABS)
        if self.business_id is not None:
            self._load(TABS[self.tabs.currentIndex()])

    def _load(self, tab: str, force: bool = False) -> None:
        if self.business_id is None or (tab not in self._stale and not force):
            return
        self._stale.discard(tab)
        getattr(self, f"_load_{tab}")()

    def _storno_from(self, table, model: RowsModel, kind: str) -> None:
        """"Batalkan transaksi…" in the table's right-click menu, for the chosen row's record."""
        def entry_of_row() -> int | None:
            key = model.key(table.currentIndex().row())
            if key is None:
                return None
            return reversals.record_entry(kind, getattr(key, "sale_id", key))

        add_storno_action(table, entry_of_row, self._after_write)

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def _load_items(self) -> None:
        current = self.items_model.key(self.items_table.currentIndex().row())
        today = clock.today()
        on_hand = {r.item_id: r for r in stock.stock_list(self.business_id)}
        items = catalog.list_items(self.business_id)
        rows = []
        for item in items:
            price = catalog.price_on(item.id, today) if item.kind == "product" else None
            held = on_hand.get(item.id)
            quantity = f"{quantity_text(held.quantity)} {item.unit_name}" if held else ""
            rows.append([
                text_cell(self.tr("Produk") if item.kind == "product" else self.tr("Bahan baku")),
                text_cell(item.name + ("" if item.is_active else self.tr(" (tidak aktif)"))),
                text_cell(item.unit_name if item.unit_factor == 1 else
                          f"{item.unit_name} (= {item.unit_factor} {item.base_unit_name})"),
                money_cell(price) if price is not None else ("", None),
                money_cell(item.standard_cost_rp) if item.kind == "product" else ("", None),
                (quantity, held.quantity if held else None),
            ])
        self.items_model.set_rows(rows, [i.id for i in items], {i for i, item in enumerate(items) if not item.is_active})
        keys = [i.id for i in items]
        if current in keys:
            self.items_table.selectRow(keys.index(current))
        self._item_chosen()

    def _pay_text(self, on_credit: bool, paid_rp: int, amount_rp: int, reversed_: bool) -> str:
        if reversed_:
            return self.tr("distorno")
        if not on_credit:
            return self.tr("tunai")
        if paid_rp >= amount_rp:
            return self.tr("kredit, lunas")
        return self.tr("kredit, sisa {amount}").format(amount=rupiah(amount_rp - paid_rp))

    def _load_purchases(self) -> None:
        purchases = lists.purchases(self.business_id)
        rows = [[date_cell(p.purchase_date), text_cell(p.item_name),
                 (f"{quantity_text(_dec(p.quantity))} {p.unit_name}", p.quantity), money_cell(p.amount_rp),
                 text_cell(p.supplier), text_cell(self._pay_text(p.on_credit, p.paid_rp, p.amount_rp, p.reversed))]
                for p in purchases]
        self.purchases_model.set_rows(rows, [p.purchase_id for p in purchases],
                                      {i for i, p in enumerate(purchases) if p.reversed})
        self._payables = trade.open_payables(self.business_id)
        self.payables_model.set_rows([[date_cell(p.purchase_date), text_cell(p.supplier), text_cell(p.item_name),
                                       money_cell(p.amount_rp), money_cell(p.paid_rp), money_cell(p.open_rp)]
                                      for p in self._payables], list(self._payables))
        self.pay_button.setEnabled(bool(self._payables))

    def _load_production(self) -> None:
        made = lists.productions(self.business_id)
        rows = [[date_cell(p.production_date), text_cell(p.product_name),
                 (f"{quantity_text(_dec(p.quantity))} {p.unit_name}", p.quantity),
                 (f"{quantity_text(_dec(p.rejects))} {p.unit_name}", p.rejects), money_cell(p.cost_rp),
                 text_cell(_nice_quantities(p.materials) + (f" – {p.note}" if p.note else ""))]
                for p in made]
        self.production_model.set_rows(rows, [p.production_id for p in made],
                                       {i for i, p in enumerate(made) if p.reversed})

    def _load_sales(self) -> None:
        sales = lists.sales(self.business_id)
        rows = [[date_cell(s.sale_date), text_cell(s.buyer or self.tr("Pembeli umum")),
                 text_cell(_nice_quantities(s.lines)), money_cell(s.amount_rp),
                 text_cell(self._pay_text(s.on_credit, s.paid_rp, s.amount_rp, s.reversed)),
                 text_cell(s.receipt_number or "")] for s in sales]
        self.sales_model.set_rows(rows, list(sales), {i for i, s in enumerate(sales) if s.reversed})
        self._receivables = trade.open_receivables(self.business_id)
        self.receivables_model.set_rows([[date_cell(r.sale_date), text_cell(r.buyer_name), money_cell(r.amount_rp),
                                          money_cell(r.paid_rp), money_cell(r.open_rp)] for r in self._receivables],
                                        list(self._receivables))
        self.collect_button.setEnabled(bool(self._receivables))

    def _load_stock(self) -> None:
        on = self.stock_date.date()
        if on is None:
            self.stock_error.show_text(issue_text(self.stock_date.issue("stock_date") or _required("stock_date")))
            return
        self.stock_error.show_text("")
        current = self.stock_model.key(self.stock_table.currentIndex().row())
        held = stock.stock_list(self.business_id, on)
        rows = [[text_cell(r.name), text_cell(self.tr("Produk") if r.kind == "product" else self.tr("Bahan baku")),
                 (f"{quantity_text(r.quantity)} {r.unit_name}", r.quantity),
                 (f"{quantity_text(r.quantity_base)} {r.base_unit_name}", r.quantity_base), money_cell(r.value_rp)]
                for r in held]
        self.stock_model.set_rows(rows, [r.item_id for r in held])
        self.stock_total.setText(self.tr("Nilai stok: {amount}").format(amount=rupiah(sum(r.value_rp for r in held))))
        keys = [r.item_id for r in held]
        if keys:
            self.stock_table.selectRow(keys.index(current) if current in keys else 0)
        self._show_card()

    def _show_card(self) -> None:
        item_id = self.stock_model.key(self.stock_table.currentIndex().row())
        if item_id is None:
            self.card_model.set_rows([])
            self.card_caption.setText(self.tr("Kartu stok"))
            return
        item = catalog.get_item(item_id)
        kinds = {"purchase": self.tr("Pembelian"), "produced": self.tr("Produksi"), "consumed": self.tr("Dipakai produksi"),
                 "sold": self.tr("Penjualan"), "counted": self.tr("Stok opname")}
        moves = stock.movements(item_id, end=self.stock_date.date())
        unit = item.base_unit_name
        rows = [[date_cell(m.move_date), text_cell(kinds.get(m.kind, m.kind)),
                 (f"{'+' if m.quantity_base > 0 else ''}{quantity_text(m.quantity_base)} {unit}", m.quantity_base),
                 (f"{quantity_text(m.balance_base)} {unit}", m.balance_base), money_cell(m.cost_rp),
                 text_cell(m.negative_reason)] for m in reversed(moves)]
        self.card_model.set_rows(rows)
        self.card_caption.setText(self.tr("Kartu stok: {item}").format(item=item.name))

    def _period(self):
        self.profit_errors.clear()
        issues = []
        start, end = self.period_start.date(), self.period_end.date()
        for field, edit, value in (("start", self.period_start, start), ("end", self.period_end, end)):
            if value is None:
                issues.append(edit.issue(field) or _required(field))
        if issues:
            self.profit_errors.show(issues)
            return None
        return start, end

    def _load_profit(self) -> None:
        period = self._period()
        rule = sharing.get_rule(self.business_id)
        words = ShareWords()
        if rule is None:
            self.rule_text.setText(self.tr("Belum ada aturan: atur dulu sebelum membagi laba."))
        else:
            names = words.parts()
            parts = ", ".join(f"{names.get(p.target, p.target)} {quantity_text(p.percent)}%" for p in rule.parts)
            self.rule_text.setText(self.tr("{parts}; bagian anggota menurut {basis}.").format(
                parts=parts, basis=words.bases()[rule.basis].lower()))
        if period is None:
            return
        try:
            r = report.business_report(self.business_id, *period)
        except Rejected as refused:
            self.profit_errors.show(refused.issues)
            return
        for key, value in (("sales", r.sales_rp), ("cost", r.cost_of_sales_rp), ("difference", r.stock_difference_rp),
                           ("expenses", r.expenses_rp), ("profit", r.profit_rp), ("stock", r.stock_value_rp),
                           ("receivables", r.receivables_rp), ("payables", r.payables_rp)):
            self.report_values[key].setText(rupiah(value, parentheses=key == "profit"))
        work = lists.work(self.business_id, *period)
        self.work_model.set_rows([[date_cell(w.work_date), text_cell(w.member_name),
                                   (quantity_text(_dec(w.hours)) if _dec(w.hours) else "", w.hours),
                                   (str(w.pieces) if w.pieces else "", w.pieces)] for w in work])
        self._preview(period)

    def _preview(self, period) -> None:
        self._plan = None
        try:
            plan = sharing.preview(self.business_id, *period)
        except Rejected as refused:
            self.share_model.set_rows([])
            self.share_total.setText("")
            self.share_error.show_text("\n".join(issue_text(i) for i in refused.issues))
            self.share_button.setEnabled(False)
            return
        self._plan = plan
        self.share_error.show_text("")
        names = ShareWords().parts()
        unit = {"hours": self.tr("jam"), "pieces": self.tr("buah"), "sales": ""}[plan.basis]
        rows = []
        for part in plan.parts:
            rows.append([text_cell(names.get(part.target, part.target)), (f"{quantity_text(part.percent)}%", part.percent),
                         money_cell(part.amount_rp)])
            if part.target == sharing.MEMBERS:
                for m in plan.members:
                    weight = rupiah(int(m.weight)) if plan.basis == "sales" else f"{quantity_text(m.weight)} {unit}"
                    rows.append([text_cell(f"    {m.name}"), (weight, m.weight), money_cell(m.amount_rp)])
        self.share_model.set_rows(rows)
        handed = sum(p.amount_rp for p in plan.parts)
        self.share_total.setText(self.tr("Laba {profit} dibagi habis: {handed}").format(
            profit=rupiah(plan.profit_rp), handed=rupiah(handed)))
        self.share_button.setEnabled(True)

    # --- actions -----------------------------------------------------------------------------

    def main_action(self) -> None:
        {"items": lambda: self.add_item("product"), "purchases": self.buy, "production": self.produce,
         "sales": self.sell, "stock": self.count, "profit": self.record_work}[TABS[self.tabs.currentIndex()]]()

    def _run(self, dialog) -> bool:
        if dialog.exec():
            self._after_write()
            return True
        return False

    def add_item(self, kind: str) -> None:
        self._run(ItemDialog(self.business_id, kind, self))

    def change_price(self) -> None:
        item = catalog.get_item(self.items_model.key(self.items_table.currentIndex().row()) or 0)
        if item is None or item.kind != "product":
            return
        self._run(PriceDialog(item, self))

    def _chosen_item(self):
        item_id = self.items_model.key(self.items_table.currentIndex().row())
        return catalog.get_item(item_id) if item_id is not None else None

    def _item_chosen(self) -> None:
        """The buttons that act on the chosen item follow it: Aktifkan lagi for one set aside."""
        item = self._chosen_item() if self.business_id is not None else None
        self.price_button.setEnabled(item is not None and item.kind == "product")
        self.cost_button.setEnabled(item is not None and item.kind == "product")
        self.active_button.setEnabled(item is not None)
        self.active_button.setText(self.tr("Aktifkan lagi") if item is not None and not item.is_active
                                   else self.tr("Nonaktifkan"))
        self.active_button.setToolTip(self.tr("Barang yang tidak aktif tidak ditawarkan lagi saat membeli, "
                                              "memproduksi atau menjual; catatannya tetap ada."))

    def change_standard_cost(self) -> None:
        item = self._chosen_item()
        if item is not None and item.kind == "product":
            self._run(StandardCostDialog(item, self))

    def toggle_active(self) -> None:
        item = self._chosen_item()
        if item is None:
            return
        try:
            catalog.set_active(item.id, not item.is_active)
        except Rejected as refused:
            QMessageBox.warning(self, self.tr("Produk && bahan"), "\n".join(issue_text(i) for i in refused.issues))
            return
        self._after_write()

    def add_unit(self) -> None:
        self._run(UnitDialog(self.business_id, self))

    def buy(self) -> None:
        self._run(PurchaseDialog(self.business_id, self))

    def pay_supplier(self) -> None:
        payable = self.payables_model.key(self.payables_table.currentIndex().row())
        if payable is None and self.payables_model.keys:
            payable = self.payables_model.keys[0]
        if payable is not None:
            self._run(PaySupplierDialog(payable, self))

    def produce(self) -> None:
        self._run(ProductionDialog(self.business_id, self))

    def sell(self) -> None:
        self._run(SaleDialog(self.business_id, self))

    def collect(self) -> None:
        receivable = self.receivables_model.key(self.receivables_table.currentIndex().row())
        if receivable is None and self.receivables_model.keys:
            receivable = self.receivables_model.keys[0]
        if receivable is not None:
            self._run(CollectDialog(receivable, self))

    def print_sale_receipt(self) -> None:
        sale = self.sales_model.key(self.sales_table.currentIndex().row())
        if sale is not None and sale.receipt_number:
            print_receipt(self, sale.receipt_number)

    def count(self) -> None:
        if self.tabs.currentIndex() != TABS.index("stock"):
            self.tabs.setCurrentIndex(TABS.index("stock"))
        item = catalog.get_item(self.stock_model.key(self.stock_table.currentIndex().row()) or 0)
        if item is not None:
            self._run(CountDialog(item, self))

    def record_work(self) -> None:
        self._run(WorkDialog(self.business_id, self))

    def record_expense(self) -> None:
        self._run(ExpenseDialog(self.business_id, self))

    # --- printing ----------------------------------------------------------------------------

    def print_period(self, kind: str) -> None:
        """Buku usaha, Penjualan or Slip bagi hasil of the period chosen on this tab."""
        period = self._period()
        if period is None or self.business_id is None:
            return
        make_document(self, Request(kind, business_id=self.business_id, start=period[0], end=period[1]))

    def print_stock(self) -> None:
        """Daftar persediaan as of the date chosen on the Stok tab."""
        on = self.stock_date.date()
        if on is None:
            self.stock_error.show_text(issue_text(self.stock_date.issue("stock_date") or _required("stock_date")))
            return
        if self.business_id is not None:
            make_document(self, Request("usaha_stock", business_id=self.business_id, end=on))

    def edit_rule(self) -> None:
        self._run(RuleDialog(self.business_id, self))

    def post_share(self) -> None:
        period = self._period()
        if period is None or self._plan is None:
            return
        plan = self._plan
        on = clock.today()
        answer = QMessageBox.question(
            self, self.tr("Bagikan laba"),
            self.tr("Bagikan laba {business} {start} – {end} sebesar {profit}? Bagian anggota masuk ke simpanan "
                    "sukarela masing-masing; transaksi ini hanya bisa dibatalkan dengan storno.").format(
                business=self.business_name, start=period[0].strftime("%d/%m/%Y"),
                end=period[1].strftime("%d/%m/%Y"), profit=rupiah(plan.profit_rp)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            sharing.post_share(self.business_id, *period, on=on)
        except Rejected as refused:
            self.share_error.show_text("\n".join(issue_text(i) for i in refused.issues))
            return
        self._after_write()


def _dec(text: str):
    from decimal import Decimal, InvalidOperation

    try:
        return Decimal(text)
    except (InvalidOperation, TypeError):
        return Decimal(0)


def _nice_quantities(text: str) -> str:
    """'Pakan itik 37.5 kg' -> 'Pakan itik 37,5 kg' (the quantities as the screens write them)."""
    import re

    return re.sub(r"(?<=\s)(\d+)\.(\d+)(?=\s)", r"\1,\2", text)


def _required(field: str):
    from app.errors import Issue

    return Issue(field, "required")
