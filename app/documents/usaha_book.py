"""The books of a group business (usaha kelompok) on paper: kinds "usaha_book", "usaha_stock"
and "usaha_sales" (the profit-share slips are app.documents.usaha_share).

- usaha_book (a period): the business report (sales, HPP, stock difference, other expenses,
  profit, from app.usaha.report), the journal of every entry of the business in the period (its
  cash in and out, and the value of what moved no cash: a credit sale, a production, a count),
  the credit sales still open and the suppliers still owed at the end, signatures.
- usaha_stock (a date): every product and material with its quantity in its own unit, average
  cost per unit (with the decimals that make quantity × average = value) and value; the total
  is the business's part of 1-301, shown beside what the ledger has for it on that date.
- usaha_sales (a period): sales by product (quantity, amount, HPP) and by buyer (sales, amount,
  of which on credit); the totals are the business's sales (4-201) in the period.

Every figure is read from the postings and the usaha records, never typed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app import ledger
from app.db import db
from app.documents import report
from app.documents.catalogue import Request, paper_of
from app.documents.financial import day_text, period_text
from app.documents.letterhead import letterhead
from app.documents.output import Progress, step
from app.documents.words import Words
from app.formatting import thousands
from app.rounding import Rounding, round_rupiah
from app.usaha import report as usaha_report
from app.usaha import stock, trade
from app.usaha.common import business_name

WORDS = Words({
    "book_title": ("BUKU USAHA KELOMPOK", "GROUP BUSINESS BOOK"),
    "stock_title": ("DAFTAR PERSEDIAAN", "STOCK LIST"),
    "sales_title": ("LAPORAN PENJUALAN", "SALES REPORT"),
    "subtitle": ("Usaha {name} – {period}", "Business {name} – {period}"),
    "as_of": ("Usaha {name} – keadaan per {date}", "Business {name} – as of {date}"),
    "report": ("Laporan usaha", "Business report"),
    "sales": ("Penjualan", "Sales"),
    "other_income": ("Pendapatan lain", "Other income"),
    "cost": ("Harga pokok penjualan (HPP)", "Cost of goods sold"),
    "difference": ("Selisih persediaan (stok opname)", "Stock difference (stock count)"),
    "expenses": ("Beban lain (operasional)", "Other expenses"),
    "profit": ("Laba (rugi) periode ini", "Profit (loss) for the period"),
    "gross": ("Laba kotor", "Gross profit"),
    "position": ("Keadaan per {date}", "Position at {date}"),
    "stock_value": ("Nilai persediaan", "Stock value"),
    "receivables": ("Piutang penjualan", "Receivables (credit sales)"),
    "payables": ("Utang usaha", "Payables (suppliers)"),
    "journal": ("Jurnal usaha", "Business journal"),
    "no": ("No", "No"),
    "date": ("Tanggal", "Date"),
    "description": ("Uraian", "Description"),
    "voucher": ("Nomor bukti", "Voucher no."),
    "cash_in": ("Penerimaan (Rp)", "Receipts (Rp)"),
    "cash_out": ("Pengeluaran (Rp)", "Payments (Rp)"),
    "non_cash": ("Bukan tunai (Rp)", "Non-cash (Rp)"),
    "total": ("Jumlah", "Total"),
    "reversed": (" (distorno)", " (reversed)"),
    "no_entries": ("Tidak ada transaksi usaha ini pada periode ini.", "No transactions of this business in this period."),
    "open_receivables": ("Piutang penjualan yang belum lunas per {date}", "Credit sales unpaid at {date}"),
    "open_payables": ("Utang usaha yang belum dibayar per {date}", "Suppliers unpaid at {date}"),
    "buyer": ("Pembeli", "Buyer"),
    "supplier": ("Pemasok", "Supplier"),
    "item": ("Barang", "Item"),
    "amount": ("Jumlah (Rp)", "Amount (Rp)"),
    "paid": ("Dibayar (Rp)", "Paid (Rp)"),
    "open": ("Sisa (Rp)", "Outstanding (Rp)"),
    "no_receivables": ("Tidak ada piutang penjualan.", "No receivables."),
    "no_payables": ("Tidak ada utang usaha.", "No payables."),
    "walk_in": ("Pembeli umum", "Walk-in buyers"),
    "products": ("Produk", "Products"),
    "materials": ("Bahan baku", "Raw materials"),
    "kind": ("Jenis", "Kind"),
    "name": ("Nama barang", "Item"),
    "quantity": ("Jumlah", "Quantity"),
    "unit": ("Satuan", "Unit"),
    "average": ("Harga rata-rata (Rp)", "Average cost (Rp)"),
    "value": ("Nilai (Rp)", "Value (Rp)"),
    "no_items": ("Usaha ini belum mempunyai produk atau bahan.", "This business has no products or materials yet."),
    "stock_total": ("Jumlah persediaan usaha ini (bagian akun 1-301)",
                    "This business's stock (its part of account 1-301)"),
    "stock_ledger": ("Menurut Neraca (bagian usaha ini)", "Per the balance sheet (this business's part)"),
    "stock_difference": ("Selisih", "Difference"),
    "average_note": ("Harga rata-rata = nilai ÷ jumlah (rata-rata bergerak); nilai = biaya perolehan persediaan "
                     "yang tersisa, sama dengan bagian usaha ini di akun 1-301 Persediaan.",
                     "Average cost = value ÷ quantity (moving average); value = the cost of the stock left, "
                     "this business's part of account 1-301 Stock."),
    "by_product": ("Penjualan per produk", "Sales by product"),
    "by_buyer": ("Penjualan per pembeli", "Sales by buyer"),
    "product": ("Produk", "Product"),
    "count": ("Jumlah penjualan", "Number of sales"),
    "on_credit": ("Kredit (Rp)", "On credit (Rp)"),
    "no_sales": ("Tidak ada penjualan pada periode ini.", "No sales in this period."),
    "preparing": ("Menyusun laporan usaha", "Preparing the business report"),
})


def _w(key: str, lang: str) -> str:
    return WORDS(key, lang)


def quantity_text(quantity: Decimal, lang: str = "id") -> str:
    """Decimal('1234.5') -> '1.234,5' (English '1,234.5'); at most three decimals."""
    q = quantity.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP).normalize()
    whole = int(q)
    fraction = format(abs(q - whole), "f")[2:] if q != whole else ""
    text = thousands(abs(whole)) if lang != "en" else f"{abs(whole):,}"
    if q < 0:
        text = "-" + text
    if fraction:
        text += ("." if lang == "en" else ",") + fraction
    return text


# --- the data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalRow:
    entry_id: int
    entry_date: date
    description: str
    voucher: str  # the receipt's number, else the entry's reference, else JU-<id>
    cash_in_rp: int  # the business's cash and bank (1-1xx) lines of the entry, net
    cash_out_rp: int
    non_cash_rp: int  # an entry that moved no cash: its largest debit (the sale on credit, the stock made …)
    reverses: bool
    reversed: bool


def journal(business_id: int, start: date, end: date) -> list[JournalRow]:
    """Every entry with a line of the business in [start, end], in date order."""
    rows = db.execute_sql(
        "SELECT e.id, e.entry_date, e.description, e.reference, e.reverses_id, e.reversed_by_id,"
        " (SELECT r.number FROM receipts r WHERE r.entry_id = e.id),"
        " sum(CASE WHEN a.code LIKE '1-1%' THEN p.amount_rp ELSE 0 END),"
        " max(CASE WHEN a.code NOT LIKE '1-1%' AND p.amount_rp > 0 THEN p.amount_rp ELSE 0 END),"
        " max(CASE WHEN a.code LIKE '1-1%' THEN 1 ELSE 0 END)"  # cash in and out of one entry nets to 0 but did move
        " FROM postings p JOIN journal_entries e ON e.id = p.entry_id JOIN accounts a ON a.id = p.account_id"
        " WHERE p.business_id = ? AND p.entry_date BETWEEN ? AND ?"
        " GROUP BY e.id ORDER BY e.entry_date, e.id",
        (business_id, start.isoformat(), end.isoformat()))
    result = []
    for entry_id, day, description, reference, reverses, reversed_by, receipt, cash, largest, moved_cash in rows:
        result.append(JournalRow(
            entry_id, date.fromisoformat(str(day)), description, receipt or reference or f"JU-{entry_id}",
            max(cash, 0), max(-cash, 0), 0 if moved_cash else largest, reverses is not None, reversed_by is not None))
    return result


def average_cost(row: stock.StockRow) -> Decimal | None:
    """The value of one unit (the item's own unit) at the average, with as many decimals (up to
    three) as it takes for the quantity shown × the average shown to give the value shown,
    to the rupiah: the page multiplies out."""
    if row.quantity_base <= 0:
        return None
    exact = Fraction(row.value_rp) / Fraction(row.quantity)
    shown = Fraction(row.quantity.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))
    for places in range(4):
        average = Decimal(round_rupiah(exact * 10**places, Rounding.HALF_UP)).scaleb(-places)
        if round_rupiah(shown * Fraction(average), Rounding.HALF_UP) == row.value_rp:
            break
    return average


# --- drawing ----------------------------------------------------------------------------------


def build(request: Request, target: str, progress: Progress = None) -> None:
    {"usaha_book": _book, "usaha_stock": _stock, "usaha_sales": _sales}[request.kind](request, target, progress)


def _book(request: Request, target: str, progress: Progress) -> None:
    lang, paper = request.lang, paper_of(request)
    b, start, end = request.business_id, request.start, request.end
    step(progress, _w("preparing", lang), 0, 3)
    lh = letterhead()
    width = report.usable_width(paper)
    name = business_name(b)
    story = report.heading(lh, _w("book_title", lang),
                           _w("subtitle", lang).format(name=name, period=period_text(start, end, lang)))
    story += results_story(b, start, end, lang, width)
    story.append(report.Mark(progress, _w("journal", lang), 1, 3))

    story.append(report.text(_w("journal", lang), "section"))
    rows = journal(b, start, end)
    columns = [report.Column(_w("no", lang), 6, "number"), report.Column(_w("date", lang), 13, "date"),
               report.Column(_w("description", lang), 30), report.Column(_w("voucher", lang), 21),
               report.Column(_w("cash_in", lang), 15, "money"), report.Column(_w("cash_out", lang), 15, "money"),
               report.Column(_w("non_cash", lang), 15, "money")]
    data = [(i, row.entry_date, row.description + (_w("reversed", lang) if row.reversed else ""), row.voucher,
             row.cash_in_rp or None, row.cash_out_rp or None, row.non_cash_rp or None)
            for i, row in enumerate(rows, start=1)]
    if data:
        totals = ["", "", _w("total", lang), "", sum(x.cash_in_rp for x in rows), sum(x.cash_out_rp for x in rows), None]
        story.append(report.table(columns, data, totals, width=width, lang=lang))
    else:
        story.append(report.text(_w("no_entries", lang)))
    story.append(report.Mark(progress, _w("receivables", lang), 2, 3))

    end_text = day_text(end, lang)
    story.append(report.text(_w("open_receivables", lang).format(date=end_text), "section"))
    owed = trade.open_receivables(b, as_of=end)
    if owed:
        story.append(report.table(
            [report.Column(_w("date", lang), 13, "date"), report.Column(_w("buyer", lang), 40),
             report.Column(_w("amount", lang), 15, "money"), report.Column(_w("paid", lang), 15, "money"),
             report.Column(_w("open", lang), 15, "money")],
            [(o.sale_date, o.buyer_name, o.amount_rp, o.paid_rp, o.open_rp) for o in owed],
            ["", _w("total", lang), sum(o.amount_rp for o in owed), sum(o.paid_rp for o in owed),
             sum(o.open_rp for o in owed)], width=width, lang=lang))
    else:
        story.append(report.text(_w("no_receivables", lang)))
    story.append(report.text(_w("open_payables", lang).format(date=end_text), "section"))
    due = trade.open_payables(b, as_of=end)
    if due:
        story.append(report.table(
            [report.Column(_w("date", lang), 13, "date"), report.Column(_w("supplier", lang), 22),
             report.Column(_w("item", lang), 18), report.Column(_w("amount", lang), 15, "money"),
             report.Column(_w("paid", lang), 15, "money"), report.Column(_w("open", lang), 15, "money")],
            [(o.purchase_date, o.supplier, o.item_name, o.amount_rp, o.paid_rp, o.open_rp) for o in due],
            ["", _w("total", lang), "", sum(o.amount_rp for o in due), sum(o.paid_rp for o in due),
             sum(o.open_rp for o in due)], width=width, lang=lang))
    else:
        story.append(report.text(_w("no_payables", lang)))
    story += report.signatures(lh, end, lang, width=width)
    story.append(report.Mark(progress, _w("book_title", lang), 3, 3))
    title = f"{_w('book_title', lang).title()} – {name}"
    report.build(target, paper, story, title=title, lang=lang, author=lh.group_name)


def results_story(business_id: int, start: date, end: date, lang: str, width: float) -> list:
    """One business's results for the period and its position at the end; also the RAT pack's."""
    r = usaha_report.business_report(business_id, start, end)
    story = [report.text(_w("report", lang), "section"), report.figures([
        (_w("sales", lang), r.sales_rp), (_w("cost", lang), -r.cost_of_sales_rp),
        (_w("gross", lang), r.sales_rp - r.cost_of_sales_rp)], width)]
    extra = []
    if r.other_income_rp:
        extra.append((_w("other_income", lang), r.other_income_rp))
    extra += [(_w("difference", lang), -r.stock_difference_rp), (_w("expenses", lang), -r.expenses_rp),
              (_w("profit", lang), r.profit_rp)]
    story.append(report.figures(extra, width))
    story.append(report.text(_w("position", lang).format(date=day_text(end, lang)), "section"))
    story.append(report.figures([(_w("stock_value", lang), r.stock_value_rp),
                                 (_w("receivables", lang), r.receivables_rp),
                                 (_w("payables", lang), r.payables_rp)], width, bold_last=False))
    return story


def _stock(request: Request, target: str, progress: Progress) -> None:
    lang, paper = request.lang, paper_of(request)
    b, on = request.business_id, request.end
    step(progress, _w("stock_title", lang), 0, 1)
    lh = letterhead()
    width = report.usable_width(paper)
    name = business_name(b)
    rows = stock.stock_list(b, on)
    story = report.heading(lh, _w("stock_title", lang), _w("as_of", lang).format(name=name, date=day_text(on, lang)))
    columns = [report.Column(_w("no", lang), 6, "number"), report.Column(_w("name", lang), 34),
               report.Column(_w("quantity", lang), 12, "number"), report.Column(_w("unit", lang), 10),
               report.Column(_w("average", lang), 15, "number"), report.Column(_w("value", lang), 17, "money")]
    total = 0
    for kind in ("product", "material"):
        items = [row for row in rows if row.kind == kind]
        if not items:
            continue
        story.append(report.text(_w("products" if kind == "product" else "materials", lang), "section"))
        data = [(i, row.name, quantity_text(row.quantity, lang), row.unit_name, _average_text(row, lang), row.value_rp)
                for i, row in enumerate(items, start=1)]
        value = sum(row.value_rp for row in items)
        total += value
        story.append(report.table(columns, data, ["", _w("total", lang), "", "", None, value], width=width, lang=lang))
    if not rows:
        story.append(report.text(_w("no_items", lang)))
    story.append(Spacer(0, 3 * mm))
    in_ledger = ledger.business_balance(b, stock.STOCK, on)
    story.append(report.figures([(_w("stock_total", lang), total), (_w("stock_ledger", lang), in_ledger),
                                 (_w("stock_difference", lang), total - in_ledger)], width))
    story.append(report.text(_w("average_note", lang), "small"))
    story += report.signatures(lh, on, lang, width=width)
    story.append(report.Mark(progress, _w("stock_title", lang), 1, 1))
    report.build(target, paper, story, title=f"{_w('stock_title', lang).title()} – {name}", lang=lang,
                 author=lh.group_name)


def _average_text(row: stock.StockRow, lang: str) -> str:
    average = average_cost(row)
    return "" if average is None else quantity_text(average, lang)


def _sales(request: Request, target: str, progress: Progress) -> None:
    lang, paper = request.lang, paper_of(request)
    b, start, end = request.business_id, request.start, request.end
    step(progress, _w("sales_title", lang), 0, 2)
    lh = letterhead()
    width = report.usable_width(paper)
    name = business_name(b)
    story = report.heading(lh, _w("sales_title", lang),
                           _w("subtitle", lang).format(name=name, period=period_text(start, end, lang)))
    products = usaha_report.sales_by_product(b, start, end)
    story.append(report.text(_w("by_product", lang), "section"))
    if products:
        story.append(report.table(
            [report.Column(_w("no", lang), 6, "number"), report.Column(_w("product", lang), 36),
             report.Column(_w("quantity", lang), 12, "number"), report.Column(_w("unit", lang), 10),
             report.Column(_w("amount", lang), 17, "money"), report.Column(_w("cost", lang) + " (Rp)", 17, "money")],
            [(i, p.name, quantity_text(Decimal(p.quantity_base), lang), p.base_unit_name, p.amount_rp, p.cost_rp)
             for i, p in enumerate(products, start=1)],
            ["", _w("total", lang), "", "", sum(p.amount_rp for p in products), sum(p.cost_rp for p in products)],
            width=width, lang=lang))
    else:
        story.append(report.text(_w("no_sales", lang)))
    story.append(report.Mark(progress, _w("by_buyer", lang), 1, 2))
    buyers = usaha_report.sales_by_buyer(b, start, end)
    story.append(report.text(_w("by_buyer", lang), "section"))
    if buyers:
        story.append(report.table(
            [report.Column(_w("no", lang), 6, "number"), report.Column(_w("buyer", lang), 40),
             report.Column(_w("count", lang), 12, "number"), report.Column(_w("amount", lang), 17, "money"),
             report.Column(_w("on_credit", lang), 17, "money")],
            [(i, x.buyer_name or _w("walk_in", lang), x.sales, x.amount_rp, x.on_credit_rp or None)
             for i, x in enumerate(buyers, start=1)],
            ["", _w("total", lang), sum(x.sales for x in buyers), sum(x.amount_rp for x in buyers),
             sum(x.on_credit_rp for x in buyers)], width=width, lang=lang))
    else:
        story.append(report.text(_w("no_sales", lang)))
    story += report.signatures(lh, end, lang, width=width)
    story.append(report.Mark(progress, _w("sales_title", lang), 2, 2))
    report.build(target, paper, story, title=f"{_w('sales_title', lang).title()} – {name}", lang=lang,
                 author=lh.group_name)

