"""`make demo-hall`: a hall on one machine for newcomers. A throwaway PostgreSQL, the hall
service, and two desks — an agent's seat and a supervisor's — each with its own demo vault,
enrolled with the hall. Register a visitor at the supervisor's desk and the agent's desk turns
strict within seconds; report an incident at the agent's desk and it is on the security
officer's board at the other. Everything is removed when both desks are closed."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from seatdesk.app import load_default_policy
from seatdesk.core.clock import SystemClock
from seatdesk.hall.admin import init_hall, new_code
from seatdesk.services.demo import DEMO_LOGINS, build_demo_vault, demo_sample_caller
from seatdesk.services.door import sign_in
from seatdesk.services.factory import Services
from seatdesk.services.runtime import Runtime
from seatdesk.vault.secret_store import MemorySecretStore
from tools.demo_enrol import enrol_demo_seat
from tools.throwaway_postgres import discard, start_postgres

SEATS = (("seat-agent", "agent"), ("seat-door", "supervisor"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_hall(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        if "hall listening" in line:
            return
    raise SystemExit("the hall did not start; see its log above")


def stop_hall(hall: subprocess.Popen[str]) -> None:
    """SIGTERM, then SIGKILL if it has not ended in 30 s: nothing of the demo is left running."""
    hall.terminate()
    try:
        hall.wait(timeout=30)
    except subprocess.TimeoutExpired:
        hall.kill()
        hall.wait(timeout=30)


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="seatdesk-hall-demo-"))
    print("Starting a throwaway PostgreSQL …", flush=True)
    pg = start_postgres()
    hall: subprocess.Popen[str] | None = None
    desks: list[subprocess.Popen[bytes]] = []
    try:
        dsn = pg.create_database("hall_demo")
        hall_dir = folder / "hall"
        hall_id = init_hall(dsn, hall_dir, SystemClock().now())
        port = free_port()
        hall = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "seatdesk",
                "hall",
                "serve",
                "--dsn",
                dsn,
                "--dir",
                str(hall_dir),
                "--listen",
                f"127.0.0.1:{port}",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        wait_for_hall(hall)
        url = f"https://127.0.0.1:{port}"
        print(f"Hall {hall_id} at {url}", flush=True)
        for seat, _ in SEATS:
            runtime = Runtime(
                SystemClock(), load_default_policy(), seat, lambda: MemorySecretStore()
            )
            print(f"Building the demo vault of {seat} (2,000 synthetic customers) …", flush=True)
            vault, _ = build_demo_vault(runtime, folder / seat, count=2000)
            admin = DEMO_LOGINS[0]
            with Services(sign_in(runtime, vault, admin.staff_id, admin.password)) as services:
                code = new_code(dsn, hall_dir, seat, SystemClock().now())
                enrol_demo_seat(services, url, code, seat, dsn)
        print("\nTwo desks open. Sign in with the demo logins (the same on both seats):")
        for login in DEMO_LOGINS:
            print(f"    {login.role:<11} staff ID {login.staff_id:<11} password {login.password}")
        print(
            "At seat-door sign in as supervisor and register a visitor (访客…): seat-agent turns\n"
            "strict. At seat-agent report an incident (报告泄密): at seat-door sign in as\n"
            "security and open 事件 (Incidents). Close both desks to end the demo."
        )
        number = demo_sample_caller()[1]
        print(f"A call at seat-agent: SEATDESK_HOME={folder / 'seat-agent'} seatdesk pop {number}")
        for seat, _ in SEATS:
            env = dict(os.environ, SEATDESK_HOME=str(folder / seat), SEATDESK_SEAT=seat)
            vault_path = folder / seat / "demo.vault"
            desks.append(
                subprocess.Popen(
                    [sys.executable, "-m", "seatdesk", "--vault", str(vault_path)], env=env
                )
            )
        for desk in desks:
            desk.wait()
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        for desk in desks:
            if desk.poll() is None:
                desk.terminate()
        if hall is not None:
            stop_hall(hall)
        discard(pg)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
