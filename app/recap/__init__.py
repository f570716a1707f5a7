"""Rekap kecamatan: many villages' books read into one recap (issue 16), never changing them.

    sources   what a path holds (a book, a .lumbung backup, a folder of them) and the private
              working copy made of it; each kind refuses on its own terms
    figures   one book's figures, from the report services, on its copy opened as the book
    ranking   the UP2K competition table, by criteria stated in the report
    run       the recap: every source in turn, copies of one book told apart, totals
    report    the PDF and the .xlsx, and the words for a source's problem
    command   `lumbung rekap` (and its --worker, the window's background process)

Every book is copied first and only the copy is opened (app.db.open_book migrates an older
copy: it is a copy). app.db holds one open book per process, so a recap refuses to run while a
book is open here: the window runs it in a process of its own (`lumbung rekap --worker`).
"""

from app.recap.run import Recap, recap

__all__ = ["Recap", "recap"]
