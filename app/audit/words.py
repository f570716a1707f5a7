"""The audit records in her words, for the Audit view and the "Jejak audit" PDF (Qt-free, so the
PDF can use them; the view passes the interface language).

    kind_text("settings", "id")        -> "Pengaturan diubah"
    detail_text(record.detail, "id")   -> "Telepon: 0812… → 0813…; Desa: Pandulangan → Sungai Pandan"
"""

from __future__ import annotations

import re
from datetime import date

from app.audit.personal import GONE
from app.dates import checked
from app.documents.words import Words
from app.formatting import rupiah, short_date

KIND_WORDS = Words({
    "entry": ("Transaksi dicatat", "Entry recorded"),
    "member": ("Data anggota", "Member's data"),
    "product": ("Jenis pinjaman", "Loan product"),
    "settings": ("Pengaturan diubah", "Settings changed"),
    "period": ("Tutup / buka buku", "Period closed / reopened"),
    "shu": ("Keputusan SHU", "SHU decision"),
    "user": ("Pengguna", "User"),
    "sign_in_failed": ("Gagal masuk", "Failed sign-in"),
    "backup": ("Cadangan dibuat", "Backup made"),
    "restore": ("Cadangan dipulihkan", "Backup restored"),
    "export": ("Data dikeluarkan (ekspor)", "Data exported"),
    "erasure": ("Data pribadi dihapus", "Personal data erased"),
    "opening": ("Saldo awal", "Opening balances"),
    "seal": ("Segel buku", "Book sealed"),
})

ACTION_WORDS = Words({
    "added": ("ditambah", "added"),
    "changed": ("diubah", "changed"),
    "close": ("tutup buku", "period closed"),
    "close_month": ("tutup buku bulan", "month closed"),
    "close_year": ("tutup buku tahun", "year closed"),
    "reopen": ("buka kembali", "reopened"),
    "shared": ("SHU dibagi", "SHU shared"),
    "loss_covered": ("rugi ditutup dari dana cadangan", "loss covered from the reserve"),
    "loss_carried": ("rugi dibawa ke tahun berikut", "loss carried forward"),
    "reversed": ("dibatalkan", "reversed"),
    "edited": ("diubah", "changed"), "left": ("keluar", "left"), "returned": ("batal keluar", "leaving undone"),
    "erased": ("data pribadi dihapus", "personal data erased"),
    "roles": ("tugas diubah", "roles changed"), "renamed": ("nama diubah", "renamed"),
    "deactivated": ("dinonaktifkan", "deactivated"), "reactivated": ("diaktifkan lagi", "reactivated"),
    "password_reset": ("kata sandi diatur ulang oleh Ketua", "password reset by the Ketua"),
    "password_changed": ("kata sandi diganti sendiri", "changed her own password"),
    "password_recovered": ("kata sandi Ketua dipulihkan dengan kode pemulihan", "Ketua's password recovered with the code"),
})

