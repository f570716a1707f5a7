"""Version 20: a member's row counts its changes (issue 16). Two desktops may open the same
member; each save says which version it changed, so the second save, made on a row the first
has changed since, is refused instead of writing over it (app.members.update_member). A count,
not updated_at: two saves in one second would carry the same time."""

STATEMENTS = [
    "ALTER TABLE members ADD COLUMN version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)",
]
