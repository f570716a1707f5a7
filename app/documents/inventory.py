"""Buku Inventaris as the PKK book has it (DOMAIN.md "PKK reporting"): No | Nama barang |
Asal barang | Tanggal penerimaan/pembelian | Jumlah | Tempat penyimpanan | Kondisi | Keterangan.

Items acquired after the date are not listed; an item disposed by then says so in Keterangan
("Dihapus 05/08/2026: rusak dimakan rayap") and is not counted in the total value.

Below the table the reconciliation with the Neraca (app.assets.register.reconcile): the
register's total, the balance of 1-401 Peralatan at the date and their difference, with what
explains one (items recorded before the register was tied to the ledger, entries on 1-401
without an item).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from app import inventory
from app.assets import register
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
    "cancelled": ("Dibatalkan {date} (storno): {reason}", "Cancelled {date} (reversed): {reason}"),
    "reconciliation": ("Rekonsiliasi dengan Neraca", "Reconciliation with the balance sheet"),
    "register_total": ("Jumlah menurut buku inventaris", "Total per the asset register"),
    "ledger_total": ("Saldo akun Peralatan di Neraca (1-401)", "Balance of Equipment in the balance sheet (1-401)"),
    "difference": ("Selisih", "Difference"),
    "ties": ("Buku inventaris sama dengan akun Peralatan di Neraca.",
             "The register agrees with the Equipment account of the balance sheet."),
    "unposted": ("Dicatat sebelum buku inventaris terhubung ke jurnal (tidak ada di akun 1-401): {item}, {value}",
                 "Recorded before the register was tied to the journal (not in account 1-401): {item}, {value}"),
    "unlinked": ("Jurnal {date} tanpa barang di buku inventaris: {text}, {value}",
                 "Entry of {date} with no item in the register: {text}, {value}"),
})


def keterangan(row: inventory.InventoryRow, lang: str) -> str:
    parts = []
    if row.value_rp:
        parts.append(WORDS("value", lang).format(value=rupiah(row.value_rp)))
    if row.note:
        parts.append(row.note)
    if row.disposed_on is not None:
        parts.append(WORDS("cancelled" if row.cancelled else "disposed", lang).format(
            date=short_date(row.disposed_on), reason=row.disposed_reason))
    return "; ".join(parts)


def reconciliation(on, lang: str, width: float) -> list:
    """The register against 1-401 at `on`, and the lines that explain a difference."""
    check = register.reconcile(on)
    w = lambda key: WORDS(key, lang)  # noqa: E731
    story = [report.text(w("reconciliation"), "section"),
             report.figures([(w("register_total"), check.register_rp), (w("ledger_total"), check.ledger_rp),
                             (w("difference"), check.difference_rp)], width)]
    if check.difference_rp == 0:
        story.append(report.text(w("ties"), "small"))
    story += [report.text(w("unposted").format(item=row.name, value=rupiah(row.value_rp)), "small")
              for row in check.unposted]
    story += [report.text(w("unlinked").format(date=short_date(day), text=text, value=rupiah(amount)), "small")
              for day, text, amount in check.unlinked]
    return [KeepTogether(story)]


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
    story += [Spacer(0, 3 * mm), *reconciliation(request.end, lang, width)]
    story += report.signatures(lh, request.end, lang, width=width, keeper="sekretaris")  # the register is hers
    story.append(report.Mark(progress, w("title"), 1, 1))
    report.build(target, paper, story, title=w("title").title(), lang=lang, landscape=True, author=lh.group_name)
