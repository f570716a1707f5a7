"""The capital sources report ("funder_report": every funder, or one, for a period, with the
group's capital over the years), and the reports of the PAUD fund ("paud_fund") and of the
social fund ("social_fund") for a period: what the fund held, what came in and from where,
what was paid to whom and why, what is left.
"""

from __future__ import annotations

from datetime import date

from app.documents import report
from app.documents.catalogue import Request
from app.documents.financial import period_text
from app.documents.output import Progress
from app.documents.words import Words
from app.formatting import rupiah
from app.funds import bank, earmarked, funders
from app.funds import report as funds_report

WORDS = Words({
    "funder_report": ("LAPORAN SUMBER DANA", "CAPITAL SOURCES REPORT"),
    "paud_fund": ("LAPORAN DANA INSENTIF GURU PAUD", "PAUD TEACHERS' INCENTIVE FUND REPORT"),
    "social_fund": ("LAPORAN DANA SOSIAL", "SOCIAL FUND REPORT"),
    "period": ("Periode {period}", "Period {period}"),
    "csr": ("CSR perusahaan", "Company CSR"),
    "dinas": ("Dinas Koperasi/UKM", "Cooperatives office"),
    "bank": ("Bank", "Bank"),
    "dana_desa": ("Dana desa", "Village fund"),
    "anggota": ("Modal anggota", "Members' own capital"),
    "lainnya": ("Lainnya", "Other"),
    "about": ("{kind}. Program: {programme}. Perjanjian: {agreement}. Kontak: {contact}.",
              "{kind}. Programme: {programme}. Agreement: {agreement}. Contact: {contact}."),
    "came_in": ("Dana yang diterima", "Money received"),
    "date": ("Tanggal", "Date"),
    "what": ("Uraian", "Description"),
    "form": ("Bentuk", "Form"),
    "amount": ("Jumlah (Rp)", "Amount (Rp)"),
    "grant": ("Hibah uang", "Cash grant"),
    "in_kind": ("Hibah barang", "In-kind grant"),
    "loan": ("Pinjaman", "Loan"),
    "total": ("Jumlah", "Total"),
    "before": ("Diterima sebelum periode ini: {amount}.", "Received before this period: {amount}."),
    "bank_loans": ("Pinjaman dan pengembaliannya", "Loans and their repayment"),
    "loan_line": ("Pinjaman {date} {principal}, {periods} kali angsuran", "Loan of {date} {principal}, {periods} instalments"),
    "repaid": ("Dibayar kembali dalam periode: pokok {pokok}, jasa {jasa}. Sisa utang pada {end}: {owed}.",
               "Repaid in the period: principal {pokok}, interest {jasa}. Still owed on {end}: {owed}."),
    "financed": ("Yang dibiayai", "What it financed"),
    "share": ("Bagian sumber ini dalam modal kelompok pada {end}: {funder} dari {group} ({percent}).",
              "This source's part of the group's capital on {end}: {funder} of {group} ({percent})."),
    "member_loans": ("Pinjaman anggota dicairkan dalam periode ({count}): {total}; dibiayai sumber ini {part}.",
                     "Loans paid out to members in the period ({count}): {total}; financed by this source {part}."),
    "equipment": ("Peralatan dibeli dalam periode: {total}; dibiayai sumber ini {part}.",
                  "Equipment bought in the period: {total}; financed by this source {part}."),
    "item": ("Peralatan dari hibah barang: {name} ({date}) {value}.", "Equipment given in kind: {name} ({date}) {value}."),
    "left": ("Sisa pada {end}: di kas dan bank {cash}, dalam pinjaman anggota {loans}.",
             "Left on {end}: in cash and bank {cash}, in members' loans {loans}."),
    "rule": ("Aturan: {rule}", "Rule: {rule}"),
    "no_funders": ("Belum ada sumber dana yang dicatat.", "No funder recorded yet."),
    "capital": ("Modal kelompok dari tahun ke tahun", "The group's capital over the years"),
    "year": ("Tahun", "Year"),
    "savings": ("Simpanan anggota", "Members' savings"),
    "grants": ("Hibah", "Grants"),
    "bank_debt": ("Pinjaman bank", "Bank loans"),
    "reserves": ("Dana cadangan", "Reserves"),
    "opening": ("Saldo dana pada {date}: {amount}", "Fund balance on {date}: {amount}"),
    "in_title": ("Dana masuk", "Money in"),
    "source": ("Asal", "Source"),
    "from_shu": ("Dari SHU", "From the SHU"),
    "elsewhere": ("Lainnya", "Other"),
    "paid_title": ("Dana keluar", "Money paid"),
    "paud_whom": ("Guru PAUD", "PAUD teacher"),
    "social_whom": ("Anggota", "Member"),
    "reason": ("Keperluan", "Purpose"),
    "receipt": ("Kuitansi", "Receipt"),
    "closing": ("Sisa dana pada {date}: {amount}", "Left in the fund on {date}: {amount}"),
    "summary": ("Masuk {came_in} (dari SHU {shu}), keluar {paid}.", "In {came_in} (from the SHU {shu}), paid {paid}."),
})


