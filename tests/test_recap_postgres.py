"""The kecamatan's recap reads a book kept on PostgreSQL beside the SQLite books and backups of
a flashdisk (issue 16): its row equals what the same book says on its own, the server's book
is only read, and a server that refuses is named, without its password, while the rest is
recapped."""

from __future__ import annotations

from datetime import date

from app import bookmove, financial_statements, group_profile
from app.db import close_book, open_book
from app.documents.loan_portfolio import portfolio
from app.engine.postgres import PgStore
from app.recap import recap
from recap_support import PASSPHRASE, VILLAGES, back_up, demo_book, rename
from pg_server import PASSWORD, PASSWORD_ROLE

END = date(2026, 8, 17)


def _row_counts(url: str) -> dict[str, int]:
    store = PgStore.connect(url, read_only=True)
    try:
        return {t: store.one(f"SELECT count(*) FROM {t}")[0] for t in store.tables()}
    finally:
        store.close()


def test_a_server_book_is_one_more_village_and_is_only_read(template_book, pg_server, tmp_path):
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    group, desa, kecamatan, moment = VILLAGES[1]
    on_file = rename(demo_book(template_book, tmp_path / "melati.sqlite", moment), group, desa, kecamatan)
    server = pg_server.create_database("recap_melati")
    bookmove.move_book(on_file, server)
    group, desa, kecamatan, moment = VILLAGES[2]
    rename(demo_book(template_book, folder / "mawar.sqlite", moment), group, desa, kecamatan)
    before = _row_counts(server)

    result = recap([folder, server], as_of=END)
    assert result.problems == ()
    by_name = {g.figures.identity.group_name: g for g in result.groups}
    assert set(by_name) == {"UP2K Melati", "UP2K Mawar Bersemi"}
    melati = by_name["UP2K Melati"]
    assert melati.kind == "server" and melati.source.startswith("postgresql://lumbung@/recap_melati")
    alone = recap([on_file], as_of=END).groups[0].figures  # the same book, read from its file
    assert melati.figures == alone
    assert _row_counts(server) == before


def test_a_server_that_refuses_is_named_without_its_password(template_book, pg_server, tmp_path):
    group, desa, kecamatan, moment = VILLAGES[2]
    book = rename(demo_book(template_book, tmp_path / "mawar.sqlite", moment), group, desa, kecamatan)
    wrong = pg_server.url("postgres", user=PASSWORD_ROLE, password=PASSWORD + "-salah")
    result = recap([book, wrong], as_of=END)
    (problem,) = result.problems
    assert problem.code == "wrong_login" and PASSWORD not in problem.path
    assert problem.path.startswith(f"postgresql://{PASSWORD_ROLE}@/postgres")
    assert [g.figures.identity.group_name for g in result.groups] == ["UP2K Mawar Bersemi"]


def _own(book) -> dict[str, int]:
    """What the book says itself, opened the normal way (a file, or the server's database)."""
    open_book(book)
    try:
        sheet = financial_statements.balance_sheet(END)
        loans = portfolio(END)
        return {"assets": sheet.assets.total_rp, "equity": sheet.equity.total_rp,
                "outstanding": loans.total_outstanding_rp, "arrears": loans.total_arrears_rp,
                "members": group_profile.profile(END).members}
    finally:
        close_book()


def test_three_villages_a_locked_backup_and_a_server_book_sum_to_their_own_reports(template_book, pg_server,
                                                                                     tmp_path):
    """The issue's recap: a book, an encrypted backup and a book on PostgreSQL; each total is
    the sum of what each book's own Neraca and loan portfolio say."""
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    books = [rename(demo_book(template_book, tmp_path / f"desa{n}.sqlite", moment), group, desa, kecamatan)
             for n, (group, desa, kecamatan, moment) in enumerate(VILLAGES)]
    own = [_own(books[0]), _own(books[1])]
    (folder / "as-syifa.sqlite").write_bytes(books[0].read_bytes())
    back_up(books[1], tmp_path / "locked", PASSPHRASE).rename(folder / "melati.lumbung")
    server = pg_server.create_database("recap_mawar")
    bookmove.move_book(books[2], server)
    own.append(_own(server))  # the server's book, through its own database

    result = recap([folder, server], as_of=END, passphrase=lambda path, group: PASSPHRASE)
    assert result.problems == () and len(result.groups) == 3
    assert sorted(g.kind for g in result.groups) == ["backup", "book", "server"]
    assert result.total(lambda f: f.assets_rp) == sum(o["assets"] for o in own)
    assert result.total(lambda f: f.equity_rp) == sum(o["equity"] for o in own)
    assert result.total(lambda f: f.outstanding_rp) == sum(o["outstanding"] for o in own)
    assert result.total(lambda f: f.arrears_rp) == sum(o["arrears"] for o in own)
    assert result.total(lambda f: f.members) == sum(o["members"] for o in own)
