"""Pengaturan → Pengguna: the officers and their roles, masuk dengan kata sandi on or off, the
minutes before the screen locks, and who may do what (app.access.roles.ACTIONS, read-only).

Sign-in is turned on with the first Ketua's name and password; the recovery code is then shown
once, to be printed (QPrintDialog: nothing is written to disk unless she prints to a file) and
kept with the group's papers.
"""

from __future__ import annotations


from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.access import roles as access
from app.access import session, users
from app.errors import Issue, Rejected
from ui.field_errors import ErrorLabel
from ui.form_dialog import FormDialog
from ui.messages import issue_text
from ui.retranslating import Retranslating
from ui.recovery_code import RecoveryCodeDialog
from ui.sign_in import ROLE_WORDS, password_edit, roles_text

# What each action of the matrix means, in her words.
ACTION_WORDS = {
    "money": QT_TRANSLATE_NOOP("UsersPanel", "Menerima dan membayar uang: setoran, simpanan, penarikan, pencairan "
                                             "pinjaman, kas masuk dan keluar, jual beli usaha"),
    "records": QT_TRANSLATE_NOOP("UsersPanel", "Mencatat yang tidak memindahkan uang: anggota, pengajuan pinjaman, "
                                               "produk, persediaan, dokumen"),
    "approve": QT_TRANSLATE_NOOP("UsersPanel", "Menyetujui atau menolak pengajuan pinjaman"),
    "storno": QT_TRANSLATE_NOOP("UsersPanel", "Membatalkan transaksi (storno): Bendahara yang dicatatnya, Ketua semua"),
    "close": QT_TRANSLATE_NOOP("UsersPanel", "Tutup buku, membuka kembali periode, SHU, penghapusan piutang, "
                                             "pengaturan kelompok"),
    "users": QT_TRANSLATE_NOOP("UsersPanel", "Mengatur pengguna dan masuk dengan kata sandi"),
    "read": QT_TRANSLATE_NOOP("UsersPanel", "Melihat dan mencetak semua catatan"),
}


def _check_pair(first: QLineEdit, again: QLineEdit, field: str = "again") -> None:
    if again.text() != first.text():
        again.clear()
        raise Rejected([Issue(field, "users.passwords_differ")])


