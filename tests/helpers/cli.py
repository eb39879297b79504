"""The real `seatdesk` command, run as a script would run it: its own process, no display."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.seatdesk_child import child_command, child_env

# The passwords the e2e halls give their staff (each hall is made by its own module's fixture).
ADMIN_PW = "Admin-pass-2026"
AGENT_PW = "Agent-pass-2026"
SEC_PW = "Secur-pass-2026"


@dataclass
class Cli:
    home: Path
    vault: Path

    def run(
        self,
        *args: str,
        password: str | None = None,
        new_password: str | None = None,
        export_password: str | None = None,
        check: int | None = 0,
        env_extra: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SEATDESK_")}
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)  # as from a script: the command line finds its own way to render
        env["SEATDESK_HOME"] = str(self.home)
        if password is not None:
            env["SEATDESK_PASSWORD"] = password
        if new_password is not None:
            env["SEATDESK_NEW_PASSWORD"] = new_password
        if export_password is not None:
            env["SEATDESK_EXPORT_PASSWORD"] = export_password
        env.update(env_extra or {})
        result = subprocess.run(
            child_command(*args),  # `seatdesk ARGS`, its key slots at the tests' Argon2 cost
            env=child_env(env),
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        if check is not None:
            assert result.returncode == check, (result.returncode, result.stdout, result.stderr)
        return result

    def as_(
        self, staff: str, pw: str, *args: str, check: int | None = 0
    ) -> subprocess.CompletedProcess[str]:
        return self.run(*args, "--vault", str(self.vault), "--as", staff, password=pw, check=check)


def run_seatdesk(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """The console script's module as a phone system runs it; the modules it imported."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "seatdesk", *args],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return result, modules


def add_staff(
    cli: Cli,
    staff: str,
    role: str,
    first_password: str,
    *,
    admin: tuple[str, str] = ("admin01", ADMIN_PW),
    approver: tuple[str, str] | None = None,
    recovery_key: str | None = None,
) -> None:
    """`user add` as the admin, with a security officer's approval (`approver`: their ID and
    password) or, for the first security officer, the recovery key."""
    extra: list[str] = []
    env: dict[str, str] = {}
    if approver is not None:
        extra = ["--approver", approver[0]]
        env["SEATDESK_APPROVER_PASSWORD"] = approver[1]
    if recovery_key is not None:
        extra = ["--first-officer"]
        env["SEATDESK_RECOVERY_KEY"] = recovery_key
    cli.run(
        "user",
        "add",
        staff,
        "--role",
        role,
        *extra,
        "--vault",
        str(cli.vault),
        "--as",
        admin[0],
        password=admin[1],
        new_password=first_password,
        env_extra=env,
    )


def copy_hall(cli: Cli, folder: Path) -> Cli:
    """A copy of `cli`'s vault and key file in `folder`, for a test that changes what it holds
    (the module's hall is made once; each test that writes to it gets its own copy)."""
    shutil.copytree(cli.vault.parent, folder / cli.vault.parent.name)
    return Cli(cli.home, folder / cli.vault.parent.name / cli.vault.name)


def record_training(cli: Cli, officer: tuple[str, str], *staff: str) -> None:
    """The security officer records that `staff` passed the confidentiality training today, as
    a hall's staff have (the training gate opens customer data to them)."""
    results = [arg for s in staff for arg in ("--result", f"{s}=100")]
    cli.as_(
        officer[0],
        officer[1],
        "training",
        "record",
        "--course",
        "confidentiality",
        "--trainer",
        "培训讲师",
        *results,
    )
