"""Usaha Kelompok: a card per active business with this month's sales, profit and stock value
(app.usaha.report.dashboard, one statement), a chart of the last 12 months' sales and profit,
and the register of business groups (add a group). Enter or a click on a card opens that
business's detail (ui.usaha.detail); Esc comes back.
"""

from __future__ import annotations

from babel.dates import format_date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock, text_rules
from app.businesses import add_business, list_businesses
from app.errors import Rejected
from app.formatting import LOCALES, rupiah
from app.usaha import report
from ui import translation
from ui.areas import Area
from ui.field_errors import ErrorLabel, FieldErrors
from ui.pages.page import Page
from ui.table_export import RAW_ROLE, add_export_action
from ui.usaha.cards import BusinessCard
from ui.usaha.chart import MonthlyChart
from ui.usaha.detail import BusinessDetail

CARD_COLUMNS = 3


class BusinessesPage(Page):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.cards: list[BusinessCard] = []
        self._rows: list[report.DashboardRow] = []
        self.stack = QStackedWidget()
        self.content.addWidget(self.stack, 1)

        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.setContentsMargins(0, 0, 0, 0)
        self.month_caption = QLabel(objectName="usahaMonth")
        self.totals = QLabel(objectName="usahaTotals")
        top = QHBoxLayout()
        top.addWidget(self.month_caption)
        top.addSpacing(24)
        top.addWidget(self.totals, 1)
        layout.addLayout(top)
        self.card_grid = QGridLayout()
        self.card_grid.setSpacing(10)
        cards = QWidget()
        cards_layout = QVBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.addLayout(self.card_grid)
        cards_layout.addStretch(1)
        self.cards_area = QScrollArea()
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.cards_area.setWidget(cards)
        self.cards_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty_note = QLabel(wordWrap=True)
        layout.addWidget(self.cards_area, 0)
        layout.addWidget(self.empty_note)

        bottom = QHBoxLayout()
        # the chart
        self.chart_box = QGroupBox()
        chart_layout = QVBoxLayout(self.chart_box)
        self.chart_choice = QComboBox(objectName="chartBusiness")
        self.chart_choice.currentIndexChanged.connect(lambda index: self._show_chart())
        self.chart_choice_caption = QLabel()
        self.chart_choice_caption.setBuddy(self.chart_choice)
        choice = QHBoxLayout()
        choice.addWidget(self.chart_choice_caption)
        choice.addWidget(self.chart_choice)
        choice.addStretch(1)
        chart_layout.addLayout(choice)
        self.chart = MonthlyChart()
        chart_layout.addWidget(self.chart, 1)
        bottom.addWidget(self.chart_box, 1)

        # the register of business groups
        self.register_box = QGroupBox()
        register = QVBoxLayout(self.register_box)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("businessTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda item: self.open_business(self._register_ids[item.row()]))
        add_export_action(self.table, "usaha-kelompok")
        register.addWidget(self.table, 1)
        self.name = QLineEdit()
        self.name.setObjectName("businessName")
        self.name.setMaxLength(text_rules.SHORT_NAME)
        self.name.returnPressed.connect(self.add)
        self.name_caption = QLabel()
        self.name_caption.setBuddy(self.name)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.errors = FieldErrors(ErrorLabel())
        register.addWidget(self.name_caption)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        register.addLayout(row)
        register.addWidget(self.errors.add("name", self.name))
        register.addWidget(self.errors.general)
        self.register_box.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 26)
        self._register_ids: list[int] = []
        bottom.addWidget(self.register_box)
        layout.addLayout(bottom, 1)
        self.stack.addWidget(overview)

        self.detail = BusinessDetail()
        self.detail.back_requested.connect(self.show_overview)
        self.detail.changed.connect(self._detail_changed)
        self.stack.addWidget(self.detail)
        self.retranslate()

    # --- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([self.tr("Kelompok usaha"), self.tr("Anggota")])
        self.name_caption.setText(self.tr("Kelompok usaha baru"))
        self.add_button.setText(self.tr("Tambah"))
        self.register_box.setTitle(self.tr("Daftar kelompok usaha"))
        self.chart_box.setTitle(self.tr("Penjualan dan laba 12 bulan terakhir"))
        self.chart_choice_caption.setText(self.tr("Usaha"))
        if self.chart_choice.count():
            self.chart_choice.setItemText(0, self.tr("Semua usaha"))
        self.chart.set_words(self.tr("Penjualan"), self.tr("Laba"), self.tr("Belum ada penjualan usaha."))
        self.empty_note.setText(self.tr("Belum ada kelompok usaha yang aktif. Tambahkan di daftar kelompok usaha."))
        self._word_cards()
        self._show_month()
        self._show_chart()

    def _word_cards(self) -> None:
        for card in self.cards:
            card.set_words(self.tr("Penjualan bulan ini"), self.tr("Laba bulan ini"), self.tr("Nilai stok"),
                           self.tr("Enter atau klik: buka {name}").format(name=card.row.business_name))

    def _show_month(self) -> None:
        today = clock.today()
        self.month_caption.setText(self.tr("Bulan {month}").format(
            month=format_date(today, "MMMM y", locale=LOCALES.get(translation.current(), "id_ID"))))
        if self._rows:
            active = [r for r in self._rows if r.is_active]
            self.totals.setText(self.tr("Semua usaha: penjualan {sales}, laba {profit}, stok {stock}").format(
                sales=rupiah(sum(r.sales_rp for r in active)), profit=rupiah(sum(r.profit_rp for r in active)),
                stock=rupiah(sum(r.stock_value_rp for r in active))))

    # --- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._rows = report.dashboard(clock.today())
        for card in self.cards:
            self.card_grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        active = [r for r in self._rows if r.is_active]
        for index, row in enumerate(active):
            card = BusinessCard(row)
            card.opened.connect(self.open_business)
            self.card_grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
            self.cards.append(card)
        for column in range(CARD_COLUMNS):
            self.card_grid.setColumnStretch(column, 1)
        rows = -(-len(active) // CARD_COLUMNS)
        card_height = self.cards[0].sizeHint().height() if self.cards else 0
        self.cards_area.setFixedHeight(min(rows, 2) * (card_height + 10) + 4 if rows else 0)
        self.empty_note.setVisible(not active)
        self._word_cards()
        self._show_month()
        # the chart's choice
        chosen = self.chart_choice.currentData()
        self.chart_choice.blockSignals(True)
        self.chart_choice.clear()
        self.chart_choice.addItem(self.tr("Semua usaha"), None)
        for row in active:
            self.chart_choice.addItem(row.business_name, row.business_id)
        self.chart_choice.setCurrentIndex(max(self.chart_choice.findData(chosen), 0))
        self.chart_choice.blockSignals(False)
        self._show_chart()
        # the register
        businesses = list_businesses()
        self._register_ids = [b.id for b in businesses]
        self.table.setRowCount(len(businesses))
        for row, business in enumerate(businesses):
            self.table.setItem(row, 0, QTableWidgetItem(business.name))
            count = QTableWidgetItem(str(business.member_count))
            count.setData(RAW_ROLE, business.member_count)
            self.table.setItem(row, 1, count)
        if self.stack.currentIndex() == 1:
            self.detail.reload()

    def _show_chart(self) -> None:
        if not self._rows:
            self.chart.set_figures([], [])
            return
        today = clock.today()
        chosen = self.chart_choice.currentData()
        active = {r.business_id for r in self._rows if r.is_active}
        figures = [f for f in report.monthly(chosen, today) if chosen is not None or f.business_id in active]
        locale = LOCALES.get(translation.current(), "id_ID")
        months = sorted({f.month for f in figures})
        names = [format_date(m, "MMM", locale=locale) for m in months]
        self.chart.set_figures(figures, names)

    # --- actions -----------------------------------------------------------------------------

    def open_business(self, business_id: int) -> None:
        name = next((r.business_name for r in self._rows if r.business_id == business_id), "")
        self.detail.show_business(business_id, name)
        self.stack.setCurrentIndex(1)
        self.detail.tabs.setFocus()

    def show_overview(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
        if self.cards:
            self.cards[0].setFocus()

    def _detail_changed(self) -> None:
        self.changed.emit()

    def add(self) -> None:
        try:
            add_business(self.name.text())
        except Rejected as rejected:
            self.errors.show(rejected.issues)
            return
        self.errors.clear()
        self.name.clear()
        self.refresh()
        self.changed.emit()
