"""`lumbung rekap SOURCES...`: the recap from a terminal (app.cli parses the command line).

Passphrases of encrypted backups: --passphrase-file (its first line, for every backup), else
LUMBUNG_PASSPHRASE, else asked on the terminal for each backup; with no terminal, such a
backup is a problem named like the others.

`lumbung rekap --worker` is the window's background process (a recap opens each copy as the
book, which a Lumbung with its own book open cannot do): it reads the request as one JSON line
on stdin and writes progress lines, then the result, on stdout.
"""

from __future__ import annotations

import base64
import getpass
import json
import os
import pickle
import sys
from datetime import date
from pathlib import Path

from app.dates import checked
from app.documents.output import DocumentError
from app.errors import Rejected
from app.formatting import rupiah, short_date, thousands
from app.recap import report
from app.recap.run import Recap, recap
from app.recap.sources import passphrase_fits

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
PASSPHRASE_ENV = "LUMBUNG_PASSPHRASE"
PROGRESS, RESULT, REFUSED = "progress", "result", "refused"


def passphrases(file: Path | None):
    """The passphrase callback for the terminal: one typed for an earlier backup is tried
    first (a kecamatan's villages often share one), then she is asked."""
    given = os.environ.get(PASSPHRASE_ENV)
    if file is not None:
        lines = file.read_text(encoding="utf-8").splitlines()
        given = lines[0] if lines else ""
    typed: list[str] = []

    def ask(path: Path, group: str) -> str | None:
        if given is not None:
            return given
        for earlier in typed:
            if passphrase_fits(path, earlier):
                return earlier
        if not sys.stdin.isatty():
            return None
        secret = getpass.getpass(f"Kata sandi cadangan {path.name} ({group or 'kelompok tanpa nama'}): ")
        typed.append(secret)
        return secret

    return ask


def _progress(name: str, done: int, total: int) -> bool:
    if name:
        print(f"  … {done + 1}/{total} {name}", file=sys.stderr)
    return True


@checked
def run(sources: list[str | Path], as_of: date | None, year: int | None, pdf: Path | None, xlsx: Path | None,
        passphrase_file: Path | None) -> int:
    try:
        ask = passphrases(passphrase_file)
    except OSError as exc:
        print(f"Berkas kata sandi {passphrase_file} tidak bisa dibaca ({exc.strerror or exc}).", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = recap(sources, as_of=as_of, year=year, passphrase=ask, progress=_progress)
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return EXIT_REFUSED
    print_recap(result)
    written = []
    try:
        if pdf is not None:
            written.append(report.write_pdf(result, pdf))
        if xlsx is not None:
            written.append(report.write_xlsx(result, xlsx))
    except DocumentError as error:
        print(f"Gagal menulis {error.params.get('path', '')} ({error.code}).", file=sys.stderr)
        return EXIT_REFUSED
    for path in written:
        print(f"Ditulis: {path}")
    return EXIT_OK if result.groups else EXIT_REFUSED


@checked
def print_recap(result: Recap) -> None:
    print(f"Rekap UP2K: {report.subtitle(result, 'id')}")
    for number, group in enumerate(result.groups, start=1):
        f = group.figures
        stale = " *" if report.is_stale(result, f) else ""
        print(f"{number:3}. {f.identity.group_name} ({f.identity.desa}, {f.identity.kecamatan})"
              f" — transaksi terakhir {short_date(f.last_entry) or '-'}{stale}")
        print(f"     anggota {f.members}, simpanan {rupiah(f.savings_total_rp)}, sisa pinjaman {rupiah(f.outstanding_rp)}"
              f" (tunggakan {rupiah(f.arrears_rp)}), aset {rupiah(f.assets_rp)}, SHU {rupiah(f.shu_rp)}")
    print(f"Jumlah {len(result.groups)} kelompok: anggota {thousands(result.total(lambda f: f.members))},"
          f" simpanan {rupiah(result.total(lambda f: f.savings_total_rp))},"
          f" sisa pinjaman {rupiah(result.total(lambda f: f.outstanding_rp))},"
          f" aset {rupiah(result.total(lambda f: f.assets_rp))}")
    if any(report.is_stale(result, g.figures) for g in result.groups):
        print(report.WORDS("stale", "id").format(days=report.STALE_DAYS, end=short_date(result.end)))
    for aside in result.set_aside:
        print(f"Disisihkan: {aside.path} — salinan lebih lama dari {aside.used}")
    for files in result.namesakes:
        print(report.namesake_text(files))
    for problem in result.problems:
        print(f"Tidak terbaca: {report.problem_text(problem)}", file=sys.stderr)


def worker() -> int:
    """The window's recap: a request on stdin, progress and the pickled Recap on stdout."""
    request = json.loads(sys.stdin.readline())
    secrets = request.get("passphrases", {})

    def progress(name: str, done: int, total: int) -> bool:
        _send(PROGRESS, [name, done, total])
        return True

    try:
        result = recap(list(request["sources"]),
                       as_of=date.fromisoformat(request["as_of"]) if request.get("as_of") else None,
                       year=request.get("year"), passphrase=lambda path, _group: secrets.get(str(path)),
                       progress=progress)
    except Rejected as refused:
        _send(REFUSED, refused.codes())
        return EXIT_REFUSED
    _send(RESULT, base64.b64encode(pickle.dumps(result)).decode("ascii"))
    return EXIT_OK


def _send(kind: str, value) -> None:
    sys.stdout.write(json.dumps([kind, value]) + "\n")
    sys.stdout.flush()


def read_result(line: str) -> Recap:
    """The worker's result line, read back in the window (our own child's output)."""
    return pickle.loads(base64.b64decode(line))
