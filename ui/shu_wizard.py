"""The SHU wizard: year → rule → preview → the meeting's decision → posted.

Each step by keyboard: its first field has the focus, Enter goes on (Lanjut, and Catat on the
last step, which asks once more), Esc asks before throwing the work away. Nothing is written
before the last step; the rule as edited is saved with the distribution, in its transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import clock, text_rules
from app.errors import Issue, Rejected
from app.formatting import rupiah, short_date
from app.yearend import periods, rule, shu
from ui.date_field import DateField
from ui.field_errors import ErrorLabel
from ui.loan_dialogs import confirm
from ui.messages import issue_text
from ui.retranslating import Retranslating

DESTINATION_WORDS = {  # translated in RuleStep's context
    rule.MEMBERS_CAPITAL: QT_TRANSLATE_NOOP("RuleStep", "Anggota, menurut simpanan (jasa modal)"),
    rule.MEMBERS_LOANS: QT_TRANSLATE_NOOP("RuleStep", "Anggota, menurut jasa yang dibayar (jasa pinjaman)"),
    "3-301": QT_TRANSLATE_NOOP("RuleStep", "Dana cadangan"),
    "2-302": QT_TRANSLATE_NOOP("RuleStep", "Dana insentif PAUD"),
    "2-303": QT_TRANSLATE_NOOP("RuleStep", "Dana sosial"),
    "2-301": QT_TRANSLATE_NOOP("RuleStep", "SHU belum dibagikan (dibayar kemudian)"),
}


def shareable_years() -> list[int]:
    """Years that have ended and are not shared yet, newest first."""
    today = clock.today()
    return [y for y in range(today.year - 1, today.year - 11, -1) if shu.standing_distribution(y) is None]


def percent_text(bp: int) -> str:
    """Basis points as people write a percentage: 3000 -> "30", 1250 -> "12,5"."""
    whole, rest = divmod(bp, 100)
    return str(whole) if not rest else f"{whole},{rest:02d}".rstrip("0")


def _right(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class YearStep(QWizardPage):
    def __init__(self, wizard: "ShuWizard") -> None:
        super().__init__()
        self.wiz = wizard
        self.year = QComboBox(objectName="shu_year")
        for year in shareable_years():
            self.year.addItem(str(year), year)
        self.note = QLabel(wordWrap=True)
        self.error = ErrorLabel()
        self.error.setObjectName("error_year")
        form = QFormLayout(self)
        self.caption = QLabel()
        form.addRow(self.caption, self.year)
        form.addRow(self.error)
        form.addRow(self.note)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Tahun buku"))
        self.caption.setText(self.tr("SHU tahun"))
        self.note.setText(self.tr("Tahun itu harus sudah ditutup (Tutup tahun) sebelum SHU-nya dicatat."))

    @property
    def first(self) -> QWidget:
        return self.year

    def initializePage(self) -> None:
        self.year.setFocus()

    def validatePage(self) -> bool:
        year = self.year.currentData()
        if year is None:
            self.error.show_text(issue_text(Issue("year", "required")))
            return False
        self.error.show_text("")
        self.wiz.year = year
        return True


class RuleStep(QWizardPage):
    COLUMNS = 3  # name, percent, destination

    def __init__(self, wizard: "ShuWizard") -> None:
        super().__init__()
        self.wiz = wizard
        self.table = QTableWidget(0, self.COLUMNS, objectName="shu_rule")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edits: list[tuple[QLineEdit, QLineEdit, QComboBox]] = []
        self.add_button = QPushButton(objectName="shu_add_line")
        self.add_button.clicked.connect(lambda: self._add_line("", "", "2-301"))
        self.remove_button = QPushButton(objectName="shu_remove_line")
        self.remove_button.clicked.connect(self._remove_line)
        self.error = ErrorLabel()
        self.error.setObjectName("error_lines")
        self.basis = QComboBox(objectName="shu_basis")
        self.leavers = QComboBox(objectName="shu_leavers")
        self.basis_caption, self.leavers_caption = QLabel(), QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        options = QFormLayout()
        options.addRow(self.basis_caption, self.basis)
        options.addRow(self.leavers_caption, self.leavers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addLayout(options)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Aturan pembagian"))
        self.setSubTitle(self.tr("Persen setiap bagian (boleh dua angka desimal, misalnya 12,5); jumlahnya harus "
                                 "tepat 100%. Ubahan disimpan bersama pembagian SHU tahun ini."))
        self.table.setHorizontalHeaderLabels([self.tr("Bagian"), self.tr("Persen"), self.tr("Untuk")])
        self.add_button.setText(self.tr("Tambah bagian"))
        self.remove_button.setText(self.tr("Hapus bagian"))
        self.basis_caption.setText(self.tr("Simpanan yang dihitung"))
        self.leavers_caption.setText(self.tr("Anggota yang keluar selama tahun itu"))
        for combo, items in ((self.basis, ((shu.SAVINGS_BASES[0], self.tr("Saldo akhir tahun")),
                                           (shu.SAVINGS_BASES[1], self.tr("Rata-rata saldo akhir bulan")))),
                             (self.leavers, ((shu.LEAVER_RULES[0], self.tr("Tidak ikut dibagi")),
                                             (shu.LEAVER_RULES[1], self.tr("Ikut dibagi, dibayar tunai"))))):
            chosen = combo.currentData()
            combo.clear()
            for key, text in items:
                combo.addItem(text, key)
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))

    def _add_line(self, name: str, percent: str, destination: str) -> None:
        """A row of fields (not table cells): Tab goes through them, Enter goes on."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_edit, percent_edit, combo = QLineEdit(name), QLineEdit(percent), QComboBox()
        name_edit.setMaxLength(text_rules.SHORT_NAME)
        percent_edit.setMaxLength(8)
        percent_edit.setObjectName(f"percent_{row}")
        for key, words in DESTINATION_WORDS.items():
            combo.addItem(self.tr(words), key)
        combo.setCurrentIndex(combo.findData(destination))
        for column, widget in enumerate((name_edit, percent_edit, combo)):
            self.table.setCellWidget(row, column, widget)
        self.edits.append((name_edit, percent_edit, combo))
        if not name:
            name_edit.setFocus()

    def _remove_line(self) -> None:
        row = self.table.currentRow()
        for index, widgets in enumerate(self.edits):
            if any(w.hasFocus() for w in widgets):
                row = index
        if 0 <= row < len(self.edits):
            self.table.removeRow(row)
            del self.edits[row]

    def initializePage(self) -> None:
        self.table.setRowCount(0)
        self.edits = []
        for line in rule.rule_for(self.wiz.year).lines:
            self._add_line(line.name, percent_text(line.percent_bp), line.destination)
        self.table.resizeColumnsToContents()
        self.basis.setCurrentIndex(self.basis.findData(shu.savings_basis()))
        self.leavers.setCurrentIndex(self.leavers.findData(shu.leavers_rule()))
        self.first.setFocus()

    @property
    def first(self) -> QWidget:
        return self.edits[0][1] if self.edits else self.add_button

    def lines(self) -> list[tuple[str, str, str]]:
        return [(name.text(), combo.currentData(), percent.text()) for name, percent, combo in self.edits]

    def validatePage(self) -> bool:
        lines = self.lines()
        issues, read = rule.check_lines(lines)
        if issues:
            texts = []
            for issue in issues:
                parts = issue.field.split(".")
                if len(parts) == 3 and parts[1].isdigit():
                    name = lines[int(parts[1])][0] or str(int(parts[1]) + 1)
                    texts.append(f"{name}: {issue_text(issue)}")
                else:
                    texts.append(issue_text(issue))
            self.error.show_text("\n".join(texts))
            self.first.setFocus()
            return False
        self.error.show_text("")
        self.wiz.rule = rule.Rule(None, None, read)
        self.wiz.rule_lines = lines
        self.wiz.basis = self.basis.currentData()
        self.wiz.leavers = self.leavers.currentData()
        return True


