"""Year end: closing periods (periods), the SHU split rule (rule), sharing the year's SHU
(shu) and the lock that keeps shared profit from changing under the members (lock).

Nothing here imports Qt. ledger imports lock at start-up, so this package imports nothing itself."""
