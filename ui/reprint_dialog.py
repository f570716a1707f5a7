"""Cetak ulang kuitansi (Ctrl+R): find a receipt again and print it, marked SALINAN.

Type its number — "490" is KW/<this year>/000490, "BKK 17" the bukti kas keluar
BKK/<this year>/000017, the full number works too — and Enter; a number that names no receipt
is said beside the field (and the note of the one opened before goes). Or narrow the list below by member and
dates and Enter (or double-click) on a row. The receipt opens in the preview on the paper of
Pengaturan (ui.documents_ui.print_receipt), which counts the print.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock, members, receipts
from app.errors import Rejected
from app.formatting import rupiah, short_date
from ui import documents_ui
from ui.date_field import DateField
from ui.dialog_keys import KeyboardDialog
from ui.field_errors import ErrorLabel
from ui.messages import issue_text
from ui.retranslating import Retranslating


class ReprintDialog(Retranslating, KeyboardDialog, QDialog):
    asks_before_discarding = False  # a number to look up is nothing to lose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprint")
        self.number = QLineEdit(objectName="number")
        self.number.returnPressed.connect(self.print_typed)
        self.number_error = ErrorLabel()
        self.number_error.setObjectName("error_number")
        self.number.textEdited.connect(lambda: self.number_error.show_text(""))
        self.member = QComboBox(objectName="member")
        self.member.addItem("", None)
        for m in members.list_members():
            self.member.addItem(f"{members.format_number(m.number)} – {m.name}", m.id)
        self.member.currentIndexChanged.connect(self.refresh)
        today = clock.today()
        self.start = DateField()
        self.start.setObjectName("start")
        self.start.set_date(date(today.year, 1, 1))
        self.end = DateField()
        self.end.setObjectName("end")
        self.end.set_date(today)
        for field in (self.start, self.end):
            field.editingFinished.connect(self.refresh)
        self.list = QTableWidget(0, 4, objectName="receipts")
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.activated.connect(lambda index: self.print_number(self.list.item(index.row(), 0).text()))
        self.note = QLabel(objectName="note")
        self.note.setStyleSheet("color: #1b5e20;")
        self.close_button = QPushButton(objectName="close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        self.captions = {key: QLabel() for key in ("number", "member", "start", "end")}
        form = QFormLayout()
        form.addRow(self.captions["number"], self.number)
        form.addRow("", self.number_error)
        form.addRow(self.captions["member"], self.member)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.captions["end"])
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.captions["start"], dates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(760, 520)
        self.retranslate()
        self.refresh()
        self.number.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cetak ulang kuitansi"))
        self.captions["number"].setText(self.tr("&Nomor (490 = KW/{year}/000490; bukti kas keluar: BKK 17)").format(
            year=clock.today().year))
        self.captions["member"].setText(self.tr("&Anggota"))
        self.captions["start"].setText(self.tr("&Dari tanggal"))
        self.captions["end"].setText(self.tr("s&ampai"))
        for key in self.captions:
            self.captions[key].setBuddy(getattr(self, key))
        self.member.setItemText(0, self.tr("Semua anggota"))
        self.list.setHorizontalHeaderLabels([self.tr("Nomor"), self.tr("Tanggal"), self.tr("Nama"),
                                             self.tr("Jumlah")])
        self.close_button.setText(self.tr("Tutup"))

    def refresh(self) -> None:
        found = receipts.search(self.member.currentData(), self.start.date(), self.end.date())
        self.list.setRowCount(len(found))
        for row, receipt in enumerate(found):
            cells = [receipt.number, short_date(receipt.entry_date), receipt.name, rupiah(receipt.amount_rp)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.list.setItem(row, column, item)

    def print_typed(self) -> None:
        try:
            number = receipts.find(self.number.text())
        except Rejected as refused:
            self.number_error.show_text("\n".join(issue_text(i) for i in refused.issues))
            self.note.clear()  # never "… dibuka untuk dicetak" beside "not found"
            self.number.setFocus()
            self.number.selectAll()
            return
        self.print_number(number)

    def print_number(self, number: str) -> None:
        self.number_error.show_text("")
        self.note.setText(self.tr("Kuitansi {number} dibuka untuk dicetak; yang sudah pernah dicetak bertanda SALINAN.").format(number=number))
        documents_ui.print_receipt(self, number)
