"""Jejak audit ("audit_trail"): the audit log as an examiner reads it, filtered as the Audit view
was (user, kind, dates, member), with the chain's verification on top: when the book was
checked, how many records and entries, and whether anything was found changed outside Lumbung
(each finding named: the entry JU-751, the audit record #12, the member 0012)."""

from __future__ import annotations

from app.dates import checked

from babel.dates import format_datetime

from app import clock, members
from app.audit import log, personal, verify, view
from app.audit.words import detail_parts, finding_text, kind_text, subject_text
from app.documents import report
from app.documents.catalogue import paper_of
from app.documents.letterhead import letterhead
from app.documents.output import Progress, step
from app.documents.words import Words
from app.formatting import LOCALES, short_date

WORDS = Words({
    "title": ("JEJAK AUDIT", "AUDIT TRAIL"),
    "short": ("Jejak audit", "Audit trail"),
    "all": ("Semua catatan selain transaksi", "Every record but the entries'"),
    "no_journal": ("selain transaksi", "entries' records left out"),
    "filters": ("Saringan: {filters}", "Filters: {filters}"),
    "user": ("pengguna {user}", "user {user}"),
    "kind": ("jenis {kind}", "kind {kind}"),
    "from": ("dari {date}", "from {date}"),
    "to": ("sampai {date}", "to {date}"),
    "member": ("anggota {member}", "member {member}"),
    "clean": ("Pemeriksaan rantai {date}: UTUH. {records} catatan audit dan {entries} transaksi diperiksa; "
              "tidak ada yang diubah, dihapus atau disisipkan di luar Lumbung.",
              "Chain check {date}: INTACT. {records} audit records and {entries} journal entries checked; "
              "nothing was changed, deleted or inserted outside Lumbung."),
    "found": ("Pemeriksaan rantai {date}: DITEMUKAN {count} KEJANGGALAN ({records} catatan audit dan {entries} "
              "transaksi diperiksa):",
              "Chain check {date}: {count} FINDINGS ({records} audit records and {entries} journal entries checked):"),
    "anchor": ("Sidik rantai: {anchor}. Catat sidik ini di berita acara pemeriksaan: pemeriksaan berikutnya "
               "membuktikan dengannya bahwa jejak sampai catatan ini tidak ditulis ulang (lumbung verify --anchor).",
               "Chain fingerprint: {anchor}. Write it in the examination's minutes: the next check proves with it "
               "that the trail up to this record was not rewritten (lumbung verify --anchor)."),
    "anchor_not": ("Sidik rantai sekarang: {anchor}. Jangan dicatat sebagai acuan: buku ini bermasalah.",
                   "Chain fingerprint now: {anchor}. Do not keep it as a reference: this book has findings."),
    "no": ("No", "No"),
    "at": ("Waktu", "Time"),
    "who": ("Oleh", "By"),
    "what": ("Kejadian", "What"),
    "subject": ("Tentang", "About"),
    "detail": ("Rincian", "Details"),
    "none": ("Tidak ada catatan audit dengan saringan ini.", "No audit record matches these filters."),
    "count": ("{count} catatan.", "{count} records."),
})

@checked
def verification_lines(result: verify.Verification, lang: str = "id") -> list[str]:
    """The verification as printed: one line, or a line and one per finding; then the anchor."""
    when = format_datetime(result.checked_at, "d MMMM y HH.mm" if lang == "id" else "d MMMM y HH:mm",
                           locale=LOCALES[lang])
    anchor = [WORDS("anchor" if result.clean else "anchor_not", lang).format(anchor=result.head)] if result.head else []
    if result.clean:
        return [WORDS("clean", lang).format(date=when, records=result.records, entries=result.entries), *anchor]
    return [WORDS("found", lang).format(date=when, count=len(result.findings), records=result.records,
                                        entries=result.entries),
            *(f"\u2022 {finding_text(f, lang)}" for f in result.findings), *anchor]


@checked
def filters_text(request, lang: str = "id") -> str:
    parts = []
    if request.audit_user:
        parts.append(WORDS("user", lang).format(user=request.audit_user))
    if request.audit_kind:
        parts.append(WORDS("kind", lang).format(kind=kind_text(request.audit_kind, lang)))
    elif parts or request.start or request.end or request.member_id is not None:
        parts.append(WORDS("no_journal", lang))
    if request.start:
        parts.append(WORDS("from", lang).format(date=short_date(request.start)))
    if request.end:
        parts.append(WORDS("to", lang).format(date=short_date(request.end)))
    if request.member_id is not None:
        member = members.get_member(request.member_id)
        parts.append(WORDS("member", lang).format(member=f"{members.format_number(member.number)} {member.name}"))
    return WORDS("filters", lang).format(filters=", ".join(parts)) if parts else WORDS("all", lang)


ROW_TEXT = 600  # characters of detail in one table row: about ten lines, well inside a page


def _chunks(parts: list[str]) -> list[str]:
    """The detail's parts joined as "a; b; c", in as many rows as needed of at most ROW_TEXT
    characters (a part longer than that keeps its own row)."""
    chunks = [""]
    for part in parts:
        if chunks[-1] and len(chunks[-1]) + 2 + len(part) > ROW_TEXT:
            chunks.append(part)
        else:
            chunks[-1] = f"{chunks[-1]}; {part}" if chunks[-1] else part
    return chunks


def build(request, target: str, progress: Progress = None) -> None:
    lang, paper = request.lang, paper_of(request)
    short = WORDS("short", lang)
    step(progress, short, 0, 3)
    result = verify.verify()  # the chain checked whole, whatever the filters
    step(progress, short, 1, 3)
    found = log.records(kind=request.audit_kind, user=request.audit_user, start=request.start, end=request.end,
                        member_id=request.member_id, without=() if request.audit_kind else view.UNLESS_CHOSEN)
    width = report.usable_width(paper, landscape=True)
    columns = [report.Column(WORDS("no", lang), 0.5, "number"), report.Column(WORDS("at", lang), 1.3),
               report.Column(WORDS("who", lang), 1.2), report.Column(WORDS("what", lang), 1.5),
               report.Column(WORDS("subject", lang), 2), report.Column(WORDS("detail", lang), 4.5)]
    names = {m.id: m.name for m in members.list_members()}
    rows = []
    for r in found:  # a record changing many settings at length goes on over more rows: a row never splits
        first, *more = _chunks(detail_parts(personal.shown_detail(r), lang))
        rows.append((r.id, f"{short_date(r.at.date())} {r.at:%H.%M}", r.user, kind_text(r.kind, lang),
                     subject_text(r.subject, r.kind, r.member_id, names), first))
        rows += [("", "", "", "", "", chunk) for chunk in more]
    lh = letterhead()
    story = [*report.heading(lh, WORDS("title", lang), filters_text(request, lang))]
    story += [report.text(line, "section" if i == 0 else "body")
              for i, line in enumerate(verification_lines(result, lang))]
    table = report.table(columns, rows, width=width, empty=WORDS("none", lang), lang=lang)
    if rows:  # the count goes over with the last rows, and the signatures with both
        table = report.with_last_rows(table, report.text(WORDS("count", lang).format(count=len(found)), "small"))
    story.append(table)
    story += [*report.signatures(lh, clock.today(), lang, width=width, keeper="sekretaris"),
              report.Mark(progress, short, 2, 3)]
    report.build(target, paper, story, title=short, lang=lang, landscape=True, author=lh.group_name)
    step(progress, short, 3, 3)
