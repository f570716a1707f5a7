"""`lumbung backup` and `lumbung restore`: the same backups as the Cadangan Data page, from a
terminal or a script, with no window (ui.main hands these commands over before Qt starts).
`lumbung verify --db BOOK`: the audit chain checked (app.audit.verify), for an examiner: the book
opened read-only, no sign-in, nothing written; each finding on a line.

Exit status: 0 done, 1 refused (one line on stderr says why), 2 wrong use of the command.
verify: 0 the book is clean, 1 something was found (or the book cannot be checked), 2 wrong use.
`lumbung move-book FROM TO`: a book copied between a SQLite file (or a .lumbung backup) and a
PostgreSQL database, checked before it is kept (app.bookmove); 0 moved, 1 refused, 2 wrong use.
`lumbung rekap SOURCES...`: the kecamatan's recap of many books and backups (app.recap.command);
0 made (sources that could not be read are listed on stderr), 1 no book read or a file not
written, 2 wrong use.
The words are Indonesian here: the command line has no Qt translator.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from pathlib import Path

from app import backup
from app.backup import BackupError, BookSummary, summarize
from app.db import book_location, close_book, default_book_path, open_book
from app.documents.words import Blank
from app.formatting import rupiah
from app.engine import is_url
from app.errors import BookError

PASSPHRASE_ENV = "LUMBUNG_PASSPHRASE"
EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

BACKUP_MESSAGES = {
    "not_a_backup": "Berkas {path} bukan cadangan Lumbung.",
    "truncated": "Cadangan {path} tidak utuh (terpotong). Pakai cadangan lain.",
    "checksum_mismatch": "Cadangan {path} rusak: isinya tidak cocok dengan checksum-nya. Pakai cadangan lain.",
    "passphrase_required": "Cadangan {path} dikunci dengan kata sandi; isi {env} atau jalankan di terminal.",
    "passphrase_empty": "Kata sandi tidak boleh kosong.",
    "passphrase_short": "Kata sandi terlalu pendek: paling sedikit {minimum} huruf, supaya tidak mudah ditebak.",
    "wrong_passphrase": "Kata sandi salah untuk cadangan {path}.",
    "too_new": "{path} dibuat oleh Lumbung yang lebih baru (versi {version}; versi ini paham sampai {supported}). Perbarui Lumbung.",
    "target_missing": "Tujuan {path} tidak ada (flashdisk dicabut?).",
    "target_not_folder": "Tujuan {path} bukan folder.",
    "target_read_only": "Tujuan {path} hanya bisa dibaca.",
    "target_full": "Tujuan {path} penuh (perlu sekitar {needed_mb} MB, sisa {free_mb} MB).",
    "write_failed": "Gagal menulis ke {path} ({reason}).",
    "read_failed": "Gagal membaca {path} ({reason}).",
    "check_failed": "Pemeriksaan gagal ({reason}); tidak ada yang diubah.",
    "nothing_to_restore": "Cadangan {path} tidak berisi buku Lumbung.",
    "book_busy": "Buku sedang dipakai (jendela Lumbung lain atau tugas yang belum selesai). Tutup dulu, lalu coba lagi.",
    "cancelled": "Dibatalkan.",
    "same_file": "Berkas {path} adalah buku itu sendiri, bukan cadangannya. Pilih berkas .lumbung.",
    "target_is_book_folder": "Tujuan {path} adalah folder buku itu sendiri: bila disk itu rusak, cadangannya ikut hilang. Pilih flashdisk atau folder lain.",
    "book_on_server": "Buku ini ada di server PostgreSQL ({path}), jadi cadangan tidak dipulihkan di atasnya. Pindahkan cadangan ke basis data server yang kosong: lumbung move-book CADANGAN postgresql://…",
}
BOOK_MESSAGES = {
    "in_use": "Buku {path} sedang dibuka oleh Lumbung lain (proses {pid}, {user}@{host}). Tutup Lumbung itu dulu.",
    "damaged": "Buku {path} rusak ({reason}). Pulihkan dari cadangan terakhir: lumbung restore BERKAS --db {path}",
    "not_a_book": "Berkas {path} bukan buku Lumbung.",
    "too_new": "Buku {path} dibuat oleh Lumbung yang lebih baru. Perbarui Lumbung.",
    "read_only": "Buku {path} atau foldernya hanya bisa dibaca.",
    "locked": "Buku {path} sedang dikunci program lain.",
    "missing": "Buku {path} tidak ada. Periksa --db (salah ketik?); tidak ada yang dibuat.",
    "empty_file": "Berkas {path} kosong (0 byte): bukan buku, mungkin rusak waktu disimpan. Pulihkan dari cadangan terakhir: lumbung restore BERKAS --db {path}",
    "is_directory": "{path} adalah folder, bukan berkas buku.",
    "disk_full": "Disk tempat buku {path} penuh. Kosongkan sebagian disk itu, lalu coba lagi.",
    "cannot_create": "Berkas {path} tidak bisa dibuat ({reason}).",
    "pg_wrong_login": "Server PostgreSQL menolak masuk ke {path}: nama pengguna atau kata sandinya salah.",
    "pg_no_database": "Basis data {path} tidak ada di server itu (salah ketik namanya?).",
    "pg_unreachable": "Server PostgreSQL {path} tidak bisa dihubungi ({reason}).",
    "pg_too_old": "Server PostgreSQL {path} versi {version}; Lumbung perlu versi {needed} atau lebih baru.",
    "pg_not_lumbung": "Basis data {path} berisi data program lain (tabel {tables}), bukan buku Lumbung.",
    "pg_no_permission": "Pengguna pada {path} tidak boleh membuat tabel di basis data itu ({reason}).",
    "move_target_not_empty": "Basis data {path} tidak kosong (tabel {tables}). Buku hanya dipindahkan ke basis data kosong; tidak ada yang diubah.",
    "move_target_exists": "Berkas {path} sudah ada. Buku hanya dipindahkan ke berkas baru; tidak ada yang diubah.",
    "move_same": "Asal dan tujuan sama ({path}).",
    "move_source_old": "Buku {path} dibuat oleh Lumbung yang lebih lama (versi data {version}). Buka sekali di Lumbung ini dulu, lalu pindahkan.",
    "move_check_failed": "Salinan di {path} tidak sama dengan aslinya ({tables}); tidak ada yang disimpan. Laporkan ini.",
    "move_cancelled": "Dibatalkan; tidak ada yang disimpan.",
}

# What app.db.check_book finds; a backup of such a book is made all the same, with a warning.
CHECK_MESSAGES = {
    "damaged": "berkas buku rusak (pemeriksaan SQLite gagal)",
    "entries_without_postings": "ada jurnal dengan kurang dari dua baris posting",
    "entries_unbalanced": "ada jurnal yang debit dan kreditnya tidak sama",
    "trial_balance_not_zero": "neraca saldo tidak seimbang",
    "references_broken": "ada kuitansi atau storno yang menunjuk jurnal yang tidak ada",
}


def refusal(error: BackupError | BookError) -> str:
    """One line saying why, for stderr."""
    if isinstance(error, BookError):
        template = BOOK_MESSAGES.get(error.code, "Buku {path} tidak bisa dibuka ({code}).")
        params = {**error.params, "path": error.path, "code": error.code}
    else:
        template = BACKUP_MESSAGES.get(error.code, "Gagal ({code}).")
        params = {**error.params, "code": error.code, "env": PASSPHRASE_ENV}
        for key in ("needed", "free"):
            if isinstance(params.get(key), int):
                params[f"{key}_mb"] = f"{params[key] / 2**20:.1f}"
    return template.format_map(Blank(params))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lumbung", description="Cadangan data Lumbung.")
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="buat cadangan buku")
    make.add_argument("--db", type=book_location, metavar="PATH", help="buku yang dicadangkan (berkas, atau alamat postgresql://)")
    make.add_argument("--to", type=Path, metavar="DIR", help="folder tujuan (bawaan: satu-satunya flashdisk)")
    make.add_argument("--encrypt", action="store_true", help="kunci dengan kata sandi")
    make.add_argument("--keep", type=_at_least_one, metavar="N", help="simpan N cadangan terakhir")
    back = commands.add_parser("restore", help="pulihkan buku dari cadangan")
    back.add_argument("file", type=Path, metavar="FILE")
    back.add_argument("--db", type=Path, metavar="PATH", help="buku yang diganti")
    back.add_argument("--yes", action="store_true", help="tanpa bertanya lagi")
    check = commands.add_parser("verify", help="periksa jejak audit buku (tanpa mengubah apa pun)")
    check.add_argument("--db", type=book_location, metavar="PATH", help="buku yang diperiksa (berkas, atau alamat postgresql://)")
    check.add_argument("--anchor", type=_anchor, action="append", default=[], metavar="#N-SIDIK",
                       help="sidik rantai dari pemeriksaan sebelumnya (boleh lebih dari satu)")
    move = commands.add_parser("move-book", help="pindahkan buku ke server PostgreSQL atau ke berkas baru (diperiksa)")
    move.add_argument("source", metavar="DARI", help="buku (berkas), cadangan .lumbung, atau postgresql://…")
    move.add_argument("target", metavar="KE", help="basis data PostgreSQL yang kosong (postgresql://…) atau berkas buku baru")
    recap = commands.add_parser("rekap", help="rekap kecamatan dari banyak buku dan cadangan (hanya dibaca)")
    recap.add_argument("sources", nargs="*", metavar="SUMBER",
                       help="buku, cadangan .lumbung, folder, atau buku di server (postgresql://…)")
    when = recap.add_mutually_exclusive_group()
    when.add_argument("--date", type=_day, metavar="DD/MM/YYYY", help="keadaan per tanggal (bawaan: hari ini)")
    when.add_argument("--year", type=int, metavar="TAHUN", help="satu tahun penuh")
    recap.add_argument("--pdf", type=Path, metavar="FILE", help="tulis rekap sebagai PDF")
    recap.add_argument("--xlsx", type=Path, metavar="FILE", help="tulis rekap sebagai Excel (.xlsx)")
    recap.add_argument("--passphrase-file", type=Path, metavar="FILE", help="kata sandi cadangan terkunci (baris pertama)")
    recap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    return parser


def _anchor(text: str) -> str:
    from app.audit.verify import parse_anchor

    try:
        parse_anchor(text)
    except ValueError:
        raise argparse.ArgumentTypeError("sidik rantai ditulis #nomor-16 huruf/angka, mis. #822-3f2a9c01d4e5b6a7")
    return text



def _day(text: str):
    from app.dates import read_date

    day, issue = read_date(text, "date")
    if day is None:
        raise argparse.ArgumentTypeError("tanggal ditulis DD/MM/YYYY, mis. 17/08/2026")
    return day


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError("harus bilangan bulat 1 atau lebih")
    return value


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)  # exits 2 on misuse
    book = getattr(args, "db", None) or default_book_path()
    book = book if is_url(book) else book.expanduser().resolve()
    if args.command == "verify":
        return _verify(book, tuple(args.anchor))  # never opened for writing, never locked, never migrated
    if args.command == "rekap":
        return _rekap(args)
    if args.command == "move-book":
        return _move_book(args.source, args.target)
    try:
        if args.command == "backup":
            open_book(book)  # never creates one: a mistyped --db is refused
            return _backup(args)
        return _restore(args, book)  # the book is not opened first: it may be damaged or missing
    except (BackupError, BookError) as error:
        print(refusal(error), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(BACKUP_MESSAGES["cancelled"], file=sys.stderr)
        return EXIT_REFUSED
    finally:
        close_book()  # lets go of the lock and removes its file: the folder is left as found


STEPS = {"copy": "menyalin buku", "check": "memeriksa isi", "write": "menulis", "encrypt": "menulis (terkunci)",
         "verify": "memeriksa berkas", "prune": "merapikan cadangan lama"}


def _progress(steps: dict[str, str] = STEPS):
    """A line on stderr per step, not per megabyte."""
    seen = []

    def report(label: str, done: int, total: int) -> bool:
        if not seen or seen[-1] != label:
            seen.append(label)
            print(f"  … {steps.get(label, label)}", file=sys.stderr)
        return True

    return report


def _size(size_bytes: int) -> str:
    return f"{size_bytes / 2**20:.1f} MB" if size_bytes >= 2**20 else f"{max(1, size_bytes // 1024)} KB"


def _passphrase(twice: bool) -> str | None:
    """From the environment (scripts), else asked; None when the two typed differ."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    first = getpass.getpass("Kata sandi: ")
    if twice and getpass.getpass("Ulangi kata sandi: ") != first:
        return None
    return first


