"""Moving in (Mulai buku): a group that already exists brings its paper books into a new book.

What the secretary types (the wizard's grids) or loads (the .xlsx template) becomes one
`app.opening.draft.Opening`: the opening date, the members, and each kind of balance at that
date. The draft is kept in the book, not posted, until she commits it; then everything is
written in one transaction through the same services as every later day.

    draft.py     the Opening and its lines (one dataclass per kind), saved and resumed as JSON
    check.py     every line checked against the rules, issues per kind, row and field
    neraca.py    the opening Neraca the draft would post, and the difference with its sources
    commit.py    all or nothing: members, then one opening entry per kind, then the difference
    loans.py     running members' loans and the group's bank loans: the remaining schedule
    workbook.py  the .xlsx template, written and read back (sheet, row and column in every issue)

The opening entries balance against 3-502 Selisih saldo awal (the "opening balances" equity
account of GnuCash and the like): when assets equal liabilities plus equity as she typed them,
its balance is 0 after the commit; otherwise it holds the difference, with her explanation.
Each opening entry is dated on the opening date, carries no receipt, and is marked as opening.
"""
