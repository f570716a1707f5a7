"""Usaha Kelompok: the group's businesses and who works in them; more comes later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.businesses import add_business, list_businesses
from app.errors import Rejected
from ui.areas import Area
from ui.field_errors import ErrorLabel, FieldErrors
from ui.pages.page import Page
from ui.table_export import RAW_ROLE, add_export_action


class BusinessesPage(Page):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("businessTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumWidth(640)
        add_export_action(self.table, "usaha-kelompok")
        self.content.addWidget(self.table, 1)

        self.name = QLineEdit()
        self.name.setObjectName("businessName")
        self.name.setMaxLength(60)
        self.name.returnPressed.connect(self.add)
        self.name_caption = QLabel()
        self.name_caption.setBuddy(self.name)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.errors = FieldErrors(ErrorLabel())
        row = QHBoxLayout()
        row.addWidget(self.name_caption)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.content.addLayout(row)
        self.content.addWidget(self.errors.add("name", self.name))
        self.content.addWidget(self.errors.general)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.content.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setHorizontalHeaderLabels([self.tr("Kelompok usaha"), self.tr("Anggota")])
        self.name_caption.setText(self.tr("Kelompok usaha baru"))
        self.add_button.setText(self.tr("Tambah kelompok usaha"))
        self.note.setText(self.tr(
            "Produk, bahan baku, produksi, penjualan, stok dan bagi hasil tiap usaha belum tersedia "
            "di versi ini; bagian itu menyusul."
        ))

    def refresh(self) -> None:
        businesses = list_businesses()
        self.table.setRowCount(len(businesses))
        for row, business in enumerate(businesses):
            self.table.setItem(row, 0, QTableWidgetItem(business.name))
            count = QTableWidgetItem(str(business.member_count))
            count.setData(RAW_ROLE, business.member_count)
            self.table.setItem(row, 1, count)

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
