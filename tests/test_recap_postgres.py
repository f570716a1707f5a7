"""The kecamatan's recap reads a book kept on PostgreSQL beside the SQLite books and backups of
a flashdisk (issue 16): its row equals what the same book says on its own, the server's book
is only read, and a server that refuses is named, without its password, while the rest is
recapped."""

from __future__ import annotations

from datetime import date

from app import bookmove
from app.engine.postgres import PgStore
from app.recap import recap
from recap_support import VILLAGES, demo_book, rename
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
