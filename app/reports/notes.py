"""Catatan atas Laporan Keuangan as data: for each numbered note (app.statement_notes) the Neraca
lines it explains, at the date and at the end of the year before, and the breakdowns a reader
asks for (stock and receivables by business, savings by kind, grants by funder, the register of
equipment); and the group's own words for each note, kept in the book's settings.

The lines are the Neraca's own (financial_statements.balance_sheet), so every figure in a note
is the figure on the Neraca. Loans by kolektibilitas come from the loan portfolio.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app import financial_statements as fs
from app import inventory, settings, text_rules
from app.access import roles
from app.dates import checked
from app.db import db
from app.errors import Rejected
from app.funds.funders import list_funders
from app.funds.report import funder_postings
from app.statement_notes import BY_KEY, NOTES, Note, note_for

TEXT_KEY = "note_text_{key}"  # the setting holding the group's own words for a note
TEXT_LIMIT = text_rules.PARAGRAPHS  # a few paragraphs under a note
GRANTS = "3-201"
OPENING_NOTE = "opening_difference_note"  # app.opening.commit keeps why 3-502 is not 0


@dataclass(frozen=True)
class Part:
    """One row of a breakdown: a label (a business, a funder, a kind...), a count, rupiah."""

    label: str
    count: int | None
    amount_rp: int


@dataclass(frozen=True)
class NoteFigures:
    note: Note
    lines: tuple[fs.Line, ...]  # the Neraca lines this note explains (code "" for the SHU lines)
    parts: tuple[Part, ...]  # the note's breakdown at the date (empty: none for this note)
    own_words: str

    @property
    def total_rp(self) -> int:
        return sum(line.amount_rp for line in self.lines)


@dataclass(frozen=True)
class Notes:
    as_of: date
    previous_as_of: date  # the end of the year before
    founded_year: str  # as Pengaturan has it ("" when not given)
    members: int  # members on the date
    businesses: tuple[str, ...]
    notes: tuple[NoteFigures, ...]  # in NOTES order


@checked
def notes(as_of: date) -> Notes:
    """Every note's figures at the end of `as_of`, beside the end of the year before."""
    previous = date(as_of.year - 1, 12, 31)
    sheet = fs.balance_sheet(as_of, previous)
    lines: dict[str, list[fs.Line]] = {note.key: [] for note in NOTES}
    for section in (sheet.assets, sheet.liabilities, sheet.equity):
        for line in section.lines:
            note = note_for(line.code) if line.code else BY_KEY["surplus"]
            if note is not None:
                lines[note.key].append(line)
    parts = {"sales_receivable": _by_business("1-202", as_of), "stock": _by_business("1-301", as_of),
             "savings": _savings(as_of), "grants": _grants(as_of), "fixed_assets": _register(as_of)}
    words = note_texts()
    # the opening's difference is explained in her words at the commit (app.opening.commit)
    words["opening"] = words["opening"] or settings.get(OPENING_NOTE)
    figures = tuple(NoteFigures(note, tuple(lines[note.key]), tuple(parts.get(note.key, ())), words[note.key])
                    for note in NOTES)
    return Notes(as_of, previous, settings.get("founded_year"), _members(as_of), _businesses(as_of), figures)


def _members(as_of: date) -> int:
    (count,) = db.execute_sql("SELECT count(*) FROM members WHERE joined_on <= ?1"
                              " AND (left_on IS NULL OR left_on > ?1)",
                              (as_of.isoformat(),)).fetchone()
    return count


def _businesses(as_of: date) -> tuple[str, ...]:
    return tuple(name for (name,) in db.execute_sql(
        "SELECT name FROM businesses WHERE id IN (SELECT business_id FROM postings WHERE entry_date <= ?)"
        " ORDER BY name", (as_of.isoformat(),)))


def _by_business(code: str, as_of: date) -> list[Part]:
    """An asset account's balance per business (postings without one: "")."""
    return [Part(name or "", None, amount) for name, amount in db.execute_sql(
        "SELECT b.name, sum(p.amount_rp) FROM postings p JOIN accounts a ON a.id = p.account_id"
        " LEFT JOIN businesses b ON b.id = p.business_id WHERE a.code = ? AND p.entry_date <= ?"
        " GROUP BY p.business_id, b.name HAVING sum(p.amount_rp) != 0 ORDER BY b.name NULLS FIRST",
        (code, as_of.isoformat()))]


def _savings(as_of: date) -> list[Part]:
    """Each kind of savings (pokok, wajib, sukarela): how many members hold some, and how much."""
    return [Part(name, holders, -total) for name, holders, total in db.execute_sql(
        "SELECT name, sum(CASE WHEN balance != 0 THEN 1 ELSE 0 END), coalesce(sum(balance), 0)"
        " FROM (SELECT a.code, a.name, p.member_id,"
        " sum(p.amount_rp) AS balance FROM accounts a LEFT JOIN postings p ON p.account_id = a.id"
        " AND p.entry_date <= ? WHERE a.code IN ('3-101', '3-102', '2-101') GROUP BY a.code, a.name, p.member_id)"
        " AS held GROUP BY code, name ORDER BY substr(code, 1, 1) DESC, code", (as_of.isoformat(),))]


def _grants(as_of: date) -> list[Part]:
    """Grant capital (3-201) per funder; what no funder was named for is a last row labelled ""."""
    parts = [Part(f.name, None, -funder_postings(f.id, GRANTS, end=as_of)) for f in list_funders()]
    parts = [part for part in parts if part.amount_rp]
    (total,) = db.execute_sql("SELECT -coalesce(sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id ="
                              " p.account_id WHERE a.code = ? AND p.entry_date <= ?",
                              (GRANTS, as_of.isoformat())).fetchone()
    unnamed = total - sum(part.amount_rp for part in parts)
    return parts + ([Part("", None, unnamed)] if unnamed else [])


def _register(as_of: date) -> list[Part]:
    """The Buku Inventaris on the date: items held (count, cost) and items disposed of (count)."""
    items = inventory.list_items(as_of, include_disposed=True)
    held = [item for item in items if item.disposed_on is None or item.disposed_on > as_of]
    return [Part("held", len(held), sum(item.value_rp for item in held)),
            Part("disposed", len(items) - len(held), 0)]


def note_texts() -> dict[str, str]:
    """The group's own words for each note ("" when none was written)."""
    return {note.key: settings.get(TEXT_KEY.format(key=note.key)) for note in NOTES}


@roles.needs("records")
def set_note_texts(texts: dict[str, str]) -> None:
    """Keep the group's words for the notes named; refuse (writing nothing) a text over the limit."""
    clean = {}
    issues = []
    for key, value in texts.items():
        if key not in BY_KEY:
            raise KeyError(key)
        clean[TEXT_KEY.format(key=key)] = text_rules.clean_text(value, key, TEXT_LIMIT, issues, paragraphs=True)
    if issues:
        raise Rejected(issues)
    settings.record(clean)