# Field and setting names as she reads them (the rest are shown as they are stored).
FIELD_WORDS = Words({
    "number": ("Nomor anggota", "Member number"), "name": ("Nama", "Name"), "nik": ("NIK", "NIK"), "sex": ("L/P", "M/F"), "phone": ("Telepon", "Phone"),
    "birth_place": ("Tempat lahir", "Place of birth"), "birth_date": ("Tanggal lahir", "Date of birth"),
    "street": ("Jalan", "Street"), "rt": ("RT", "RT"), "rw": ("RW", "RW"), "desa": ("Desa", "Village"),
    "kecamatan": ("Kecamatan", "District"), "kabupaten": ("Kabupaten", "Regency"), "provinsi": ("Provinsi", "Province"),
    "postal_code": ("Kode pos", "Postal code"), "welfare_stage": ("Tahap KS", "Welfare stage"),
    "joined_on": ("Tanggal masuk", "Joined on"), "left_on": ("Tanggal keluar", "Left on"),
    "business_groups": ("Kelompok usaha", "Business groups"),
    "rate": ("Jasa", "Interest"), "method": ("Cara hitung jasa", "Interest method"), "period": ("Periode", "Period"),
    "min_periods": ("Jangka terpendek", "Shortest term"), "max_periods": ("Jangka terpanjang", "Longest term"),
    "min_principal_rp": ("Pinjaman terkecil", "Smallest loan"), "max_principal_rp": ("Pinjaman terbesar", "Largest loan"),
    "is_active": ("Aktif", "Active"), "interest_free": ("Tanpa jasa", "Interest-free"),
    "rounding_unit_rp": ("Pembulatan", "Rounding"), "fee_kind": ("Provisi", "Fee"), "fee_rate": ("Provisi %", "Fee %"),
    "fee_rp": ("Provisi Rp", "Fee Rp"), "penalty_kind": ("Denda", "Penalty"), "penalty_rate": ("Denda %", "Penalty %"),
    "penalty_rp": ("Denda Rp", "Penalty Rp"), "grace_days": ("Tenggang (hari)", "Grace days"),
    "withhold_kind": ("Potongan simpanan", "Savings withheld"), "fee_deducted": ("Provisi dipotong", "Fee deducted"), "tanggung_renteng": ("Tanggung renteng", "Joint liability"),
    "operator_name": ("Nama petugas", "Operator's name"), "group_name": ("Nama kelompok", "Group's name"),
    "group_address": ("Alamat kelompok", "Group's address"), "place_name": ("Tempat", "Place"),
    "ketua_name": ("Nama Ketua", "Chair's name"), "sekretaris_name": ("Nama Sekretaris", "Secretary's name"),
    "bendahara_name": ("Nama Bendahara", "Treasurer's name"), "logo": ("Logo", "Logo"),
    "default_desa": ("Desa bawaan", "Default village"), "default_kecamatan": ("Kecamatan bawaan", "Default district"),
    "default_kabupaten": ("Kabupaten bawaan", "Default regency"), "default_provinsi": ("Provinsi bawaan", "Default province"),
    "founded_year": ("Tahun berdiri", "Year founded"), "starting_capital_rp": ("Modal awal", "Starting capital"),
    "starting_capital_source": ("Sumber modal awal", "Source of starting capital"), "partners": ("Mitra", "Partners"),
    "up2k_level": ("Tingkat UP2K", "UP2K level"), "dusun": ("Dusun", "Hamlet"),
    "receipt_paper": ("Kertas kuitansi", "Receipt paper"), "show_account_codes": ("Tampilkan kode akun", "Show account codes"),
    "bank_overdraft": ("Bank boleh minus", "Bank may go below zero"), "collection_order": ("Urutan setoran", "Collection order"),
    "backup_keep": ("Cadangan disimpan", "Backups kept"), "backup_remind_days": ("Pengingat cadangan (hari)", "Backup reminder (days)"),
    "sign_in": ("Masuk dengan kata sandi", "Sign-in required"),
    "single_officer": ("Satu petugas boleh mengajukan dan menyetujui", "One officer may enter and approve"),
    "shu_savings_basis": ("Dasar simpanan SHU", "SHU savings basis"), "shu_leavers": ("SHU anggota keluar", "SHU for leavers"),
    "closed_through": ("Buku ditutup sampai", "Closed through"), "reason": ("Alasan", "Reason"),
    "file": ("Berkas", "File"), "folder": ("Folder", "Folder"), "rows": ("Baris", "Rows"),
    "saved_aside": ("Buku sebelumnya disimpan di", "Previous book kept at"), "encrypted": ("Dikunci", "Encrypted"),
    "shu_rp": ("SHU", "SHU"), "payment": ("Dibayar", "Paid"), "decided_on": ("Tanggal keputusan", "Decided on"),
    "members": ("Anggota", "Members"), "loans": ("Pinjaman", "Loans"), "entries": ("Transaksi", "Entries"),
    "difference_rp": ("Selisih", "Difference"), "on": ("Tanggal", "Date"), "fields": ("Isian", "Fields"),
    "standing": ("Berlaku", "Standing"), "bytes": ("Ukuran (byte)", "Size (bytes)"),
    "distribution": ("No. pembagian", "Distribution no."),
    "roles": ("Tugas", "Roles"), "in_a_row": ("Berturut-turut", "In a row"),
    "idle_lock_minutes": ("Kunci layar (menit)", "Screen lock (minutes)"),
    "erased_fields": ("Isian yang dihapus (UU 27/2022)", "Fields erased (UU 27/2022)"),
})
ROLE_WORDS = Words({"ketua": ("Ketua", "Chair"), "sekretaris": ("Sekretaris", "Secretary"),
                    "bendahara": ("Bendahara", "Treasurer"), "pemeriksa": ("Pemeriksa", "Examiner")})
REASON_WORDS = Words({"wrong_password": ("kata sandi salah", "wrong password"),
                      "unknown_name": ("nama tidak dikenal", "unknown name"),
                      "wrong_recovery_code": ("kode pemulihan salah", "wrong recovery code")})
