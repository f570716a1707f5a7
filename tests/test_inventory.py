"""Buku Inventaris: adding with a refusal per field, changing condition/place, disposing (never
deleting), listing as of a date, and the PKK book's PDF read back."""

from __future__ import annotations

from datetime import date

import pytest

from app import inventory
from app.assets import register
from app.db import db
from app.documents.catalogue import Request, generate
from app.errors import Rejected
from app.inventory import InventoryInput
from pdf_support import pdf_text

TODAY = date(2026, 8, 17)


def _mesin(**changes):
    values = dict(name="Mesin bordir Janome", origin="Hibah CSR PT Adaro", acquired_on=date(2025, 3, 4),
                  quantity=2, unit="unit", value_rp=7_500_000, location="Rumah Ketua", condition="baik")
    values.update(changes)
    return _add(**values)


def _add(**values):
    """A gift (Dr 1-401 / Cr 3-201 at its value): the register's row and its entry."""
    return register.acquire(InventoryInput(**values), register.GIFT)


def test_add_and_list(book):
    mesin = _mesin()
    panci = _add(name="Panci besar", origin="Beli sendiri", acquired_on=date(2026, 2, 1),
                                              quantity=3, value_rp=450_000, location="Gudang",
                                              condition="rusak_ringan", note="  satu   tutupnya hilang ")
    assert panci.note == "satu tutupnya hilang" and panci.unit == "buah"
    assert [r.id for r in inventory.list_items()] == [mesin.id, panci.id]
    assert [r.id for r in inventory.list_items(date(2025, 12, 31))] == [mesin.id]


@pytest.mark.parametrize("changes, field, code", [
    (dict(name="  "), "name", "required"),
    (dict(name="x" * 101), "name", "text.too_long"),
    (dict(acquired_on=date(2026, 8, 18)), "acquired_on", "date.in_future"),
    (dict(acquired_on=None), "acquired_on", "required"),
    (dict(quantity=0), "quantity", "amount.not_positive"),
    (dict(quantity=1.5), "quantity", "number.unreadable"),
    (dict(quantity=None), "quantity", "required"),
    (dict(value_rp=-1), "value_rp", "amount.negative"),
    (dict(value_rp=10**15), "value_rp", "posting.amount_too_large"),
    (dict(value_rp=12.5), "value_rp", "amount.unreadable"),
    (dict(condition="hilang"), "condition", "inventory.bad_condition"),
    (dict(unit=""), "unit", "required"),
    (dict(kind="rumah"), "kind", "inventory.bad_kind"),
    (dict(life_years=0), "life_years", "asset.life_not_positive"),
    (dict(life_years=-3), "life_years", "asset.life_not_positive"),
    (dict(life_years=51), "life_years", "asset.life_too_long"),
])
def test_each_bad_field_is_named_and_nothing_written(book, changes, field, code):
    with pytest.raises(Rejected) as refused:
        _mesin(**changes)
    assert [(i.field, i.code) for i in refused.value.issues] == [(field, code)]
    assert inventory.list_items() == []


def test_update_changes_only_what_may_change(book):
    mesin = _mesin()
    changed = inventory.update_item(mesin.id, "rusak_berat", "Balai desa", "Jarum patah", 1)
    assert (changed.condition, changed.location, changed.note, changed.quantity) == ("rusak_berat", "Balai desa",
                                                                                      "Jarum patah", 1)
    assert (changed.name, changed.value_rp, changed.acquired_on) == (mesin.name, mesin.value_rp, mesin.acquired_on)
    with pytest.raises(Rejected) as refused:
        inventory.update_item(mesin.id, "hilang", "", "", 0)
    assert refused.value.codes() == ["inventory.bad_condition", "amount.not_positive"]


def test_dispose_keeps_the_item_and_is_checked(book):
    mesin = _mesin()
    with pytest.raises(Rejected) as refused:
        register.dispose(mesin.id, date(2025, 1, 1), "")
    assert [(i.field, i.code) for i in refused.value.issues] == [("disposed_on", "date.too_early"), ("reason", "required")]
    with pytest.raises(Rejected) as refused:
        register.dispose(mesin.id, date(2026, 9, 1), "Rusak")
    assert refused.value.codes() == ["date.in_future"]
    gone = register.dispose(mesin.id, date(2026, 8, 5), "Rusak dimakan rayap")
    assert gone.disposed and gone.disposed_reason == "Rusak dimakan rayap"
    with pytest.raises(Rejected) as refused:
        register.dispose(mesin.id, date(2026, 8, 6), "Lagi")
    assert refused.value.codes() == ["inventory.disposed"]
    with pytest.raises(Rejected) as refused:
        inventory.update_item(mesin.id, "baik", "", "", 1)
    assert refused.value.codes() == ["inventory.disposed"]
    assert inventory.list_items(include_disposed=False) == []
    assert inventory.list_items(date(2026, 8, 1), include_disposed=False)[0].disposed_on is None  # still held then
    with pytest.raises(Rejected):
        db.execute_sql("DELETE FROM inventory_items WHERE id = ?", (mesin.id,))
    with pytest.raises(Rejected) as refused:
        register.dispose(999, date(2026, 8, 5), "x")
    assert refused.value.codes() == ["inventory.not_found"]


def test_the_pdf_has_the_pkk_columns_rows_and_disposed_items(book, tmp_path):
    _mesin()
    _add(name="Panci besar", origin="Beli sendiri", acquired_on=date(2026, 2, 1),
                                      quantity=3, value_rp=450_000, location="Gudang", condition="rusak_ringan")
    rak = _add(name="Rak telur kayu", origin="Bantuan Dinas Koperasi",
                                            acquired_on=date(2025, 6, 1), quantity=10, value_rp=0)
    register.dispose(rak.id, date(2026, 8, 5), "Rusak dimakan rayap")
    _add(name="Kompor gas", acquired_on=date(2026, 8, 16), value_rp=300_000)
    path = generate(Request("inventory", end=date(2026, 8, 15)), target=tmp_path / "inv.pdf")
    text = pdf_text(path)
    for title in ("No", "Nama barang", "Asal barang", "Tanggal penerimaan/ pembelian", "Jumlah", "Tempat penyimpanan",
                  "Kondisi", "Keterangan"):
        assert title in text
    assert "BUKU INVENTARIS" in text and "Keadaan per 15 Agustus 2026" in text
    assert "Mesin bordir Janome" in text and "Hibah CSR PT Adaro" in text and "04/03/2025" in text
    assert "2 unit" in text and "Rumah Ketua" in text and "Baik" in text
    assert "Panci besar" in text and "Rusak ringan" in text and "3 buah" in text
    assert "Dihapus 05/08/2026: Rusak dimakan rayap" in text
    assert "Kompor gas" not in text  # bought after the date
    assert "2 barang dimiliki, nilai perolehan Rp7.950.000; 1 barang dihapus." in text
    before = pdf_text(generate(Request("inventory", end=date(2026, 8, 1)), target=tmp_path / "b.pdf"))
    assert "Rak telur kayu" in before and "Dihapus" not in before
