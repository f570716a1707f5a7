"""Rekap kecamatan (issue 16): three villages' books (one a plain backup, one an encrypted
backup, one with an older copy beside it) read into one recap whose totals are the sums of each
book's own Neraca and loan portfolio; bad sources named one by one while the rest is recapped;
no source changed by a single byte or its mtime."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app import cli, financial_statements, group_profile, savings
from app.db import close_book, open_book
from app.documents.loan_portfolio import portfolio
from app.errors import Rejected
from app.formatting import thousands
from app.migrations import LATEST_VERSION
from app.recap import recap, report
from tests.pdf_support import pdf_text
from tests.recap_support import PASSPHRASE, VILLAGES, back_up, demo_book, rename

END = date(2026, 8, 17)


def _own_figures(path: Path) -> dict[str, int]:
    """What the book itself says, opened the normal way."""
    open_book(path)
    try:
        sheet = financial_statements.balance_sheet(END)
        loans = portfolio(END)
        return {"assets": sheet.assets.total_rp, "liabilities": sheet.liabilities.total_rp,
                "equity": sheet.equity.total_rp, "outstanding": loans.total_outstanding_rp,
                "arrears": loans.total_arrears_rp, "members": group_profile.profile(END).members,
                **{c.kolektibilitas: c.outstanding_rp for c in loans.classes}}
    finally:
        close_book()


@pytest.fixture(scope="module")
def villages(tmp_path_factory, template_book):
    """The recap folder: village 0 as a book (and an older copy of it), 1 as a plain backup,
    2 as an encrypted backup; and what each book's own reports say."""
    work = tmp_path_factory.mktemp("villages")
    folder = work / "flashdisk"
    folder.mkdir()
    books = []
    for number, (group, desa, kecamatan, moment) in enumerate(VILLAGES):
        books.append(rename(demo_book(template_book, work / f"desa{number}.sqlite", moment), group, desa, kecamatan))
    shutil.copy(books[0], folder / "as-syifa-lama.sqlite")  # the copy taken before the last Setoran
    open_book(books[0])
    savings.deposit(1, "sukarela", 25_000, END)
    close_book()
    shutil.copy(books[0], folder / "buku-as-syifa.sqlite")
    back_up(books[1], work / "plain").rename(folder / "melati.lumbung")
    back_up(books[2], work / "locked", PASSPHRASE).rename(folder / "mawar.lumbung")
    return folder, [_own_figures(book) for book in books]


