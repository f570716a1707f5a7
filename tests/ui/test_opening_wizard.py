"""The Mulai buku wizard by keyboard on a new book: a member with a 15-digit NIK is refused in
the grid, fixed, the Neraca shown and the opening committed; Esc keeps the draft to resume."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app import ledger, members, settings
from app.opening import store
from app.opening.draft import OPENING_ACCOUNT
from app.reports import notes
from ui.opening.grid import BAD
from ui.opening.wizard import OpeningWizard

from opening_answers import answers  # noqa: F401 (fixture)

GOOD_NIK = "3171015708450001"  # a woman born 17/08/1945: the day + 40


def focused():
    return QApplication.focusWidget()


def enter(ctrl: bool = False) -> None:
    QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()


def type_cell(text: str) -> None:
    """Type a cell as she does: the cell's editor open, its text replaced, Enter to the next cell."""
    if not isinstance(focused(), QLineEdit):
        enter()
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), text)
    enter()


def open_wizard(qtbot) -> OpeningWizard:
    wizard = OpeningWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: wizard.first_field() is not None and wizard.first_field().hasFocus(), timeout=2000)
    return wizard


def go_on(qtbot, wizard, ctrl: bool = False) -> None:
    before = wizard.currentId()
    enter(ctrl)
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=2000)
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is wizard, timeout=2000)
    QApplication.processEvents()


def test_the_wizard_by_keyboard_with_a_bad_nik_fixed(book, qtbot, answers):
    wizard = open_wizard(qtbot)
    assert focused().objectName() == "group_name"
    QTest.keyClicks(focused(), "UP2K As Syifa")
    go_on(qtbot, wizard)
    assert focused() is wizard.date_page.on and wizard.date_page.on.text()  # the 1st of this month, ready
    go_on(qtbot, wizard)

    page = wizard.kind_pages["members"]
    assert focused() is page.grid.view
    for text in ("7", "Siti Aminah", GOOD_NIK[:15]):
        type_cell(text)
    QTest.keyClick(focused(), Qt.Key.Key_Escape)  # the next cell's editor closed untouched
    enter(ctrl=True)  # Lanjut: the grid is checked (off the GUI thread), she stays on the bad cell
    qtbot.waitUntil(page.grid.problems.isVisible, timeout=3000)
    assert wizard.currentPage() is page
    model, nik_column = page.grid.model, 2
    bad = model.index(0, nik_column)
    assert page.grid.view.currentIndex() == bad and focused() is page.grid.view
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) == BAD
    assert "16 angka" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    assert page.grid.problems.text().startswith("Baris 1, NIK: NIK harus 16 angka")
    assert page.grid.fine.text() == "0 dari 1 baris baik"

    type_cell(GOOD_NIK)  # Enter on the bad cell opens it; the fixed NIK replaces the old
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    go_on(qtbot, wizard, ctrl=True)
    assert wizard.currentPage() is wizard.kind_pages["savings"]
    assert store.load().members[0].nik == GOOD_NIK  # the page change saved the draft in the book

    for kind in ("savings", "loans"):
        go_on(qtbot, wizard, ctrl=True)  # nothing to bring in: skipped with no rows
    cash = wizard.kind_pages["cash"]
    assert wizard.currentPage() is cash
    QTest.keyClick(focused(), Qt.Key.Key_Right)
    type_cell("Rp1.250.000")
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    assert cash.grid.model.data(cash.grid.model.index(0, 0)) == "Kas"
    while wizard.currentPage() is not wizard.neraca_page:
        go_on(qtbot, wizard, ctrl=True)

    neraca = wizard.neraca_page
    assert neraca.difference.text() == "Rp1.250.000"  # cash and no claims: the difference, in bold
    assert neraca.difference.font().bold()
    assert "Kas dan Bank: aset Rp1.250.000" in neraca.sources.text()
    assert focused() is neraca.note
    enter()  # no explanation yet: she stays
    assert wizard.currentPage() is neraca and neraca.error.text() == "Wajib diisi."
    QTest.keyClicks(focused(), "Uang kas dari iuran lama")
    go_on(qtbot, wizard)

    assert wizard.currentPage() is wizard.done_page
    assert "(Anggota: 1 baris, Kas dan Bank: 1 baris)" in wizard.done_page.summary.text()
    enter()  # Catat
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=3000)
    # the book holds what she typed: her member number, the cash, the difference explained
    assert [(m.number, m.name, m.nik) for m in members.list_members()] == [(7, "Siti Aminah", GOOD_NIK)]
    assert settings.get("group_name") == "UP2K As Syifa"
    assert ledger.account_balance("1-101") == 1_250_000
    assert ledger.account_balance(OPENING_ACCOUNT) == -1_250_000  # credit: equity she explained
    assert settings.get(notes.OPENING_NOTE) == "Uang kas dari iuran lama"
    assert store.load() is None and not store.can_open()  # the draft went with the commit