def _backup(args) -> int:
    target = args.to
    if target is None:
        found = backup.removable_targets()
        if len(found) != 1:
            where = ", ".join(str(t.path) for t in found) or "tidak ada flashdisk terpasang"
            print(f"Pilih tujuan dengan --to DIR ({where}).", file=sys.stderr)
            return EXIT_USAGE
        target = found[0].path
    passphrase = _passphrase(twice=True) if args.encrypt else None
    if args.encrypt and passphrase is None:
        print("Kedua kata sandi tidak sama; cadangan tidak dibuat.", file=sys.stderr)
        return EXIT_REFUSED
    result = backup.create_backup(target, passphrase=passphrase, keep=args.keep, progress=_progress())
    print(f"Cadangan selesai dan sudah diperiksa: {result.path}")
    print(f"  ukuran {_size(result.size_bytes)}, {'terkunci kata sandi' if result.encrypted else 'tidak terkunci'}")
    _print_summary("  ", result.summary)
    for old in result.removed:
        print(f"  cadangan lama dihapus: {old.name}")
    _print_problems("PERHATIAN: pemeriksaan buku menemukan masalah; cadangan berisi buku apa adanya:",
                    result.book_check)
    return EXIT_OK


def _print_problems(heading: str, problems: tuple[str, ...]) -> None:
    """A book that failed its check, said with the result."""
    if problems:
        print(heading)
        for code in problems:
            print(f"  - {CHECK_MESSAGES.get(code, code)}")


