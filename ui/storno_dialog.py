"""Batalkan transaksi (storno): the one dialog every screen opens to correct a posted transaction.

It shows the whole transaction as app.reversals.preview reads it, before she confirms: every
line (the account in words, the member, the business, debit or credit), the cash that goes back,
the kuitansi it cancels, what else it undoes (a loan payment, stock, a bagi hasil), and, when it
would be refused, why (Batalkan transaksi is then disabled). A reason is required; Enter saves,
Esc closes. After a storno that issued a kuitansi for money going back, the dialog stays open
with it (Ctrl+P prints).

    if open_storno(self, entry_id):
        self.refresh()
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QWidget

from app import clock, receipts, reversals
from app.errors import Rejected
from app.formatting import rupiah, short_date
from ui.date_field import DateField
from ui.field_errors import ErrorLabel
from ui.form_dialog import FormDialog
from ui.messages import issue_text
from ui import roles_ui
from ui.receipt_done import ReceiptAfterSave
from ui.savings_dialogs import REASON_LIMIT, read_date

COLUMNS = ("account", "member", "business", "debit", "credit")
MONEY = ("debit", "credit")


@dataclass(frozen=True)
class Storno:
    entry_id: int
    receipt_number: str | None  # the kuitansi for money going back, if one was issued


def open_storno(parent: QWidget, entry_id: int) -> bool:
    """The storno dialog for `entry_id`; True when a storno was saved (the page reloads)."""
    return bool(StornoDialog(entry_id, parent).exec())


class StornoAction(QAction):
    """"Batalkan transaksi…" in a table's right-click menu: the storno dialog for the entry of
    the chosen row (`entry_of_row()`, None: nothing to reverse there), then `after()`."""

    def __init__(self, view: QAbstractScrollArea, entry_of_row: Callable[[], int | None],
                 after: Callable[[], None]) -> None:
        super().__init__(view)
        self.setObjectName("stornoAction")
        self._view, self._entry_of_row, self._after = view, entry_of_row, after
        self.triggered.connect(self.run)
        self.retranslate()
        roles_ui.guard(self, "storno")

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("StornoDialog", "Batalkan transaksi…"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def run(self) -> bool:
        if not self.isEnabled():  # a double-click on the row, by one who may not (ui.roles_ui)
            return False
        entry_id = self._entry_of_row()
        if entry_id is None or not open_storno(self._view.window(), entry_id):
            return False
        self._after()
        return True


def add_storno_action(view: QAbstractScrollArea, entry_of_row: Callable[[], int | None],
                      after: Callable[[], None]) -> StornoAction:
    """Give `view` the right-click action "Batalkan transaksi…" (see StornoAction)."""
    action = StornoAction(view, entry_of_row, after)
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def entry_of_receipt(number: str) -> int:
    """The transaction a kuitansi number was issued for ("KW/2026/000490", or "490" this year:
    receipts.find reads it as the reprint does)."""
    return receipts.get(receipts.find(number)).entry_id


class StornoDialog(ReceiptAfterSave, FormDialog):
    def __init__(self, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stornoDialog")
        self.entry_id = entry_id
        self.preview: reversals.ReversalPreview | None = None
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("stornoLines")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.grid.addWidget(self.table, self._rows, 0, 1, 2)
        self._rows += 1
        for key in ("total", "receipts"):
            self.add_value(key, bold=key == "total")
        self.undoes = self.add_note("stornoUndoes")
        self.refusal = ErrorLabel()
        self.refusal.setObjectName("stornoRefusal")
        self.grid.addWidget(self.refusal, self._rows, 0, 1, 2)
        self._rows += 1
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_LIMIT)
        self.entry_date = DateField()
        self.entry_date.set_date(clock.today())
        self.add_field("reason", self.reason, stretch=True)
        self.add_field("entry_date", self.entry_date)
        self.setMinimumWidth(760)
        self.entry_date.textChanged.connect(self._date_changed)
        self._read(clock.today())
        self.retranslate()
        self.reason.setFocus()

    # the preview

    def _date_changed(self) -> None:
        on = self.entry_date.date()
        if on is not None:
            self._read(on)
            self.retranslate()

    def _read(self, on: date) -> None:
        self.preview = reversals.preview(self.entry_id, on)
        self.save_button.setEnabled(self.preview.allowed)
        self.refusal.show_text("\n".join(issue_text(issue) for issue in self.preview.issues))

    def _fill(self) -> None:
        p = self.preview
        self.table.setRowCount(len(p.lines))
        for row, line in enumerate(p.lines):
            member = f"{line.member_number} – {line.member_name}" if line.member_id else ""
            memo = f" ({line.memo})" if line.memo and line.memo not in (p.description, member) else ""
            texts = (line.account_name + memo, member, line.business_name,
                     rupiah(line.amount_rp) if line.amount_rp > 0 else "",
                     rupiah(-line.amount_rp) if line.amount_rp < 0 else "")
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if COLUMNS[column] in MONEY:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        rows_height = sum(self.table.rowHeight(r) for r in range(min(len(p.lines), 10)))
        self.table.setFixedHeight(rows_height + self.table.horizontalHeader().sizeHint().height() + 4)

    # texts

    def retranslate(self) -> None:
        super().retranslate()
        p = self.preview
        self.setWindowTitle(self.tr("Batalkan transaksi"))
        self.table.setHorizontalHeaderLabels([self.tr("Akun"), self.tr("Anggota"), self.tr("Usaha"),
                                              self.tr("Debit"), self.tr("Kredit")])
        self._fill()
        self.intro.setText(self.tr(
            "Transaksi {date} \u201c{description}\u201d dibatalkan seluruhnya: setiap baris di bawah dibalik "
            "oleh transaksi storno. Transaksi aslinya tetap tercatat."
        ).format(date=short_date(p.entry_date), description=p.description))
        self.captions["total"].setText(self.tr("Uang kas/bank"))
        if p.cash_rp > 0:
            total = self.tr("{amount} diterima; dikembalikan (keluar lagi)").format(amount=rupiah(p.cash_rp))
        elif p.cash_rp < 0:
            total = self.tr("{amount} dibayarkan; kembali masuk").format(amount=rupiah(-p.cash_rp))
        else:
            total = self.tr("tidak ada uang kas/bank yang bergerak")
        self.values["total"].setText(total)
        self.captions["receipts"].setText(self.tr("Kuitansi dibatalkan"))
        receipt_text = ", ".join(p.receipts) or self.tr("tidak ada")
        if p.refund_receipt:
            receipt_text += " " + self.tr("(ditandai BATAL; pembatalan mendapat kuitansinya sendiri)")
        self.values["receipts"].setText(receipt_text)
        self.undoes.setText("\n".join(self._undone_text(u) for u in p.undoes))
        self.undoes.setVisible(bool(p.undoes))
        self.captions["reason"].setText(self.tr("Alasan"))
        self.captions["entry_date"].setText(self.tr("Tanggal storno"))
        self.reason.setPlaceholderText(self.tr("misalnya: salah jumlah, dobel dicatat"))
        self.save_button.setText(self.tr("Batalkan transaksi"))

    def _undone_text(self, undone: reversals.Undone) -> str:
        params = undone.params
        if undone.code == "loan.payment":
            return self.tr("Pembayaran pinjaman {loan} dibatalkan (pokok {pokok}, jasa {jasa}, denda {denda}); "
                           "jadwalnya kembali seperti sebelum pembayaran.").format(
                loan=params["loan"], pokok=rupiah(params["pokok"]), jasa=rupiah(params["jasa"]),
                denda=rupiah(params["denda"]))
        if undone.code == "loan.disbursement":
            return self.tr("Pinjaman {loan} kembali berstatus disetujui (belum dicairkan); jadwal angsurannya "
                           "dihapus.").format(**params)
        if undone.code == "loan.fee":
            return self.tr("Provisi {loan} yang dibayar terpisah ({amount}, kuitansi {receipt}) ikut dibatalkan "
                           "dan dikembalikan.").format(loan=params["loan"], amount=rupiah(params["amount_rp"]),
                                                       receipt=params["receipt"] or "-")
        if undone.code == "stock.back":
            return self.tr("Stok {item} kembali {quantity} {unit}.").format(**params)
        if undone.code == "stock.out":
            return self.tr("Stok {item} keluar lagi {quantity} {unit}.").format(**params)
        if undone.code == "inventory.out":
            return self.tr("{item} keluar dari Buku Inventaris pada tanggal storno.").format(**params)
        if undone.code == "inventory.back":
            return self.tr("{item} kembali tercatat dimiliki di Buku Inventaris.").format(**params)
        if undone.code == "depreciation":
            return self.tr("Penyusutan {items} barang dibatalkan; periode ini bisa dibukukan lagi.").format(**params)
        if undone.code == "loan.recovery":
            return self.tr("Pemulihan {loan} sebesar {amount} dibatalkan; sisa yang belum kembali bertambah "
                           "lagi.").format(loan=params["loan"], amount=rupiah(params["amount_rp"]))
        return self.tr("Bagi hasil {business} dibatalkan untuk {members} anggota.").format(**params)

    # saving

    def save(self) -> Storno:
        on, bad_date = read_date(self.entry_date, "entry_date")
        if bad_date:
            raise Rejected([bad_date])
        storno = reversals.reverse(self.entry_id, self.reason.text(), on)
        return Storno(storno, receipts.for_entry(storno))

    def show_issues(self, issues) -> None:
        super().show_issues(issues)
        if self.preview is not None:  # a refusal at saving: read the preview again (it says why)
            on = self.entry_date.date()
            if on is not None:
                self._read(on)

