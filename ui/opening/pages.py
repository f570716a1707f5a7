"""The wizard's pages. Each names its `first` field (where the cursor goes when it is shown);
everything typed lands in the wizard's draft (wizard.opening) at once, so a page change or the
timer can save it."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import clock, settings
from app.dates import read_date
from app.errors import Issue
from app.formatting import long_date, rupiah
from app.opening import check, neraca
from app.opening.draft import KINDS, to_json
from ui import translation
from ui.background import read_in_background
from ui.date_field import DateField
from ui.field_errors import ErrorLabel
from ui.messages import issue_text
from ui.opening.columns import COLUMNS, KIND_HINTS, KIND_TITLES, translated
from ui.opening.grid import Grid

GROUP_KEYS = ("group_name", "default_desa", "default_kecamatan", "ketua_name", "sekretaris_name", "bendahara_name")


def issue_line(issue: Issue) -> str:
    """An issue of the whole opening in her words, with its kind, row and column when it has them."""
    parts = issue.field.split(".")
    if len(parts) >= 3 and parts[0] in KINDS and parts[1].isdigit():
        column = next((c.title() for c in COLUMNS[parts[0]] if c.field == parts[2]), parts[2])
        return QCoreApplication.translate("opening", "{kind}, baris {row}, {column}: {text}").format(
            kind=translated(KIND_TITLES[parts[0]]), row=int(parts[1]) + 1, column=column, text=issue_text(issue))
    return issue_text(issue)


class GroupPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.resumed = QLabel(objectName="resumed", wordWrap=True)
        self.resumed.setStyleSheet("color: #1b5e20;")
        self.edits = {key: QLineEdit(objectName=key) for key in GROUP_KEYS}
        self.form = QFormLayout()
        group = wizard.opening.group
        for key, edit in self.edits.items():
            group[key] = group.get(key) or settings.get(key)  # what the book knows already, to confirm or correct
            edit.setText(group[key])
            edit.textEdited.connect(lambda text, key=key: wizard.opening.group.__setitem__(key, text.strip()))
            self.form.addRow(QLabel(), edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.resumed)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.first = self.edits["group_name"]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Data kelompok"))
        self.setSubTitle(self.tr("Nama kelompok, desanya, dan pengurus yang menandatangani buku dan laporan."))
        words = (self.tr("Nama kelompok"), self.tr("Desa"), self.tr("Kecamatan"), self.tr("Ketua"),
                 self.tr("Sekretaris"), self.tr("Bendahara"))
        for row, text in enumerate(words):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)


class DatePage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.on = DateField()
        self.on.setObjectName("on")
        self.on.set_date(wizard.opening.on or clock.today().replace(day=1))
        self.explain = QLabel(wordWrap=True)
        self.caption = QLabel()
        self.caption.setBuddy(self.on)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.caption)
        row.addWidget(self.on)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.first = self.on

    def retranslate(self) -> None:
        self.setTitle(self.tr("Tanggal saldo awal"))
        self.explain.setText(self.tr(
            "Hari pertama Lumbung dipakai (biasanya tanggal 1 sebuah bulan atau tahun). Saldo buku lama dicatat "
            "pada tanggal ini; transaksi sejak tanggal ini dicatat di Lumbung seperti biasa."))
        self.caption.setText(self.tr("Tanggal saldo awal"))

    def validatePage(self) -> bool:
        on, issue = read_date(self.on.text(), "on")
        if on is None:
            self.error.show_text(issue_text(issue or Issue("on", "required")))
            return False
        self.error.show_text("")
        self.wizard_.opening.on = on
        return True


class KindPage(QWizardPage):
    """One kind of the paper books in a grid; Lanjut checks it and stays on the first bad cell."""

    def __init__(self, wizard, kind: str) -> None:
        super().__init__()
        self.wizard_, self.kind = wizard, kind
        self.hint = QLabel(wordWrap=True)
        self.keys = QLabel(wordWrap=True)
        self.keys.setStyleSheet("color: #555;")
        self.grid = Grid(kind, wizard.opening.lines(kind))
        self.load_button = QPushButton(objectName="load_workbook")
        self.load_button.clicked.connect(wizard.load_workbook)
        self.template_button = QPushButton(objectName="write_template")
        self.template_button.clicked.connect(wizard.write_template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.keys)
        layout.addLayout(buttons)
        self.first = self.grid.view
        self._checking, self._clean_as = False, ""

    def retranslate(self) -> None:
        self.setTitle(translated(KIND_TITLES[self.kind]))
        self.hint.setText(translated(KIND_HINTS[self.kind]) + " " + self.tr("Kosongkan bila tidak ada."))
        self.keys.setText(self.tr("Enter atau Tab: kolom berikut. Delete: hapus baris. Ctrl+Enter: Lanjut."))
        self.load_button.setText(self.tr("Muat dari Excel…"))
        self.template_button.setText(self.tr("Simpan templat Excel…"))
        self.grid.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.grid.model.columns) - 1)
        self.grid.show_issues()

    def validatePage(self) -> bool:
        """Lanjut: the draft is checked off the GUI thread (a district's thousands of rows take a
        moment); clean, the wizard goes on; else the cursor is on the first bad cell."""
        state = to_json(self.wizard_.opening)
        if state == self._clean_as and not self.grid.model.typed:  # text not read is never in the draft
            return True
        if not self._checking:
            self._checking = True
            self.grid.fine.setText(self.tr("Memeriksa…"))
            self.wizard_.button(QWizard.WizardButton.NextButton).setEnabled(False)
            opening = copy.deepcopy(self.wizard_.opening)
            read_in_background(lambda: check.check(opening), lambda issues, error: self._checked(state, issues, error), self)
        return False

    def _checked(self, state: str, issues, error: Exception | None) -> None:
        self._checking = False
        self.wizard_.button(QWizard.WizardButton.NextButton).setEnabled(True)
        if error is not None:
            raise error
        self.grid.set_issues(issues)
        bad = self.grid.first_bad_cell()
        if bad is not None:
            self.grid.go_to(bad)
        elif state == to_json(self.wizard_.opening) and self.wizard_.currentPage() is self:
            self._clean_as = state
            self.wizard_.next()


class NeracaPage(QWizardPage):
    """What the opening will post, in her words; a difference shown with each kind's part, and
    explained before she may go on (or she goes back and fixes the figures)."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.figures = QGridLayout()
        self.sources = QLabel(objectName="sources", wordWrap=True)
        self.note_caption = QLabel()
        self.note = QLineEdit(objectName="difference_note")
        self.note.setText(wizard.opening.difference_note)
        self.note.textEdited.connect(lambda text: setattr(wizard.opening, "difference_note", text.strip()))
        self.note_caption.setBuddy(self.note)
        self.error = ErrorLabel()
        shown = QWidget(objectName="neraca_figures")  # scrolled: a long Neraca with its sources never squashed
        inside = QHBoxLayout(shown)  # the figures, and beside them where a difference comes from
        inside.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.addLayout(self.figures)
        column.addStretch(1)
        inside.addLayout(column)
        inside.addSpacing(24)
        inside.addWidget(self.sources, 1, Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.note_caption)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        self.first = self.note
        self.shown: neraca.OpeningNeraca | None = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Neraca awal"))
        self.setSubTitle(self.tr("Yang akan dicatat pada tanggal saldo awal. Belum ada yang dicatat."))
        self.note_caption.setText(self.tr("Penjelasan selisih (wajib bila ada selisih)"))
        if self.shown is not None:
            self._show(self.shown)

    def initializePage(self) -> None:
        self.shown = neraca.preview(self.wizard_.opening)
        self._show(self.shown)

    def _row(self, row: int, caption: str, amount: int | None, bold: bool = False, indent: bool = False) -> None:
        left, right = QLabel(("    " if indent else "") + caption), QLabel(rupiah(amount) if amount is not None else "")
        right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        right.setObjectName(f"neraca_{row}")
        for label in (left, right):
            if bold:
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
        self.figures.addWidget(left, row, 0)
        self.figures.addWidget(right, row, 1)

    def _show(self, shown: neraca.OpeningNeraca) -> None:
        while self.figures.count():
            self.figures.takeAt(0).widget().deleteLater()
        headings = {"asset": self.tr("Aset"), "liability": self.tr("Kewajiban"), "equity": self.tr("Ekuitas")}
        row = 0
        for kind, heading in headings.items():
            lines = [line for line in shown.lines if line.kind == kind]
            self._row(row, heading, sum(line.amount_rp for line in lines), bold=True)
            row += 1
            for line in lines:
                self._row(row, line.name, line.amount_rp, indent=True)
                row += 1
        self._row(row, self.tr("Jumlah aset"), shown.assets_rp, bold=True)
        self._row(row + 1, self.tr("Jumlah kewajiban dan ekuitas"), shown.claims_rp, bold=True)
        self._row(row + 2, self.tr("Selisih"), shown.difference_rp, bold=True)
        self.difference = self.figures.itemAtPosition(row + 2, 1).widget()
        self.difference.setObjectName("difference")
        parts = [self.tr("{kind}: aset {assets}, kewajiban dan modal {claims}").format(
            kind=translated(KIND_TITLES.get(part.kind, part.kind)), assets=rupiah(part.assets_rp), claims=rupiah(part.claims_rp))
            for part in sorted(shown.by_kind, key=lambda part: KINDS.index(part.kind) if part.kind in KINDS else len(KINDS))
            if part.assets_rp or part.claims_rp]  # in the order of the pages she went through
        if shown.difference_rp:
            self.sources.setText(self.tr(
                "Aset dan kewajiban+ekuitas tidak sama. Asal angkanya per bagian:\n{parts}\n"
                "Perbaiki angkanya (Kembali), atau tulis penjelasannya: selisih dicatat di akun Selisih saldo awal.")
                .format(parts="\n".join(parts)))
        else:
            self.sources.setText(self.tr("Seimbang: aset sama dengan kewajiban dan ekuitas."))
        for widget in (self.note_caption, self.note):
            widget.setVisible(bool(shown.difference_rp))
        self.first = self.note if shown.difference_rp else None

    def validatePage(self) -> bool:
        if self.shown is not None and self.shown.difference_rp and not self.wizard_.opening.difference_note:
            self.error.show_text(issue_text(Issue("difference_note", "required")))
            self.note.setFocus()
            return False
        self.error.show_text("")
        return True


class DonePage(QWizardPage):
    """Catat: the whole opening written at once (with progress); her book is then shown."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.problems = QLabel(objectName="commit_problems", wordWrap=True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.first = None
        self.setFinalPage(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Selesai"))
        if self.wizard_.opening.on is not None:
            self.initializePage()

    def initializePage(self) -> None:
        opening = self.wizard_.opening
        counts = ", ".join(self.tr("{kind}: {rows} baris").format(kind=translated(KIND_TITLES[kind]), rows=len(opening.lines(kind)))
                           for kind in KINDS if opening.lines(kind))
        self.summary.setText(self.tr(
            "Tekan Catat untuk mencatat saldo awal per {on} ({counts}). Sesudah dicatat, draf selesai dan "
            "perubahan berikutnya lewat halaman biasa.").format(
            on=long_date(opening.on, translation.current()) if opening.on else "", counts=counts or self.tr("kosong")))
        self.problems.clear()

    def show_problems(self, issues: list[Issue]) -> None:
        self.problems.setText(self.tr("Belum bisa dicatat:") + "\n" + "\n".join(issue_line(i) for i in issues[:20]))

    def validatePage(self) -> bool:
        return self.wizard_.commit_now()

