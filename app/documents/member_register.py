"""Buku Daftar Anggota: the PKK book of members (the first of the six compulsory PKK books),
as it stood on a day: every member who had joined by then, by member number, with her NIK,
birth, address, family welfare stage (BKKBN), business groups, joining date and, for a member
who had left by then, her leaving date. NIK, birth date and address are personal data
(UU 27/2022): they are printed in full because this is the group's official register when the
Ketua or the Sekretaris makes it (or sign-in is off); made by a Bendahara or a Pemeriksa, NIKs are
masked and addresses reduced to the desa (app.privacy). Each one made is recorded in the audit
trail as an export (app.documents.catalogue.PERSONAL_DATA)."""

from __future__ import annotations

from babel.dates import format_date

from app import members, privacy
from app.businesses import list_businesses
from app.documents import report
from app.documents.letterhead import letterhead
from app.documents.output import Progress, step
from app.documents.paper import PAPERS
from app.documents.words import Words
from app.formatting import LOCALES, short_date

WORDS = Words({
    "title": ("BUKU DAFTAR ANGGOTA", "REGISTER OF MEMBERS"),
    "as_of": ("Keadaan per {date}", "As of {date}"),
    "short": ("Buku Daftar Anggota", "Register of members"),
    "no": ("No", "No"),
    "number": ("No. anggota", "Member no."),
    "name": ("Nama", "Name"),
    "nik": ("NIK", "NIK"),
    "sex": ("L/P", "M/F"),
    "birth": ("Tempat, tanggal lahir", "Place, date of birth"),
    "address": ("Alamat", "Address"),
    "stage": ("Tahap KS", "Welfare stage"),
    "groups": ("Kelompok usaha", "Business groups"),
    "joined": ("Tanggal masuk", "Joined on"),
    "note": ("Keluar / Keterangan", "Left / Remarks"),
    "left": ("Keluar {date}", "Left {date}"),
    "counts": ("Anggota aktif {active}, keluar {left}, jumlah {all}",
               "Active members {active}, left {left}, total {all}"),
    "none": ("Belum ada anggota pada tanggal ini.", "No members on this date."),
    "pra_sejahtera": ("Pra Sejahtera", "Pre-prosperous"),
    "ks1": ("KS I", "KS I"),
    "ks2": ("KS II", "KS II"),
    "ks3": ("KS III", "KS III"),
    "ks3_plus": ("KS III Plus", "KS III Plus"),
})


def _address(m: members.MemberRow) -> str:
    rt_rw = " / ".join(part for part in (m.rt and f"RT {m.rt}", m.rw and f"RW {m.rw}") if part)
    return ", ".join(part for part in (m.street, rt_rw, m.desa, m.kecamatan and f"Kec. {m.kecamatan}") if part)


def build(request, target: str, progress: Progress = None) -> None:
    lang, as_of = request.lang, request.end
    paper = PAPERS[request.paper]
    width = report.usable_width(paper, landscape=True)
    short = WORDS("short", lang)
    step(progress, short, 0, 2)
    listed = privacy.shown_all([m for m in members.list_members() if m.joined_on <= as_of])
    groups = {b.id: b.name for b in list_businesses()}
    columns = [
        report.Column(WORDS("no", lang), 1, "number"),
        report.Column(WORDS("number", lang), 2.1),
        report.Column(WORDS("name", lang), 3.4),
        report.Column(WORDS("nik", lang), 3.8),
        report.Column(WORDS("sex", lang), 1.1),
        report.Column(WORDS("birth", lang), 3),
        report.Column(WORDS("address", lang), 4.3),
        report.Column(WORDS("stage", lang), 2.5),
        report.Column(WORDS("groups", lang), 2.8),
        report.Column(WORDS("joined", lang), 1.9, "date"),
        report.Column(WORDS("note", lang), 2.7),
    ]
    rows, left = [], 0
    for i, m in enumerate(listed, start=1):
        gone = m.left_on is not None and m.left_on <= as_of
        left += gone
        birth = ", ".join(part for part in (m.birth_place, short_date(m.birth_date)) if part)
        rows.append((i, members.format_number(m.number), m.name, m.nik, m.sex, birth, _address(m),
                     WORDS(m.welfare_stage, lang) if m.welfare_stage else "",
                     ", ".join(groups[b] for b in m.business_ids if b in groups), m.joined_on,
                     WORDS("left", lang).format(date=short_date(m.left_on)) if gone else ""))
    lh = letterhead()
    day = format_date(as_of, "d MMMM y", locale=LOCALES[lang])
    story = [*report.heading(lh, WORDS("title", lang), WORDS("as_of", lang).format(date=day)),
             report.table(columns, rows, width=width, empty=WORDS("none", lang), lang=lang),
             report.Mark(progress, short, 1, 2)]
    if rows:
        story.append(report.text(WORDS("counts", lang).format(active=len(rows) - left, left=left, all=len(rows))))
    story += report.signatures(lh, as_of, lang, width=width, keeper="sekretaris")  # the register is hers
    report.build(target, paper, story, title=short, lang=lang, landscape=True, author=lh.group_name)
    step(progress, short, 2, 2)