ON_OFF_FIELDS = {"sign_in", "single_officer"}  # settings kept as "on" or ""
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # dates as the records keep them
# A product's choices as stored (app.loans.products) in her words.
CHOICE_FIELDS = {"method", "period", "fee_kind", "penalty_kind", "withhold_kind"}
CHOICE_WORDS = Words({
    "flat": ("Flat", "Flat"), "efektif": ("Efektif (menurun)", "Declining balance"), "anuitas": ("Anuitas", "Annuity"),
    "monthly": ("Bulanan", "Monthly"), "weekly": ("Mingguan", "Weekly"), "none": ("Tidak ada", "None"),
    "percent": ("Persen", "Percent"), "fixed": ("Rupiah tetap", "Fixed rupiah"),
    "percent_month": ("Persen per bulan", "Percent a month"), "percent_day": ("Persen per hari", "Percent a day"),
})
YES_NO = Words({"yes": ("ya", "yes"), "no": ("tidak", "no"), "empty": ("(kosong)", "(empty)")})
# Not for her eyes: hashes the chain checks, and a seal's digests (megabytes on a big book).
SKIPPED = {"action", "what", "values", "changes", "entry_hash", "hash", "member_hash", "entry_runs", "entry_digests",
           "entries_hash", "member_hashes"}


@checked
def kind_text(kind: str, lang: str = "id") -> str:
    return KIND_WORDS(kind, lang) if kind in KIND_WORDS.keys() else kind


@checked
def field_text(name: str, lang: str = "id") -> str:
    return FIELD_WORDS(name, lang) if name in FIELD_WORDS.keys() else name


@checked
def value_text(name: str, value, lang: str = "id") -> str:
    if name in ON_OFF_FIELDS:
        return YES_NO("yes" if value == "on" else "no", lang)
    if value is None or value == "" or value == []:
        return YES_NO("empty", lang)
    if isinstance(value, bool):
        return YES_NO("yes" if value else "no", lang)
    if name in CHOICE_FIELDS and value in CHOICE_WORDS.keys():
        return CHOICE_WORDS(value, lang)
    if name == "reason" and value in REASON_WORDS.keys():
        return REASON_WORDS(value, lang)
    if name == "welfare_stage":
        from app.documents.member_register import WORDS as REGISTER  # the stages as the register prints them

        return REGISTER(value, lang) if value in REGISTER.keys() else str(value)
    if isinstance(value, int) and name.endswith("_rp"):
        return rupiah(value)
    if name == "roles" and isinstance(value, list):
        return ", ".join(ROLE_WORDS(r, lang) if r in ROLE_WORDS.keys() else str(r) for r in value)
    if isinstance(value, list):
        return ", ".join(field_text(str(v), lang) for v in value)
    if isinstance(value, str) and ISO_DAY.fullmatch(value):
        return short_date(date.fromisoformat(value))
    return str(value)


@checked
def subject_text(subject: str, kind: str, member_id: int | None, names: dict[int, str]) -> str:
    """A member record names her by number only (her name is sealed with her personal values);
    shown with her name as the register has it now ("Anggota 0012 (data dihapus)" once erased)."""
    name = names.get(member_id) if kind == "member" and member_id is not None else None
    if not name:
        return subject
    return name if name.startswith(subject) else f"{subject} {name}"


@checked
def detail_text(detail: dict, lang: str = "id") -> str:
    """'Telepon: 0812… → 0813…; Alasan: …' — the changes first, then the rest."""
    return "; ".join(detail_parts(detail, lang))


@checked
def detail_parts(detail: dict, lang: str = "id") -> list[str]:
    """detail_text's parts, one per change or value (the PDF gives each its own line)."""
    parts = []
    action = detail.get("action") or detail.get("what")
    if isinstance(action, str):
        parts.append(ACTION_WORDS(action, lang) if action in ACTION_WORDS.keys() else action)
    erased = []
    for name, pair in (detail.get("changes") or {}).items():
        if isinstance(pair, (list, tuple)) and len(pair) == 2 and pair[0] in ("", None) and pair[1] in ("", None):
            continue  # a new member's empty fields: nothing to say
        if isinstance(pair, (list, tuple)) and list(pair) == [GONE, GONE]:
            erased.append(field_text(name, lang))  # her key is gone: say which, once
        elif isinstance(pair, (list, tuple)) and len(pair) == 2:
            parts.append(f"{field_text(name, lang)}: {value_text(name, pair[0], lang)} \u2192 "
                         f"{value_text(name, pair[1], lang)}")
    if erased:
        parts.append(f"{field_text('erased_fields', lang)}: {', '.join(erased)}")
    for name, value in (detail.get("values") or {}).items():
        if value not in ("", None, 0, False, "0", "none"):
            parts.append(f"{field_text(name, lang)}: {value_text(name, value, lang)}")
    for name, value in sorted(detail.items(), key=lambda item: item[0] != "reason"):  # the why first
        if name in SKIPPED:
            continue
        if isinstance(value, (list, tuple)) and len(value) == 2 and (
                name in ("closed_through", "standing", "name") or all(isinstance(v, list) for v in value)):
            parts.append(f"{field_text(name, lang)}: {value_text(name, value[0], lang)} \u2192 "
                         f"{value_text(name, value[1], lang)}")
        else:
            parts.append(f"{field_text(name, lang)}: {value_text(name, value, lang)}")
    return parts


