"""Neraca Saldo (kind "trial_balance"), Neraca ("balance_sheet") and Laporan Hasil Usaha
("income_statement"), each with the letterhead, its date or period, the previous period beside
it (Neraca: as of the day before the period; LHU: the same period of last year, or the whole
of last year as asked) and the Ketua and Bendahara signatures. The Neraca is grouped current /
non-current with subtotals, and its "Cat." column names each line's note (app.statement_notes).
An empty book prints the statement with its zero totals and says that nothing was recorded.
"""

from __future__ import annotations

from datetime import date, timedelta
from xml.sax.saxutils import escape

from babel.dates import format_date
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app import financial_statements as fs
from app.documents import report
from app.documents.catalogue import Request
from app.documents.output import Progress
from app.documents.text import visual
from app.documents.words import Words
from app.documents.fonts import BOLD, FONT
from app.formatting import LOCALES, rupiah
from app.statement_notes import note_for
from app.yearend import periods

WORDS = Words({
    "trial_balance": ("NERACA SALDO", "TRIAL BALANCE"),
    "balance_sheet": ("NERACA", "BALANCE SHEET"),
    "income_statement": ("LAPORAN HASIL USAHA", "INCOME STATEMENT"),
    "as_of": ("per {date}", "as at {date}"),
    "compared": ("per {date}, dibandingkan dengan {previous}", "as at {date}, compared with {previous}"),
    "code": ("Kode", "Code"),
    "account": ("Nama akun", "Account"),
    "debit": ("Debit (Rp)", "Debit (Rp)"),
    "credit": ("Kredit (Rp)", "Credit (Rp)"),
    "total": ("Jumlah", "Total"),
    "asset": ("ASET (AKTIVA)", "ASSETS"),
    "liability": ("KEWAJIBAN", "LIABILITIES"),
    "equity": ("EKUITAS (MODAL)", "EQUITY"),
    "income": ("PENDAPATAN", "INCOME"),
    "expense": ("BEBAN", "EXPENSES"),
    "total_asset": ("Jumlah aset", "Total assets"),
    "total_liability": ("Jumlah kewajiban", "Total liabilities"),
    "total_equity": ("Jumlah ekuitas", "Total equity"),
    "total_le": ("JUMLAH KEWAJIBAN DAN EKUITAS", "TOTAL LIABILITIES AND EQUITY"),
    "total_income": ("Jumlah pendapatan", "Total income"),
    "total_expense": ("Jumlah beban", "Total expenses"),
    "shu": ("SISA HASIL USAHA (SHU)", "SURPLUS (SHU)"),
    fs.SHU_CURRENT: ("SHU tahun berjalan", "Surplus of the current year"),
    fs.SHU_EARLIER: ("SHU tahun lalu belum dibagi", "Surplus of earlier years not yet divided"),
    fs.LOSS_CURRENT: ("Rugi tahun berjalan", "Loss of the current year"),
    fs.LOSS_EARLIER: ("Rugi tahun lalu", "Loss of earlier years"),
    fs.MIXED_CURRENT: ("SHU (rugi) tahun berjalan", "Surplus (loss) of the current year"),
    fs.MIXED_EARLIER: ("SHU (rugi) tahun lalu", "Surplus (loss) of earlier years"),
    fs.SHU_GROSS: ("hasil usaha tahun ini", "result of the year"),
    fs.SHU_SHARED: ("dikurangi: bagi hasil yang sudah dibagi", "less: business profit already shared"),
    "group_" + fs.CURRENT_ASSET: ("Aset lancar", "Current assets"),
    "group_" + fs.FIXED_ASSET: ("Aset tidak lancar", "Non-current assets"),
    "group_" + fs.SHORT_LIABILITY: ("Kewajiban jangka pendek", "Short-term liabilities"),
    "group_" + fs.LONG_LIABILITY: ("Kewajiban jangka panjang", "Long-term liabilities"),
    "group_" + fs.EQUITY: ("Ekuitas", "Equity"),
    "subtotal": ("Jumlah {group}", "Total {group}"),
    "note": ("Cat.", "Note"),
    "nothing": ("Tidak ada transaksi sampai tanggal ini.", "No transactions recorded up to this date."),
    "nothing_period": ("Tidak ada pendapatan atau beban pada periode ini.",
                       "No income or expenses in this period."),
    "none_lines": ("(tidak ada)", "(none)"),
    "preparing": ("Menyusun laporan", "Preparing the report"),
    "reopened": ("Catatan: buku periode ini dibuka kembali mulai {day} pada {when} oleh {by}, alasan: {reason}.",
                 "Note: the books of this period were reopened from {day} on {when} by {by}, reason: {reason}."),
})


# dates in words, shared by the cash book and the general ledger


def day_text(day: date, lang: str) -> str:
    """'31 Agustus 2026'."""
    return format_date(day, "d MMMM y", locale=LOCALES.get(lang, "id_ID"))