def _fingerprints(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).digest(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_the_totals_are_the_sums_of_each_books_own_reports(villages):
    folder, own = villages
    before = _fingerprints(folder)
    result = recap([folder], as_of=END, passphrase=lambda path, group: PASSPHRASE)
    assert result.problems == ()
    assert [g.figures.identity.group_name for g in result.groups] == \
        ["UP2K Mawar Bersemi", "UP2K Melati", "UP2K PKK As Syifa"]  # by kecamatan
    assert [Path(g.source).name for g in result.groups] == ["mawar.lumbung", "melati.lumbung", "buku-as-syifa.sqlite"]
    assert result.total(lambda f: f.assets_rp) == sum(o["assets"] for o in own)
    assert result.total(lambda f: f.liabilities_rp) == sum(o["liabilities"] for o in own)
    assert result.total(lambda f: f.equity_rp) == sum(o["equity"] for o in own)
    assert result.total(lambda f: f.outstanding_rp) == sum(o["outstanding"] for o in own)
    assert result.total(lambda f: f.arrears_rp) == sum(o["arrears"] for o in own)
    assert result.total(lambda f: f.members) == sum(o["members"] for o in own)
    for name in ("lancar", "dalam_perhatian_khusus", "kurang_lancar", "diragukan", "macet"):
        assert result.total(lambda f: f.by_class_rp[name]) == sum(o[name] for o in own)
    for group in result.groups:  # the Neraca balances in every row
        f = group.figures
        assert f.assets_rp == f.liabilities_rp + f.equity_rp
        assert all(isinstance(v, int) for v in (*f.savings_rp.values(), *f.capital_rp.values(), f.shu_rp))
    assert [g.figures.last_entry for g in result.groups] == [date(2026, 3, 31), date(2026, 6, 30), END]
    assert _fingerprints(folder) == before


def test_the_older_copy_of_a_book_is_set_aside_and_said(villages):
    folder, _ = villages
    result = recap([folder], as_of=END, passphrase=lambda path, group: PASSPHRASE)
    (aside,) = result.set_aside
    assert Path(aside.path).name == "as-syifa-lama.sqlite" and Path(aside.used).name == "buku-as-syifa.sqlite"
    assert aside.group_name == "UP2K PKK As Syifa"


def test_a_wrong_or_missing_passphrase_is_that_backups_problem(villages):
    folder, _ = villages
    wrong = recap([folder], as_of=END, passphrase=lambda path, group: "bukan ini")
    assert [(Path(p.path).name, p.code) for p in wrong.problems] == [("mawar.lumbung", "wrong_passphrase")]
    assert len(wrong.groups) == 2
    unasked = recap([folder], as_of=END)
    assert [(Path(p.path).name, p.code) for p in unasked.problems] == [("mawar.lumbung", "passphrase_required")]


def test_bad_sources_are_named_and_the_rest_is_recapped(villages, tmp_path):
    folder, own = villages
    bad = tmp_path / "campur"
    bad.mkdir()
    shutil.copy(folder / "buku-as-syifa.sqlite", bad / "buku-as-syifa.sqlite")
    (bad / "foto-rapat.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40)
    damaged = bytearray((folder / "melati.lumbung").read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    (bad / "melati-rusak.lumbung").write_bytes(bytes(damaged))
    (bad / "terpotong.lumbung").write_bytes((folder / "melati.lumbung").read_bytes()[:5000])
    newer = bad / "buku-baru.sqlite"
    shutil.copy(folder / "buku-as-syifa.sqlite", newer)
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    plain = (folder / "melati.lumbung").read_bytes()
    manifest = f'"schema_version": {LATEST_VERSION}'.encode()
    assert manifest in plain
    (bad / "dari-lumbung-baru.lumbung").write_bytes(plain.replace(manifest, f'"schema_version": {LATEST_VERSION + 80}'.encode(), 1))
    other = bad / "program-lain.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = _fingerprints(bad)

    result = recap([bad, tmp_path / "tidak-ada"], as_of=END)

    found = {Path(p.path).name: p.code for p in result.problems}
    assert found == {"tidak-ada": "missing", "foto-rapat.jpg": "not_lumbung", "melati-rusak.lumbung": "damaged",
                     "terpotong.lumbung": "damaged", "buku-baru.sqlite": "too_new", "dari-lumbung-baru.lumbung": "too_new", "program-lain.db": "not_lumbung"}
    assert [g.figures.assets_rp for g in result.groups] == [own[0]["assets"]]
    assert _fingerprints(bad) == before
    words = [report.problem_text(p) for p in result.problems]
    assert any("buku-baru.sqlite" in w and "lebih baru" in w for w in words)
    assert any("foto-rapat.jpg" in w and "bukan buku Lumbung" in w for w in words)


def test_refused_while_a_book_is_open_here(book, villages):
    with pytest.raises(Rejected) as refused:
        recap([villages[0]], as_of=END)
    assert refused.value.codes() == ["recap.book_open"]


def test_a_year_or_a_date_not_both(villages):
    with pytest.raises(Rejected):
        recap([villages[0]], as_of=END, year=2025)
    result = recap([villages[0]], year=2025, passphrase=lambda path, group: PASSPHRASE)
    assert (result.start, result.end, result.by_year) == (date(2025, 1, 1), date(2025, 12, 31), True)


def test_the_command_writes_a_pdf_whose_totals_tie(villages, tmp_path, capsys):
    folder, own = villages
    secret = tmp_path / "sandi.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    pdf, xlsx = tmp_path / "rekap.pdf", tmp_path / "rekap.xlsx"
    code = cli.main(["rekap", str(folder), "--date", "17/08/2026", "--pdf", str(pdf), "--xlsx", str(xlsx),
                     "--passphrase-file", str(secret)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Jumlah 3 kelompok" in out.out and "Disisihkan" in out.out
    text = pdf_text(pdf)
    assert "REKAP UP2K KECAMATAN AMUNTAI TENGAH, BABIRIK, SUNGAI PANDAN" in text
    assert "JUMLAH 3 KELOMPOK" in text
    for key in ("assets", "outstanding", "arrears"):
        assert thousands(sum(o[key] for o in own)) in text  # amounts in rupiah, said once on top
    assert "Peringkat lomba UP2K" in text and "as-syifa-lama.sqlite" in text

    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).worksheets[0]
    rows = [r for r in sheet.iter_rows(values_only=True) if r[0] and str(r[0]).startswith("JUMLAH")]
    headers = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Kelompok")
    assert rows[0][headers.index("Jumlah aset (Neraca)")] == sum(o["assets"] for o in own)


def test_the_command_refuses_wrong_use(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["rekap", "x", "--date", "17/08/2026", "--year", "2025"])
    assert done.value.code == 2
    assert cli.main(["rekap"]) == 2


def test_another_book_under_the_same_name_is_counted_and_said(villages, tmp_path, template_book):
    folder, own = villages
    again = tmp_path / "flashdisk"
    again.mkdir()
    shutil.copy(folder / "buku-as-syifa.sqlite", again / "buku-as-syifa.sqlite")
    group, desa, kecamatan, _ = VILLAGES[0]
    restarted = rename(demo_book(template_book, tmp_path / "baru.sqlite", VILLAGES[1][3]), group.upper(), desa, kecamatan)
    shutil.copy(restarted, again / "buku-baru-as-syifa.sqlite")
    result = recap([again], as_of=END)
    assert len(result.groups) == 2 and result.set_aside == ()
    (files,) = result.namesakes
    assert sorted(Path(f).name for f in files) == ["buku-as-syifa.sqlite", "buku-baru-as-syifa.sqlite"]
    assert "buku-baru-as-syifa.sqlite" in report.namesake_text(files)
