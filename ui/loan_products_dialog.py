"""Jenis pinjaman: the group's loan products, listed on the left, every term in the form on
the right (two columns, so that it fits a 1366×768 screen), each with its own error line.

Rates are typed as percent per period ("1,5") and handed to app.loans.products as Decimal
fractions (ui.percent); money as rupiah (app.formatting.read_rupiah). Products are never
deleted (loans point at them): "Aktif" off keeps a product from new loans.
"""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Issue, Rejected
from app.formatting import read_rupiah, thousands
from app.loans.products import (
    AMOUNT_KINDS,
    NAME_LIMIT,
    PENALTY_KINDS,
    ProductInput,
    ProductRow,
    add_product,
    list_products,
    set_active,
    update_product,
)
from app.loans.schedule import METHODS, PERIODS, ROUNDING_UNITS_RP
from ui.field_errors import ErrorLabel, FieldErrors
from ui.loan_table import LoanWords
from ui.percent import parse_percent, percent_text
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating

# The service names a kind's value by what it is (fee_rate or fee_rp); the form has one field.
VALUE_FIELDS = {f"{kind}_{suffix}": f"{kind}_value" for kind in ("fee", "withhold", "penalty")
                for suffix in ("rate", "rp")}
PERCENT_KINDS = ("percent", "percent_month", "percent_day")


