"""Loans (pinjaman): schedules now; products, payments and arrears as they are built."""
