"""A business on the Usaha Kelompok page: its name and this month's sales, profit and stock
value, as a card that takes the keyboard focus; Enter, Space or a click opens its detail."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from app.formatting import rupiah
from app.usaha.report import DashboardRow

STYLE = """
QFrame#businessCard { border: 1px solid #b0b0b0; border-radius: 6px; background: palette(base); }
QFrame#businessCard:focus { border: 2px solid #1565c0; }
"""


class BusinessCard(QFrame):
    opened = Signal(int)

    def __init__(self, row: DashboardRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("businessCard")
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.business_id = row.business_id
        self.row = row
        self.name = QLabel(row.business_name, objectName="cardName")
        font = QFont(self.name.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name.setFont(font)
        self.captions = {key: QLabel() for key in ("sales", "profit", "stock")}
        self.values = {key: QLabel(objectName=f"card_{key}") for key in self.captions}
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.name, 0, 0, 1, 2)
        for row_number, key in enumerate(("sales", "profit", "stock"), start=1):
            self.values[key].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(self.captions[key], row_number, 0)
            layout.addWidget(self.values[key], row_number, 1)
        layout.setColumnStretch(0, 1)
        self.values["sales"].setText(rupiah(row.sales_rp))
        self.values["profit"].setText(rupiah(row.profit_rp))
        self.values["profit"].setStyleSheet("color: #b00020;" if row.profit_rp < 0 else "")
        self.values["stock"].setText(rupiah(row.stock_value_rp))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("Penjualan bulan ini   Rp000.000.000") + 30)

    def set_words(self, sales: str, profit: str, stock: str, hint: str) -> None:
        self.captions["sales"].setText(sales)
        self.captions["profit"].setText(profit)
        self.captions["stock"].setText(stock)
        self.setToolTip(hint)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.business_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.business_id)
            return
        super().keyPressEvent(event)
