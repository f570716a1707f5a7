"""Version 21: a Setoran saved once, however often she presses Simpan (issue 16). On a shared
book the connection can be lost during COMMIT: the server may have saved the payment while the
desktop was told nothing was saved. Each attempt the dialog makes carries its own token, kept
with its receipt under a UNIQUE index; the same attempt again finds that receipt instead of
posting a second time (app.collection). NULL for receipts made without one (many NULLs are
allowed by a UNIQUE index on both engines). The token, like the rest of a receipt, never
changes."""

STATEMENTS = [
    "ALTER TABLE receipts ADD COLUMN attempt TEXT",
    "CREATE UNIQUE INDEX receipts_attempt ON receipts (attempt)",
    "DROP TRIGGER receipts_no_update",
    """CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
        WHEN NOT (NEW.print_count > OLD.print_count
                  AND NEW.id IS OLD.id AND NEW.number IS OLD.number AND NEW.entry_id IS OLD.entry_id
                  AND NEW.member_id IS OLD.member_id AND NEW.party_name IS OLD.party_name
                  AND NEW.amount_rp IS OLD.amount_rp
                  AND NEW.issued_at IS OLD.issued_at AND NEW.issued_by IS OLD.issued_by
                  AND NEW.attempt IS OLD.attempt)
        BEGIN SELECT RAISE(ABORT, 'lumbung: receipts cannot be changed'); END""",
]
