"""Profil kelompok for the lomba UP2K (kind group_profile) and the group's row of the Pokja II
data table, appendix 4.22 (kind pokja2): its desa and kecamatan rows are left for the TP PKK
to fill in from its recap. Figures from app.group_profile."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from app import settings
from app.documents import report
from app.documents.fonts import BOLD, FONT
from app.documents.funds import capital_table
from app.documents.letterhead import letterhead
from app.documents.loan_portfolio import day_month_year
from app.documents.paper import PAPERS
from app.documents.words import Words
from app.formatting import rupiah
from app.group_profile import GroupProfile, pokja2_rows, profile

WORDS = Words({
    "title": ("PROFIL KELOMPOK UP2K-PKK", "UP2K-PKK GROUP PROFILE"),
    "as_of": ("Keadaan per {date}", "As of {date}"),
    "identity": ("A. Identitas kelompok", "A. The group"),
    "name": ("Nama kelompok", "Group name"),
    "address": ("Alamat", "Address"),
    "dusun": ("Dusun", "Hamlet (dusun)"),
    "desa": ("Desa/Kelurahan", "Village (desa)"),
    "kecamatan": ("Kecamatan", "District (kecamatan)"),
    "kabupaten": ("Kabupaten", "Regency (kabupaten)"),
    "founded": ("Tahun berdiri", "Founded"),
    "level": ("Tingkat UP2K", "UP2K level"),
    "ketua": ("Ketua", "Chair"),
    "sekretaris": ("Sekretaris", "Secretary"),
    "bendahara": ("Bendahara", "Treasurer"),
    "capital": ("B. Permodalan", "B. Capital"),
    "starting": ("Modal awal", "Starting capital"),
    "source": ("Sumber modal awal", "Source of starting capital"),
    "current": ("Modal sekarang (aset − kewajiban)", "Current capital (assets − liabilities)"),
    "assets": ("Jumlah aset", "Total assets"),
    "growth": ("Perkembangan", "Growth"),
    "growth_text": ("modal awal {start} → {now}, {members} anggota", "starting capital {start} → {now}, {members} members"),
    "grants": ("Sumber dana hibah", "Grants received"),
    "date": ("Tanggal", "Date"),
    "description": ("Uraian", "Description"),
    "amount": ("Jumlah", "Amount"),
    "no_grants": ("Belum ada dana hibah yang dicatat.", "No grant recorded."),
    "membership": ("C. Keanggotaan", "C. Members"),
    "members": ("Anggota aktif", "Active members"),
    "by_sex": ("Laki-laki / perempuan", "Men / women"),
    "by_stage": ("Tahap keluarga sejahtera", "Family welfare stage"),
    "loans": ("D. Simpan pinjam", "D. Savings and loans"),
    "borrowers": ("Anggota yang sedang meminjam", "Members with a loan outstanding"),
    "outstanding": ("Sisa pinjaman beredar", "Loans outstanding"),
    "outstanding_text": ("{rp} ({loans} pinjaman)", "{rp} ({loans} loans)"),
    "this_year": ("Pinjaman dicairkan tahun {year}", "Loans disbursed in {year}"),
    "this_year_text": ("{loans} pinjaman, {rp}", "{loans} loans, {rp}"),
    "pokok": ("Simpanan pokok", "Simpanan pokok (principal savings)"),
    "wajib": ("Simpanan wajib", "Simpanan wajib (compulsory savings)"),
    "sukarela": ("Simpanan sukarela", "Simpanan sukarela (voluntary savings)"),
    "business": ("E. Usaha kelompok", "E. Group businesses"),
    "business_name": ("Nama usaha", "Business"),
    "business_members": ("Anggota", "Members"),
    "turnover": ("Omzet tahun {year}", "Turnover {year}"),
    "untagged": ("Penjualan tanpa nama usaha", "Sales not tagged with a business"),
    "no_business": ("Belum ada usaha kelompok.", "No group business yet."),
    "total": ("Jumlah", "Total"),
    "partners": ("F. Mitra (bank, CSR, dinas)", "F. Partners (banks, CSR, government)"),
    "not_set": ("(belum diisi di Pengaturan)", "(not set in Pengaturan)"),
    "persons": ("{n} orang", "{n} people"),
    "pra_sejahtera": ("Pra Sejahtera", "Pra Sejahtera"),
    "ks1": ("KS I", "KS I"),
    "ks2": ("KS II", "KS II"),
    "ks3": ("KS III", "KS III"),
    "ks3_plus": ("KS III Plus", "KS III Plus"),
    "stage_unknown": ("belum dicatat", "not recorded"),
    # Pokja II
    "pokja_title": ("DATA KELOMPOK UP2K-PKK (POKJA II)", "UP2K-PKK GROUPS (POKJA II)"),
    "no": ("No", "No"),
    "area": ("Nama dusun / desa / kecamatan", "Hamlet / village / district"),
    "groups": ("Jml kelompok", "Groups"),
    "participants": ("Jml peserta", "Participants"),
    "area_group": ("Kelompok {group}", "Group {group}"),
    "area_dusun": ("Dusun {name}", "Dusun {name}"),
    "by_tp_pkk": ("Diisi oleh TP PKK {area}", "Filled in by the TP PKK of the {area}"),
    "area_desa": ("Desa {name}", "Desa {name}"),
    "area_kecamatan": ("Kecamatan {name}", "Kecamatan {name}"),
    "note": ("Keterangan", "Notes"),
    "pokja_note": ("Kelompok {name}, tingkat {level}; peserta = anggota aktif.",
                   "Group {name}, level {level}; participants = active members."),
    "recap_note": ("Baris desa dan kecamatan diisi oleh TP PKK dari rekap semua kelompok.",
                   "The desa and kecamatan rows are filled in by the TP PKK from the recap of all groups."),
    "no_level": ("Tingkat UP2K belum diisi di Pengaturan.", "The UP2K level is not set in Pengaturan."),
})


def _pairs(items: list[tuple[str, str]], width: float) -> Table:
    """Caption: value lines, captions in a narrow column."""
    data = [[report.text(caption), report.text(value)] for caption, value in items]
    return Table(data, colWidths=[width * 0.38, width * 0.62], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.Color(0.8, 0.8, 0.8))]))


def growth_text(data: GroupProfile, lang: str) -> str:
    return WORDS("growth_text", lang).format(
        start=rupiah(data.starting_capital_rp) if data.starting_capital_rp is not None else "?",
        now=rupiah(data.current_capital_rp), members=data.members)


def _profile_story(data: GroupProfile, lang: str, width: float, progress) -> list:
    w = lambda key: WORDS(key, lang)  # noqa: E731
    unset = w("not_set")
    year = data.as_of.year
    story = [report.text(w("identity"), "section"), _pairs([
        (w("name"), data.group_name), (w("address"), data.address or unset), (w("dusun"), data.dusun or unset),
        (w("desa"), data.desa or unset), (w("kecamatan"), data.kecamatan or unset),
        (w("kabupaten"), data.kabupaten or unset), (w("founded"), data.founded_year or unset),
        (w("level"), data.up2k_level or unset), (w("ketua"), data.ketua or unset),
        (w("sekretaris"), data.sekretaris or unset), (w("bendahara"), data.bendahara or unset),
    ], width)]
    story += [report.Mark(progress, w("capital"), 1, 5), report.text(w("capital"), "section"), _pairs([
        (w("starting"), rupiah(data.starting_capital_rp) if data.starting_capital_rp is not None else unset),
        (w("source"), data.starting_capital_source or unset),
        (w("current"), rupiah(data.current_capital_rp)), (w("assets"), rupiah(data.total_assets_rp)),
        (w("growth"), growth_text(data, lang)),
    ], width), Spacer(0, 2 * mm), report.text(w("grants"), "body")]
    story.append(report.table(
        [report.Column(w("date"), 1, "date"), report.Column(w("description"), 4), report.Column(w("amount"), 1.6, "money")],
        [(g.on, g.description, g.amount_rp) for g in data.grants],
        [w("total"), "", sum(g.amount_rp for g in data.grants)] if data.grants else None,
        width=width, empty=w("no_grants"), lang=lang))
    story += [Spacer(0, 2 * mm), *capital_table(data.as_of, lang, width, style="body")]
    stages = ", ".join(f"{w(stage) if stage else w('stage_unknown')} {n}"
                       for stage, n in data.members_by_stage.items() if n)
    story += [report.Mark(progress, w("membership"), 2, 5), report.text(w("membership"), "section"), _pairs([
        (w("members"), w("persons").format(n=data.members)),
        (w("by_sex"), f"{data.members_by_sex['L']} / {data.members_by_sex['P']}"),
        (w("by_stage"), stages or "-"),
    ], width)]
    story += [report.Mark(progress, w("loans"), 3, 5), report.text(w("loans"), "section"), _pairs([
        (w("borrowers"), w("persons").format(n=data.borrowers)),
        (w("outstanding"), w("outstanding_text").format(rp=rupiah(data.outstanding_rp), loans=data.loans_outstanding)),
        (w("this_year").format(year=year),
         w("this_year_text").format(loans=data.loans_this_year, rp=rupiah(data.disbursed_this_year_rp))),
        *((w(kind), rupiah(amount)) for kind, amount in data.savings_rp.items()),
    ], width)]
    story += [report.Mark(progress, w("business"), 4, 5), report.text(w("business"), "section")]
    story.append(report.table(
        [report.Column(w("business_name"), 4), report.Column(w("business_members"), 1, "number"),
         report.Column(w("turnover").format(year=year), 1.6, "money")],
        [(b.name or w("untagged"), b.members if b.business_id else "", b.turnover_rp) for b in data.businesses],
        [w("total"), "", data.turnover_this_year_rp] if data.businesses else None,
        width=width, empty=w("no_business"), lang=lang))
    story += [report.text(w("partners"), "section"), report.text(data.partners or unset)]
    return story


def _area(level_of_area: str, name: str, lang: str) -> str:
    """'Desa Pandulangan'; a name already written with its word ('Dusun I') is kept as it is."""
    worded = WORDS(f"area_{level_of_area}", lang).format(name=name or "-")
    first = worded.split()[0]
    return name if name.lower().startswith(first.lower() + " ") else worded


def _row_name(row, group_name: str, lang: str) -> str:
    """The group's row: 'Kelompok UP2K As Syifa, Dusun I'; the others their desa or kecamatan."""
    if row.level_of_area != "group":
        return _area(row.level_of_area, row.area, lang)
    name = WORDS("area_group", lang).format(group=group_name)
    return f"{name}, {_area('dusun', row.area, lang)}" if row.area else name


