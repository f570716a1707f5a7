"""Every document Lumbung prints, what each needs, and the one way to make one.

    path = generate(Request("cash_book", start=date(2026, 8, 1), end=date(2026, 8, 31)), progress=cb)

A kind names the module that draws it (imported on first use, so starting Lumbung loads none
of them); the module has `build(request, target_path, progress)` which writes a PDF at
`target_path`. `generate` checks the request (nothing is written when it is refused), picks
the file name in the `dokumen` folder beside the book, and writes it atomically.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app import clock, dates, settings
from app.access import roles
from app.dates import checked
from app.db import book_folder, db
from app.documents.output import Progress, write_atomically
from app.documents.paper import PAPERS
from app.documents.words import LANGUAGES
from app.errors import Issue, Rejected

# What a kind may need from the person asking for it.
PERIOD = "period"  # start and end dates
AS_OF = "as_of"  # one date (end)
MEMBER = "member"  # one member (member_id)
MEMBER_OR_ALL = "member_or_all"  # one member, or None for all members in one PDF
ACCOUNT_OR_ALL = "account_or_all"  # an account code, or None for every account
BUSINESS = "business"  # one business (business_id)
RECEIPT = "receipt"  # a receipt number
RECEIPTS = "receipts"  # several receipt numbers, printed in that order in one file


@dataclass(frozen=True)
class Request:
    kind: str
    lang: str = "id"
    paper: str = "A4"
    start: date | None = None
    end: date | None = None
    member_id: int | None = None
    account: str | None = None
    business_id: int | None = None
    number: str | None = None  # a receipt's number
    funder_id: int | None = None  # one funder's report (None: every funder)
    numbers: tuple[str, ...] = ()  # several receipts' numbers (kind "receipts")
    compare: str = "same_period"  # the Laporan Hasil Usaha beside the same period of last year, or "last_year"
    audit_user: str | None = None  # the Jejak audit's filters (with start, end and member_id)
    audit_kind: str | None = None


@dataclass(frozen=True)
class Kind:
    key: str
    module: str  # app.documents.<module> has build(request, target, progress)
    slug: str  # the file name's first part: "buku-kas-umum"
    needs: frozenset[str] = field(default_factory=frozenset)
    papers: tuple[str, ...] = ("A4", "F4")
    future_allowed: bool = False  # a collection sheet is printed for a coming meeting day
    folder: str = "dokumen"  # beside the book; receipts have their own
    function: str = "build"  # the module's function that draws this kind

    def builder(self):
        return getattr(importlib.import_module(f"app.documents.{self.module}"), self.function)


def _kind(key, module, slug, needs=(), papers=("A4", "F4"), future_allowed=False, folder="dokumen",
          function="build") -> Kind:
    return Kind(key, module, slug, frozenset(needs), papers, future_allowed, folder, function)


KINDS: dict[str, Kind] = {k.key: k for k in (
    _kind("receipt", "receipt", "kuitansi", {RECEIPT}, settings.RECEIPT_PAPERS, folder="kuitansi"),
    _kind("receipts", "receipt", "kuitansi", {RECEIPTS}, settings.RECEIPT_PAPERS, folder="kuitansi",
          function="build_many"),
    _kind("passbook", "statements", "buku-simpanan", {MEMBER_OR_ALL, AS_OF}),
    _kind("loan_card", "statements", "kartu-pinjaman", {MEMBER_OR_ALL, AS_OF}),
    _kind("collection_sheet", "collection_sheet", "daftar-tagihan", {AS_OF}, future_allowed=True),
    _kind("cash_book", "cash_book", "buku-kas-umum", {PERIOD}),
    _kind("general_ledger", "general_ledger", "buku-besar", {PERIOD, ACCOUNT_OR_ALL}),
    _kind("trial_balance", "financial", "neraca-saldo", {AS_OF}),
    _kind("balance_sheet", "financial", "neraca", {PERIOD}),
    _kind("income_statement", "financial", "laporan-hasil-usaha", {PERIOD}),
    _kind("loan_portfolio", "loan_portfolio", "portofolio-pinjaman", {AS_OF}),
    _kind("member_register", "member_register", "buku-daftar-anggota", {AS_OF}),
    _kind("inventory", "inventory", "buku-inventaris", {AS_OF}),
    _kind("group_profile", "group_profile", "profil-kelompok", {AS_OF}),
    _kind("pokja2", "group_profile", "data-pokja-ii", {AS_OF}),
    _kind("usaha_book", "usaha_book", "buku-usaha", {BUSINESS, PERIOD}),
    _kind("usaha_stock", "usaha_book", "daftar-persediaan", {BUSINESS, AS_OF}),
    _kind("usaha_sales", "usaha_book", "penjualan-usaha", {BUSINESS, PERIOD}),
    _kind("funder_report", "funds", "laporan-sumber-dana", {PERIOD}),
    _kind("paud_fund", "funds", "laporan-dana-paud", {PERIOD}),
    _kind("social_fund", "funds", "laporan-dana-sosial", {PERIOD}),
    _kind("usaha_share", "usaha_share", "slip-bagi-hasil", {BUSINESS, PERIOD}, ("A4", "HALF_F4", "F4")),
    _kind("shu_report", "shu", "pembagian-shu", {AS_OF}),  # the year of `end`
    _kind("shu_slip", "shu", "slip-shu", {AS_OF}, ("A4", "HALF_F4", "F4")),
    _kind("rat_pack", "rat_pack", "laporan-rat", {AS_OF}),  # the year of `end`, to `end`
    _kind("journal", "journal", "jurnal-umum", {PERIOD}),
    _kind("written_off", "written_off", "pinjaman-dihapus", {PERIOD}),
    _kind("depreciation", "depreciation", "jadwal-penyusutan", {AS_OF}),
    _kind("cash_flow", "cash_flow", "arus-kas", {PERIOD}),
    _kind("equity_changes", "equity_changes", "perubahan-ekuitas", {PERIOD}),
    _kind("notes", "notes", "catatan-laporan-keuangan", {AS_OF}),
    _kind("audit_trail", "audit_trail", "jejak-audit", (), ("A4", "F4")),  # filters optional
)}

# Documents that carry members' NIKs: each one made is recorded in the audit trail as an export
# (UU 27/2022), with the title it is recorded under.
PERSONAL_DATA = {"member_register": "Buku Daftar Anggota"}

COMPARISONS = ("same_period", "last_year")  # as app.financial_statements reads them


def book_began() -> date | None:
    """The day of the book's first entry or first member (None: nothing recorded yet)."""
    (first,) = db.execute_sql("SELECT MIN(day) FROM (SELECT MIN(entry_date) AS day FROM journal_entries"
                              " UNION ALL SELECT MIN(joined_on) FROM members) AS began").fetchone()
    return date.fromisoformat(str(first)) if first else None


