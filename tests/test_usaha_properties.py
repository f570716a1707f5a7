"""Property tests of the business books: for random sequences of purchases, productions, sales
(butir and rak, cash and credit, dated in any order) and counts, stock on every day equals
production − sales + count differences (an independent model), stock value equals 1-301, the
business's profit equals its postings, and sharing hands out exactly the profit.

Each example gets its own book: a copy of the session template.
"""

from __future__ import annotations

import itertools
import shutil
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from app import ledger
from app.db import close_book, db, open_book
from app.errors import Rejected
from app.usaha import catalog, report, sharing, stock, trade
from app.usaha.sharing import largest_remainder
from app.usaha.trade import MaterialUse, SaleLine

from usaha_support import ALABIO, BUTIR, KG, RAK, capital, counts, member

START = date(2026, 7, 1)
DAYS = 31
PROPS = hsettings(deadline=None, max_examples=40,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_counter = itertools.count()


@pytest.fixture(scope="module")
def template(template_book, tmp_path_factory):
    path = tmp_path_factory.mktemp("usaha") / "template.sqlite"
    shutil.copy(template_book, path)
    open_book(path)
    members = tuple(member(n, business_ids=[ALABIO]) for n in ("Siti", "Wati", "Ani"))
    egg = catalog.add_product(ALABIO, "Telur itik", BUTIR, 2_500, date(2026, 1, 1))
    feed = catalog.add_material(ALABIO, "Pakan itik", KG)
    capital(ALABIO, START, 20 * 2_000_000)  # enough for 20 purchases at the most each
    close_book()
    return path, members, egg.id, feed.id


class FreshBook:
    def __init__(self, template):
        self.template, self.members, self.egg, self.feed = template

    def __enter__(self):
        self.path = self.template.with_name(f"ex{next(_counter)}.sqlite")
        shutil.copy(self.template, self.path)
        open_book(self.path)
        return self

    def __exit__(self, *exc):
        close_book()
        self.path.unlink()


day = st.integers(0, DAYS - 1).map(lambda n: START + timedelta(days=n))
operation = st.one_of(
    st.tuples(st.just("buy"), day, st.integers(1, 50), st.integers(1, 2_000_000), st.booleans()),
    st.tuples(st.just("make"), day, st.integers(1, 200), st.integers(0, 20), st.integers(0, 30)),
    st.tuples(st.just("sell"), day, st.integers(1, 120), st.sampled_from([BUTIR, RAK]), st.booleans(),
              st.none() | st.integers(1, 5_000)),
    st.tuples(st.just("count"), day, st.integers(-5, 5), st.integers(0, 0), st.integers(0, 0)),
)


def _model_on(moves, item, on):
    return sum(q for d, i, q in moves if i == item and d <= on)


@PROPS
@given(ops=st.lists(operation, min_size=1, max_size=20))
def test_stock_profit_and_ledger_agree(template, ops):
    with FreshBook(template) as b:
        moves: list[tuple[date, int, int]] = []  # (date, item, signed base quantity) as the model sees it
        for op in ops:
            kind, on = op[0], op[1]
            before = counts()
            try:
                if kind == "buy":
                    _, _, kg, amount, on_credit = op
                    trade.purchase(ALABIO, on, b.feed, kg, amount, supplier="UD Pakan", on_credit=on_credit)
                    moves.append((on, b.feed, kg * 1000))
                elif kind == "make":
                    _, _, made, rejects, kg = op
                    rejects = min(rejects, made)
                    uses = [MaterialUse(b.feed, kg)] if kg else []
                    trade.produce(ALABIO, on, b.egg, made, rejects=rejects, materials=uses)
                    moves.append((on, b.egg, made - rejects))
                    if kg:
                        moves.append((on, b.feed, -kg * 1000))
                elif kind == "sell":
                    _, _, quantity, unit, on_credit, price = op
                    base = quantity * (30 if unit == RAK else 1)
                    trade.sell(ALABIO, on, [SaleLine(b.egg, quantity, unit, price)], buyer_member_id=b.members[0],
                               on_credit=on_credit, seller_member_id=b.members[len(moves) % 3])
                    moves.append((on, b.egg, -base))
                else:
                    _, _, delta, _, _ = op
                    book = stock.on_hand(b.egg, on)
                    counted = max(book + delta, 0)
                    stock.count_stock(b.egg, on, counted, reason="Hitung ulang")
                    if counted != book:
                        moves.append((on, b.egg, counted - book))
            except Rejected as refused:
                assert counts() == before
                assert set(refused.codes()) <= {"stock.insufficient", "usaha.price_too_large"}, refused.issues
                if "stock.insufficient" in refused.codes():
                    asked = refused.issues[0].params["asked"]
                    item = b.feed if kind == "make" else b.egg
                    # Refused only when some day from `on` on would have gone below zero.
                    later = [on] + sorted({d for d, i, _ in moves if i == item and d > on})
                    assert min(_model_on(moves, item, d) for d in later) < asked
        for item in (b.egg, b.feed):
            for n in range(DAYS):
                d = START + timedelta(days=n)
                assert stock.on_hand(item, d) == _model_on(moves, item, d) >= 0
        rows = stock.stock_list(ALABIO)
        assert all(r.value_rp >= 0 for r in rows)
        assert all(r.value_rp == 0 for r in rows if r.quantity_base == 0)
        assert sum(r.value_rp for r in rows) == ledger.business_balance(ALABIO, "1-301")
        end = START + timedelta(days=DAYS - 1)
        r = report.business_report(ALABIO, START, end)
        income_expense = db.execute_sql(
            "SELECT coalesce(-sum(p.amount_rp), 0) FROM postings p JOIN accounts a ON a.id = p.account_id"
            " WHERE p.business_id = ? AND a.kind IN ('income', 'expense')", (ALABIO,)).fetchone()[0]
        assert r.profit_rp == income_expense == report.profit(ALABIO, START, end)
        assert r.sales_rp == -ledger.business_balance(ALABIO, "4-201")
        assert r.cost_of_sales_rp == ledger.business_balance(ALABIO, "5-101")
        assert ledger.business_balance(ALABIO) == 0
        assert db.execute_sql("SELECT coalesce(sum(amount_rp), 0) FROM postings").fetchone()[0] == 0
        series = report.monthly(ALABIO, end)
        assert series[-1].profit_rp == r.profit_rp and series[-1].sales_rp == r.sales_rp
        if r.profit_rp > 0 and r.sales_rp > 0:  # a profit from a count surplus alone has no sellers
            sharing.set_rule(ALABIO, "sales", {"members": 55, "3-301": "35.5", "2-303": "9.5"})
            result = sharing.post_share(ALABIO, START, end, date(2026, 8, 1))
            shared = ledger.get_entry(result.entry_id)
            assert sum(line.amount_rp for line in shared.lines if line.amount_rp < 0) == -r.profit_rp
            assert sum(m.amount_rp for m in result.plan.members) == result.plan.parts[0].amount_rp
            assert report.profit(ALABIO, START, end) == r.profit_rp


@given(total=st.integers(0, 10**13), weights=st.lists(st.integers(0, 10**6), min_size=1, max_size=30).filter(any))
def test_largest_remainder_hands_out_exactly(total, weights):
    shares = largest_remainder(total, weights)
    assert sum(shares) == total
    whole = sum(weights)
    for share, weight in zip(shares, weights):
        exact = Fraction(total * weight, whole)
        assert exact - 1 < share < exact + 1