def _pokja2_story(request, lang: str, width: float) -> list:
    w = lambda key: WORDS(key, lang)  # noqa: E731
    rows = pokja2_rows(request.end)
    levels = settings.UP2K_LEVELS
    header = [w("no"), w("area"), *levels, w("total"), ""]
    sub = ["", "", *[x for _ in levels for x in (w("groups"), w("participants"))], w("groups"), w("participants"), w("note")]
    data = [[report.text(h, "centre") for h in header[:2]] + sum(([report.text(lv, "centre"), ""] for lv in levels), [])
            + [report.text(w("total"), "centre"), "", report.text(w("note"), "centre")],
            [report.text(s, "small") for s in sub]]
    group_name = settings.get("group_name") or "UP2K-PKK"
    level = ""
    for i, row in enumerate(rows, start=1):
        cells = [str(i), report.text(_row_name(row, group_name, lang))]
        if row.groups is None:  # the TP PKK's recap: blank, for it to fill in
            area = WORDS(f"area_{row.level_of_area}", lang).format(name="").strip()
            data.append(cells + [""] * (2 * len(levels) + 2) + [report.text(w("by_tp_pkk").format(area=area), "small")])
            continue
        for lv in levels:
            cells += [str(row.groups[lv]), str(row.participants[lv])]
        cells += [str(sum(row.groups.values())), str(sum(row.participants.values())), ""]
        data.append(cells)
        level = next((lv for lv in levels if row.groups[lv]), "")
    widths = [0.04, 0.22] + [0.075] * (2 * len(levels) + 2) + [0.14]
    widths = [x / sum(widths) * width for x in widths]
    style = [("FONT", (0, 0), (-1, -1), FONT, report.SMALL + 0.5), ("FONT", (0, 0), (-1, 1), BOLD, report.SMALL),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (2, 2), (-2, -1), "RIGHT"), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
             ("SPAN", (-1, 0), (-1, 1)), ("BACKGROUND", (0, 0), (-1, 1), colors.Color(0.9, 0.9, 0.9))]
    for j in range(len(levels) + 1):
        style.append(("SPAN", (2 + 2 * j, 0), (3 + 2 * j, 0)))
    data[1][-1] = ""
    story = [Table(data, colWidths=widths, repeatRows=2, style=TableStyle(style)), report.text("", "small")]
    story.append(report.text(w("pokja_note").format(name=group_name, level=level) if level else w("no_level"), "small"))
    story.append(report.text(w("recap_note"), "small"))
    return story


def build(request, target: str, progress=None) -> None:
    lang, paper = request.lang, PAPERS[request.paper]
    lh = letterhead()
    subtitle = WORDS("as_of", lang).format(date=day_month_year(request.end, lang))
    if request.kind == "pokja2":
        width = report.usable_width(paper, landscape=True)
        title = WORDS("pokja_title", lang)
        story = [*report.heading(lh, title, subtitle), report.Mark(progress, title, 0, 1),
                 *_pokja2_story(request, lang, width)]
        story += report.signatures(lh, request.end, lang, width=width, keeper="sekretaris")
        story.append(report.Mark(progress, title, 1, 1))
        report.build(target, paper, story, title=title.title(), lang=lang, landscape=True, author=lh.group_name)
        return
    width = report.usable_width(paper)
    title = WORDS("title", lang)
    data = profile(request.end)
    story = [*report.heading(lh, title, subtitle), report.Mark(progress, title, 0, 5),
             *_profile_story(data, lang, width, progress)]
    story += report.signatures(lh, request.end, lang, width=width)
    story.append(report.Mark(progress, title, 5, 5))
    report.build(target, paper, story, title=title.title(), lang=lang, author=lh.group_name)