def month_text(day: date, lang: str) -> str:
    """'Agustus 2026'."""
    return format_date(day, "MMMM y", locale=LOCALES.get(lang, "id_ID"))


def period_text(start: date, end: date, lang: str) -> str:
    """'Agustus 2026' for a whole month, '2026' for a whole year, else '1 Agustus 2026 – 17 Agustus 2026'."""
    whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
    if whole_months and start.month == 1 and end.month == 12 and start.year == end.year:
        return str(start.year)
    if whole_months and (start.year, start.month) == (end.year, end.month):
        return month_text(start, lang)
    if start == end:
        return day_text(start, lang)
    return f"{day_text(start, lang)} – {day_text(end, lang)}"


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang = request.lang
    report.signed_statement(request, target, progress, WORDS(request.kind, lang), WORDS("preparing", lang),
                            lambda width: statement_story(request.kind, request.start, request.end, lang, width,
                                                          request.compare))


def statement_story(kind: str, start: date | None, end: date, lang: str, width: float,
                    compare: str = fs.SAME_PERIOD) -> tuple[str, list]:
    """The subtitle and the body (no letterhead, no signatures) of one statement; also the RAT
    pack's. `compare`: what the Laporan Hasil Usaha is set beside (fs.COMPARISONS)."""
    if kind == "trial_balance":
        return _trial_balance(end, lang, width)
    if kind == "balance_sheet":
        subtitle, story = _balance_sheet(start, end, lang, width)
    elif kind == "income_statement":
        subtitle, story = _income_statement(start, end, lang, width, compare)
    else:
        raise ValueError(kind)
    # a period reopened after its closing says so (app.yearend.periods)
    notes = [report.text(WORDS("reopened", lang).format(
        day=day_text(event.period_start, lang), when=day_text(date.fromisoformat(event.done_at[:10]), lang),
        by=event.done_by, reason=event.reason), "small")
        for event in periods.reopenings_within(start or end, end)]
    return subtitle, notes + story


COMPUTED = (fs.SHU_CURRENT, fs.SHU_EARLIER, fs.LOSS_CURRENT, fs.LOSS_EARLIER, fs.MIXED_CURRENT, fs.MIXED_EARLIER,
            fs.SHU_GROSS, fs.SHU_SHARED)


def computed_name(name: str, lang: str) -> str:
    """A statement line's name: an account's as it is, a computed line's (SHU, Rugi) in `lang`."""
    return WORDS(name, lang) if name in COMPUTED else name


def _trial_balance(as_of: date, lang: str, width: float):
    tb = fs.trial_balance(as_of)
    columns = [report.Column(WORDS("code", lang), 10), report.Column(WORDS("account", lang), 45),
               report.Column(WORDS("debit", lang), 20, "money"), report.Column(WORDS("credit", lang), 20, "money")]
    rows = [(r.code, computed_name(r.name, lang), r.debit_rp or None, r.credit_rp or None) for r in tb.rows]
    story: list = [report.table(columns, rows, totals=["", WORDS("total", lang), tb.debit_rp, tb.credit_rp],
                                width=width, lang=lang)]
    if not rows:
        story += [Spacer(0, 2 * mm), report.text(WORDS("nothing", lang))]
    return WORDS("as_of", lang).format(date=day_text(as_of, lang)), story


def _compare_columns(lang: str, now: str, previous: str) -> list[report.Column]:
    return [report.Column(WORDS("code", lang), 10), report.Column(WORDS("account", lang), 45),
            report.Column(f"{now} (Rp)", 20, "money"), report.Column(f"{previous} (Rp)", 20, "money")]


def _section(section: fs.Section, title: str, total_label: str, columns, lang: str, width: float) -> list:
    rows = [(line.code, computed_name(line.name, lang), line.amount_rp, line.previous_rp) for line in section.lines]
    if not rows:
        rows = [("", WORDS("none_lines", lang), None, None)]
    totals = ["", total_label, section.total_rp, section.previous_total_rp]
    return [report.text(title, "section"), report.table(columns, rows, totals=totals, width=width, lang=lang)]


def _grand_total(label: str, now: int, previous: int, columns, width: float, lang: str) -> Table:
    """One bold ruled line under the sections, in the sections' column widths."""
    weights = sum(c.width for c in columns)
    widths = [c.width / weights * width for c in columns]
    label_cells = len(columns) - 2
    cells = [[label] + [""] * (label_cells - 1) + [rupiah(now, parentheses=True), rupiah(previous, parentheses=True)]]
    return Table(cells, colWidths=widths, style=TableStyle([
        ("FONT", (0, 0), (-1, -1), BOLD, report.SMALL + 0.5), ("SPAN", (0, 0), (label_cells - 1, 0)),
        ("ALIGN", (label_cells, 0), (-1, -1), "RIGHT"), ("BOX", (0, 0), (-1, -1), 0.4, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black), ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black)]))