def _whole(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else None


class ProductsDialog(Retranslating, KeyboardDialog, QDialog):
    """After exec(), `changed` says whether any product was saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productsDialog")
        self.changed = False
        self.current: ProductRow | None = None
        self.words = LoanWords(self)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("error_general")
        self.errors = FieldErrors(self.general_error)
        self.captions: dict[str, QLabel] = {}
        self.status = QLabel()
        self.status.setObjectName("saveStatus")

        # the list
        self.list = QListWidget()
        self.list.setObjectName("productList")
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        self.list.currentItemChanged.connect(self._picked)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_product)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)

        # the form
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT)
        self.method = self._combo(METHODS)
        self.rate = self._short()
        self.interest_free = QCheckBox()
        self.period = self._combo(PERIODS)
        self.min_periods, self.max_periods = self._short(), self._short()
        self.min_principal, self.max_principal = self._money(), self._money()
        self.rounding = QComboBox()
        for unit in ROUNDING_UNITS_RP:
            self.rounding.addItem(f"Rp{thousands(unit)}", unit)
        self.fee_kind = self._combo(AMOUNT_KINDS)
        self.fee_value = self._money()
        self.fee_deducted = self._combo((True, False))
        self.withhold_kind = self._combo(AMOUNT_KINDS)
        self.withhold_value = self._money()
        self.penalty_kind = self._combo(PENALTY_KINDS)
        self.penalty_value = self._money()
        self.grace_days = self._short()
        self.tanggung_renteng = QCheckBox()
        self.active = QCheckBox()

        self.terms_box = QGroupBox()
        terms = self._grid(self.terms_box, [
            ("name", self.name), ("method", self.method), ("rate", self.rate), ("interest_free", self.interest_free),
            ("period", self.period), ("min_periods", self.min_periods), ("max_periods", self.max_periods),
            ("min_principal_rp", self.min_principal), ("max_principal_rp", self.max_principal),
            ("rounding_unit_rp", self.rounding),
        ])
        self.extras_box = QGroupBox()
        self._grid(self.extras_box, [
            ("fee_kind", self.fee_kind), ("fee_value", self.fee_value), ("fee_deducted", self.fee_deducted),
            ("withhold_kind", self.withhold_kind), ("withhold_value", self.withhold_value),
            ("penalty_kind", self.penalty_kind), ("penalty_value", self.penalty_value),
            ("grace_days", self.grace_days), ("tanggung_renteng", self.tanggung_renteng), ("active", self.active),
        ])
        del terms
        for combo in (self.fee_kind, self.withhold_kind, self.penalty_kind):
            combo.currentIndexChanged.connect(self._kinds_changed)
        self.interest_free.toggled.connect(self._kinds_changed)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveProduct")
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        form_columns = QHBoxLayout()
        form_columns.addWidget(self.terms_box, 1, Qt.AlignmentFlag.AlignTop)
        form_columns.addWidget(self.extras_box, 1, Qt.AlignmentFlag.AlignTop)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.general_error)
        right.addLayout(form_columns, 1)
        right.addLayout(save_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        columns = QHBoxLayout()
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_product()
        self.resize(1000, 580)

    # building

    def _combo(self, values) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem("", value)
        return combo

    def _short(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(8)
        edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("000000,00") + 24)
        return edit

    def _money(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(24)
        edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("Rp000.000.000.000") + 24)
        return edit

    def _grid(self, box: QGroupBox, rows: list[tuple[str, QWidget]]) -> QGridLayout:
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(3)
        for number, (field, widget) in enumerate(rows):
            widget.setObjectName(field)
            caption = QLabel()
            caption.setBuddy(widget)
            self.captions[field] = caption
            grid.addWidget(caption, 2 * number, 0)
            align = Qt.AlignmentFlag(0) if field == "name" else Qt.AlignmentFlag.AlignLeft
            grid.addWidget(widget, 2 * number, 1, align)
            grid.addWidget(self.errors.add(field, widget), 2 * number + 1, 0, 1, 2)
        return grid

    # texts

    def retranslate(self) -> None:
        w = self.words
        self.setWindowTitle(self.tr("Jenis pinjaman"))
        self.new_button.setText(self.tr("Jenis baru (Ins)"))
        self.new_button.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.save_button.setText(self.tr("Simpan (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.close_button.setText(self.tr("Tutup"))
        self.terms_box.setTitle(self.tr("Jasa dan jangka waktu"))
        self.extras_box.setTitle(self.tr("Potongan, denda dan aturan lain"))
        for index, method in enumerate(METHODS):
            self.method.setItemText(index, w.method(method))
        for index, period in enumerate(PERIODS):
            self.period.setItemText(index, w.period(period))
        amount_words = {"none": self.tr("Tidak ada"), "percent": self.tr("Persen dari pokok"),
                        "fixed": self.tr("Jumlah tetap")}
        for combo in (self.fee_kind, self.withhold_kind):
            for index, kind in enumerate(AMOUNT_KINDS):
                combo.setItemText(index, amount_words[kind])
        penalty_words = {"none": self.tr("Tidak ada"), "fixed": self.tr("Tetap per angsuran terlambat"),
                         "percent_month": self.tr("% dari tunggakan per bulan"),
                         "percent_day": self.tr("% dari tunggakan per hari")}
        for index, kind in enumerate(PENALTY_KINDS):
            self.penalty_kind.setItemText(index, penalty_words[kind])
        self.fee_deducted.setItemText(0, self.tr("Dipotong dari uang yang dicairkan"))
        self.fee_deducted.setItemText(1, self.tr("Dibayar terpisah"))
        for field, text in {
            "name": self.tr("Nama"), "method": self.tr("Cara hitung jasa"), "rate": self.tr("Jasa per periode (%)"),
            "interest_free": self.tr("Tanpa jasa"), "period": self.tr("Periode angsuran"),
            "min_periods": self.tr("Jangka waktu paling pendek"), "max_periods": self.tr("Jangka waktu paling panjang"),
            "min_principal_rp": self.tr("Pinjaman paling kecil (Rp)"),
            "max_principal_rp": self.tr("Pinjaman paling besar (Rp)"), "rounding_unit_rp": self.tr("Pembulatan angsuran"),
            "fee_kind": self.tr("Provisi / administrasi"), "fee_deducted": self.tr("Cara bayar provisi"),
            "withhold_kind": self.tr("Simpanan wajib ditahan"), "penalty_kind": self.tr("Denda keterlambatan"),
            "grace_days": self.tr("Masa tenggang (hari)"), "tanggung_renteng": self.tr("Tanggung renteng"),
            "active": self.tr("Aktif"),
        }.items():
            self.captions[field].setText(text)
        self.interest_free.setText(self.tr("ya (misalnya dana sosial)"))
        self.tanggung_renteng.setText(self.tr("ya"))
        self.tanggung_renteng.setToolTip(self.tr("Kelompok usaha yang anggotanya menunggak tidak mendapat pinjaman baru."))
        self.active.setText(self.tr("ya, untuk pinjaman baru"))
        self.rate.setPlaceholderText(self.tr("mis. 1,5"))
        self.grace_days.setPlaceholderText("0")
        self._kinds_changed()
        self._fill_list_texts()

    def _kinds_changed(self) -> None:
        """Each value field says what it holds (percent or rupiah) and is off when not used."""
        for kind, value in (("fee", self.fee_value), ("withhold", self.withhold_value),
                            ("penalty", self.penalty_value)):
            chosen = getattr(self, f"{kind}_kind").currentData()
            value.setEnabled(chosen != "none")
            percent = chosen in PERCENT_KINDS
            self.captions[f"{kind}_value"].setText(
                self.tr("Besarnya (%)") if percent else self.tr("Besarnya (Rp)"))
            value.setPlaceholderText(self.tr("mis. 1,5") if percent else self.tr("mis. 25.000"))
        self.fee_deducted.setEnabled(self.fee_kind.currentData() != "none")
        self.grace_days.setEnabled(self.penalty_kind.currentData() != "none")
        self.rate.setEnabled(not self.interest_free.isChecked())

    # the list

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for product in list_products():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, product)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._fill_list_texts()
        if select_id is not None:
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole).id == select_id:
                    self.list.blockSignals(True)
                    self.list.setCurrentRow(row)
                    self.list.blockSignals(False)

    def _fill_list_texts(self) -> None:
        if not hasattr(self, "list"):
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            product = item.data(Qt.ItemDataRole.UserRole)
            item.setText(product.name if product.is_active else self.tr("{name} (nonaktif)").format(name=product.name))

    def product_names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _picked(self, item: QListWidgetItem | None, previous=None) -> None:
        if item is not None:
            self.fill(item.data(Qt.ItemDataRole.UserRole))

    def new_product(self) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.fill(None)
        self.name.setFocus()

    # the form

    def fill(self, product: ProductRow | None) -> None:
        self.current = product
        data = product or ProductInput()
        self.errors.clear()
        self.status.setText("")
        self.name.setText(data.name)
        self.method.setCurrentIndex(self.method.findData(data.method))
        self.rate.setText(percent_text(data.rate, sign=False) if product is not None else "")
        self.interest_free.setChecked(data.interest_free)
        self.period.setCurrentIndex(self.period.findData(data.period))
        self.min_periods.setText(str(data.min_periods))
        self.max_periods.setText(str(data.max_periods))
        self.min_principal.setText(thousands(data.min_principal_rp))
        self.max_principal.setText(thousands(data.max_principal_rp))
        self.rounding.setCurrentIndex(self.rounding.findData(data.rounding_unit_rp))
        for kind in ("fee", "withhold", "penalty"):
            chosen = getattr(data, f"{kind}_kind")
            getattr(self, f"{kind}_kind").setCurrentIndex(getattr(self, f"{kind}_kind").findData(chosen))
            value = getattr(self, f"{kind}_value")
            if chosen in PERCENT_KINDS:
                value.setText(percent_text(getattr(data, f"{kind}_rate"), sign=False))
            elif chosen == "fixed":
                value.setText(thousands(getattr(data, f"{kind}_rp")))
            else:
                value.setText("")
        self.fee_deducted.setCurrentIndex(self.fee_deducted.findData(data.fee_deducted))
        self.grace_days.setText(str(data.grace_days))
        self.tanggung_renteng.setChecked(data.tanggung_renteng)
        self.active.setChecked(product.is_active if product is not None else True)
        self._kinds_changed()
        self.remember_input()  # a product shown (or saved) is nothing to lose on Esc

    def read(self) -> ProductInput:
        """The form as a ProductInput, or Rejected for what cannot even be read."""
        issues: list[Issue] = []
        values: dict = {"name": self.name.text(), "method": self.method.currentData(),
                        "period": self.period.currentData(), "interest_free": self.interest_free.isChecked(),
                        "rounding_unit_rp": self.rounding.currentData(),
                        "fee_deducted": bool(self.fee_deducted.currentData()),
                        "tanggung_renteng": self.tanggung_renteng.isChecked()}
        if self.interest_free.isChecked() and not self.rate.text().strip():
            values["rate"] = Decimal(0)
        else:
            values["rate"] = parse_percent(self.rate.text())
            if values["rate"] is None:
                issues.append(Issue("rate", "loan.rate_not_a_number" if self.rate.text().strip() else "required"))
        for field, edit in (("min_periods", self.min_periods), ("max_periods", self.max_periods)):
            values[field] = _whole(edit.text())
            if values[field] is None:
                issues.append(Issue(field, "number.unreadable" if edit.text().strip() else "required"))
        for field, edit in (("min_principal_rp", self.min_principal), ("max_principal_rp", self.max_principal)):
            text = edit.text().strip()
            values[field], problem = read_rupiah(text)
            if values[field] is None:
                issues.append(Issue(field, problem, {"text": text}) if text else Issue(field, "required"))
        for kind in ("fee", "withhold", "penalty"):
            chosen = getattr(self, f"{kind}_kind").currentData()
            values[f"{kind}_kind"] = chosen
            text = getattr(self, f"{kind}_value").text().strip()
            if chosen == "none":
                continue
            if not text:
                issues.append(Issue(f"{kind}_value", "required"))
            elif chosen in PERCENT_KINDS:
                values[f"{kind}_rate"] = parse_percent(text)
                if values[f"{kind}_rate"] is None:
                    issues.append(Issue(f"{kind}_value", "loan.rate_not_a_number"))
            else:
                values[f"{kind}_rp"], problem = read_rupiah(text)
                if values[f"{kind}_rp"] is None:
                    issues.append(Issue(f"{kind}_value", problem, {"text": text}))
        grace = self.grace_days.text().strip() or "0"
        values["grace_days"] = _whole(grace) if self.penalty_kind.currentData() != "none" else 0
        if values["grace_days"] is None:
            issues.append(Issue("grace_days", "number.unreadable"))
        if issues:
            raise Rejected(issues)
        known = {f.name for f in fields(ProductInput)}
        return ProductInput(**{k: v for k, v in values.items() if k in known and v is not None})

    def show_issues(self, issues: list[Issue]) -> None:
        self.errors.show([Issue(VALUE_FIELDS.get(i.field, i.field), i.code, i.params) for i in issues])

    def save(self) -> ProductRow | None:
        try:
            data = self.read()
            if self.current is None:
                saved = add_product(data)
            else:
                saved = update_product(self.current.id, data)
            if saved.is_active != self.active.isChecked():
                saved = set_active(saved.id, self.active.isChecked())
        except Rejected as rejected:
            self.status.setText("")
            self.show_issues(rejected.issues)
            return None
        self.changed = True
        self.reload(saved.id)
        self.fill(saved)
        self.status.setText(self.tr("Jenis pinjaman \u201c{name}\u201d tersimpan.").format(name=saved.name))
        return saved
