"""Version 2: the members register and the business groups; postings may name either.

A member is never deleted once a posting names her (foreign keys RESTRICT); member numbers
come from the `member_number` counter so they are gapless and never reused.
"""

STATEMENTS = [
    """CREATE TABLE members (
        id INTEGER PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE CHECK (number > 0),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        nik TEXT UNIQUE CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
        sex TEXT NOT NULL CHECK (sex IN ('L', 'P')),
        birth_place TEXT NOT NULL DEFAULT '',
        birth_date TEXT,
        phone TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        rt TEXT NOT NULL DEFAULT '',
        rw TEXT NOT NULL DEFAULT '',
        desa TEXT NOT NULL DEFAULT '',
        kecamatan TEXT NOT NULL DEFAULT '',
        kabupaten TEXT NOT NULL DEFAULT '',
        provinsi TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        welfare_stage TEXT NOT NULL DEFAULT ''
            CHECK (welfare_stage IN ('', 'pra_sejahtera', 'ks1', 'ks2', 'ks3', 'ks3_plus')),
        joined_on TEXT NOT NULL,
        left_on TEXT CHECK (left_on IS NULL OR left_on >= joined_on),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    """CREATE TRIGGER members_no_delete BEFORE DELETE ON members
        BEGIN SELECT RAISE(ABORT, 'lumbung: members are never deleted, only marked as left'); END""",
    """CREATE TABLE businesses (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
        created_at TEXT NOT NULL)""",
    """CREATE TABLE business_members (
        business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE RESTRICT,
        member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
        role TEXT NOT NULL DEFAULT 'anggota' CHECK (role IN ('ketua', 'anggota')),
        PRIMARY KEY (business_id, member_id))""",
    "CREATE INDEX business_members_member ON business_members (member_id)",
    "ALTER TABLE postings ADD COLUMN member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT",
    "ALTER TABLE postings ADD COLUMN business_id INTEGER REFERENCES businesses (id) ON DELETE RESTRICT",
    """CREATE INDEX postings_member ON postings (member_id, account_id, entry_date, amount_rp)
        WHERE member_id IS NOT NULL""",
    """CREATE INDEX postings_business ON postings (business_id, account_id, entry_date, amount_rp)
        WHERE business_id IS NOT NULL""",
    """INSERT INTO businesses (name, created_at) VALUES
        ('Bordir', datetime('now', 'localtime')),
        ('Telur itik Alabio', datetime('now', 'localtime')),
        ('Kerupuk', datetime('now', 'localtime')),
        ('Kue kering', datetime('now', 'localtime')),
        ('Warung makan', datetime('now', 'localtime'))""",
    """INSERT INTO settings (key, value) VALUES
        ('default_desa', ''),
        ('default_kecamatan', ''),
        ('default_kabupaten', 'Hulu Sungai Utara'),
        ('default_provinsi', 'Kalimantan Selatan'),
        ('place_name', 'Amuntai')""",
]
