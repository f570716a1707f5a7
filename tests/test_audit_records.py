"""The audit trail records every change besides journal entries and member edits (those join the
chain, see test_audit_chain): products,
settings, periods closed and reopened, SHU decided and reversed, backups, restores, exports and
the opening; each with its old and new values, in the change's own transaction, and nothing
secret."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from app import backup, privacy, settings
from app.audit import log
from app.db import db
from app.errors import Rejected
from app.loans.products import ProductInput, add_product, set_active, update_product
from app.yearend import periods, shu
from tests.yearend_support import expense, income, jasa, member
from tests.yearend_support import savings as deposit


def kinds() -> list[str]:
    return [r.kind for r in log.records()]


def last(kind: str) -> log.AuditRecord:
    found = log.records(kind=kind)
    assert found, f"no {kind} record"
    return found[-1]


def test_product_added_changed_and_deactivated(book):
    product = add_product(ProductInput(name="Pinjaman biasa", rate=Decimal("0.015"), max_periods=12))
    added = last("product")
    assert added.subject == "Jenis pinjaman Pinjaman biasa"
    assert added.detail["action"] == "added" and added.detail["values"]["rate"] == "0.015"
    update_product(product.id, ProductInput(name="Pinjaman biasa", rate=Decimal("0.02"), max_periods=12))
    changed = last("product")
    assert changed.detail == {"action": "changed", "changes": {"rate": ["0.015", "0.02"]}}
    set_active(product.id, False)
    assert last("product").detail["changes"] == {"is_active": [True, False]}
    assert kinds() == ["product", "product", "product"]


def test_product_refused_records_nothing(book):
    with pytest.raises(Rejected):
        add_product(ProductInput(name="", rate=Decimal("0.015")))
    assert log.records() == []


def test_settings_changes_with_old_and_new_values(book):
    settings.update({"group_name": "UP2K As Syifa", "desa": "Pandulangan"})
    first = last("settings")
    assert first.detail["changes"]["group_name"] == ["UP2K PKK", "UP2K As Syifa"]
    assert first.subject == "Pengaturan"
    settings.update({"group_name": "UP2K As Syifa", "desa": "Sungai Pandan"})  # one key changed
    assert last("settings").detail["changes"] == {"desa": ["Pandulangan", "Sungai Pandan"]}
    count = len(log.records())
    settings.update({"desa": "Sungai Pandan"})  # nothing changed: nothing recorded
    assert len(log.records()) == count


def test_secrets_and_hashes_are_never_recorded(book):
    settings.record({"recovery_code_hash": "scrypt$abc$def", "backup_keep": "5"})
    text = db.execute_sql("SELECT group_concat(detail || subject, ' ') FROM audit_log").fetchone()[0]
    assert "scrypt" not in text and "recovery" not in text
    assert last("settings").detail["changes"] == {"backup_keep": ["", "5"]}
    settings.record({"password_hash": "x", "ketua_password": "y"})
    assert len(log.records(kind="settings")) == 1


def test_logo_recorded_without_its_bytes(book):
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
    settings.set_logo(png)
    assert last("settings").detail["changes"] == {"logo": ["", "(ada)"]}


def test_month_close_and_reopen(book):
    periods.close_month(2026, 3)
    closed = last("period")
    assert closed.detail == {"action": "close_month", "closed_through": ["", "2026-03-31"]}
    assert "03/2026" in closed.subject
    periods.reopen(date(2026, 3, 1), "Salah catat setoran")
    opened = last("period")
    assert opened.detail == {"action": "reopen", "closed_through": ["2026-03-31", "2026-02-28"],
                             "reason": "Salah catat setoran"}
    assert "settings" not in kinds()  # closed_through is the period's own record


def test_legacy_close_period_recorded(book):
    settings.close_period(date(2026, 6, 30))
    assert last("period").detail["closed_through"] == ["", "2026-06-30"]


def test_year_close_shu_and_its_reversal(book):
    a, b = member("Aminah"), member("Bariyah")
    deposit(a, 100_000, date(2025, 2, 1))
    deposit(b, 200_000, date(2025, 3, 1))
    jasa(a, 50_000, date(2025, 5, 5))
    income(7_000, date(2025, 7, 7))
    expense(4_000, date(2025, 8, 8))
    periods.close_year(2025)
    year = last("period")
    assert year.detail["action"] == "close_year" and year.entry_id == periods.closing_entry(2025)
    done = shu.post(2025, date(2026, 3, 14))
    shared = last("shu")
    assert shared.subject == "SHU tahun 2025" and shared.detail["action"] == "shared"
    assert shared.detail["shu_rp"] == done.shu_rp and shared.entry_id == done.entry_id
    shu.reverse(done.id, "Salah hitung", date(2026, 3, 20))
    reversed_ = last("shu")
    assert reversed_.detail["action"] == "reversed" and reversed_.detail["reason"] == "Salah hitung"
    assert reversed_.detail["standing"] == [True, False]


def test_shu_refused_records_nothing(book):
    with pytest.raises(Rejected):
        shu.post(2025, date(2026, 3, 14))
    assert log.records(kind="shu") == []


def test_backup_and_restore_recorded(book, tmp_path):
    member("Aminah")
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.create_backup(usb, passphrase="kunci rahasia desa")
    taken = last("backup")
    assert taken.subject == made.path.name
    assert taken.detail["folder"] == str(usb) and taken.detail["encrypted"] is True
    text = json.dumps([r.detail for r in log.records()])
    assert "kunci" not in text  # the passphrase never
    backup.restore_backup(made.path, "kunci rahasia desa")
    restored = last("restore")  # into the restored book, after it is in place
    assert restored.subject == made.path.name and restored.detail["saved_aside"]
    # the restored book holds no record of the backup itself (it was copied before it), the restore's is the last
    assert kinds()[-1] == "restore"


def test_exports_recorded(book, tmp_path):
    privacy.record_export("Daftar anggota", str(tmp_path / "anggota.xlsx"), 12)
    record = last("export")
    assert record.subject == "Daftar anggota"
    assert record.detail == {"file": str(tmp_path / "anggota.xlsx"), "rows": 12}


def test_member_register_document_recorded_as_an_export(book):
    from app.documents.catalogue import Request, generate

    member("Aminah")
    path = generate(Request("member_register", end=date(2026, 8, 17)))
    record = last("export")
    assert record.subject == "Buku Daftar Anggota" and record.detail["file"] == str(path)


def test_opening_recorded(book):
    from tests.test_opening_core import small_opening
    from app.opening import commit

    done = commit.commit(small_opening())
    opening = last("opening")
    assert opening.detail["members"] == done.members == 4
    assert opening.detail["on"] == "2026-01-01" and opening.entry_id in done.entries
    changes = log.records(kind="settings")[-1].detail["changes"]
    assert changes["group_name"] == ["UP2K PKK", "UP2K As Syifa"]


def test_an_entry_and_a_member_are_recorded_once_each(book):
    """Members and entries are recorded by the chain (app.audit.chain), not a second time here."""
    member("Aminah")
    income(1_000, date(2026, 8, 1))
    assert kinds() == ["member", "entry"]
