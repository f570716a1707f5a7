"""Every dialog of Lumbung, discovered (not a test module): each QDialog subclass defined in ui/
and a way to open it on the demo village. A dialog class without an entry in FACTORIES makes the
tests that use it fail: a new dialog must be added here, and then it is checked like the others."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

import ui
from app import backup, inventory, members, savings
from app.db import close_book, open_book
from app.errors import BookError
from app.loans import lifecycle
from app.usaha import catalog, trade

ALABIO = 2


def dialog_classes() -> list[type]:
    """Every QDialog subclass defined in a module of ui/ (all of them imported first)."""
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)
    found, todo = [], [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("ui.") and sub not in found:
                found.append(sub)
    return sorted(found, key=lambda c: (c.__module__, c.__name__))


def _equipment():
    from datetime import date
    from app.assets import register
    return register.acquire(inventory.InventoryInput(name="Timbangan", acquired_on=date(2026, 1, 5), value_rp=350_000),
                            register.GIFT)


def _member():
    return next(m for m in members.list_members() if m.active and savings.balances(m.id).sukarela_rp > 0)


def _left_member():
    """A member marked left by "Tandai keluar" (nothing held, nothing owed)."""
    from datetime import date
    joined = date(2026, 1, 5)
    new = members.add_member(members.MemberInput(name="Nurhayati", joined_on=joined))
    return members.mark_left(new.id, joined)


def _loan(status: str):
    return next(loan for loan in lifecycle.list_loans() if loan.status == status)


def _written_off_loan():
    """A loan of the demo village written off today (the demo has none)."""
    loan = _loan("disbursed")
    return lifecycle.write_off(loan.id, demo_today(), "Pindah ke luar daerah")


def _item(kind: str = "product"):
    return catalog.list_items(ALABIO, kind, active_only=True)[0]


def _receivable():
    sale = trade.sell(ALABIO, demo_today(), [trade.SaleLine(_item().id, 10)], buyer_name="Warung Bu Ida",
                      on_credit=True)
    return next(r for r in trade.open_receivables(ALABIO) if r.sale_id == sale.sale_id)


def _payable():
    feed = _item("material")
    bought = trade.purchase(ALABIO, demo_today(), feed.id, 10, 100_000, supplier="Toko Pakan", on_credit=True)
    return next(p for p in trade.open_payables(ALABIO) if p.purchase_id == bought.purchase_id)


def demo_today():
    from app import clock
    return clock.today()


def _passbook_entry() -> int:
    """The transaction of a member's last passbook line (a Setoran of several parts, in the demo)."""
    return savings.passbook(_member().id)[-1].entry_id


def _backup(tmp_path: Path):
    from ui.restore_dialog import read_backup
    folder = tmp_path / "cadangan"
    folder.mkdir(exist_ok=True)
    made = backup.create_backup(folder)
    info, passphrase = read_backup(made.path)
    return made.path, info, passphrase


def _pdf(tmp_path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas
    path = tmp_path / "uji.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Halaman uji")
    canvas.save()
    return path


def _pending_loan(status: str):
    """A loan waiting for a decision (applied) or for its pay-out (approved)."""
    from datetime import timedelta

    from app.loans import products
    member = _member()
    product = products.list_products(active_only=True)[0]
    loan = lifecycle.apply(member.id, product.id, 1_000_000, 10, demo_today() + timedelta(days=30))
    if status == "approved":
        loan = lifecycle.approve(loan.id, "")
    return loan


def _funder():
    from app.funds import funders
    return funders.add_funder(funders.FunderInput(kind="csr", name="CSR Tambang", programme="Peduli UMKM"))


def _bank_loan():
    from datetime import timedelta
    from decimal import Decimal

    from app.funds import bank, funders
    bank_funder = funders.add_funder(funders.FunderInput(kind="bank", name="Bank Kalsel"))
    return bank.receive_loan(bank_funder.id, 10_000_000, Decimal("0.01"), 12, "flat", "monthly", demo_today(),
                             demo_today() + timedelta(days=30))


def _teacher():
    from app.funds import paud
    return paud.add_teacher("Siti Aisyah", "PAUD Melati", demo_today())


def _officer():
    """An officer's account (sign-in stays off): the Bendahara."""
    from app.access import users
    return next((u for u in users.list_users() if u.name == "Siti Bendahara"), None) or \
        users.add_user("Siti Bendahara", ["bendahara"], "uang-kas-aman")