def build(request: Request, target: str, progress: Progress = None) -> None:
    lang = request.lang
    title = WORDS(request.kind, lang)
    subtitle = WORDS("period", lang).format(period=period_text(request.start, request.end, lang))

    def story(width: float) -> tuple[str, list]:
        if request.kind == "funder_report":
            return subtitle, funders_story(request.start, request.end, lang, width, request.funder_id)
        return subtitle, _fund("paud" if request.kind == "paud_fund" else "sosial", request.start, request.end,
                               lang, width)

    report.signed_statement(request, target, progress, title, title, story)


def percent_text(part: int, whole: int) -> str:
    """'68,6%' (one decimal, rounded down)."""
    tenths = part * 1000 // whole if whole > 0 else 0
    return f"{tenths // 10},{tenths % 10}%"


def funders_story(start: date, end: date, lang: str, width: float, funder_id: int | None = None) -> list:
    """Each funder's report for the period (or one funder's) and the group's capital over the
    years (no letterhead, no signatures); also the RAT pack's."""
    w = lambda key: WORDS(key, lang)  # noqa: E731
    chosen = [funders.get_funder(funder_id)] if funder_id is not None else funders.list_funders()
    story: list = []
    if not chosen:
        story.append(report.text(w("no_funders")))
    for funder in chosen:
        got = funds_report.funder_report(funder.id, start, end)
        story.append(report.text(funder.name, "section"))
        story.append(report.text(w("about").format(kind=w(funder.kind), programme=funder.programme or "–",
                                                   agreement=funder.agreement_number or "–",
                                                   contact=funder.contact or "–"), "small"))
        story.append(report.text(w("came_in"), "body"))
        columns = [report.Column(w("date"), 1.2, "date"), report.Column(w("form"), 1.3),
                   report.Column(w("what"), 4.5), report.Column(w("amount"), 1.8, "money")]
        rows = [(r.entry_date, w(r.kind), r.description, r.amount_rp) for r in got.received]
        story.append(report.table(columns, rows, totals=(None, w("total"), "", got.received_rp) if rows else None,
                                  width=width, lang=lang))
        story.append(report.text(w("before").format(amount=rupiah(got.received_before_rp)), "small"))
        loans = bank.list_loans(funder.id)
        if loans:
            story.append(report.text(w("bank_loans"), "body"))
            for loan in loans:
                story.append(report.text(w("loan_line").format(
                    date=loan.received_on.strftime("%d/%m/%Y"), principal=rupiah(loan.principal_rp),
                    periods=loan.periods), "small"))
            story.append(report.text(w("repaid").format(
                pokok=rupiah(got.repaid_pokok_rp), jasa=rupiah(got.repaid_jasa_rp),
                end=end.strftime("%d/%m/%Y"), owed=rupiah(got.owed_rp)), "small"))
        story.append(report.text(w("financed"), "body"))
        end_text = end.strftime("%d/%m/%Y")
        lines = [w("share").format(end=end_text, funder=rupiah(got.funder_capital_rp), group=rupiah(got.group_capital_rp),
                                   percent=percent_text(got.funder_capital_rp, got.group_capital_rp)),
                 w("member_loans").format(count=got.member_loans_count, total=rupiah(got.member_loans_paid_rp),
                                          part=rupiah(got.financed_loans_rp)),
                 w("equipment").format(total=rupiah(got.equipment_bought_rp),
                                       part=rupiah(got.part(got.equipment_bought_rp)))]
        lines += [w("item").format(name=name, date=day.strftime("%d/%m/%Y"), value=rupiah(value))
                  for name, day, value in got.items_given]
        lines.append(w("left").format(end=end_text, cash=rupiah(got.left_in_cash_rp), loans=rupiah(got.left_in_loans_rp)))
        story += [report.text(line, "small") for line in lines]
    story.append(report.text(w("rule").format(rule=funds_report.ATTRIBUTION[1 if lang == "en" else 0]), "small"))
    story += capital_table(end, lang, width)
    return story


