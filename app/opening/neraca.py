"""The opening Neraca: what the draft would post, per account, and where a difference comes from."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from app import ledger
from app.dates import checked
from app.db import db
from app.opening import check, loans
from app.opening.draft import Opening


@dataclass(frozen=True)
class NeracaLine:
    code: str
    name: str
    kind: str  # asset, liability, equity
    amount_rp: int  # natural sign: an asset's debit, a liability's or equity's credit, positive


@dataclass(frozen=True)
class KindTotal:
    kind: str  # a draft kind ("cash", "savings" ...)
    assets_rp: int
    claims_rp: int  # liabilities and equity it brings

    @property
    def net_rp(self) -> int:
        return self.assets_rp - self.claims_rp


@dataclass(frozen=True)
class OpeningNeraca:
    on: object  # the opening date
    lines: tuple[NeracaLine, ...]
    by_kind: tuple[KindTotal, ...]  # where the difference comes from
    assets_rp: int
    claims_rp: int  # liabilities + equity

    @property
    def difference_rp(self) -> int:
        """Assets less liabilities and equity: what would go to 3-502 Selisih saldo awal."""
        return self.assets_rp - self.claims_rp


def _rupiah(value) -> int:
    """A typed amount, or 0 when it is not whole rupiah (check() says so)."""
    return value if type(value) is int and abs(value) <= ledger.MAX_AMOUNT_RP else 0


@checked
def postings(opening: Opening) -> dict[str, dict[str, int]]:
    """What each kind posts, by account, signed (debit > 0), skipping what cannot be read."""
    chart = check.account_kinds()
    known = check.known_units()
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in opening.cash:
        if line.account in chart:
            out["cash"][line.account] += _rupiah(line.amount_rp)
    for line in opening.savings:
        for account, amount in (("3-101", line.pokok_rp), ("3-102", line.wajib_rp), ("2-101", line.sukarela_rp)):
            out["savings"][account] -= _rupiah(amount)
    for line in opening.funders:
        out["funders"]["3-201"] -= _rupiah(line.grant_rp)
    for line in opening.stock:
        read = check.stock_value(line, known, [])
        if read is not None:
            out["stock"]["1-301"] += read.value_rp
    for line in opening.assets:
        out["assets"]["1-401"] += _rupiah(line.value_rp)
        out["assets"]["1-402"] -= _rupiah(line.depreciated_rp)
    for line in opening.balances:
        code = line.account.strip() if isinstance(line.account, str) else ""
        if code in chart and chart[code][0] not in check.RESULT_ACCOUNTS:
            out["balances"][code] += ledger.natural_balance(chart[code][0], _rupiah(line.amount_rp))
    for kind, amounts in loans.amounts(opening).items():
        for account, amount in amounts.items():
            out[kind][account] += amount
    return {kind: {a: v for a, v in amounts.items() if v} for kind, amounts in out.items()}


@checked
def preview(opening: Opening) -> OpeningNeraca:
    """The Neraca the opening would give on its date; writes nothing. It works on a draft that
    still has issues: what cannot be read (an amount typed as text, an unknown account) is left
    out, the rest is what was typed."""
    names = dict(db.execute_sql("SELECT code, name FROM accounts").fetchall())
    chart = check.account_kinds()
    by_account: dict[str, int] = defaultdict(int)
    by_kind = []
    for kind, amounts in postings(opening).items():
        assets = sum(v for a, v in amounts.items() if chart[a][0] == "asset")
        claims = -sum(v for a, v in amounts.items() if chart[a][0] != "asset")
        by_kind.append(KindTotal(kind, assets, claims))
        for account, amount in amounts.items():
            by_account[account] += amount
    order = {"asset": 0, "liability": 1, "equity": 2}
    lines = tuple(sorted((NeracaLine(code, names[code], chart[code][0], ledger.natural_balance(chart[code][0], v))
                          for code, v in by_account.items() if v), key=lambda n: (order[n.kind], n.code)))
    assets = sum(n.amount_rp for n in lines if n.kind == "asset")
    return OpeningNeraca(opening.on, lines, tuple(by_kind), assets, sum(n.amount_rp for n in lines) - assets)
