"""Catatan atas Laporan Keuangan (kind "notes"): the twelve numbered notes of app.statement_notes,
each with what it means in plain words, the Neraca lines it explains (at the date and at the end
of the year before), its breakdown from the book, and under it the group's own words
(Laporan → "Catatan kelompok…")."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app import ledger, settings
from app.assets import depreciation
from app.documents import report
from app.documents.catalogue import Request
from app.documents.financial import WORDS as STATEMENT_WORDS
from app.documents.financial import day_text
from app.documents.letterhead import letterhead
from app.documents.loan_portfolio import WORDS as PORTFOLIO_WORDS
from app.documents.loan_portfolio import percent, portfolio
from app.documents.output import Progress
from app.documents.words import Words
from app.formatting import rupiah
from app.loans import allowance
from app.opening.draft import OPENING_ACCOUNT
from app.reports import notes as data

WORDS = Words({
    "title": ("CATATAN ATAS LAPORAN KEUANGAN", "NOTES TO THE FINANCIAL STATEMENTS"),
    "as_of": ("per {date}, dibandingkan dengan {previous}", "as at {date}, compared with {previous}"),
    "code": ("Kode", "Code"),
    "account": ("Akun", "Account"),
    "total": ("Jumlah", "Total"),
    "no_balance": ("Tidak ada saldo pada kedua tanggal.", "No balance on either date."),
    "own_words": ("Catatan kelompok:", "The group's note:"),
    "business": ("Usaha", "Business"),
    "no_business": ("(tanpa usaha)", "(no business)"),
    "kind": ("Jenis simpanan", "Kind of savings"),
    "holders": ("Anggota penyimpan", "Members saving"),
    "funder": ("Pemberi dana", "Funder"),
    "no_funder": ("(pemberi dana tidak dicatat)", "(funder not recorded)"),
    "register": ("Buku Inventaris", "Asset register"),
    "items": ("Jumlah barang", "Items"),
    "held": ("Barang yang dimiliki (nilai perolehan)", "Items held (cost)"),
    "disposed": ("Barang yang sudah dihapus", "Items disposed of"),
    "accumulated": ("Dikurangi: akumulasi penyusutan (Jadwal Penyusutan)", "Less: accumulated depreciation (schedule)"),
    "book_value": ("Nilai buku barang yang disusutkan", "Book value of the items depreciated"),
    "allowance_booked": ("Penyisihan yang sudah dibukukan (akun 1-203): {booked}. Persentase diatur di Pengaturan.",
                         "Allowance booked (account 1-203): {booked}. The rates are set in Settings."),
    "amount": ("Jumlah (Rp)", "Amount (Rp)"),
    "preparing": ("Menyusun catatan atas laporan keuangan", "Preparing the notes"),
    "general": ("{group} adalah kelompok Usaha Peningkatan Pendapatan Keluarga (UP2K) PKK{address}{founded}. "
                "Pada {date} anggotanya {members} orang. Kegiatannya simpan pinjam anggota{businesses}.",
                "{group} is a PKK group for raising family income (UP2K){address}{founded}. On {date} it had "
                "{members} members. It runs a "
                "savings and loans fund for its members{businesses}."),
    "address": (" di {address}", " in {address}"),
    "founded": (", berdiri tahun {year}", ", founded in {year}"),
    "businesses": (" dan usaha kelompok: {names}", " and group businesses: {names}"),
    "policies": ("Buku kelompok dicatat berpasangan (setiap transaksi didebit dan dikredit sama besar) dalam "
                 "rupiah penuh. Transaksi yang salah tidak diubah atau dihapus, tetapi dibatalkan dengan jurnal "
                 "balik (storno) yang menyebut alasannya. Pinjaman anggota dicatat sebesar sisa pokok; jasa, denda "
                 "dan provisi menjadi pendapatan ketika diterima. Persediaan dinilai dengan harga rata-rata, "
                 "inventaris dengan harga perolehannya. Simpanan pokok dan wajib adalah modal anggota, simpanan "
                 "sukarela adalah utang kelompok kepada anggota. Tahun buku 1 Januari sampai 31 Desember; sisa "
                 "hasil usaha (SHU) adalah pendapatan dikurangi beban setahun dan dibagi menurut keputusan Rapat "
                 "Anggota Tahunan.",
                 "The books are kept by double entry (every transaction debits and credits the same amount) in "
                 "whole rupiah. A wrong transaction is never changed or deleted but cancelled by a reversing "
                 "entry (storno) that gives its reason. Member loans are shown at the principal outstanding; "
                 "interest, fines and fees are income when received. Stock is valued at average cost, equipment "
                 "at its cost. Members' basic and compulsory savings are their capital, voluntary savings are "
                 "the group's debt to them. The financial year runs from 1 January to 31 December; the surplus "
                 "(SHU) is a year's income less its expenses, shared as the Annual Members' Meeting decides."),
    "cash": ("Kas adalah uang tunai yang dipegang bendahara, bank adalah saldo rekening kelompok. Jumlahnya sama "
             "dengan sisa Buku Kas Umum dan saldo akhir Laporan Arus Kas.",
             "Cash is the money the treasurer holds, bank the balance of the group's account. Together they are "
             "the closing balance of the cash book and of the cash flow statement."),
    "loans": ("Pinjaman anggota dicatat sebesar pokok yang belum dibayar. Kolektibilitas menurut lamanya angsuran "
              "terlambat (batas harinya diatur di Pengaturan). Penyisihan piutang tak tertagih dibentuk menurut "
              "kolektibilitas dengan persentase yang ditetapkan kelompok dan mengurangi piutang; pinjaman yang "
              "dihapusbukukan memakai penyisihan lebih dulu.",
              "Member loans are shown at the principal not yet repaid. They are classified by how long their "
              "instalments are late (the limits in days are set in Settings). An allowance for bad loans is set "
              "aside by class at the rates the group sets and is deducted from the loans; a loan written off "
              "uses the allowance first."),
    "sales_receivable": ("Penjualan usaha secara kredit yang belum dibayar pembeli, menurut usaha.",
                         "Business sales on credit not yet paid by the buyers, by business."),
    "stock": ("Bahan baku dan produk usaha kelompok yang ada, dinilai dengan harga rata-rata, menurut usaha.",
              "Materials and products of the group businesses on hand, at average cost, by business."),
    "fixed_assets": ("Barang dan peralatan milik kelompok dicatat sebesar harga perolehannya; setiap barang "
                     "tercatat di Buku Inventaris. Barang disusutkan dengan metode garis lurus selama umurnya "
                     "menurut jenisnya (diatur di Kebijakan penyusutan); akumulasi penyusutan mengurangi nilainya.",
                     "The group's equipment is shown at its cost; every item is listed in the asset register. "
                     "Items are depreciated straight line over the life of their kind (set in the depreciation "
                     "policy); accumulated depreciation is deducted from their cost."),
    "savings": ("Simpanan pokok dan wajib adalah modal anggota dan tidak ditarik selama menjadi anggota; simpanan "
                "sukarela dapat ditarik sewaktu-waktu sehingga dicatat sebagai kewajiban.",
                "Basic and compulsory savings are the members' capital, not withdrawn while they are members; "
                "voluntary savings can be withdrawn at any time and are shown as a liability."),
    "debts": ("Utang kepada pemasok usaha dan pinjaman dari bank atau pemberi modal yang belum dilunasi.",
              "Debts to the businesses' suppliers and loans from banks or lenders not yet repaid."),
    "funds": ("Dana yang disisihkan untuk tujuan tertentu (insentif guru PAUD, dana sosial) dan SHU yang sudah "
              "diputuskan rapat anggota tetapi belum dibayarkan.",
              "Money set aside for a purpose (PAUD teachers' incentive, social fund) and surplus the members' "
              "meeting has shared but not yet paid."),
    "grants": ("Hibah dari pemerintah, CSR dan pihak lain dicatat sebagai modal kelompok, menurut pemberi dana.",
               "Grants from the government, companies (CSR) and others are the group's capital, by funder."),
    "surplus": ("Dana cadangan dibentuk dari pembagian SHU. SHU tahun berjalan adalah pendapatan dikurangi beban "
                "sejak 1 Januari; SHU tahun lalu yang belum dibagi menunggu keputusan Rapat Anggota Tahunan.",
                "The reserve is built from the surplus shared. The current year's surplus is income less "
                "expenses since 1 January; an earlier year's surplus not yet shared awaits the Annual Members' "
                "Meeting."),
    "opening": ("Modal awal adalah milik kelompok sebelum buku dimulai.",
                "Starting capital is what the group owned before the book started."),
    "opening_on": ("Saldo buku lama dicatat per {date}, tanggal saldo awal.",
                   "The old books' balances were brought in as at {date}, the opening date."),
    "opening_difference": ("Selisih saldo awal adalah bagian neraca awal yang tidak seimbang saat buku dipindahkan "
                           "dari catatan lama; penjelasannya di bawah.",
                           "The opening difference is the part of the opening balance sheet that did not balance "
                           "when the old books were brought in; it is explained below."),
})


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang = request.lang
    report.signed_statement(request, target, progress, WORDS("title", lang), WORDS("preparing", lang),
                            lambda width: story(request.end, lang, width))


def story(as_of: date, lang: str, width: float) -> tuple[str, list]:
    """The subtitle and the body (no letterhead, no signatures); also the RAT pack's."""
    w = lambda key: WORDS(key, lang)  # noqa: E731
    book = data.notes(as_of)
    body: list = []
    for figures in book.notes:
        if figures.note.key == "opening" and not (figures.lines or figures.own_words):
            continue  # a book started from zero: no Modal awal, no opening difference to explain
        opening = [report.text(f"{figures.note.number}. {figures.note.title(lang)}", "section"),
                   report.text(_plain_words(figures.note.key, book, lang, figures))]
        if figures.note.key not in ("general", "policies"):
            opening.append(_lines_table(figures, book, lang, width))
        for flowable in opening[:-1]:
            flowable.keepWithNext = 1  # a note's heading never ends a page without its words and table
        body += opening
        body += [item for table in _breakdown(figures, as_of, lang, width) for item in (Spacer(0, 2 * mm), table)]
        if figures.own_words:
            body.append(report.text(w("own_words"), "small"))
            body += [report.text(paragraph) for paragraph in figures.own_words.splitlines() if paragraph.strip()]
    subtitle = w("as_of").format(date=day_text(as_of, lang), previous=day_text(book.previous_as_of, lang))
    return subtitle, body