@checked
def check(request: Request) -> None:
    """Refuse a request that cannot make a sensible document, naming each field."""
    kind = KINDS[request.kind]
    issues = []
    if request.lang not in LANGUAGES:
        raise ValueError(request.lang)
    if request.paper not in kind.papers:
        issues.append(Issue("paper", "document.paper_not_offered", {"paper": request.paper}))
    if PERIOD in kind.needs and request.start is None:
        issues.append(Issue("start", "required"))
    if (PERIOD in kind.needs or AS_OF in kind.needs) and request.end is None:
        issues.append(Issue("end", "required"))
    for name in ("start", "end"):  # the book's range: a collection sheet for 9999 is a slip
        if getattr(request, name) is not None:
            issues += dates.date_issues(name, getattr(request, name))
    if any(i.code.startswith("date.") for i in issues):
        raise Rejected(issues)
    if request.start and request.end and request.start > request.end:
        issues.append(Issue("start", "period.reversed"))
    elif request.end and not kind.future_allowed and (first := book_began()) and request.end < first:
        issues.append(Issue("end", "document.before_book", {"first": first}))
    if request.compare not in COMPARISONS:
        issues.append(Issue("compare", "document.bad_comparison"))
    today = clock.today()
    if not kind.future_allowed:
        if request.start and request.start > today:
            issues.append(Issue("start", "period.in_future"))
        elif request.end and request.end > today:
            issues.append(Issue("end", "period.in_future"))
    if MEMBER in kind.needs and request.member_id is None:
        issues.append(Issue("member", "required"))
    if BUSINESS in kind.needs and request.business_id is None:
        issues.append(Issue("business", "required"))
    elif BUSINESS in kind.needs and db.execute_sql("SELECT 1 FROM businesses WHERE id = ?",
                                                   (request.business_id,)).fetchone() is None:
        issues.append(Issue("business", "posting.unknown_business", {"business_id": request.business_id}))
    if request.funder_id is not None and db.execute_sql("SELECT 1 FROM funders WHERE id = ?",
                                                        (request.funder_id,)).fetchone() is None:
        issues.append(Issue("funder", "funder.not_found"))
    if RECEIPT in kind.needs and not request.number:
        issues.append(Issue("number", "required"))
    if RECEIPTS in kind.needs:
        if not request.numbers:
            issues.append(Issue("numbers", "required"))
        else:
            marks = ",".join("?" * len(request.numbers))
            known = {n for (n,) in db.execute_sql(f"SELECT number FROM receipts WHERE number IN ({marks})",
                                                   request.numbers)}
            issues += [Issue("numbers", "receipt.not_found", {"number": n}) for n in request.numbers if n not in known]
    if issues:
        raise Rejected(issues)


