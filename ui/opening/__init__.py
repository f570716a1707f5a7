"""The "Mulai buku" wizard: a group's paper books typed (or loaded from the .xlsx) into a draft,
previewed as the opening Neraca and committed (app.opening does the work).

    columns.py  per kind, the grid's columns: her header, how a cell's text is read and shown
    grid.py     one table model for every kind's lines, and the grid with its issues under it
    pages.py    the wizard's pages: Kelompok, Tanggal saldo awal, one per kind, Neraca awal, Selesai
    wizard.py   the wizard: the draft saved on every page change and now and then, resumed
"""
