"""Version 6: the books of the group businesses (usaha kelompok), inside the one ledger.

Units convert to a base unit by a whole factor (rak = 30 butir, kg = 1000 gram); quantities are
stored as whole numbers of the base unit, with what was typed kept beside them as text. Items
are a business's products and raw materials (bahan baku). Every stock movement is one row of
`usaha_moves` (signed quantity and signed cost, the value moved in or out of 1-301), written by
the same transaction as its journal entry; a move whose entry was reversed no longer counts.
Purchases, productions, sales, counts, payments and shares keep what was decided; money is only
in the postings and the amounts recorded beside them. Records are never deleted.

Two accounts join the chart: 2-102 Utang usaha (credit purchases from suppliers) and 5-102
Selisih persediaan (a stock count's difference).
"""

_MONEY = "typeof({0}) = 'integer' AND {0} > 0 AND {0} < 10000000000000"


def _no_delete(table: str) -> str:
    return (f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}"
            f" BEGIN SELECT RAISE(ABORT, 'lumbung: business records cannot be deleted'); END")


STATEMENTS = [
    """CREATE TABLE usaha_units (
        id INTEGER PRIMARY KEY,
        business_id INTEGER REFERENCES businesses (id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 30),
        base_unit_id INTEGER REFERENCES usaha_units (id) ON DELETE RESTRICT,
        factor INTEGER NOT NULL CHECK (typeof(factor) = 'integer' AND factor >= 1 AND factor <= 1000000000),
        created_at TEXT NOT NULL,
        CHECK (base_unit_id IS NOT NULL OR factor = 1))""",
    "CREATE UNIQUE INDEX usaha_units_name ON usaha_units (coalesce(business_id, 0), name COLLATE NOCASE)",
    """CREATE TABLE usaha_items (
        id INTEGER PRIMARY KEY,
        business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('product', 'material')),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
        unit_id INTEGER NOT NULL REFERENCES usaha_units (id) ON DELETE RESTRICT,
        standard_cost_rp INTEGER NOT NULL DEFAULT 0
            CHECK (typeof(standard_cost_rp) = 'integer' AND standard_cost_rp >= 0),
        is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
        created_at TEXT NOT NULL)""",
    "CREATE UNIQUE INDEX usaha_items_name ON usaha_items (business_id, kind, name COLLATE NOCASE)",
    """CREATE TABLE usaha_prices (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES usaha_items (id) ON DELETE RESTRICT,
        effective_on TEXT NOT NULL,
        price_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("price_rp") + """),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL)""",
    "CREATE INDEX usaha_prices_item ON usaha_prices (item_id, effective_on, id)",
    """CREATE TABLE usaha_purchases (
        id INTEGER PRIMARY KEY,
        business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE RESTRICT,
        purchase_date TEXT NOT NULL,
        item_id INTEGER NOT NULL REFERENCES usaha_items (id) ON DELETE RESTRICT,
        quantity TEXT NOT NULL,
        unit_id INTEGER NOT NULL REFERENCES usaha_units (id) ON DELETE RESTRICT,
        amount_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("amount_rp") + """),
        supplier TEXT NOT NULL DEFAULT '',
        on_credit INTEGER NOT NULL CHECK (on_credit IN (0, 1)),
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT)""",
    "CREATE INDEX usaha_purchases_business ON usaha_purchases (business_id, purchase_date)",
    """CREATE TABLE usaha_supplier_payments (
        id INTEGER PRIMARY KEY,
        purchase_id INTEGER NOT NULL REFERENCES usaha_purchases (id) ON DELETE RESTRICT,
        pay_date TEXT NOT NULL,
        amount_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("amount_rp") + """),
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT)""",
    "CREATE INDEX usaha_supplier_payments_purchase ON usaha_supplier_payments (purchase_id)",
    """CREATE TABLE usaha_productions (
        id INTEGER PRIMARY KEY,
        business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE RESTRICT,
        production_date TEXT NOT NULL,
        item_id INTEGER NOT NULL REFERENCES usaha_items (id) ON DELETE RESTRICT,
        quantity TEXT NOT NULL,
        rejects TEXT NOT NULL,
        unit_id INTEGER NOT NULL REFERENCES usaha_units (id) ON DELETE RESTRICT,
        made_base INTEGER NOT NULL CHECK (typeof(made_base) = 'integer' AND made_base > 0),
        rejects_base INTEGER NOT NULL CHECK (typeof(rejects_base) = 'integer' AND rejects_base >= 0
                                             AND rejects_base <= made_base),
        cost_rp INTEGER NOT NULL CHECK (typeof(cost_rp) = 'integer' AND cost_rp >= 0),
        note TEXT NOT NULL DEFAULT '',
        entry_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL)""",
    "CREATE INDEX usaha_productions_business ON usaha_productions (business_id, production_date)",
    """CREATE TABLE usaha_sales (
        id INTEGER PRIMARY KEY,
        business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE RESTRICT,
        sale_date TEXT NOT NULL,
        buyer_member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,
        buyer_name TEXT NOT NULL DEFAULT '' CHECK (length(buyer_name) <= 200),
        seller_member_id INTEGER REFERENCES members (id) ON DELETE RESTRICT,
        on_credit INTEGER NOT NULL CHECK (on_credit IN (0, 1)),
        amount_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("amount_rp") + """),
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        CHECK (on_credit = 0 OR buyer_member_id IS NOT NULL OR buyer_name <> ''))""",
    "CREATE INDEX usaha_sales_business ON usaha_sales (business_id, sale_date)",
    "CREATE INDEX usaha_sales_open ON usaha_sales (on_credit, business_id) WHERE on_credit = 1",
    """CREATE TABLE usaha_collections (
        id INTEGER PRIMARY KEY,
        sale_id INTEGER NOT NULL REFERENCES usaha_sales (id) ON DELETE RESTRICT,
        pay_date TEXT NOT NULL,
        amount_rp INTEGER NOT NULL CHECK (""" + _MONEY.format("amount_rp") + """),
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT)""",
    "CREATE INDEX usaha_collections_sale ON usaha_collections (sale_id)",
    """CREATE TABLE usaha_counts (
        id INTEGER PRIMARY KEY,
        business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE RESTRICT,
        item_id INTEGER NOT NULL REFERENCES usaha_items (id) ON DELETE RESTRICT,
        count_date TEXT NOT NULL,
        counted_base INTEGER NOT NULL CHECK (typeof(counted_base) = 'integer' AND counted_base >= 0),
        book_base INTEGER NOT NULL CHECK (typeof(book_base) = 'integer'),
        reason TEXT NOT NULL DEFAULT '',
        entry_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL)""",
    # Every stock movement: kind purchase | produced | consumed | sold | counted.
    """CREATE TABLE usaha_moves (
        id INTEGER PRIMARY KEY,
        business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE RESTRICT,
        item_id INTEGER NOT NULL REFERENCES usaha_items (id) ON DELETE RESTRICT,
        move_date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('purchase', 'produced', 'consumed', 'sold', 'counted')),
        quantity_base INTEGER NOT NULL CHECK (typeof(quantity_base) = 'integer' AND quantity_base <> 0),
        cost_rp INTEGER NOT NULL CHECK (typeof(cost_rp) = 'integer'),
        quantity TEXT NOT NULL DEFAULT '',
        unit_id INTEGER REFERENCES usaha_units (id) ON DELETE RESTRICT,
        unit_price_rp INTEGER NOT NULL DEFAULT 0,
        amount_rp INTEGER NOT NULL DEFAULT 0 CHECK (typeof(amount_rp) = 'integer' AND amount_rp >= 0),
        doc_id INTEGER NOT NULL,
        entry_id INTEGER REFERENCES journal_entries (id) ON DELETE RESTRICT,
        negative_reason TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX usaha_moves_item ON usaha_moves (item_id, move_date, quantity_base, cost_rp)",
    "CREATE INDEX usaha_moves_business ON usaha_moves (business_id, kind, move_date)",
    "CREATE INDEX usaha_moves_entry ON usaha_moves (entry_id) WHERE entry_id IS NOT NULL",
    """CREATE TABLE usaha_work (
        id INTEGER PRIMARY KEY,
        business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE RESTRICT,
        member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
        work_date TEXT NOT NULL,
        hours TEXT NOT NULL DEFAULT '0',
        pieces INTEGER NOT NULL DEFAULT 0 CHECK (typeof(pieces) = 'integer' AND pieces >= 0),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL)""",
    "CREATE INDEX usaha_work_business ON usaha_work (business_id, work_date)",
    """CREATE TABLE usaha_share_rules (
        business_id INTEGER PRIMARY KEY REFERENCES businesses (id) ON DELETE RESTRICT,
        basis TEXT NOT NULL CHECK (basis IN ('hours', 'pieces', 'sales')),
        updated_at TEXT NOT NULL)""",
    """CREATE TABLE usaha_share_parts (
        business_id INTEGER NOT NULL REFERENCES usaha_share_rules (business_id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        percent_bp INTEGER NOT NULL CHECK (typeof(percent_bp) = 'integer' AND percent_bp > 0
                                           AND percent_bp <= 10000),
        PRIMARY KEY (business_id, target))""",
    """CREATE TABLE usaha_shares (
        id INTEGER PRIMARY KEY,
        business_id INTEGER NOT NULL REFERENCES businesses (id) ON DELETE RESTRICT,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL CHECK (period_end >= period_start),
        profit_rp INTEGER NOT NULL CHECK (typeof(profit_rp) = 'integer' AND profit_rp > 0),
        basis TEXT NOT NULL,
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL)""",
    "CREATE INDEX usaha_shares_business ON usaha_shares (business_id, period_start)",
    *[_no_delete(t) for t in ("usaha_purchases", "usaha_supplier_payments", "usaha_productions", "usaha_sales",
                              "usaha_collections", "usaha_counts", "usaha_moves", "usaha_shares")],
    """CREATE TRIGGER usaha_moves_no_update BEFORE UPDATE ON usaha_moves
        BEGIN SELECT RAISE(ABORT, 'lumbung: stock movements cannot be changed'); END""",
    # Units every business may use; a business adds its own (e.g. "ikat = 10 potong").
    """INSERT INTO usaha_units (id, name, base_unit_id, factor, created_at) VALUES
        (1, 'butir', NULL, 1, datetime('now', 'localtime')),
        (2, 'rak', 1, 30, datetime('now', 'localtime')),
        (3, 'gram', NULL, 1, datetime('now', 'localtime')),
        (4, 'ons', 3, 100, datetime('now', 'localtime')),
        (5, 'kg', 3, 1000, datetime('now', 'localtime')),
        (6, 'ml', NULL, 1, datetime('now', 'localtime')),
        (7, 'liter', 6, 1000, datetime('now', 'localtime')),
        (8, 'buah', NULL, 1, datetime('now', 'localtime')),
        (9, 'lusin', 8, 12, datetime('now', 'localtime')),
        (10, 'bungkus', NULL, 1, datetime('now', 'localtime')),
        (11, 'toples', NULL, 1, datetime('now', 'localtime')),
        (12, 'lembar', NULL, 1, datetime('now', 'localtime')),
        (13, 'kodi', 12, 20, datetime('now', 'localtime')),
        (14, 'potong', NULL, 1, datetime('now', 'localtime')),
        (15, 'porsi', NULL, 1, datetime('now', 'localtime')),
        (16, 'meter', NULL, 1, datetime('now', 'localtime'))""",
    """INSERT INTO accounts (code, name, kind, created_at) VALUES
        ('2-102', 'Utang usaha', 'liability', datetime('now', 'localtime')),
        ('5-102', 'Selisih persediaan', 'expense', datetime('now', 'localtime'))""",
]
