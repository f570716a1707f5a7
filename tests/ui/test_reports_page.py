"""Laporan: the documents in groups, only the fields a kind needs, quick periods, refusals under
their field, and the request handed to make_document — by keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ui.areas import AREAS
from ui.document_titles import GROUPS


@pytest.fixture
def reports(window, qtbot):
    window.go_to([area.key for area in AREAS].index("reports"))
    page = window.page("reports")
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def asked(monkeypatch):
    """make_document, recorded instead of run (tests/ui/test_pdf_preview.py runs it for real)."""
    requests = []
    monkeypatch.setattr("ui.pages.reports.make_document",
                        lambda parent, request, quiet_note=None: requests.append(request))
    return requests


def list_texts(page) -> list[str]:
    return [page.list.topLevelItem(row).text(0).strip() for row in range(page.list.topLevelItemCount())]


def test_documents_are_listed_in_their_groups(reports):
    texts = list_texts(reports)
    assert texts[:5] == ["Kuitansi & anggota", "Kuitansi (cetak ulang)", "Buku Simpanan", "Kartu Pinjaman",
                         "Buku Daftar Anggota"]
    assert texts.count("Buku Daftar Anggota") == 2  # in Kuitansi & anggota and in Buku PKK
    assert "Laporan keuangan" in texts and "Neraca Saldo" in texts and "Data Pokja II" in texts
    assert len(texts) == len(GROUPS) + sum(len(kinds) for _, kinds in GROUPS)


def test_each_kind_shows_only_the_fields_it_needs(reports):
    expected = {
        "cash_book": {"start", "end", "paper"},
        "general_ledger": {"start", "end", "account", "paper"},
        "passbook": {"end", "member", "paper"},
        "trial_balance": {"end", "paper"},
        "receipt": {"number", "paper"},
        "collection_sheet": {"end", "paper"},
    }
    for kind, fields in expected.items():
        reports.choose(kind)
        assert reports.visible_fields() == fields, kind
        assert reports.rows["account"].isVisible() == ("account" in fields)
        assert reports.start.isVisible() == ("start" in fields)
    reports.choose("receipt")
    assert [reports.paper.itemData(i) for i in range(reports.paper.count())] == ["HALF_F4", "A4", "ROLL_58"]
    assert reports.paper.currentData() == "HALF_F4"
    reports.choose("collection_sheet")
    assert reports.captions["end"].text() == "Tanggal rapat"
    reports.choose("passbook")
    assert reports.captions["end"].text() == "Per tanggal" and reports.member.currentText() == "Semua anggota"


def test_arrow_keys_move_through_documents_and_skip_the_group_headings(reports, qtbot):
    reports.choose("member_register")  # the last of the first group
    reports.list.setFocus()
    qtbot.keyClick(reports.list, Qt.Key.Key_Down)
    assert reports.chosen_kind() == "cash_book"  # "Buku PKK" is passed over
    assert reports.heading.text() == "Buku Kas Umum"
    assert "sisa kas" in reports.description.text()


def test_quick_periods(reports, qtbot):
    reports.choose("cash_book")
    qtbot.mouseClick(reports.previous_month, Qt.MouseButton.LeftButton)
    assert (reports.start.text(), reports.end.text()) == ("01/07/2026", "31/07/2026")
    qtbot.mouseClick(reports.this_year, Qt.MouseButton.LeftButton)
    assert (reports.start.text(), reports.end.text()) == ("01/01/2026", "17/08/2026")
    qtbot.mouseClick(reports.this_month, Qt.MouseButton.LeftButton)
    assert (reports.start.text(), reports.end.text()) == ("01/08/2026", "17/08/2026")


def test_a_reversed_period_is_said_next_to_the_date_and_nothing_is_made(reports, asked, qtbot):
    reports.choose("cash_book")
    reports.start.setText("10/08/2026")
    reports.end.setText("01/08/2026")
    reports.end.setFocus()
    qtbot.keyClick(reports.end, Qt.Key.Key_Return)
    error = reports.errors.label("start")
    assert error.isVisible() and error.text() == "Tanggal awal sesudah tanggal akhir."
    assert not reports.errors.label("end").isVisible()
    assert reports.start.hasFocus()
    assert asked == []


def test_an_unreadable_date_and_a_future_period_are_said_under_their_field(reports, asked, qtbot):
    reports.choose("trial_balance")
    reports.end.setText("31/02/2026")
    reports.make()
    assert reports.errors.label("end").text() == "Februari 2026 tidak punya tanggal 31."
    reports.end.setText("31/08/2026")
    reports.make()
    assert "belum terjadi" in reports.errors.label("end").text()
    reports.choose("receipt")
    reports.make()
    assert reports.errors.label("number").text() == "Wajib diisi."
    assert asked == []


def test_enter_makes_the_document_the_form_describes(reports, asked, qtbot, four_members):
    reports.refresh()
    reports.choose("general_ledger")
    qtbot.mouseClick(reports.previous_month, Qt.MouseButton.LeftButton)
    reports.account.setCurrentIndex(reports.account.findData("1-101"))
    reports.paper.setCurrentIndex(reports.paper.findData("F4"))
    reports.list.setFocus()
    qtbot.keyClick(reports.list, Qt.Key.Key_Return)
    assert len(asked) == 1
    request = asked[0]
    assert (request.kind, request.start, request.end, request.account, request.paper) == (
        "general_ledger", date(2026, 7, 1), date(2026, 7, 31), "1-101", "F4")
    assert request.member_id is None and request.number is None

    reports.choose("passbook")
    reports.member.setCurrentIndex(reports.member.findData(four_members[1].id))
    reports.end.setText("30/06/2026")
    qtbot.keyClick(reports.end, Qt.Key.Key_Enter)
    assert (asked[1].kind, asked[1].member_id, asked[1].end, asked[1].start) == (
        "passbook", four_members[1].id, date(2026, 6, 30), None)

    reports.member.setCurrentIndex(0)  # Semua anggota
    reports.make()
    assert asked[2].member_id is None

    reports.member.setEditText("Bukan anggota")
    reports.make()
    assert len(asked) == 3 and "tidak ditemukan" in reports.errors.label("member").text()


def test_a_cancelled_run_is_noted_quietly_on_the_page(reports, monkeypatch):
    from ui.pages import reports as module

    class Run:
        path = None

        class finished:  # noqa: N801 (stands for a signal)
            @staticmethod
            def connect(slot):
                Run.slot = slot

    def make(parent, request, quiet_note=None):
        quiet_note("Dibatalkan. Tidak ada berkas yang ditulis.")
        return Run

    monkeypatch.setattr(module, "make_document", make)
    reports.choose("trial_balance")
    reports.make()
    assert not reports.make_button.isEnabled()  # one document at a time
    Run.slot()
    assert reports.make_button.isEnabled()
    assert reports.note.text() == "Dibatalkan. Tidak ada berkas yang ditulis."


def test_the_business_documents_ask_for_a_business(reports, asked, qtbot):
    from app import businesses

    texts = list_texts(reports)
    assert texts[-5:] == ["Usaha kelompok", "Buku Usaha Kelompok", "Daftar Persediaan Usaha",
                          "Penjualan Usaha per Produk dan Pembeli", "Slip Bagi Hasil Usaha"]
    reports.refresh()
    expected = {"usaha_book": {"business", "start", "end", "paper"}, "usaha_stock": {"business", "end", "paper"},
                "usaha_sales": {"business", "start", "end", "paper"},
                "usaha_share": {"business", "start", "end", "paper"}}
    for kind, fields in expected.items():
        reports.choose(kind)
        assert reports.visible_fields() == fields, kind
    reports.choose("cash_book")
    assert not reports.rows["business"].isVisible()
    reports.choose("usaha_book")
    assert [reports.business.itemText(i) for i in range(reports.business.count())] == [
        b.name for b in businesses.list_businesses()]
    reports.business.setCurrentIndex(reports.business.findText("Telur itik Alabio"))
    qtbot.mouseClick(reports.previous_month, Qt.MouseButton.LeftButton)
    reports.make()
    [request] = asked
    assert (request.kind, request.business_id, request.start, request.end) == (
        "usaha_book", reports.business.currentData(), date(2026, 7, 1), date(2026, 7, 31))
    assert request.business_id is not None
    reports.choose("cash_book")
    reports.make()
    assert asked[1].business_id is None
    reports.business.clear()  # a book with no business: said under the field
    reports.choose("usaha_stock")
    reports.make()
    assert reports.errors.label("business").text() == "Wajib diisi." and len(asked) == 2


def test_the_income_statement_asks_what_to_set_beside_it_and_names_both_periods(reports, asked, qtbot):
    reports.choose("cash_book")
    assert "compare" not in reports.visible_fields()
    reports.choose("income_statement")
    assert reports.visible_fields() == {"start", "end", "compare", "paper"}
    assert [reports.compare.itemText(i) for i in range(reports.compare.count())] == [
        "Periode yang sama tahun lalu", "Tahun lalu penuh"]
    qtbot.mouseClick(reports.this_year, Qt.MouseButton.LeftButton)
    assert reports.periods.text() == "01/01/2026 – 17/08/2026 dibandingkan dengan 01/01/2025 – 17/08/2025"
    reports.compare.setCurrentIndex(1)
    assert reports.periods.text() == "01/01/2026 – 17/08/2026 dibandingkan dengan 01/01/2025 – 31/12/2025"
    reports.make()
    assert (asked[0].kind, asked[0].compare) == ("income_statement", "last_year")
    reports.start.setText("01/09/2026")
    assert reports.periods.text() == ""  # a period that starts after it ends has nothing to compare


def test_a_date_before_the_book_began_is_said_under_the_end_date(reports, asked, qtbot):
    from app import ledger
    ledger.post_entry(date(2025, 2, 8), "Hibah", [ledger.debit("1-102", 1_000), ledger.credit("3-201", 1_000)])
    reports.choose("journal")
    reports.start.setText("01/01/2024")
    reports.end.setText("31/12/2024")
    reports.make()
    assert reports.errors.label("end").text() == "Buku ini baru mulai 08/02/2025: pilih tanggal sejak hari itu."
    assert asked == []