def _plain_words(key: str, book: data.Notes, lang: str, figures: data.NoteFigures | None = None) -> str:
    w = lambda k: WORDS(k, lang)  # noqa: E731
    if key == "opening":  # the date the old books came in; the difference only when there is one to explain
        on = settings.get(ledger.OPENING_DATE)
        explained = any(line.code == OPENING_ACCOUNT for line in figures.lines) or figures.own_words
        return " ".join([w("opening"), *([w("opening_on").format(date=day_text(date.fromisoformat(on), lang))] if on else []),
                         *([w("opening_difference")] if explained else [])])
    if key != "general":
        return w(key)
    lh = letterhead()
    return w("general").format(
        group=lh.group_name, address=w("address").format(address=lh.address) if lh.address else "",
        founded=w("founded").format(year=book.founded_year) if book.founded_year else "",
        date=day_text(book.as_of, lang),
        members=book.members,
        businesses=w("businesses").format(names=", ".join(book.businesses)) if book.businesses else "")


def _lines_table(figures: data.NoteFigures, book: data.Notes, lang: str, width: float) -> Flowable:
    w = lambda key: WORDS(key, lang)  # noqa: E731
    if not figures.lines:
        return report.text(w("no_balance"), "small")
    columns = [report.Column(w("code"), 10), report.Column(w("account"), 45),
               report.Column(f"{day_text(book.as_of, lang)} (Rp)", 20, "money"),
               report.Column(f"{day_text(book.previous_as_of, lang)} (Rp)", 20, "money")]
    rows = [(line.code, line.name if line.code else STATEMENT_WORDS(line.name, lang), line.amount_rp,
             line.previous_rp) for line in figures.lines]
    totals = ["", w("total"), figures.total_rp, sum(line.previous_rp for line in figures.lines)]
    return report.table(columns, rows, totals=totals, width=width, lang=lang)


