"""Jejak Audit: what was done in the book besides the journal, by whom and when, as an examiner
reads it (issue 15). For the Ketua and the Pemeriksa; the page needs the action "read"
(app.access.roles: the roles part enables it by role).

Filters: user, kind, date range, member. Ekspor ke Excel (Ctrl+E) writes the rows shown;
Cetak Jejak audit (Ctrl+P) prints them as a PDF with the chain's verification on top."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from app import members
from app.audit import log, personal, view
from app.audit.words import detail_text, subject_text
from app.documents.catalogue import Request
from app.formatting import short_date
from ui import translation
from ui.areas import Area
from ui.date_field import DateField
from ui.documents_ui import make_document
from ui.messages import issue_text
from ui.pages.page import Page
from ui.register_widgets import register_table
from ui.table_export import KIND_ROLE, RAW_ROLE

ACTION = "read"  # what the page needs (app.access.roles.ACTIONS)
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
COLUMNS = ("at", "user", "kind", "subject", "detail")

# Each kind in her words (app.audit.log.KINDS).
KIND_WORDS = {
    "entry": QT_TRANSLATE_NOOP("AuditPage", "Transaksi dicatat"),
    "member": QT_TRANSLATE_NOOP("AuditPage", "Data anggota"),
    "product": QT_TRANSLATE_NOOP("AuditPage", "Jenis pinjaman"),
    "settings": QT_TRANSLATE_NOOP("AuditPage", "Pengaturan diubah"),
    "period": QT_TRANSLATE_NOOP("AuditPage", "Tutup / buka buku"),
    "shu": QT_TRANSLATE_NOOP("AuditPage", "Keputusan SHU"),
    "user": QT_TRANSLATE_NOOP("AuditPage", "Pengguna"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditPage", "Gagal masuk"),
    "backup": QT_TRANSLATE_NOOP("AuditPage", "Cadangan dibuat"),
    "restore": QT_TRANSLATE_NOOP("AuditPage", "Cadangan dipulihkan"),
    "export": QT_TRANSLATE_NOOP("AuditPage", "Data dikeluarkan (ekspor)"),
    "erasure": QT_TRANSLATE_NOOP("AuditPage", "Data pribadi dihapus"),
    "opening": QT_TRANSLATE_NOOP("AuditPage", "Saldo awal"),
    "seal": QT_TRANSLATE_NOOP("AuditPage", "Segel buku"),
}


def kind_words(kind: str) -> str:
    text = KIND_WORDS.get(kind)
    return QCoreApplication.translate("AuditPage", text) if text else kind


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.records: list[log.AuditRecord] = []
        self.texts: list[list[str]] = []
        self._headers: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [self.tr("Waktu"), self.tr("Oleh"), self.tr("Kejadian"), self.tr("Tentang"), self.tr("Rincian")]
        self.set_records(self.records)

    def set_records(self, records: list[log.AuditRecord]) -> None:
        self.beginResetModel()
        self.records = list(reversed(records))  # newest first
        lang = translation.current()
        names = {m.id: m.name for m in members.list_members()} if self.records else {}
        self.texts = [[f"{short_date(r.at.date())} {r.at:%H.%M}", r.user, kind_words(r.kind),
                       subject_text(r.subject, r.kind, r.member_id, names),
                       detail_text(personal.shown_detail(r), lang)] for r in self.records]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = DISPLAY):
        if role == DISPLAY or role == TOOLTIP:
            return self.texts[index.row()][index.column()]
        if role == RAW_ROLE:
            if COLUMNS[index.column()] == "at":
                return self.records[index.row()].at
            return self.texts[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == DISPLAY:
            return self._headers[section]
        if role == KIND_ROLE:
            return "date" if COLUMNS[section] == "at" else "text"
        return None


class AuditPage(Page):
    ACTION = ACTION

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.content.addWidget(self.intro)

        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.kind = QComboBox()
        self.kind.setObjectName("auditKind")
        self.member = QComboBox()
        self.member.setObjectName("auditMember")
        self.member.setEditable(True)  # type a number or a name to find her among hundreds
        self.member.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.start = DateField()
        self.start.setObjectName("auditStart")
        self.end = DateField()
        self.end.setObjectName("auditEnd")
        self.captions = {name: QLabel() for name in ("user", "kind", "start", "end", "member")}
        for name, widget in (("user", self.user), ("kind", self.kind), ("start", self.start), ("end", self.end),
                             ("member", self.member)):
            self.captions[name].setBuddy(widget)
        for combo in (self.user, self.kind, self.member):  # long names never widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.kind.setMinimumContentsLength(16)  # "Selain transaksi" whole
        self.date_error = QLabel()
        self.date_error.setObjectName("auditDateError")
        self.date_error.setStyleSheet("color: #b00020")
        self.date_error.hide()
        filters = QGridLayout()
        filters.addWidget(self.captions["user"], 0, 0)
        filters.addWidget(self.user, 0, 1)
        filters.addWidget(self.captions["kind"], 0, 2)
        filters.addWidget(self.kind, 0, 3)
        filters.addWidget(self.captions["member"], 1, 0)
        filters.addWidget(self.member, 1, 1, 1, 3)
        filters.addWidget(self.captions["start"], 2, 0)
        filters.addWidget(self.start, 2, 1)
        filters.addWidget(self.captions["end"], 2, 2)
        filters.addWidget(self.end, 2, 3)
        filters.addWidget(self.date_error, 3, 1, 1, 4)
        filters.setColumnStretch(4, 1)
        self.content.addLayout(filters)

        self.model = AuditTableModel(self)
        self.table = register_table("auditTable", self.fontMetrics().height() + 10)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.content.addWidget(self.table, 1)

        self.export_button = QPushButton()
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton()
        self.print_button.setObjectName("auditPrint")
        self.print_button.clicked.connect(self.print_trail)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        self.content.addLayout(buttons)
        for widget in (self.export_button, self.print_button, self.count, self.intro):
            widget.setMinimumWidth(1)

        self.user.currentIndexChanged.connect(self.apply_filters)
        self.kind.currentIndexChanged.connect(self.apply_filters)
        self.member.activated.connect(self.apply_filters)
        self.member.lineEdit().returnPressed.connect(self.apply_filters)
        self.start.editingFinished.connect(self.apply_filters)
        self.end.editingFinished.connect(self.apply_filters)
        self._filling = False
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr(
            "Semua yang diubah di buku selain transaksi: data anggota, jenis pinjaman, pengaturan, tutup buku, SHU, "
            "pengguna, cadangan, ekspor data pribadi. Catatan ini tidak bisa diubah atau dihapus; "
            "cetakannya memuat hasil pemeriksaan rantai."))
        self.captions["user"].setText(self.tr("&Pengguna"))
        self.captions["kind"].setText(self.tr("&Jenis"))
        self.captions["member"].setText(self.tr("&Anggota"))
        self.captions["start"].setText(self.tr("&Dari tanggal"))
        self.captions["end"].setText(self.tr("&Sampai tanggal"))
        self.export_button.setText(self.tr("Ekspor ke Excel (Ctrl+E)"))
        self.print_button.setText(self.tr("Cetak Jejak audit (Ctrl+P)"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.model.retranslate()
        self._fill_choices()
        self._update_count()

    # --- the choices ------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        """Users seen in the log, every kind, and the members (number and name)."""
        self._filling = True
        try:
            chosen_user, chosen_kind, chosen_member = self.user.currentData(), self.kind.currentData(), self.member.currentData()
            self.user.clear()
            self.user.addItem(self.tr("Semua"), None)
            try:
                users, people = view.users(), members.list_members()
            except AttributeError:  # no book open yet (the page is built before one is)
                users, people = [], []
            for name in users:
                self.user.addItem(name, name)
            self.kind.clear()
            self.kind.addItem(self.tr("Selain transaksi"), None)
            for kind in log.KINDS:
                self.kind.addItem(kind_words(kind), kind)
            self.member.clear()
            self.member.addItem(self.tr("Semua"), None)
            for m in people:
                self.member.addItem(f"{members.format_number(m.number)} {m.name}", m.id)
            for combo, value in ((self.user, chosen_user), (self.kind, chosen_kind), (self.member, chosen_member)):
                index = combo.findData(value)
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def filters(self) -> dict:
        """The filters chosen, as app.audit.log.records takes them (dates left out while wrong)."""
        member = self.member.currentData()
        if self.member.isEditable() and self.member.currentText() != self.member.itemText(self.member.currentIndex()):
            found = self.member.findText(self.member.currentText(), Qt.MatchFlag.MatchStartsWith)
            member = self.member.itemData(found) if found >= 0 else None
        return {"user": self.user.currentData(), "kind": self.kind.currentData(), "start": self.start.date(),
                "end": self.end.date(), "member_id": member}

    def _date_issue(self) -> str:
        for field, widget in (("start", self.start), ("end", self.end)):
            issue = widget.issue(field)
            if issue is not None:
                return issue_text(issue)
        start, end = self.start.date(), self.end.date()
        if start and end and start > end:
            return self.tr("Tanggal awal sesudah tanggal akhir.")
        return ""

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_choices()
        self.apply_filters()

    def apply_filters(self) -> None:
        if self._filling:
            return
        problem = self._date_issue()
        self.date_error.setText(problem)
        self.date_error.setVisible(bool(problem))
        if problem:
            return
        records, problem = view.read(**self.filters())
        self.model.set_records(records)
        if problem:  # the audit table dropped or damaged outside Lumbung
            self.date_error.setText(self.tr(
                "Jejak audit tidak bisa dibaca: tabelnya hilang atau rusak (diubah di luar Lumbung). "
                "Pulihkan buku dari cadangan, atau minta pemeriksa menjalankan: lumbung verify."))
            self.date_error.show()
        self.table.resizeColumnsToContents()
        # long subjects and details narrowed (the cell's tooltip shows them whole); the details,
        # last, stretch to the table's edge
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 220))
        self.table.setColumnWidth(4, min(self.table.columnWidth(4), 240))
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n catatan ditampilkan", "", self.model.rowCount()))

    # --- out --------------------------------------------------------------------------------

    def export(self):
        from ui.table_export import export_table

        return export_table(self.table, self, "jejak-audit", self.tr("Jejak audit"))

    def print_trail(self):
        if self._date_issue():
            return None
        chosen = self.filters()
        return make_document(self, Request("audit_trail", start=chosen["start"], end=chosen["end"],
                                           member_id=chosen["member_id"], audit_user=chosen["user"],
                                           audit_kind=chosen["kind"]))
