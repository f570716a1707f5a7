"""Version 9: closing periods and sharing the year's SHU (app.yearend).

`period_events` is the book's history of closings and reopenings: who, when, why, and the
"closed through" date before and after. Closing a year also names its closing entry (income and
expense of the year into 3-401); reopening a closed year names the storno of that entry. Events
are never changed or deleted.

`shu_rules` are the group's split rules, each in force from a date (the rule of a year is the
latest one in force on 31 December); `shu_rule_lines` their lines in basis points (10 000 = 100 %)
and where each line's money goes: an account, or the members by savings (members_capital) or by
jasa paid (members_loans).

`shu_distributions` is what the members' meeting decided for a year: the SHU shared (or the loss
covered or carried forward), the lines and every member's share with its basis, and the entries
posted. A distribution whose decision entry was reversed no longer counts.
"""

_MONEY0 = "typeof({0}) = 'integer' AND {0} >= 0"


def _no_delete(table: str) -> str:
    return (f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}"
            f" BEGIN SELECT RAISE(ABORT, 'lumbung: year-end records cannot be deleted'); END")


def _no_update(table: str) -> str:
    return (f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}"
            f" BEGIN SELECT RAISE(ABORT, 'lumbung: year-end records cannot be changed'); END")


STATEMENTS = [
    """CREATE TABLE period_events (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('close_month', 'close_year', 'reopen')),
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL CHECK (period_end >= period_start),
        closed_before TEXT,
        closed_after TEXT,
        reason TEXT NOT NULL DEFAULT '',
        entry_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        done_at TEXT NOT NULL,
        done_by TEXT NOT NULL,
        CHECK (action != 'reopen' OR length(trim(reason)) > 0))""",
    "CREATE INDEX period_events_end ON period_events (period_end)",
    """CREATE TABLE shu_rules (
        id INTEGER PRIMARY KEY,
        effective_from TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL)""",
    "CREATE INDEX shu_rules_from ON shu_rules (effective_from, id)",
    """CREATE TABLE shu_rule_lines (
        rule_id INTEGER NOT NULL REFERENCES shu_rules (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
        destination TEXT NOT NULL,
        percent_bp INTEGER NOT NULL CHECK (typeof(percent_bp) = 'integer' AND percent_bp > 0
                                           AND percent_bp <= 10000),
        PRIMARY KEY (rule_id, position))""",
    """CREATE TABLE shu_distributions (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('shared', 'loss_covered', 'loss_carried')),
        shu_rp INTEGER NOT NULL CHECK (typeof(shu_rp) = 'integer'),
        rule_id INTEGER REFERENCES shu_rules (id) ON DELETE RESTRICT,
        savings_basis TEXT NOT NULL,
        leavers TEXT NOT NULL,
        payment TEXT NOT NULL,
        decided_on TEXT NOT NULL,
        entry_id INTEGER UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        reversed_at TEXT,
        reversal_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL)""",
    "CREATE INDEX shu_distributions_year ON shu_distributions (year)",
    """CREATE TABLE shu_distribution_lines (
        distribution_id INTEGER NOT NULL REFERENCES shu_distributions (id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        destination TEXT NOT NULL,
        percent_bp INTEGER NOT NULL,
        amount_rp INTEGER NOT NULL CHECK (""" + _MONEY0.format("amount_rp") + """),
        PRIMARY KEY (distribution_id, position))""",
    """CREATE TABLE shu_member_shares (
        distribution_id INTEGER NOT NULL REFERENCES shu_distributions (id) ON DELETE RESTRICT,
        member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE RESTRICT,
        savings_basis TEXT NOT NULL,
        jasa_paid_rp INTEGER NOT NULL CHECK (""" + _MONEY0.format("jasa_paid_rp") + """),
        capital_rp INTEGER NOT NULL CHECK (""" + _MONEY0.format("capital_rp") + """),
        loans_rp INTEGER NOT NULL CHECK (""" + _MONEY0.format("loans_rp") + """),
        payout_entry_id INTEGER REFERENCES journal_entries (id) ON DELETE RESTRICT,
        PRIMARY KEY (distribution_id, member_id))""",
    """CREATE TABLE shu_distribution_entries (
        distribution_id INTEGER NOT NULL REFERENCES shu_distributions (id) ON DELETE RESTRICT,
        entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries (id) ON DELETE RESTRICT,
        PRIMARY KEY (distribution_id, entry_id))""",
    *[_no_delete(t) for t in ("period_events", "shu_rules", "shu_rule_lines", "shu_distributions",
                              "shu_distribution_lines", "shu_member_shares", "shu_distribution_entries")],
    *[_no_update(t) for t in ("period_events", "shu_rules", "shu_rule_lines", "shu_distribution_lines",
                              "shu_member_shares", "shu_distribution_entries")],
]