def _print_summary(indent: str, summary: BookSummary) -> None:
    last = (f"{summary.last_entry_date:%d/%m/%Y} (nomor {summary.last_entry_id})"
            if summary.last_entry_date else "belum ada")
    print(f"{indent}kelompok: {summary.group_name or '-'}")
    print(f"{indent}anggota: {summary.members} ({summary.active_members} aktif), transaksi: {summary.entries}")
    print(f"{indent}transaksi terakhir: {last}")
    kas, bank = summary.balances.get("1-101", 0), summary.balances.get("1-102", 0)
    print(f"{indent}kas: {rupiah(kas)}, bank: {rupiah(bank)}")


def _restore(args, book: Path) -> int:
    backup.refuse_itself(args.file, book)
    try:
        info = backup.inspect_backup(args.file)
        passphrase = None
    except BackupError as error:
        if error.code != "passphrase_required" or (PASSPHRASE_ENV not in os.environ and not sys.stdin.isatty()):
            raise
        passphrase = _passphrase(twice=False)
        info = backup.inspect_backup(args.file, passphrase)
    print(f"Cadangan {args.file} (dibuat {info.created_at:%d/%m/%Y %H:%M}):")
    _print_summary("  ", info.summary)
    _print_problems("PERHATIAN: buku di cadangan ini gagal pemeriksaan saat dicadangkan:", info.book_check)
    print(f"Buku sekarang ({book}):")
    _print_current(book)
    if not args.yes:
        try:
            answer = input("Ganti buku sekarang dengan isi cadangan? Buku sekarang disimpan dulu di sampingnya. [y/N] ")
        except EOFError:  # no terminal to answer from: only --yes restores
            answer = ""
        if answer.strip().lower() not in ("y", "ya"):
            print("Tidak jadi; buku tidak diubah.")
            return EXIT_REFUSED
    result = backup.restore_backup(args.file, passphrase=passphrase, progress=_progress(), book=book)
    if result.saved_aside is None:
        print(f"Buku dipulihkan di {book}.")
    else:
        print(f"Buku dipulihkan. Buku sebelumnya disimpan sebagai {result.saved_aside}")
    return EXIT_OK