class PreviewStep(QWizardPage):
    def __init__(self, wizard: "ShuWizard") -> None:
        super().__init__()
        self.wiz = wizard
        self.summary = QLabel(objectName="shu_summary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = QTableWidget(0, 3, objectName="shu_lines")
        self.members = QTableWidget(0, 6, objectName="shu_members")
        for table in (self.lines, self.members):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines)
        layout.addWidget(self.members, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Pratinjau"))
        self.lines.setHorizontalHeaderLabels([self.tr("Bagian"), self.tr("Persen"), self.tr("Jumlah")])
        self.members.setHorizontalHeaderLabels([self.tr("Anggota"), self.tr("Simpanan"), self.tr("Jasa dibayar"),
                                                self.tr("Jasa modal"), self.tr("Jasa pinjaman"), self.tr("SHU")])

    def initializePage(self) -> None:
        plan = shu.compute(self.wiz.year, self.wiz.basis, self.wiz.leavers, self.wiz.rule)
        self.wiz.plan = plan
        text = self.tr("Pendapatan {income} − beban {expense} − bagi hasil usaha yang sudah dibagi {shared} = "
                       "SHU tahun {year}: {shu}.").format(
            income=rupiah(plan.income_rp), expense=rupiah(plan.expense_rp), shared=rupiah(plan.shared_rp),
            year=plan.year, shu=rupiah(plan.shu_rp))
        if plan.is_loss:
            text += " " + self.tr("Tahun ini tidak ada SHU untuk dibagi; RAT memutuskan cara menutup kerugiannya.")
        elif not periods.is_year_closed(plan.year):
            text += " " + self.tr("Tahun {year} belum ditutup: tutup dulu sebelum mencatat.").format(year=plan.year)
        self.summary.setText(text)
        self.lines.setRowCount(len(plan.lines))
        for row, line in enumerate(plan.lines):
            self.lines.setItem(row, 0, QTableWidgetItem(line.name))
            self.lines.setItem(row, 1, _right(percent_text(line.percent_bp) + "%"))
            self.lines.setItem(row, 2, _right(rupiah(line.amount_rp)))
        members = [m for m in plan.members if m.total_rp] or list(plan.members)
        self.members.setRowCount(len(members))
        for row, m in enumerate(members):
            self.members.setItem(row, 0, QTableWidgetItem(m.name))
            for column, amount in enumerate((int(m.savings), m.jasa_paid_rp, m.capital_rp, m.loans_rp, m.total_rp), 1):
                self.members.setItem(row, column, _right(rupiah(amount)))
        self.lines.resizeColumnsToContents()
        self.members.resizeColumnsToContents()
        self.members.setFocus()

    @property
    def first(self) -> QWidget:
        return self.members


class DecisionStep(QWizardPage):
    def __init__(self, wizard: "ShuWizard") -> None:
        super().__init__()
        self.wiz = wizard
        self.day = DateField()
        self.day.setObjectName("decided_on")
        self.payment = QComboBox(objectName="payment")
        self.captions = {key: QLabel() for key in ("decided_on", "payment")}
        self.errors = {key: ErrorLabel() for key in ("decided_on", "payment", "year", "")}
        for key, label in self.errors.items():
            label.setObjectName(f"error_{key or 'general'}")
        form = QFormLayout(self)
        form.addRow(self.errors[""])
        form.addRow(self.errors["year"])
        form.addRow(self.captions["decided_on"], self.day)
        form.addRow("", self.errors["decided_on"])
        form.addRow(self.captions["payment"], self.payment)
        form.addRow("", self.errors["payment"])

    def retranslate(self) -> None:
        self.setTitle(self.tr("Keputusan RAT"))
        self.captions["decided_on"].setText(self.tr("Tanggal RAT"))

    def initializePage(self) -> None:
        self.payment.clear()
        if self.wiz.plan.is_loss:
            self.captions["payment"].setText(self.tr("Kerugian"))
            self.payment.addItem(self.tr("Ditutup dari dana cadangan"), "reserve")
            self.payment.addItem(self.tr("Dibawa ke tahun berikutnya"), "carry")
        else:
            self.captions["payment"].setText(self.tr("Bagian anggota"))
            self.payment.addItem(self.tr("Masuk simpanan sukarela"), "sukarela")
            self.payment.addItem(self.tr("Dibayar tunai dari Kas (kuitansi tiap anggota)"), "cash")
        if not self.day.text():
            self.day.set_date(clock.today())
        self.day.setFocus()
        self.day.selectAll()

    @property
    def first(self) -> QWidget:
        return self.day

    def show_issues(self, issues: list[Issue]) -> None:
        texts: dict[str, list[str]] = {}
        for issue in issues:
            key = issue.field if issue.field in self.errors else ""
            key = "payment" if issue.field == "decision" else key
            texts.setdefault(key, []).append(issue_text(issue))
        for key, label in self.errors.items():
            label.show_text("\n".join(texts.get(key, [])))

    def validatePage(self) -> bool:
        issue = self.day.issue("decided_on")
        on = self.day.date()
        if issue or on is None:
            self.show_issues([issue or Issue("decided_on", "required")])
            self.day.setFocus()
            return False
        plan = self.wiz.plan
        if plan.is_loss:
            text = self.tr("Kerugian tahun {year} {loss} dicatat sebagai keputusan RAT tanggal {day}. Lanjutkan?")
        else:
            text = self.tr("SHU tahun {year} {shu} dibagi menurut aturan ini dan dicatat dengan tanggal {day}: "
                           "bagian anggota {members}. Lanjutkan?")
        text = text.format(year=plan.year, loss=rupiah(-plan.shu_rp), shu=rupiah(plan.shu_rp), day=short_date(on),
                           members=rupiah(plan.members_rp))
        if not confirm(self, self.tr("Catat keputusan RAT"), text, self.tr("Catat"), self.tr("Batal")):
            return False
        try:
            if plan.is_loss:
                self.wiz.saved = shu.decide_loss(plan.year, on, self.payment.currentData())
            else:
                self.wiz.saved = shu.post(plan.year, on, self.payment.currentData(), rule_lines=self.wiz.rule_lines,
                                          basis=self.wiz.basis, leavers=self.wiz.leavers)
        except Rejected as rejected:
            self.show_issues(rejected.issues)
            return False
        return True


class ShuWizard(Retranslating, QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shu_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.year: int | None = None
        self.rule = None
        self.rule_lines = None
        self.basis = self.leavers = None
        self.plan = None
        self.saved = None
        self.steps = (YearStep(self), RuleStep(self), PreviewStep(self), DecisionStep(self))
        for step in self.steps:
            self.addPage(step)
        self.resize(820, 560)
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self._focus_first))
        self.retranslate()

    def first_field(self) -> QWidget | None:
        """The step's first field (as ui.dialog_keys names it for every dialog)."""
        step = self.currentPage()
        return step.first if step is not None else None

    def _focus_first(self) -> None:
        """The first field of the step has the cursor (the wizard would give it to its buttons)."""
        field = self.first_field()
        if field is not None:
            field.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_first)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bagi SHU"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Catat"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        for step in self.steps:
            step.retranslate()

    def reject(self) -> None:
        """Esc or Batal: nothing is written before the last step; ask before throwing away."""
        if self.saved is None and self.currentId() > 0 and not confirm(
                self, self.tr("Bagi SHU"), self.tr("Tutup tanpa mencatat? Isian di langkah ini akan hilang."),
                self.tr("Tutup"), self.tr("Kembali ke isian")):
            return
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Enter goes on from any field, the tables included.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.button(QWizard.WizardButton.FinishButton) if self.currentId() == len(self.steps) - 1
             else self.button(QWizard.WizardButton.NextButton)).click()
            return
        super().keyPressEvent(event)

