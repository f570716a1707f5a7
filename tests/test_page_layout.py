"""The paper rules, read back from the PDFs of EVERY kind in the catalogue, built on the demo
village with extra rows so that they run over several pages (issue 12, "Paper"):

- a signature block is whole, and on the page of the rows above it (never alone on a page);
- no page ends with a heading; no cell is cut with "…"; no column title is broken in a word;
- every continuation page carries the group's name (and the document's title) at its top;
- a 58 mm roll receipt prints inside 48 mm; who signs a receipt and a register.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from reportlab.platypus import KeepTogether

from app import clock, demo, inventory, savings, settings
from app.assets import register
from app.businesses import list_businesses
from app.db import close_book, db, open_book
from app.documents import catalogue, report
from app.documents.catalogue import KINDS, Request, generate
from app.documents.letterhead import letterhead
from app.documents.output import write_atomically
from app.documents.paper import A4, ROLL_58
from app.documents.receipt import write_receipt
from app.usaha import sharing
from pdf_support import page_runs, page_size_mm, page_texts, pdf_text

TODAY = date(2026, 8, 17)
GROUP = "UP2K As Syifa Pandulangan"
KETUA, SEKRETARIS, BENDAHARA = "Hj. Rusmini", "Siti Rahmah", "Mariatul Qiftiah"
HEADING_SIZE = 9.5  # section headings are bold at 9.5 pt (statements) or more; table text is 8 pt
TOP_BAND_MM = 16  # a running header is printed in the page's top 16 mm, above the frame
FOOT_BAND_MM = 20  # the footer (printed date, page n of N) below


def _requests() -> dict[str, Request]:
    """A request for every kind, from what it needs, on the demo's busiest choices."""
    member = db.execute_sql("SELECT member_id FROM loans GROUP BY member_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    numbers = tuple(n for (n,) in db.execute_sql("SELECT number FROM receipts ORDER BY amount_rp DESC LIMIT 3"))
    business = next(b.id for b in list_businesses() if "Alabio" in b.name)
    fields = {
        catalogue.PERIOD: {"start": date(2026, 1, 1), "end": TODAY},
        catalogue.AS_OF: {"end": TODAY},
        catalogue.MEMBER: {"member_id": member},
        catalogue.MEMBER_OR_ALL: {"member_id": None},  # every member: many pages
        catalogue.ACCOUNT_OR_ALL: {"account": None},
        catalogue.BUSINESS: {"business_id": business},
        catalogue.RECEIPT: {"number": numbers[0]},
        catalogue.RECEIPTS: {"numbers": numbers},
    }
    asked = {}
    for key, kind in KINDS.items():
        unknown = kind.needs - fields.keys()
        assert not unknown, f"teach test_page_layout._requests what a {key} needs: {unknown}"
        values = {name: value for need in kind.needs for name, value in fields[need].items()}
        asked[key] = Request(key, paper="A4", **values)
    return asked


def _extra_rows() -> None:
    """A profit share paid into members' passbooks, one member saving every week (her passbook
    runs over pages), and enough items for the inventory to run over pages."""
    alabio = next(b.id for b in list_businesses() if "Alabio" in b.name)
    share = sharing.post_share(alabio, date(2026, 1, 1), date(2026, 6, 30), date(2026, 7, 5))
    saver = share.plan.members[0].member_id
    for week in range(60):
        savings.deposit(saver, "sukarela", 5_000 + week, date(2026, 1, 5) + timedelta(days=3 * week))
    for i in range(45):
        register.acquire(inventory.InventoryInput(
            name=f"Kursi lipat plastik warna hijau tua nomor {i + 1}", origin="Hibah CSR Bank Kalsel",
            acquired_on=date(2026, 3, 2), quantity=2, value_rp=450_000 + i, location="Rumah Ketua RT 03"),
            register.GIFT)


@dataclass
class Built:
    pdf: dict[str, Path]  # every kind's PDF, by kind
    titles: dict[str, set[str]]  # every column title each kind asked report.table for
    roll: Path  # a kuitansi on the 58 mm roll
    shares: list[str]  # the descriptions of the profit shares paid into passbooks


@pytest.fixture(scope="module")
def built(template_book, tmp_path_factory) -> Built:
    """Every kind's PDF of one big demo book (built once: the tests only read them)."""
    work = tmp_path_factory.mktemp("layout")
    shutil.copy(template_book, work / "book.sqlite")
    clock.fix(datetime(2026, 8, 17, 9, 30))
    open_book(work / "book.sqlite")
    try:
        demo.populate()
        settings.update({"group_name": GROUP, "place_name": "Amuntai", "ketua_name": KETUA,
                         "sekretaris_name": SEKRETARIS, "bendahara_name": BENDAHARA})
        _extra_rows()
        requests = _requests()
        titles: dict[str, set[str]] = {}
        pdf = {}
        with pytest.MonkeyPatch.context() as patch:
            header = report._header
            for key, request in requests.items():
                patch.setattr(report, "_header", _noting(titles.setdefault(key, set()), header))
                pdf[key] = generate(request, work / f"{key}.pdf")
        roll = generate(Request("receipt", paper="ROLL_58", number=requests["receipt"].number), work / "roll.pdf")
        shares = [d for (d,) in db.execute_sql(
            "SELECT DISTINCT e.description FROM journal_entries e JOIN postings p ON p.entry_id = e.id"
            " WHERE e.description LIKE 'Bagi hasil%' AND p.member_id IS NOT NULL")]
    finally:
        close_book()
        clock.fix(None)
    return Built(pdf, titles, roll, shares)


def _noting(titles: set[str], header):
    """report._header that also notes each column title it makes."""

    def noting(title, width):
        titles.add(title)
        return header(title, width)

    return noting


def _content(runs, height):
    """The runs between the top band's running header and the footer."""
    return [r for r in runs if FOOT_BAND_MM < r.y < height - TOP_BAND_MM]


ALL_KINDS = sorted(KINDS)


def _pages(path: Path):
    """(page number, page height in mm, runs) for each page: a pack turns some of its pages."""
    return [(n, page_size_mm(path, n - 1)[1], runs) for n, runs in enumerate(page_runs(path), start=1)]


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_signatures_are_whole_and_kept_with_the_rows_above_them(built, kind):
    for number, height, runs in _pages(built.pdf[kind]):
        for opening in (r for r in runs if r.text.startswith("Mengetahui,")):
            names = [r for r in runs if r.text.startswith("( ") and abs(r.y - opening.y) < 40 and r.y < opening.y]
            assert names, f"{kind} page {number}: the signature block is split from its names"
            above = [r for r in _content(runs, height) if r.y > opening.y + 4]
            assert above, f"{kind} page {number}: the signature block stands alone on its page"


def _ending_with_a_heading(path: Path) -> list[tuple[int, list[str]]]:
    """The pages (but the last) whose lowest line is a heading: bold, 9.5 pt or more."""
    found = []
    for number, height, runs in _pages(path)[:-1]:
        content = _content(runs, height)
        if content:
            low = min(r.y for r in content)
            last = [r for r in content if abs(r.y - low) < 0.5]
            if all(r.bold and r.size >= HEADING_SIZE for r in last):
                found.append((number, [r.text for r in last]))
    return found


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_no_page_ends_with_a_heading(built, kind):
    assert not _ending_with_a_heading(built.pdf[kind]), kind


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_no_text_is_cut_short(built, kind):
    assert "…" not in pdf_text(built.pdf[kind]), kind


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_page_says_whose_and_what_it_is_at_its_top(built, kind):
    """A continuation page's first line is the group's name and the document's (or section's)
    title; a page that starts a statement, receipt or section has the letterhead and its title."""
    for number, height, runs in _pages(built.pdf[kind])[1:]:
        highest = max(r.y for r in runs)
        first_line = " ".join(r.text for r in runs if r.y > highest - 1.5)
        assert GROUP in first_line, f"{kind} page {number}: no group name at the top ({first_line!r})"
        title = [r for r in runs if r.bold and r.size >= 12 and r.y > height - 45 and r.text != GROUP]
        assert first_line.replace(GROUP, "").strip(" ·") or title, f"{kind} page {number}: no title at the top"


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_no_column_title_is_broken_inside_a_word(built, kind):
    words = set(pdf_text(built.pdf[kind]).split())
    for title in built.titles.get(kind, ()):
        assert set(title.split()) <= words, f"{kind}: {title!r} is broken"


def test_the_big_book_runs_over_several_pages(built):
    """The checks above mean something only if the documents do break across pages."""
    several = {kind for kind in ALL_KINDS if len(page_texts(built.pdf[kind])) > 1}
    assert {"passbook", "loan_card", "cash_book", "general_ledger", "inventory", "member_register"} <= several


def test_a_table_broken_across_pages_is_headed_lanjutan_on_the_next(built):
    for kind in ("general_ledger", "cash_book", "passbook"):
        pages = page_texts(built.pdf[kind])
        assert any("(lanjutan)" in page for page in pages[1:]), kind
        assert not any("(lanjutan) (lanjutan)" in page for page in pages), kind


def test_a_passbook_row_shows_the_whole_period_of_a_profit_share(built):
    text = pdf_text(built.pdf["passbook"])
    assert built.shares, "the demo shares a business's profit with members"
    for description in built.shares:
        period = description.split()[-1]  # 01/01/2026–30/06/2026
        assert period in text, description


def test_a_58mm_roll_prints_inside_48mm(built):
    path = built.roll
    width, _height = page_size_mm(path)
    runs = [r for page in page_runs(path) for r in page]
    assert width == 58.0 and runs
    left, right = min(r.x for r in runs), max(r.right for r in runs)
    assert left >= 5 - 0.2 and right <= 53 + 0.2, (left, right)
    assert ROLL_58.margin_mm == 5


# --- column titles, and the rules on a small report ------------------------------------------------


def _report(path: Path, columns, rows, heading: str | None = None, title: str = "DAFTAR UJI",
            before: int = 0, kept: bool = False) -> Path:
    """A test report: `before` lines of text, then the table under `heading` (`kept`: the two in
    one KeepTogether, as a closing block is), then signatures."""
    lh = letterhead()
    width = report.usable_width(A4)
    story = report.heading(lh, title, "Agustus 2026")
    story += [report.text(f"Catatan baris {i}") for i in range(before)]
    body = [report.text(heading, "section")] if heading else []
    body.append(report.table(columns, rows, width=width))
    story += [KeepTogether(body)] if kept else body
    story += report.signatures(lh, date(2026, 8, 31), width=width)
    return write_atomically(path, lambda temp: report.build(temp, A4, story, title=title.title()))


def test_a_column_title_shrinks_rather_than_break_inside_a_word(book, tmp_path):
    columns = [report.Column("Uraian", 20), report.Column("Pengeluaran", 1.1, "money"),
               report.Column("Penerimaan Setoran", 1.1, "money")]
    path = _report(tmp_path / "narrow.pdf", columns, [("Beli pakan", 10_000, 0)])
    words = pdf_text(path).split()
    assert "Pengeluaran" in words and "Penerimaan" in words and "Setoran" in words
    heads = [r for r in page_runs(path)[0] if r.text.startswith("Pengeluar")]
    assert [r.text for r in heads] == ["Pengeluaran"] and heads[0].size < 8


def test_a_heading_goes_over_with_its_table_and_the_rest_is_headed_lanjutan(book, tmp_path):
    settings.update({"group_name": GROUP})
    columns = [report.Column("Tanggal", 1, "date"), report.Column("Uraian", 4), report.Column("Jumlah", 2, "money")]
    rows = [(date(2026, 8, 1), f"Setoran ke-{i}", 1_000 * i) for i in range(1, 150)]
    path = _report(tmp_path / "long.pdf", columns, rows, heading="1-101 Kas")
    pages = page_texts(path)
    assert len(pages) >= 3
    assert all("1-101 Kas (lanjutan)" in page and "Tanggal Uraian Jumlah" in page for page in pages[1:])
    assert all(page.startswith(f"{GROUP} Daftar Uji") for page in pages[1:])  # the running header
    last = page_runs(path)[-1]
    assert any(r.text.startswith("Setoran ke-149") for r in last)
    assert any(r.text.startswith("Mengetahui,") for r in last)


def test_signatures_never_stand_alone_even_when_the_rows_just_fill_the_page(book, tmp_path):
    columns = [report.Column("Uraian", 4), report.Column("Jumlah", 2, "money")]
    for count in range(20, 80, 3):  # somewhere here the rows fill page 1 up to the signatures' room
        path = _report(tmp_path / f"fill{count}.pdf", columns, [(f"Baris {i}", i) for i in range(count)])
        height = page_size_mm(path)[1]
        for runs in page_runs(path):
            opening = [r for r in runs if r.text.startswith("Mengetahui,")]
            if opening:
                assert [r for r in _content(runs, height) if r.y > opening[0].y + 4], count


@pytest.mark.parametrize("kept", [False, True])
def test_a_heading_never_ends_a_page_whatever_fills_the_page_above_it(book, tmp_path, kept):
    columns = [report.Column("Uraian", 4), report.Column("Jumlah", 2, "money")]
    for before in range(50, 66):  # somewhere here the heading falls at the foot of page 1
        path = _report(tmp_path / f"h{before}.pdf", columns, [(f"Baris {i}", i) for i in range(3)],
                       heading="2-101 Simpanan pokok", before=before, kept=kept)
        assert not _ending_with_a_heading(path), before


def test_a_total_row_never_stands_alone_at_the_top_of_a_page(book, tmp_path):
    columns = [report.Column("Uraian", 4), report.Column("Jumlah (Rp)", 2, "money")]
    lh = letterhead()
    width = report.usable_width(A4)
    for before in range(52, 68):  # somewhere here the table breaks before its total row
        story = report.heading(lh, "DAFTAR UJI", "Agustus 2026")
        story += [report.text(f"Catatan baris {i}") for i in range(before)]
        story.append(report.table(columns, [(f"Baris {i}", i) for i in range(3)], totals=("Total", 3), width=width))
        story += [report.text(f"Penutup {i}") for i in range(12)] + report.signatures(lh, date(2026, 8, 31), width=width)
        path = write_atomically(tmp_path / f"t{before}.pdf",
                                lambda temp, story=story: report.build(temp, A4, story, title="Daftar Uji"))
        for runs in page_runs(path):
            if any(r.text == "Total" for r in runs):
                assert any(r.text.startswith("Baris") for r in runs), before  # the last row goes over with it


# --- who signs ------------------------------------------------------------------------------------


def _setoran() -> str:
    from collection_support import DUE_RP, ON, member_with_dues
    from app import collection

    member_id, *_ = member_with_dues()
    return collection.take_payment(member_id, ON, DUE_RP).receipt_number


def test_a_kuitansi_is_signed_by_the_bendahara_named_in_pengaturan(book, tmp_path):
    settings.update({"operator_name": "Bu Rahmah", "bendahara_name": BENDAHARA})
    text = pdf_text(write_receipt(_setoran(), tmp_path / "k.pdf"))
    assert f"Yang menerima, ( {BENDAHARA} )" in text and "Bu Rahmah" not in text


def test_without_a_bendahara_the_operator_signs_by_her_name_never_the_placeholder(book, tmp_path):
    settings.update({"operator_name": "Bu Rahmah", "bendahara_name": ""})
    number = _setoran()
    assert "( Bu Rahmah )" in pdf_text(write_receipt(number, tmp_path / "named.pdf"))
    settings.update({"operator_name": settings.PLACEHOLDER_OPERATOR})
    for paper in ("HALF_F4", "ROLL_58"):
        text = pdf_text(write_receipt(number, tmp_path / f"{paper}.pdf", paper=paper))
        assert "Sekretaris" not in text and re.search(r"\( \.{20,} \)", text), paper


def test_the_sekretaris_signs_the_registers_she_keeps(book, tmp_path):
    settings.update({"ketua_name": KETUA, "sekretaris_name": SEKRETARIS, "bendahara_name": BENDAHARA})
    for kind in ("member_register", "inventory", "pokja2"):
        text = pdf_text(generate(Request(kind, end=TODAY), tmp_path / f"{kind}.pdf"))
        assert f"Sekretaris ( {KETUA} ) ( {SEKRETARIS} )" in text, kind
        assert BENDAHARA not in text and "Bendahara" not in text, kind
    text = pdf_text(generate(Request("cash_book", start=date(2026, 8, 1), end=TODAY), tmp_path / "bku.pdf"))
    assert f"( {BENDAHARA} )" in text and SEKRETARIS not in text  # the money's book is hers


def test_a_closing_block_goes_over_with_the_last_rows_of_its_table(book, tmp_path):
    """The Buku Kas Umum's "Sisa Buku Kas Umum" block (and the signatures after it) never stands
    on a page without rows of the month above it."""
    columns = [report.Column("Uraian", 4), report.Column("Jumlah (Rp)", 2, "money")]
    lh = letterhead()
    width = report.usable_width(A4)
    for count in range(40, 70, 2):  # somewhere here the rows fill page 1 up to the block's room
        table = report.table(columns, [(f"Baris {i}", i) for i in range(count)], totals=("Jumlah", 1), width=width)
        story = report.heading(lh, "DAFTAR UJI", "Agustus 2026")
        story.append(report.with_last_rows(table, report.text("Sisa per 31 Agustus 2026", "section"),
                                           report.text("Sisa kas tunai Rp1")))
        story += report.signatures(lh, date(2026, 8, 31), width=width)
        path = write_atomically(tmp_path / f"c{count}.pdf",
                                lambda temp, story=story: report.build(temp, A4, story, title="Daftar Uji"))
        for runs in page_runs(path):
            if any(r.text.startswith("Sisa per") for r in runs):
                assert any(r.text.startswith("Baris") for r in runs), count
