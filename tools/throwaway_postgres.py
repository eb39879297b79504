"""A real, throwaway PostgreSQL (the hall's tests and `make demo-hall`): Debian's binaries, a
cluster in a temporary folder, started as an unprivileged user (PostgreSQL refuses to run as
root), on a Unix socket only.

`pg_ctl start` with captured output hangs the caller (the server inherits the pipe), so every
command's output goes to a log file (DESIGN §7).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PG_USER = "seatdesk-pg"


def pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam(PG_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER],
            check=True,
            capture_output=True,
        )
    return ["runuser", "-u", PG_USER, "--"]


@dataclass
class PostgresServer:
    folder: Path
    port: int
    bin: Path
    prefix: list[str]

    @property
    def socket_dir(self) -> Path:
        return self.folder / "run"

    def dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} user=postgres dbname={dbname}"

    def _run(self, *args: str) -> None:
        log = self.folder / "commands.log"
        with log.open("ab") as out:
            subprocess.run(
                [*self.prefix, *args], stdout=out, stderr=subprocess.STDOUT, check=True, timeout=60
            )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D", str(self.folder / "data"),
            "-l", str(self.folder / "server.log"),
            "-o", options,
            "-w", "-t", "30",
            "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", mode, "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database `name` (an old one of that name dropped), empty or a copy of
        `template` (which nobody may be connected to)."""
        import psycopg

        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.dsn(name)


def start_postgres() -> PostgresServer:
    binaries = pg_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="seatdesk-pg-"))
    prefix = _as_unprivileged()
    if prefix:
        shutil.chown(folder, PG_USER, PG_USER)
    server = PostgresServer(folder, _free_port(), binaries, prefix)
    server._run("mkdir", "-p", str(server.socket_dir))
    server._run(
        str(binaries / "initdb"),
        "-D", str(folder / "data"),
        "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync",
    )  # fmt: skip
    server.start()
    return server


def discard(server: PostgresServer) -> None:
    try:
        server.stop("immediate")
    finally:
        shutil.rmtree(server.folder, ignore_errors=True)