def _print_current(book: Path) -> None:
    """The book about to be replaced, read without opening it: it may be damaged or missing."""
    if not book.exists():
        print("  belum ada: dibuat dari cadangan")
        return
    try:
        _print_summary("  ", summarize(book))
    except sqlite3.Error as exc:
        print(f"  tidak bisa dibaca ({exc}); disimpan di sampingnya sebelum diganti")


MOVE_STEPS = {"unpack": "membuka cadangan", "copy": "menyalin tabel", "check": "memeriksa salinan"}


def _move_book(source: str, target: str) -> int:
    """`lumbung move-book FROM TO`: the copy and its check (app.bookmove); a locked backup's
    passphrase from the environment or asked."""
    from app import bookmove

    report = _progress(MOVE_STEPS)
    passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        try:
            result = bookmove.move_book(source, target, passphrase, report)
        except BackupError as error:
            if error.code != "passphrase_required" or not sys.stdin.isatty():
                raise
            result = bookmove.move_book(source, target, _passphrase(twice=False), report)
    except (BackupError, BookError) as error:
        print(refusal(error), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(BOOK_MESSAGES["move_cancelled"], file=sys.stderr)
        return EXIT_REFUSED
    rows = sum(t.rows for t in result.tables.values())
    print(f"Buku dipindahkan dan sudah diperiksa: {result.target}")
    print(f"  kelompok: {result.group_name or '-'}")
    print(f"  anggota: {result.members}, transaksi: {result.entries}, semua baris: {rows} dalam {len(result.tables)} tabel")
    print(f"  isi setiap tabel sama dengan aslinya; saldo semua akun sama (kas {rupiah(result.balances.get('1-101', 0))})")
    print(f"  waktu: {result.seconds:.1f} detik. Buku asal ({result.source}) tidak diubah.")
    return EXIT_OK


def _rekap(args) -> int:
    from app.recap import command

    if args.worker:
        return command.worker()
    if not args.sources:
        print("Sebutkan buku, cadangan atau folder yang direkap.", file=sys.stderr)
        return EXIT_USAGE
    return command.run(args.sources, args.date, args.year, args.pdf, args.xlsx, args.passphrase_file)


def _verify(book: Path | str, anchors: tuple[str, ...]) -> int:
    from app.audit import verify
    from app.db import SQLITE_HEADER

    if is_url(book):
        return _verify_server(book, anchors)
    if not book.is_file():
        print(BOOK_MESSAGES["is_directory" if book.is_dir() else "missing"].format(path=book), file=sys.stderr)
        return EXIT_USAGE
    try:
        with open(book, "rb") as fh:
            is_book = fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
        result = verify.verify(book, anchors) if is_book else None
    except verify.TooOld as old:
        print(f"Buku {book} masih versi {old.version}, dari sebelum ada jejak audit. Buka sekali dengan Lumbung"
              " ini (buku diperbarui dan isinya sekarang disegel), lalu periksa lagi.", file=sys.stderr)
        return EXIT_REFUSED
    except (OSError, sqlite3.Error) as exc:
        print(f"Buku {book} tidak bisa dibaca ({exc}).", file=sys.stderr)
        return EXIT_REFUSED
    if result is None:
        print(BOOK_MESSAGES["not_a_book"].format(path=book), file=sys.stderr)
        return EXIT_USAGE
    return _verified(result)


def _verify_server(url: str, anchors: tuple[str, ...]) -> int:
    """A PostgreSQL book: connected without a migration, read in one snapshot, closed."""
    from app.audit import verify
    from app.engine import postgres

    try:
        database = postgres.open_for_reading(url)
    except BookError as error:
        print(refusal(error), file=sys.stderr)
        return EXIT_REFUSED
    try:
        return _verified(verify.verify_database(database, anchors))
    except verify.TooOld as old:
        print(f"Buku {database.shown} masih versi {old.version}, dari sebelum ada jejak audit. Buka sekali dengan"
              " Lumbung ini, lalu periksa lagi.", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        database.close()


def _verified(result) -> int:
    """The findings and the summary on stdout; the exit code."""
    from app.audit import words

    for finding in result.findings:
        print(words.finding_text(finding))
    checked = (f"{result.records} catatan audit dan {result.entries} transaksi diperiksa"
               f" ({result.checked_at:%d/%m/%Y %H:%M})")
    if result.clean:
        print(f"Buku bersih: {checked}; tidak ada yang diubah di luar Lumbung.")
    else:
        print(f"Ditemukan {len(result.findings)} masalah: {checked}.")
    if result.head and result.clean:
        print(f"Sidik rantai: {result.head} (catat di berita acara; pemeriksaan berikutnya:"
              f" lumbung verify --db BUKU --anchor {result.head}).")
    elif result.head:
        print(f"Sidik rantai sekarang: {result.head}. Jangan dicatat sebagai acuan: buku ini bermasalah.")
    return EXIT_OK if result.clean else EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