class RoleChecks(QWidget):
    """The four roles as checkboxes, in the order of app.access.roles.ROLES."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for role in access.ROLES:
            box = self.boxes[role] = QCheckBox(ROLE_WORDS[role])
            box.setObjectName(f"role_{role}")
            layout.addWidget(box)
        layout.addStretch(1)

    def chosen(self) -> list[str]:
        return [role for role, box in self.boxes.items() if box.isChecked()]

    def set_chosen(self, chosen) -> None:
        for role, box in self.boxes.items():
            box.setChecked(role in chosen)


def _add_roles(dialog: FormDialog, checks: RoleChecks) -> RoleChecks:
    """The role checkboxes as one row of the form, Tab going through each."""
    previous = dialog._last_field
    dialog.add_field("roles", checks)
    for box in checks.boxes.values():
        if previous is not None:
            QWidget.setTabOrder(previous, box)
        previous = box
    dialog._last_field = previous
    return checks



class UserDialog(FormDialog):
    """Tambah pengguna: name, roles, first password (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self.name = self.add_field("name", QLineEdit())
        self.name.setMaxLength(users.NAME_LIMIT)
        self.roles = _add_roles(self, RoleChecks())
        self.password = self.add_field("password", password_edit())
        self.again = self.add_field("again", password_edit())
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Tambah pengguna"))
        self.intro.setText(self.tr("Setiap pengurus masuk dengan nama dan kata sandinya sendiri. Satu orang boleh "
                                   "memegang beberapa tugas."))
        self.captions["name"].setText(self.tr("Nama"))
        self.captions["roles"].setText(self.tr("Tugas"))
        self.captions["password"].setText(self.tr("Kata sandi"))
        self.captions["again"].setText(self.tr("Ulangi kata sandi"))

    def save(self):
        _check_pair(self.password, self.again)
        return users.add_user(self.name.text(), self.roles.chosen(), self.password.text())

    def done(self, result: int) -> None:
        self.password.clear()
        self.again.clear()
        super().done(result)


class UserRolesDialog(FormDialog):
    """Ubah tugas of one officer."""

    def __init__(self, user: users.User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userRolesDialog")
        self.user = user
        self.roles = _add_roles(self, RoleChecks())
        self.roles.set_chosen(user.roles)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Ubah tugas"))
        self.intro.setText(self.tr("Tugas {name}:").format(name=self.user.name))
        self.captions["roles"].setText(self.tr("Tugas"))

    def save(self):
        return users.change_roles(self.user.id, self.roles.chosen())


class ResetPasswordDialog(FormDialog):
    """A Ketua gives an officer a new password (she forgot hers, or is locked out)."""

    def __init__(self, user: users.User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.user = user
        self.password = self.add_field("password", password_edit())
        self.again = self.add_field("again", password_edit())
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Atur ulang kata sandi"))
        self.intro.setText(self.tr("Kata sandi baru untuk {name}. Berikan kepadanya secara langsung; ia bisa "
                                   "menggantinya sendiri nanti.").format(name=self.user.name))
        self.captions["password"].setText(self.tr("Kata sandi baru"))
        self.captions["again"].setText(self.tr("Ulangi kata sandi baru"))

    def save(self):
        _check_pair(self.password, self.again)
        return users.reset_password(self.user.id, self.password.text())

    def done(self, result: int) -> None:
        self.password.clear()
        self.again.clear()
        super().done(result)


class OwnPasswordDialog(FormDialog):
    """The one signed in changes her own password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownPasswordDialog")
        self.old = self.add_field("old_password", password_edit())
        self.new = self.add_field("new_password", password_edit())
        self.again = self.add_field("again", password_edit())
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Ganti kata sandi saya"))
        self.captions["old_password"].setText(self.tr("Kata sandi sekarang"))
        self.captions["new_password"].setText(self.tr("Kata sandi baru"))
        self.captions["again"].setText(self.tr("Ulangi kata sandi baru"))

    def save(self):
        _check_pair(self.new, self.again)
        users.set_own_password(self.old.text(), self.new.text())
        return True

    def done(self, result: int) -> None:
        for edit in (self.old, self.new, self.again):
            edit.clear()
        super().done(result)


class TurnOnSignInDialog(FormDialog):
    """Aktifkan masuk dengan kata sandi: the Ketua's name and password (her account is made if
    the book has no Ketua yet). Saved, it holds the recovery code to show once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turnOnSignInDialog")
        self.name = self.add_field("name", QLineEdit())
        self.name.setMaxLength(users.NAME_LIMIT)
        self.password = self.add_field("password", password_edit())
        self.again = self.add_field("again", password_edit())
        ketuas = [u.name for u in users.list_users(active_only=True) if "ketua" in u.roles]
        self.first = not ketuas
        if ketuas:
            self.name.setText(ketuas[0])
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Aktifkan masuk dengan kata sandi"))
        self.intro.setText(self.tr(
            "Setelah ini, Lumbung menanyakan nama dan kata sandi setiap kali dibuka, dan setelah lama tidak "
            "dipakai. Tulis nama dan kata sandi Ketua; sesudahnya Ketua menambahkan pengurus lain. Lumbung "
            "lalu menampilkan kode pemulihan satu kali: cetak dan simpan bersama surat-surat kelompok."))
        self.captions["name"].setText(self.tr("Nama Ketua"))
        self.captions["password"].setText(self.tr("Kata sandi Ketua"))
        self.captions["again"].setText(self.tr("Ulangi kata sandi"))
        self.save_button.setText(self.tr("Aktifkan"))

    def save(self):
        _check_pair(self.password, self.again)
        return users.turn_on_sign_in(self.name.text(), self.password.text())

    def done(self, result: int) -> None:
        self.password.clear()
        self.again.clear()
        super().done(result)


class UsersPanel(Retranslating, QGroupBox):
    """Pengaturan's box of the officers (see the module's docstring)."""

    changed = Signal()  # sign-in turned on or off, or an officer changed: the window follows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPanel")
        self.state = QLabel()
        self.state.setObjectName("signInState")
        self.state.setWordWrap(True)
        self.turn_on_button = QPushButton(objectName="turnOnSignIn")
        self.turn_on_button.clicked.connect(self.turn_on)
        self.turn_off_button = QPushButton(objectName="turnOffSignIn")
        self.turn_off_button.clicked.connect(self.turn_off)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("usersTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.add_button = QPushButton(objectName="addUser")
        self.add_button.clicked.connect(self.add_user)
        self.roles_button = QPushButton(objectName="changeRoles")
        self.roles_button.clicked.connect(self.change_roles)
        self.reset_button = QPushButton(objectName="resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(objectName="deactivateUser")
        self.active_button.clicked.connect(self.toggle_active)
        self.own_button = QPushButton(objectName="ownPassword")
        self.own_button.clicked.connect(self.own_password)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.error = ErrorLabel()
        self.error.setObjectName("usersError")
        self.idle_caption = QLabel()
        self.idle = QSpinBox(objectName="idleMinutes")
        self.idle.setRange(0, 240)
        self.idle_save = QPushButton(objectName="saveIdle")
        self.idle_save.clicked.connect(self.save_idle)
        self.idle_caption.setBuddy(self.idle)
        self.single = QCheckBox(objectName="singleOfficer")
        self.single.clicked.connect(self.save_single)
        self.matrix_caption = QLabel()
        self.matrix = QTableWidget(len(access.ACTIONS), 1 + len(access.ROLES))
        self.matrix.setObjectName("roleMatrix")
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.matrix.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matrix.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matrix.verticalHeader().hide()
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.setWordWrap(True)
        for row, (action, allowed) in enumerate(access.ACTIONS.items()):
            self.matrix.setItem(row, 0, QTableWidgetItem())
            for column, role in enumerate(access.ROLES, start=1):
                item = QTableWidgetItem("✓" if role in allowed else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.matrix.setItem(row, column, item)
        self.matrix.setMinimumHeight(260)

        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.turn_on_button)
        top.addWidget(self.turn_off_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.roles_button, self.reset_button, self.active_button, self.own_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        idle_row = QHBoxLayout()
        idle_row.addWidget(self.idle_caption)
        idle_row.addWidget(self.idle)
        idle_row.addWidget(self.idle_save)
        idle_row.addStretch(1)
        idle_row.addWidget(self.single)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addLayout(idle_row)
        layout.addWidget(self.matrix_caption)
        layout.addWidget(self.matrix)
        self._users: list[users.User] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Pengguna"))
        self.turn_on_button.setText(self.tr("Aktifkan masuk dengan kata sandi…"))
        self.turn_off_button.setText(self.tr("Matikan masuk dengan kata sandi"))
        self.table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("Tugas"), self.tr("Keadaan")])
        self.add_button.setText(self.tr("Tambah pengguna…"))
        self.roles_button.setText(self.tr("Ubah tugas…"))
        self.reset_button.setText(self.tr("Atur ulang kata sandi…"))
        self.own_button.setText(self.tr("Ganti kata sandi saya…"))
        self.idle_caption.setText(self.tr("Kunci layar setelah tidak dipakai (menit, 0 = tidak pernah)"))
        self.idle_save.setText(self.tr("Simpan"))
        self.single.setText(self.tr("Hanya satu pengurus (boleh menyetujui pinjaman yang ia ajukan sendiri)"))
        self.matrix_caption.setText(self.tr("Siapa boleh apa (Pemeriksa hanya melihat dan mencetak):"))
        self.matrix.setHorizontalHeaderLabels([self.tr("Pekerjaan"), *(ROLE_WORDS[r] for r in access.ROLES)])
        for row, action in enumerate(access.ACTIONS):
            self.matrix.item(row, 0).setText(QCoreApplication.translate("UsersPanel", ACTION_WORDS[action]))
        self.refresh()

    def refresh(self) -> None:
        on = users.sign_in_on()
        self.state.setText(self.tr("Masuk dengan kata sandi aktif: Lumbung menanyakan siapa yang bekerja.") if on else
                           self.tr("Masuk dengan kata sandi belum aktif: siapa pun yang membuka Lumbung bisa "
                                   "melakukan semuanya, dan entri ditandai dengan Nama petugas."))
        self.turn_on_button.setVisible(not on)
        self.turn_off_button.setVisible(on)
        chosen = self._chosen()
        self._users = users.list_users()
        self.table.setRowCount(len(self._users))
        now = clock.now()
        for row, user in enumerate(self._users):
            if not user.active:
                state = self.tr("Nonaktif")
            elif user.locked_until is not None and user.locked_until > now:
                state = self.tr("Terkunci sampai {time}").format(time=user.locked_until.strftime("%H.%M"))
            else:
                state = self.tr("Aktif")
            for column, text in enumerate((user.name, roles_text(user.roles), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen is not None and user.id == chosen.id:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self.idle.setValue(users.idle_minutes())
        self.single.setChecked(access.single_officer())
        self.single.setVisible(on)  # without sign-in no one is asked who approves
        self._update_buttons()

    def _chosen(self) -> users.User | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._users[rows[0].row()] if rows and rows[0].row() < len(self._users) else None

    def _update_buttons(self) -> None:
        user = self._chosen()
        for button in (self.roles_button, self.reset_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(self.tr("Aktifkan lagi") if user is not None and not user.active
                                   else self.tr("Nonaktifkan"))
        self.own_button.setVisible(session.current() is not None)

    def _run(self, dialog: QDialog) -> bool:
        try:
            done = bool(dialog.exec())
        finally:
            dialog.deleteLater()
        if done:
            self.error.show_text("")
            self.refresh()
            self.changed.emit()
        return done

    def add_user(self) -> None:
        self._run(UserDialog(self))

    def change_roles(self) -> None:
        if (user := self._chosen()) is not None:
            self._run(UserRolesDialog(user, self))

    def reset_password(self) -> None:
        if (user := self._chosen()) is not None:
            self._run(ResetPasswordDialog(user, self))

    def own_password(self) -> None:
        self._run(OwnPasswordDialog(self))

    def toggle_active(self) -> None:
        user = self._chosen()
        if user is None:
            return
        try:
            if user.active:
                answer = QMessageBox.question(self, self.tr("Nonaktifkan pengguna"), self.tr(
                    "{name} tidak bisa masuk lagi. Namanya tetap tercatat pada semua yang pernah ia kerjakan. "
                    "Lanjutkan?").format(name=user.name))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                users.deactivate_user(user.id)
            else:
                users.reactivate_user(user.id)
        except Rejected as rejected:
            self.error.show_text("\n".join(issue_text(i) for i in rejected.issues))
            return
        self.error.show_text("")
        self.refresh()
        self.changed.emit()

    def save_idle(self) -> None:
        try:
            users.set_idle_minutes(self.idle.value())
        except Rejected as rejected:
            self.idle.setValue(users.idle_minutes())  # what is kept, not what was refused
            self.error.show_text("\n".join(issue_text(i) for i in rejected.issues))
            return
        self.error.show_text("")
        self.changed.emit()

    def save_single(self, on: bool) -> None:
        try:
            users.set_single_officer(on)
        except Rejected as rejected:
            self.single.setChecked(access.single_officer())
            self.error.show_text("\n".join(issue_text(i) for i in rejected.issues))
            return
        self.error.show_text("")

    def turn_on(self) -> None:
        from app import settings

        dialog = TurnOnSignInDialog(self)
        try:
            if not dialog.exec():
                return
            code = dialog.saved
        finally:
            dialog.deleteLater()
        self.refresh()
        self.changed.emit()
        shown = RecoveryCodeDialog(code, settings.get("group_name"), self)
        del code
        try:
            shown.exec()
        finally:
            shown.deleteLater()

    def turn_off(self) -> None:
        answer = QMessageBox.question(self, self.tr("Matikan masuk dengan kata sandi"), self.tr(
            "Setelah ini siapa pun yang membuka Lumbung bisa melakukan semuanya tanpa kata sandi. Akun pengguna "
            "tetap disimpan. Lanjutkan?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            users.turn_off_sign_in()
        except Rejected as rejected:
            self.error.show_text("\n".join(issue_text(i) for i in rejected.issues))
            return
        self.refresh()
        self.changed.emit()
