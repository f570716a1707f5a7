"""The group's fixed assets: the Buku Inventaris tied to the ledger (register), the depreciation
policy (policy) and the depreciation runs (depreciation)."""