def documents_folder(folder: str = "dokumen") -> Path:
    """Where documents are written: a folder `dokumen` beside the book (receipts: `kuitansi`).
    A PostgreSQL book has no file here: see app.db.book_folder."""
    return book_folder() / folder


@checked
def file_name(request: Request) -> str:
    kind = KINDS[request.kind]
    parts = [kind.slug]
    if request.number:
        parts.append(request.number.replace("/", "-"))
    if request.numbers:
        parts.append(f"{request.numbers[0].replace('/', '-')}_sd_{request.numbers[-1].replace('/', '-')}")
    if request.member_id is not None:
        parts.append(f"anggota-{request.member_id}")
    if request.account:
        parts.append(request.account)
    if request.business_id is not None:
        parts.append(f"usaha-{request.business_id}")
    if request.funder_id is not None:
        parts.append(f"sumber-{request.funder_id}")
    if request.start:
        parts.append(request.start.isoformat())
    if request.end:
        parts.append(request.end.isoformat())
    if request.paper not in ("A4",):
        parts.append(request.paper.lower().replace("_", ""))
    return "_".join(parts) + copy_suffix(request) + ".pdf"


@checked
def copy_suffix(request: Request) -> str:
    """A reprint of a kuitansi (or bukti kas keluar) is marked SALINAN and gets its own file,
    never written over the first print: "_salinan-1" for the first copy, "_salinan-2"..."""
    numbers = (request.number,) if request.kind == "receipt" and request.number else request.numbers
    if request.kind not in ("receipt", "receipts") or not numbers:
        return ""
    marks = ",".join("?" * len(numbers))
    (printed,) = db.execute_sql(f"SELECT MAX(print_count) FROM receipts WHERE number IN ({marks})",
                                tuple(numbers)).fetchone()
    return f"_salinan-{printed}" if printed else ""


@roles.needs("read")
@checked
def generate(request: Request, target: Path | None = None, progress: Progress = None) -> Path:
    """Check the request, then write the document to `target` (default: the documents folder)
    atomically; returns the path. Raises Rejected (bad request, nothing written) or
    output.DocumentError (cancelled, folder read-only or full, nothing left behind)."""
    check(request)
    kind = KINDS[request.kind]
    target = target or documents_folder(kind.folder) / file_name(request)
    build = kind.builder()
    written = write_atomically(target, lambda temp: build(request, temp, progress))
    if request.kind in PERSONAL_DATA:
        from app import privacy

        privacy.record_export(PERSONAL_DATA[request.kind], str(written))
    return written


@checked
def paper_of(request: Request):
    return PAPERS[request.paper]
