"""Signing in (issue 15): the Masuk dialog, the Ketua's way back with the recovery code, and the
lock that covers the window at start and after a set time without input.

While locked, the main window is covered (nothing of the book shows) and the Masuk dialog is
application-modal: a dialog left open stays where it was but takes no input until someone signs
in (the same officer or another). The idle time is Pengaturan's (app.access.users.idle_minutes);
any key, click or wheel anywhere in Lumbung starts it again (an application event filter).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app import settings
from app.access import users
from app.errors import Issue, Rejected
from ui.form_dialog import FormDialog
from ui.recovery_code import RecoveryCodeDialog

PASSWORD_LIMIT = users.MAX_PASSWORD
ROLE_WORDS = {  # the roles as she says them (ui/users_panel.py shows the matrix)
    "ketua": "Ketua", "sekretaris": "Sekretaris", "bendahara": "Bendahara", "pemeriksa": "Pemeriksa"}


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PASSWORD_LIMIT)
    edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 28)
    return edit


def roles_text(roles) -> str:
    return ", ".join(ROLE_WORDS[r] for r in users.access.ROLES if r in roles)


class SignInDialog(FormDialog):
    """Nama and Kata sandi; Enter signs in. A wrong password is said under its field, a lockout
    with the minutes left. `locked`: the window behind is locked, so Esc does not close this (she
    signs in, or closes Lumbung with "Tutup Lumbung")."""

    signed_in = Signal(object)  # the session.Who
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None, locked: bool = False, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.locked = locked
        self.name = self.add_field("name", QLineEdit())
        self.name.setMaxLength(users.NAME_LIMIT)
        self.password = self.add_field("password", password_edit())
        self.forgot_button = QPushButton(objectName="forgotPassword")
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot)
        self.quit_button = QPushButton(objectName="quitLumbung")
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.quit_requested)
        self.quit_button.setVisible(locked)
        self.grid.addWidget(self.forgot_button, self._rows, 1, Qt.AlignmentFlag.AlignLeft)
        self._rows += 1
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setVisible(not locked)
        if name:  # the lock after idle: she most likely goes on herself
            self.name.setText(name)
            self.opening_field = self.password
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Masuk ke Lumbung"))
        self.intro.setText(self.tr("Lumbung terkunci. Tulis nama dan kata sandi Anda untuk melanjutkan.")
                           if self.locked else self.tr("Tulis nama dan kata sandi Anda."))
        self.captions["name"].setText(self.tr("Nama"))
        self.captions["password"].setText(self.tr("Kata sandi"))
        self.save_button.setText(self.tr("Masuk"))
        self.forgot_button.setText(self.tr("Lupa kata sandi Ketua?"))
        self.quit_button.setText(self.tr("Tutup Lumbung"))

    def save(self):
        try:
            return users.sign_in(self.name.text(), self.password.text())
        except Rejected as rejected:
            field = rejected.issues[0].field if rejected.issues else ""
            target = self.name if field == "name" else self.password
            if target is self.password:
                self.password.clear()
            target.setFocus()
            target.selectAll()
            raise

    def accept(self) -> None:
        super().accept()
        if self.saved is not None:
            self.signed_in.emit(self.saved)

    def reject(self) -> None:
        if self.locked:  # nothing behind the lock until someone signs in
            self.password.clear()
            self.password.setFocus()
            return
        super().reject()

    def forgot(self) -> None:
        dialog = ForgotPasswordDialog(self)
        try:
            if not dialog.exec():
                return
            recovered = dialog.saved
        finally:
            dialog.deleteLater()
        shown = RecoveryCodeDialog(recovered.code, settings.get("group_name"), self, renewed=True)
        try:
            shown.exec()  # the used code is spent: the new one is printed before she goes on
        finally:
            shown.deleteLater()
        self.saved = recovered.who
        QDialog.accept(self)
        self.signed_in.emit(self.saved)

    def done(self, result: int) -> None:
        self.password.clear()  # nothing typed stays behind in a widget
        super().done(result)


class ForgotPasswordDialog(FormDialog):
    """The Ketua forgot her password: the recovery code printed when sign-in was turned on, and a
    new password (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forgotPasswordDialog")
        self.code = self.add_field("code", QLineEdit())
        self.code.setMaxLength(40)
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("MMMMM-MMMMM-MMMMM-MMMMM") + 24)
        self.new_password = self.add_field("new_password", password_edit())
        self.again = self.add_field("again", password_edit())
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Lupa kata sandi Ketua"))
        self.intro.setText(self.tr(
            "Tulis kode pemulihan yang dicetak waktu masuk dengan kata sandi diaktifkan, lalu kata sandi "
            "baru untuk Ketua."))
        self.captions["code"].setText(self.tr("Kode pemulihan"))
        self.captions["new_password"].setText(self.tr("Kata sandi baru Ketua"))
        self.captions["again"].setText(self.tr("Ulangi kata sandi baru"))
        self.save_button.setText(self.tr("Ganti kata sandi dan masuk"))

    def save(self):
        if self.again.text() != self.new_password.text():
            self.again.clear()
            raise Rejected([Issue("again", "users.passwords_differ")])
        return users.unlock_with_recovery_code(self.code.text(), self.new_password.text())

    def done(self, result: int) -> None:
        for edit in (self.code, self.new_password, self.again):
            edit.clear()
        super().done(result)


class LockCover(QWidget):
    """Laid over the whole main window while no one is signed in: nothing of the book shows."""

    sign_in_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        # opaque: a plain QWidget paints no style-sheet background unless asked, and the balances
        # of the page behind must not show through while no one is signed in
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: palette(window); }")
        self.label = QLabel()
        self.label.setObjectName("lockText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.button = QPushButton(objectName="lockSignIn")
        self.button.clicked.connect(self.sign_in_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Lumbung terkunci. Masuk untuk melanjutkan."))
        self.button.setText(self.tr("Masuk…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()


class IdleWatch(QObject):
    """Times the minutes without input: every key, click or wheel in Lumbung starts them again;
    `idle` is emitted when they run out."""

    idle = Signal()
    INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                       QEvent.Type.MouseMove, QEvent.Type.TouchBegin})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.interval_ms: int | None = None  # a test's short time; else Pengaturan's minutes
        QApplication.instance().installEventFilter(self)

    def start(self) -> None:
        ms = self.interval_ms if self.interval_ms is not None else users.idle_minutes() * 60_000
        if ms > 0:
            self.timer.start(ms)
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.timer.isActive() and event.type() in self.INPUT:
            self.timer.start()  # the same interval, from now
        return False

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
