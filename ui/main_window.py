"""The main window: navigation on the left, one page per area, the Berkas and Bantuan menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import members, settings
from app.opening import store as opening_store
from app.audit import log as audit_log
from app.audit.verify import check as audit_findings
from app.db import BookInfo, check_book, documents_root, open_book
from app.engine import is_url
from app.errors import BookError, Rejected
from ui.about import AboutDialog
from ui.areas import AREAS
from ui.collection_page import CollectionDialog
from ui.background import read_in_background
from ui.book_banner import BookBanner
from ui.opening.wizard import OpeningWizard
from ui.messages import book_error_text, book_problems_text, issue_text
from ui.open_book_dialog import OpenBookDialog
from ui.pages.audit import AuditPage
from ui.pages.backup import BackupPage, reminder_text
from ui.pages.businesses import BusinessesPage
from ui.pages.cashbook import CashBookPage
from ui.pages.funds import FundsPage
from ui.pages.home import HomePage
from ui.pages.loans import LoansPage
from ui.pages.members import MembersPage
from ui.pages.not_built import NotBuiltPage
from ui.pages.page import Page
from ui.pages.reports import ReportsPage
from ui.pages.savings import SavingsPage
from ui.pages.settings import SettingsPage
from ui.pages.yearend import YearEndPage
from ui import roles_ui
from ui.preferences import Preferences
from ui.retranslating import Retranslating
from ui.reprint_dialog import ReprintDialog
from ui.setoran_page import SetoranDialog
from ui.sign_in import IdleWatch, LockCover, SignInDialog, roles_text
from app.access import session, users

SMALL_SCREEN_WIDTH = 1366
WATCH_MS = 3000  # how often a shared (PostgreSQL) book is asked whether another desktop changed it

BUILT_PAGES = {"home": HomePage, "members": MembersPage, "savings": SavingsPage, "loans": LoansPage, "businesses": BusinessesPage, "backup": BackupPage,
               "reports": ReportsPage,
               "cashbook": CashBookPage, "settings": SettingsPage, "funds": FundsPage,
               "yearend": YearEndPage, "audit": AuditPage}


# What each page's buttons do, by the roles' actions (app.access.roles.ACTIONS): with sign-in on,
# those the one signed in may not do are disabled with the reason (ui.roles_ui). A path goes
# through attributes and dicts ("detail.sell_button", "buttons.close_year"); printing, reports
# and backups stay open to every role (the Pemeriksa reads and prints everything).
ROLE_GUARDS = {
    "home": {"setoran_button": "money", "collection_button": "money", "start_opening": "close",
             "fill_demo": "close"},
    "members": {"add_button": "records", "edit_button": "records", "leave_button": "records"},
    "savings": {"deposit_button": "money", "withdraw_button": "money", "reverse_button": "storno",
                "settle_button": "money", "amounts_button": "close"},
    "loans": {"apply_button": "records", "approve_button": "approve", "reject_button": "approve",
              "disburse_button": "money", "pay_button": "money", "write_off_button": "close",
              "recover_button": "money", "products_button": "records", "allowance_button": "close"},
    "businesses": {"add_button": "records", "detail.add_product_button": "records",
                   "detail.add_material_button": "records", "detail.price_button": "records",
                   "detail.cost_button": "records", "detail.active_button": "records",
                   "detail.unit_button": "records", "detail.buy_button": "money", "detail.pay_button": "money",
                   "detail.produce_button": "records", "detail.sell_button": "money",
                   "detail.collect_button": "money", "detail.count_button": "records",
                   "detail.expense_button": "money", "detail.rule_button": "records",
                   "detail.work_button": "records", "detail.share_button": "money"},
    "cashbook": {"receive_button": "money", "pay_button": "money", "transfer_button": "money",
                 "storno_button": "storno", "inventory.add_button": ("records", "money"),
                 "inventory.edit_button": "records", "inventory.dispose_button": "money",
                 "inventory.grant_button": "records", "inventory.depreciation_button": "close",
                 "inventory.policy_button": "close"},
    "funds": {"add_funder_button": "records", "edit_funder_button": "records", "remove_funder_button": "records",
              "active_button": "records", "grant_button": "money", "loan_button": "money",
              "pay_bank_button": "money", "add_teacher_button": "records", "edit_teacher_button": "records",
              "pay_teacher_button": "money", "paud_in_button": "money", "help_button": "money",
              "social_in_button": "money"},
    "yearend": {"buttons.close_month": "close", "buttons.close_year": "close", "buttons.reopen": "close",
                "buttons.shu": "close", "buttons.cancel_shu": "close"},
    "settings": {"save_button": "close", "logo_button": "records", "logo_remove": "records", "ppap_button": "close",
                 "pos_panel.add_button": "money", "users_panel.add_button": "users",
                 "users_panel.roles_button": "users", "users_panel.reset_button": "users",
                 "users_panel.active_button": "users", "users_panel.turn_off_button": "users",
                 "users_panel.idle_save": "users", "users_panel.single": "users"},
    "backup": {"restore_button": "close", "restore_file_button": "close"},
    "reports": {"note_texts_button": "records"},
}


def _found(owner, path: str):
    for name in path.split("."):
        owner = owner.get(name) if isinstance(owner, dict) else getattr(owner, name, None)
        if owner is None:
            return None
    return owner


class MainWindow(Retranslating, QMainWindow):
    who_changed = Signal()  # someone signed in or out (issue 15): what the screens allow may change

    def __init__(self, book: BookInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for number, area in enumerate(AREAS, start=1):
            page = BUILT_PAGES.get(area.key, NotBuiltPage)(area)
            page.changed.connect(self._data_changed)
            self.pages[area.key] = page
            self.stack.addWidget(page)
            self.nav.addItem("")
            if number <= 10:  # Ctrl+1 … Ctrl+9, Ctrl+0
                QShortcut(QKeySequence(f"Ctrl+{number % 10}"), self, lambda row=number - 1: self.go_to(row))
        self.pages["home"].fill_demo_requested.connect(self.fill_demo)
        self.pages["home"].opening_requested.connect(self.open_opening)
        self.pages["home"].setoran_requested.connect(self.open_setoran)
        self.pages["home"].collection_requested.connect(self.open_collection)
        self.pages["home"].backup_requested.connect(self.go_to_backup)
        self.pages["backup"].book_restored.connect(self._book_restored)
        self.pages["settings"].open_book_requested.connect(self.switch_book)
        self.nav.currentRowChanged.connect(self._row_chosen)
        self.nav.setCurrentRow(0)
        self.banner = BookBanner()
        self.banner.backup_requested.connect(self.go_to_backup)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        shown = QVBoxLayout()
        shown.addWidget(self.banner)
        shown.addWidget(self.stack, 1)
        layout.addLayout(shown, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_sign_in()
        self._build_watch()
        self._guard_roles()
        self.retranslate()
        self._fit_navigation()
        self._restore_geometry()
        self._maximise_on_small_screens()

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.choose_book)
        self.demo_action = QAction(self, triggered=self.fill_demo)
        self.quit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"), triggered=self.close)
        self.new_action = QAction(self, triggered=self.choose_new_book)
        self.opening_action = QAction(self, triggered=self.open_opening)
        self.recap_action = QAction(self, triggered=self.open_recap)
        for action in (self.open_action, self.new_action, self.opening_action, self.demo_action, self.recap_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.sign_out_action = QAction(self, shortcut=QKeySequence("Ctrl+L"), triggered=self.switch_user)
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addAction(self.quit_action)
        self.file_menu.aboutToShow.connect(self._update_demo_action)
        self.transactions_menu = self.menuBar().addMenu("")
        self.setoran_action = QAction(self, shortcut=QKeySequence("Ctrl+T"), triggered=self.open_setoran)
        self.collection_action = QAction(self, shortcut=QKeySequence("Ctrl+D"), triggered=self.open_collection)
        self.reprint_action = QAction(self, shortcut=QKeySequence("Ctrl+R"), triggered=self.open_reprint)
        self.transactions_menu.addAction(self.setoran_action)
        self.transactions_menu.addAction(self.collection_action)
        self.transactions_menu.addAction(self.reprint_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self, triggered=self.about)
        self.help_menu.addAction(self.about_action)
        self._update_demo_action()

    def retranslate(self) -> None:
        for row, area in enumerate(AREAS):
            self.nav.item(row).setText(area.title_text())
            self.nav.item(row).setToolTip(f"Ctrl+{(row + 1) % 10}" if row < 10 else "")
        self.file_menu.setTitle(self.tr("&Berkas"))
        self.open_action.setText(self.tr("&Buka buku lain…"))
        self.new_action.setText(self.tr("Buat buku ba&ru…"))
        self.demo_action.setText(self.tr("&Isi data contoh"))
        self.opening_action.setText(self.tr("&Mulai buku (saldo awal)…"))
        self.recap_action.setText(self.tr("Rekap &kecamatan…"))
        self.quit_action.setText(self.tr("&Keluar"))
        self.sign_out_action.setText(self.tr("&Ganti pengguna / Keluar…"))
        self._show_who()
        self.transactions_menu.setTitle(self.tr("&Transaksi"))
        self.setoran_action.setText(self.tr("&Setoran anggota…"))
        self.collection_action.setText(self.tr("&Daftar Tagihan…"))
        self.reprint_action.setText(self.tr("Cetak &ulang kuitansi…"))
        self.help_menu.setTitle(self.tr("B&antuan"))
        self.about_action.setText(self.tr("&Tentang Lumbung"))
        self._update_title()
        self._fit_navigation()
        roles_ui.refresh()  # the reasons in the language shown

    def _guard_roles(self) -> None:
        """The buttons and menu actions follow the role of the one signed in (ui.roles_ui)."""
        for key, guards in ROLE_GUARDS.items():
            page = self.pages.get(key)
            for path, action in guards.items():
                target = _found(page, path) if page is not None else None
                if target is not None:
                    roles_ui.guard(target, action)
        for target, action in ((self.setoran_action, "money"), (self.collection_action, "money"),
                               (self.opening_action, "close"), (self.demo_action, "close")):
            roles_ui.guard(target, action)
        self.who_changed.connect(self.apply_roles)

    def apply_roles(self) -> None:
        """After a sign-in, a sign-out or the idle lock: every guarded button and action again."""
        roles_ui.refresh()

    def _fit_navigation(self) -> None:
        width = max(self.nav.sizeHintForColumn(0), 120)
        self.nav.setFixedWidth(width + 2 * self.nav.frameWidth() + 24)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{group} – {path} – Lumbung").format(
            group=settings.get("group_name"), path=self.book.path))

    def _update_demo_action(self) -> None:
        """The demo and the opening are for a new book only."""
        self.demo_action.setEnabled(members.count_members(active_only=False) == 0)
        self.opening_action.setEnabled(opening_store.can_open())

    def _restore_geometry(self) -> None:
        saved = Preferences().window_geometry
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1280, screen.width()), min(720, screen.height()))
        self.move(screen.center() - self.rect().center())

    def _maximise_on_small_screens(self) -> None:
        """A laptop screen (up to 1366 pixels wide) has no room to spare: start maximised."""
        screen = QGuiApplication.primaryScreen()
        if screen is not None and screen.geometry().width() <= SMALL_SCREEN_WIDTH:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _row_chosen(self, row: int) -> None:
        """Go to the page chosen, unless the page shown holds unsaved input she keeps."""
        current = self.stack.currentWidget()
        if current is not None and self.stack.currentIndex() != row and not current.may_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)
        roles_ui.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:  # no one signed in: nothing of hers to save or back up from here
            self.idle_watch.remove()
            if self.sign_in_dialog is not None:
                self.sign_in_dialog.done(0)
            super().closeEvent(event)
            return
        current = self.stack.currentWidget()
        if current is not None and not current.may_leave():
            event.ignore()
            return
        if not self._may_close():
            event.ignore()
            return
        Preferences().window_geometry = self.saveGeometry()
        super().closeEvent(event)

    def _may_close(self) -> bool:
        """When a backup is due, ask first: Cadangkan / Keluar tanpa mencadangkan / Batal."""
        reminder = reminder_text()
        if reminder is None:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cadangan data"),
                          self.tr("{reminder} Cadangkan sekarang?").format(reminder=reminder), parent=self)
        box.setObjectName("exitReminder")
        back_up = box.addButton(self.tr("Cadangkan"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Keluar tanpa mencadangkan"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back_up)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is leave:
            return True
        if box.clickedButton() is back_up:
            self.go_to_backup()
        return False

    def go_to_backup(self) -> None:
        self.go_to([area.key for area in AREAS].index("backup"))
        self.pages["backup"].backup_button.setFocus()

    def open_setoran(self) -> None:
        self._open_dialog(SetoranDialog(self))

    def open_collection(self) -> None:
        self._open_dialog(CollectionDialog(self))

    def open_opening(self) -> None:
        """Mulai buku: the wizard, resuming its draft; refused once the book has begun."""
        if not opening_store.can_open():
            self._update_demo_action()
            return
        self._open_dialog(OpeningWizard(self))

    def open_reprint(self) -> None:
        self._open_dialog(ReprintDialog(self))

    def _open_dialog(self, dialog) -> None:
        """A large window-modal dialog; what it posts makes the pages reload."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if hasattr(dialog, "changed"):
            dialog.changed.connect(self._data_changed)
        self.dialog = dialog
        dialog.open()

    def go_to(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    def page(self, key: str) -> Page:
        return self.pages[key]

    def _data_changed(self) -> None:
        """Something was written: pages reload when next shown; title and menu follow."""
        source = self.sender()
        self._caught_up()
        for page in self.pages.values():
            if page is not source:
                page.mark_stale()
        self._update_title()
        self._update_demo_action()
        self._sign_in_changed()
        if self.banner.isVisible():  # a storno may have put the book right: check again, quietly
            self.check_book_in_background(announce=False)

    def open_recap(self) -> None:
        """Many villages' books read into one recap (issue 16); this book stays open."""
        from ui.recap_window import RecapWindow

        RecapWindow(self).exec()

    def choose_book(self) -> None:
        """Another book: a file, or a shared book on the office's PostgreSQL server."""
        self._open_dialog(OpenBookDialog(self._file_folder(), self._open_other, self))

    def _file_folder(self) -> Path:
        """Where the file pickers start: the open book's folder, or home for a server's book."""
        return self.book.path.parent if isinstance(self.book.path, Path) else Path.home()

    def choose_new_book(self) -> None:
        """The one place in the window a new, empty book is made: where she names it."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Buat buku baru"), str(self._file_folder() / "buku-baru.sqlite"),
            self.tr("Buku Lumbung (*.sqlite)"),
        )
        if path:
            self.switch_book(Path(path), create=True)

    def switch_book(self, path: Path | str, create: bool = False) -> bool:
        """Open another book (with `create`, a new one where no file is) in this window; on
        refusal keep the current one and say why."""
        refused = self._open_other(path, create)
        if refused is not None:
            QMessageBox.critical(self, self.tr("Buku tidak bisa dibuka"), refused)
        return refused is None

    def _open_other(self, path: Path | str, create: bool = False) -> str | None:
        """Open another book here; why not, in her words, when it is refused (this one stays)."""
        try:
            self.book = open_book(path, create=create)
        except BookError as error:
            return book_error_text(error)
        self._watch_book()
        for page in self.pages.values():
            page.mark_stale()
        self.banner.show_problems([])  # the other book's problems are not this one's
        self._update_title()
        self._update_demo_action()
        self._sign_in_changed()
        self.require_sign_in()  # opening a book signed out (app.db.open_book): asked again
        self.check_book_in_background()
        return None

    def check_book_in_background(self, announce: bool = True) -> None:
        """The whole book is checked (about a second on a district's) after the window is up;
        a damaged or unbalanced book is said at once (`announce`), with the way to a good
        backup, and stays in the banner until a check finds it right."""
        path = self.book.path
        read_in_background(lambda: check_book(path) + audit_findings(path),
                           lambda problems, error: self._book_checked(path, problems, error, announce), self)

    def _book_checked(self, path: Path, problems: list[str] | None, error: Exception | None,
                      announce: bool = True) -> None:
        if error is not None or path != self.book.path:
            return  # an error here means the file went away (another book, a test's folder)
        self.banner.show_problems(problems)
        if not problems or not announce:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Buku perlu diperiksa"), book_problems_text(problems), parent=self)
        box.setObjectName("bookProblems")
        to_backup = box.addButton(self.tr("Buka Cadangan Data"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
        to_backup.clicked.connect(self.go_to_backup)
        box.open()  # not modal: reading the book stays possible

    def _book_restored(self, result) -> None:
        """The backup core put another book in place: open it here as "Buka buku lain" does."""
        self.switch_book(self.book.path)

    def fill_demo(self) -> None:
        from app import demo  # only needed on demand; keeps start-up light

        progress = QProgressDialog(self.tr("Mengisi data contoh…"), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Isi data contoh"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()

        try:
            demo.populate(report)
        except Rejected as rejected:
            QMessageBox.warning(self, self.tr("Isi data contoh"), "\n".join(issue_text(i) for i in rejected.issues))
        finally:
            progress.close()
        self._caught_up()
        for page in self.pages.values():
            page.mark_stale()
        self._update_title()
        self._update_demo_action()

    def about(self) -> None:
        self._open_dialog(AboutDialog(self.book.path, self, documents=documents_root()))

    # --- other desktops on a shared book (issue 16) ----------------------------------------

    # Polled, not PostgreSQL's LISTEN/NOTIFY: a listening connection dies with the network and
    # must be armed again, while a poll is one more statement, which reconnects by itself
    # (app.engine.postgres). The counter is the audit chain's head (app.audit.log.head): every
    # posting and every change of a member appends a record to it.
    def _build_watch(self) -> None:
        self.book_watch = QTimer(self, interval=WATCH_MS)
        self.book_watch.timeout.connect(self._look_for_changes)
        self._seen_head: int | None = None
        self._watch_book()

    def _watch_book(self) -> None:
        """A PostgreSQL book is shared and watched; a SQLite file is this desktop's alone."""
        if is_url(str(self.book.path)):
            self.book_watch.start()
            self._caught_up()
        else:
            self.book_watch.stop()
            self._seen_head = None

    def _book_head(self) -> int | None:
        try:
            return audit_log.head()
        except Rejected:  # the connection is lost: the next poll connects again
            return None

    def _caught_up(self) -> None:
        """The pages are about to show the book as it is now: a later poll that finds this head
        has nothing new. Read before they reload, so nothing written meanwhile is missed."""
        if self.book_watch.isActive():
            self._seen_head = self._book_head()

    def _look_for_changes(self) -> None:
        """Another desktop changed the book: the pages reload as after a save here (the one
        shown at once, unless it holds her unsaved input)."""
        if self.locked:
            return
        head = self._book_head()
        if head is None or head == self._seen_head:
            return
        self._seen_head = head
        for page in self.pages.values():
            page.mark_stale(keep_input=True)
        self._update_title()
        self._update_demo_action()
        self._sign_in_changed()  # sign-in turned on (or off) at another desktop holds here too
        self.require_sign_in()

    # --- signing in (issue 15) --------------------------------------------------------------

    def _build_sign_in(self) -> None:
        self.who_label = QLabel()
        self.who_label.setObjectName("signedIn")
        self.who_label.setContentsMargins(8, 0, 8, 0)
        # In the menu bar's corner, not a status bar: a status bar's line would take height the
        # pages need on a 768-pixel screen.
        self.menuBar().setCornerWidget(self.who_label, Qt.Corner.TopRightCorner)
        self.lock_cover = LockCover(self)
        self.lock_cover.sign_in_requested.connect(self._ask_sign_in)
        self.idle_watch = IdleWatch(self)
        self.idle_watch.idle.connect(self.lock)
        self.locked = False
        self.sign_in_dialog: SignInDialog | None = None

    def _show_who(self) -> None:
        who = session.current()
        if not users.sign_in_on():
            self.who_label.setText("")
        elif who is None:
            self.who_label.setText(self.tr("Belum ada yang masuk"))
        else:
            self.who_label.setText(self.tr("Masuk sebagai {name} ({roles})").format(
                name=who.name, roles=roles_text(who.roles)))
        # the menu bar keeps the corner's size from when it was set (empty): make room for her name
        self.who_label.setMinimumWidth(self.who_label.sizeHint().width())
        self.menuBar().adjustSize()
        self.sign_out_action.setEnabled(users.sign_in_on())

    def _sign_in_changed(self) -> None:
        """Sign-in turned on or off in Pengaturan (or another book): the idle time follows."""
        self._show_who()
        if users.sign_in_on() and session.current() is not None and not self.locked:
            self.idle_watch.start()
        elif not users.sign_in_on():
            self.idle_watch.stop()

    def require_sign_in(self) -> None:
        """At start and on a book just opened: when the book has sign-in on, lock until someone
        signs in."""
        if users.sign_in_on() and session.current() is None:
            self.lock()

    def switch_user(self) -> None:
        """Ganti pengguna / Keluar: she signs out, the window locks for the next one."""
        if users.sign_in_on():
            self.lock(keep_name=False)

    def lock(self, keep_name: bool = True) -> None:
        """Cover the window and ask who is working; an open dialog stays, but takes no input
        until someone signs in."""
        if not users.sign_in_on():
            return
        who = session.current()
        users.sign_out()
        self.idle_watch.stop()
        self.locked = True
        self.lock_cover.cover()
        self.menuBar().setEnabled(False)
        self._show_who()
        self.who_changed.emit()
        self._ask_sign_in(who.name if who is not None and keep_name else "")

    def _ask_sign_in(self, name: str = "") -> None:
        if self.sign_in_dialog is not None and self.sign_in_dialog.isVisible():
            self.sign_in_dialog.raise_()
            self.sign_in_dialog.activateWindow()
            return
        dialog = SignInDialog(self, locked=True, name=name or "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # over the dialogs left open too
        dialog.signed_in.connect(self._signed_in)
        dialog.quit_requested.connect(self.close)
        self.sign_in_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _signed_in(self, who) -> None:
        self.locked = False
        self.sign_in_dialog = None
        self.lock_cover.hide()
        self.menuBar().setEnabled(True)
        self._caught_up()
        for page in self.pages.values():
            page.mark_stale()
        self._show_who()
        self.idle_watch.start()
        self.who_changed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.lock_cover.isVisible():
            self.lock_cover.setGeometry(self.rect())
