"""Version 7: money out gets its own numbers, and the group's usual income and costs by name.

A bukti kas keluar (money out, or moved between Kas and Bank) is numbered BKK/2026/000001 from
its own gapless `cash_out_<year>` counter, beside the kuitansi's KW/2026/000123. SQLite cannot
change a CHECK, so `receipts` is rebuilt with the same rows, numbers and triggers, its number
allowed to be KW/… or BKK/….

Money from outside the members (bunga bank, bantuan desa, donations) and the group's costs (ATK,
konsumsi rapat, transport, the bank's fees) each get an account of their own, for Catat
penerimaan / pengeluaran and the Laporan Hasil Usaha. An account is added only where the chart
has neither its code nor its name (a group may have added its own already). Pengaturan adds more.
"""

_USUAL = (
    ("4-301", "Bunga bank", "income"),
    ("4-302", "Bantuan desa / sumbangan", "income"),
    ("4-303", "Pendapatan lain-lain", "income"),
    ("5-202", "Alat tulis kantor (ATK)", "expense"),
    ("5-203", "Konsumsi rapat", "expense"),
    ("5-204", "Transport", "expense"),
    ("5-205", "Biaya administrasi bank", "expense"),
)

_NUMBER = "[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9][0-9][0-9]*"

STATEMENTS = [
    f"""CREATE TABLE receipts_v7 (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE CHECK (number GLOB 'KW/{_NUMBER}' OR number GLOB 'BKK/{_NUMBER}'),
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,
        party_name TEXT NOT NULL DEFAULT '' CHECK (length(party_name) <= 200),
        amount_rp INTEGER NOT NULL CHECK (typeof(amount_rp) = 'integer' AND amount_rp > 0),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        print_count INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0),
        CHECK (member_id IS NOT NULL OR party_name <> ''))""",
    """INSERT INTO receipts_v7 (id, number, entry_id, member_id, party_name, amount_rp, issued_at, issued_by,
                                print_count)
        SELECT id, number, entry_id, member_id, party_name, amount_rp, issued_at, issued_by, print_count
        FROM receipts""",
    "DROP TABLE receipts",  # the implicit DELETE of a DROP fires no trigger
    "ALTER TABLE receipts_v7 RENAME TO receipts",
    "CREATE INDEX receipts_member ON receipts (member_id)",
    """CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
        BEGIN SELECT RAISE(ABORT, 'lumbung: receipts cannot be deleted'); END""",
    """CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
        WHEN NOT (NEW.print_count > OLD.print_count
                  AND NEW.id IS OLD.id AND NEW.number IS OLD.number AND NEW.entry_id IS OLD.entry_id
                  AND NEW.member_id IS OLD.member_id AND NEW.party_name IS OLD.party_name
                  AND NEW.amount_rp IS OLD.amount_rp
                  AND NEW.issued_at IS OLD.issued_at AND NEW.issued_by IS OLD.issued_by)
        BEGIN SELECT RAISE(ABORT, 'lumbung: receipts cannot be changed'); END""",
    *(f"""INSERT INTO accounts (code, name, kind, created_at)
        SELECT '{code}', '{name}', '{kind}', datetime('now', 'localtime')
        WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE code = '{code}' OR name = '{name}' COLLATE NOCASE)"""
      for code, name, kind in _USUAL),
]
