"""The picture of each document kept in the README: make every kind from the demo village, turn
its first page into a small PNG with pdftoppm (poppler-utils), and list them.

Not part of the test run (pytest collects only test_*.py). From the repository root:

    .venv/bin/python tests/document_pictures.py          # writes resources/screenshots/documents/
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import clock, demo, inventory, settings  # noqa: E402
from app.assets import depreciation, register  # noqa: E402
from app.businesses import list_businesses  # noqa: E402
from app.db import close_book, db, open_book  # noqa: E402
from app.documents.catalogue import KINDS, Request, generate  # noqa: E402

OUT = ROOT / "resources" / "screenshots" / "documents"
TODAY = date(2026, 8, 17)
MONTH = (date(2026, 7, 1), date(2026, 7, 31))
YEAR = (date(2026, 1, 1), TODAY)


def requests() -> dict[str, Request]:
    """One request per kind, on the demo village's busiest choices."""
    member_id = db.execute_sql("SELECT member_id FROM loans GROUP BY member_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    receipt = db.execute_sql("SELECT number FROM receipts ORDER BY amount_rp DESC LIMIT 1").fetchone()[0]
    alabio = next(b.id for b in list_businesses() if "Alabio" in b.name)
    asked = {
        "receipt": Request("receipt", number=receipt, paper="HALF_F4"),
        "passbook": Request("passbook", member_id=member_id, end=TODAY),
        "loan_card": Request("loan_card", member_id=member_id, end=TODAY),
        "collection_sheet": Request("collection_sheet", end=date(2026, 8, 24)),
        "cash_book": Request("cash_book", start=MONTH[0], end=MONTH[1]),
        "general_ledger": Request("general_ledger", start=MONTH[0], end=MONTH[1], account="1-101"),
        "trial_balance": Request("trial_balance", end=TODAY),
        "balance_sheet": Request("balance_sheet", start=YEAR[0], end=YEAR[1]),
        "income_statement": Request("income_statement", start=YEAR[0], end=YEAR[1]),
        "loan_portfolio": Request("loan_portfolio", end=TODAY),
        "member_register": Request("member_register", end=TODAY),
        "inventory": Request("inventory", end=TODAY),
        "depreciation": Request("depreciation", end=TODAY),
        "group_profile": Request("group_profile", end=TODAY),
        "pokja2": Request("pokja2", end=TODAY),
        "journal": Request("journal", start=MONTH[0], end=MONTH[1]),
        "written_off": Request("written_off", start=YEAR[0], end=YEAR[1]),
        "cash_flow": Request("cash_flow", start=YEAR[0], end=YEAR[1]),
        "equity_changes": Request("equity_changes", start=YEAR[0], end=YEAR[1]),
        "notes": Request("notes", end=TODAY),
    }
    for kind in KINDS:
        if kind.startswith("usaha_"):
            needs = KINDS[kind].needs
            asked[kind] = Request(kind, business_id=alabio, start=YEAR[0] if "period" in needs else None, end=TODAY)
    return asked


def main() -> None:
    clock.fix(datetime_at(TODAY))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        open_book(Path(work) / "demo.sqlite", create=True)
        try:
            demo.populate()
            settings.update({"ketua_name": "Hj. Rusmini", "sekretaris_name": "Siti Rahmah",
                             "bendahara_name": "Mariatul Qiftiah"})
            register.acquire(inventory.InventoryInput(name="Mesin jahit bordir", origin="Hibah CSR",
                                                      acquired_on=date(2026, 3, 2), quantity=2, value_rp=4_500_000,
                                                      location="Rumah Ketua", kind="machine"), register.GIFT)
            for month in range(1, 8):  # this year's depreciation, the months before caught up in January
                depreciation.run(2026, month)
            for kind, request in requests().items():
                pdf = generate(request, Path(work) / f"{kind}.pdf")
                subprocess.run(["pdftoppm", "-r", "45", "-png", "-singlefile", "-f", "1", "-l", "1",
                                str(pdf), str(OUT / kind)], check=True)
                print(f"{kind:18} {OUT / (kind + '.png')}")
        finally:
            close_book()


def datetime_at(day: date):
    from datetime import datetime

    return datetime(day.year, day.month, day.day, 9, 30)


if __name__ == "__main__":
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing: apt-get install poppler-utils")
    main()
