"""Penyusutan on screen, from the Buku Inventaris panel: the run of one month or year (showing
what it will post before Simpan) and the group's policy (lives per kind, monthly or yearly,
the threshold). A life of 0 or below is refused beside its field; nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from app import clock, inventory
from app.assets import depreciation, policy
from app.errors import Issue, Rejected
from app.formatting import rupiah, short_date
from ui.form_dialog import FormDialog, amount_edit, read_amount
from ui.messages import issue_text

CONTEXT = "depreciation"
MOST_SHOWN = 10  # items named one by one in the run's preview; the rest in one line
KIND_WORDS = {
    "furniture": QT_TRANSLATE_NOOP("depreciation", "Mebel (meja, kursi, lemari)"),
    "tools": QT_TRANSLATE_NOOP("depreciation", "Peralatan"),
    "machine": QT_TRANSLATE_NOOP("depreciation", "Mesin"),
}
MONTHS = (QT_TRANSLATE_NOOP("depreciation", "Januari"), QT_TRANSLATE_NOOP("depreciation", "Februari"),
          QT_TRANSLATE_NOOP("depreciation", "Maret"), QT_TRANSLATE_NOOP("depreciation", "April"),
          QT_TRANSLATE_NOOP("depreciation", "Mei"), QT_TRANSLATE_NOOP("depreciation", "Juni"),
          QT_TRANSLATE_NOOP("depreciation", "Juli"), QT_TRANSLATE_NOOP("depreciation", "Agustus"),
          QT_TRANSLATE_NOOP("depreciation", "September"), QT_TRANSLATE_NOOP("depreciation", "Oktober"),
          QT_TRANSLATE_NOOP("depreciation", "November"), QT_TRANSLATE_NOOP("depreciation", "Desember"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: str) -> str:
    return _tr(KIND_WORDS[kind])


def kind_box() -> QComboBox:
    box = QComboBox()
    for kind in inventory.ITEM_KINDS:
        box.addItem(kind_text(kind), kind)
    box.setCurrentIndex(inventory.ITEM_KINDS.index("tools"))
    return box


def read_years(edit: QLineEdit, field: str) -> tuple[int | None, Issue | None]:
    """Whole years as typed ("4", "-1"): the number, or why it cannot be read."""
    text = edit.text().strip()
    if not text:
        return None, Issue(field, "required")
    try:
        return int(text), None
    except ValueError:
        return None, Issue(field, "number.unreadable")


class PolicyDialog(FormDialog):
    """Kebijakan penyusutan: every month or every year, the life of each kind, the threshold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("depreciationPolicyDialog")
        current = policy.current()
        self.period = self.add_field("period", QComboBox())
        for value in policy.PERIODS:
            self.period.addItem("", value)
        self.period.setCurrentIndex(policy.PERIODS.index(current.period))
        self.lives = {}
        for kind in inventory.ITEM_KINDS:
            edit = self.add_field(f"life_{kind}", QLineEdit(str(current.lives[kind])))
            edit.setMaxLength(3)
            self.lives[kind] = edit
        self.threshold = self.add_field("threshold_rp", amount_edit())
        self.threshold.setText(f"{current.threshold_rp:,}".replace(",", "."))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Kebijakan penyusutan"))
        self.intro.setText(self.tr("Garis lurus: harga perolehan dibagi rata selama umur barang, mulai bulan "
                                   "perolehannya. Perubahan berlaku untuk penyusutan berikutnya."))
        self.captions["period"].setText(self.tr("Dibukukan"))
        self.period.setItemText(0, self.tr("Setiap bulan"))
        self.period.setItemText(1, self.tr("Setiap tahun"))
        for kind in inventory.ITEM_KINDS:
            self.captions[f"life_{kind}"].setText(self.tr("Umur {kind} (tahun)").format(kind=kind_text(kind)))
        self.captions["threshold_rp"].setText(self.tr("Tidak disusutkan di bawah (Rp per buah)"))

    def save(self) -> policy.Policy:
        lives, typed = {}, []
        for kind, edit in self.lives.items():
            lives[kind], issue = read_years(edit, f"life_{kind}")
            typed += [issue] if issue else []
        threshold, issue = read_amount(self.threshold, "threshold_rp")
        typed += [issue] if issue else []
        chosen = policy.Policy(self.period.currentData(), lives, threshold)
        unread = {i.field for i in typed}  # what could not be read says so, not "unreadable" twice
        issues = typed + [i for i in policy.issues(chosen) if i.field not in unread]
        if issues:
            raise Rejected(issues)
        policy.save(chosen)
        return chosen


class DepreciationRunDialog(FormDialog):
    """Bukukan penyusutan for a month or a year (as the policy says); beside the period, what
    it will post, read again whenever the period changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("depreciationRunDialog")
        self.yearly = policy.current().period == policy.YEARLY
        today = clock.today()
        last = today.replace(day=1)  # the last period that is over: last month, or last year
        year, month = (today.year - 1, None) if self.yearly else (
            (last.year, last.month - 1) if last.month > 1 else (last.year - 1, 12))
        self.year = self.add_field("year", QSpinBox())
        self.year.setRange(1990, today.year)
        self.year.setValue(year)
        self.period = self.add_field("period", QComboBox())
        for number in range(1, 13):
            self.period.addItem("", number)
        self.period.setCurrentIndex((month or 1) - 1)
        self.period.setEnabled(not self.yearly)
        self.preview = self.add_note("preview")
        self.year.valueChanged.connect(self.show_plan)
        self.period.currentIndexChanged.connect(self.show_plan)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Penyusutan inventaris"))
        self.intro.setText(self.tr("Penyusutan dibukukan setiap tahun (kebijakan kelompok).") if self.yearly else
                           self.tr("Penyusutan dibukukan setiap bulan (kebijakan kelompok)."))
        self.captions["year"].setText(self.tr("Tahun"))
        self.captions["period"].setText(self.tr("Bulan"))
        for i, name in enumerate(MONTHS):
            self.period.setItemText(i, _tr(name))
        self.show_plan()

    def _chosen(self) -> tuple[int, int | None]:
        return self.year.value(), None if self.yearly else self.period.currentData()

    def show_plan(self) -> None:
        planned = depreciation.plan(*self._chosen())
        if planned.issues:
            self.preview.setText(" ".join(issue_text(i) for i in planned.issues))
            return
        shown, rest = planned.lines[:MOST_SHOWN], planned.lines[MOST_SHOWN:]
        lines = [self.tr("{item}: {amount}").format(item=line.name, amount=rupiah(line.amount_rp)) for line in shown]
        if rest:  # a long register: the dialog stays inside a 1366×768 screen, the total below says all
            lines.append(self.tr("dan {count} barang lain: {amount}").format(
                count=len(rest), amount=rupiah(sum(line.amount_rp for line in rest))))
        lines.append(self.tr("Akan dibukukan tanggal {date}: Beban penyusutan {amount} (debit), Akumulasi "
                             "penyusutan {amount} (kredit).").format(date=short_date(planned.period.end),
                                                                     amount=rupiah(planned.total_rp)))
        self.preview.setText("\n".join(lines))

    def save(self) -> int:
        return depreciation.run(*self._chosen())


