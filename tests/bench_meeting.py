"""A meeting by keyboard on the demo village: 40 members through the Setoran dialog (Ctrl+T),
typed as a treasurer types — member number, Enter, amount, Enter — with early instalments,
sukarela extras (Tab to the tick, Space), one wrong amount corrected by storno
(app.reversals.reverse) and typed again, and every receipt printed (Ctrl+P; the PDF is written
on the receipt paper as the preview would get it). Prints the keystrokes per member and the
app's time per member (the time the dialog takes to handle her keys, from the first key to the
saved entry; the PDF apart).

Not part of the test run (pytest collects only test_*.py). From the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench_meeting.py

Targets: <= 10 keystrokes per member for an exact payment, <= 50 ms app time per member.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import clock, collection, members, receipts, reversals, settings  # noqa: E402
from app.db import close_book, db, open_book  # noqa: E402
from app.documents.receipt import write_receipt  # noqa: E402
from app.members import MemberInput  # noqa: E402

MEMBERS = 40
KEYSTROKES_TARGET = 10
APP_MS_TARGET = 50.0


class Keyboard:
    """QTest keys that count themselves and the time the app spends on them."""

    def __init__(self) -> None:
        self.keys = 0
        self.seconds = 0.0

    def type(self, widget, text: str) -> None:
        started = time.perf_counter()
        QTest.keyClicks(widget, text)
        self.seconds += time.perf_counter() - started
        self.keys += len(text)

    def press(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        started = time.perf_counter()
        QTest.keyClick(widget, key, modifier)
        self.seconds += time.perf_counter() - started
        self.keys += 1


def pay(dialog, keyboard: Keyboard, number: int, amount: int, sukarela: bool = False) -> None:
    """Member number, Enter, amount (digits, no dots), [Tab Space to tick sukarela], Enter."""
    keyboard.type(dialog.member.lineEdit(), str(number))
    keyboard.press(dialog.member.lineEdit(), Qt.Key.Key_Return)
    assert dialog.amount.hasFocus() or dialog.focusWidget() is dialog.amount, "member not chosen"
    keyboard.type(dialog.amount, str(amount))
    if sukarela:
        keyboard.press(dialog.amount, Qt.Key.Key_Tab)
        keyboard.press(dialog.to_sukarela, Qt.Key.Key_Space)
        dialog.amount.setFocus()  # back with Shift+Tab
        keyboard.keys += 1
    keyboard.press(dialog.amount, Qt.Key.Key_Return)
    assert dialog.member.currentText() == "" and "Tersimpan" in dialog.result.text(), dialog.error.text()


def meeting(book: Path) -> None:
    from ui.setoran_page import SetoranDialog

    open_book(book)
    today = clock.today()
    active = [m for m in members.list_members() if m.active]
    for i in range(MEMBERS - len(active)):  # the demo has 37: three who joined last month
        members.add_member(MemberInput(name=f"Anggota Baru {i + 1}", joined_on=today - timedelta(days=30)))
    people = [m for m in members.list_members() if m.active][:MEMBERS]

    printed: list[tuple[str, float]] = []
    folder = Path(tempfile.mkdtemp(prefix="lumbung-kuitansi-"))

    def print_receipt(parent, number):  # what Ctrl+P asks for, written at once instead of in the background
        keyboard = meeting.keyboard
        started = time.perf_counter()
        write_receipt(number, folder / f"{number.replace('/', '-')}.pdf", paper=settings.receipt_paper())
        printed.append((number, time.perf_counter() - started))
        keyboard.seconds -= printed[-1][1]  # the PDF is counted apart

    import ui.setoran_page

    ui.setoran_page.documents_ui.print_receipt = print_receipt
    dialog = SetoranDialog()
    dialog.show()
    QApplication.processEvents()

    kinds: dict[str, list[tuple[int, float]]] = {}
    mistake_done = False
    for i, member in enumerate(people):
        due = collection.dues(member.id, today)  # what the paper sheet says (not the app's time)
        keyboard = Keyboard()
        meeting.keyboard = keyboard
        kind = "exact"
        amount = due.total_rp
        if i % 8 == 3 and due.loans and due.loans[0].payoff_rp > due.loans[0].total_rp:
            kind = "early instalment"
            amount = due.total_rp + min(due.loans[0].payoff_rp - due.loans[0].total_rp, 100_000)
        elif (i % 8 == 6 and not due.loans) or amount == 0:
            kind = "sukarela extra"
            amount = due.wajib_owed_rp + 25_000
        if kind == "exact" and not mistake_done and i >= 20:
            kind = "mistake + storno"
            mistake_done = True
            pay(dialog, keyboard, member.number, amount + 1_000 if due.loans else max(amount // 10, 1_000))  # a typo
            (entry_id,) = db.execute_sql("SELECT max(id) FROM journal_entries").fetchone()
            started = time.perf_counter()
            reversals.reverse(entry_id, "salah ketik jumlah", today)
            keyboard.seconds += time.perf_counter() - started
        pay(dialog, keyboard, member.number, amount, sukarela=kind == "sukarela extra")
        keyboard.press(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        kinds.setdefault(kind, []).append((keyboard.keys, keyboard.seconds * 1000))
    dialog.amount.clear()
    dialog.close()

    assert len(printed) == MEMBERS, f"{len(printed)} receipts printed"
    assert all(receipts.get(number).print_count == 1 for number, _ in printed)
    everyone = [entry for rows in kinds.values() for entry in rows]
    print(f"Meeting by keyboard: {MEMBERS} members through Setoran on the demo village, {today:%d/%m/%Y}")
    print(f"  {'kind':<18}{'members':>8}{'keys/member':>13}{'app ms/member (median, max)':>30}")
    for kind, rows in kinds.items():
        keys = [k for k, _ in rows]
        ms = [t for _, t in rows]
        print(f"  {kind:<18}{len(rows):>8}{statistics.mean(keys):>13.1f}"
              f"{statistics.median(ms):>18.1f} ms{max(ms):>8.1f} ms")
    exact = [k - 1 for k, _ in kinds["exact"]]  # without Ctrl+P
    ms_all = [t for _, t in everyone]
    print(f"  exact payment (number, Enter, amount, Enter): {statistics.mean(exact):.1f} keys on average, "
          f"at most {max(exact)} (target <= {KEYSTROKES_TARGET}): {'ok' if max(exact) <= KEYSTROKES_TARGET else 'OVER'}")
    print(f"  app time per member: median {statistics.median(ms_all):.1f} ms, max {max(ms_all):.1f} ms "
          f"(target <= {APP_MS_TARGET:.0f} ms): {'ok' if statistics.median(ms_all) <= APP_MS_TARGET else 'SLOW'}")
    print(f"  receipt PDF (Ctrl+P, apart from the above): median "
          f"{statistics.median(t for _, t in printed) * 1000:.1f} ms, {len(printed)} printed")
    close_book()


def main() -> None:
    from app import demo

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="lumbung-demo-") as folder:
        book = Path(folder) / "desa.sqlite"
        open_book(book, create=True)
        try:
            demo.populate()
        finally:
            close_book()
        meeting(book)
    del app


if __name__ == "__main__":
    main()