# Each finding of app.audit.verify, said in a line ({where}: the entry, record or member).
FINDING_WORDS = Words({
    "audit.log_missing": (
        "Tabel catatan audit (audit_log) tidak ada: dihapus di luar Lumbung.",
        "The audit table is missing: dropped outside Lumbung."),
    "audit.log_emptied": (
        "Semua catatan audit dihapus di luar Lumbung.",
        "Every audit record was deleted outside Lumbung."),
    "audit.guard_missing": (
        "Pengaman {table} (yang mencegahnya diubah atau dihapus) dibuang di luar Lumbung.",
        "The guard of {table} (that keeps it from being changed or deleted) was dropped outside Lumbung."),
    "audit.record_deleted": (
        "{where}: catatan audit sebelumnya ({records}) dihapus di luar Lumbung.",
        "{where}: the audit records before it ({records}) were deleted outside Lumbung."),
    "audit.chain_broken": (
        "{where}: rantai audit terputus; catatan sebelumnya (#{before}) diubah, dihapus atau dipindah.",
        "{where}: the chain is broken; record #{before} was changed, deleted or moved."),
    "audit.record_changed": (
        "{where}: isi catatan audit ini diubah di luar Lumbung.",
        "{where}: this audit record was changed outside Lumbung."),
    "audit.entry_changed": (
        "{where}: transaksi ini diubah di luar Lumbung (jumlah atau baris posting tidak cocok dengan catatan audit #{record}).",
        "{where}: this entry was changed outside Lumbung (it does not match audit record #{record})."),
    "audit.entry_unrecorded": (
        "{where}: transaksi ini ditambahkan di luar Lumbung (tidak ada catatan auditnya).",
        "{where}: this entry was inserted outside Lumbung (no audit record)."),
    "audit.entry_missing": (
        "{where}: transaksi ini dihapus di luar Lumbung (catatan audit #{record} masih ada).",
        "{where}: this entry was deleted outside Lumbung (audit record #{record} remains)."),
    "audit.reversal_link_changed": (
        "{where}: tanda storno transaksi ini diubah di luar Lumbung.",
        "{where}: this entry's reversal mark was changed outside Lumbung."),
    "audit.member_changed": (
        "{where}: data anggota ini diubah di luar Lumbung (tidak cocok dengan catatan audit #{record}).",
        "{where}: member's data changed outside Lumbung (it does not match audit record #{record})."),
    "audit.member_unrecorded": (
        "{where}: anggota ini ditambahkan di luar Lumbung (tidak ada catatan auditnya).",
        "{where}: this member was added outside Lumbung."),
    "audit.member_missing": (
        "{where}: anggota yang dicatat di sini sudah tidak ada di buku (dihapus di luar Lumbung).",
        "{where}: this member was deleted outside Lumbung."),
    "audit.sealed_changed": (
        "{where}: transaksi lama yang disegel saat buku diperbarui diubah di luar Lumbung.",
        "{where}: an old sealed entry was changed outside Lumbung."),
    "audit.anchor_changed": (
        "{where}: tidak cocok dengan sidik rantai {anchor} dari pemeriksaan sebelumnya: jejak audit sampai"
        " catatan ini ditulis ulang di luar Lumbung.",
        "{where}: does not match the chain's fingerprint {anchor} from an earlier check: the trail up to this"
        " record was rewritten outside Lumbung."),
})


# The guarded tables in her words ({table} of audit.guard_missing).
TABLE_WORDS = Words({"postings": ("baris transaksi", "the entries' lines"), "journal_entries": ("transaksi", "the entries"),
                     "members": ("data anggota", "the members' data"), "audit_log": ("jejak audit", "the audit trail")})


@checked
def finding_text(finding, lang: str = "id") -> str:
    """A finding of app.audit.verify in one line (the command line, the PDF; the screens word
    them in ui/messages.py for Qt's translation)."""
    if finding.code not in FINDING_WORDS.keys():
        return f"{finding.where}: {finding.code}"
    params = {**finding.params, "where": finding.where}
    if params.get("table") in TABLE_WORDS.keys():
        params["table"] = TABLE_WORDS(params["table"], lang)
    return FINDING_WORDS.filled(finding.code, lang, params)