# The constructor arguments of each dialog; None for the bases that are never opened themselves.
FACTORIES = {
    "FormDialog": None,
    "LoanDialog": None,
    "SavingsDialog": None,
    "_SettleDialog": None,
    "CashMoveDialog": None,
    "ReceiveDialog": lambda tmp: _import("ui.cash_dialogs", "ReceiveDialog")(),
    "MoveBookDialog": lambda tmp: _import("ui.move_book_dialog", "MoveBookDialog")(_import("app.db", "current_source")()),
    "CashOutDialog": lambda tmp: _import("ui.cash_dialogs", "CashOutDialog")(),
    "TransferDialog": lambda tmp: _import("ui.cash_dialogs", "TransferDialog")(),
    "FunderDialog": lambda tmp: _import("ui.funds_dialogs", "FunderDialog")(),
    "FunderGrantDialog": lambda tmp: _import("ui.funds_dialogs", "FunderGrantDialog")(_funder()),
    "BankLoanDialog": lambda tmp: _import("ui.funds_dialogs", "BankLoanDialog")(_funder()),
    "BankPaymentDialog": lambda tmp: _import("ui.funds_dialogs", "BankPaymentDialog")(_bank_loan()),
    "TeacherDialog": lambda tmp: _import("ui.funds_dialogs", "TeacherDialog")(),
    "IncentiveDialog": lambda tmp: _import("ui.funds_dialogs", "IncentiveDialog")(_teacher()),
    "HelpDialog": lambda tmp: _import("ui.funds_dialogs", "HelpDialog")(),
    "FundInDialog": lambda tmp: _import("ui.funds_dialogs", "FundInDialog")("2-302"),
    "CloseMonthDialog": lambda tmp: _import("ui.pages.yearend", "CloseMonthDialog")(),
    "CloseYearDialog": lambda tmp: _import("ui.pages.yearend", "CloseYearDialog")(),
    "ReopenDialog": lambda tmp: _import("ui.pages.yearend", "ReopenDialog")(),
    "CancelShuDialog": lambda tmp: _import("ui.pages.yearend", "CancelShuDialog")(),
    "RatPackDialog": lambda tmp: _import("ui.pages.yearend", "RatPackDialog")(),
    "ShuWizard": lambda tmp: _import("ui.shu_wizard", "ShuWizard")(),
    "OpeningWizard": lambda tmp: _import("ui.opening.wizard", "OpeningWizard")(),  # as on a new book: its draft, if any
    "ReprintDialog": lambda tmp: _import("ui.reprint_dialog", "ReprintDialog")(),
    "AddItemDialog": lambda tmp: _import("ui.inventory_panel", "AddItemDialog")(),
    "EditItemDialog": lambda tmp: _import("ui.inventory_panel", "EditItemDialog")(_equipment()),
    "DisposeDialog": lambda tmp: _import("ui.inventory_panel", "DisposeDialog")(_equipment()),
    "PolicyDialog": lambda tmp: _import("ui.depreciation_dialogs", "PolicyDialog")(),
    "DepreciationRunDialog": lambda tmp: _import("ui.depreciation_dialogs", "DepreciationRunDialog")(),
    "ApplyDialog": lambda tmp: _import("ui.loan_dialogs", "ApplyDialog")(),
    "DecisionDialog": lambda tmp: _import("ui.loan_dialogs", "DecisionDialog")(_pending_loan("applied"), True),
    "DisburseDialog": lambda tmp: _import("ui.loan_dialogs", "DisburseDialog")(_pending_loan("approved")),
    "WriteOffDialog": lambda tmp: _import("ui.loan_dialogs", "WriteOffDialog")(_loan("disbursed")),
    "PayDialog": lambda tmp: _import("ui.loan_dialogs", "PayDialog")(_loan("disbursed")),
    "RecoveryDialog": lambda tmp: _import("ui.loan_dialogs", "RecoveryDialog")(_written_off_loan()),
    "AllowanceDialog": lambda tmp: _import("ui.allowance_dialog", "AllowanceDialog")(),
    "RatesDialog": lambda tmp: _import("ui.allowance_dialog", "RatesDialog")(),
    "ProductsDialog": lambda tmp: _import("ui.loan_products_dialog", "ProductsDialog")(),
    "LeaveDialog": lambda tmp: _import("ui.leave_dialog", "LeaveDialog")(_member()),
    "UndoLeaveDialog": lambda tmp: _import("ui.leave_dialog", "UndoLeaveDialog")(_left_member()),
    "EraseDialog": lambda tmp: _import("ui.privacy_dialogs", "EraseDialog")(_left_member()),
    "MemberDialog": lambda tmp: _import("ui.member_dialog", "MemberDialog")(),
    "PassphraseDialog": lambda tmp: _import("ui.passphrase_dialog", "PassphraseDialog")(True),
    "PreviewDialog": lambda tmp: _import("ui.pdf_preview", "PreviewDialog")(_pdf(tmp), "Uji"),
    "RestoreDialog": lambda tmp: _import("ui.restore_dialog", "RestoreDialog")(*_backup(tmp)),
    "DepositDialog": lambda tmp: _import("ui.savings_dialogs", "DepositDialog")(
        _member(), savings.balances(_member().id), savings.wajib_status(_member().id)),
    "WithdrawDialog": lambda tmp: _import("ui.savings_dialogs", "WithdrawDialog")(
        _member(), savings.balances(_member().id)),
    "StornoDialog": lambda tmp: _import("ui.storno_dialog", "StornoDialog")(_passbook_entry()),
    "SettleDialog": lambda tmp: _import("ui.savings_dialogs", "SettleDialog")(_member()),
    "AmountsDialog": lambda tmp: _import("ui.savings_dialogs", "AmountsDialog")(),
    "SetoranDialog": lambda tmp: _import("ui.setoran_page", "SetoranDialog")(),
    "CollectionDialog": lambda tmp: _import("ui.collection_page", "CollectionDialog")(),
    "ItemDialog": lambda tmp: _import("ui.usaha.dialogs", "ItemDialog")(ALABIO, "product"),
    "PriceDialog": lambda tmp: _import("ui.usaha.dialogs", "PriceDialog")(_item()),
    "StandardCostDialog": lambda tmp: _import("ui.usaha.dialogs", "StandardCostDialog")(_item()),
    "UnitDialog": lambda tmp: _import("ui.usaha.dialogs", "UnitDialog")(ALABIO),
    "PurchaseDialog": lambda tmp: _import("ui.usaha.dialogs", "PurchaseDialog")(ALABIO),
    "PaySupplierDialog": lambda tmp: _import("ui.usaha.dialogs", "PaySupplierDialog")(_payable()),
    "ExpenseDialog": lambda tmp: _import("ui.usaha.dialogs", "ExpenseDialog")(ALABIO),
    "ProductionDialog": lambda tmp: _import("ui.usaha.dialogs", "ProductionDialog")(ALABIO),
    "SaleDialog": lambda tmp: _import("ui.usaha.dialogs", "SaleDialog")(ALABIO),
    "CollectDialog": lambda tmp: _import("ui.usaha.dialogs", "CollectDialog")(_receivable()),
    "CountDialog": lambda tmp: _import("ui.usaha.dialogs", "CountDialog")(_item()),
    "WorkDialog": lambda tmp: _import("ui.usaha.dialogs", "WorkDialog")(ALABIO),
    "RuleDialog": lambda tmp: _import("ui.usaha.dialogs", "RuleDialog")(ALABIO),
    "NoteTextsDialog": lambda tmp: _import("ui.notes_dialog", "NoteTextsDialog")(),
    # officers: users (issue 15)
    "SignInDialog": lambda tmp: _import("ui.sign_in", "SignInDialog")(),
    "ForgotPasswordDialog": lambda tmp: _import("ui.sign_in", "ForgotPasswordDialog")(),
    "UserDialog": lambda tmp: _import("ui.users_panel", "UserDialog")(),
    "UserRolesDialog": lambda tmp: _import("ui.users_panel", "UserRolesDialog")(_officer()),
    "ResetPasswordDialog": lambda tmp: _import("ui.users_panel", "ResetPasswordDialog")(_officer()),
    "OwnPasswordDialog": lambda tmp: _import("ui.users_panel", "OwnPasswordDialog")(),
    "TurnOnSignInDialog": lambda tmp: _import("ui.users_panel", "TurnOnSignInDialog")(),
    "RecoveryCodeDialog": lambda tmp: _import("ui.recovery_code", "RecoveryCodeDialog")("ACDEF-GHJKM-NPQRT-UVWXY"),
    "RecapWindow": lambda tmp: _import("ui.recap_window", "RecapWindow")(),  # issue 16: kecamatan recap
    "AboutDialog": lambda tmp: _import("ui.about", "AboutDialog")(tmp / "buku.sqlite"),
    "OpenBookDialog": lambda tmp: _import("ui.open_book_dialog", "OpenBookDialog")(tmp, lambda location: None),
    "FirstStart": lambda tmp: _import("ui.startup", "FirstStart")(tmp / "buku.sqlite"),
    "StartupRefusal": lambda tmp: _import("ui.startup", "StartupRefusal")(
        tmp / "buku.sqlite", BookError("missing", str(tmp / "buku.sqlite"))),
}


def _import(module: str, name: str):
    return getattr(importlib.import_module(module), name)


def open_dialog(cls: type, tmp_path: Path) -> QDialog:
    """The dialog `cls` on the open book (the test fails when it has no entry in FACTORIES)."""
    assert cls.__name__ in FACTORIES, f"{cls.__module__}.{cls.__name__} is a new dialog: add it to FACTORIES"
    dialog = FACTORIES[cls.__name__](tmp_path)
    assert type(dialog) is cls
    return dialog


@pytest.fixture
def demo_book(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    open_book(path)
    yield path
    close_book()
