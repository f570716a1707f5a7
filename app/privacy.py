"""Personal data (UU 27/2022 on personal data protection): who sees a member's NIK and address,
her data exported at her request, and erased when the law asks for it. Qt-free.

- NIK and address are shown in full only to the roles that keep the register (Ketua,
  Sekretaris); to a Bendahara or a Pemeriksa they are masked: the NIK as "6308••••••••0001",
  the address reduced to the desa (street, RT, RW and postal code left out). With sign-in off
  whoever opens Lumbung keeps the register, and sees everything (as before sign-in existed).
- erase_member(member_id, reason): for a member who has left and been settled (no savings,
  no loan owed or pending), her personal fields are replaced: the name becomes "Anggota 0012
  (data dihapus)", NIK, birth, phone, address and welfare stage are blanked. Every money
  record stays (her postings, receipts, loans and SHU shares keep pointing at her number), and
  the erasure is recorded in the audit log (kind "erasure") without the erased values, and her
  key is deleted, so the values earlier member records sealed with it can no longer be read
  (app.audit.personal).
- personal_data_rows(member_id) / export_personal_data(member_id, path): an .xlsx of her fields
  and her transactions, recorded as an export.
- record_export(what, where, rows): any table or document carrying names or NIKs that leaves
  the book (an .xlsx, the Buku Daftar Anggota) is recorded in the audit log (kind "export").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from app import clock, members, text_rules
from app.access import roles, session
from app.audit import chain, log, personal
from app.dates import checked
from app.db import db
from app.errors import Issue, Rejected

FULL_VIEW_ROLES = frozenset({"ketua", "sekretaris"})  # they keep the register
MASK = "\u2022"  # •
ERASED_NAME = "Anggota {number} (data dihapus)"
# What erasure blanks (the member's row) besides her name, which it replaces; sex, number, joining
# and leaving dates and business groups stay: the group's counts and her money records need them.
ERASED_FIELDS = tuple(name for name in personal.PERSONAL_FIELDS if name != "name")


def can_see_personal() -> bool:
    """True when NIK and address may be shown in full to the one working now."""
    if not roles.sign_in_on():
        return True
    who = session.current()
    return who is not None and bool(FULL_VIEW_ROLES & set(who.roles))


@checked
def mask_nik(nik: str) -> str:
    """'6308014101900001' -> '6308••••••••0001'; '' stays ''."""
    if not nik:
        return ""
    if len(nik) <= 8:
        return MASK * len(nik)
    return nik[:4] + MASK * (len(nik) - 8) + nik[-4:]


ADDRESS_HIDDEN = ("street", "rt", "rw", "postal_code")  # what is left of her address is the desa


@checked
def masked(member: members.MemberRow) -> members.MemberRow:
    """Her row with NIK masked and the address reduced to the desa (for those who may not see it)."""
    return replace(member, nik=mask_nik(member.nik), **{name: "" for name in ADDRESS_HIDDEN})


@checked
def shown(member: members.MemberRow) -> members.MemberRow:
    """Her row as the one working now may see it."""
    return member if can_see_personal() else masked(member)


@checked
def shown_all(rows: list[members.MemberRow]) -> list[members.MemberRow]:
    return rows if can_see_personal() else [masked(m) for m in rows]


# --- erasure --------------------------------------------------------------------------------


@checked
def is_erased(member: members.MemberRow) -> bool:
    return member.name == ERASED_NAME.format(number=members.format_number(member.number))


def _erasure_issues(member: members.MemberRow) -> list[Issue]:
    from app import savings  # savings and loans build on members: read at call time
    from app.loans import lifecycle

    if is_erased(member):
        return [Issue("member", "privacy.already_erased")]
    if member.left_on is None:
        return [Issue("member", "privacy.still_member")]
    held = savings.balances(member.id).total_rp
    loans = lifecycle.list_loans(member.id)
    owed = sum(loan.outstanding_rp for loan in loans if loan.status == "disbursed")
    pending = [loan for loan in loans if loan.status in ("applied", "approved")]
    if held or owed:
        return [Issue("member", "privacy.unsettled", {"savings_rp": held, "owed_rp": owed})]
    if pending:
        return [Issue("member", "privacy.loan_pending")]
    return []


@checked
def erasure_issues(member_id: int) -> list[Issue]:
    """Why her data may not be erased now (empty: it may)."""
    return _erasure_issues(members.get_member(member_id))


@roles.needs("close")  # the Ketua decides, like the group's other irreversible acts
@checked
def erase_member(member_id: int, reason: str) -> members.MemberRow:
    """Replace her personal fields, keeping every money record; refused (nothing written) while
    she is still a member, holds savings, owes or has a loan pending, or was erased already."""
    with db.atomic():
        member = members.get_member(member_id)
        issues = []
        reason = text_rules.clean_text(reason, "reason", text_rules.TEXT, issues, required=True)
        issues += _erasure_issues(member)
        if issues:
            raise Rejected(issues)
        number = members.format_number(member.number)
        name = ERASED_NAME.format(number=number)
        blanks = {name_: None if name_ in ("nik", "birth_date") else "" for name_ in ERASED_FIELDS}
        sets = ", ".join(f"{column} = ?" for column in ("name", *blanks, "updated_at"))
        before = chain.member_before(member_id)
        db.execute_sql(f"UPDATE members SET {sets}, version = version + 1 WHERE id = ?",
                       (name, *blanks.values(), clock.now().isoformat(sep=" "), member_id))
        chain.member_changed(member_id, before, "erased")
        erased = [f for f in ERASED_FIELDS if getattr(member, f) not in ("", None)]
        log.record("erasure", f"Anggota {number}", {"reason": reason, "fields": ["name", *erased]},
                   member_id=member_id)
        personal.shred(member_id)  # what the log kept of her can no longer be read
    return members.get_member(member_id)


# --- export ---------------------------------------------------------------------------------


@checked
def record_export(what: str, where: str, rows: int = 0, member_id: int | None = None) -> int:
    """Record that `what` (a table's or document's title) left the book for `where` (a file)."""
    detail = {"file": where, "rows": rows} if rows else {"file": where}
    return log.record("export", what, detail, member_id=member_id)


FIELD_LABELS = {
    "number": "Nomor anggota", "name": "Nama", "nik": "NIK", "sex": "Jenis kelamin", "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir", "phone": "Telepon", "street": "Jalan/gang", "rt": "RT", "rw": "RW",
    "desa": "Desa/kelurahan", "kecamatan": "Kecamatan", "kabupaten": "Kabupaten", "provinsi": "Provinsi",
    "postal_code": "Kode pos", "welfare_stage": "Tahap keluarga sejahtera", "joined_on": "Tanggal masuk",
    "left_on": "Tanggal keluar",
}
EXPORT_HEADERS = ("Bagian", "Tanggal", "Keterangan", "Isi / akun", "Jumlah")
EXPORT_KINDS = ("text", "date", "text", "text", "money")


@checked
def personal_data_rows(member_id: int) -> list[tuple]:
    """Her fields (one row each) and then every posting on her name (date, entry, account,
    amount: debit positive), in the order of EXPORT_HEADERS."""
    member = members.get_member(member_id)
    rows: list[tuple] = []
    for name, label in FIELD_LABELS.items():
        value = getattr(member, name)
        if name == "number":
            value = members.format_number(value)
        rows.append(("Data pribadi", None, label, value if isinstance(value, (str, date)) or value is None else str(value),
                     None))
    for day, entry_id, reference, description, code, account, amount in db.execute_sql(
            "SELECT p.entry_date, e.id, e.reference, e.description, a.code, a.name, p.amount_rp FROM postings p"
            " JOIN journal_entries e ON e.id = p.entry_id JOIN accounts a ON a.id = p.account_id"
            " WHERE p.member_id = ? ORDER BY p.entry_date, e.id, p.id", (member_id,)):
        rows.append(("Transaksi", date.fromisoformat(str(day)), f"{reference or f'JU-{entry_id}'} {description}".strip(),
                     f"{code} {account}", amount))
    return rows


@checked
def export_personal_data(member_id: int, path: str) -> Path:
    """Write her personal data and transactions to `path` (.xlsx) and record the export."""
    roles.require("read")
    if not can_see_personal():
        raise Rejected.one("member", "privacy.not_allowed")
    from app import settings
    from app.xlsx_export import write_xlsx

    member = members.get_member(member_id)
    rows = personal_data_rows(member_id)
    title = f"Data pribadi anggota {members.format_number(member.number)}"
    written = write_xlsx(path, title, EXPORT_HEADERS, rows, EXPORT_KINDS,
                         title_lines=(settings.get("group_name"), f"{title} {member.name}",
                                      f"Dibuat {clock.today():%d/%m/%Y}"))
    record_export(title, str(written), len(rows), member_id=member_id)
    return written
