"""A strip above every page while the book fails its check (app.db.check_book): the warning at
start is one box she closes, the banner stays until a restore or a storno puts the book right.
Posting goes on meanwhile; the banner only keeps the problem in sight."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.messages import book_problem_lines
from ui.retranslating import Retranslating


class BookBanner(Retranslating, QFrame):
    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookBanner")
        self.setStyleSheet("QFrame#bookBanner { background: #fdecea; border: 1px solid #b00020; }"
                           " QFrame#bookBanner QLabel { color: #7a0016; }")
        self.problems: list[str] = []
        self.text = QLabel()
        self.text.setObjectName("bookBannerText")
        self.text.setWordWrap(True)
        self.to_backup = QPushButton()
        self.to_backup.clicked.connect(self.backup_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.to_backup)
        self.retranslate()
        self.hide()

    def show_problems(self, problems: list[str]) -> None:
        """Show what the check found; nothing found hides the banner."""
        self.problems = list(problems)
        self.retranslate()
        self.setVisible(bool(self.problems))

    def retranslate(self) -> None:
        self.text.setText(self.tr("Buku ini bermasalah: {found} Pulihkan cadangan yang baik, atau batalkan (storno) "
                                  "transaksi yang salah.").format(found=" ".join(book_problem_lines(self.problems))))
        self.to_backup.setText(self.tr("Buka Cadangan Data"))