def test_esc_keeps_the_draft_and_opening_again_resumes_it(book, qtbot, answers):
    wizard = open_wizard(qtbot)
    QTest.keyClicks(focused(), "PKK Melati")
    go_on(qtbot, wizard)
    go_on(qtbot, wizard)
    type_cell("12")
    type_cell("Wati")
    QTest.keyClick(focused(), Qt.Key.Key_Escape)  # the editor
    QTest.keyClick(focused(), Qt.Key.Key_Escape)  # the wizard: "Tutup? Draf disimpan ..." -> Tutup
    assert not wizard.isVisible()
    assert answers.asked == ["Tutup? Draf disimpan, bisa dilanjutkan nanti."]
    assert store.can_open() and members.count_members(active_only=False) == 0  # nothing posted

    again = open_wizard(qtbot)
    assert "Melanjutkan draf" in again.group_page.resumed.text()
    assert again.group_page.edits["group_name"].text() == "PKK Melati"
    grid = again.kind_pages["members"].grid.model
    assert [(m.number, m.name) for m in grid.lines] == [(12, "Wati")]
    QTest.keyClick(focused(), Qt.Key.Key_Escape)  # nothing changed since: closed at once, the draft as it was
    assert not again.isVisible() and len(answers.asked) == 1


def test_delete_removes_a_row_and_unreadable_text_stays_with_its_issue(book, qtbot, answers):
    wizard = open_wizard(qtbot)
    go_on(qtbot, wizard)
    go_on(qtbot, wizard)
    grid = wizard.kind_pages["members"].grid
    type_cell("tujuh")
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    first = grid.model.index(0, 0)
    assert grid.model.data(first) == "tujuh" and grid.model.lines[0].number is None
    assert grid.problems.text() == 'Baris 1, No. anggota: "tujuh" bukan angka.'
    QTest.keyClick(grid.view, Qt.Key.Key_Left)
    QTest.keyClick(grid.view, Qt.Key.Key_Delete)  # the row holds what she typed: asked first
    assert answers.asked == ["Hapus baris 1 beserta isinya?"]
    assert grid.model.lines == [] and not grid.problems.isVisible()


def test_loading_the_workbook_shows_its_problems_and_replaces_the_grids_when_she_agrees(book, qtbot, answers, monkeypatch):
    from datetime import date

    from app.opening import workbook
    from app.opening.draft import CashLine, MemberLine, Opening

    loaded = Opening(on=date(2026, 1, 1), members=[MemberLine(1, "Sri"), MemberLine(2, "Tini", "12")],
                     cash=[CashLine("1-102", 5_000_000)])
    read = workbook.ReadResult(loaded, (workbook.SheetIssue("Anggota", 3, "NIK", "nik.length", {"length": 2}),),
                               {"Anggota": 2, "Kas dan Bank": 1}, {"Anggota": 1, "Kas dan Bank": 1})
    monkeypatch.setattr("app.opening.workbook.read", lambda path, progress=None: read)
    monkeypatch.setattr("ui.opening.wizard.QFileDialog.getOpenFileName", lambda *args: ("/tmp/saldo.xlsx", ""))
    wizard = open_wizard(qtbot)
    go_on(qtbot, wizard)
    go_on(qtbot, wizard)
    type_cell("9")
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    page = wizard.kind_pages["members"]
    page.load_button.click()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=3000)
    assert answers.asked[0].startswith("Anggota: 1 dari 2 baris baik\nKas dan Bank: 1 dari 1 baris baik")
    assert "Anggota, baris 3, NIK: NIK harus 16 angka (tertulis 2)." in answers.asked[0]
    assert [m.name for m in page.grid.model.lines] == ["Sri", "Tini"]  # the typed row replaced, as she agreed
    assert page.grid.problems.text() == "Baris 2, NIK: NIK harus 16 angka (tertulis 2)."  # to fix in the grid
    cash = wizard.kind_pages["cash"].grid.model
    assert cash.data(cash.index(0, 0)) == "Bank" and cash.data(cash.index(0, 1)) == "5.000.000"
    assert wizard.date_page.on.text() == "01/01/2026" and store.load().members[1].nik == "12"


def test_the_template_is_written_with_the_draft_when_it_has_rows(book, qtbot, answers, monkeypatch):
    written = []
    monkeypatch.setattr("app.opening.workbook.write_template", lambda path, opening=None: written.append((path, opening)))
    monkeypatch.setattr("ui.opening.wizard.QFileDialog.getSaveFileName", lambda *args: ("/tmp/templat.xlsx", ""))
    wizard = open_wizard(qtbot)
    go_on(qtbot, wizard)
    go_on(qtbot, wizard)
    page = wizard.kind_pages["members"]
    page.template_button.click()
    type_cell("3")
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    page.template_button.click()
    assert written[0] == ("/tmp/templat.xlsx", None)  # nothing typed: the empty template
    assert [m.number for m in written[1][1].members] == [3]


