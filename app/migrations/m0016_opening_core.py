"""Version 16: what an opening brings that the ledger alone cannot say.

- opening_wajib: the months of simpanan wajib a member had paid before the book and the wajib
  balance she brought for them (paid at older monthly amounts, maybe), for app.savings' rule.
- opening_depreciation: depreciation an item of the Buku Inventaris had taken before the book
  (Cr 1-402 in the opening entry), counted by app.assets.depreciation as already posted.
"""

STATEMENTS = [
    """CREATE TABLE opening_wajib (
        member_id INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE RESTRICT,
        months INTEGER NOT NULL CHECK (typeof(months) = 'integer' AND months >= 0),
        amount_rp INTEGER NOT NULL CHECK (typeof(amount_rp) = 'integer' AND amount_rp >= 0))""",
    """CREATE TABLE opening_depreciation (
        item_id INTEGER PRIMARY KEY REFERENCES inventory_items (id) ON DELETE RESTRICT,
        amount_rp INTEGER NOT NULL CHECK (typeof(amount_rp) = 'integer' AND amount_rp >= 0))""",
]
