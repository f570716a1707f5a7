"""Bahasa Indonesia by default; English chosen in Pengaturan changes the open window at once."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.preferences import Preferences

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "lumbung_en.ts"
ENGLISH_AREAS = ["Home", "Members", "Savings", "Loans", "Group businesses", "Cash & books", "Reports",
                 "Backup", "Settings", "Funds & Capital", "Closing & SHU", "Audit trail"]
INDONESIAN_AREAS = ["Beranda", "Anggota", "Simpanan", "Pinjaman", "Usaha Kelompok", "Kas & Buku", "Laporan",
                    "Cadangan Data", "Pengaturan", "Dana & Modal", "Tutup Buku & SHU", "Jejak Audit"]


def choose_language(window, qtbot, code: str) -> None:
    combo = window.page("settings").language
    combo.setCurrentIndex(combo.findData(code))


def test_switching_to_english_and_back(window, qtbot, four_members):
    window.go_to(8)
    choose_language(window, qtbot, "en")
    nav = lambda: [window.nav.item(r).text() for r in range(window.nav.count())]  # noqa: E731
    qtbot.waitUntil(lambda: nav() == ENGLISH_AREAS)
    assert window.page("settings").title.text() == "Settings"
    assert window.page("settings").save_button.text() == "Save settings"
    assert window.file_menu.title() == "&File"
    assert Preferences().language == "en"

    window.go_to(1)
    page = window.page("members")
    assert page.title.text() == "Members"
    assert page.count.text() == "4 members shown"
    header = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(page.proxy.columnCount())]
    assert header[:2] == ["Member\nno.", "Name"]
    reports = window.page("reports")
    assert reports.make_button.text() == "Make document (Enter)"
    assert reports.heading.text() == "General cash book" and reports.captions["start"].text() == "From"
    assert reports.list.topLevelItem(0).text(0) == "Receipts & members"

    window.go_to(8)
    choose_language(window, qtbot, "id")
    qtbot.waitUntil(lambda: nav() == INDONESIAN_AREAS)
    assert window.page("members").count.text() == "4 anggota ditampilkan"
    assert window.page("reports").heading.text() == "Buku Kas Umum"
    assert Preferences().language == "id"


def test_catalogue_has_no_unfinished_or_empty_translation():
    tree = ET.parse(CATALOGUE)
    problems = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                problems.append((context.findtext("name"), source))
    assert problems == []
    compiled = CATALOGUE.with_suffix(".qm")
    assert compiled.exists() and compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime - 1


def test_catalogue_holds_every_string_of_the_ui(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def strings(path):
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}

    assert strings(fresh) - strings(CATALOGUE) == set()