def _note(code: str) -> str:
    note = note_for(code or fs.SURPLUS)  # a computed line (SHU, Rugi) is explained with 3-401
    return str(note.number) if note else ""


def _neraca_columns(lang: str, now: str, previous: str) -> list[report.Column]:
    return [report.Column(WORDS("note", lang), 6), report.Column(WORDS("code", lang), 9),
            report.Column(WORDS("account", lang), 41), report.Column(f"{now} (Rp)", 20, "money"),
            report.Column(f"{previous} (Rp)", 20, "money")]


def _neraca_section(section: fs.Section, title: str, total_label: str, columns, lang: str, width: float) -> list:
    """One part of the Neraca (aset, kewajiban, ekuitas): each group with its lines, the parts
    of a line indented under it, and its subtotal; the section's total last."""
    cell, money = report.STYLES["cell"], lambda amount: rupiah(amount, parentheses=True)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, alignment=TA_CENTER)
    data = [[Paragraph(escape(c.title), head) for c in columns]]
    style = [("FONT", (0, 0), (-1, -1), FONT, report.SMALL + 0.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
             ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (3, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    groups = section.groups()
    if not groups:
        data.append(["", "", report.text(WORDS("none_lines", lang), "small"), "", ""])
    grouped = groups != [] and groups[0][0] != fs.EQUITY  # equity is one group: its section's title names it
    for group, lines in groups:
        if grouped:
            heading = ParagraphStyle("group", parent=cell, fontName=BOLD)
            data.append(["", "", Paragraph(escape(WORDS("group_" + group, lang)), heading), "", ""])
        for line in lines.lines:
            data.append([_note(line.code), line.code, Paragraph(escape(visual(computed_name(line.name, lang))), cell),
                         money(line.amount_rp), money(line.previous_rp)])
            for part in line.parts:
                data.append(["", "", Paragraph(escape(computed_name(part.name, lang)),
                                               ParagraphStyle("part", parent=cell, leftIndent=4 * mm)),
                             money(part.amount_rp), money(part.previous_rp)])
                style.append(("FONT", (3, len(data) - 1), (-1, len(data) - 1), FONT, report.SMALL))
        if grouped:
            data.append(["", "", WORDS("subtotal", lang).format(group=WORDS("group_" + group, lang).lower()),
                         money(lines.total_rp), money(lines.previous_total_rp)])
            style.append(("FONT", (2, len(data) - 1), (-1, len(data) - 1), BOLD, report.SMALL + 0.5))
    data.append(["", "", total_label, money(section.total_rp), money(section.previous_total_rp)])
    style += [("FONT", (0, -1), (-1, -1), BOLD, report.SMALL + 0.5), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]
    weights = sum(c.width for c in columns)
    table = Table(data, colWidths=[c.width / weights * width for c in columns], repeatRows=1, style=TableStyle(style))
    return [report.text(title, "section"), table]


def _balance_sheet(start: date, end: date, lang: str, width: float):
    previous = start - timedelta(days=1)
    sheet = fs.balance_sheet(end, previous)
    now_label, previous_label = day_text(end, lang), day_text(previous, lang)
    columns = _neraca_columns(lang, now_label, previous_label)
    story: list = []
    if sheet.is_empty:
        story += [report.text(WORDS("nothing", lang)), Spacer(0, 2 * mm)]
    story += _neraca_section(sheet.assets, WORDS("asset", lang), WORDS("total_asset", lang), columns, lang, width)
    story += _neraca_section(sheet.liabilities, WORDS("liability", lang), WORDS("total_liability", lang), columns,
                             lang, width)
    story += _neraca_section(sheet.equity, WORDS("equity", lang), WORDS("total_equity", lang), columns, lang, width)
    story += [Spacer(0, 3 * mm), _grand_total(WORDS("total_le", lang), sheet.liabilities_and_equity_rp,
                                              sheet.previous_liabilities_and_equity_rp, columns, width, lang)]
    subtitle = WORDS("compared", lang).format(date=now_label, previous=previous_label)
    return subtitle, story


def _income_statement(start: date, end: date, lang: str, width: float, compare: str):
    statement = fs.income_statement(start, end, compare)
    now_label = period_text(start, end, lang)
    previous_label = period_text(statement.previous_start, statement.previous_end, lang)
    columns = _compare_columns(lang, now_label, previous_label)
    story: list = []
    if not any(line.amount_rp for line in statement.income.lines + statement.expense.lines):  # a year with none
        story += [report.text(WORDS("nothing_period", lang)), Spacer(0, 2 * mm)]
    story += _section(statement.income, WORDS("income", lang), WORDS("total_income", lang), columns, lang, width)
    story += _section(statement.expense, WORDS("expense", lang), WORDS("total_expense", lang), columns, lang, width)
    story += [Spacer(0, 3 * mm), _grand_total(WORDS("shu", lang), statement.shu_rp, statement.previous_shu_rp,
                                              columns, width, lang)]
    return now_label, story
