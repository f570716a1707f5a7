"""Pengaturan's list of the group's usual income and costs ("pos"), by name, and a row to add
one: a name and whether it is money in or money out; the code is found for her."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.cashbox import pos
from app.errors import Rejected
from ui.field_errors import ErrorLabel, FieldErrors
from ui.retranslating import Retranslating


class PosPanel(Retranslating, QWidget):
    changed = Signal()  # a pos was added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("posPanel")
        self.title = QLabel()
        self.income_list = QLabel()
        self.income_list.setObjectName("posIncome")
        self.income_list.setWordWrap(True)
        self.cost_list = QLabel()
        self.cost_list.setObjectName("posCosts")
        self.cost_list.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("posName")
        self.name.setMaxLength(pos.NAME_LIMIT)
        self.name.returnPressed.connect(self.add)
        self.kind = QComboBox()
        self.kind.setObjectName("posKind")
        self.kind.addItem("", pos.OUT)
        self.kind.addItem("", pos.IN)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPos")
        self.add_button.clicked.connect(self.add)
        self.errors = FieldErrors(ErrorLabel())
        self.errors.general.setObjectName("error_pos")
        name_error = self.errors.add("name", self.name)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.kind)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        for widget in (self.title, self.income_list, self.cost_list):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(name_error)
        layout.addWidget(self.errors.general)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Pos penerimaan dan pengeluaran yang biasa dipakai:"))
        self.name.setPlaceholderText(self.tr("Nama pos baru, misalnya Sewa tenda"))
        self.kind.setItemText(0, self.tr("Pengeluaran"))
        self.kind.setItemText(1, self.tr("Penerimaan"))
        self.add_button.setText(self.tr("Tambah pos"))
        self.refresh()

    def refresh(self) -> None:
        codes = pos.show_codes()
        self.income_list.setText(self.tr("Penerimaan: {names}").format(
            names=", ".join(pos.label(p.code, p.name, codes) for p in pos.income())))
        self.cost_list.setText(self.tr("Pengeluaran: {names}").format(
            names=", ".join(pos.label(p.code, p.name, codes) for p in pos.costs())))

    def add(self) -> None:
        try:
            pos.add(self.name.text(), self.kind.currentData())
        except Rejected as rejected:
            self.errors.show(rejected.issues)
            return
        self.errors.clear()
        self.name.clear()
        self.refresh()
        self.changed.emit()