def test_the_timer_saves_the_draft_and_a_refused_commit_says_where(book, qtbot, answers, monkeypatch):
    from app.errors import Issue, Rejected

    wizard = open_wizard(qtbot)
    wizard.timer.timeout.emit()
    assert store.load() is None  # nothing typed: no draft left in the book
    QTest.keyClicks(focused(), "PKK Mawar")
    wizard.timer.timeout.emit()  # every half minute, whatever page she is on
    assert store.load().group["group_name"] == "PKK Mawar"

    def refuse(opening, progress=None):
        raise Rejected([Issue("savings.1.member_number", "required")])

    monkeypatch.setattr("app.opening.commit.commit", refuse)
    while wizard.currentPage() is not wizard.done_page:
        go_on(qtbot, wizard, ctrl=True)
    assert wizard.neraca_page.sources.text() == "Seimbang: aset sama dengan kewajiban dan ekuitas."
    enter()  # Catat
    problems = wizard.done_page.problems
    qtbot.waitUntil(lambda: problems.text() != "", timeout=3000)
    assert problems.text() == "Belum bisa dicatat:\nSimpanan, baris 2, No. anggota: Wajib diisi."
    assert wizard.isVisible() and wizard.button(wizard.WizardButton.BackButton).isEnabled()


def test_a_real_sheet_with_a_bad_cell_loads_with_that_cell_to_fix_then_commits(book, qtbot, answers, monkeypatch, tmp_path):
    import openpyxl
    from opening_support import realistic_opening

    from app.loans import lifecycle
    from app.opening import workbook

    sheet = realistic_opening(seed=5, members=6, loans=3)
    path = tmp_path / "saldo awal.xlsx"
    workbook.write_template(path, sheet)
    spoiled = openpyxl.load_workbook(path)
    spoiled["Simpanan"]["B3"] = "sepuluh ribu"  # member 2's pokok, in words
    spoiled.save(path)
    monkeypatch.setattr("ui.opening.wizard.QFileDialog.getOpenFileName", lambda *args: (str(path), ""))
    wizard = open_wizard(qtbot)
    go_on(qtbot, wizard)
    go_on(qtbot, wizard)
    wizard.kind_pages["members"].load_button.click()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=5000)
    assert "Simpanan, baris 3, Simpanan pokok (Rp):" in answers.asked[0]
    members_view = wizard.kind_pages["members"].grid.view
    qtbot.waitUntil(lambda: focused() is members_view, timeout=3000)  # back in the grid she loaded from

    savings_page = wizard.kind_pages["savings"]
    grid = savings_page.grid.model
    cell = grid.index(1, 1)
    assert grid.data(cell) == "sepuluh ribu" and grid.data(cell, Qt.ItemDataRole.BackgroundRole) == BAD  # never 0
    go_on(qtbot, wizard, ctrl=True)  # the members are fine
    assert wizard.currentPage() is savings_page
    assert savings_page.grid.problems.text().startswith("Baris 2, Simpanan pokok: Jumlah tidak dikenali.")
    enter(ctrl=True)  # the savings are not fine: checked, she stays, on the cell in words
    qtbot.waitUntil(lambda: savings_page.grid.view.currentIndex() == cell, timeout=3000)
    assert wizard.currentPage() is savings_page
    type_cell("10.000")
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    while wizard.currentPage() is not wizard.done_page:
        go_on(qtbot, wizard, ctrl=True)
    assert wizard.neraca_page.sources.text() == "Seimbang: aset sama dengan kewajiban dan ekuitas."
    enter()  # Catat
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10000)
    assert members.count_members() == 6
    assert ledger.account_balance("3-101") == -sum(line.pokok_rp for line in sheet.savings)
    assert ledger.account_balance(OPENING_ACCOUNT) == 0 and len(lifecycle.list_loans()) == 3


def test_a_long_neraca_with_a_difference_is_scrolled_never_squashed(book, qtbot, answers):
    """The realistic opening with a difference fills more than the page at 1366×768 (the
    wizard's own 1100×640): its rows keep their height (a scroll), the explanation stays below."""
    from opening_support import realistic_opening

    wizard = open_wizard(qtbot)
    wizard.opening = realistic_opening()
    wizard.opening.cash[0].amount_rp += 123_000
    page = wizard.neraca_page
    page.initializePage()
    wizard.resize(1100, 640)
    page.figures.invalidate()  # laid out again in the font the earlier tests left the application in
    for _ in range(3):
        QApplication.processEvents()
        wizard.grab()
    labels = [page.figures.itemAt(i).widget() for i in range(page.figures.count())]
    assert len(labels) > 30 and page.difference.text() == "Rp123.000"
    squashed = [label.text() for label in labels if label.height() < label.sizeHint().height()]
    assert not squashed, squashed
    assert page.sources.height() >= page.sources.heightForWidth(page.sources.width())


def test_the_parts_of_a_difference_come_in_the_order_of_the_pages(book, qtbot, answers):
    from opening_support import realistic_opening

    from ui.opening.columns import KIND_TITLES, translated

    wizard = open_wizard(qtbot)
    wizard.opening = realistic_opening()
    wizard.opening.cash[0].amount_rp += 1_000
    wizard.neraca_page.initializePage()
    lines = wizard.neraca_page.sources.text().split("\n")[1:-1]
    assert [line.split(":")[0] for line in lines] == [translated(KIND_TITLES[kind]) for kind in (
        "savings", "loans", "cash", "funders", "bank_loans", "stock", "assets", "balances")]
