"""A throwaway PostgreSQL server for the tests and the benchmark: initdb + pg_ctl in a temporary
folder, reached only through a unix socket in that folder (no TCP port, so nothing else on the
machine can reach it and two test runs never collide), stopped and removed at the end.

Roles: OWNER ("lumbung", trust: the tests' own connections) owns every database; PASSWORD_ROLE
signs in with a password (scram), so that a wrong password can be tried for real.

initdb refuses to run as root: as root the server runs as Debian's "postgres" user, which
owns the folder; the tests (root) still reach the socket.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

OWNER = "lumbung"
PASSWORD_ROLE, PASSWORD = "kasir", "rahasia-kasir"
PORT = 5432  # names the socket file only: listen_addresses is empty


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (Debian keeps them off PATH), newest version first."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


class PgServer:
    def __init__(self, fsync: bool = False) -> None:
        self.bin = binaries()
        if self.bin is None:
            raise FileNotFoundError("PostgreSQL is not installed (initdb not found)")
        self.fsync = fsync  # off for the tests (speed); on for the benchmark (the truth)
        self.folder = Path(tempfile.mkdtemp(prefix="lumbung-pg-"))
        self.data = self.folder / "data"
        self.started_in = 0.0

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def start(self) -> PgServer:
        began = time.perf_counter()
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", OWNER, "-E", "UTF8", "--locale=C.UTF-8",
                  "--auth-local=trust", "--auth-host=reject", "--no-sync")
        # The password role signs in with scram; the owner is trusted (the tests' connections).
        (self.data / "pg_hba.conf").write_text(
            f"local all {OWNER} trust\nlocal all all scram-sha-256\n")
        self.resume()
        self.started_in = time.perf_counter() - began
        self.execute("postgres", f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")
        return self

    def resume(self) -> None:
        """Start the server on its data (again, after halt())."""
        options = (f"-k {self.folder} -p {PORT} -c listen_addresses='' -c fsync={'on' if self.fsync else 'off'}"
                   " -c max_connections=60 -c shared_buffers=64MB")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options, "-w", "start")

    def halt(self) -> None:
        """Stop the server at once, as a crash or a pulled cable cuts every desktop off; its data
        stays for resume()."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str, user: str = OWNER, password: str | None = None) -> str:
        who = user if password is None else f"{user}:{password}"
        return f"postgresql://{who}@/{database}?host={self.folder}&port={PORT}"

    def execute(self, database: str, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def create_database(self, name: str, template: str | None = None, owner: str = OWNER) -> str:
        """An empty database (or a copy of `template`, which no one may be connected to)."""
        copy = f" TEMPLATE {template}" if template else ""
        self.execute("postgres", f"CREATE DATABASE {name}{copy} OWNER {owner}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self.halt()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
