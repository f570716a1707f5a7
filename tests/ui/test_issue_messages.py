"""Every refusal code the app layer can raise has a sentence in ui/messages.py.

The codes are read from the source of app/ (string literals passed as the code of Issue(...),
Rejected.one(...) and BookError(...), and the literals of helper functions that compute a code),
so a new code without words fails here instead of reaching a user as a bare code.
"""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.errors import BookError, Issue
from ui.messages import BOOK_ERRORS, ISSUES, book_error_text, issue_text

APP = Path(__file__).resolve().parents[2] / "app"
CODE_ARG = {"Issue": 1, "one": 1, "BookError": 0}  # position of the code argument


def _literals(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _possible_codes(expr: ast.expr, tree: ast.Module, functions: dict) -> set[str]:
    """The code strings an argument can hold: a literal, a local helper's result, a variable."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if isinstance(expr, ast.Call) and getattr(expr.func, "id", None) in functions:
        returns = [n.value for n in ast.walk(functions[expr.func.id]) if isinstance(n, ast.Return) and n.value]
        passed = [a for a in expr.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        return set().union(*map(_literals, returns)) | {a.value for a in passed}
    if isinstance(expr, ast.Name):
        assigned = [
            n.value for n in ast.walk(tree)
            if isinstance(n, ast.Assign) and any(getattr(t, "id", None) == expr.id for t in n.targets)
        ]
        return set().union(*(_possible_codes(v, tree, functions) for v in assigned))
    return set()


def codes_in_app() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"Issue": set(), "BookError": set()}
    for path in APP.rglob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        functions = {f.name: f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)}
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
            if name not in CODE_ARG or len(call.args) <= CODE_ARG[name]:
                continue
            if name == "one" and getattr(call.func.value, "id", "") != "Rejected":
                continue
            kind = "BookError" if name == "BookError" else "Issue"
            found[kind] |= _possible_codes(call.args[CODE_ARG[name]], tree, functions)
    return found


def test_the_scan_finds_codes_it_should():
    codes = codes_in_app()
    assert {"required", "nik.length", "nik.taken", "date.in_future"} <= codes["Issue"]
    assert {"not_a_book", "too_new", "read_only"} <= codes["BookError"]


def test_every_issue_code_in_app_has_a_message():
    assert sorted(codes_in_app()["Issue"] - ISSUES.keys()) == []


def test_every_book_error_code_in_app_has_a_message():
    assert sorted(codes_in_app()["BookError"] - BOOK_ERRORS.keys()) == []


def test_messages_fill_in_their_parameters():
    assert issue_text(Issue("nik", "nik.length", {"length": 15})) == "NIK harus 16 angka (tertulis 15)."
    assert issue_text(Issue("nik", "nik.taken", {"number": "0007", "name": "Rahmah"})) == (
        "NIK ini sudah dipakai anggota 0007 – Rahmah."
    )
    assert issue_text(Issue("postings", "entry.unbalanced", {"difference": 1250000})) == (
        "Debit dan kredit tidak seimbang: selisih Rp1.250.000."
    )
    assert issue_text(Issue("entry_date", "entry.period_closed", {"closed_through": date(2026, 6, 30)})) == (
        "Buku sudah ditutup sampai 30/06/2026; pilih tanggal sesudahnya."
    )
    assert book_error_text(BookError("too_new", "/data/buku.sqlite", version=9, supported=2)) == (
        "Buku /data/buku.sqlite dibuat oleh Lumbung yang lebih baru (versi data 9; versi ini paham "
        "sampai 2). Perbarui Lumbung. Berkas ini tidak diubah."
    )
    assert issue_text(Issue("rate", "loan.rate_too_high", {"max": Decimal(1)})) == (
        "Jasa terlalu tinggi: paling banyak 100% per periode."
    )
    assert issue_text(Issue("rounding_unit_rp", "loan.bad_rounding_unit", {"allowed": (1, 100, 500, 1000)})) == (
        "Pembulatan angsuran harus salah satu dari: Rp1, Rp100, Rp500, Rp1.000."
    )


def test_every_document_error_has_words():
    from app.documents.output import DOCUMENT_CODES, DocumentError
    from ui.messages import DOCUMENT_ERRORS, document_error_text

    assert set(DOCUMENT_CODES) == set(DOCUMENT_ERRORS)
    text = document_error_text(DocumentError("disk_full", folder="/media/usb"))
    assert "/media/usb" in text and "{" not in text
