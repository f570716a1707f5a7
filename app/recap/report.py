"""The recap as a PDF ("Rekap UP2K Kecamatan …") and as an .xlsx workbook: per group and in
total, each group's last entry (an old one marked), the ranking with its rule, copies set
aside and the sources that could not be read.

Built from the documents engine's pieces (app.documents.report: tables, page rules, footer)
but not registered in its catalogue: a catalogue document is one open book's, and a recap is
many books' with none open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from babel.dates import format_date
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.dates import checked
from app.documents import report
from app.documents.output import write_atomically
from app.documents.paper import A4
from app.documents.words import Words
from app.formatting import LOCALES, rupiah, short_date, thousands
from app.loans.arrears import CLASSES
from app.recap.figures import BookFigures
from app.recap.ranking import CRITERIA
from app.recap.run import Recap
from app.recap.sources import Problem
from app.xlsx_export import Sheet, write_sheets

STALE_DAYS = 31  # a last entry longer before the recap's date than this is marked

WORDS = Words({
    "title": ("REKAP UP2K KECAMATAN {where}", "UP2K SUB-DISTRICT RECAP {where}"),
    "title_many": ("REKAP UP2K {n} KECAMATAN", "UP2K RECAP OF {n} SUB-DISTRICTS"),
    "file_title": ("Rekap UP2K Kecamatan", "UP2K Sub-district Recap"),
    "as_of": ("Keadaan per {end}; usaha, SHU dan PAUD {start} s.d. {end}", "As of {end}; businesses, SHU and PAUD {start} to {end}"),
    "year": ("Tahun {year}", "Year {year}"),
    "in_rupiah": ("Jumlah uang dalam rupiah.", "Amounts in rupiah."),
    "group": ("Kelompok", "Group"), "desa": ("Desa", "Village"), "kecamatan": ("Kecamatan", "Sub-district"),
    "file": ("Berkas", "File"), "no": ("No", "No"),
    "last_entry": ("Transaksi terakhir", "Last entry"),
    "members": ("Anggota", "Members"),
    "pokok": ("Simpanan pokok", "Simpanan pokok"), "wajib": ("Simpanan wajib", "Simpanan wajib"),
    "sukarela": ("Simpanan sukarela", "Simpanan sukarela"),
    "grants": ("Modal hibah", "Grants"), "bank": ("Utang bank", "Bank loans"), "reserves": ("Dana cadangan", "Reserves"),
    "assets": ("Jumlah aset (Neraca)", "Total assets (balance sheet)"),
    "liabilities": ("Kewajiban", "Liabilities"), "equity": ("Ekuitas", "Equity"),
    "loans": ("Pinjaman beredar", "Loans outstanding"), "borrowers": ("Peminjam", "Borrowers"),
    "outstanding": ("Sisa pinjaman", "Outstanding"), "arrears": ("Tunggakan", "Arrears"),
    "lancar": ("Lancar", "Current"), "dalam_perhatian_khusus": ("Dalam Perhatian Khusus", "Special mention"),
    "kurang_lancar": ("Kurang Lancar", "Substandard"), "diragukan": ("Diragukan", "Doubtful"), "macet": ("Macet", "Loss"),
    "sales": ("Penjualan usaha", "Business sales"), "profit": ("Laba usaha", "Business profit"),
    "shu": ("SHU", "Surplus (SHU)"), "paud": ("Insentif PAUD dibayar", "PAUD incentive paid"),
    "total": ("JUMLAH {n} KELOMPOK", "TOTAL OF {n} GROUPS"),
    "part_members": ("1. Anggota, simpanan dan modal", "1. Members, savings and capital"),
    "part_loans": ("2. Pinjaman menurut kolektibilitas", "2. Loans by classification"),
    "part_business": ("3. Usaha, SHU dan insentif PAUD", "3. Businesses, SHU and PAUD incentive"),
    "part_ranking": ("4. Peringkat lomba UP2K", "4. UP2K competition ranking"),
    "part_notes": ("5. Catatan", "5. Notes"),
    "stale": ("* transaksi terakhir lebih dari {days} hari sebelum {end}: data mungkin belum lengkap.",
              "* last entry more than {days} days before {end}: the figures may be incomplete."),
    "place": ("Peringkat", "Place"), "points": ("Nilai", "Points"),
    "members_rank": ("Anggota", "Members"), "savings_growth_rp": ("Pertumbuhan simpanan", "Savings growth"),
    "lancar_bp": ("Lancar (% sisa pinjaman)", "Current (% of outstanding)"),
    "business_profit_rp": ("Laba usaha", "Business profit"),
    "rule": ("Cara menilai: empat ukuran, makin besar makin baik: jumlah anggota aktif; pertumbuhan simpanan "
             "(pokok + wajib + sukarela) selama periode; bagian Lancar dari sisa pinjaman (tanpa pinjaman beredar "
             "dihitung 100%); laba usaha kelompok selama periode. Pada tiap ukuran kelompok diberi peringkat 1, 2, 3, "
             "… (angka sama, peringkat sama). Nilai = jumlah keempat peringkat; nilai terkecil paling atas.",
             "How it is scored: four criteria, more is better: active members; growth of savings (pokok + wajib + "
             "sukarela) over the period; Lancar's share of the loans outstanding (no loan outstanding counts 100%); "
             "the group businesses' profit over the period. On each criterion the groups are ranked 1, 2, 3, … "
             "(equal figures share a rank). Points = the sum of the four ranks; the fewest come first."),
    "brackets": ("Angka dalam kurung: peringkat pada ukuran itu.", "In brackets: the rank on that criterion."),
    "set_aside": ("{path}: salinan buku {group} yang lebih lama (transaksi terakhir {last}); yang dipakai {used} "
                  "(transaksi terakhir {used_last}).",
                  "{path}: an older copy of the book of {group} (last entry {last}); used instead: {used} "
                  "(last entry {used_last})."),
    "namesakes": ("Buku yang berbeda dengan nama kelompok, desa dan kecamatan yang sama (semua dihitung; periksa "
                  "apakah satu kelompok memulai buku baru): {files}",
                  "Different books with the same group, village and sub-district (all counted; check whether one "
                  "group began a new book): {files}"),
    "problems": ("Sumber yang tidak bisa dibaca (sisanya tetap direkap):", "Sources that could not be read (the rest is recapped):"),
    "no_problems": ("Semua sumber terbaca.", "Every source was read."),
    "none": ("Tidak ada buku yang terbaca.", "No book could be read."),
    "problem": ("Masalah", "Problem"),
    "not_lumbung": ("bukan buku Lumbung", "not a Lumbung book"),
    "damaged": ("rusak, tidak bisa dibaca; minta salinan atau cadangan lain",
                "damaged, cannot be read; ask for another copy or backup"),
    "too_new": ("dibuat oleh Lumbung yang lebih baru (versi buku {version}, Lumbung ini paham sampai {supported}); "
                "perbarui Lumbung", "made by a newer Lumbung (book version {version}, this Lumbung reads up to "
                "{supported}); update Lumbung"),
    "passphrase_required": ("cadangan dikunci kata sandi dan kata sandinya tidak diisi",
                            "backup locked with a passphrase, and none was given"),
    "wrong_passphrase": ("kata sandi salah untuk cadangan ini", "wrong passphrase for this backup"),
    "unreadable": ("tidak bisa dibaca ({reason})", "cannot be read ({reason})"),
    "missing": ("tidak ada (salah ketik, atau flashdisk dicabut?)", "not there (mistyped, or the flashdisk taken out?)"),
    "unreachable": ("server tidak bisa dihubungi ({reason}); periksa jaringan dan alamatnya",
                    "the server cannot be reached ({reason}); check the network and the address"),
    "wrong_login": ("server menolak masuk: nama pengguna atau kata sandi di alamat itu salah, atau tidak boleh membaca",
                    "the server refused the login: wrong user name or password in the address, or no right to read"),
    "server_too_old": ("server PostgreSQL terlalu lama (versi {version}); Lumbung perlu versi {needed}",
                       "the PostgreSQL server is too old (version {version}); Lumbung needs {needed}"),
    "old_book": ("buku di server dibuat Lumbung yang lebih lama (versi buku {version}); buka sekali dengan Lumbung "
                 "ini dulu", "the server's book was made by an older Lumbung (book version {version}); open it "
                 "once with this Lumbung first"),
    "cancelled": ("Rekap dihentikan sebelum semua sumber dibaca.", "The recap was stopped before every source was read."),
})


@checked
def problem_text(problem: Problem, lang: str = "id") -> str:
    """'<file>: <why>', naming the source."""
    return f"{problem.path}: {WORDS.filled(problem.code, lang, problem.params)}"


@dataclass(frozen=True)
class Column:
    key: str  # WORDS key of its title
    kind: str  # money or number
    value: object  # BookFigures -> int


MEMBERS = (
    Column("members", "number", lambda f: f.members),
    Column("pokok", "money", lambda f: f.savings_rp["pokok"]),
    Column("wajib", "money", lambda f: f.savings_rp["wajib"]),
    Column("sukarela", "money", lambda f: f.savings_rp["sukarela"]),
    Column("grants", "money", lambda f: f.capital_rp["grants"]),
    Column("bank", "money", lambda f: f.capital_rp["bank"]),
    Column("reserves", "money", lambda f: f.capital_rp["reserves"]),
    Column("assets", "money", lambda f: f.assets_rp),
)
LOANS = (
    Column("loans", "number", lambda f: f.loans),
    Column("borrowers", "number", lambda f: f.borrowers),
    Column("outstanding", "money", lambda f: f.outstanding_rp),
    Column("arrears", "money", lambda f: f.arrears_rp),
    *(Column(name, "money", lambda f, name=name: f.by_class_rp.get(name, 0)) for name in CLASSES),
)
BUSINESS = (
    Column("sales", "money", lambda f: f.sales_rp),
    Column("profit", "money", lambda f: f.business_profit_rp),
    Column("shu", "money", lambda f: f.shu_rp),
    Column("paud", "money", lambda f: f.paud_paid_rp),
    Column("liabilities", "money", lambda f: f.liabilities_rp),
    Column("equity", "money", lambda f: f.equity_rp),
)
ALL_COLUMNS = (*MEMBERS, *LOANS, *BUSINESS)


def _day(value: date, lang: str) -> str:
    return format_date(value, "d MMMM y", locale=LOCALES.get(lang, "id_ID"))


def namesake_text(files: tuple[str, ...], lang: str = "id") -> str:
    return WORDS("namesakes", lang).format(files=", ".join(files))


@checked
def subtitle(recap: Recap, lang: str) -> str:
    if recap.by_year:
        return WORDS("year", lang).format(year=recap.start.year)
    return WORDS("as_of", lang).format(start=_day(recap.start, lang), end=_day(recap.end, lang))


@checked
def title(recap: Recap, lang: str = "id") -> str:
    """"REKAP UP2K KECAMATAN" and the kecamatan the groups are in; past three, how many."""
    names = sorted({g.figures.identity.kecamatan.upper() for g in recap.groups if g.figures.identity.kecamatan})
    if len(names) > 3:
        return WORDS("title_many", lang).format(n=len(names))
    return WORDS("title", lang).format(where=", ".join(names)).strip()


@checked
def is_stale(recap: Recap, figures: BookFigures) -> bool:
    return figures.last_entry is None or figures.last_entry < recap.end - timedelta(days=STALE_DAYS)


def _last_entry(recap: Recap, figures: BookFigures) -> str:
    return short_date(figures.last_entry) + ("*" if is_stale(recap, figures) else "") if figures.last_entry else "—*"


def _name(figures: BookFigures) -> str:
    i = figures.identity
    return ", ".join(part for part in (i.group_name, i.desa, i.kecamatan) if part)


def _table(recap: Recap, columns, lang: str, width: float, last_entry: bool = False):
    head = [report.Column(WORDS("no", lang), 2.5, "number"), report.Column(WORDS("group", lang), 15)]
    if last_entry:
        head.append(report.Column(WORDS("last_entry", lang), 8))
    # Rupiah without "Rp" (the subtitle says so): a kecamatan's totals run to billions.
    head += [report.Column(WORDS(c.key, lang), 9 if c.kind == "money" else 5, "number") for c in columns]
    rows = []
    for number, group in enumerate(recap.groups, start=1):
        row = [number, _name(group.figures)] + ([_last_entry(recap, group.figures)] if last_entry else [])
        rows.append(row + [c.value(group.figures) for c in columns])
    totals = ["", WORDS("total", lang).format(n=len(recap.groups))] + ([""] if last_entry else [])
    totals += [recap.total(c.value) for c in columns]
    return report.table(head, rows, totals, width=width, lang=lang)


def _ranking_table(recap: Recap, lang: str, width: float):
    head = [report.Column(WORDS("place", lang), 3, "number"), report.Column(WORDS("group", lang), 18)]
    head += [report.Column(WORDS("members_rank" if c == "members" else c, lang), 8) for c in CRITERIA]
    head.append(report.Column(WORDS("points", lang), 4, "number"))
    rows = []
    for row in recap.ranking:
        shown = [_criterion(c, v, lang) + f" ({r})" for c, v, r in zip(CRITERIA, row.values, row.ranks)]
        rows.append([row.place, _name(recap.groups[row.group].figures), *shown, row.points])
    return report.table(head, rows, width=width, lang=lang)


def _criterion(criterion: str, value: int, lang: str) -> str:
    if criterion == "lancar_bp":
        return f"{value // 100},{value % 100:02d}%" if lang == "id" else f"{value // 100}.{value % 100:02d}%"
    return rupiah(value, parentheses=True) if criterion.endswith("_rp") else thousands(value)


def _notes(recap: Recap, lang: str) -> list:
    end = _day(recap.end, lang)
    story = [report.text(WORDS("stale", lang).format(days=STALE_DAYS, end=end), "small")]
    for aside in recap.set_aside:
        story.append(report.text(WORDS("set_aside", lang).format(
            path=aside.path, group=aside.group_name, last=short_date(aside.last_entry) or "—", used=aside.used,
            used_last=short_date(aside.used_last_entry) or "—"), "small"))
    story += [report.text(namesake_text(files, lang), "small") for files in recap.namesakes]
    if recap.cancelled:
        story.append(report.text(WORDS("cancelled", lang)))
    if recap.problems:
        story.append(report.text(WORDS("problems", lang)))
        story += [report.text(f"• {problem_text(p, lang)}", "small") for p in recap.problems]
    else:
        story.append(report.text(WORDS("no_problems", lang), "small"))
    return story


@checked
def write_pdf(recap: Recap, path: Path, lang: str = "id") -> Path:
    paper = A4
    size = landscape(paper.size)
    width = size[0] - 2 * paper.margin
    heading = title(recap, lang)
    story = [report.text(heading, "title"), report.text(subtitle(recap, lang), "subtitle"),
             report.text(WORDS("in_rupiah", lang), "subtitle"), Spacer(0, 4)]
    if recap.groups:
        for part, columns, last in (("part_members", MEMBERS, True), ("part_loans", LOANS, False),
                                    ("part_business", BUSINESS, False)):
            story += [report.text(WORDS(part, lang), "section"), _table(recap, columns, lang, width, last)]
        rule = f'{WORDS("rule", lang)} {WORDS("brackets", lang)}'
        story += [report.text(WORDS("part_ranking", lang), "section"), report.text(rule, "small"),
                  Spacer(0, 3), _ranking_table(recap, lang, width)]
    else:
        story.append(report.text(WORDS("none", lang)))
    story += [report.text(WORDS("part_notes", lang), "section"), *_notes(recap, lang)]
    file_title = WORDS("file_title", lang)

    def write(target: str) -> None:
        doc = SimpleDocTemplate(target, pagesize=size, leftMargin=paper.margin, rightMargin=paper.margin,
                                topMargin=paper.margin, bottomMargin=paper.margin + 5 * mm,
                                title=file_title, creator="Lumbung")
        doc.build(report.arrange(story, lang), onLaterPages=report.running_header(file_title, heading, paper.margin),
                  canvasmaker=report.numbered_canvas(paper, size, lang))

    return write_atomically(path, write)


@checked
def write_xlsx(recap: Recap, path: Path, lang: str = "id") -> Path:
    titles = (title(recap, lang), subtitle(recap, lang))
    headers = [WORDS(k, lang) for k in ("group", "desa", "kecamatan", "file", "last_entry")]
    headers += [WORDS(c.key, lang) for c in ALL_COLUMNS]
    kinds = ["text", "text", "text", "text", "date"] + [c.kind for c in ALL_COLUMNS]
    rows = []
    for group in recap.groups:
        i = group.figures.identity
        rows.append([i.group_name, i.desa, i.kecamatan, Path(group.source).name, group.figures.last_entry,
                     *(c.value(group.figures) for c in ALL_COLUMNS)])
    rows.append([WORDS("total", lang).format(n=len(recap.groups)), "", "", "", None,
                 *(recap.total(c.value) for c in ALL_COLUMNS)])
    ranking = [[row.place, _name(recap.groups[row.group].figures),
                *(Decimal(v) / 10_000 if c == "lancar_bp" else v for c, v in zip(CRITERIA, row.values)),
                *row.ranks, row.points] for row in recap.ranking]
    criteria = [WORDS("members_rank" if c == "members" else c, lang) for c in CRITERIA]
    problems = [[p.path, WORDS.filled(p.code, lang, p.params)] for p in recap.problems]
    problems += [[a.path, WORDS("set_aside", lang).format(
        path=Path(a.path).name, group=a.group_name, last=short_date(a.last_entry) or "—", used=a.used,
        used_last=short_date(a.used_last_entry) or "—")] for a in recap.set_aside]
    problems += [[files[0], namesake_text(files, lang)] for files in recap.namesakes]
    return write_sheets(path, [
        Sheet(WORDS("file_title", lang), headers, rows, kinds, titles),
        Sheet(WORDS("place", lang), [WORDS("place", lang), WORDS("group", lang), *criteria,
                                      *(f"{c} ({WORDS('place', lang).lower()})" for c in criteria),
                                      WORDS("points", lang)],
              ranking, ["number", "text", "number", "money", "percent", "money", "number", "number", "number",
                        "number", "number"], (WORDS("rule", lang),)),
        Sheet(WORDS("problem", lang), [WORDS("file", lang), WORDS("problem", lang)], problems, ["text", "text"]),
    ])