def _breakdown(figures: data.NoteFigures, as_of: date, lang: str, width: float) -> list:
    """The note's table from the book beside the Neraca lines: by business, kind, funder, class."""
    w = lambda key: WORDS(key, lang)  # noqa: E731
    key, parts = figures.note.key, figures.parts
    if key == "loans":
        loans, needed = portfolio(as_of), allowance.allowance(as_of)
        rate = {c.kolektibilitas: c for c in needed.classes}
        p = lambda k: PORTFOLIO_WORDS(k, lang)  # noqa: E731
        columns = [report.Column(p("class"), 2.4), report.Column(p("loans"), 1, "number"),
                   report.Column(p("outstanding"), 1.5, "money"), report.Column(p("share"), 1, "number"),
                   report.Column(p("rate"), 1, "number"), report.Column(p("required"), 1.5, "money")]
        rows = [(p(c.kolektibilitas), c.loans, c.outstanding_rp, percent(c.share_bp),
                 percent(rate[c.kolektibilitas].rate_bp), rate[c.kolektibilitas].required_rp) for c in loans.classes]
        totals = [w("total"), len(loans.rows), loans.total_outstanding_rp, "", "", needed.required_rp]
        return [report.table(columns, rows, totals=totals, width=width, lang=lang),
                report.text(w("allowance_booked").format(booked=rupiah(needed.booked_rp)), "small")]
    if not parts:
        return []
    if key == "fixed_assets":
        columns = [report.Column(w("register"), 3), report.Column(w("items"), 1, "number"),
                   report.Column(w("amount"), 1.5, "money")]
        rows = [(w(part.label), part.count, part.amount_rp if part.label == "held" else None) for part in parts]
        held = depreciation.schedule(as_of)
        accumulated = sum(row.accumulated_rp for row in held)
        rows += [(w("accumulated"), None, -accumulated),
                 (w("book_value"), None, sum(row.item.value_rp for row in held) - accumulated)]
        return [report.table(columns, rows, width=width * 0.8, lang=lang)]
    if key == "savings":
        columns = [report.Column(w("kind"), 3), report.Column(w("holders"), 1, "number"),
                   report.Column(w("amount"), 1.5, "money")]
        rows = [(part.label, part.count, part.amount_rp) for part in parts]
        totals = [w("total"), None, sum(part.amount_rp for part in parts)]
        return [report.table(columns, rows, totals=totals, width=width * 0.8, lang=lang)]
    label, nobody = ("funder", "no_funder") if key == "grants" else ("business", "no_business")
    columns = [report.Column(w(label), 3), report.Column(w("amount"), 1.5, "money")]
    rows = [(part.label or w(nobody), part.amount_rp) for part in parts]
    totals = [w("total"), sum(part.amount_rp for part in parts)]
    return [report.table(columns, rows, totals=totals, width=width * 0.8, lang=lang)]