def capital_table(as_of: date, lang: str, width: float, style: str = "section") -> list:
    """The group's capital at each year's end (the last year at `as_of`): savings, grants,
    bank loans, reserves (also on the UP2K group profile)."""
    w = lambda key: WORDS(key, lang)  # noqa: E731
    columns = [report.Column(w("year"), 1, "number"), report.Column(w("savings"), 2, "money"),
               report.Column(w("grants"), 2, "money"), report.Column(w("bank_debt"), 2, "money"),
               report.Column(w("reserves"), 2, "money"), report.Column(w("total"), 2, "money")]
    rows = [(str(r.year), r.savings_rp, r.grants_rp, r.bank_rp, r.reserves_rp, r.total_rp)
            for r in funds_report.capital_over_years(as_of)]
    return [report.text(w("capital"), style), report.table(columns, rows, width=width, lang=lang)]


def _fund(fund: str, start: date, end: date, lang: str, width: float) -> list:
    w = lambda key: WORDS(key, lang)  # noqa: E731
    got = earmarked.period_report(fund, start, end)
    day_before = date.fromordinal(start.toordinal() - 1)
    story: list = [report.text(w("opening").format(date=day_before.strftime("%d/%m/%Y"),
                                                   amount=rupiah(got.opening_rp)), "body"),
                   report.text(w("in_title"), "section")]
    columns = [report.Column(w("date"), 1.2, "date"), report.Column(w("source"), 1.2),
               report.Column(w("what"), 5), report.Column(w("amount"), 1.8, "money")]
    rows = [(m.entry_date, w("from_shu") if m.from_shu else w("elsewhere"), m.description, m.amount_rp)
            for m in got.came_in]
    story.append(report.table(columns, rows, totals=(None, w("total"), "", got.in_rp) if rows else None,
                              width=width, lang=lang))
    story.append(report.text(w("paid_title"), "section"))
    columns = [report.Column(w("date"), 1.2, "date"), report.Column(w("paud_whom" if fund == "paud" else "social_whom"), 2.2),
               report.Column(w("reason"), 2.8), report.Column(w("receipt"), 1.6), report.Column(w("amount"), 1.8, "money")]
    rows = [(m.entry_date, m.to_whom or m.description, m.reason, m.receipt_number, m.amount_rp) for m in got.paid]
    story.append(report.table(columns, rows, totals=(None, w("total"), "", "", got.out_rp) if rows else None,
                              width=width, lang=lang))
    story.append(report.text(w("summary").format(came_in=rupiah(got.in_rp), shu=rupiah(got.from_shu_rp),
                                                 paid=rupiah(got.out_rp)), "body"))
    story.append(report.text(w("closing").format(date=end.strftime("%d/%m/%Y"), amount=rupiah(got.closing_rp)),
                             "section"))
    return story
