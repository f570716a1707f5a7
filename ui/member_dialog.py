"""Adding or changing a member: every field of MemberInput, each with its own error line.

Two columns (personal data and membership | address) so that the whole form fits a 1366×768
screen without scrolling; a scroll area still guards smaller screens and long business lists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import clock, privacy, settings, text_rules
from app.businesses import list_businesses
from app.errors import Rejected
from app.formatting import short_date
from app.members import (
    EARLIEST_BIRTH,
    LIMITS,
    WELFARE_STAGES,
    MemberInput,
    MemberRow,
    add_member,
    format_number,
    member_history,
    update_member,
    validate,
)
from ui.date_field import DateField
from ui.field_errors import ErrorLabel, FieldErrors
from ui.dialog_keys import KeyboardDialog
from ui.retranslating import Retranslating
from ui.roles_ui import may

SHORT_FIELDS = {"rt": 3, "rw": 3, "postal_code": 5}
MASKED_FIELDS = ("nik", "street", "rt", "rw", "postal_code")  # app.privacy.masked


class MemberDialog(Retranslating, KeyboardDialog, QDialog):
    """`member` None adds a new member; otherwise edits her. After exec(), `saved` holds the row."""

    def __init__(self, member: MemberRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self.saved: MemberRow | None = None
        self.setObjectName("memberDialog")
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.captions: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.edits: dict[str, QLineEdit] = {}

        self.sex = QComboBox()
        self.welfare = QComboBox()
        self.birth_date = DateField(earliest=EARLIEST_BIRTH)
        self.joined_on = DateField()
        personal = self._section("personal", [
            ("name", self._line("name")), ("nik", self._line("nik", 24)), ("sex", self.sex),
            ("birth_place", self._line("birth_place")), ("birth_date", self.birth_date),
            ("phone", self._line("phone", 20)),
        ])
        membership = self._section("membership", [("welfare_stage", self.welfare), ("joined_on", self.joined_on)])
        address = self._section("address", [
            (name, self._line(name)) for name in
            ("street", "rt", "rw", "desa", "kecamatan", "kabupaten", "provinsi", "postal_code")
        ])
        self.group_checks = self._business_checks()

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(personal)
        left.addWidget(membership)
        # Her leavings and returns ("Tandai keluar", "Batalkan keluar"): who, when and why.
        self.history = member_history(member.id) if member is not None else []
        self.history_box = QGroupBox()
        self.history_box.setObjectName("memberHistory")
        self.history_text = QLabel()
        self.history_text.setObjectName("memberHistoryText")
        self.history_text.setWordWrap(True)
        self.history_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.history_box).addWidget(self.history_text)
        self.history_box.setVisible(bool(self.history))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(address)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.general_error)
        body_layout.addLayout(columns)
        body_layout.addWidget(self.history_box)
        body_layout.addWidget(self.boxes["groups"])
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        # Her personal data (UU 27/2022): masked for those who do not keep the register; her own
        # export, and the erasure for the Ketua once she has left and been settled.
        self.masked = member is not None and not privacy.can_see_personal()
        # a role that does not keep the register (Bendahara, Pemeriksa) reads her detail only
        self.read_only = member is not None and not may("records")
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportPersonalData")
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_personal_data)
        self.export_button.setVisible(member is not None and not self.masked)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.erase_button.setObjectName("erasePersonalData")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase_personal_data)
        from ui.privacy_dialogs import may_erase

        self.erase_button.setVisible(member is not None and member.left_on is not None and may_erase()
                                     and not privacy.is_erased(member))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)

        self.body, self.scroll = body, scroll
        self._fill(member)
        self._set_tab_order()
        self.retranslate()
        self._fit_screen()
        self.edits["name"].setFocus()

    # building

    def _line(self, name: str, limit: int | None = None) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit or SHORT_FIELDS.get(name) or LIMITS.get(name, text_rules.PLACE))
        if name in SHORT_FIELDS:
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * (SHORT_FIELDS[name] + 3)) + 16)
        else:  # room for a full name or address without scrolling inside the field
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 30)
        self.edits[name] = edit
        return edit

    def _section(self, key: str, fields: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox()
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        for row, (field, widget) in enumerate(fields):
            caption = QLabel()
            caption.setBuddy(widget)
            self.captions[field] = caption
            widget.setObjectName(field)
            grid.addWidget(caption, row * 2, 0)
            grid.addWidget(widget, row * 2, 1, Qt.AlignmentFlag.AlignLeft if field in SHORT_FIELDS or isinstance(widget, (DateField, QComboBox)) else Qt.AlignmentFlag(0))
            grid.addWidget(self.errors.add(field, widget), row * 2 + 1, 1)
        self.boxes[key] = box
        return box

    def _business_checks(self) -> dict[int, QCheckBox]:
        box = QGroupBox()
        grid = QGridLayout(box)
        mine = set(self.member.business_ids) if self.member else set()
        businesses = [b for b in list_businesses() if b.is_active or b.id in mine]
        checks = {}
        for i, business in enumerate(businesses):
            check = QCheckBox(business.name)
            grid.addWidget(check, i // 3, i % 3)
            checks[business.id] = check
        grid.addWidget(self.errors.add("business_ids", box), len(businesses) // 3 + 1, 0, 1, 3)
        self.boxes["groups"] = box
        return checks

    def _set_tab_order(self) -> None:
        chain = [self.edits["name"], self.edits["nik"], self.sex, self.edits["birth_place"], self.birth_date,
                 self.edits["phone"]]
        chain += [self.edits[n] for n in ("street", "rt", "rw", "desa", "kecamatan", "kabupaten", "provinsi", "postal_code")]
        chain += [self.welfare, self.joined_on, *self.group_checks.values(), self.save_button,
                  self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _fit_screen(self) -> None:
        """As big as the form needs (growing when error lines appear), never beyond the screen."""
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.body.layout().activate()  # size hints are only right once the layout has run
        hint = self.body.sizeHint()
        self.scroll.setMinimumWidth(min(hint.width() + 4, screen.width() - 60))
        height = hint.height() + self.buttons.sizeHint().height() + 40
        self.resize(max(self.width(), min(hint.width() + 40, screen.width() - 40)),
                    max(self.height(), min(height, screen.height() - 60)))

    def _show_issues(self, issues) -> None:
        self.errors.show(issues)
        self._fit_screen()

    def focus_first_field(self) -> None:
        if self.read_only:  # nothing to type: the cursor on Tutup, so Enter or Esc closes
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        else:
            super().focus_first_field()

    def _fill(self, member: MemberRow | None) -> None:
        for value in ("P", "L"):
            self.sex.addItem("", value)
        self.welfare.addItem("", "")
        for stage in WELFARE_STAGES:
            self.welfare.addItem("", stage)
        data = member.as_input() if member else MemberInput(
            desa=settings.get("default_desa"), kecamatan=settings.get("default_kecamatan"),
            kabupaten=settings.get("default_kabupaten"), provinsi=settings.get("default_provinsi"),
            joined_on=clock.today(),
        )
        if self.masked:  # shown masked, kept as they are when she saves
            data = privacy.masked(member).as_input()
            for name in MASKED_FIELDS:
                self.edits[name].setReadOnly(True)
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        self.sex.setCurrentIndex(max(self.sex.findData(data.sex), 0))
        self.welfare.setCurrentIndex(max(self.welfare.findData(data.welfare_stage), 0))
        self.birth_date.set_date(data.birth_date)
        self.joined_on.set_date(data.joined_on)
        for business_id, check in self.group_checks.items():
            check.setChecked(business_id in data.business_ids)
        if self.read_only:
            for edit in self.edits.values():
                edit.setReadOnly(True)
            for widget in (self.sex, self.welfare, self.birth_date, self.joined_on, *self.group_checks.values()):
                widget.setEnabled(False)
            self.save_button.hide()

    def retranslate(self) -> None:
        if self.member is None:
            self.setWindowTitle(self.tr("Tambah anggota"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Data anggota {number} – {name}").format(
                number=format_number(self.member.number), name=self.member.name))
        else:
            self.setWindowTitle(self.tr("Ubah anggota {number} – {name}").format(
                number=format_number(self.member.number), name=self.member.name))
        for key, text in {
            "personal": self.tr("Data diri"), "membership": self.tr("Keanggotaan"),
            "address": self.tr("Alamat"), "groups": self.tr("Kelompok usaha"),
        }.items():
            self.boxes[key].setTitle(text)
        for field, text in {
            "name": self.tr("Nama lengkap"), "nik": self.tr("NIK"), "sex": self.tr("L/P"),
            "birth_place": self.tr("Tempat lahir"), "birth_date": self.tr("Tanggal lahir"),
            "phone": self.tr("Telepon"), "street": self.tr("Jalan / gang"), "rt": self.tr("RT"),
            "rw": self.tr("RW"), "desa": self.tr("Desa / kelurahan"), "kecamatan": self.tr("Kecamatan"),
            "kabupaten": self.tr("Kabupaten"), "provinsi": self.tr("Provinsi"),
            "postal_code": self.tr("Kode pos"), "welfare_stage": self.tr("Tahap keluarga sejahtera"),
            "joined_on": self.tr("Tanggal masuk"),
        }.items():
            self.captions[field].setText(text)
        self.edits["nik"].setPlaceholderText(self.tr("16 angka, boleh kosong"))
        self.sex.setItemText(0, self.tr("P – Perempuan"))
        self.sex.setItemText(1, self.tr("L – Laki-laki"))
        stages = [self.tr("(belum diisi)"), self.tr("Pra Sejahtera"), self.tr("KS I"), self.tr("KS II"),
                  self.tr("KS III"), self.tr("KS III Plus")]
        for index, text in enumerate(stages):
            self.welfare.setItemText(index, text)
        self.save_button.setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Tutup") if self.read_only else self.tr("Batal"))
        self.history_box.setTitle(self.tr("Riwayat keluar / masuk kembali"))
        self.export_button.setText(self.tr("Ekspor data pribadi…"))
        self.erase_button.setText(self.tr("Hapus data pribadi…"))
        if self.masked:
            for name in MASKED_FIELDS:
                self.edits[name].setToolTip(self.tr("NIK dan alamat lengkap hanya terlihat oleh Ketua dan Sekretaris."))
                self.edits[name].setPlaceholderText(privacy.MASK * 3)  # hidden, not missing (its tooltip says why)
        self.history_text.setText("\n".join(self._history_line(event) for event in self.history))

    def _history_line(self, event) -> str:
        what = self.tr("Keluar") if event.what == "left" else self.tr("Aktif kembali")
        line = self.tr("{what} {on} – dicatat oleh {who}, {at}").format(
            what=what, on=short_date(event.on), who=event.who,
            at=f"{short_date(event.at.date())} {event.at:%H:%M}")
        if event.settlement_entry_id is not None:
            line += " " + self.tr("(dengan pengembalian simpanan)")
        if event.reason:
            line += "\n    " + self.tr("Alasan: {reason}").format(reason=event.reason)
        return line

    # saving

    def input(self) -> MemberInput:
        values = {name: edit.text() for name, edit in self.edits.items()}
        if self.masked:
            values.update({name: getattr(self.member, name) for name in MASKED_FIELDS})
        return MemberInput(
            **values, sex=self.sex.currentData(), welfare_stage=self.welfare.currentData(),
            birth_date=self.birth_date.date(), joined_on=self.joined_on.date(),
            left_on=self.member.left_on if self.member else None,
            business_ids=[i for i, check in self.group_checks.items() if check.isChecked()],
        )

    def export_personal_data(self) -> None:
        from ui.privacy_dialogs import export_personal_data

        export_personal_data(self, self.member)

    def erase_personal_data(self) -> None:
        """Hapus data pribadi (the Ketua's): confirmed with what goes and why, then this dialog
        closes with her erased row as `saved`."""
        from ui.privacy_dialogs import EraseDialog

        dialog = EraseDialog(self.member, self)
        if dialog.exec() and dialog.saved is not None:
            self.saved = dialog.saved
            QDialog.accept(self)

    def accept(self) -> None:
        data = self.input()
        unreadable = [i for i in (self.birth_date.issue("birth_date"), self.joined_on.issue("joined_on")) if i]
        if unreadable:
            # Show the unreadable dates with whatever else is wrong, and save nothing.
            bad = {i.field for i in unreadable}
            member_id = self.member.id if self.member else None
            self._show_issues(unreadable + [i for i in validate(data, member_id) if i.field not in bad])
            return
        try:
            self.saved = add_member(data) if self.member is None else update_member(self.member.id, data, self.member.version)
        except Rejected as rejected:
            self._show_issues(rejected.issues)
            return
        super().accept()
