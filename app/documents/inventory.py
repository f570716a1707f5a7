"""Buku Inventaris as the PKK book has it (DOMAIN.md "PKK reporting"): No | Nama barang |
Asal barang | Tanggal penerimaan/pembelian | Jumlah | Tempat penyimpanan | Kondisi | Keterangan.

Items acquired after the date are not listed; an item disposed by then says so in Keterangan
("Dihapus 05/08/2026: rusak dimakan rayap") and is not counted in the total value.
"""

from __future__ import annotations

from app import inventory
from app.documents import report
from app.documents.letterhead import letterhead
from app.documents.loan_portfolio import day_month_year
from app.documents.paper import PAPERS
from app.documents.words import Words
from app.formatting import rupiah, short_date, thousands

WORDS = Words({
    "title": ("BUKU INVENTARIS", "ASSET REGISTER"),
    "as_of": ("Keadaan per {date}", "As of {date}"),
    "no": ("No", "No"),
    "name": ("Nama barang", "Item"),
    "origin": ("Asal barang", "Obtained from"),
    "acquired": ("Tanggal penerimaan/ pembelian", "Date received/ bought"),
    "quantity": ("Jumlah", "Quantity"),
    "location": ("Tempat penyimpanan", "Kept at"),
    "condition": ("Kondisi", "Condition"),
    "note": ("Keterangan", "Notes"),
    "baik": ("Baik", "Good"),
    "rusak_ringan": ("Rusak ringan", "Slightly damaged"),
    "rusak_berat": ("Rusak berat", "Badly damaged"),
    "disposed": ("Dihapus {date}: {reason}", "Disposed of {date}: {reason}"),
    "value": ("Nilai perolehan {value}", "Cost {value}"),
    "held": ("{items} barang dimiliki, nilai perolehan {value}; {disposed} barang dihapus.",
             "{items} items held, cost {value}; {disposed} items disposed of."),
    "none": ("Belum ada barang inventaris yang dicatat.", "No item recorded yet."),
})


def keterangan(row: inventory.InventoryRow, lang: str) -> str:
    parts = []
    if row.value_rp:
        parts.append(WORDS("value", lang).format(value=rupiah(row.value_rp)))
    if row.note:
        parts.append(row.note)
    if row.disposed_on is not None:
        parts.append(WORDS("disposed", lang).format(date=short_date(row.disposed_on), reason=row.disposed_reason))
    return "; ".join(parts)


def build(request, target: str, progress=None) -> None:
    lang, paper = request.lang, PAPERS[request.paper]
    rows = inventory.list_items(request.end, include_disposed=True)
    lh = letterhead()
    width = report.usable_width(paper, landscape=True)
    w = lambda key: WORDS(key, lang)  # noqa: E731
    columns = [report.Column(w("no"), 0.45, "number"), report.Column(w("name"), 2.2),
               report.Column(w("origin"), 1.6), report.Column(w("acquired"), 1.2, "date"),
               report.Column(w("quantity"), 0.9, "number"), report.Column(w("location"), 1.6),
               report.Column(w("condition"), 1.1), report.Column(w("note"), 2.8)]
    table_rows = [(i, r.name, r.origin, r.acquired_on, f"{thousands(r.quantity)} {r.unit}", r.location,
                   w(r.condition), keterangan(r, lang)) for i, r in enumerate(rows, start=1)]
    story = [*report.heading(lh, w("title"), w("as_of").format(date=day_month_year(request.end, lang))),
             report.Mark(progress, w("title"), 0, 1),
             report.table(columns, table_rows, width=width, empty=w("none"), lang=lang)]
    held = [r for r in rows if not r.disposed]
    if rows:
        story.append(report.text(w("held").format(items=len(held), value=rupiah(sum(r.value_rp for r in held)),
                                                  disposed=len(rows) - len(held)), "small"))
    story += report.signatures(lh, request.end, lang, width=width, keeper="sekretaris")  # the register is hers
    story.append(report.Mark(progress, w("title"), 1, 1))
    report.build(target, paper, story, title=w("title").title(), lang=lang, landscape=True, author=lh.group_name)
