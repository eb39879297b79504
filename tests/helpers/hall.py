"""A running hall for tests: its own database on the test PostgreSQL, `seatdesk hall init`, and
`seatdesk hall serve` as a real process on a free loopback port (waited for by its "listening"
line, not by sleeping)."""

from __future__ import annotations

import os
import selectors
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import psycopg
from psycopg import sql

from seatdesk.hall import admin as hall_admin
from seatdesk.services.countersign import Countersign
from seatdesk.services.factory import Services
from tests.helpers.postgres import PostgresServer
from tests.helpers.vaults import OFFICER, PASSWORDS, StaffedVault, by_officer, officer_first

SERVE = (sys.executable, "-m", "seatdesk", "hall", "serve")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def hall_command(*args: str, check: int | None = 0) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEATDESK_")}
    result = subprocess.run(
        [sys.executable, "-m", "seatdesk", "hall", *args],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    if check is not None:
        assert result.returncode == check, (result.returncode, result.stdout, result.stderr)
    return result


def _wait_for_line(process: subprocess.Popen[str], marker: str, seconds: float) -> str:
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + seconds
    try:
        while (left := deadline - time.monotonic()) > 0:
            if not selector.select(left):
                break
            line = process.stdout.readline()
            if not line:
                break
            if marker in line:
                return line
    finally:
        selector.close()
    raise AssertionError(f"the hall did not start (exit {process.poll()})")


@dataclass
class RunningHall:
    pg: PostgresServer
    dsn: str
    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[str] | None = None
    hall_id: str = ""
    #: More `hall serve` options (e.g. `--syslog HOST:PORT --syslog-ca FILE`).
    serve_args: list[str] = field(default_factory=list)

    @property
    def listen(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def init(self) -> str:
        result = hall_command("init", "--dsn", self.dsn, "--dir", str(self.folder))
        self.hall_id = result.stdout.strip().splitlines()[-1]
        return self.hall_id

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SEATDESK_")}
        with (self.folder.parent / "hall-serve.log").open("a") as log:
            self.process = self._spawn(env, log)
        _wait_for_line(self.process, "hall listening", 60)

    def _spawn(self, env: dict[str, str], log: TextIO) -> subprocess.Popen[str]:
        where = ["--dsn", self.dsn, "--dir", str(self.folder), "--listen", self.listen]
        return subprocess.Popen(
            [*SERVE, *where, *self.serve_args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=log,
            stdin=subprocess.DEVNULL,
            text=True,
        )

    def stop(self, kill: bool = False) -> None:
        if self.process is None:
            return
        if kill:
            self.process.kill()
        else:
            self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a hall that does not stop is ended, and said so
            self.process.kill()
            self.process.wait(timeout=30)
            raise AssertionError("the hall did not stop within 30 s of SIGTERM") from None
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.process = None

    def code(self, seat: str) -> str:
        result = hall_command("code", "--dsn", self.dsn, "--dir", str(self.folder), "--seat", seat)
        return result.stdout.strip().splitlines()[-1]

    def officer_code(self) -> str:
        """The hall administrator's one-time code for the hall's first security officer."""
        result = hall_command("officer-code", "--dsn", self.dsn)
        return result.stdout.strip().splitlines()[-1]

    def verify(self, check: int | None = None) -> subprocess.CompletedProcess[str]:
        return hall_command("verify", "--dsn", self.dsn, "--json", check=check)


@dataclass(frozen=True)
class HallTemplate:
    """A hall made once by `hall init` (its schema, CA and server certificate), not served: each
    test's hall is a copy of it, its database by `CREATE DATABASE … TEMPLATE` and its folder by
    a file copy, as a restored backup of a hall would be. Every copy is its own hall (its own
    database, folder, process and port) with the template's hall ID and CA."""

    pg: PostgresServer
    dbname: str
    folder: Path
    hall_id: str

    @classmethod
    def make(cls, pg: PostgresServer, dbname: str, folder: Path) -> HallTemplate:
        hall = RunningHall(pg, pg.create_database(dbname), folder)
        return cls(pg, dbname, folder, hall.init())

    def copy(self, dbname: str, folder: Path) -> RunningHall:
        """A fresh hall like one just made by `hall init` (not started)."""
        dsn = self.pg.create_database(dbname, template=self.dbname)
        shutil.copytree(self.folder, folder)
        return RunningHall(self.pg, dsn, folder, hall_id=self.hall_id)


def every_value_in(dsn: str) -> str:
    """Every row of every table of the hall's database, as text (to hunt for values)."""
    with psycopg.connect(dsn) as conn:
        tables = [
            str(r[0])
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        texts = []
        for table in tables:
            rows = conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table)))
            texts += [f"{table}: {row!r}" for row in rows]
    return "\n".join(texts)


def enrol_staffed(vault: StaffedVault, hall: RunningHall, seat: str) -> str:
    """Enrol a staffed vault's seat (its admin01 joins the hall's directory) and make sure the
    directory has the small hall's staff, with the same passwords, as the seat had them."""
    # The codes from the functions that `hall code` and `hall officer-code` run, in this
    # process: two child processes less an enrolment (1-3 s on a busy machine). The commands
    # themselves are run by RunningHall.code and officer_code, in the tests that use them.
    with Services(vault.signed_in("admin01")) as admin:
        seat_id = admin.hall.enrol(
            hall.url,
            hall_admin.new_code(hall.dsn, hall.folder, seat, datetime.now(UTC)),
            seat,
            password=PASSWORDS["admin01"],
            recovery_key=vault.recovery_key,
        )
        known = {info.staff_id for info in admin.staff.list()}
        for staff_id, role in officer_first():
            if staff_id not in known:
                first = Countersign(
                    officer_code=lambda: hall_admin.new_officer_code(hall.dsn, datetime.now(UTC))
                )
                admin.staff.add(
                    staff_id,
                    role,
                    staff_id,
                    PASSWORDS[staff_id],
                    must_change_password=False,
                    countersign=first if staff_id == OFFICER else by_officer(),
                )
    return seat_id
