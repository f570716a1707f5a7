"""Laporan: every document Lumbung prints, grouped, with only the questions each one needs.

Keyboard first: the list has the cursor (arrows choose a document), Tab goes through its fields
(dates typed hh/bb/tttt, quick buttons for this month, last month, this year), Enter makes the
document anywhere on the page. What check() refuses is said in red under its own field. The
Laporan Hasil Usaha asks what to set beside it (the same period last year, or the whole last
year) and names both periods.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import accounts, businesses, clock, members, settings
from app import financial_statements as fs
from app.documents.catalogue import (
    ACCOUNT_OR_ALL, AS_OF, BUSINESS, KINDS, MEMBER, MEMBER_OR_ALL, PERIOD, RECEIPT, Request, check,
)
from app.errors import Issue, Rejected
from app.formatting import short_date
from ui import document_titles
from ui.areas import Area
from ui.date_field import DateField
from ui.documents_ui import make_document
from ui.field_errors import ErrorLabel, FieldErrors
from ui.notes_dialog import NoteTextsDialog
from ui.pages.page import Page

KIND_ROLE = Qt.ItemDataRole.UserRole


def month_start(day: date) -> date:
    return day.replace(day=1)


def last_month(today: date) -> tuple[date, date]:
    end = month_start(today) - timedelta(days=1)
    return month_start(end), end


class ReportsPage(Page):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.run = None  # the DocumentRun under way
        self._kind: str | None = None

        # Left: the documents, grouped.
        self.list = QTreeWidget(objectName="documents")
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet("QTreeWidget#documents::item { padding: 2px 4px; }")
        self.list.setMinimumWidth(300)
        self.list.setMaximumWidth(380)
        self.list.currentItemChanged.connect(self._chosen)
        self.list.itemActivated.connect(lambda *_: self.make())
        self._build_list()

        # Right: what the chosen document is, and what it needs.
        self.heading = QLabel(objectName="documentTitle")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.description = QLabel(objectName="documentDescription")
        self.description.setWordWrap(True)

        self.general_error = ErrorLabel()
        self.general_error.setObjectName("error_general")
        self.errors = FieldErrors(self.general_error)

        self.start = DateField()
        self.start.setObjectName("start")
        self.end = DateField()
        self.end.setObjectName("end")
        self.this_month = QPushButton(objectName="thisMonth")
        self.this_month.clicked.connect(self.choose_this_month)
        self.previous_month = QPushButton(objectName="lastMonth")
        self.previous_month.clicked.connect(self.choose_last_month)
        self.this_year = QPushButton(objectName="thisYear")
        self.this_year.clicked.connect(self.choose_this_year)
        self.member = QComboBox(objectName="member")
        self.member.setEditable(True)
        self.member.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.member.setMinimumWidth(340)
        completer = QCompleter(self.member.model(), self.member)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.member.setCompleter(completer)
        self.account = QComboBox(objectName="account")
        self.account.setMinimumWidth(340)
        self.business = QComboBox(objectName="business")
        self.business.setMinimumWidth(340)
        self.number = QLineEdit(objectName="number")
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("misalnya KW/0000/0000000") + 24)
        self.paper = QComboBox(objectName="paper")
        self.paper.setMinimumWidth(280)
        self.compare = QComboBox(objectName="compare")
        for choice in fs.COMPARISONS:
            self.compare.addItem("", choice)
        self.compare.currentIndexChanged.connect(self._show_periods)
        self.periods = QLabel(objectName="periods")  # the period asked for and the one beside it
        self.periods.setStyleSheet("color: #555;")
        for field in (self.start, self.end):
            field.textChanged.connect(self._show_periods)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.captions = {key: QLabel() for key in ("start", "end", "member", "account", "business",
                                                  "number", "compare", "paper")}
        self.rows: dict[str, QWidget] = {}
        self.rows["start"] = self._row("start", self.start, [self.this_month, self.previous_month, self.this_year])
        self.rows["end"] = self._row("end", self.end)
        self.rows["member"] = self._row("member", self.member)
        self.rows["account"] = self._row("account", self.account)
        self.rows["business"] = self._row("business", self.business)
        self.rows["number"] = self._row("number", self.number)
        self.rows["compare"] = self._row("compare", self.compare, [self.periods])
        self.rows["paper"] = self._row("paper", self.paper)
        for key, row in self.rows.items():
            self.captions[key].setBuddy(row.property("field"))
            self.form.addRow(self.captions[key], row)

        self.make_button = QPushButton(objectName="make")
        bigger = QFont(self.make_button.font())
        bigger.setBold(True)
        self.make_button.setFont(bigger)
        self.make_button.setMinimumHeight(self.make_button.fontMetrics().height() * 2 + 6)
        self.make_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.make_button.clicked.connect(self.make)
        # the group's own words under the notes (kind "notes", also in the RAT pack)
        self.note_texts_button = QPushButton(objectName="noteTexts")
        self.note_texts_button.setAutoDefault(False)
        self.note_texts_button.clicked.connect(self.edit_note_texts)
        self.note = QLabel(objectName="note")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keys_hint = QLabel(objectName="keysHint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: #555;")

        self.details = QGroupBox()
        right = QVBoxLayout(self.details)
        right.addWidget(self.heading)
        right.addWidget(self.description)
        right.addSpacing(8)
        right.addLayout(self.form)
        right.addWidget(self.general_error)
        right.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.note_texts_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addWidget(self.note)
        right.addStretch(1)
        right.addWidget(self.keys_hint)
        scroll = QScrollArea()
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(scroll, 1)
        self.content.addLayout(body, 1)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self, self.make)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.choose_this_month()
        self.retranslate()
        self.choose("cash_book")

    def _row(self, field: str, widget: QWidget, extras: list[QWidget] = ()) -> QWidget:
        """The field (with its quick buttons) and its red error under it, shown or hidden as one."""
        row = QWidget()
        row.setProperty("field", widget)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(widget)
        for extra in extras:
            if isinstance(extra, QPushButton):
                extra.setAutoDefault(False)
            line.addWidget(extra)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addWidget(self.errors.add(field, widget))
        return row

    def _build_list(self) -> None:
        self.list.clear()
        header_font = QFont(self.list.font())
        header_font.setBold(True)
        text_colour = QBrush(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText))
        for group, kinds in document_titles.GROUPS:
            header = QTreeWidgetItem(self.list, [document_titles.group_title(group)])
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # arrows skip it (a flat list: a disabled
            # parent would grey its documents too)
            header.setFont(0, header_font)
            header.setForeground(0, text_colour)
            header.setData(0, KIND_ROLE, None)
            for kind in kinds:
                if kind not in KINDS:
                    continue
                item = QTreeWidgetItem(self.list, ["    " + document_titles.title(kind)])
                item.setData(0, KIND_ROLE, kind)
                item.setToolTip(0, document_titles.description(kind))

    # texts

    def retranslate(self) -> None:
        super().retranslate()
        kind = self._kind
        self.list.blockSignals(True)
        self._build_list()
        self.list.blockSignals(False)
        self.details.setTitle(self.tr("Dokumen"))
        self.captions["start"].setText(self.tr("Dari tanggal"))
        self.captions["member"].setText(self.tr("Anggota"))
        self.captions["account"].setText(self.tr("Akun"))
        self.captions["business"].setText(self.tr("Usaha"))
        self.captions["number"].setText(self.tr("Nomor kuitansi"))
        self.captions["paper"].setText(self.tr("Kertas"))
        self.captions["compare"].setText(self.tr("Dibandingkan dengan"))
        self.this_month.setText(self.tr("Bulan ini"))
        self.previous_month.setText(self.tr("Bulan lalu"))
        self.this_year.setText(self.tr("Tahun ini"))
        self.number.setPlaceholderText(self.tr("misalnya KW/2026/000123"))
        self.make_button.setText(self.tr("Buat dokumen (Enter)"))
        self.note_texts_button.setText(self.tr("Catatan kelompok…"))
        self.keys_hint.setText(self.tr(
            "Panah atas/bawah memilih dokumen, Tab pindah ke isian berikutnya, Enter membuat dokumen. "
            "Dokumen disimpan di folder \"dokumen\" di samping buku dan dibuka untuk dicetak."))
        self._retranslate_choices()
        if kind is not None:
            self.choose(kind)

    def _retranslate_choices(self) -> None:
        if self.member.count():
            self.member.setItemText(0, self.tr("Semua anggota"))
        if self.account.count():
            self.account.setItemText(0, self.tr("Semua akun"))
        for index in range(self.paper.count()):
            self.paper.setItemText(index, document_titles.paper_text(self.paper.itemData(index)))
        self.compare.setItemText(0, self.tr("Periode yang sama tahun lalu"))
        self.compare.setItemText(1, self.tr("Tahun lalu penuh"))
        self._show_periods()

    # reading

    def refresh(self) -> None:
        chosen_member = self.member.currentData()
        self.member.clear()
        self.member.addItem(self.tr("Semua anggota"), None)
        for m in members.list_members():
            self.member.addItem(f"{members.format_number(m.number)} – {m.name}", m.id)
        index = self.member.findData(chosen_member)
        self.member.setCurrentIndex(max(index, 0))
        chosen_account = self.account.currentData()
        self.account.clear()
        self.account.addItem(self.tr("Semua akun"), None)
        for a in accounts.list_accounts():
            self.account.addItem(f"{a.code} {a.name}", a.code)
        self.account.setCurrentIndex(max(self.account.findData(chosen_account), 0))
        chosen_business = self.business.currentData()
        self.business.clear()
        for b in businesses.list_businesses():
            self.business.addItem(b.name, b.id)
        self.business.setCurrentIndex(max(self.business.findData(chosen_business), 0))
        if self._kind is not None:
            self._show_fields(self._kind)

    # choosing

    def choose(self, kind: str) -> None:
        """Select `kind` in the list (its first place, when it sits in two groups)."""
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item.data(0, KIND_ROLE) == kind:
                self.list.setCurrentItem(item)
                self._chosen(item)
                return

    def _chosen(self, item: QTreeWidgetItem | None, *_) -> None:
        kind = item.data(0, KIND_ROLE) if item is not None else None
        if kind is None:
            return
        self._kind = kind
        self.heading.setText(document_titles.title(kind))
        self.description.setText(document_titles.description(kind))
        self.errors.clear()
        self._show_fields(kind)

    def chosen_kind(self) -> str | None:
        return self._kind

    def _show_fields(self, kind: str) -> None:
        needs = KINDS[kind].needs
        shown = {
            "start": PERIOD in needs,
            "end": PERIOD in needs or AS_OF in needs,
            "member": MEMBER_OR_ALL in needs or MEMBER in needs,
            "account": ACCOUNT_OR_ALL in needs,
            "business": BUSINESS in needs,
            "number": RECEIPT in needs,
            "compare": kind == "income_statement",
            "paper": len(KINDS[kind].papers) > 1,
        }
        for key, visible in shown.items():
            self.form.setRowVisible(self.rows[key], visible)
        self.note_texts_button.setVisible(kind in ("notes", "rat_pack"))
        if PERIOD in needs:
            self.captions["end"].setText(self.tr("Sampai tanggal"))
        elif KINDS[kind].future_allowed:
            self.captions["end"].setText(self.tr("Tanggal rapat"))
        else:
            self.captions["end"].setText(self.tr("Per tanggal"))
            if self.end.date() is None:
                self.end.set_date(clock.today())
        if self.member.count():
            self.member.setItemText(0, self.tr("Semua anggota") if MEMBER not in needs else "")
        chosen_paper = self.paper.currentData()
        self.paper.clear()
        for paper in KINDS[kind].papers:
            self.paper.addItem(document_titles.paper_text(paper), paper)
        preferred = settings.receipt_paper() if kind == "receipt" else chosen_paper
        self.paper.setCurrentIndex(max(self.paper.findData(preferred), 0))

    def edit_note_texts(self) -> None:
        NoteTextsDialog(self).exec()

    def _show_periods(self) -> None:
        """'01/01/2026 – 17/08/2026 dibandingkan dengan 01/01/2025 – 17/08/2025', as the LHU prints them."""
        start, end = self.start.date(), self.end.date()
        if start is None or end is None or start > end:
            self.periods.setText("")
            return
        before = fs.comparison_period(start, end, self.compare.currentData() or fs.SAME_PERIOD)
        self.periods.setText(self.tr("{start} – {end} dibandingkan dengan {before_start} – {before_end}").format(
            start=short_date(start), end=short_date(end), before_start=short_date(before[0]),
            before_end=short_date(before[1])))

    def visible_fields(self) -> set[str]:
        return {key for key, row in self.rows.items() if self.form.isRowVisible(row)}

    # quick periods

    def choose_this_month(self) -> None:
        today = clock.today()
        self.start.set_date(month_start(today))
        self.end.set_date(today)

    def choose_last_month(self) -> None:
        self.start.set_date(last_month(clock.today())[0])
        self.end.set_date(last_month(clock.today())[1])

    def choose_this_year(self) -> None:
        today = clock.today()
        self.start.set_date(today.replace(month=1, day=1))
        self.end.set_date(today)

    # making

    def request(self) -> Request:
        """The request the form describes; Rejected for what cannot be read (a typed date that
        is not a date, a member name that is not in the list)."""
        kind = self._kind
        needs = KINDS[kind].needs
        visible = self.visible_fields()
        issues = [issue for issue in (self.start.issue("start") if "start" in visible else None,
                                      self.end.issue("end") if "end" in visible else None) if issue]
        member_id = None
        if "member" in visible:
            index = self.member.findText(self.member.currentText(), Qt.MatchFlag.MatchFixedString)
            if index < 0 and self.member.currentText().strip():
                issues.append(Issue("member", "member.not_found"))
            member_id = self.member.itemData(index) if index >= 0 else None
            if MEMBER in needs and member_id is None:
                issues.append(Issue("member", "required"))
        if issues:
            raise Rejected(issues)
        return Request(
            kind,
            paper=self.paper.currentData() or KINDS[kind].papers[0],
            start=self.start.date() if "start" in visible else None,
            end=self.end.date() if "end" in visible else None,
            member_id=member_id,
            account=self.account.currentData() if "account" in visible else None,
            business_id=self.business.currentData() if "business" in visible else None,
            number=(self.number.text().strip() or None) if "number" in visible else None,
            compare=self.compare.currentData() if "compare" in visible else fs.SAME_PERIOD,
        )

    def make(self) -> None:
        if self._kind is None or self.run is not None:
            return
        self.errors.clear()
        self.note.setText("")
        try:
            request = self.request()
            check(request)
        except Rejected as refused:
            self.errors.show(refused.issues)
            return
        self.run = make_document(self, request, quiet_note=self._quiet_note)
        if self.run is None:
            return
        self.make_button.setEnabled(False)
        self.run.finished.connect(self._made)

    def _quiet_note(self, text: str) -> None:
        self.note.setStyleSheet("")
        self.note.setText(text)

    def _made(self) -> None:
        run, self.run = self.run, None
        self.make_button.setEnabled(True)
        if run is not None and run.path is not None:
            self.note.setStyleSheet("color: #1b5e20;")
            self.note.setText(self.tr("Dokumen tersimpan: {path}").format(path=run.path))
